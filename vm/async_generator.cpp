// vm/async_generator.cpp — async generators: the async_generator type's
// methods (__aiter__, __anext__, asend, athrow, aclose) and the awaitables they
// return. An async generator is a GenObject (vm/generator.cpp runs its frame);
// a value produced by `yield` is wrapped (ASYNC_GEN_WRAP) so that the asend /
// athrow awaitable can tell it from a value yielded by an inner `await`, which
// passes through to the event loop unchanged. A wrapped value ends the
// awaitable with StopIteration(value); the generator's end is StopAsyncIteration.
//
// Hooks (sys.set_asyncgen_hooks, PEP 525): the first __anext__/asend/athrow/
// aclose calls the thread's firstiter hook with the generator and keeps its
// finalizer hook in the generator; an unfinished generator that is then
// finalised (freed by reference counting, or found unreachable by the cycle
// collector, which calls __del__) is handed to that finalizer instead of being
// closed, so the event loop can run its aclose() as a task.
#include "runtime/gc.h"
#include "vm/frame.h"
#include "vm/generator_internal.h"

namespace minipy {

namespace {

enum class AwaitState : uint8_t { Init, Iter, Closed };

struct WrappedValue : Object {
  Value value;
};

struct ASendObject : Object {
  Value gen;       // the async generator
  Value sendval;   // the value of asend(v), sent on the first step
  AwaitState state;
};

struct AThrowObject : Object {
  Value gen;
  Value args;      // tuple of athrow() arguments, null for aclose()
  AwaitState state;
};

extern const TypeSpec async_gen_asend_type_spec;
extern const TypeSpec async_gen_athrow_type_spec;
extern const TypeSpec async_gen_wrapped_value_type_spec;

Value raise_bare(ThreadState* ts, Exc e) { return raise_value(ts, Value::from_obj(exc_type(ts, e))); }

TypeObject* lazy_type(ThreadState* ts, TypeObject*& slot, const TypeSpec* spec) {
  if (!slot) slot = type_from_spec(ts, spec, nullptr);
  return slot;
}

bool is_wrapped(ThreadState* ts, Value v) {
  return v.is_obj() && ts->interp->types.async_gen_wrapped_value && v.obj()->type == ts->interp->types.async_gen_wrapped_value;
}

// Resume the async generator; its end becomes StopAsyncIteration.
Value agen_send(ThreadState* ts, GenObject* g, Value v) {
  bool returned = false;
  Value r = gen_send_ex(ts, g, v, &returned);
  if (r && returned) {
    decref(r);
    return raise_bare(ts, Exc::StopAsyncIteration);
  }
  return r;
}

Value agen_throw(ThreadState* ts, GenObject* g, Value args, bool close) {
  Value exc;
  if (close) {
    exc = call0(ts, Value::from_obj(exc_type(ts, Exc::GeneratorExit)));
  } else {
    auto* t = args.as<TupleObject>();
    exc = gen_make_throw_exc(ts, t->items, size_t(t->size));
  }
  if (!exc) return Value();
  Value r = gen_throw_exc(ts, g, exc, close);
  decref(exc);
  if (!r && !err_occurred(ts)) return raise_bare(ts, Exc::StopAsyncIteration);
  if (!r && err_matches(ts, Exc::StopIteration) && gen_finished(g)) {
    // The generator returned while handling the exception.
    err_clear(ts);
    return raise_bare(ts, Exc::StopAsyncIteration);
  }
  return r;
}

// A step of the async generator ended with r: a wrapped value finishes the
// awaitable (StopIteration(value)), anything else passes through.
Value unwrap(ThreadState* ts, GenObject* g, Value r) {
  if (!r) {
    if (err_matches(ts, Exc::StopAsyncIteration) || err_matches(ts, Exc::GeneratorExit)) g->closed = true;
    g->running_async = false;
    return Value();
  }
  if (is_wrapped(ts, r)) {
    gen_stop_iteration_with(ts, static_cast<WrappedValue*>(r.obj())->value);
    decref(r);
    g->running_async = false;
    return Value();
  }
  return r;
}

// ---------------------------------------------------------------- asend
Value asend_new(ThreadState* ts, Value gen, Value v) {
  TypeObject* t = lazy_type(ts, ts->interp->types.async_gen_asend, &async_gen_asend_type_spec);
  if (!t) return Value();
  auto* o = static_cast<ASendObject*>(alloc_object(ts, t));
  if (!o) return Value();
  o->gen = newref(gen);
  o->sendval = newref(v);
  o->state = AwaitState::Init;
  return Value::from_obj(o);
}

Value asend_step(ThreadState* ts, ASendObject* o, Value arg) {
  auto* g = o->gen.as<GenObject>();
  if (o->state == AwaitState::Closed)
    return raise(ts, Exc::RuntimeError, "cannot reuse already awaited __anext__()/asend()");
  if (o->state == AwaitState::Init) {
    if (g->running_async)
      return raise(ts, Exc::RuntimeError, "anext(): asynchronous generator is already running");
    if (arg.is_none()) arg = o->sendval;
    o->state = AwaitState::Iter;
  }
  g->running_async = true;
  Value r = unwrap(ts, g, agen_send(ts, g, arg));
  if (!r) o->state = AwaitState::Closed;
  return r;
}

Value asend_iternext(ThreadState* ts, Value self) { return asend_step(ts, static_cast<ASendObject*>(self.obj()), Value::none()); }

Value asend_m_send(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!no_kwargs(ts, "send", kwnames) || !check_nargs(ts, "send", nargs, 1, 1)) return Value();
  return asend_step(ts, static_cast<ASendObject*>(self.obj()), args[0]);
}

// The shared front half of asend().throw() and athrow().throw(): argument
// checks, the "already awaited" error, and throwing into the generator. Sets
// *ok = false when nothing was thrown (the error is pending).
Value throw_into_agen(ThreadState* ts, AwaitState state, GenObject* g, const Value* args, size_t nargs,
                      TupleObject* kwnames, const char* reuse_msg, bool* ok) {
  *ok = false;
  if (!no_kwargs(ts, "throw", kwnames) || !check_nargs(ts, "throw", nargs, 1, 3)) return Value();
  if (state == AwaitState::Closed) return raise(ts, Exc::RuntimeError, reuse_msg);
  Value exc = gen_make_throw_exc(ts, args, nargs);
  if (!exc) return Value();
  *ok = true;
  Value r = gen_throw_exc(ts, g, exc, false);
  decref(exc);
  if (!r && !err_occurred(ts)) raise_bare(ts, Exc::StopAsyncIteration);
  return r;
}

Value asend_m_throw(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  auto* o = static_cast<ASendObject*>(self.obj());
  auto* g = o->gen.as<GenObject>();
  bool ok;
  Value r = throw_into_agen(ts, o->state, g, args, nargs, kwnames,
                            "cannot reuse already awaited __anext__()/asend()", &ok);
  if (!ok) return Value();
  r = unwrap(ts, g, r);
  if (!r) o->state = AwaitState::Closed;
  return r;
}

Value await_m_close(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!no_kwargs(ts, "close", kwnames) || !check_nargs(ts, "close", nargs, 0, 0)) return Value();
  if (self.obj()->type == ts->interp->types.async_gen_asend) static_cast<ASendObject*>(self.obj())->state = AwaitState::Closed;
  else static_cast<AThrowObject*>(self.obj())->state = AwaitState::Closed;
  return Value::none();
}

