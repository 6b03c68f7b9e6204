// vm/profile.cpp — profile hooks (see vm/profile.h): installing a hook,
// delivering events, the sys.setprofile trampoline and the c_call wrapper.
//
// Cost when no hook is set: the evaluation loop tests ts->use_profile only on
// paths that are not the hottest (eval_frame entry, yields, resumptions,
// builtin calls, CALL_FUNCTION_EX). The hottest two ride on tests that exist
// anyway: a Python-to-Python CALL polls the eval breaker at the callee's
// entry, and the breaker's kBreakProfile bit stays set while a hook is
// installed, so the 'call' event is delivered from there; RETURN_VALUE tests
// Frame::check_on_return, which is set on every frame that got a 'call'
// event (and on every frame running when the hook is installed), so the
// 'return' event is delivered from there.
// A trace hook (vm/trace.h) rides on the same machinery: while one is set,
// use_profile is true too and hooks_emit gives each event to the trace hook
// first, then to the profile hook (CPython 3.11's order).
// Must not: deliver events while a hook runs (use_profile is cleared then).
#include "vm/profile.h"

#include <vector>

namespace minipy {

namespace {

int emit(ThreadState* ts, Frame* f, int what, Value arg) { return hooks_emit(ts, f, what, arg); }

// emit() keeping the pending exception, unless the hook fails (then its
// exception replaces it): CPython's call_trace_protected.
int emit_protected(ThreadState* ts, Frame* f, int what, Value arg) {
  Value saved = err_fetch(ts);
  int r = emit(ts, f, what, arg);
  if (r == 0) err_restore(ts, saved);
  else decref(saved);
  return r;
}


// What a c_call event reports for calling `callable` with nargs positional
// arguments, as CPython's trace_call_function: builtin functions and bound
// builtin methods themselves, a method descriptor bound to its first
// argument (*bound_call set: call that with the other arguments); null (no
// error) for anything else, which is called without events.
Value c_call_target(ThreadState* ts, Value callable, const Value* args, size_t nargs, bool* bound_call) {
  *bound_call = false;
  if (!callable.is_obj()) return Value();
  TypeObject* t = callable.obj()->type;
  if (t == ts->interp->types.builtin_function) return newref(callable);
  if (t == ts->interp->types.method_descr && nargs > 0) {
    Value bound = t->slots.descr_get(ts, callable, args[0], Value::from_obj(type_of(ts, args[0])));
    if (!bound) return Value();
    *bound_call = true;
    return bound;
  }
  return Value();
}

// c_call, the call, then c_return or c_exception (C_TRACE in CPython's ceval.c).
template <class Call>
Value traced_c_call(ThreadState* ts, Frame* f, Value target, Call&& do_call) {
  // Only a profile hook sees c_* events, and only one set before the call
  // (CPython's C_TRACE decides before calling).
  if (!ts->profile_fn) return do_call();
  if (emit(ts, f, kProfCCall, target) < 0) return Value();
  Value r = do_call();
  if (ts->profile_fn) {
    if (!r) {
      emit_protected(ts, f, kProfCException, target);
    } else if (emit(ts, f, kProfCReturn, target) < 0) {
      decref(r);
      r = Value();
    }
  }
  return r;
}

}  // namespace

int hooks_emit(ThreadState* ts, Frame* f, int what, Value arg) {
  if (!ts->use_profile) return 0;
  ts->in_hook = true;  // no event while a hook runs
  hooks_update(ts);
  int r = 0;
  if (ts->trace_fn && (what < kProfCCall || what == kProfOpcode)) {
    Ref obj = Ref::borrow(ts->trace_obj);  // the hook may replace itself
    int old_what = ts->trace_what;
    ts->trace_what = what;
    r = ts->trace_fn(ts, obj.get(), f, what, arg);
    ts->trace_what = old_what;
  }
  if (r == 0 && ts->profile_fn && what != kProfException && what != kProfLine && what != kProfOpcode) {
    Ref obj = Ref::borrow(ts->profile_obj);
    r = ts->profile_fn(ts, obj.get(), f, what, arg);
  }
  ts->in_hook = false;
  hooks_update(ts);
  return r;
}

// Install (fn non-null) or remove one of the thread's two hooks (its fn and
// obj fields; `other` is the other hook's fn field): the old object goes
// away with no event reported, running frames report their 'return', and
// the eval breaker's profile bit stays set while either hook is.
void hook_install(ThreadState* ts, ProfileFn* slot_fn, Value* slot_obj, const ProfileFn* other, ProfileFn fn, Value obj) {
  Value old = *slot_obj;
  *slot_fn = nullptr;  // no event while the old object goes away
  *slot_obj = Value();
  bool saved = ts->in_hook;
  ts->in_hook = true;
  hooks_update(ts);
  decref(old);
  ts->in_hook = saved;
  if (!fn) {
    hooks_update(ts);
    if (!*other) ts->eval_breaker.fetch_and(~uint32_t(kBreakProfile), std::memory_order_relaxed);
    return;
  }
  *slot_obj = newref(obj);
  *slot_fn = fn;
  hooks_update(ts);
  // The frames running now report their return too (and, traced, move to
  // their instrumented copies at their next check point).
  for (Frame* f = ts->frame; f; f = f->previous) f->check_on_return = true;
  ts->eval_breaker.fetch_or(kBreakProfile, std::memory_order_relaxed);
}

void profile_set(ThreadState* ts, ProfileFn fn, Value obj) {
  hook_install(ts, &ts->profile_fn, &ts->profile_obj, &ts->trace_fn, fn, obj);
}

int profile_trampoline(ThreadState* ts, Value obj, Frame* frame, int what, Value arg) {
  Ref fo(frame_object_of(ts, frame));
  if (!fo) {
    profile_set(ts, nullptr, Value());
    return -1;
  }
  Value args[3] = {fo.get(), Value::from_obj(intern(ts, kHookEventNames[what])), arg ? arg : Value::none()};
  Ref r(call(ts, obj, args, 3));
  if (!r) {
    profile_set(ts, nullptr, Value());
    return -1;
  }
  return 0;
}

// A frame about to run its first instruction reports the first line of its
// code at its 'call' event (CPython's RESUME line) and its first traced
// instruction always starts a line: lasti -1 says so (vm/trace.cpp,
// vm/hooks.cpp's f_lineno).
static void mark_fresh(Frame* f) {
  if (f->lasti == 0 && f->ip == f->code->code) f->lasti = -1;
}

bool profile_enter(ThreadState* ts, Frame* top, Frame* stop) {
  // A generator resumed by throw() has its exception pending: keep it.
  if (top->previous == stop && !ts->curexc) {
    top->check_on_return = true;
    mark_fresh(top);
    return emit(ts, top, kProfCall, Value::none()) == 0;
  }
  Value saved = err_fetch(ts);
  std::vector<Frame*> frames;
  for (Frame* x = top; x && x != stop; x = x->previous) frames.push_back(x);
  for (size_t i = frames.size(); i-- > 0;) {
    frames[i]->check_on_return = true;
    mark_fresh(frames[i]);
    if (emit(ts, frames[i], kProfCall, Value::none()) < 0) {
      decref(saved);
      return false;
    }
  }
  if (saved) err_restore(ts, saved);
  return true;
}

bool profile_return(ThreadState* ts, Frame* f, Value retval) {
  return emit(ts, f, kProfReturn, retval) == 0;
}

bool profile_yield(ThreadState* ts, Frame* f, Value v) {
  if (emit(ts, f, kProfReturn, v) < 0) return false;
  for (Frame* y = f; y->chained;) {
    y = y->previous;
    if (emit(ts, y, kProfReturn, v) < 0) return false;
  }
  return true;
}

void profile_unwind(ThreadState* ts, Frame* f) { emit_protected(ts, f, kProfReturn, Value::none()); }

Value profile_c_call(ThreadState* ts, Frame* f, Value callable, const Value* args, size_t nargs,
                     TupleObject* kwnames) {
  bool bound_call;
  Ref target(c_call_target(ts, callable, args, nargs, &bound_call));
  if (!target) {
    if (err_occurred(ts)) return Value();
    return call(ts, callable, args, nargs, kwnames);
  }
  return traced_c_call(ts, f, target.get(), [&] {
    return bound_call ? call(ts, target.get(), args + 1, nargs - 1, kwnames) : call(ts, callable, args, nargs, kwnames);
  });
}

Value profile_c_call_ex(ThreadState* ts, Frame* f, Value callable, Value args, Value kwargs) {
  auto plain = [&] {
    return call_tuple_dict(ts, callable, args.as<TupleObject>(), kwargs ? kwargs.as<DictObject>() : nullptr);
  };
  TupleObject* t = args.as<TupleObject>();
  bool bound_call;
  Ref target(c_call_target(ts, callable, t->items, size_t(t->size), &bound_call));
  if (!target) {
    if (err_occurred(ts)) return Value();
    return plain();
  }
  return traced_c_call(ts, f, target.get(), [&]() -> Value {
    if (!bound_call) return plain();
    Ref rest(tuple_from(ts, t->items + 1, t->size - 1));
    if (!rest) return Value();
    return call_tuple_dict(ts, target.get(), rest.as<TupleObject>(), kwargs ? kwargs.as<DictObject>() : nullptr);
  });
}

}  // namespace minipy

namespace minipy {

Value sys_setprofile_fn(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (kwnames && kwnames->size) return raise(ts, Exc::TypeError, "sys.setprofile() takes no keyword arguments");
  if (nargs != 1) return raisef(ts, Exc::TypeError, "sys.setprofile() takes exactly one argument (%zu given)", nargs);
  if (args[0].is_none()) profile_set(ts, nullptr, Value());
  else profile_set(ts, profile_trampoline, args[0]);
  return Value::none();
}

Value sys_getprofile_fn(ThreadState* ts, Value, const Value*, size_t nargs, TupleObject* kwnames) {
  if (kwnames && kwnames->size) return raise(ts, Exc::TypeError, "sys.getprofile() takes no keyword arguments");
  if (nargs) return raisef(ts, Exc::TypeError, "sys.getprofile() takes no arguments (%zu given)", nargs);
  return ts->profile_obj ? newref(ts->profile_obj) : Value::none();
}

}  // namespace minipy
