// vm/trace.h — trace hooks (sys.settrace, threading.settrace): CPython 3.11's
// 'call', 'line', 'return', 'exception' and 'opcode' events.
//
// 'call'/'return' ride on the profile machinery (vm/profile.h: one event to
// the trace hook, then to the profile hook). 'line'/'opcode' need a look at
// every instruction, which the evaluation loop never pays for when no trace
// hook is set: a traced frame runs a copy of its code object's instructions
// (the "traced copy", kept in CodeObject::vm_data) in which every opcode is
// TRACE and every argument is the original one, so jumps stay in the copy.
// TRACE delivers the events for the instruction at its index, then runs the
// instruction of the real code at that index (vm/eval.cpp, L_TRACE). A frame
// moves into its traced copy at the check points the profile hook already
// uses (calls, resumptions, backward jumps, returns into it, exceptions) and
// back out at its next instruction once tracing stops.
#pragma once
#include "vm/profile.h"

namespace minipy {

// Install (fn non-null; obj borrowed, kept) or remove this thread's trace hook.
void trace_set(ThreadState* ts, ProfileFn fn, Value obj);
// sys.settrace's trampoline: the global function for 'call' (its result, if
// not None, becomes frame.f_trace), frame.f_trace for the other events.
int trace_trampoline(ThreadState* ts, Value obj, Frame* frame, int what, Value arg);

// The opcode of every instruction of a traced copy (one past the last real one).
constexpr uint8_t kTraceOp = uint8_t(Op::Count_);
// co's traced copy, made on first use; null if memory ran out (no error set).
uint32_t* trace_code(CodeObject* co);
// TRACE: 'line' and 'opcode' events for instruction idx of f (f->lasti is
// the previous instruction, -1 before the first). Returns the index to run
// (idx, or where a trace function moved f_lineno to), -1 with an exception
// if the hook failed.
int32_t trace_instruction(ThreadState* ts, Frame* f, int32_t idx);
// The 'exception' event for the exception pending in f (arg: (type, value,
// traceback)); false if the hook failed (its exception replaces the other).
bool trace_exception(ThreadState* ts, Frame* f);

// frame.f_lineno = n from a trace function's 'line' event: the jump
// (CPython's frame_setlineno, for the common cases).
bool frame_set_lineno(ThreadState* ts, Value frame, Value lineno);

// CPython 3.11's SEND, when tracing, reports the StopIteration(value) that
// ends a yield-from/await as an 'exception' event in the awaiting frame.
bool trace_stop_iteration(ThreadState* ts, Frame* f, Value value);

// sys.settrace(function) and sys.gettrace() (listed in stdlib/sys.cpp).
Value sys_settrace_fn(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames);
Value sys_gettrace_fn(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames);

}  // namespace minipy
