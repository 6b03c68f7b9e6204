// stdlib/_asyncio_task.cpp — the native `_asyncio` module, second half: the
// Task type (a coroutine wrapped in a Future; stdlib/_asyncio_future.cpp owns
// the Future part, the module state and the type specs).
//
// The hot path is task_step: one event-loop callback resumes the coroutine
// once. Exact coroutines and generators are resumed with the VM's gen_send_ex
// (no method lookup, no StopIteration object for the return value); what the
// coroutine yields decides what wakes the task next — a native Future gets
// the task's wakeup callback directly, None reschedules the step with
// call_soon, anything else is an error thrown into the coroutine on the next
// step. Order and messages follow CPython 3.11's _asyncio.
//
// What call_soon and add_done_callback receive are the task's step and wakeup
// callables (TaskCallObject: CPython's TaskStepMethWrapper and task_wakeup).
// They hold the task; the task only borrows them, so a pending task that
// nothing references is freed at once by reference counting and reported by
// its finaliser, as in CPython. A live callable is reused, so a task stepping
// through sleep(0) or a series of awaits allocates none in the steady state.
#include "stdlib/_asyncio_internal.h"

namespace minipy {
namespace asyncio_native {

namespace {

inline TaskObject* T(Value v) { return v.as<TaskObject>(); }

// The task's step / wakeup callable as a new reference: the live one if any,
// else a new one (remembered, borrowed, until it dies: task_call_dealloc).
Value task_callable(ThreadState* ts, AsyncioState* st, TaskObject* t, bool wakeup) {
  TaskCallObject*& slot = wakeup ? t->wakeup_cb : t->step_cb;
  if (slot) return newref(Value::from_obj(slot));
  Object* o = alloc_object(ts, wakeup ? st->wakeup_wrapper_type : st->step_wrapper_type);
  if (!o) return Value();
  auto* c = static_cast<TaskCallObject*>(o);
  c->task = t;
  incref(t);
  slot = c;
  return Value::from_obj(o);
}

bool task_call_step_soon(ThreadState* ts, AsyncioState* st, TaskObject* t, Value arg) {
  Ref cb(task_callable(ts, st, t, false));
  if (!cb) return false;
  return call_soon(ts, st, t->loop, cb.get(), arg, t->context);
}

// Schedule a step that throws RuntimeError(msg) into the coroutine.
Value task_set_error_soon(ThreadState* ts, AsyncioState* st, TaskObject* t, const std::string& msg) {
  Ref m(str_new(ts, msg));
  if (!m) return Value();
  Value a[1] = {m.get()};
  Ref e(exception_new(ts, exc_type(ts, Exc::RuntimeError), a, 1));
  if (!e) return Value();
  if (!task_call_step_soon(ts, st, t, e.get())) return Value();
  return Value::none();
}

// repr() as UTF-8 text; false on error.
bool repr_text(ThreadState* ts, Value v, std::string* out) {
  Ref r(repr(ts, v));
  if (!r) return false;
  *out = std::string(str_view(r.get()));
  return true;
}

Value task_set_error_fmt(ThreadState* ts, AsyncioState* st, TaskObject* t, const char* before, Value a,
                         const char* middle = nullptr, Value b = Value(), const char* after = nullptr) {
  std::string msg = before, ra;
  if (!repr_text(ts, a, &ra)) return Value();
  msg += ra;
  if (middle) {
    std::string rb;
    if (!repr_text(ts, b, &rb)) return Value();
    msg += middle;
    msg += rb;
  }
  if (after) msg += after;
  return task_set_error_soon(ts, st, t, msg);
}

// The coroutine yielded a future-like object `result` (owned, moved into
// fut_waiter on success). `exact`: a native Future/Task of this interpreter.
Value task_wait_on(ThreadState* ts, AsyncioState* st, TaskObject* t, Ref& result, bool exact) {
  Value res = result.get();
  if (exact) {
    FutureObject* fut = res.as<FutureObject>();
    if (fut->loop != t->loop)
      return task_set_error_fmt(ts, st, t, "Task ", Value::from_obj(t), " got Future ", res,
                                " attached to a different loop");
    if (!fut->blocking)
      return task_set_error_fmt(ts, st, t, "yield was used instead of yield from in task ", Value::from_obj(t),
                                " with ", res);
    fut->blocking = false;
    Ref wakeup(task_callable(ts, st, t, true));
    if (!wakeup) return Value();
    if (!future_add_done_callback(ts, st, fut, wakeup.get(), t->context)) return Value();
  } else {
    Ref blocking(getattr_opt(ts, res, st->s_blocking));
    if (!blocking && err_occurred(ts)) return Value();
    int b = truthy(ts, blocking.get());
    if (b < 0) return Value();
    // The yielded object's loop: futures._get_loop(res).
    Ref getloop(getattr_opt(ts, res, st->s_get_loop));
    if (!getloop && err_occurred(ts)) return Value();
    Ref oloop(getloop ? call0(ts, getloop.get()) : getattr(ts, res, st->s_loop));
    if (!oloop) return Value();
    if (oloop.get() != t->loop)
      return task_set_error_fmt(ts, st, t, "Task ", Value::from_obj(t), " got Future ", res,
                                " attached to a different loop");
    if (!b)
      return task_set_error_fmt(ts, st, t, "yield was used instead of yield from in task ", Value::from_obj(t),
                                " with ", res);
    if (!setattr(ts, res, st->s_blocking, Value::False())) return Value();
    Ref wakeup(task_callable(ts, st, t, true));
    if (!wakeup) return Value();
    Value args[2] = {wakeup.get(), t->context ? t->context : Value::none()};
    Ref r(call_method(ts, res, st->s_add_done_callback, args, 1, st->kw_context.as<TupleObject>()));
    if (!r) return Value();
  }
  clear_value(t->fut_waiter);
  t->fut_waiter = result.release();
  if (t->must_cancel) {
    Value msg = t->cancel_msg ? t->cancel_msg : Value::none();
    Ref r(call_method(ts, t->fut_waiter, st->s_cancel, &msg, 1));
    if (!r) return Value();
    int is_true = truthy(ts, r.get());
    if (is_true < 0) return Value();
    if (is_true) t->must_cancel = false;
  }
  return Value::none();
}

// One step of the coroutine: send None (exc null) or throw exc into it.
Value task_step_impl(ThreadState* ts, AsyncioState* st, TaskObject* t, Value exc) {
  if (t->state != kPending) {
    if (!ensure_exceptions(ts, st)) return Value();
    std::string rt, re;
    if (!repr_text(ts, Value::from_obj(t), &rt) || !repr_text(ts, exc ? exc : Value::none(), &re)) return Value();
    Ref m(str_new(ts, "_step(): already done: " + rt + " " + re));
    if (!m) return Value();
    Ref e(call1(ts, st->invalid_state_error, m.get()));
    if (!e) return Value();
    return raise_value(ts, e.get());
  }
  Ref owned_exc;
  if (t->must_cancel) {
    if (exc) {
      if (!ensure_exceptions(ts, st)) return Value();
      int r = isinstance(ts, exc, st->cancelled_error);
      if (r < 0) return Value();
      if (r == 0) exc = Value();
    }
    if (!exc) {
      owned_exc = Ref(make_cancelled_error(ts, st, t));
      if (!owned_exc) return Value();
      exc = owned_exc.get();
    }
    t->must_cancel = false;
  }
  clear_value(t->fut_waiter);
  if (!t->coro) return raise(ts, Exc::RuntimeError, "uninitialized Task object");
  Ref coro = Ref::borrow(t->coro);
  Value c = coro.get();
  bool returned = false;
  Value result;
  TypeObject* ct = type_of(ts, c);
  bool gen_like = ct == ts->interp->types.coroutine || ct == ts->interp->types.generator;
  if (!exc) {
    Value none = Value::none();
    if (gen_like) result = gen_send_ex(ts, c.as<GenObject>(), none, &returned);
    else result = call_method(ts, c, st->s_send, &none, 1);
  } else {
    result = call_method(ts, c, st->s_throw, &exc, 1);
  }
  owned_exc.reset();
  if (!result && err_matches(ts, Exc::StopIteration)) {
    Value e = err_fetch(ts);
    Value v = e.as<StopIterationObject>()->value;
    result = v ? newref(v) : Value::none();
    decref(e);
    returned = true;
  }
  if (returned) {
    Ref res(result);
    Value r;
    if (t->must_cancel) {
      // Cancelled right before the coroutine returned.
      t->must_cancel = false;
      r = future_cancel(ts, st, t, t->cancel_msg ? t->cancel_msg : Value::none());
    } else {
      r = future_set_result(ts, st, t, res.get());
    }
    if (!r) return Value();
    decref(r);
    return Value::none();
  }
  if (!result) {
    if (!ensure_exceptions(ts, st)) return Value();
    Ref ev(err_fetch(ts));
    if (is_subtype(type_of(ts, ev.get()), st->cancelled_error.as<TypeObject>())) {
      clear_value(t->cancelled_exc);
      t->cancelled_exc = ev.release();
      return future_cancel(ts, st, t, Value());
    }
    Value o = future_set_exception(ts, st, t, ev.get());
    if (!o) return Value();
    decref(o);
    TypeObject* et = type_of(ts, ev.get());
    if (is_subtype(et, exc_type(ts, Exc::KeyboardInterrupt)) || is_subtype(et, exc_type(ts, Exc::SystemExit))) {
      err_restore(ts, ev.release());
      return Value();
    }
    return Value::none();
  }
  Ref res(result);
  if (result == Value::from_obj(t))
    return task_set_error_fmt(ts, st, t, "Task cannot await on itself: ", Value::from_obj(t));
  if (is_exact_future(st, result)) return task_wait_on(ts, st, t, res, true);
  if (result.is_none()) {
    // A bare yield relinquishes control for one event loop iteration.
    if (!task_call_step_soon(ts, st, t, Value())) return Value();
    return Value::none();
  }
  Ref blocking(getattr_opt(ts, result, st->s_blocking));
  if (!blocking && err_occurred(ts)) return Value();
  if (blocking && !blocking.get().is_none()) return task_wait_on(ts, st, t, res, false);
  if (type_of(ts, result) == ts->interp->types.generator)
    return task_set_error_fmt(ts, st, t, "yield was used instead of yield from for generator in task ",
                              Value::from_obj(t), " with ", result);
  return task_set_error_fmt(ts, st, t, "Task got bad yield: ", result);
}

Value task_step(ThreadState* ts, AsyncioState* st, TaskObject* t, Value exc) {
  Ref hold = Ref::borrow(Value::from_obj(t));
  Ref loop = Ref::borrow(t->loop);
  if (!enter_task(ts, st, loop.get(), Value::from_obj(t))) return Value();
  Value res = task_step_impl(ts, st, t, exc);
  if (!res) {
    Value e = err_fetch(ts);
    if (!leave_task(ts, st, loop.get(), Value::from_obj(t))) {
      // Chain like CPython's _PyErr_ChainExceptions: the new error's context is the first.
      Value e2 = err_fetch(ts);
      if (e && e2 && is_exception_instance(ts, e2) && !e2.as<BaseExceptionObject>()->context)
        e2.as<BaseExceptionObject>()->context = newref(e);
      decref(e);
      err_restore(ts, e2);
      return Value();
    }
    err_restore(ts, e);
    return Value();
  }
  if (!leave_task(ts, st, loop.get(), Value::from_obj(t))) {
    decref(res);
    return Value();
  }
  return res;
}

Value task_wakeup(ThreadState* ts, TaskObject* t, Value fut) {
  AsyncioState* st = state_of(t);
  if (is_exact_future(st, fut)) {
    Value out;
    int r = future_get_result(ts, st, fut.as<FutureObject>(), &out);
    if (r == 0) {
      decref(out);
      return task_step(ts, st, t, Value());
    }
    if (r == 1) {
      Ref e(out);
      return task_step(ts, st, t, e.get());
    }
  } else {
    Value r = call_method(ts, fut, st->s_result, nullptr, 0);
    if (r) {
      decref(r);
      return task_step(ts, st, t, Value());
    }
  }
  Ref e(err_fetch(ts));
  return task_step(ts, st, t, e.get());
}

// ---------------------------------------------------------------- the step / wakeup callables
TaskObject* call_task(ThreadState* ts, Value self) {
  TaskObject* t = self.as<TaskCallObject>()->task;
  if (!t) raise(ts, Exc::RuntimeError, "uninitialized task callback");
  return t;
}

// TaskStepMethWrapper(*args): task.__step(exc=None).
Value step_wrapper_call(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (kw && kw->size) return raise(ts, Exc::TypeError, "function takes no keyword arguments");
  if (nargs > 1) return raise(ts, Exc::TypeError, "function takes at most 1 argument");
  TaskObject* t = call_task(ts, self);
  if (!t) return Value();
  Ref hold = Ref::borrow(Value::from_obj(t));
  Value exc = nargs ? args[0] : Value();
  if (exc && exc.is_none()) exc = Value();
  return task_step(ts, state_of(t), t, exc);
}

Value wakeup_wrapper_call(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "task_wakeup", kw) || !check_nargs(ts, "task_wakeup", nargs, 1, 1)) return Value();
  TaskObject* t = call_task(ts, self);
  if (!t) return Value();
  Ref hold = Ref::borrow(Value::from_obj(t));
  return task_wakeup(ts, t, args[0]);
}

// The task forgets a callable that is going away (it may make a new one).
void task_call_detach(TaskCallObject* c) {
  TaskObject* t = c->task;
  if (!t) return;
  if (t->step_cb == c) t->step_cb = nullptr;
  if (t->wakeup_cb == c) t->wakeup_cb = nullptr;
  c->task = nullptr;
  decref(t);
}

void task_call_dealloc(Object* o) {
  task_call_detach(static_cast<TaskCallObject*>(o));
  free_object(o);
}

void task_call_traverse(Object* o, VisitFn visit, void* arg) {
  TaskObject* t = static_cast<TaskCallObject*>(o)->task;
  if (t) visit(t, arg);
}

void task_call_clear(Object* o) { task_call_detach(static_cast<TaskCallObject*>(o)); }

Value task_call_get_self(ThreadState* ts, Value self) {
  TaskObject* t = self.as<TaskCallObject>()->task;
  return t ? newref(Value::from_obj(t)) : Value::none();
}

// Like bound built-in methods: equal when bound to the same task (remove_done_callback).
Value task_call_richcompare(ThreadState* ts, Value a, Value b, CmpOp op) {
  if ((op != CmpOp::Eq && op != CmpOp::Ne) || !b.is_obj() || b.obj()->type != a.obj()->type)
    return Value::not_implemented();
  bool eq = a.as<TaskCallObject>()->task == b.as<TaskCallObject>()->task;
  return Value::boolean(op == CmpOp::Eq ? eq : !eq);
}

bool task_call_hash(ThreadState*, Value self, int64_t* out) {
  uintptr_t p = reinterpret_cast<uintptr_t>(self.as<TaskCallObject>()->task);
  int64_t h = int64_t((p >> 4) | (p << 60));
  *out = h == -1 ? -2 : h;
  return true;
}

Value wakeup_wrapper_repr(ThreadState* ts, Value self) {
  TaskObject* t = self.as<TaskCallObject>()->task;
  if (!t) return str_from_cstr(ts, "<built-in method task_wakeup>");
  std::string tname = t->type->spec ? t->type->spec->name : std::string(t->type->name->view());
  return str_new(ts, strf("<built-in method task_wakeup of %s object at %p>", tname.c_str(), static_cast<void*>(t)));
}

Value wakeup_get_name(ThreadState* ts, Value) { return str_from_cstr(ts, "task_wakeup"); }
Value wakeup_get_qualname(ThreadState* ts, Value) { return str_from_cstr(ts, "Task.task_wakeup"); }

const GetSetDef kStepWrapperGetSets[] = {
    {"__self__", task_call_get_self},
    {nullptr, nullptr},
};

const GetSetDef kWakeupWrapperGetSets[] = {
    {"__self__", task_call_get_self},
    {"__name__", wakeup_get_name},
    {"__qualname__", wakeup_get_qualname},
    {nullptr, nullptr},
};

// ---------------------------------------------------------------- methods
Value tm_get_coro(ThreadState* ts, Value self, const Value*, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "get_coro", kw) || !check_nargs(ts, "get_coro", nargs, 0, 0)) return Value();
  return T(self)->coro ? newref(T(self)->coro) : Value::none();
}

