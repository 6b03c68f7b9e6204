// vm/profile.h — profile hooks (sys.setprofile, threading.setprofile, the
// native _lsprof profiler): CPython 3.11's events, delivered by the
// evaluation loop. A hook is a C++ function plus an object (CPython's
// c_profilefunc / c_profileobj, kept on the ThreadState); sys.setprofile
// installs a trampoline that calls a Python callable (frame, event, arg).
//
// Events (CPython's PyTrace_* numbers): 'call' when a Python frame starts or a
// generator/coroutine frame resumes (arg None); 'return' when it returns
// (arg: the value), suspends at a yield (arg: the yielded value) or is left
// by an exception (arg None); 'c_call' / 'c_return' / 'c_exception' around a
// call of a builtin function or method from Python code (arg: the builtin,
// a bound one for a method descriptor), with the calling frame.
// A hook that fails (-1 with an exception) is removed and its exception
// propagates; no event is delivered while a hook runs.
#pragma once
#include "vm/vm.h"

namespace minipy {

enum ProfileEvent : int {
  kProfCall = 0,
  kProfException = 1,
  kProfLine = 2,
  kProfReturn = 3,
  kProfCCall = 4,
  kProfCException = 5,
  kProfCReturn = 6,
  kProfOpcode = 7,  // trace hooks only (vm/trace.cpp)
};
using ProfileFn = int (*)(ThreadState* ts, Value obj, Frame* frame, int what, Value arg);

// Recompute use_profile / use_trace from the hooks set and in_hook.
inline void hooks_update(ThreadState* ts) {
  bool free = !ts->in_hook;
  ts->use_profile = free && (ts->profile_fn || ts->trace_fn);
  ts->use_trace = free && ts->trace_fn;
}
// One event to the trace hook (all but c_*) then the profile hook (call,
// return, c_*): 0, or -1 with an exception (CPython's call_trace order).
int hooks_emit(ThreadState* ts, Frame* f, int what, Value arg);

// Install (fn non-null) or remove this thread's hook; obj is borrowed (kept).
// Frames already running on the thread will report their 'return'.
void profile_set(ThreadState* ts, ProfileFn fn, Value obj);
// What profile_set and trace_set share: one hook's fn/obj fields replaced.
void hook_install(ThreadState* ts, ProfileFn* slot_fn, Value* slot_obj, const ProfileFn* other, ProfileFn fn, Value obj);
// The event names hooks receive, indexed by kProf*.
inline constexpr const char* kHookEventNames[] = {"call",        "exception", "line",     "return",
                                                  "c_call",      "c_exception", "c_return", "opcode"};
// sys.setprofile's trampoline: calls obj(frame, event_name, arg).
int profile_trampoline(ThreadState* ts, Value obj, Frame* frame, int what, Value arg);

// ---- called by the evaluation loop (vm/eval.cpp), only when ts->use_profile
// 'call' for the frames from `top` down the previous links to `stop`
// (excluded), outermost first: one frame, or a resumed delegation chain.
bool profile_enter(ThreadState* ts, Frame* top, Frame* stop);
// 'return' for a frame returning `retval` (borrowed).
bool profile_return(ThreadState* ts, Frame* f, Value retval);
// 'return' for a frame suspending at a yield of `v`, and for each frame of
// its delegation chain up to the chain's root (innermost first).
bool profile_yield(ThreadState* ts, Frame* f, Value v);
// 'return' (None) for a frame left by an exception; the pending exception
// stays unless the hook fails (CPython's call_trace_protected).
void profile_unwind(ThreadState* ts, Frame* f);
// A call of a non-Python callable from frame f with c_call/c_return/
// c_exception around it when it is a builtin (vectorcall arguments).
Value profile_c_call(ThreadState* ts, Frame* f, Value callable, const Value* args, size_t nargs,
                     TupleObject* kwnames);
// The same for f(*args, **kwargs) (CALL_FUNCTION_EX); kwargs may be null.
Value profile_c_call_ex(ThreadState* ts, Frame* f, Value callable, Value args, Value kwargs);

// sys.setprofile(function) and sys.getprofile() (listed in stdlib/sys.cpp).
Value sys_setprofile_fn(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames);
Value sys_getprofile_fn(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames);

}  // namespace minipy
