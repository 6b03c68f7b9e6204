// runtime/superobject.cpp — the `super` type: super(type, obj), super(type, type2)
// and zero-argument super() (the VM's super_zero_args hook finds the frame's
// first argument and __class__ cell). Attribute lookup walks obj's MRO after
// `type` and binds through descriptors.
// Must not: inspect frames itself (that is the VM's job).
#include "runtime/typeobject_internal.h"

namespace minipy {

static void super_dealloc(Object* o) {
  auto* s = static_cast<SuperObject*>(o);
  xdecref(s->type);
  decref(s->obj);
  xdecref(s->obj_type);
  free_object(o);
}
static void super_traverse(Object* o, VisitFn visit, void* arg) {
  auto* s = static_cast<SuperObject*>(o);
  if (s->type) visit(s->type, arg);
  if (s->obj.is_obj()) visit(s->obj.obj(), arg);
  if (s->obj_type) visit(s->obj_type, arg);
}

// The type whose MRO super() searches, or null with TypeError.
static TypeObject* supercheck(ThreadState* ts, TypeObject* type, Value obj) {
  if (type_has(type_of(ts, obj), kTypeTypeSubclass) && is_subtype(obj.as<TypeObject>(), type))
    return obj.as<TypeObject>();
  TypeObject* ot = type_of(ts, obj);
  if (is_subtype(ot, type)) return ot;
  Ref cls(getattr_opt(ts, obj, ts->interp->names.__class__));
  if (cls && type_has(type_of(ts, cls.get()), kTypeTypeSubclass) && cls.as<TypeObject>() != ot &&
      is_subtype(cls.as<TypeObject>(), type))
    return cls.as<TypeObject>();
  if (err_occurred(ts)) err_clear(ts);
  raise(ts, Exc::TypeError, "super(type, obj): obj must be an instance or subtype of type");
  return nullptr;
}

static Value super_new(ThreadState* ts, TypeObject* type, const Value* args, size_t nargs, TupleObject* kwnames) {
  Object* o = alloc_object(ts, type);
  if (!o) return Value();
  return Value::from_obj(o);
}

static bool super_init(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!no_kwargs(ts, "super", kwnames)) return false;
  if (nargs > 2) {
    raisef(ts, Exc::TypeError, "super() takes at most 2 arguments (%zu given)", nargs);
    return false;
  }
  TypeObject* type = nullptr;
  Value obj;
  if (nargs == 0) {
    if (!super_zero_args(ts, &type, &obj)) return false;
  } else {
    if (!type_has(type_of(ts, args[0]), kTypeTypeSubclass)) {
      raisef(ts, Exc::TypeError, "super() argument 1 must be a type, not %s", type_name(ts, args[0]));
      return false;
    }
    type = args[0].as<TypeObject>();
    if (nargs == 2 && !args[1].is_none()) obj = args[1];
  }
  TypeObject* obj_type = nullptr;
  if (obj) {
    obj_type = supercheck(ts, type, obj);
    if (!obj_type) return false;
  }
  auto* s = self.as<SuperObject>();
  TypeObject* ot = s->type;
  Value oo = s->obj;
  TypeObject* oot = s->obj_type;
  s->type = type;
  incref(type);
  s->obj = obj ? newref(obj) : Value();
  s->obj_type = obj_type;
  if (obj_type) incref(obj_type);
  xdecref(ot);
  decref(oo);
  xdecref(oot);
  return true;
}

// Search obj_type's MRO after `start`; returns a borrowed value or null.
static Value super_find(TypeObject* start, TypeObject* obj_type, StrObject* name) {
  TupleObject* mro = obj_type->mro;
  if (!mro) return Value();
  int64_t n = mro->size, i = 0;
  for (; i + 1 < n; i++)
    if (mro->items[i].obj() == start) break;
  for (i++; i < n; i++) {
    TypeObject* t = mro->items[i].as<TypeObject>();
    if (!t->dict) continue;
    Value v = dict_get_str(t->dict, name);
    if (v) return v;
  }
  return Value();
}

static Value bind_found(ThreadState* ts, Value res, Value obj, TypeObject* obj_type) {
  Ref hold = Ref::borrow(res);
  DescrGetFn f = type_of(ts, res)->slots.descr_get;
  if (!f) return hold.release();
  Value inst = obj == Value::from_obj(obj_type) ? Value() : obj;
  return f(ts, res, inst, Value::from_obj(obj_type));
}

Value super_lookup(ThreadState* ts, TypeObject* start, Value obj, TypeObject* obj_type, StrObject* name) {
  Value res = super_find(start, obj_type, name);
  if (!res) return raisef(ts, Exc::AttributeError, "'super' object has no attribute '%s'", name->data);
  return bind_found(ts, res, obj, obj_type);
}

static Value super_getattro(ThreadState* ts, Value self, StrObject* name) {
  auto* s = self.as<SuperObject>();
  if (s->obj_type && name != ts->interp->names.__class__) {
    Value res = super_find(s->type, s->obj_type, name);
    if (res) return bind_found(ts, res, s->obj, s->obj_type);
  }
  return generic_getattr(ts, self, name);
}

static Value super_descr_get(ThreadState* ts, Value self, Value obj, Value type) {
  auto* s = self.as<SuperObject>();
  if (!obj || obj.is_none() || s->obj) return newref(self);
  Value args[2] = {Value::from_obj(s->type), obj};
  return call(ts, Value::from_obj(type_of(ts, self)), args, 2);
}

static Value super_repr(ThreadState* ts, Value self) {
  auto* s = self.as<SuperObject>();
  const char* tn = s->type ? type_cname(s->type) : "NULL";
  if (s->obj_type)
    return str_new(ts, strf("<super: <class '%s'>, <%s object>>", tn, type_cname(s->obj_type)));
  return str_new(ts, strf("<super: <class '%s'>, NULL>", tn));
}

static Value super_get_thisclass(ThreadState* ts, Value self) {
  TypeObject* t = self.as<SuperObject>()->type;
  return t ? newref(Value::from_obj(t)) : Value::none();
}
static Value super_get_self(ThreadState* ts, Value self) {
  Value o = self.as<SuperObject>()->obj;
  return o ? newref(o) : Value::none();
}
static Value super_get_self_class(ThreadState* ts, Value self) {
  TypeObject* t = self.as<SuperObject>()->obj_type;
  return t ? newref(Value::from_obj(t)) : Value::none();
}
static const GetSetDef kSuperGetSets[] = {
    {"__thisclass__", super_get_thisclass, nullptr, "the class invoking super()"},
    {"__self__", super_get_self, nullptr, "the instance invoking super(); may be None"},
    {"__self_class__", super_get_self_class, nullptr, "the type of the instance invoking super(); may be None"},
    {nullptr, nullptr},
};

const TypeSpec super_type_spec = {
    .name = "super",
    .basicsize = sizeof(SuperObject),
    .flags = kTypeBaseType | kTypeHasGC,
    .slots = {.dealloc = super_dealloc, .traverse = super_traverse, .repr = super_repr, .getattr = super_getattro,
              .descr_get = super_descr_get, .new_ = super_new, .init = super_init},
    .getsets = kSuperGetSets,
    .doc = "super() -> same as super(__class__, <first argument>)\nsuper(type) -> unbound super object\n"
           "super(type, obj) -> bound super object; requires isinstance(obj, type)\n"
           "super(type, type2) -> bound super object; requires issubclass(type2, type)",
};

}  // namespace minipy