Value tm_get_context(ThreadState* ts, Value self, const Value*, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "get_context", kw) || !check_nargs(ts, "get_context", nargs, 0, 0)) return Value();
  return T(self)->context ? newref(T(self)->context) : Value::none();
}

Value tm_get_name(ThreadState* ts, Value self, const Value*, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "get_name", kw) || !check_nargs(ts, "get_name", nargs, 0, 0)) return Value();
  TaskObject* t = T(self);
  if (!t->name) {
    if (!t->name_id) return Value::none();
    t->name = str_new(ts, strf("Task-%llu", (unsigned long long)t->name_id));
    if (!t->name) return Value();
  }
  return newref(t->name);
}

Value tm_set_name(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "set_name", kw) || !check_nargs(ts, "set_name", nargs, 1, 1)) return Value();
  Value name = args[0];
  Ref n = type_of(ts, name) == ts->interp->types.str ? Ref::borrow(name) : Ref(str(ts, name));
  if (!n) return Value();
  clear_value(T(self)->name);
  T(self)->name = n.release();
  return Value::none();
}

Value tm_set_result(ThreadState* ts, Value, const Value*, size_t, TupleObject*) {
  return raise(ts, Exc::RuntimeError, "Task does not support set_result operation");
}

Value tm_set_exception(ThreadState* ts, Value, const Value*, size_t, TupleObject*) {
  return raise(ts, Exc::RuntimeError, "Task does not support set_exception operation");
}