Value self_iter(ThreadState* ts, Value self) { return newref(self); }
Value self_await(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!no_kwargs(ts, "__await__", kwnames) || !check_nargs(ts, "__await__", nargs, 0, 0)) return Value();
  return newref(self);
}

void asend_dealloc(Object* p) {
  auto* o = static_cast<ASendObject*>(p);
  decref(o->gen);
  decref(o->sendval);
  free_object(p);
}
void asend_traverse(Object* p, VisitFn visit, void* arg) {
  auto* o = static_cast<ASendObject*>(p);
  if (o->gen.is_obj()) visit(o->gen.obj(), arg);
  if (o->sendval.is_obj()) visit(o->sendval.obj(), arg);
}
void asend_clear(Object* p) {
  auto* o = static_cast<ASendObject*>(p);
  Value a = o->gen, b = o->sendval;
  o->gen = Value();
  o->sendval = Value();
  decref(a);
  decref(b);
}

// ---------------------------------------------------------------- athrow / aclose
Value athrow_new(ThreadState* ts, Value gen, Value args) {
  TypeObject* t = lazy_type(ts, ts->interp->types.async_gen_athrow, &async_gen_athrow_type_spec);
  if (!t) return Value();
  auto* o = static_cast<AThrowObject*>(alloc_object(ts, t));
  if (!o) return Value();
  o->gen = newref(gen);
  o->args = args ? newref(args) : Value();
  o->state = AwaitState::Init;
  return Value::from_obj(o);
}

