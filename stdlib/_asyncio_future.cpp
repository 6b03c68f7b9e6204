// stdlib/_asyncio_future.cpp — the native `_asyncio` module, main part: the
// per-interpreter module state, the Future type, its iterator (what
// `await fut` drives: it yields the future once, then returns its result), the
// running-loop registry and the current-task functions, and module init. The
// Task type is in stdlib/_asyncio_task.cpp, Handle in stdlib/_asyncio_handle.cpp,
// the weak task registry (_all_tasks) in stdlib/_asyncio_registry.cpp.
//
// Finalisation follows CPython's C Future/Task: "Future exception was never
// retrieved" / "Task was destroyed but it is pending!" go to
// loop.call_exception_handler, once per object, from reference counting or
// the cycle collector. In debug mode (loop.get_debug()) a future records
// where it was created (_source_traceback, from traceback.extract_stack()).
//
// Every done-callback and handle runs in a contextvars.Context: the one given,
// else a copy of the current one (context_copy_current, stdlib/contextvars.cpp).
//
// Semantics follow CPython 3.11's _asyncio (the oracle) and minipy's Python
// versions in stdlib/asyncio/futures.py: done-callbacks are only ever
// scheduled with loop.call_soon(cb, fut[, context=ctx]), in the order they were
// added. The module must not import asyncio while it initialises (it is
// imported from inside asyncio.events); the Python helpers it needs (repr,
// exception classes, the policy) are looked up on first use.
#include <cstring>

#include "runtime/gc.h"
#include "stdlib/_asyncio_internal.h"