Value tm_cancel(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  static const char* const kNames[] = {"msg"};
  Value a[1];
  if (!parse_args(ts, "cancel", args, nargs, kw, kNames, 1, 0, 1, 0, a)) return Value();
  Value msg = a[0] ? a[0] : Value::none();
  TaskObject* t = T(self);
  t->log_tb = false;
  if (t->state != kPending) return Value::False();
  t->num_cancels_requested += 1;
  if (t->fut_waiter) {
    Ref waiter = Ref::borrow(t->fut_waiter);
    Ref r(call_method(ts, waiter.get(), state_of(t)->s_cancel, &msg, 1));
    if (!r) return Value();
    int is_true = truthy(ts, r.get());
    if (is_true < 0) return Value();
    if (is_true) return Value::True();
  }
  t->must_cancel = true;
  set_value(t->cancel_msg, msg);
  return Value::True();
}

Value tm_cancelling(ThreadState* ts, Value self, const Value*, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "cancelling", kw) || !check_nargs(ts, "cancelling", nargs, 0, 0)) return Value();
  return int_from_i64(ts, T(self)->num_cancels_requested);
}

Value tm_uncancel(ThreadState* ts, Value self, const Value*, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "uncancel", kw) || !check_nargs(ts, "uncancel", nargs, 0, 0)) return Value();
  TaskObject* t = T(self);
  if (t->num_cancels_requested > 0) t->num_cancels_requested -= 1;
  return int_from_i64(ts, t->num_cancels_requested);
}