// The awaitable of aclose() saw the generator yield a value: it ignored GeneratorExit.
// The awaitable is used up, as CPython's yield_close (found by scripts/fuzz.py-style checks).
Value ignored_exit(ThreadState* ts, GenObject* g, Value r, AThrowObject* o) {
  g->running_async = false;
  o->state = AwaitState::Closed;
  decref(r);
  return raise(ts, Exc::RuntimeError, "async generator ignored GeneratorExit");
}

// The generator ended an athrow()/aclose() step with an exception.
Value athrow_error(ThreadState* ts, AThrowObject* o) {
  auto* g = o->gen.as<GenObject>();
  g->running_async = false;
  o->state = AwaitState::Closed;  // 3.11.7: any error ends the awaitable
  if (err_matches(ts, Exc::StopAsyncIteration) || err_matches(ts, Exc::GeneratorExit)) {
    if (!o->args) {  // aclose() completes normally
      err_clear(ts);
      raise_bare(ts, Exc::StopIteration);
    }
  }
  return Value();
}

Value athrow_step(ThreadState* ts, AThrowObject* o, Value arg) {
  auto* g = o->gen.as<GenObject>();
  const bool close = !o->args;
  if (o->state == AwaitState::Closed)
    return raise(ts, Exc::RuntimeError, "cannot reuse already awaited aclose()/athrow()");
  if (gen_finished(g)) {
    o->state = AwaitState::Closed;
    return raise_bare(ts, Exc::StopIteration);
  }
  Value r;
  if (o->state == AwaitState::Init) {
    if (g->running_async) {
      o->state = AwaitState::Closed;
      return raise(ts, Exc::RuntimeError, close ? "aclose(): asynchronous generator is already running"
                                                : "athrow(): asynchronous generator is already running");
    }
    if (g->closed) {
      o->state = AwaitState::Closed;
      return raise_bare(ts, Exc::StopAsyncIteration);
    }
    if (!arg.is_none()) return raise(ts, Exc::RuntimeError, "can't send non-None value to a just-started coroutine");
    o->state = AwaitState::Iter;
    g->running_async = true;
    if (close) g->closed = true;
    r = agen_throw(ts, g, o->args, close);
    if (close) {
      if (r && is_wrapped(ts, r)) return ignored_exit(ts, g, r, o);
      if (r) return r;
      return athrow_error(ts, o);
    }
    r = unwrap(ts, g, r);
    if (!r) return athrow_error(ts, o);
    return r;
  }
  r = agen_send(ts, g, arg);
  if (!close) {
    r = unwrap(ts, g, r);
    if (!r) return athrow_error(ts, o);
    return r;
  }
  if (r && is_wrapped(ts, r)) return ignored_exit(ts, g, r, o);
  if (r) return r;
  return athrow_error(ts, o);
}

Value athrow_iternext(ThreadState* ts, Value self) { return athrow_step(ts, static_cast<AThrowObject*>(self.obj()), Value::none()); }

Value athrow_m_send(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!no_kwargs(ts, "send", kwnames) || !check_nargs(ts, "send", nargs, 1, 1)) return Value();
  return athrow_step(ts, static_cast<AThrowObject*>(self.obj()), args[0]);
}

Value athrow_m_throw(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  auto* o = static_cast<AThrowObject*>(self.obj());
  auto* g = o->gen.as<GenObject>();
  bool ok;
  Value r = throw_into_agen(ts, o->state, g, args, nargs, kwnames,
                            "cannot reuse already awaited aclose()/athrow()", &ok);
  if (!ok) return Value();
  if (o->args) {
    r = unwrap(ts, g, r);
    if (!r) return athrow_error(ts, o);
    return r;
  }
  if (r && is_wrapped(ts, r)) return ignored_exit(ts, g, r, o);
  if (r) return r;
  return athrow_error(ts, o);
}