namespace minipy {
namespace asyncio_native {

// ================================================================ state
namespace {

void state_dealloc(Object* o) {
  auto* st = static_cast<AsyncioState*>(o);
  xdecref(st->current_tasks);
  xdecref(st->running_loops);
  Value* owned[] = {&st->kw_context, &st->cancelled_error, &st->invalid_state_error, &st->future_repr,
                    &st->task_repr, &st->task_get_stack, &st->task_print_stack, &st->iscoroutine,
                    &st->get_event_loop_policy, &st->format_callback_source, &st->base_call_soon,
                    &st->base_get_debug, &st->extract_stack, &st->helpers_extract_stack, &st->weakset_type,
                    &st->foreign_tasks};
  for (Value* v : owned) clear_value(*v);
  free_object(o);
}

const TypeSpec state_type_spec = {
    .name = "_asyncio._State",
    .basicsize = sizeof(AsyncioState),
    .flags = 0,
    .slots = {.dealloc = state_dealloc},
};

inline FutureObject* F(Value v) { return v.as<FutureObject>(); }

}  // namespace

bool resolve_lazy(ThreadState* ts, Value* slot, const char* module, const char* attr) {
  if (*slot) return true;
  Value mod = ts->interp->modules ? dict_get_str(ts->interp->modules, intern(ts, module)) : Value();
  Ref modref;
  if (!mod) {
    Ref name(str_from_cstr(ts, module));
    if (!name) return false;
    Ref fromlist(tuple_pack(ts, {Value::from_obj(intern(ts, attr))}));
    if (!fromlist) return false;
    modref = Ref(vm_import(ts, name.get(), Value::none(), fromlist.get(), 0));
    if (!modref) return false;
    mod = modref.get();
  }
  Value v = getattr(ts, mod, intern(ts, attr));
  if (!v) return false;
  if (*slot) {  // resolved meanwhile by code the import ran
    decref(v);
    return true;
  }
  *slot = v;
  return true;
}

bool ensure_exceptions(ThreadState* ts, AsyncioState* st) {
  if (st->cancelled_error && st->invalid_state_error) return true;
  return resolve_lazy(ts, &st->cancelled_error, "asyncio.exceptions", "CancelledError") &&
         resolve_lazy(ts, &st->invalid_state_error, "asyncio.exceptions", "InvalidStateError");
}

namespace {

Value raise_invalid_state(ThreadState* ts, AsyncioState* st, const char* msg) {
  if (!ensure_exceptions(ts, st)) return Value();
  Ref m(str_from_cstr(ts, msg));
  if (!m) return Value();
  Value args[1] = {m.get()};
  Ref e(call(ts, st->invalid_state_error, args, 1));
  if (!e) return Value();
  return raise_value(ts, e.get());
}

}  // namespace

bool is_native_future(ThreadState* ts, AsyncioState* st, Value v) {
  if (!v.is_obj()) return false;
  return is_subtype(v.obj()->type, st->future_type);
}

bool future_ensure_alive(ThreadState* ts, FutureObject* f) {
  if (f->loop) return true;
  raise(ts, Exc::RuntimeError, "Future object is not initialized.");
  return false;
}

// ================================================================ running loop / current task
Value get_running_loop_borrowed(ThreadState* ts, AsyncioState* st) {
  if (st->cache_valid && st->cached_tid == ts->thread_id) return st->cached_loop;
  Value loop;
  if (dict_size(st->running_loops)) {
    Ref key(int_from_u64(ts, ts->thread_id));
    if (!key) {
      err_clear(ts);
      return Value();
    }
    loop = dict_get(ts, st->running_loops, key.get());
  }
  st->cached_tid = ts->thread_id;
  st->cached_loop = loop;
  st->cache_valid = true;
  return loop;
}

namespace {

bool set_running_loop(ThreadState* ts, AsyncioState* st, Value loop) {
  Ref key(int_from_u64(ts, ts->thread_id));
  if (!key) return false;
  st->cache_valid = false;
  if (loop.is_none()) {
    if (dict_del(ts, st->running_loops, key.get()) < 0) return false;
  } else if (!dict_set(ts, st->running_loops, key.get(), loop)) {
    return false;
  }
  return true;
}

}  // namespace

Value get_event_loop(ThreadState* ts, AsyncioState* st) {
  Value loop = get_running_loop_borrowed(ts, st);
  if (loop) return newref(loop);
  if (!resolve_lazy(ts, &st->get_event_loop_policy, "asyncio.events", "get_event_loop_policy")) return Value();
  Ref policy(call0(ts, st->get_event_loop_policy));
  if (!policy) return Value();
  return call_method0(ts, policy.get(), "get_event_loop");
}

bool enter_task(ThreadState* ts, AsyncioState* st, Value loop, Value task) {
  Value cur = dict_get(ts, st->current_tasks, loop);
  if (cur) {
    Ref tr(repr(ts, task));
    if (!tr) return false;
    Ref cr(repr(ts, cur));
    if (!cr) return false;
    raisef(ts, Exc::RuntimeError, "Cannot enter into task %s while another task %s is being executed.",
           str_view(tr.get()).data(), str_view(cr.get()).data());
    return false;
  }
  if (err_occurred(ts)) return false;
  return dict_set(ts, st->current_tasks, loop, task);
}

bool leave_task(ThreadState* ts, AsyncioState* st, Value loop, Value task) {
  Value cur = dict_get(ts, st->current_tasks, loop);
  if (cur != task) {
    if (err_occurred(ts)) return false;
    Ref tr(repr(ts, task));
    if (!tr) return false;
    Ref cr(repr(ts, cur ? cur : Value::none()));
    if (!cr) return false;
    raisef(ts, Exc::RuntimeError, "Leaving task %s does not match the current task %s.", str_view(tr.get()).data(),
           str_view(cr.get()).data());
    return false;
  }
  return dict_del(ts, st->current_tasks, loop) >= 0;
}

// ================================================================ Future internals
bool call_soon(ThreadState* ts, AsyncioState* st, Value loop, Value cb, Value arg, Value ctx) {
  int fast = call_soon_fast(ts, st, loop, cb, arg, ctx);
  if (fast) return fast > 0;
  Value args[3];
  size_t n = 0;
  args[n++] = cb;
  if (arg) args[n++] = arg;
  Value r;
  if (ctx && !ctx.is_none()) {
    args[n] = ctx;
    r = call_method(ts, loop, st->s_call_soon, args, n, st->kw_context.as<TupleObject>());
  } else {
    r = call_method(ts, loop, st->s_call_soon, args, n, nullptr);
  }
  if (!r) return false;
  decref(r);
  return true;
}

bool future_schedule_callbacks(ThreadState* ts, AsyncioState* st, FutureObject* f) {
  Value self = Value::from_obj(f);
  Ref loop = Ref::borrow(f->loop);  // call_soon runs Python code: keep what we use alive
  if (f->callback0) {
    Ref cb(f->callback0);
    Ref ctx(f->context0);
    f->callback0 = Value();
    f->context0 = Value();
    if (!call_soon(ts, st, loop.get(), cb.get(), self, ctx.get())) return false;
  }
  if (!f->callbacks) return true;
  Ref list(f->callbacks);
  f->callbacks = Value();
  auto* l = list.as<ListObject>();
  for (int64_t i = 0; i < l->size; i++) {
    Ref item = Ref::borrow(l->items[i]);
    if (!call_soon(ts, st, loop.get(), tuple_item(item.get(), 0), self, tuple_item(item.get(), 1))) return false;
  }
  return true;
}

bool future_add_done_callback(ThreadState* ts, AsyncioState* st, FutureObject* f, Value fn, Value ctx) {
  if (!f->loop) {
    raise(ts, Exc::RuntimeError, "uninitialized Future object");
    return false;
  }
  // No context given: the callback runs in a copy of the current one (CPython's rule).
  Ref owned_ctx;
  if (!ctx || ctx.is_none()) {
    owned_ctx = Ref(context_copy_current(ts));
    if (!owned_ctx) return false;
    ctx = owned_ctx.get();
  }
  if (f->state != kPending) return call_soon(ts, st, f->loop, fn, Value::from_obj(f), ctx);
  if (!f->callback0 && !f->callbacks) {
    f->callback0 = newref(fn);
    f->context0 = newref(ctx);
    return true;
  }
  Ref tup(tuple_pack(ts, {fn, ctx}));
  if (!tup) return false;
  if (!f->callbacks) {
    ListObject* l = list_new(ts, 0);
    if (!l) return false;
    f->callbacks = Value::from_obj(l);
  }
  return list_append(ts, f->callbacks.as<ListObject>(), tup.get());
}

Value make_cancelled_error(ThreadState* ts, AsyncioState* st, FutureObject* f) {
  if (f->cancelled_exc) {
    Value e = f->cancelled_exc;  // ownership moves to the caller
    f->cancelled_exc = Value();
    return e;
  }
  if (!ensure_exceptions(ts, st)) return Value();
  Value msg = f->cancel_msg;
  if (!msg || msg.is_none()) return call0(ts, st->cancelled_error);
  return call1(ts, st->cancelled_error, msg);
}

namespace {

Value raise_cancelled(ThreadState* ts, AsyncioState* st, FutureObject* f) {
  Ref e(make_cancelled_error(ts, st, f));
  if (!e) return Value();
  return raise_value(ts, e.get());
}

}  // namespace

int future_get_result(ThreadState* ts, AsyncioState* st, FutureObject* f, Value* out) {
  if (f->state == kCancelled) {
    raise_cancelled(ts, st, f);
    return -1;
  }
  if (f->state != kFinished) {
    raise_invalid_state(ts, st, "Result is not set.");
    return -1;
  }
  f->log_tb = false;
  if (f->exception) {
    *out = newref(f->exception);
    return 1;
  }
  *out = f->result ? newref(f->result) : Value::none();
  return 0;
}

Value future_set_result(ThreadState* ts, AsyncioState* st, FutureObject* f, Value result) {
  if (!future_ensure_alive(ts, f)) return Value();
  if (f->state != kPending) return raise_invalid_state(ts, st, "invalid state");
  set_value(f->result, result);
  f->state = kFinished;
  if (!future_schedule_callbacks(ts, st, f)) return Value();
  return Value::none();
}

Value future_set_exception(ThreadState* ts, AsyncioState* st, FutureObject* f, Value exc) {
  if (!future_ensure_alive(ts, f)) return Value();
  if (f->state != kPending) return raise_invalid_state(ts, st, "invalid state");
  Ref val;
  if (is_exception_class(ts, exc)) {
    val = Ref(call0(ts, exc));
    if (!val) return Value();
    if (f->state != kPending) return raise_invalid_state(ts, st, "invalid state");
  } else {
    val = Ref::borrow(exc);
  }
  if (!is_exception_instance(ts, val.get())) return raise(ts, Exc::TypeError, "invalid exception object");
  if (val.obj()->type == exc_type(ts, Exc::StopIteration))
    return raise(ts, Exc::TypeError,
                 "StopIteration interacts badly with generators and cannot be raised into a Future");
  clear_value(f->exception);
  f->exception = val.release();
  f->state = kFinished;
  if (!future_schedule_callbacks(ts, st, f)) return Value();
  f->log_tb = true;
  return Value::none();
}

Value future_cancel(ThreadState* ts, AsyncioState* st, FutureObject* f, Value msg) {
  f->log_tb = false;
  if (f->state != kPending) return Value::False();
  f->state = kCancelled;
  if (msg) set_value(f->cancel_msg, msg);
  else clear_value(f->cancel_msg);
  if (!future_schedule_callbacks(ts, st, f)) return Value();
  return Value::True();
}

void future_clear_fields(FutureObject* f) {
  clear_value(f->loop);
  clear_value(f->callback0);
  clear_value(f->context0);
  clear_value(f->callbacks);
  clear_value(f->result);
  clear_value(f->exception);
  clear_value(f->source_tb);
  clear_value(f->cancel_msg);
  clear_value(f->cancelled_exc);
}

void future_traverse_fields(FutureObject* f, VisitFn visit, void* arg) {
  Value vs[] = {f->loop, f->callback0, f->context0, f->callbacks, f->result,
                f->exception, f->source_tb, f->cancel_msg, f->cancelled_exc};
  for (Value v : vs)
    if (v.is_obj()) visit(v.obj(), arg);
}

// The BaseEventLoop method `name` (borrowed, cached in *slot), or null when
// asyncio.base_events is not loaded (no error set).
static Value base_loop_method(ThreadState* ts, Value* slot, StrObject* name) {
  if (*slot) return *slot;
  Value mod = dict_get_str(ts->interp->modules, intern(ts, "asyncio.base_events"));
  if (!mod) return Value();
  Ref cls(getattr_opt(ts, mod, intern(ts, "BaseEventLoop")));
  if (!cls || !type_has(type_of(ts, cls.get()), kTypeTypeSubclass)) {
    err_clear(ts);
    return Value();
  }
  Value fn = type_lookup(cls.as<TypeObject>(), name);
  if (!fn) return Value();
  *slot = newref(fn);
  return fn;
}

int loop_get_debug(ThreadState* ts, AsyncioState* st, Value loop) {
  // Every Future and Task creation asks. For a loop whose class uses
  // BaseEventLoop.get_debug (`return self._debug`) unchanged and keeps
  // `_debug` in the instance dict, read the dict (the class check is cached
  // per type version); otherwise call the method.
  if (loop.is_obj()) {
    TypeObject* lt = loop.obj()->type;
    DictObject** dp = instance_dict_ptr(loop.obj());
    if (dp && *dp) {
      bool known = lt == st->debug_loop_type && lt->version == st->debug_loop_version && lt->version != 0;
      if (!known) {
        Value base = base_loop_method(ts, &st->base_get_debug, st->s_get_debug);
        if (base && type_lookup(lt, st->s_get_debug) == base && !type_lookup(lt, st->s__debug)) {
          st->debug_loop_type = lt;
          st->debug_loop_version = lt->version;
          known = lt->version != 0;
        }
      }
      if (known && !dict_get_str(*dp, st->s_get_debug)) {
        Value v = dict_get_str(*dp, st->s__debug);
        if (v) return truthy(ts, v);
      }
    }
  }
  Ref r(call_method(ts, loop, st->s_get_debug, nullptr, 0));
  if (!r) return -1;
  return truthy(ts, r.get());
}

bool future_capture_source_tb(ThreadState* ts, AsyncioState* st, FutureObject* f) {
  // CPython's C Future calls traceback.extract_stack(): the stack of Python
  // frames up to the one that created the future.
  if (!resolve_lazy(ts, &st->extract_stack, "traceback", "extract_stack")) return false;
  Value tb = call0(ts, st->extract_stack);
  if (!tb) return false;
  clear_value(f->source_tb);
  f->source_tb = tb;
  return true;
}

bool future_init_impl(ThreadState* ts, FutureObject* f, Value loop) {
  if (f->loop) {
    // __init__ called again: start over, like CPython.
    future_clear_fields(f);
    f->state = kPending;
    f->log_tb = false;
    f->blocking = false;
  }
  Value l;
  if (!loop || loop.is_none()) {
    l = get_event_loop(ts, state_of(f));
    if (!l) return false;
  } else {
    l = newref(loop);
  }
  f->loop = l;
  AsyncioState* st = state_of(f);
  int debug = loop_get_debug(ts, st, l);
  if (debug < 0) return false;
  if (debug && !future_capture_source_tb(ts, st, f)) return false;
  return true;
}

namespace {

void call_handler(ThreadState* ts, AsyncioState* st, FutureObject* f, DictObject* context) {
  Value h = getattr(ts, f->loop, st->s_call_exception_handler);
  if (!h) {
    err_clear(ts);  // a loop without call_exception_handler: CPython reports nothing
    return;
  }
  Ref href(h);
  Value r = call1(ts, h, Value::from_obj(context));
  if (!r) write_unraisable(ts, h);
  decref(r);
}

}  // namespace

void future_finalize(ThreadState* ts, FutureObject* f) {
  if (!f->loop) return;
  AsyncioState* st = state_of(f);
  Value saved = err_fetch(ts);
  if (f->is_task) task_finalize(ts, st, static_cast<TaskObject*>(f));
  if (f->log_tb && f->loop) {
    f->log_tb = false;
    Ref ctx(Value::from_obj(dict_new(ts)));
    Ref msg(str_new(ts, std::string(f->type->name->view()) + " exception was never retrieved"));
    DictObject* d = ctx ? ctx.as<DictObject>() : nullptr;
    if (d && msg && dict_set(ts, d, Value::from_obj(st->s_message), msg.get()) &&
        dict_set(ts, d, Value::from_obj(st->s_exception), f->exception ? f->exception : Value::none()) &&
        dict_set(ts, d, Value::from_obj(st->s_future), Value::from_obj(f)) &&
        (!f->source_tb || dict_set(ts, d, Value::from_obj(st->s_source_traceback), f->source_tb))) {
      call_handler(ts, st, f, d);
    } else {
      write_unraisable(ts, Value());
    }
  }
  err_restore(ts, saved);
}

namespace {

bool needs_finalize(FutureObject* f) {
  if (!f->loop) return false;
  if (f->log_tb) return true;
  if (!f->is_task) return false;
  auto* t = static_cast<TaskObject*>(f);
  return f->state == kPending && t->log_destroy_pending;
}

// ================================================================ Future type slots
// CPython's tp_finalize protocol (PEP 442) for the native types: the report
// runs at most once per object, first from whichever comes first, this
// dealloc (reference counting) or the cycle collector, which calls the
// `__del__` method (future_finalize; kTypeHasFinalizer) on unreachable futures
// before clearing them. A handler that keeps the object resurrects it.
void future_dealloc(Object* o) {
  auto* f = static_cast<FutureObject*>(o);
  if (needs_finalize(f)) {
    ThreadState* ts = current_thread_state();
    if (ts && gc_finalize_once(o)) {
      o->refcnt = 1;  // resurrect for the report
      future_finalize(ts, f);
      if (--o->refcnt != 0) return;  // the handler kept it
    }
  }
  if (f->is_task) {
    auto* t = static_cast<TaskObject*>(f);
    if (t->registered) registry_unlink(state_of(o), t);
    task_clear_fields(t);
  }
  future_clear_fields(f);
  free_object(o);
}

void future_traverse(Object* o, VisitFn visit, void* arg) {
  auto* f = static_cast<FutureObject*>(o);
  future_traverse_fields(f, visit, arg);
  if (f->is_task) task_traverse_fields(static_cast<TaskObject*>(f), visit, arg);
}

void future_clear(Object* o) {
  auto* f = static_cast<FutureObject*>(o);
  if (f->is_task) {
    // Garbage being cleared by the collector: no longer one of all_tasks()
    // (CPython's collector clears the WeakSet's references first).
    auto* t = static_cast<TaskObject*>(f);
    if (t->registered) registry_unlink(state_of(o), t);
    task_clear_fields(t);
  }
  future_clear_fields(f);
}

Value future_new(ThreadState* ts, TypeObject* type, const Value*, size_t, TupleObject*) {
  Object* o = alloc_object(ts, type);
  if (!o) return Value();
  static_cast<FutureObject*>(o)->state = kPending;
  return Value::from_obj(o);
}

bool future_init(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  static const char* const kNames[] = {"loop"};
  Value a[1];
  if (!parse_args(ts, "Future", args, nargs, kwnames, kNames, 1, 0, 0, 0, a)) return false;
  return future_init_impl(ts, F(self), a[0]);
}

Value future_repr(ThreadState* ts, Value self) {
  FutureObject* f = F(self);
  if (!future_ensure_alive(ts, f)) return Value();
  AsyncioState* st = state_of(f);
  if (!resolve_lazy(ts, &st->future_repr, "asyncio.futures", "_future_repr")) return Value();
  if (repr_enter(ts, self.obj())) return str_from_cstr(ts, "...");
  Value r = call1(ts, st->future_repr, self);
  repr_leave(ts, self.obj());
  return r;
}

Value future_new_iter(ThreadState* ts, Value self) {
  FutureObject* f = F(self);
  if (!future_ensure_alive(ts, f)) return Value();
  Object* o = alloc_object(ts, state_of(f)->iter_type);
  if (!o) return Value();
  static_cast<FutureIterObject*>(o)->future = newref(self);
  return Value::from_obj(o);
}

// ---------------------------------------------------------------- methods
#define FUT_ALIVE(f) \
  if (!future_ensure_alive(ts, f)) return Value()

Value fm_result(ThreadState* ts, Value self, const Value*, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "result", kw) || !check_nargs(ts, "result", nargs, 0, 0)) return Value();
  FutureObject* f = F(self);
  FUT_ALIVE(f);
  Value out;
  int r = future_get_result(ts, state_of(f), f, &out);
  if (r < 0) return Value();
  if (r == 1) {
    raise_value(ts, out);
    decref(out);
    return Value();
  }
  return out;
}

Value fm_exception(ThreadState* ts, Value self, const Value*, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "exception", kw) || !check_nargs(ts, "exception", nargs, 0, 0)) return Value();
  FutureObject* f = F(self);
  FUT_ALIVE(f);
  AsyncioState* st = state_of(f);
  if (f->state == kCancelled) return raise_cancelled(ts, st, f);
  if (f->state != kFinished) return raise_invalid_state(ts, st, "Exception is not set.");
  f->log_tb = false;
  return f->exception ? newref(f->exception) : Value::none();
}

