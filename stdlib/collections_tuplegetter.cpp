// stdlib/collections_tuplegetter.cpp — `_collections._tuplegetter`, the
// read-only data descriptor namedtuple classes use for their fields (CPython
// 3.11's, so `p.x = 1` says "can't set attribute" and field access costs one
// native call). Registered into `_collections` by collections_deque.cpp.
// Must not: accept anything but tuples as instances (CPython's message).
#include "stdlib/modules.h"

namespace minipy {

namespace {

struct TupleGetterObject : Object {
  int64_t index;
  Value doc;  // owned (any object; usually the "Alias for field number N" str)
};

inline TupleGetterObject* as_tg(Value v) { return v.as<TupleGetterObject>(); }

void tg_dealloc(Object* o) {
  auto* g = static_cast<TupleGetterObject*>(o);
  Value d = g->doc;
  g->doc = Value();
  if (d) decref(d);
  free_object(o);
}

Value tg_new(ThreadState* ts, TypeObject* type, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!no_kwargs(ts, "_tuplegetter", kwnames) || !check_nargs(ts, "_tuplegetter", nargs, 2, 2)) return Value();
  int64_t index;
  if (!index_i64(ts, args[0], &index)) return Value();
  Object* o = alloc_object(ts, type);
  if (!o) return Value();
  auto* g = static_cast<TupleGetterObject*>(o);
  g->index = index;
  g->doc = newref(args[1]);
  return Value::from_obj(o);
}

Value tg_descr_get(ThreadState* ts, Value self, Value obj, Value) {
  if (!obj || obj.is_none()) return newref(self);
  int64_t i = as_tg(self)->index;
  if (!is_tuple(ts, obj))
    return raisef(ts, Exc::TypeError, "descriptor for index '%lld' for tuple subclasses doesn't apply to '%s' object",
                  (long long)i, type_name(ts, obj));
  if (i < 0 || i >= tuple_size(obj)) return raise(ts, Exc::IndexError, "tuple index out of range");
  return newref(tuple_item(obj, i));
}

bool tg_descr_set(ThreadState* ts, Value, Value, Value v) {
  raise(ts, Exc::AttributeError, v ? "can't set attribute" : "can't delete attribute");
  return false;
}

Value tg_get_doc(ThreadState*, Value self) {
  Value d = as_tg(self)->doc;
  return d ? newref(d) : Value::none();
}

bool tg_set_doc(ThreadState*, Value self, Value v) {
  auto* g = as_tg(self);
  Value old = g->doc;
  g->doc = v ? newref(v) : Value();
  if (old) decref(old);
  return true;
}

Value tg_reduce(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "__reduce__", kw) || !check_nargs(ts, "__reduce__", nargs, 0, 0)) return Value();
  auto* g = as_tg(self);
  Ref idx(int_from_i64(ts, g->index));
  if (!idx) return Value();
  Ref inner(tuple_pack(ts, {idx.get(), g->doc ? g->doc : Value::none()}));
  if (!inner) return Value();
  return tuple_pack(ts, {Value::from_obj(type_of(ts, self)), inner.get()});
}

const MethodDef kTupleGetterMethods[] = {
    {"__reduce__", tg_reduce},
    {nullptr, nullptr},
};

const GetSetDef kTupleGetterGetSets[] = {
    {"__doc__", tg_get_doc, tg_set_doc},
    {nullptr, nullptr},
};

}  // namespace

const TypeSpec tuplegetter_type_spec = {
    .name = "_collections._tuplegetter",
    .basicsize = sizeof(TupleGetterObject),
    .flags = 0,
    .slots = {
        .dealloc = tg_dealloc,
        .descr_get = tg_descr_get,
        .descr_set = tg_descr_set,
        .new_ = tg_new,
    },
    .methods = kTupleGetterMethods,
    .getsets = kTupleGetterGetSets,
};

// Called by the `_collections` module's init (collections_deque.cpp).
bool collections_add_tuplegetter(ThreadState* ts, ModuleObject* m) {
  TypeObject* t = type_from_spec(ts, &tuplegetter_type_spec, ts->interp->types.object_);
  if (!t) return false;
  return module_add(ts, m, "_tuplegetter", Value::from_obj(t));
}

}  // namespace minipy