void athrow_dealloc(Object* p) {
  auto* o = static_cast<AThrowObject*>(p);
  decref(o->gen);
  decref(o->args);
  free_object(p);
}
void athrow_traverse(Object* p, VisitFn visit, void* arg) {
  auto* o = static_cast<AThrowObject*>(p);
  if (o->gen.is_obj()) visit(o->gen.obj(), arg);
  if (o->args.is_obj()) visit(o->args.obj(), arg);
}
void athrow_clear(Object* p) {
  auto* o = static_cast<AThrowObject*>(p);
  Value a = o->gen, b = o->args;
  o->gen = Value();
  o->args = Value();
  decref(a);
  decref(b);
}

void wrapped_dealloc(Object* p) {
  decref(static_cast<WrappedValue*>(p)->value);
  free_object(p);
}

// ---------------------------------------------------------------- hooks and finalisation
// The first iteration: remember the finalizer hook, call the firstiter hook
// (CPython's async_gen_init_hooks; a failing firstiter fails that call, once).
bool init_hooks(ThreadState* ts, Value self) {
  auto* g = self.as<GenObject>();
  if (g->hooks_inited) return true;
  g->hooks_inited = true;
  if (ts->asyncgen_finalizer) {
    Value old = g->origin_or_finalizer;
    g->origin_or_finalizer = newref(ts->asyncgen_finalizer);
    decref(old);
  }
  if (!ts->asyncgen_firstiter) return true;
  Ref hook = Ref::borrow(ts->asyncgen_firstiter);
  Ref r(call1(ts, hook.get(), self));
  return bool(r);
}

// Finalising without a finalizer hook: close it in place (GeneratorExit at
// its suspension point; yielding again means it ignored GeneratorExit).
Value close_now(ThreadState* ts, GenObject* g) {
  if (gen_finished(g) || g->frame->state == FrameState::Created) return Value::none();
  Value exc = call0(ts, Value::from_obj(exc_type(ts, Exc::GeneratorExit)));
  if (!exc) return Value();
  Value r = gen_throw_exc(ts, g, exc, true);
  decref(exc);
  if (r) {
    decref(r);
    return raise(ts, Exc::RuntimeError, "async generator ignored GeneratorExit");
  }
  if (err_matches(ts, Exc::GeneratorExit) || err_matches(ts, Exc::StopIteration) ||
      err_matches(ts, Exc::StopAsyncIteration)) {
    err_clear(ts);
    return Value::none();
  }
  return err_occurred(ts) ? Value() : Value::none();
}

// CPython's _PyGen_Finalize for async generators (the pending exception is kept).
void finalize(ThreadState* ts, GenObject* g) {
  if (gen_finished(g)) return;
  Value saved = err_fetch(ts);
  Value self = Value::from_obj(g);
  Value r;
  if (g->origin_or_finalizer && !g->closed) {
    Ref hook = Ref::borrow(g->origin_or_finalizer);
    r = call1(ts, hook.get(), self);
  } else {
    r = close_now(ts, g);
  }
  if (!r) write_unraisable(ts, self);
  decref(r);
  err_restore(ts, saved);
}

// Reference counting freed it: finalise once (PEP 442), unless the finalizer
// hook kept it (asyncio's does, to aclose() it in a task).
void agen_dealloc(Object* o) {
  auto* g = static_cast<GenObject*>(o);
  ThreadState* ts = current_thread_state();
  if (ts && g->origin_or_finalizer && !gen_finished(g)) {
    if (gc_finalize_once(o)) {
      o->refcnt = 1;  // resurrect for the hook
      finalize(ts, g);
      if (--o->refcnt > 0) return;
    }
    gen_clear(o);  // finalised: free the frame without running it again
  }
  gen_dealloc(o);
}

// __del__: what the cycle collector calls on an unreachable async generator.
Value agen_m_del(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!no_kwargs(ts, "__del__", kwnames) || !check_nargs(ts, "__del__", nargs, 0, 0)) return Value();
  finalize(ts, self.as<GenObject>());
  return Value::none();
}

