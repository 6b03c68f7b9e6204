// stdlib/_weakref.cpp — the native `_weakref` module: ref / ReferenceType,
// ProxyType, CallableProxyType, proxy(), getweakrefcount(), getweakrefs() and
// _remove_dead_weakref(). The types and the weakref lists are
// runtime/weakrefobject.cpp's; stdlib/weakref.py builds the rest on this.
#include "runtime/gc.h"
#include "runtime/weakrefobject.h"
#include "stdlib/modules.h"

namespace minipy {

namespace {

Value w_getweakrefcount(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "_weakref.getweakrefcount", kw) || !check_nargs(ts, "_weakref.getweakrefcount", nargs, 1, 1))
    return Value();
  return Value::small_int(weakref_count(ts, args[0]));
}

Value w_getweakrefs(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "_weakref.getweakrefs", kw) || !check_nargs(ts, "_weakref.getweakrefs", nargs, 1, 1))
    return Value();
  return weakref_list(ts, args[0]);
}

Value w_proxy(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "proxy", kw) || !check_nargs(ts, "proxy", nargs, 1, 2)) return Value();
  return weakref_new_proxy(ts, args[0], nargs > 1 ? args[1] : Value());
}

// Remove dct[key] if it is a dead weakref (WeakValueDictionary's callback:
// atomic, and a missing key is fine).
Value w_remove_dead_weakref(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "_remove_dead_weakref", kw) || !check_nargs(ts, "_remove_dead_weakref", nargs, 2, 2))
    return Value();
  if (!is_dict(ts, args[0]))
    return raisef(ts, Exc::TypeError, "_remove_dead_weakref() argument 1 must be dict, not %s",
                  type_name(ts, args[0]));
  DictObject* d = args[0].as<DictObject>();
  Value v = dict_get(ts, d, args[1]);
  if (!v) {
    if (err_occurred(ts)) return Value();
    return Value::none();
  }
  if (!is_weakref_or_proxy(v)) return raise(ts, Exc::TypeError, "not a weakref");
  if (!v.as<WeakrefObject>()->referent && dict_del(ts, d, args[1]) < 0) return Value();
  return Value::none();
}

const MethodDef kWeakrefMethods[] = {
    {"getweakrefcount", w_getweakrefcount, kMethNormal, "Return the number of weak references to 'object'."},
    {"getweakrefs", w_getweakrefs, kMethNormal, "Return a list of all weak reference objects pointing to 'object'."},
    {"proxy", w_proxy, kMethNormal,
     "Create a proxy object that weakly references 'object'.\n\n'callback', if given, is called with a reference "
     "to the\nproxy when 'object' is about to be finalized."},
    {"_remove_dead_weakref", w_remove_dead_weakref, kMethNormal,
     "Atomically remove key from dict if it points to a dead weakref."},
    {nullptr, nullptr},
};

bool weakref_module_init(ThreadState* ts, ModuleObject* m) {
  if (!weakref_types_init(ts)) return false;
  TypeObject** t = ts->interp->gc->weakref_types;
  return module_add(ts, m, "ref", Value::from_obj(t[0])) && module_add(ts, m, "ReferenceType", Value::from_obj(t[0])) &&
         module_add(ts, m, "ProxyType", Value::from_obj(t[1])) &&
         module_add(ts, m, "CallableProxyType", Value::from_obj(t[2]));
}

}  // namespace

const ModuleDef weakref_module_def = {
    .name = "_weakref",
    .doc = "Weak-reference support module.",
    .methods = kWeakrefMethods,
    .init = weakref_module_init,
};

}  // namespace minipy