Value tm_get_stack(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  static const char* const kNames[] = {"limit"};
  Value a[1];
  if (!parse_args(ts, "get_stack", args, nargs, kw, kNames, 1, 0, 0, 0, a)) return Value();
  AsyncioState* st = state_of(self.obj());
  if (!resolve_lazy(ts, &st->task_get_stack, "asyncio.tasks", "_task_get_stack")) return Value();
  return call2(ts, st->task_get_stack, self, a[0] ? a[0] : Value::none());
}

Value tm_print_stack(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  static const char* const kNames[] = {"limit", "file"};
  Value a[2];
  if (!parse_args(ts, "print_stack", args, nargs, kw, kNames, 2, 0, 0, 0, a)) return Value();
  AsyncioState* st = state_of(self.obj());
  if (!resolve_lazy(ts, &st->task_print_stack, "asyncio.tasks", "_task_print_stack")) return Value();
  Value cargs[3] = {self, a[0] ? a[0] : Value::none(), a[1] ? a[1] : Value::none()};
  return call(ts, st->task_print_stack, cargs, 3);
}

// ---------------------------------------------------------------- attributes
Value tg_coro(ThreadState* ts, Value self) { return T(self)->coro ? newref(T(self)->coro) : Value::none(); }
Value tg_fut_waiter(ThreadState* ts, Value self) {
  return T(self)->fut_waiter ? newref(T(self)->fut_waiter) : Value::none();
}
Value tg_must_cancel(ThreadState* ts, Value self) { return Value::boolean(T(self)->must_cancel); }
Value tg_log_destroy_pending(ThreadState* ts, Value self) { return Value::boolean(T(self)->log_destroy_pending); }
bool ts_log_destroy_pending(ThreadState* ts, Value self, Value v) {
  if (!v) {
    raise(ts, Exc::AttributeError, "cannot delete attribute");
    return false;
  }
  int t = truthy(ts, v);
  if (t < 0) return false;
  T(self)->log_destroy_pending = t != 0;
  return true;
}

}  // namespace