Value fm_set_result(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "set_result", kw) || !check_nargs(ts, "set_result", nargs, 1, 1)) return Value();
  FutureObject* f = F(self);
  return future_set_result(ts, state_of(f), f, args[0]);
}

Value fm_set_exception(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "set_exception", kw) || !check_nargs(ts, "set_exception", nargs, 1, 1)) return Value();
  FutureObject* f = F(self);
  return future_set_exception(ts, state_of(f), f, args[0]);
}

Value fm_add_done_callback(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  static const char* const kNames[] = {"", "context"};
  Value a[2];
  if (!parse_args(ts, "add_done_callback", args, nargs, kw, kNames, 2, 1, 1, 1, a)) return Value();
  FutureObject* f = F(self);
  FUT_ALIVE(f);
  if (!future_add_done_callback(ts, state_of(f), f, a[0], a[1])) return Value();
  return Value::none();
}

Value fm_remove_done_callback(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "remove_done_callback", kw) || !check_nargs(ts, "remove_done_callback", nargs, 1, 1))
    return Value();
  FutureObject* f = F(self);
  FUT_ALIVE(f);
  Value fn = args[0];
  int64_t removed = 0;
  if (f->callback0) {
    Ref cb = Ref::borrow(f->callback0);
    int eq = richcompare_bool(ts, cb.get(), fn, CmpOp::Eq);
    if (eq < 0) return Value();
    if (eq && f->callback0 == cb.get()) {
      clear_value(f->callback0);
      clear_value(f->context0);
      removed = 1;
    }
  }
  if (!f->callbacks) return Value::small_int(removed);
  Ref old = Ref::borrow(f->callbacks);
  auto* ol = old.as<ListObject>();
  Ref kept(Value::from_obj(list_new(ts, 0)));
  if (!kept) return Value();
  int64_t n = ol->size;
  for (int64_t i = 0; i < ol->size; i++) {
    Ref item = Ref::borrow(ol->items[i]);
    int eq = richcompare_bool(ts, tuple_item(item.get(), 0), fn, CmpOp::Eq);
    if (eq < 0) return Value();
    if (!eq && !list_append(ts, kept.as<ListObject>(), item.get())) return Value();
  }
  int64_t nk = kept.as<ListObject>()->size;
  if (f->callbacks == old.get()) {
    if (nk == 0) clear_value(f->callbacks);
    else if (nk != n) set_value(f->callbacks, kept.get());
  }
  return Value::small_int(removed + (n - nk));
}

