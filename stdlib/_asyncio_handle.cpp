// stdlib/_asyncio_handle.cpp — the native `_asyncio` module, third part:
// asyncio.events.Handle, the callback record loop.call_soon queues and the
// loop runs. events.py replaces its Python Handle with this one (TimerHandle
// stays a Python subclass, with its own __slots__ after this struct).
//
// Same attributes and behaviour as the Python class in stdlib/asyncio/events.py
// (which stays as _PyHandle): _run() calls callback(*args) and reports an
// exception other than SystemExit/KeyboardInterrupt to
// loop.call_exception_handler with the "Exception in callback ..." message;
// the repr goes through self._repr_info() so subclasses can extend it.
#include "stdlib/_asyncio_internal.h"

namespace minipy {
namespace asyncio_native {

namespace {

inline HandleObject* H(Value v) { return v.as<HandleObject>(); }

AsyncioState* handle_state(Object* o) {
  TypeObject* t = o->type;
  while (t->spec != &handle_type_spec) t = t->base;
  return t->metadata.as<AsyncioState>();
}

void handle_clear_fields(HandleObject* h) {
  clear_value(h->callback);
  clear_value(h->args);
  clear_value(h->loop);
  clear_value(h->context);
  clear_value(h->source_tb);
  clear_value(h->repr);
}

void handle_dealloc(Object* o) {
  handle_clear_fields(static_cast<HandleObject*>(o));
  free_object(o);
}

void handle_traverse(Object* o, VisitFn visit, void* arg) {
  auto* h = static_cast<HandleObject*>(o);
  Value vs[] = {h->callback, h->args, h->loop, h->context, h->source_tb, h->repr};
  for (Value v : vs)
    if (v.is_obj()) visit(v.obj(), arg);
}

void handle_clear(Object* o) { handle_clear_fields(static_cast<HandleObject*>(o)); }

Value handle_new(ThreadState* ts, TypeObject* type, const Value*, size_t, TupleObject*) {
  Object* o = alloc_object(ts, type);
  if (!o) return Value();
  return Value::from_obj(o);
}

bool handle_init(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  HandleObject* h = H(self);
  Value a[4];
  if (nargs >= 3 && nargs <= 4 && !kwnames) {  // the call_soon path: Handle(callback, args, loop, context)
    for (size_t i = 0; i < 4; i++) a[i] = i < nargs ? args[i] : Value();
  } else {
    static const char* const kNames[] = {"callback", "args", "loop", "context"};
    if (!parse_args(ts, "Handle", args, nargs, kwnames, kNames, 4, 0, 4, 3, a)) return false;
  }
  // No context given: the callback runs in a copy of the current one (CPython's rule).
  Value ctx = a[3];
  Ref owned_ctx;
  if (!ctx || ctx.is_none()) {
    owned_ctx = Ref(context_copy_current(ts));
    if (!owned_ctx) return false;
    ctx = owned_ctx.get();
  }
  set_value(h->loop, a[2]);
  set_value(h->callback, a[0]);
  set_value(h->args, a[1]);
  set_value(h->context, ctx);
  h->cancelled = false;
  clear_value(h->repr);
  set_value(h->source_tb, Value::none());
  // Debug mode: where the handle was made, from the calling Python frame
  // outwards (the Python class's format_helpers.extract_stack(sys._getframe(1))).
  AsyncioState* st = handle_state(self.obj());
  int debug = loop_get_debug(ts, st, a[2]);
  if (debug < 0) return false;
  if (debug) {
    if (!resolve_lazy(ts, &st->helpers_extract_stack, "asyncio.format_helpers", "extract_stack")) return false;
    Ref frame(vm_getframe(ts, 0));
    if (!frame) {
      if (!err_matches(ts, Exc::ValueError)) return false;
      err_clear(ts);  // no Python frame at all
      frame = Ref(Value::none());
    }
    Value tb = call1(ts, st->helpers_extract_stack, frame.get());
    if (!tb) return false;
    clear_value(h->source_tb);
    h->source_tb = tb;
  }
  return true;
}

// events._format_callback_source(callback, args)
Value format_source(ThreadState* ts, AsyncioState* st, Value cb, Value args) {
  if (!resolve_lazy(ts, &st->format_callback_source, "asyncio.events", "_format_callback_source")) return Value();
  return call2(ts, st->format_callback_source, cb ? cb : Value::none(), args ? args : Value::none());
}

Value hm_run(ThreadState* ts, Value self, const Value*, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "_run", kw) || !check_nargs(ts, "_run", nargs, 0, 0)) return Value();
  HandleObject* h = H(self);
  Ref cb = Ref::borrow(h->callback ? h->callback : Value::none());
  Ref args = Ref::borrow(h->args ? h->args : Value::none());
  Ref ctx = Ref::borrow(h->context ? h->context : Value::none());
  Ref tup;
  if (args.get().is_obj() && args.obj()->type == ts->interp->types.tuple) {
    tup = Ref::borrow(args.get());
  } else {
    tup = Ref(sequence_to_tuple(ts, args.get()));
    if (!tup && err_matches(ts, Exc::TypeError)) {
      err_clear(ts);
      raisef(ts, Exc::TypeError, "Context.run() argument after * must be an iterable, not %s",
             type_name(ts, args.get()));
    }
  }
  Value r;
  if (!tup) {
    r = Value();
  } else {
    // self._context.run(self._callback, *self._args)
    auto* t = tup.as<TupleObject>();
    if (ctx.get().is_none()) r = call(ts, cb.get(), t->items, size_t(t->size));
    else r = context_run(ts, ctx.get(), cb.get(), t->items, size_t(t->size));
  }
  if (r) {
    decref(r);
    return Value::none();
  }
  if (err_matches(ts, Exc::SystemExit) || err_matches(ts, Exc::KeyboardInterrupt)) return Value();
  Ref exc(err_fetch(ts));
  // The report runs while the exception is being handled, as in the Python
  // version's `except BaseException as exc:` block.
  Value saved_handled = ts->handled_exc;
  ts->handled_exc = newref(exc.get());
  Value result = Value();
  {
    AsyncioState* st = handle_state(self.obj());
    Ref text(format_source(ts, st, h->callback, h->args));
    if (text) {
      Ref msg(str_new(ts, "Exception in callback " + std::string(str_view(text.get()))));
      Ref ctx(Value::from_obj(dict_new(ts)));
      if (msg && ctx && dict_set(ts, ctx.as<DictObject>(), Value::from_obj(st->s_message), msg.get()) &&
          dict_set(ts, ctx.as<DictObject>(), Value::from_obj(st->s_exception), exc.get()) &&
          dict_set(ts, ctx.as<DictObject>(), Value::from_obj(st->s_handle), self)) {
        Ref loop = Ref::borrow(h->loop ? h->loop : Value::none());
        Value arg = ctx.get();
        result = call_method(ts, loop.get(), st->s_call_exception_handler, &arg, 1);
      }
    }
  }
  decref(ts->handled_exc);
  ts->handled_exc = saved_handled;
  if (!result) return Value();
  decref(result);
  return Value::none();
}

Value hm_cancel(ThreadState* ts, Value self, const Value*, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "cancel", kw) || !check_nargs(ts, "cancel", nargs, 0, 0)) return Value();
  HandleObject* h = H(self);
  if (h->cancelled) return Value::none();
  h->cancelled = true;
  AsyncioState* st = handle_state(self.obj());
  Ref dbg(call_method(ts, h->loop ? h->loop : Value::none(), st->s_get_debug, nullptr, 0));
  if (!dbg) return Value();
  int d = truthy(ts, dbg.get());
  if (d < 0) return Value();
  if (d) {
    Value r = repr(ts, self);
    if (!r) return Value();
    clear_value(h->repr);
    h->repr = r;
  }
  set_value(h->callback, Value::none());
  set_value(h->args, Value::none());
  return Value::none();
}