const MethodDef kTaskMethods[] = {
    {"get_coro", tm_get_coro},
    {"get_context", tm_get_context},
    {"get_name", tm_get_name},
    {"set_name", tm_set_name},
    {"set_result", tm_set_result},
    {"set_exception", tm_set_exception},
    {"cancel", tm_cancel, kMethNormal, "Request that this task cancel itself."},
    {"cancelling", tm_cancelling, kMethNormal, "Return the count of the task's cancellation requests."},
    {"uncancel", tm_uncancel, kMethNormal, "Decrement the task's count of cancellation requests."},
    {"get_stack", tm_get_stack, kMethNormal, "Return the list of stack frames for this task's coroutine."},
    {"print_stack", tm_print_stack, kMethNormal, "Print the stack or traceback for this task's coroutine."},
    {nullptr, nullptr},
};

const GetSetDef kTaskGetSets[] = {
    {"_coro", tg_coro},
    {"_fut_waiter", tg_fut_waiter},
    {"_must_cancel", tg_must_cancel},
    {"_log_destroy_pending", tg_log_destroy_pending, ts_log_destroy_pending},
    {nullptr, nullptr},
};

Value task_new(ThreadState* ts, TypeObject* type, const Value*, size_t, TupleObject*) {
  Object* o = alloc_object(ts, type);
  if (!o) return Value();
  auto* t = static_cast<TaskObject*>(o);
  t->state = kPending;
  t->is_task = true;
  return Value::from_obj(o);
}