Value fm_cancel(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  static const char* const kNames[] = {"msg"};
  Value a[1];
  if (!parse_args(ts, "cancel", args, nargs, kw, kNames, 1, 0, 1, 0, a)) return Value();
  FutureObject* f = F(self);
  FUT_ALIVE(f);
  return future_cancel(ts, state_of(f), f, a[0] ? a[0] : Value::none());
}

Value fm_cancelled(ThreadState* ts, Value self, const Value*, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "cancelled", kw) || !check_nargs(ts, "cancelled", nargs, 0, 0)) return Value();
  FutureObject* f = F(self);
  FUT_ALIVE(f);
  return Value::boolean(f->state == kCancelled);
}

Value fm_done(ThreadState* ts, Value self, const Value*, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "done", kw) || !check_nargs(ts, "done", nargs, 0, 0)) return Value();
  FutureObject* f = F(self);
  FUT_ALIVE(f);
  return Value::boolean(f->state != kPending);
}

Value fm_get_loop(ThreadState* ts, Value self, const Value*, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "get_loop", kw) || !check_nargs(ts, "get_loop", nargs, 0, 0)) return Value();
  FutureObject* f = F(self);
  FUT_ALIVE(f);
  return newref(f->loop);
}

Value fm_make_cancelled_error(ThreadState* ts, Value self, const Value*, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "_make_cancelled_error", kw) || !check_nargs(ts, "_make_cancelled_error", nargs, 0, 0))
    return Value();
  FutureObject* f = F(self);
  return make_cancelled_error(ts, state_of(f), f);
}