Value hm_cancelled(ThreadState* ts, Value self, const Value*, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "cancelled", kw) || !check_nargs(ts, "cancelled", nargs, 0, 0)) return Value();
  return Value::boolean(H(self)->cancelled);
}

Value hm_get_context(ThreadState* ts, Value self, const Value*, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "get_context", kw) || !check_nargs(ts, "get_context", nargs, 0, 0)) return Value();
  Value c = H(self)->context;
  return c ? newref(c) : Value::none();
}

Value hm_repr_info(ThreadState* ts, Value self, const Value*, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "_repr_info", kw) || !check_nargs(ts, "_repr_info", nargs, 0, 0)) return Value();
  HandleObject* h = H(self);
  Ref info(Value::from_obj(list_new(ts, 0)));
  if (!info) return Value();
  auto* l = info.as<ListObject>();
  if (!list_append(ts, l, Value::from_obj(self.obj()->type->name))) return Value();
  if (h->cancelled && !list_append(ts, l, Value::from_obj(intern(ts, "cancelled")))) return Value();
  if (h->callback && !h->callback.is_none()) {
    Ref text(format_source(ts, handle_state(self.obj()), h->callback, h->args));
    if (!text || !list_append(ts, l, text.get())) return Value();
  }
  if (h->source_tb) {
    int has_tb = truthy(ts, h->source_tb);
    if (has_tb < 0) return Value();
    if (has_tb) {
      // "created at <file>:<line>" of the innermost frame.
      Ref last(getitem(ts, h->source_tb, Value::small_int(-1)));
      if (!last) return Value();
      Ref file(getitem(ts, last.get(), Value::small_int(0)));
      if (!file) return Value();
      Ref line(getitem(ts, last.get(), Value::small_int(1)));
      if (!line) return Value();
      Ref fs(str(ts, file.get()));
      if (!fs) return Value();
      Ref ls(str(ts, line.get()));
      if (!ls) return Value();
      Ref text(str_new(ts, "created at " + std::string(str_view(fs.get())) + ":" + std::string(str_view(ls.get()))));
      if (!text || !list_append(ts, l, text.get())) return Value();
    }
  }
  return info.release();
}