bool task_init(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  static const char* const kNames[] = {"coro", "loop", "name", "context"};
  Value a[4];
  if (!parse_args(ts, "Task", args, nargs, kwnames, kNames, 4, 0, 1, 1, a)) return false;
  TaskObject* t = T(self);
  AsyncioState* st = state_of(t);
  if (!future_init_impl(ts, t, a[1])) return false;
  Value coro = a[0];
  bool is_coro = type_of(ts, coro) == ts->interp->types.coroutine;
  if (!is_coro) {
    if (!resolve_lazy(ts, &st->iscoroutine, "asyncio.coroutines", "iscoroutine")) return false;
    Ref r(call1(ts, st->iscoroutine, coro));
    if (!r) return false;
    int b = truthy(ts, r.get());
    if (b < 0) return false;
    is_coro = b != 0;
  }
  if (!is_coro) {
    t->log_destroy_pending = false;
    std::string rc;
    if (!repr_text(ts, coro, &rc)) return false;
    raisef(ts, Exc::TypeError, "a coroutine was expected, got %s", rc.c_str());
    return false;
  }
  // Each task runs in its own copy of the creator's context unless given one.
  Value context = a[3];
  if (context && !context.is_none()) {
    set_value(t->context, context);
  } else {
    Value c = context_copy_current(ts);
    if (!c) return false;
    clear_value(t->context);
    t->context = c;
  }
  clear_value(t->fut_waiter);
  t->must_cancel = false;
  t->log_destroy_pending = true;
  t->num_cancels_requested = 0;
  set_value(t->coro, coro);
  Value name = a[2];
  clear_value(t->name);
  if (!name || name.is_none()) {
    t->name_id = ++st->task_name_counter;  // the "Task-<n>" string is made on demand
  } else {
    Ref n = type_of(ts, name) == ts->interp->types.str ? Ref::borrow(name) : Ref(str(ts, name));
    if (!n) return false;
    t->name = n.release();
  }
  if (!task_call_step_soon(ts, st, t, Value())) return false;
  registry_link(st, t);
  return true;
}

