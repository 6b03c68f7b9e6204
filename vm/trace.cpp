// vm/trace.cpp — trace hooks (see vm/trace.h): installing one, the
// sys.settrace trampoline, the traced copies of code objects and the
// 'line' / 'opcode' / 'exception' events.
// Must not: cost anything when no trace hook is set (everything here runs
// from cold paths of the evaluation loop or from TRACE, which only traced
// copies contain).
#include "vm/trace.h"

#include <cstdlib>
#include <vector>

#include "vm/compiler.h"  // stack_effect, is_jump_op

namespace minipy {

namespace {

int line_of(CodeObject* co, int32_t i) {
  if (i < 0 || i >= co->ncode) return -1;
  int line = co->positions[i].line;
  return line > 0 ? line : -1;
}

}  // namespace

void trace_set(ThreadState* ts, ProfileFn fn, Value obj) {
  hook_install(ts, &ts->trace_fn, &ts->trace_obj, &ts->profile_fn, fn, obj);
}

int trace_trampoline(ThreadState* ts, Value obj, Frame* frame, int what, Value arg) {
  Ref fo(frame_object_of(ts, frame));
  if (!fo) {
    trace_set(ts, nullptr, Value());
    return -1;
  }
  auto* o = fo.as<FrameObject>();
  Ref callback = Ref::borrow(what == kProfCall ? obj : o->trace);
  if (!callback) return 0;
  Value args[3] = {fo.get(), Value::from_obj(intern(ts, kHookEventNames[what])), arg ? arg : Value::none()};
  // A frame.f_locals dict a debugger holds is current during the call and
  // what it assigns there goes back into the frame (CPython's call_trampoline).
  if (o->locals && o->frame && !frame_fast_to_locals(ts, o)) err_clear(ts);
  Value r = call(ts, callback.get(), args, 3);
  if (r && o->locals && o->frame) frame_locals_to_fast(ts, o);
  if (!r) {
    trace_set(ts, nullptr, Value());
    Value t = o->trace;
    o->trace = Value();
    decref(t);
    return -1;
  }
  if (!r.is_none()) {
    Value t = o->trace;
    o->trace = r;
    decref(t);
  } else {
    decref(r);
  }
  return 0;
}

uint32_t* trace_code(CodeObject* co) {
  if (co->vm_data) return static_cast<uint32_t*>(co->vm_data);
  auto* copy = static_cast<uint32_t*>(std::calloc(size_t(co->ncode > 0 ? co->ncode : 1), sizeof(uint32_t)));
  if (!copy) return nullptr;
  for (int32_t i = 0; i < co->ncode;) {
    uint32_t w = co->code[i];
    uint8_t op = uint8_t(w & 0xff);
    copy[i] = (w & ~0xffu) | kTraceOp;  // the cache words stay zero (empty caches)
    i += 1 + (op < kTraceOp ? kOpCacheWords[op] : 0);
  }
  co->vm_data = copy;
  return copy;
}

int32_t trace_instruction(ThreadState* ts, Frame* f, int32_t idx) {
  int32_t prev = f->lasti;
  f->lasti = idx;
  if (!f->frame_obj && ts->trace_fn == trace_trampoline) return idx;  // no f_trace: nothing to tell
  FrameObject* fo = f->frame_obj ? f->frame_obj.as<FrameObject>() : nullptr;
  if (ts->trace_fn == trace_trampoline && (!fo || !fo->trace)) return idx;
  CodeObject* co = f->code;
  int r = 0;
  int line = line_of(co, idx);
  if (line > 0 && (!fo || fo->trace_lines)) {
    // CPython 3.11's maybe_call_line_trace: a new line, or a backward jump
    // (but not the one of a yield-from/await loop back to its SEND).
    // minipy's loops jump back from an instruction of the loop's header
    // line (CPython 3.11 repeats the test at the bottom instead): when that
    // jump already had the line's event, the jump itself gives none.
    int lastline = prev < 0 ? -1 : line_of(co, prev);
    bool back = idx < prev && insn_op(co->code[idx]) != Op::SEND;
    if (back && fo && fo->line_event_at == prev && lastline == line) back = false;
    if (line != lastline || back) {
      if (fo) fo->line_event_at = idx;
      r = hooks_emit(ts, f, kProfLine, Value::none());
    }
  }
  if (r == 0 && fo && fo->trace_opcodes && f->frame_obj) r = hooks_emit(ts, f, kProfOpcode, Value::none());
  if (r < 0) {
    f->lasti = idx;
    return -1;
  }
  return f->lasti;  // a trace function may have set f_lineno (vm/hooks.cpp)
}

bool trace_exception(ThreadState* ts, Frame* f) {
  Value exc = ts->curexc;
  if (!exc || !ts->use_trace) return true;
  Value tb = exc.is_obj() && is_exception_instance(ts, exc) ? exc.as<BaseExceptionObject>()->traceback : Value();
  Ref arg(tuple_pack(ts, {Value::from_obj(type_of(ts, exc)), exc, tb ? tb : Value::none()}));
  if (!arg) return false;
  Value saved = err_fetch(ts);
  int r = hooks_emit(ts, f, kProfException, arg.get());
  if (r == 0) err_restore(ts, saved);
  else decref(saved);
  return r == 0;
}

// ---------------------------------------------------------------- f_lineno = n
namespace {

Op generic_op(Op op) {
  uint8_t o = uint8_t(op);
  if (o >= uint8_t(Op::BINARY_OP_ADD) && o <= uint8_t(Op::BINARY_OP_RSHIFT)) return Op::BINARY_OP;
  if (o >= uint8_t(Op::COMPARE_OP_LT) && o <= uint8_t(Op::COMPARE_OP_GE)) return Op::COMPARE_OP;
  return op;
}
bool ends_flow(Op op) {
  return op == Op::RETURN_VALUE || op == Op::RAISE_VARARGS || op == Op::RERAISE || op == Op::JUMP_FORWARD ||
         op == Op::JUMP_BACKWARD || op == Op::JUMP_BACKWARD_NO_INTERRUPT;
}

// The value stack depth before each instruction (-1: not reached by normal
// flow, e.g. exception handlers), as the assembler computed it; handler[i]:
// reached only through the exception table.
void stack_depths(CodeObject* co, std::vector<int>* depth, std::vector<bool>* handler) {
  int32_t n = co->ncode;
  depth->assign(size_t(n), -1);
  handler->assign(size_t(n), false);
  std::vector<int32_t> work;
  auto reach = [&](int32_t i, int d, bool h) {
    if (i < 0 || i >= n || (*depth)[size_t(i)] >= 0) return;
    (*depth)[size_t(i)] = d;
    (*handler)[size_t(i)] = h;
    work.push_back(i);
  };
  reach(0, 0, false);
  bool more = true;
  while (more) {
    while (!work.empty()) {
      int32_t i = work.back();
      work.pop_back();
      int d = (*depth)[size_t(i)];
      bool h = (*handler)[size_t(i)];
      Op op = generic_op(insn_op(co->code[i]));
      if (uint8_t(op) >= kTraceOp) continue;
      int32_t next = i + 1 + kOpCacheWords[uint8_t(op)];
      if (compiler::is_jump_op(op)) reach(int32_t(insn_arg(co->code[i])), d + compiler::stack_effect(op, insn_arg(co->code[i]), true), h);
      if (!ends_flow(op)) reach(next, d + compiler::stack_effect(op, insn_arg(co->code[i]), false), h);
    }
    // Handlers of the instructions reached so far.
    more = false;
    for (int32_t e = 0; e < co->nexctable; ++e) {
      const ExceptionTableEntry& x = co->exctable[e];
      if (int32_t(x.handler) >= n || (*depth)[x.handler] >= 0) continue;
      bool live = false;
      for (uint32_t i = x.start; i < x.end && i < uint32_t(n); ++i)
        if ((*depth)[i] >= 0) live = true;
      if (!live) continue;
      reach(int32_t(x.handler), int(x.depth) + (x.lasti ? 1 : 0) + 1, true);
      more = true;
    }
  }
}

}  // namespace

bool frame_set_lineno(ThreadState* ts, Value self, Value v) {
  auto* fo = self.as<FrameObject>();
  if (!v) return raise(ts, Exc::AttributeError, "cannot delete attribute"), false;
  if (!v.is_small_int() || type_of(ts, v) != ts->interp->types.int_)
    return raise(ts, Exc::ValueError, "lineno must be an integer"), false;
  int64_t target = v.as_small_int();
  CodeObject* co = fo->code.as<CodeObject>();
  if (target < co->firstlineno)
    return raisef(ts, Exc::ValueError, "line %lld comes before the current code block", (long long)target), false;
  int maxline = 0;
  for (int32_t i = 0; i < co->ncode; ++i) maxline = std::max(maxline, int(co->positions[i].line));
  if (target > maxline)
    return raisef(ts, Exc::ValueError, "line %lld comes after the current code block", (long long)target), false;
  switch (ts->trace_what) {
    case kProfLine: break;
    case kProfCall:
      return raise(ts, Exc::ValueError, "can't jump from the 'call' trace event of a new frame"), false;
    default:
      return raise(ts, Exc::ValueError, "can only jump from a 'line' trace event"), false;
  }
  if (!fo->trace) return raise(ts, Exc::ValueError, "f_lineno can only be set by a trace function"), false;
  Frame* f = fo->frame;
  if (!f || f->lasti < 0) return raise(ts, Exc::ValueError, "can only jump from a 'line' trace event"), false;
  // The first line at or after the target with code, and its instructions.
  int line = 0;
  for (int32_t i = 0; i < co->ncode; ++i) {
    int l = co->positions[i].line;
    if (l >= target && (line == 0 || l < line)) line = l;
  }
  std::vector<int> depth;
  std::vector<bool> handler;
  stack_depths(co, &depth, &handler);
  int cur = int(f->sp - f->stack_base());
  int32_t best = -1;
  const char* why = nullptr;
  for (int32_t i = 0; i < co->ncode; ++i) {
    if (co->positions[i].line != line || depth[size_t(i)] < 0) continue;
    if (i > 0 && co->positions[i - 1].line == line && depth[size_t(i - 1)] >= 0) continue;  // not where the line starts
    int d = depth[size_t(i)];
    if (handler[size_t(i)]) {
      why = "can't jump into an 'except' block as there's no exception";
      continue;
    }
    if (d > cur) {
      // Deeper: inside a block the frame is not in (a for loop's iterator).
      bool in_for = false;
      for (int32_t k = 0; k < i; ++k)
        if (generic_op(insn_op(co->code[k])) == Op::FOR_ITER && int32_t(insn_arg(co->code[k])) > i) in_for = true;
      why = in_for ? "can't jump into the body of a for loop" : "incompatible stacks";
      continue;
    }
    best = i;
    break;
  }
  if (best < 0) {
    if (!why) why = "can't jump into an exception handler, or code may be unreachable";
    return raise(ts, Exc::ValueError, why), false;
  }
  // Pop what the target does not have (a for loop's iterator left by the jump).
  int keep = depth[size_t(best)];
  while (int(f->sp - f->stack_base()) > keep) {
    Value x = *--f->sp;
    decref(x);
  }
  f->lasti = best;
  return true;
}

bool trace_stop_iteration(ThreadState* ts, Frame* f, Value value) {
  Value exc = exception_new(ts, exc_type(ts, Exc::StopIteration), &value, 1);
  if (!exc) return false;
  err_restore(ts, exc);
  bool ok = trace_exception(ts, f);
  if (ok) err_clear(ts);
  return ok;
}

Value sys_settrace_fn(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (kwnames && kwnames->size) return raise(ts, Exc::TypeError, "sys.settrace() takes no keyword arguments");
  if (nargs != 1) return raisef(ts, Exc::TypeError, "sys.settrace() takes exactly one argument (%zu given)", nargs);
  if (args[0].is_none()) trace_set(ts, nullptr, Value());
  else trace_set(ts, trace_trampoline, args[0]);
  return Value::none();
}

Value sys_gettrace_fn(ThreadState* ts, Value, const Value*, size_t nargs, TupleObject* kwnames) {
  if (kwnames && kwnames->size) return raise(ts, Exc::TypeError, "sys.gettrace() takes no keyword arguments");
  if (nargs) return raisef(ts, Exc::TypeError, "sys.gettrace() takes no arguments (%zu given)", nargs);
  return ts->trace_obj ? newref(ts->trace_obj) : Value::none();
}

}  // namespace minipy