Value handle_repr(ThreadState* ts, Value self) {
  HandleObject* h = H(self);
  if (h->repr && !h->repr.is_none()) return newref(h->repr);
  Ref info(call_method(ts, self, handle_state(self.obj())->s_repr_info, nullptr, 0));
  if (!info) return Value();
  Ref sep(str_from_cstr(ts, " "));
  if (!sep) return Value();
  Ref body(str_join(ts, sep.get(), info.get()));
  if (!body) return Value();
  return str_new(ts, "<" + std::string(str_view(body.get())) + ">");
}

// Attributes: the Python class's slots, readable and writable.
template <Value HandleObject::*M>
Value hg_field(ThreadState*, Value self) {
  Value v = H(self)->*M;
  return v ? newref(v) : Value::none();
}
template <Value HandleObject::*M>
bool hs_field(ThreadState* ts, Value self, Value v) {
  if (!v) {
    raise(ts, Exc::AttributeError, "cannot delete attribute");
    return false;
  }
  set_value(H(self)->*M, v);
  return true;
}
Value hg_cancelled(ThreadState*, Value self) { return Value::boolean(H(self)->cancelled); }
bool hs_cancelled(ThreadState* ts, Value self, Value v) {
  if (!v) {
    raise(ts, Exc::AttributeError, "cannot delete attribute");
    return false;
  }
  int t = truthy(ts, v);
  if (t < 0) return false;
  H(self)->cancelled = t != 0;
  return true;
}

const MethodDef kHandleMethods[] = {
    {"_run", hm_run},
    {"cancel", hm_cancel},
    {"cancelled", hm_cancelled},
    {"get_context", hm_get_context},
    {"_repr_info", hm_repr_info},
    {nullptr, nullptr},
};

const GetSetDef kHandleGetSets[] = {
    {"_callback", hg_field<&HandleObject::callback>, hs_field<&HandleObject::callback>},
    {"_args", hg_field<&HandleObject::args>, hs_field<&HandleObject::args>},
    {"_cancelled", hg_cancelled, hs_cancelled},
    {"_loop", hg_field<&HandleObject::loop>, hs_field<&HandleObject::loop>},
    {"_source_traceback", hg_field<&HandleObject::source_tb>, hs_field<&HandleObject::source_tb>},
    {"_repr", hg_field<&HandleObject::repr>, hs_field<&HandleObject::repr>},
    {"_context", hg_field<&HandleObject::context>, hs_field<&HandleObject::context>},
    {nullptr, nullptr},
};