Value task_repr(ThreadState* ts, Value self) {
  TaskObject* t = T(self);
  if (!future_ensure_alive(ts, t)) return Value();
  AsyncioState* st = state_of(t);
  if (!resolve_lazy(ts, &st->task_repr, "asyncio.tasks", "_task_repr")) return Value();
  if (repr_enter(ts, self.obj())) return str_from_cstr(ts, "...");
  Value r = call1(ts, st->task_repr, self);
  repr_leave(ts, self.obj());
  return r;
}

void task_clear_fields(TaskObject* t) {
  // (step_cb / wakeup_cb are borrowed: their own clear or dealloc forgets them.)
  clear_value(t->coro);
  clear_value(t->context);
  clear_value(t->name);
  clear_value(t->fut_waiter);
}

void task_traverse_fields(TaskObject* t, VisitFn visit, void* arg) {
  Value vs[] = {t->coro, t->context, t->name, t->fut_waiter};
  for (Value v : vs)
    if (v.is_obj()) visit(v.obj(), arg);
}

void task_finalize(ThreadState* ts, AsyncioState* st, TaskObject* t) {
  if (t->state != kPending || !t->log_destroy_pending || !t->loop) return;
  Ref ctx(Value::from_obj(dict_new(ts)));
  Ref msg(str_from_cstr(ts, "Task was destroyed but it is pending!"));
  DictObject* d = ctx ? ctx.as<DictObject>() : nullptr;
  if (!d || !msg || !dict_set(ts, d, Value::from_obj(st->s_message), msg.get()) ||
      !dict_set(ts, d, Value::from_obj(st->s_task), Value::from_obj(t)) ||
      (t->source_tb && !dict_set(ts, d, Value::from_obj(st->s_source_traceback), t->source_tb))) {
    write_unraisable(ts, Value());
    return;
  }
  Value h = getattr(ts, t->loop, st->s_call_exception_handler);
  if (!h) {
    err_clear(ts);  // a loop without call_exception_handler: CPython reports nothing
    return;
  }
  Value r = call1(ts, h, ctx.get());
  if (!r) write_unraisable(ts, h);
  decref(r);
  decref(h);
}

// ================================================================ tasks._sleep0
// `await tasks._sleep0` (what sleep(0) does) yields None once, so the task is
// rescheduled with call_soon, then returns None: a native iterator instead of
// a Python generator, as every sleep(0) goes through it.
struct Sleep0IterObject : Object {
  bool done;
};

namespace {

void sleep0_dealloc(Object* o) { free_object(o); }

Value sleep0_await(ThreadState* ts, Value self, const Value*, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "__await__", kw) || !check_nargs(ts, "__await__", nargs, 0, 0)) return Value();
  auto* st = self.obj()->type->metadata.as<AsyncioState>();
  Object* o = alloc_object(ts, st->sleep0_iter_type);
  return o ? Value::from_obj(o) : Value();
}