Value fm_await(ThreadState* ts, Value self, const Value*, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "__await__", kw) || !check_nargs(ts, "__await__", nargs, 0, 0)) return Value();
  return future_new_iter(ts, self);
}

Value fm_del(ThreadState* ts, Value self, const Value*, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "__del__", kw) || !check_nargs(ts, "__del__", nargs, 0, 0)) return Value();
  future_finalize(ts, F(self));
  return Value::none();
}

Value fm_class_getitem(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "__class_getitem__", kw) || !check_nargs(ts, "__class_getitem__", nargs, 1, 1))
    return Value();
  return generic_alias_new(ts, self, args[0]);
}

// ---------------------------------------------------------------- attributes
Value fg_state(ThreadState* ts, Value self) {
  FutureObject* f = F(self);
  FUT_ALIVE(f);
  static const char* const kNames[] = {"PENDING", "CANCELLED", "FINISHED"};
  return newref(Value::from_obj(intern(ts, kNames[f->state])));
}
Value fg_result(ThreadState* ts, Value self) {
  FutureObject* f = F(self);
  FUT_ALIVE(f);
  return f->result ? newref(f->result) : Value::none();
}
Value fg_exception(ThreadState* ts, Value self) {
  FutureObject* f = F(self);
  FUT_ALIVE(f);
  return f->exception ? newref(f->exception) : Value::none();
}
Value fg_loop(ThreadState* ts, Value self) {
  FutureObject* f = F(self);
  return f->loop ? newref(f->loop) : Value::none();
}
Value fg_source_traceback(ThreadState* ts, Value self) {
  FutureObject* f = F(self);
  FUT_ALIVE(f);
  return f->source_tb ? newref(f->source_tb) : Value::none();
}
Value fg_callbacks(ThreadState* ts, Value self) {
  FutureObject* f = F(self);
  FUT_ALIVE(f);
  if (!f->callback0 && !f->callbacks) return Value::none();
  Ref out(Value::from_obj(list_new(ts, 0)));
  if (!out) return Value();
  auto* l = out.as<ListObject>();
  if (f->callback0) {
    Ref tup(tuple_pack(ts, {f->callback0, f->context0 ? f->context0 : Value::none()}));
    if (!tup || !list_append(ts, l, tup.get())) return Value();
  }
  if (f->callbacks && !list_extend(ts, l, f->callbacks)) return Value();
  return out.release();
}
Value fg_cancel_message(ThreadState* ts, Value self) {
  FutureObject* f = F(self);
  FUT_ALIVE(f);
  return f->cancel_msg ? newref(f->cancel_msg) : Value::none();
}
bool fs_cancel_message(ThreadState* ts, Value self, Value v) {
  FutureObject* f = F(self);
  if (!future_ensure_alive(ts, f)) return false;
  if (!v) {
    raise(ts, Exc::AttributeError, "cannot delete attribute");
    return false;
  }
  set_value(f->cancel_msg, v);
  return true;
}
Value fg_blocking(ThreadState* ts, Value self) {
  FutureObject* f = F(self);
  return Value::boolean(f->loop && f->blocking);
}
bool fs_blocking(ThreadState* ts, Value self, Value v) {
  FutureObject* f = F(self);
  if (!future_ensure_alive(ts, f)) return false;
  if (!v) {
    raise(ts, Exc::AttributeError, "cannot delete attribute");
    return false;
  }
  int t = truthy(ts, v);
  if (t < 0) return false;
  f->blocking = t != 0;
  return true;
}
Value fg_log_traceback(ThreadState* ts, Value self) {
  FutureObject* f = F(self);
  FUT_ALIVE(f);
  return Value::boolean(f->log_tb);
}
bool fs_log_traceback(ThreadState* ts, Value self, Value v) {
  FutureObject* f = F(self);
  if (!v) {
    raise(ts, Exc::AttributeError, "cannot delete attribute");
    return false;
  }
  int t = truthy(ts, v);
  if (t < 0) return false;
  if (t) {
    raise(ts, Exc::ValueError, "_log_traceback can only be set to False");
    return false;
  }
  f->log_tb = false;
  return true;
}