// Does `loop` run BaseEventLoop.call_soon itself (not an override, not a
// replacement in the instance dict)? The answer is cached per type version.
bool uses_base_call_soon(ThreadState* ts, AsyncioState* st, Value loop) {
  if (!loop.is_obj()) return false;
  TypeObject* lt = loop.obj()->type;
  if (DictObject** dp = instance_dict_ptr(loop.obj()))
    if (*dp && dict_get_str(*dp, st->s_call_soon)) return false;
  if (lt == st->fast_loop_type && lt->version == st->fast_loop_version && lt->version != 0) return true;
  if (!st->base_call_soon) {
    // Only once asyncio.base_events exists (a loop of another kind never needs it).
    Value mod = dict_get_str(ts->interp->modules, intern(ts, "asyncio.base_events"));
    if (!mod) return false;
    Ref cls(getattr_opt(ts, mod, intern(ts, "BaseEventLoop")));
    if (!cls || !type_has(type_of(ts, cls.get()), kTypeTypeSubclass)) {
      err_clear(ts);
      return false;
    }
    Value fn = type_lookup(cls.as<TypeObject>(), st->s_call_soon);
    if (!fn) return false;
    st->base_call_soon = newref(fn);
  }
  if (type_lookup(lt, st->s_call_soon) != st->base_call_soon) return false;
  st->fast_loop_type = lt;
  st->fast_loop_version = lt->version;
  return true;
}

}  // namespace

// BaseEventLoop.call_soon (stdlib/asyncio/base_events.py), for the task and
// future callbacks this module schedules:
//     if self._closed: raise RuntimeError('Event loop is closed')
//     if self._debug: <checks>          (left to the Python method)
//     handle = events.Handle(callback, args, self, context)
//     self._ready.append(handle)
// Keep the two in step.
int call_soon_fast(ThreadState* ts, AsyncioState* st, Value loop, Value cb, Value arg, Value ctx) {
  if (!uses_base_call_soon(ts, st, loop)) return 0;
  Ref closed(getattr(ts, loop, st->s__closed));
  if (!closed) return -1;
  int c = truthy(ts, closed.get());
  if (c < 0) return -1;
  if (c) {
    raise(ts, Exc::RuntimeError, "Event loop is closed");
    return -1;
  }
  Ref debug(getattr(ts, loop, st->s__debug));
  if (!debug) return -1;
  int d = truthy(ts, debug.get());
  if (d < 0) return -1;
  if (d) return 0;
  Ref ready(getattr(ts, loop, st->s__ready));
  if (!ready) return -1;
  Ref args(arg ? tuple_pack(ts, {arg}) : empty_tuple(ts));
  if (!args) return -1;
  Ref context;
  if (ctx && !ctx.is_none()) {
    context = Ref::borrow(ctx);
  } else {
    context = Ref(context_copy_current(ts));
    if (!context) return -1;
  }
  Object* o = alloc_object(ts, st->handle_type);
  if (!o) return -1;
  Ref handle(Value::from_obj(o));
  auto* h = static_cast<HandleObject*>(o);
  h->loop = newref(loop);
  h->callback = newref(cb);
  h->args = args.release();
  h->context = context.release();
  h->source_tb = Value::none();
  Value hv = handle.get();
  Ref r(call_method(ts, ready.get(), st->s_append, &hv, 1));
  return r ? 1 : -1;
}

const TypeSpec handle_type_spec = {
    .name = "asyncio.events.Handle",
    .basicsize = sizeof(HandleObject),
    .flags = kTypeBaseType | kTypeHasGC,
    .slots = {
        .dealloc = handle_dealloc,
        .traverse = handle_traverse,
        .clear = handle_clear,
        .repr = handle_repr,
        .new_ = handle_new,
        .init = handle_init,
    },
    .methods = kHandleMethods,
    .getsets = kHandleGetSets,
    .doc = "Object returned by callback registration methods.",
};

}  // namespace asyncio_native
}  // namespace minipy