// ---------------------------------------------------------------- async_generator methods
Value agen_m_asend(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!no_kwargs(ts, "asend", kwnames) || !check_nargs(ts, "asend", nargs, 1, 1)) return Value();
  if (!init_hooks(ts, self)) return Value();
  return asend_new(ts, self, args[0]);
}
Value agen_m_anext(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!no_kwargs(ts, "__anext__", kwnames) || !check_nargs(ts, "__anext__", nargs, 0, 0)) return Value();
  if (!init_hooks(ts, self)) return Value();
  return asend_new(ts, self, Value::none());
}
Value agen_m_aiter(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!no_kwargs(ts, "__aiter__", kwnames) || !check_nargs(ts, "__aiter__", nargs, 0, 0)) return Value();
  return newref(self);
}
Value agen_m_athrow(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!no_kwargs(ts, "athrow", kwnames) || !check_nargs(ts, "athrow", nargs, 1, 3)) return Value();
  if (!init_hooks(ts, self)) return Value();
  TupleObject* t = tuple_new(ts, int64_t(nargs));
  if (!t) return Value();
  for (size_t i = 0; i < nargs; ++i) t->items[i] = newref(args[i]);
  Value tv = Value::from_obj(t);
  Value r = athrow_new(ts, self, tv);
  decref(tv);
  return r;
}
Value agen_m_aclose(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!no_kwargs(ts, "aclose", kwnames) || !check_nargs(ts, "aclose", nargs, 0, 0)) return Value();
  if (!init_hooks(ts, self)) return Value();
  return athrow_new(ts, self, Value());
}
Value agen_get_running(ThreadState* ts, Value self) { return Value::boolean(self.as<GenObject>()->running_async); }

const MethodDef async_generator_methods[] = {
    {"asend", agen_m_asend},
    {"athrow", agen_m_athrow},
    {"aclose", agen_m_aclose},
    {"__aiter__", agen_m_aiter},
    {"__anext__", agen_m_anext},
    {"__del__", agen_m_del},
    {nullptr, nullptr},
};
const GetSetDef async_generator_getsets[] = {
    {"__name__", gen_get_name},
    {"__qualname__", gen_get_qualname},
    {"ag_running", agen_get_running},
    {"ag_code", gen_get_code},
    {"ag_frame", gen_get_frame},
    {"ag_await", gen_get_yieldfrom},
    {"ag_suspended", gen_get_suspended},
    {nullptr, nullptr},
};
const MethodDef asend_methods[] = {
    {"send", asend_m_send},
    {"throw", asend_m_throw},
    {"close", await_m_close},
    {"__await__", self_await},
    {nullptr, nullptr},
};
const MethodDef athrow_methods[] = {
    {"send", athrow_m_send},
    {"throw", athrow_m_throw},
    {"close", await_m_close},
    {"__await__", self_await},
    {nullptr, nullptr},
};

const TypeSpec async_gen_asend_type_spec = {
    .name = "async_generator_asend",
    .basicsize = sizeof(ASendObject),
    .flags = kTypeHasGC,
    .slots = {.dealloc = asend_dealloc,
              .traverse = asend_traverse,
              .clear = asend_clear,
              .iter = self_iter,
              .iternext = asend_iternext},
    .methods = asend_methods,
};
const TypeSpec async_gen_athrow_type_spec = {
    .name = "async_generator_athrow",
    .basicsize = sizeof(AThrowObject),
    .flags = kTypeHasGC,
    .slots = {.dealloc = athrow_dealloc,
              .traverse = athrow_traverse,
              .clear = athrow_clear,
              .iter = self_iter,
              .iternext = athrow_iternext},
    .methods = athrow_methods,
};
const TypeSpec async_gen_wrapped_value_type_spec = {
    .name = "async_generator_wrapped_value",
    .basicsize = sizeof(WrappedValue),
    .flags = 0,
    .slots = {.dealloc = wrapped_dealloc},
};

}  // namespace

Value async_gen_wrap_value(ThreadState* ts, Value v) {
  TypeObject* t = lazy_type(ts, ts->interp->types.async_gen_wrapped_value, &async_gen_wrapped_value_type_spec);
  if (!t) return Value();
  auto* w = static_cast<WrappedValue*>(alloc_object(ts, t));
  if (!w) return Value();
  w->value = newref(v);
  return Value::from_obj(w);
}

const TypeSpec async_generator_type_spec = {
    .name = "async_generator",
    .basicsize = sizeof(GenObject),
    // kTypeHasFinalizer: the cycle collector finalises it through __del__.
    .flags = kTypeHasGC | kTypeHasFinalizer,
    .slots = {.dealloc = agen_dealloc, .traverse = gen_traverse, .clear = gen_clear, .repr = gen_repr},
    .methods = async_generator_methods,
    .getsets = async_generator_getsets,
};

}  // namespace minipy