#undef FUT_ALIVE

const MethodDef kFutureMethods[] = {
    {"result", fm_result, kMethNormal, "Return the result this future represents."},
    {"exception", fm_exception, kMethNormal, "Return the exception that was set on this future."},
    {"set_result", fm_set_result, kMethNormal, "Mark the future done and set its result."},
    {"set_exception", fm_set_exception, kMethNormal, "Mark the future done and set an exception."},
    {"add_done_callback", fm_add_done_callback, kMethNormal, "Add a callback to be run when the future becomes done."},
    {"remove_done_callback", fm_remove_done_callback, kMethNormal, "Remove all instances of a callback."},
    {"cancel", fm_cancel, kMethNormal, "Cancel the future and schedule callbacks."},
    {"cancelled", fm_cancelled, kMethNormal, "Return True if the future was cancelled."},
    {"done", fm_done, kMethNormal, "Return True if the future is done."},
    {"get_loop", fm_get_loop, kMethNormal, "Return the event loop the Future is bound to."},
    {"_make_cancelled_error", fm_make_cancelled_error, kMethNormal, nullptr},
    {"__await__", fm_await, kMethNormal, nullptr},
    {"__del__", fm_del, kMethNormal, nullptr},
    {"__class_getitem__", fm_class_getitem, kMethClass, "See PEP 585"},
    {nullptr, nullptr},
};

const GetSetDef kFutureGetSets[] = {
    {"_state", fg_state},
    {"_result", fg_result},
    {"_exception", fg_exception},
    {"_loop", fg_loop},
    {"_callbacks", fg_callbacks},
    {"_source_traceback", fg_source_traceback},
    {"_cancel_message", fg_cancel_message, fs_cancel_message},
    {"_asyncio_future_blocking", fg_blocking, fs_blocking},
    {"_log_traceback", fg_log_traceback, fs_log_traceback},
    {nullptr, nullptr},
};

// ================================================================ the Future iterator
void iter_dealloc(Object* o) {
  clear_value(static_cast<FutureIterObject*>(o)->future);
  free_object(o);
}
void iter_traverse(Object* o, VisitFn visit, void* arg) {
  Value v = static_cast<FutureIterObject*>(o)->future;
  if (v.is_obj()) visit(v.obj(), arg);
}
void iter_clear(Object* o) { clear_value(static_cast<FutureIterObject*>(o)->future); }
Value iter_self(ThreadState*, Value self) { return newref(self); }

// Yield the future while it is pending (the Task waits on it), else finish
// with its result: returned through StopIteration(result), or as plain
// exhaustion for None (no exception object to allocate).
Value futiter_next(ThreadState* ts, Value self) {
  auto* it = self.as<FutureIterObject>();
  if (!it->future) return Value();
  FutureObject* f = F(it->future);
  if (f->state == kPending) {
    if (!f->blocking) {
      f->blocking = true;
      return newref(it->future);
    }
    return raise(ts, Exc::RuntimeError, "await wasn't used with future");
  }
  Ref fut(it->future);
  it->future = Value();
  Value out;
  int r = future_get_result(ts, state_of(f), f, &out);
  if (r < 0) return Value();
  Ref res(out);
  if (r == 1) return raise_value(ts, out);
  if (out.is_none()) return Value();
  Value args[1] = {out};
  Value e = exception_new(ts, exc_type(ts, Exc::StopIteration), args, 1);
  if (!e) return Value();
  raise_value(ts, e);
  decref(e);
  return Value();
}

Value iter_send(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "send", kw) || !check_nargs(ts, "send", nargs, 1, 1)) return Value();
  Value r = futiter_next(ts, self);
  if (!r && !err_occurred(ts)) {
    Value e = exception_new(ts, exc_type(ts, Exc::StopIteration), nullptr, 0);
    if (!e) return Value();
    raise_value(ts, e);
    decref(e);
  }
  return r;
}

Value iter_throw(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "throw", kw) || !check_nargs(ts, "throw", nargs, 1, 3)) return Value();
  Value typ = args[0];
  Value val = nargs > 1 ? args[1] : Value::none();
  Value tb = nargs > 2 ? args[2] : Value::none();
  if (!tb.is_none() && type_of(ts, tb) != ts->interp->types.traceback)
    return raise(ts, Exc::TypeError, "throw() third argument must be a traceback");
  Ref exc;
  if (is_exception_class(ts, typ)) {
    if (is_exception_instance(ts, val)) exc = Ref::borrow(val);
    else if (val.is_none()) exc = Ref(call0(ts, typ));
    else if (is_tuple(ts, val)) exc = Ref(call_tuple_dict(ts, typ, val.as<TupleObject>(), nullptr));
    else exc = Ref(call1(ts, typ, val));
    if (!exc) return Value();
  } else if (is_exception_instance(ts, typ)) {
    if (!val.is_none()) return raise(ts, Exc::TypeError, "instance exception may not have a separate value");
    exc = Ref::borrow(typ);
  } else {
    return raisef(ts, Exc::TypeError,
                  "exceptions must be classes deriving BaseException or instances of such a class");
  }
  if (!tb.is_none()) set_value(exc.as<BaseExceptionObject>()->traceback, tb);
  clear_value(self.as<FutureIterObject>()->future);
  return raise_value(ts, exc.get());
}

