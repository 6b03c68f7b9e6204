// stdlib/atexitmodule.cpp — the native `atexit` module: functions registered
// to run at interpreter exit, last registered first. The callbacks live on the
// Interpreter (interp->atexit_callbacks, a list of (func, args, kwargs)
// tuples) so the exit sequence (vm/lifecycle.cpp) can run them even when the
// module object is gone from sys.modules.
// Must not: run callbacks anywhere but atexit_run_exitfuncs (exit, or the
// explicit _run_exitfuncs()).
#include "stdlib/modules.h"

namespace minipy {

namespace {

// The interpreter's callback list, created on first use (borrowed).
ListObject* callbacks(ThreadState* ts) {
  Interpreter* interp = ts->interp;
  if (!interp->atexit_callbacks) {
    ListObject* l = list_new(ts, 0);
    if (!l) return nullptr;
    interp->atexit_callbacks = Value::from_obj(l);
  }
  return interp->atexit_callbacks.as<ListObject>();
}

Value ae_register(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (nargs == 0) return raise(ts, Exc::TypeError, "register() takes at least 1 argument (0 given)");
  if (!is_callable(ts, args[0])) return raise(ts, Exc::TypeError, "the first argument must be callable");
  ListObject* l = callbacks(ts);
  if (!l) return Value();
  Ref fargs(tuple_from(ts, args + 1, int64_t(nargs - 1)));
  if (!fargs) return Value();
  Ref fkw;
  if (kw && tuple_size(Value::from_obj(kw)) > 0) {
    fkw = Ref(Value::from_obj(dict_new(ts)));
    if (!fkw) return Value();
    for (int64_t i = 0; i < kw->size; ++i)
      if (!dict_set(ts, fkw.as<DictObject>(), kw->items[i], args[nargs + size_t(i)])) return Value();
  } else {
    fkw = Ref(Value::none());
  }
  Ref entry(tuple_pack(ts, {args[0], fargs.get(), fkw.get()}));
  if (!entry || !list_append(ts, l, entry.get())) return Value();
  return newref(args[0]);
}

// unregister(func): drop every registration of func (compared with ==).
Value ae_unregister(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (nargs != 1 || (kw && kw->size))
    return raisef(ts, Exc::TypeError, "atexit.unregister() takes exactly one argument (%zu given)", nargs);
  ListObject* l = callbacks(ts);
  if (!l) return Value();
  for (int64_t i = 0; i < l->size;) {
    Ref entry = Ref::borrow(l->items[i]);
    int eq = equal(ts, tuple_item(entry.get(), 0), args[0]);
    if (eq < 0) return Value();
    // The list may have changed under __eq__: re-check the slot before removing it.
    if (eq && i < l->size && l->items[i] == entry.get()) {
      Value gone = l->items[i];
      for (int64_t j = i + 1; j < l->size; ++j) l->items[j - 1] = l->items[j];
      l->size--;
      decref(gone);
    } else {
      ++i;
    }
  }
  return Value::none();
}

Value ae_run_exitfuncs(ThreadState* ts, Value, const Value*, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "_run_exitfuncs", kw) || !check_nargs(ts, "_run_exitfuncs", nargs, 0, 0)) return Value();
  atexit_run_exitfuncs(ts);
  return Value::none();
}

Value ae_clear(ThreadState* ts, Value, const Value*, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "_clear", kw) || !check_nargs(ts, "_clear", nargs, 0, 0)) return Value();
  Value old = ts->interp->atexit_callbacks;
  ts->interp->atexit_callbacks = Value();
  decref(old);
  return Value::none();
}

Value ae_ncallbacks(ThreadState* ts, Value, const Value*, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "_ncallbacks", kw) || !check_nargs(ts, "_ncallbacks", nargs, 0, 0)) return Value();
  Value l = ts->interp->atexit_callbacks;
  return Value::small_int(l ? l.as<ListObject>()->size : 0);
}

const MethodDef atexit_methods[] = {
    {"register", ae_register, kMethNormal,
     "register(func, *args, **kwargs) -> func\n\nRegister a function to be executed upon normal program "
     "termination\n\n    func - function to be called at exit\n    args - optional arguments to pass to func\n"
     "    kwargs - optional keyword arguments to pass to func\n\n    func is returned to facilitate usage as a "
     "decorator."},
    {"unregister", ae_unregister, kMethNormal,
     "unregister(func) -> None\n\nUnregister an exit function which was previously registered using\n"
     "atexit.register\n\n    func - function to be unregistered"},
    {"_run_exitfuncs", ae_run_exitfuncs, kMethNormal, "_run_exitfuncs() -> None\n\nRun all registered exit functions."},
    {"_clear", ae_clear, kMethNormal, "_clear() -> None\n\nClear the list of previously registered exit functions."},
    {"_ncallbacks", ae_ncallbacks, kMethNormal, "_ncallbacks() -> int\n\nReturn the number of registered exit functions."},
    {nullptr, nullptr},
};

}  // namespace

// Run the callbacks last-registered first, detaching the list first so a
// callback that registers another does not loop. An exception in a callback
// is reported like CPython's unraisable hook and the next callback runs.
void atexit_run_exitfuncs(ThreadState* ts) {
  Value list = ts->interp->atexit_callbacks;
  if (!list) return;
  ts->interp->atexit_callbacks = Value();
  Ref hold(list);
  auto* l = list.as<ListObject>();
  while (l->size > 0) {
    Value entry = l->items[--l->size];  // the list's reference moves to `e`
    Ref e(entry);
    Value func = tuple_item(entry, 0), fargs = tuple_item(entry, 1), fkw = tuple_item(entry, 2);
    Ref r(call_tuple_dict(ts, func, fargs.as<TupleObject>(), fkw.is_none() ? nullptr : fkw.as<DictObject>()));
    if (!r) write_unraisable_msg(ts, "in atexit callback", func);
  }
  // Like CPython, callbacks registered while the exit functions run are dropped.
  Value late = ts->interp->atexit_callbacks;
  ts->interp->atexit_callbacks = Value();
  decref(late);
}

const ModuleDef atexit_module_def = {
    .name = "atexit",
    .doc = "allow programmer to define multiple exit functions to be executed\nupon normal program termination.\n\n"
           "Two public functions, register and unregister, are defined.\n",
    .methods = atexit_methods,
};

}  // namespace minipy