Value sleep0_iter_self(ThreadState*, Value self) { return newref(self); }

Value sleep0_iter_next(ThreadState*, Value self) {
  auto* it = self.as<Sleep0IterObject>();
  if (it->done) return Value();
  it->done = true;
  return Value::none();
}

Value sleep0_iter_send(ThreadState* ts, Value self, const Value*, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "send", kw) || !check_nargs(ts, "send", nargs, 1, 1)) return Value();
  Value r = sleep0_iter_next(ts, self);
  if (!r) {
    Value e = exception_new(ts, exc_type(ts, Exc::StopIteration), nullptr, 0);
    if (!e) return Value();
    raise_value(ts, e);
    decref(e);
  }
  return r;
}

Value sleep0_iter_throw(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "throw", kw) || !check_nargs(ts, "throw", nargs, 1, 3)) return Value();
  self.as<Sleep0IterObject>()->done = true;
  Value typ = args[0];
  if (is_exception_class(ts, typ)) {
    Ref e(nargs > 1 && is_exception_instance(ts, args[1]) ? newref(args[1]) : call0(ts, typ));
    if (!e) return Value();
    return raise_value(ts, e.get());
  }
  if (is_exception_instance(ts, typ)) return raise_value(ts, typ);
  return raise(ts, Exc::TypeError, "exceptions must be classes deriving BaseException or instances of such a class");
}

Value sleep0_iter_close(ThreadState* ts, Value self, const Value*, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "close", kw) || !check_nargs(ts, "close", nargs, 0, 0)) return Value();
  self.as<Sleep0IterObject>()->done = true;
  return Value::none();
}

const MethodDef kSleep0Methods[] = {
    {"__await__", sleep0_await},
    {nullptr, nullptr},
};

const MethodDef kSleep0IterMethods[] = {
    {"send", sleep0_iter_send},
    {"throw", sleep0_iter_throw},
    {"close", sleep0_iter_close},
    {nullptr, nullptr},
};

}  // namespace

const TypeSpec sleep0_type_spec = {
    .name = "_asyncio._Sleep0",
    .basicsize = sizeof(Object),
    .flags = 0,
    .slots = {.dealloc = sleep0_dealloc},
    .methods = kSleep0Methods,
};

const TypeSpec sleep0_iter_type_spec = {
    .name = "_asyncio._Sleep0Iter",
    .basicsize = sizeof(Sleep0IterObject),
    .flags = 0,
    .slots = {.dealloc = sleep0_dealloc, .iter = sleep0_iter_self, .iternext = sleep0_iter_next},
    .methods = kSleep0IterMethods,
};

// CPython's names: TaskStepMethWrapper (no module prefix) and a built-in
// method task_wakeup (here its own small type, with the same attributes).
const TypeSpec task_step_wrapper_type_spec = {
    .name = "TaskStepMethWrapper",
    .basicsize = sizeof(TaskCallObject),
    .flags = kTypeHasGC,
    .slots = {
        .dealloc = task_call_dealloc,
        .traverse = task_call_traverse,
        .clear = task_call_clear,
        .hash = task_call_hash,
        .richcompare = task_call_richcompare,
        .call = step_wrapper_call,
    },
    .getsets = kStepWrapperGetSets,
};

const TypeSpec task_wakeup_wrapper_type_spec = {
    .name = "_asyncio.TaskWakeupMethWrapper",
    .basicsize = sizeof(TaskCallObject),
    .flags = kTypeHasGC,
    .slots = {
        .dealloc = task_call_dealloc,
        .traverse = task_call_traverse,
        .clear = task_call_clear,
        .repr = wakeup_wrapper_repr,
        .hash = task_call_hash,
        .richcompare = task_call_richcompare,
        .call = wakeup_wrapper_call,
    },
    .getsets = kWakeupWrapperGetSets,
};

}  // namespace asyncio_native
}  // namespace minipy