Value iter_close(ThreadState* ts, Value self, const Value*, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "close", kw) || !check_nargs(ts, "close", nargs, 0, 0)) return Value();
  clear_value(self.as<FutureIterObject>()->future);
  return Value::none();
}

const MethodDef kIterMethods[] = {
    {"send", iter_send},
    {"throw", iter_throw},
    {"close", iter_close},
    {nullptr, nullptr},
};

}  // namespace

const TypeSpec future_type_spec = {
    .name = "_asyncio.Future",
    .basicsize = sizeof(FutureObject),
    .flags = kTypeBaseType | kTypeHasGC | kTypeHasFinalizer,
    .slots = {
        .dealloc = future_dealloc,
        .traverse = future_traverse,
        .clear = future_clear,
        .repr = future_repr,
        .iter = future_new_iter,
        .new_ = future_new,
        .init = future_init,
    },
    .methods = kFutureMethods,
    .getsets = kFutureGetSets,
    .doc = "This class is *almost* compatible with concurrent.futures.Future.",
};

const TypeSpec task_type_spec = {
    .name = "_asyncio.Task",
    .basicsize = sizeof(TaskObject),
    .flags = kTypeBaseType | kTypeHasGC | kTypeHasFinalizer,
    .slots = {
        .dealloc = future_dealloc,
        .traverse = future_traverse,
        .clear = future_clear,
        .repr = task_repr,
        .iter = future_new_iter,
        .new_ = task_new,
        .init = task_init,
    },
    .methods = kTaskMethods,
    .getsets = kTaskGetSets,
    .doc = "A coroutine wrapped in a Future.",
};

const TypeSpec future_iter_type_spec = {
    .name = "_asyncio.FutureIter",
    .basicsize = sizeof(FutureIterObject),
    .flags = kTypeHasGC,
    .slots = {
        .dealloc = iter_dealloc,
        .traverse = iter_traverse,
        .clear = iter_clear,
        .iter = iter_self,
        .iternext = futiter_next,
    },
    .methods = kIterMethods,
};

// ================================================================ module functions
namespace {

inline AsyncioState* mstate(Value module) { return static_cast<AsyncioState*>(module.as<ModuleObject>()->state); }

Value m_get_running_loop(ThreadState* ts, Value self, const Value*, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "get_running_loop", kw) || !check_nargs(ts, "get_running_loop", nargs, 0, 0)) return Value();
  Value loop = get_running_loop_borrowed(ts, mstate(self));
  if (!loop) return raise(ts, Exc::RuntimeError, "no running event loop");
  return newref(loop);
}

Value m__get_running_loop(ThreadState* ts, Value self, const Value*, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "_get_running_loop", kw) || !check_nargs(ts, "_get_running_loop", nargs, 0, 0)) return Value();
  Value loop = get_running_loop_borrowed(ts, mstate(self));
  return loop ? newref(loop) : Value::none();
}

Value m__set_running_loop(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "_set_running_loop", kw) || !check_nargs(ts, "_set_running_loop", nargs, 1, 1)) return Value();
  if (!set_running_loop(ts, mstate(self), args[0])) return Value();
  return Value::none();
}

Value m_get_event_loop(ThreadState* ts, Value self, const Value*, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "get_event_loop", kw) || !check_nargs(ts, "get_event_loop", nargs, 0, 0)) return Value();
  return get_event_loop(ts, mstate(self));
}

Value m__get_event_loop(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  static const char* const kNames[] = {"stacklevel"};
  Value a[1];
  if (!parse_args(ts, "_get_event_loop", args, nargs, kw, kNames, 1, 0, 1, 0, a)) return Value();
  return get_event_loop(ts, mstate(self));
}

Value m_current_task(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  static const char* const kNames[] = {"loop"};
  Value a[1];
  if (!parse_args(ts, "current_task", args, nargs, kw, kNames, 1, 0, 1, 0, a)) return Value();
  AsyncioState* st = mstate(self);
  Value loop = a[0];
  if (!loop || loop.is_none()) {
    loop = get_running_loop_borrowed(ts, st);
    if (!loop) return raise(ts, Exc::RuntimeError, "no running event loop");
  }
  Value t = dict_get(ts, st->current_tasks, loop);
  if (t) return newref(t);
  if (err_occurred(ts)) return Value();
  return Value::none();
}

Value m__register_task(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  static const char* const kNames[] = {"task"};
  Value a[1];
  if (!parse_args(ts, "_register_task", args, nargs, kw, kNames, 1, 0, 1, 1, a)) return Value();
  if (!registry_add(ts, mstate(self), a[0])) return Value();
  return Value::none();
}

Value m__unregister_task(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  static const char* const kNames[] = {"task"};
  Value a[1];
  if (!parse_args(ts, "_unregister_task", args, nargs, kw, kNames, 1, 0, 1, 1, a)) return Value();
  if (!registry_discard(ts, mstate(self), a[0])) return Value();
  return Value::none();
}

Value m__enter_task(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  static const char* const kNames[] = {"loop", "task"};
  Value a[2];
  if (!parse_args(ts, "_enter_task", args, nargs, kw, kNames, 2, 0, 2, 2, a)) return Value();
  if (!enter_task(ts, mstate(self), a[0], a[1])) return Value();
  return Value::none();
}

Value m__leave_task(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  static const char* const kNames[] = {"loop", "task"};
  Value a[2];
  if (!parse_args(ts, "_leave_task", args, nargs, kw, kNames, 2, 0, 2, 2, a)) return Value();
  if (!leave_task(ts, mstate(self), a[0], a[1])) return Value();
  return Value::none();
}

// futures.isfuture(obj): a native Future, or any object whose class has
// _asyncio_future_blocking and whose own value of it is not None.
Value m__isfuture(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "isfuture", kw) || !check_nargs(ts, "isfuture", nargs, 1, 1)) return Value();
  AsyncioState* st = mstate(self);
  Value obj = args[0];
  if (is_exact_future(st, obj)) return Value::True();
  Ref cls(getattr(ts, obj, ts->interp->names.__class__));
  if (!cls) return Value();
  Ref on_class(getattr_opt(ts, cls.get(), st->s_blocking));
  if (!on_class) return err_occurred(ts) ? Value() : Value::False();
  Ref v(getattr(ts, obj, st->s_blocking));
  if (!v) return Value();
  return Value::boolean(!v.get().is_none());
}

const MethodDef kModuleMethods[] = {
    {"_isfuture", m__isfuture, kMethNormal, "Check for a Future (the native futures.isfuture)."},
    {"get_running_loop", m_get_running_loop, kMethNormal, "Return the running event loop.  Raise a RuntimeError if there is none."},
    {"_get_running_loop", m__get_running_loop, kMethNormal, "Return the running event loop or None."},
    {"_set_running_loop", m__set_running_loop, kMethNormal, "Set the running event loop."},
    {"get_event_loop", m_get_event_loop, kMethNormal, "Return an asyncio event loop."},
    {"_get_event_loop", m__get_event_loop, kMethNormal, nullptr},
    {"current_task", m_current_task, kMethNormal, "Return a currently executed task."},
    {"_register_task", m__register_task, kMethNormal, "Register a new task in asyncio as executed by loop."},
    {"_unregister_task", m__unregister_task, kMethNormal, "Unregister a task."},
    {"_enter_task", m__enter_task, kMethNormal, "Enter into task execution or resume suspended task."},
    {"_leave_task", m__leave_task, kMethNormal, "Leave task execution or suspend a task."},
    {nullptr, nullptr},
};

bool asyncio_init(ThreadState* ts, ModuleObject* m) {
  Interpreter* interp = ts->interp;
  TypeObject* st_type = type_from_spec(ts, &state_type_spec, interp->types.object_);
  if (!st_type) return false;
  Ref st_ref(Value::from_obj(alloc_object(ts, st_type)));
  if (!st_ref) return false;
  auto* st = st_ref.as<AsyncioState>();
  st->current_tasks = dict_new(ts);
  st->running_loops = dict_new(ts);
  if (!st->current_tasks || !st->running_loops) return false;
  st->kw_context = tuple_pack(ts, {Value::from_obj(intern(ts, "context"))});
  if (!st->kw_context) return false;
  st->s_call_soon = intern(ts, "call_soon");
  st->s_call_exception_handler = intern(ts, "call_exception_handler");
  st->s_cancel = intern(ts, "cancel");
  st->s_add_done_callback = intern(ts, "add_done_callback");
  st->s_blocking = intern(ts, "_asyncio_future_blocking");
  st->s_get_loop = intern(ts, "get_loop");
  st->s_loop = intern(ts, "_loop");
  st->s_result = intern(ts, "result");
  st->s_send = intern(ts, "send");
  st->s_throw = intern(ts, "throw");
  st->s_message = intern(ts, "message");
  st->s_exception = intern(ts, "exception");
  st->s_future = intern(ts, "future");
  st->s_task = intern(ts, "task");
  st->s_source_traceback = intern(ts, "source_traceback");
  st->s_handle = intern(ts, "handle");
  st->s_get_debug = intern(ts, "get_debug");
  st->s_repr_info = intern(ts, "_repr_info");
  st->s__closed = intern(ts, "_closed");
  st->s__debug = intern(ts, "_debug");
  st->s__ready = intern(ts, "_ready");
  st->s_append = intern(ts, "append");

  TypeObject* fut = type_from_spec(ts, &future_type_spec, interp->types.object_);
  if (!fut) return false;
  TypeObject* task = type_from_spec(ts, &task_type_spec, fut);
  if (!task) return false;
  TypeObject* it = type_from_spec(ts, &future_iter_type_spec, interp->types.object_);
  if (!it) return false;
  TypeObject* handle = type_from_spec(ts, &handle_type_spec, interp->types.object_);
  if (!handle) return false;
  TypeObject* sleep0 = type_from_spec(ts, &sleep0_type_spec, interp->types.object_);
  if (!sleep0) return false;
  TypeObject* sleep0_iter = type_from_spec(ts, &sleep0_iter_type_spec, interp->types.object_);
  if (!sleep0_iter) return false;
  st->sleep0_iter_type = sleep0_iter;
  st->step_wrapper_type = type_from_spec(ts, &task_step_wrapper_type_spec, interp->types.object_);
  st->wakeup_wrapper_type = type_from_spec(ts, &task_wakeup_wrapper_type_spec, interp->types.object_);
  if (!st->step_wrapper_type || !st->wakeup_wrapper_type) return false;
  TypeObject* registry = type_from_spec(ts, &task_registry_type_spec, interp->types.object_);
  if (!registry) return false;
  registry->metadata = newref(st_ref.get());
  st->registry_type = registry;
  Ref registry_obj(Value::from_obj(alloc_object(ts, registry)));
  if (!registry_obj) return false;
  sleep0->metadata = newref(st_ref.get());
  Ref sleep0_obj(Value::from_obj(alloc_object(ts, sleep0)));
  if (!sleep0_obj) return false;
  st->future_type = fut;
  st->task_type = task;
  st->iter_type = it;
  st->handle_type = handle;
  fut->metadata = newref(st_ref.get());
  task->metadata = newref(st_ref.get());
  handle->metadata = newref(st_ref.get());
  m->state = st;
  // The module and the types keep the state and the types for the interpreter's lifetime.
  return module_add(ts, m, "Future", Value::from_obj(fut)) && module_add(ts, m, "Task", Value::from_obj(task)) &&
         module_add(ts, m, "Handle", Value::from_obj(handle)) &&
         module_add(ts, m, "_sleep0", sleep0_obj.get()) &&
         module_add(ts, m, "_all_tasks", registry_obj.get()) &&
         module_add(ts, m, "_current_tasks", Value::from_obj(st->current_tasks));
}

}  // namespace

}  // namespace asyncio_native

const ModuleDef asyncio_module_def = {
    .name = "_asyncio",
    .doc = "Accelerator module for asyncio",
    .methods = asyncio_native::kModuleMethods,
    .init = asyncio_native::asyncio_init,
};

}  // namespace minipy
