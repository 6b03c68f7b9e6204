// runtime/descrobject.cpp — descriptors and callables of the data model:
// method/classmethod/getset/member descriptors, slot wrappers and their bound
// form (method-wrapper), builtin functions/methods, bound methods (`method`),
// property, staticmethod and classmethod.
// Must not: know about type creation (typeobject.cpp) beyond the internal glue.
#include <cstddef>
#include <cstring>
#include <type_traits>

#include "runtime/typeobject_internal.h"
#include "runtime/gc.h"

namespace minipy {

#pragma GCC diagnostic ignored "-Winvalid-offsetof"

static Interpreter* I(ThreadState* ts) { return ts->interp; }

static std::string addr(const void* p) {
  char buf[32];
  snprintf(buf, sizeof buf, "%p", p);
  return buf;
}

static Value type_qualname_str(TypeObject* t) { return Value::from_obj(t->qualname ? t->qualname : t->name); }

static bool check_descr_self(ThreadState* ts, const char* name, TypeObject* owner, Value obj) {
  if (is_subtype(type_of(ts, obj), owner)) return true;
  raisef(ts, Exc::TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name,
         type_cname(owner), type_name(ts, obj));
  return false;
}

// ================================================================ method descriptors
Value method_descr_new(ThreadState* ts, TypeObject* owner, const MethodDef* def) {
  TypeObject* t = (def->flags & kMethClass) ? I(ts)->types.classmethod_descr : I(ts)->types.method_descr;
  auto* d = static_cast<MethodDescrObject*>(alloc_object(ts, t));
  if (!d) return Value();
  d->def = def;
  d->owner = owner;
  return Value::from_obj(d);
}

static void plain_dealloc(Object* o) { free_object(o); }

static Value method_descr_repr(ThreadState* ts, Value self) {
  auto* d = self.as<MethodDescrObject>();
  return str_new(ts, strf("<method '%s' of '%s' objects>", d->def->name, type_cname(d->owner)));
}

static Value method_descr_get(ThreadState* ts, Value self, Value obj, Value type) {
  auto* d = self.as<MethodDescrObject>();
  if (!obj) return newref(self);
  if (!check_descr_self(ts, d->def->name, d->owner, obj)) return Value();
  return builtin_function_new(ts, d->def, obj);
}

static Value method_descr_call(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  auto* d = self.as<MethodDescrObject>();
  if (nargs < 1)
    return raisef(ts, Exc::TypeError, "unbound method %s.%s() needs an argument", type_cname(d->owner), d->def->name);
  if (!check_descr_self(ts, d->def->name, d->owner, args[0])) return Value();
  return d->def->fn(ts, args[0], args + 1, nargs - 1, kwnames);
}

static Value classmethod_descr_get(ThreadState* ts, Value self, Value obj, Value type) {
  auto* d = self.as<MethodDescrObject>();
  if (!type) type = Value::from_obj(type_of(ts, obj));
  if (!type_has(type_of(ts, type), kTypeTypeSubclass))
    return raisef(ts, Exc::TypeError, "descriptor '%s' for type '%s' needs a type, not a '%s' as arg 2",
                  d->def->name, type_cname(d->owner), type_name(ts, type));
  if (!is_subtype(type.as<TypeObject>(), d->owner))
    return raisef(ts, Exc::TypeError, "descriptor '%s' requires a subtype of '%s' but received '%s'", d->def->name,
                  type_cname(d->owner), type_cname(type.as<TypeObject>()));
  return builtin_function_new(ts, d->def, type);
}

static Value classmethod_descr_call(ThreadState* ts, Value self, const Value* args, size_t nargs,
                                    TupleObject* kwnames) {
  auto* d = self.as<MethodDescrObject>();
  if (nargs < 1)
    return raisef(ts, Exc::TypeError, "descriptor '%s' of '%s' object needs an argument", d->def->name,
                  type_cname(d->owner));
  Ref bound(classmethod_descr_get(ts, self, Value(), args[0]));
  if (!bound) return Value();
  return d->def->fn(ts, args[0], args + 1, nargs - 1, kwnames);
}

static Value md_get_name(ThreadState* ts, Value self) { return str_from_cstr(ts, self.as<MethodDescrObject>()->def->name); }
static Value md_get_qualname(ThreadState* ts, Value self) {
  auto* d = self.as<MethodDescrObject>();
  return str_new(ts, strf("%s.%s", str_view(type_qualname_str(d->owner)).data(), d->def->name));
}
static Value md_get_objclass(ThreadState* ts, Value self) {
  return newref(Value::from_obj(self.as<MethodDescrObject>()->owner));
}
static Value md_get_doc(ThreadState* ts, Value self) {
  const char* doc = self.as<MethodDescrObject>()->def->doc;
  return doc ? str_from_cstr(ts, doc) : Value::none();
}
static const GetSetDef kMethodDescrGetSets[] = {
    {"__name__", md_get_name},
    {"__qualname__", md_get_qualname},
    {"__objclass__", md_get_objclass},
    {"__doc__", md_get_doc},
    {nullptr, nullptr},
};

const TypeSpec method_descr_type_spec = {
    .name = "method_descriptor",
    .basicsize = sizeof(MethodDescrObject),
    .flags = 0,
    .slots = {.dealloc = plain_dealloc, .repr = method_descr_repr, .call = method_descr_call,
              .descr_get = method_descr_get},
    .getsets = kMethodDescrGetSets,
};
const TypeSpec classmethod_descr_type_spec = {
    .name = "classmethod_descriptor",
    .basicsize = sizeof(MethodDescrObject),
    .flags = 0,
    .slots = {.dealloc = plain_dealloc, .repr = method_descr_repr, .call = classmethod_descr_call,
              .descr_get = classmethod_descr_get},
    .getsets = kMethodDescrGetSets,
};

// ================================================================ getset descriptors
Value getset_descr_new(ThreadState* ts, TypeObject* owner, const GetSetDef* def) {
  auto* d = static_cast<GetSetDescrObject*>(alloc_object(ts, I(ts)->types.getset_descr));
  if (!d) return Value();
  d->def = def;
  d->owner = owner;
  return Value::from_obj(d);
}
static Value getset_repr(ThreadState* ts, Value self) {
  auto* d = self.as<GetSetDescrObject>();
  return str_new(ts, strf("<attribute '%s' of '%s' objects>", d->def->name, type_cname(d->owner)));
}
static Value getset_get(ThreadState* ts, Value self, Value obj, Value type) {
  auto* d = self.as<GetSetDescrObject>();
  if (!obj) return newref(self);
  if (!check_descr_self(ts, d->def->name, d->owner, obj)) return Value();
  if (!d->def->get)
    return raisef(ts, Exc::AttributeError, "attribute '%s' of '%s' objects is not readable", d->def->name,
                  type_cname(d->owner));
  return d->def->get(ts, obj);
}
static bool getset_set(ThreadState* ts, Value self, Value obj, Value v) {
  auto* d = self.as<GetSetDescrObject>();
  if (!check_descr_self(ts, d->def->name, d->owner, obj)) return false;
  if (!d->def->set) {
    raisef(ts, Exc::AttributeError, "attribute '%s' of '%s' objects is not writable", d->def->name,
           type_cname(d->owner));
    return false;
  }
  return d->def->set(ts, obj, v);
}
static Value gs_get_name(ThreadState* ts, Value self) { return str_from_cstr(ts, self.as<GetSetDescrObject>()->def->name); }
static Value gs_get_qualname(ThreadState* ts, Value self) {
  auto* d = self.as<GetSetDescrObject>();
  return str_new(ts, strf("%s.%s", str_view(type_qualname_str(d->owner)).data(), d->def->name));
}
static Value gs_get_objclass(ThreadState* ts, Value self) {
  return newref(Value::from_obj(self.as<GetSetDescrObject>()->owner));
}
static Value gs_get_doc(ThreadState* ts, Value self) {
  const char* doc = self.as<GetSetDescrObject>()->def->doc;
  return doc ? str_from_cstr(ts, doc) : Value::none();
}
static const GetSetDef kGetSetDescrGetSets[] = {
    {"__name__", gs_get_name},
    {"__qualname__", gs_get_qualname},
    {"__objclass__", gs_get_objclass},
    {"__doc__", gs_get_doc},
    {nullptr, nullptr},
};
const TypeSpec getset_descr_type_spec = {
    .name = "getset_descriptor",
    .basicsize = sizeof(GetSetDescrObject),
    .flags = 0,
    .slots = {.dealloc = plain_dealloc, .repr = getset_repr, .descr_get = getset_get, .descr_set = getset_set},
    .getsets = kGetSetDescrGetSets,
};

// ================================================================ member descriptors (__slots__)
Value member_descr_new(ThreadState* ts, TypeObject* owner, StrObject* name, int64_t offset) {
  auto* d = static_cast<MemberDescrObject*>(alloc_object(ts, I(ts)->types.member_descr));
  if (!d) return Value();
  d->name = name;
  incref(name);
  d->owner = owner;
  d->offset = offset;
  return Value::from_obj(d);
}
static void member_dealloc(Object* o) {
  xdecref(static_cast<MemberDescrObject*>(o)->name);
  free_object(o);
}
static Value member_repr(ThreadState* ts, Value self) {
  auto* d = self.as<MemberDescrObject>();
  return str_new(ts, strf("<member '%s' of '%s' objects>", d->name->data, type_cname(d->owner)));
}
static Value member_get(ThreadState* ts, Value self, Value obj, Value type) {
  auto* d = self.as<MemberDescrObject>();
  if (!obj) return newref(self);
  if (!check_descr_self(ts, d->name->data, d->owner, obj)) return Value();
  Value v = *reinterpret_cast<Value*>(reinterpret_cast<char*>(obj.obj()) + d->offset);
  if (!v) return raisef(ts, Exc::AttributeError, "'%s' object has no attribute '%s'", type_name(ts, obj), d->name->data);
  return newref(v);
}
static bool member_set(ThreadState* ts, Value self, Value obj, Value v) {
  auto* d = self.as<MemberDescrObject>();
  if (!check_descr_self(ts, d->name->data, d->owner, obj)) return false;
  Value* slot = reinterpret_cast<Value*>(reinterpret_cast<char*>(obj.obj()) + d->offset);
  if (!v && !*slot) {
    raise(ts, Exc::AttributeError, d->name->view());
    return false;
  }
  Value old = *slot;
  *slot = v ? newref(v) : Value();
  decref(old);
  return true;
}
static Value mb_get_name(ThreadState* ts, Value self) { return newref(Value::from_obj(self.as<MemberDescrObject>()->name)); }
static Value mb_get_objclass(ThreadState* ts, Value self) {
  return newref(Value::from_obj(self.as<MemberDescrObject>()->owner));
}
static Value mb_get_qualname(ThreadState* ts, Value self) {
  auto* d = self.as<MemberDescrObject>();
  return str_new(ts, strf("%s.%s", str_view(type_qualname_str(d->owner)).data(), d->name->data));
}
static const GetSetDef kMemberGetSets[] = {
    {"__name__", mb_get_name},
    {"__qualname__", mb_get_qualname},
    {"__objclass__", mb_get_objclass},
    {nullptr, nullptr},
};
const TypeSpec member_descr_type_spec = {
    .name = "member_descriptor",
    .basicsize = sizeof(MemberDescrObject),
    .flags = 0,
    .slots = {.dealloc = member_dealloc, .repr = member_repr, .descr_get = member_get, .descr_set = member_set},
    .getsets = kMemberGetSets,
};

// ================================================================ slot wrappers / method-wrappers
Value slot_wrapper_new(ThreadState* ts, TypeObject* owner, StrObject* name, int kind) {
  auto* w = static_cast<SlotWrapperObject*>(alloc_object(ts, I(ts)->types.slot_wrapper));
  if (!w) return Value();
  w->name = name;
  incref(name);
  w->owner = owner;
  w->kind = kind;
  return Value::from_obj(w);
}
static void slot_wrapper_dealloc(Object* o) {
  xdecref(static_cast<SlotWrapperObject*>(o)->name);
  free_object(o);
}
static Value slot_wrapper_repr(ThreadState* ts, Value self) {
  auto* w = self.as<SlotWrapperObject>();
  return str_new(ts, strf("<slot wrapper '%s' of '%s' objects>", w->name->data, type_cname(w->owner)));
}
static Value slot_wrapper_get(ThreadState* ts, Value self, Value obj, Value type) {
  auto* w = self.as<SlotWrapperObject>();
  if (!obj) return newref(self);
  if (!check_descr_self(ts, w->name->data, w->owner, obj)) return Value();
  return method_wrapper_new(ts, self, obj);
}
static Value slot_wrapper_call(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  auto* w = self.as<SlotWrapperObject>();
  if (nargs < 1)
    return raisef(ts, Exc::TypeError, "descriptor '%s' of '%s' object needs an argument", w->name->data,
                  type_cname(w->owner));
  if (!is_subtype(type_of(ts, args[0]), w->owner))
    return raisef(ts, Exc::TypeError, "descriptor '%s' requires a '%s' object but received a '%s'", w->name->data,
                  type_cname(w->owner), type_name(ts, args[0]));
  return slot_wrapper_call_impl(ts, w, args[0], args + 1, nargs - 1, kwnames);
}
static Value sw_get_name(ThreadState* ts, Value self) { return newref(Value::from_obj(self.as<SlotWrapperObject>()->name)); }
static Value sw_get_qualname(ThreadState* ts, Value self) {
  auto* w = self.as<SlotWrapperObject>();
  return str_new(ts, strf("%s.%s", str_view(type_qualname_str(w->owner)).data(), w->name->data));
}
static Value sw_get_objclass(ThreadState* ts, Value self) {
  return newref(Value::from_obj(self.as<SlotWrapperObject>()->owner));
}
static const GetSetDef kSlotWrapperGetSets[] = {
    {"__name__", sw_get_name},
    {"__qualname__", sw_get_qualname},
    {"__objclass__", sw_get_objclass},
    {nullptr, nullptr},
};
const TypeSpec slot_wrapper_type_spec = {
    .name = "wrapper_descriptor",
    .basicsize = sizeof(SlotWrapperObject),
    .flags = 0,
    .slots = {.dealloc = slot_wrapper_dealloc, .repr = slot_wrapper_repr, .call = slot_wrapper_call,
              .descr_get = slot_wrapper_get},
    .getsets = kSlotWrapperGetSets,
};

struct MethodWrapperObject : Object {
  Value wrapper;  // SlotWrapperObject
  Value self;
};
Value method_wrapper_new(ThreadState* ts, Value wrapper, Value self) {
  auto* m = static_cast<MethodWrapperObject*>(alloc_object(ts, I(ts)->types.method_wrapper));
  if (!m) return Value();
  m->wrapper = newref(wrapper);
  m->self = newref(self);
  return Value::from_obj(m);
}
static void method_wrapper_dealloc(Object* o) {
  auto* m = static_cast<MethodWrapperObject*>(o);
  decref(m->wrapper);
  decref(m->self);
  free_object(o);
}
static void method_wrapper_traverse(Object* o, VisitFn visit, void* arg) {
  auto* m = static_cast<MethodWrapperObject*>(o);
  if (m->self.is_obj()) visit(m->self.obj(), arg);
}
static Value method_wrapper_repr(ThreadState* ts, Value self) {
  auto* m = self.as<MethodWrapperObject>();
  auto* w = m->wrapper.as<SlotWrapperObject>();
  return str_new(ts, strf("<method-wrapper '%s' of %s object at %s>", w->name->data, type_name(ts, m->self),
                          addr(m->self.is_obj() ? static_cast<void*>(m->self.obj())
                                                : reinterpret_cast<void*>(m->self.bits()))
                              .c_str()));
}
static Value method_wrapper_call(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  auto* m = self.as<MethodWrapperObject>();
  return slot_wrapper_call_impl(ts, m->wrapper.as<SlotWrapperObject>(), m->self, args, nargs, kwnames);
}
static Value mw_get_self(ThreadState* ts, Value self) { return newref(self.as<MethodWrapperObject>()->self); }
static Value mw_get_name(ThreadState* ts, Value self) {
  return newref(Value::from_obj(self.as<MethodWrapperObject>()->wrapper.as<SlotWrapperObject>()->name));
}
static Value mw_get_qualname(ThreadState* ts, Value self) {
  return sw_get_qualname(ts, self.as<MethodWrapperObject>()->wrapper);
}
static Value method_wrapper_richcompare(ThreadState* ts, Value a, Value b, CmpOp op) {
  if ((op != CmpOp::Eq && op != CmpOp::Ne) || type_of(ts, b) != type_of(ts, a)) return Value::not_implemented();
  auto* x = a.as<MethodWrapperObject>();
  auto* y = b.as<MethodWrapperObject>();
  bool eq = x->wrapper == y->wrapper && x->self == y->self;
  return Value::boolean(op == CmpOp::Eq ? eq : !eq);
}
static bool method_wrapper_hash(ThreadState* ts, Value self, int64_t* out) {
  auto* m = self.as<MethodWrapperObject>();
  *out = int64_t((m->self.bits() >> 4) ^ (m->wrapper.bits() >> 4));
  if (*out == -1) *out = -2;
  return true;
}
static const GetSetDef kMethodWrapperGetSets[] = {
    {"__self__", mw_get_self},
    {"__name__", mw_get_name},
    {"__qualname__", mw_get_qualname},
    {nullptr, nullptr},
};
const TypeSpec method_wrapper_type_spec = {
    .name = "method-wrapper",
    .basicsize = sizeof(MethodWrapperObject),
    .flags = kTypeHasGC,
    .slots = {.dealloc = method_wrapper_dealloc, .traverse = method_wrapper_traverse, .repr = method_wrapper_repr,
              .hash = method_wrapper_hash, .richcompare = method_wrapper_richcompare,
              .call = method_wrapper_call},
    .getsets = kMethodWrapperGetSets,
};

// ================================================================ builtin functions / methods
Value builtin_function_new(ThreadState* ts, const MethodDef* def, Value self, Value module_name) {
  auto* f = static_cast<BuiltinFunctionObject*>(alloc_object(ts, I(ts)->types.builtin_function));
  if (!f) return Value();
  f->def = def;
  f->self = self ? newref(self) : Value();
  f->module_name = module_name ? newref(module_name) : Value();
  return Value::from_obj(f);
}
static void builtin_dealloc(Object* o) {
  auto* f = static_cast<BuiltinFunctionObject*>(o);
  decref(f->self);
  decref(f->module_name);
  free_object(o);
}
static void builtin_traverse(Object* o, VisitFn visit, void* arg) {
  auto* f = static_cast<BuiltinFunctionObject*>(o);
  if (f->self.is_obj()) visit(f->self.obj(), arg);
}
static bool builtin_is_function(ThreadState* ts, BuiltinFunctionObject* f) {
  return !f->self || type_of(ts, f->self) == I(ts)->types.module;
}
static Value builtin_repr(ThreadState* ts, Value self) {
  auto* f = self.as<BuiltinFunctionObject>();
  if (builtin_is_function(ts, f)) return str_new(ts, strf("<built-in function %s>", f->def->name));
  void* p = f->self.is_obj() ? static_cast<void*>(f->self.obj()) : reinterpret_cast<void*>(f->self.bits());
  return str_new(ts, strf("<built-in method %s of %s object at %s>", f->def->name, type_name(ts, f->self),
                          addr(p).c_str()));
}
static Value builtin_call(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  auto* f = self.as<BuiltinFunctionObject>();
  return f->def->fn(ts, (f->def->flags & kMethStatic) ? Value() : f->self, args, nargs, kwnames);
}
static Value bf_get_name(ThreadState* ts, Value self) { return str_from_cstr(ts, self.as<BuiltinFunctionObject>()->def->name); }
static Value bf_get_qualname(ThreadState* ts, Value self) {
  auto* f = self.as<BuiltinFunctionObject>();
  if (builtin_is_function(ts, f)) return str_from_cstr(ts, f->def->name);
  TypeObject* t = type_has(type_of(ts, f->self), kTypeTypeSubclass) ? f->self.as<TypeObject>() : type_of(ts, f->self);
  return str_new(ts, strf("%s.%s", str_view(type_qualname_str(t)).data(), f->def->name));
}
static Value bf_get_self(ThreadState* ts, Value self) {
  auto* f = self.as<BuiltinFunctionObject>();
  return f->self ? newref(f->self) : Value::none();
}
static Value bf_get_module(ThreadState* ts, Value self) {
  auto* f = self.as<BuiltinFunctionObject>();
  if (f->module_name) return newref(f->module_name);
  if (f->self && type_of(ts, f->self) == I(ts)->types.module) {
    Value n = f->self.as<ModuleObject>()->name;
    if (n) return newref(n);
  }
  return Value::none();
}
static Value bf_get_doc(ThreadState* ts, Value self) {
  const char* doc = self.as<BuiltinFunctionObject>()->def->doc;
  return doc ? str_from_cstr(ts, doc) : Value::none();
}
static Value bf_get_textsig(ThreadState* ts, Value self) { return Value::none(); }
static Value builtin_richcompare(ThreadState* ts, Value a, Value b, CmpOp op) {
  if ((op != CmpOp::Eq && op != CmpOp::Ne) || type_of(ts, b) != type_of(ts, a)) return Value::not_implemented();
  auto* x = a.as<BuiltinFunctionObject>();
  auto* y = b.as<BuiltinFunctionObject>();
  bool eq = x->def == y->def && x->self == y->self;
  return Value::boolean(op == CmpOp::Eq ? eq : !eq);
}
static bool builtin_hash(ThreadState* ts, Value self, int64_t* out) {
  auto* f = self.as<BuiltinFunctionObject>();
  *out = int64_t((reinterpret_cast<uintptr_t>(f->def) >> 4) ^ (f->self.bits() >> 4));
  if (*out == -1) *out = -2;
  return true;
}
// CPython's meth_reduce: a function's name (pickled as a global), or
// (getattr, (self, name)) for a method bound to an object.
static Value bf_reduce(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "__reduce__", kw) || !check_nargs(ts, "__reduce__", nargs, 0, 0)) return Value();
  auto* f = self.as<BuiltinFunctionObject>();
  Ref name(str_from_cstr(ts, f->def->name));
  if (!name || builtin_is_function(ts, f)) return name.release();
  Value ga = I(ts)->builtins_dict ? dict_get_str(I(ts)->builtins_dict, intern(ts, "getattr")) : Value();
  if (!ga) return raise(ts, Exc::RuntimeError, "lost builtins.getattr");
  Ref inner(tuple_pack(ts, {f->self, name.get()}));
  if (!inner) return Value();
  return tuple_pack(ts, {ga, inner.get()});
}
static const MethodDef kBuiltinMethods[] = {
    {"__reduce__", bf_reduce},
    {nullptr, nullptr},
};
static const GetSetDef kBuiltinGetSets[] = {
    {"__name__", bf_get_name},
    {"__qualname__", bf_get_qualname},
    {"__self__", bf_get_self},
    {"__module__", bf_get_module},
    {"__doc__", bf_get_doc},
    {"__text_signature__", bf_get_textsig},
    {nullptr, nullptr},
};
const TypeSpec builtin_function_type_spec = {
    .name = "builtin_function_or_method",
    .basicsize = sizeof(BuiltinFunctionObject),
    .flags = kTypeHasGC,
    .slots = {.dealloc = builtin_dealloc, .traverse = builtin_traverse, .repr = builtin_repr, .hash = builtin_hash,
              .richcompare = builtin_richcompare, .call = builtin_call},
    .methods = kBuiltinMethods,
    .getsets = kBuiltinGetSets,
};

// ================================================================ bound methods
Value method_new(ThreadState* ts, Value func, Value self) {
  auto* m = static_cast<MethodObject*>(alloc_object(ts, I(ts)->types.method));
  if (!m) return Value();
  m->func = newref(func);
  m->self = newref(self);
  return Value::from_obj(m);
}
static void method_dealloc(Object* o) {
  DeallocGuard guard(o, method_dealloc, DeallocGuard::kWhenStackLow);  // deep chains: runtime/gc.h
  if (guard.deferred()) return;
  auto* m = static_cast<MethodObject*>(o);
  decref(m->func);
  decref(m->self);
  free_object(o);
}
static void method_traverse(Object* o, VisitFn visit, void* arg) {
  auto* m = static_cast<MethodObject*>(o);
  if (m->func.is_obj()) visit(m->func.obj(), arg);
  if (m->self.is_obj()) visit(m->self.obj(), arg);
}
static void method_clear(Object* o) {
  auto* m = static_cast<MethodObject*>(o);
  Value f = m->func, s = m->self;
  m->func = Value::none();
  m->self = Value::none();
  decref(f);
  decref(s);
}
static Value method_call(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  auto* m = self.as<MethodObject>();
  return call_prepend(ts, m->func, m->self, args, nargs, kwnames);
}
static Value method_repr(ThreadState* ts, Value self) {
  auto* m = self.as<MethodObject>();
  Ref name(getattr_opt(ts, m->func, I(ts)->names.__qualname__));
  if (!name) {
    if (err_occurred(ts)) return Value();
    name = Ref(getattr_opt(ts, m->func, I(ts)->names.__name__));
    if (!name && err_occurred(ts)) return Value();
  }
  std::string n = name && is_str(ts, name.get()) ? std::string(str_view(name.get())) : "?";
  Ref r(repr(ts, m->self));
  if (!r) return Value();
  return str_new(ts, "<bound method " + n + " of " + std::string(str_view(r.get())) + ">");
}
static Value method_getattro(ThreadState* ts, Value obj, StrObject* name) {
  TypeObject* t = type_of(ts, obj);
  Value descr = type_lookup(t, name);
  if (descr) {
    TypeObject* dt = type_of(ts, descr);
    if (dt->slots.descr_get) {
      Ref hold = Ref::borrow(descr);
      return dt->slots.descr_get(ts, descr, obj, Value::from_obj(t));
    }
    return newref(descr);
  }
  return getattr(ts, obj.as<MethodObject>()->func, name);
}
static Value method_richcompare(ThreadState* ts, Value a, Value b, CmpOp op) {
  if ((op != CmpOp::Eq && op != CmpOp::Ne) || type_of(ts, b) != type_of(ts, a)) return Value::not_implemented();
  auto* x = a.as<MethodObject>();
  auto* y = b.as<MethodObject>();
  int eq = x->self == y->self ? equal(ts, x->func, y->func) : 0;
  if (eq < 0) return Value();
  return Value::boolean(op == CmpOp::Eq ? eq : !eq);
}
static bool method_hash(ThreadState* ts, Value self, int64_t* out) {
  auto* m = self.as<MethodObject>();
  int64_t hf;
  if (!hash(ts, m->func, &hf)) return false;
  uintptr_t p = m->self.bits();
  int64_t hs = int64_t((p >> 4) | (p << 60));
  *out = hs ^ hf;
  if (*out == -1) *out = -2;
  return true;
}
static Value method_descr_get_self(ThreadState* ts, Value self, Value obj, Value type) { return newref(self); }
static Value method_type_new(ThreadState* ts, TypeObject* type, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!no_kwargs(ts, "method", kwnames) || !check_nargs(ts, "method", nargs, 2, 2)) return Value();
  if (!is_callable(ts, args[0])) return raise(ts, Exc::TypeError, "first argument must be callable");
  if (args[1].is_none()) return raise(ts, Exc::TypeError, "instance must not be None");
  return method_new(ts, args[0], args[1]);
}
static Value m_get_func(ThreadState* ts, Value self) { return newref(self.as<MethodObject>()->func); }
static Value m_get_self(ThreadState* ts, Value self) { return newref(self.as<MethodObject>()->self); }
static Value m_get_doc(ThreadState* ts, Value self) { return getattr(ts, self.as<MethodObject>()->func, I(ts)->names.__doc__); }
// CPython's method.__reduce__: (getattr, (self, func.__name__)), so bound methods
// (e.g. a classmethod used as a pickle reconstructor) pickle and copy.
static Value m_reduce(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "__reduce__", kw) || !check_nargs(ts, "__reduce__", nargs, 0, 0)) return Value();
  auto* m = self.as<MethodObject>();
  Ref name(getattr(ts, m->func, I(ts)->names.__name__));
  if (!name) return Value();
  Value ga = I(ts)->builtins_dict ? dict_get_str(I(ts)->builtins_dict, intern(ts, "getattr")) : Value();
  if (!ga) return raise(ts, Exc::RuntimeError, "lost builtins.getattr");
  Ref inner(tuple_pack(ts, {m->self, name.get()}));
  if (!inner) return Value();
  return tuple_pack(ts, {ga, inner.get()});
}
static const MethodDef kMethodMethods[] = {
    {"__reduce__", m_reduce},
    {nullptr, nullptr},
};
static const GetSetDef kMethodGetSets[] = {
    {"__func__", m_get_func},
    {"__self__", m_get_self},
    {"__doc__", m_get_doc},
    {nullptr, nullptr},
};
const TypeSpec method_type_spec = {
    .name = "method",
    .basicsize = sizeof(MethodObject),
    .flags = kTypeHasGC,
    .slots = {.dealloc = method_dealloc, .traverse = method_traverse, .clear = method_clear, .repr = method_repr,
              .hash = method_hash, .richcompare = method_richcompare, .getattr = method_getattro,
              .call = method_call, .descr_get = method_descr_get_self, .new_ = method_type_new},
    .methods = kMethodMethods,
    .getsets = kMethodGetSets,
};

// ================================================================ property
static void property_dealloc(Object* o) {
  DeallocGuard guard(o, property_dealloc, DeallocGuard::kWhenStackLow);  // deep chains: runtime/gc.h
  if (guard.deferred()) return;
  auto* p = static_cast<PropertyObject*>(o);
  decref(p->fget); decref(p->fset); decref(p->fdel); decref(p->doc); decref(p->name);
  free_object(o);
}
static void property_traverse(Object* o, VisitFn visit, void* arg) {
  auto* p = static_cast<PropertyObject*>(o);
  for (Value v : {p->fget, p->fset, p->fdel, p->doc, p->name})
    if (v.is_obj()) visit(v.obj(), arg);
}
static void property_clear(Object* o) {
  auto* p = static_cast<PropertyObject*>(o);
  Value vs[5] = {p->fget, p->fset, p->fdel, p->doc, p->name};
  p->fget = p->fset = p->fdel = p->doc = p->name = Value();
  for (Value v : vs) decref(v);
}
static Value property_new(ThreadState* ts, TypeObject* type, const Value* args, size_t nargs, TupleObject* kwnames) {
  Object* o = alloc_object(ts, type);
  if (!o) return Value();
  auto* p = static_cast<PropertyObject*>(o);
  p->fget = p->fset = p->fdel = p->doc = Value::none();
  return Value::from_obj(o);
}
static bool property_init(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  static const char* const kNames[] = {"fget", "fset", "fdel", "doc"};
  Value a[4];
  if (!parse_args(ts, "property", args, nargs, kwnames, kNames, 4, 0, 4, 0, a)) return false;
  auto* p = self.as<PropertyObject>();
  Value vals[4];
  for (int i = 0; i < 4; i++) vals[i] = a[i] ? a[i] : Value::none();
  Value old[4] = {p->fget, p->fset, p->fdel, p->doc};
  p->fget = newref(vals[0]);
  p->fset = newref(vals[1]);
  p->fdel = newref(vals[2]);
  p->doc = newref(vals[3]);
  for (Value v : old) decref(v);
  if (p->doc.is_none() && !p->fget.is_none()) {
    Ref d(getattr_opt(ts, p->fget, I(ts)->names.__doc__));
    if (!d && err_occurred(ts)) return false;
    if (d) {
      // A subclass instance stores the doc in its __dict__ so __doc__ lookups find it.
      if (type_of(ts, self) != I(ts)->types.property && self.obj()->type->dictoffset) {
        if (!setattr(ts, self, I(ts)->names.__doc__, d.get())) return false;
      } else {
        decref(p->doc);
        p->doc = d.release();
      }
    }
  }
  return true;
}
static std::string property_name_part(ThreadState* ts, PropertyObject* p) {
  Value n = p->name;
  if ((!n || n.is_none()) && !p->fget.is_none()) {
    Ref nm(getattr_opt(ts, p->fget, I(ts)->names.__name__));
    if (!nm) err_clear(ts);
    if (nm && is_str(ts, nm.get())) return "'" + std::string(str_view(nm.get())) + "' ";
    return "";
  }
  if (n && is_str(ts, n)) return "'" + std::string(str_view(n)) + "' ";
  return "";
}
static Value property_get(ThreadState* ts, Value self, Value obj, Value type) {
  auto* p = self.as<PropertyObject>();
  if (!obj || obj.is_none()) return newref(self);
  if (p->fget.is_none())
    return raisef(ts, Exc::AttributeError, "property %sof '%s' object has no getter",
                  property_name_part(ts, p).c_str(), type_name(ts, obj));
  return call1(ts, p->fget, obj);
}
static bool property_set(ThreadState* ts, Value self, Value obj, Value v) {
  auto* p = self.as<PropertyObject>();
  Value f = v ? p->fset : p->fdel;
  if (f.is_none()) {
    raisef(ts, Exc::AttributeError, "property %sof '%s' object has no %s", property_name_part(ts, p).c_str(),
           type_name(ts, obj), v ? "setter" : "deleter");
    return false;
  }
  Ref r(v ? call2(ts, f, obj, v) : call1(ts, f, obj));
  return bool(r);
}
// getter/setter/deleter: a copy of the property with one accessor replaced.
static Value property_copy(ThreadState* ts, Value self, int which, Value f) {
  auto* p = self.as<PropertyObject>();
  Value fs[3] = {p->fget, p->fset, p->fdel};
  fs[which] = f.is_none() ? Value::none() : f;
  Value doc = p->doc;
  // When the doc came from the old getter, let the new getter supply it.
  if (which == 0) doc = Value::none();
  Value args[4] = {fs[0], fs[1], fs[2], doc ? doc : Value::none()};
  Ref np(call(ts, Value::from_obj(type_of(ts, self)), args, 4));
  if (!np) return Value();
  if (type_has(type_of(ts, np.get()), kTypeHeapType) || type_of(ts, np.get()) == I(ts)->types.property) {
    if (is_subtype(type_of(ts, np.get()), I(ts)->types.property)) {
      auto* q = np.as<PropertyObject>();
      Value old = q->name;
      q->name = p->name ? newref(p->name) : Value();
      decref(old);
    }
  }
  return np.release();
}
static Value property_getter(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!check_nargs(ts, "getter", nargs, 1, 1)) return Value();
  return property_copy(ts, self, 0, args[0]);
}
static Value property_setter(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!check_nargs(ts, "setter", nargs, 1, 1)) return Value();
  return property_copy(ts, self, 1, args[0]);
}
static Value property_deleter(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!check_nargs(ts, "deleter", nargs, 1, 1)) return Value();
  return property_copy(ts, self, 2, args[0]);
}
static Value property_set_name(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!check_nargs(ts, "__set_name__", nargs, 2, 2)) return Value();
  auto* p = self.as<PropertyObject>();
  Value old = p->name;
  p->name = newref(args[1]);
  decref(old);
  return Value::none();
}
static Value prop_fget(ThreadState* ts, Value self) { return newref(self.as<PropertyObject>()->fget); }
static Value prop_fset(ThreadState* ts, Value self) { return newref(self.as<PropertyObject>()->fset); }
static Value prop_fdel(ThreadState* ts, Value self) { return newref(self.as<PropertyObject>()->fdel); }
static Value prop_doc(ThreadState* ts, Value self) {
  Value d = self.as<PropertyObject>()->doc;
  return d ? newref(d) : Value::none();
}
static bool prop_set_doc(ThreadState* ts, Value self, Value v) {
  auto* p = self.as<PropertyObject>();
  Value old = p->doc;
  p->doc = v ? newref(v) : Value::none();
  decref(old);
  return true;
}
static Value prop_isabstract(ThreadState* ts, Value self) {
  auto* p = self.as<PropertyObject>();
  for (Value f : {p->fget, p->fset, p->fdel}) {
    if (f.is_none()) continue;
    Ref a(getattr_opt(ts, f, I(ts)->names.__isabstractmethod__));
    if (!a) {
      if (err_occurred(ts)) return Value();
      continue;
    }
    int t = truthy(ts, a.get());
    if (t < 0) return Value();
    if (t) return Value::True();
  }
  return Value::False();
}
static const MethodDef kPropertyMethods[] = {
    {"getter", property_getter, kMethNormal, "Descriptor to obtain a copy of the property with a different getter."},
    {"setter", property_setter, kMethNormal, "Descriptor to obtain a copy of the property with a different setter."},
    {"deleter", property_deleter, kMethNormal, "Descriptor to obtain a copy of the property with a different deleter."},
    {"__set_name__", property_set_name, kMethNormal, "Method to set name of a property."},
    {nullptr, nullptr},
};
static const GetSetDef kPropertyGetSets[] = {
    {"fget", prop_fget},
    {"fset", prop_fset},
    {"fdel", prop_fdel},
    {"__doc__", prop_doc, prop_set_doc},
    {"__isabstractmethod__", prop_isabstract},
    {nullptr, nullptr},
};
const TypeSpec property_type_spec = {
    .name = "property",
    .basicsize = sizeof(PropertyObject),
    .flags = kTypeBaseType | kTypeHasGC,
    .slots = {.dealloc = property_dealloc, .traverse = property_traverse, .clear = property_clear,
              .descr_get = property_get, .descr_set = property_set, .new_ = property_new, .init = property_init},
    .methods = kPropertyMethods,
    .getsets = kPropertyGetSets,
    .doc = "Property attribute.\n\n  fget\n    function to be used for getting an attribute value\n  fset\n"
           "    function to be used for setting an attribute value\n  fdel\n    function to be used for del'ing an "
           "attribute\n  doc\n    docstring\n\nTypical use is to define a managed attribute x:\n\n"
           "class C(object):\n    def getx(self): return self._x\n    def setx(self, value): self._x = value\n"
           "    def delx(self): del self._x\n    x = property(getx, setx, delx, \"I'm the 'x' property.\")\n\n"
           "Decorators make defining new properties or modifying existing ones easy:\n\nclass C(object):\n"
           "    @property\n    def x(self):\n        \"I am the 'x' property.\"\n        return self._x\n"
           "    @x.setter\n    def x(self, value):\n        self._x = value\n    @x.deleter\n    def x(self):\n"
           "        del self._x",
};

// ================================================================ staticmethod / classmethod
// Both share a layout {func, dict}; the dict holds the wrapped function's
// __name__/__qualname__/__doc__/__module__/__wrapped__ like CPython 3.10+.
template <class T>
static void sc_dealloc(Object* o) {
  DeallocGuard guard(o, sc_dealloc<T>, DeallocGuard::kWhenStackLow);  // deep chains: runtime/gc.h
  if (guard.deferred()) return;
  auto* s = static_cast<T*>(o);
  decref(s->func);
  decref(s->dict);
  free_object(o);
}
template <class T>
static void sc_traverse(Object* o, VisitFn visit, void* arg) {
  auto* s = static_cast<T*>(o);
  if (s->func.is_obj()) visit(s->func.obj(), arg);
  if (s->dict.is_obj()) visit(s->dict.obj(), arg);
}
template <class T>
static void sc_clear(Object* o) {
  auto* s = static_cast<T*>(o);
  Value f = s->func, d = s->dict;
  s->func = Value::none();
  s->dict = Value();
  decref(f);
  decref(d);
}
static bool copy_wrapper_attrs(ThreadState* ts, Value self, Value func) {
  Names& N = I(ts)->names;
  for (StrObject* n : {N.__module__, N.__name__, N.__qualname__, N.__doc__}) {
    Ref v(getattr_opt(ts, func, n));
    if (!v) {
      if (err_occurred(ts)) return false;
      continue;
    }
    if (!generic_setattr(ts, self, n, v.get())) return false;
  }
  return generic_setattr(ts, self, N.__wrapped__, func);
}
template <class T>
static Value sc_new(ThreadState* ts, TypeObject* type, const Value* args, size_t nargs, TupleObject* kwnames) {
  Object* o = alloc_object(ts, type);
  if (!o) return Value();
  static_cast<T*>(o)->func = Value::none();
  return Value::from_obj(o);
}
template <class T>
static bool sc_init(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  const char* nm = std::is_same_v<T, StaticMethodObject> ? "staticmethod" : "classmethod";
  if (!no_kwargs(ts, nm, kwnames) || !check_nargs(ts, nm, nargs, 1, 1)) return false;
  auto* s = self.as<T>();
  Value old = s->func;
  s->func = newref(args[0]);
  decref(old);
  if (!I(ts)->names.__wrapped__) return true;  // interpreter start-up: names not interned yet
  return copy_wrapper_attrs(ts, self, args[0]);
}
template <class T>
static Value sc_repr(ThreadState* ts, Value self) {
  Ref r(repr(ts, self.as<T>()->func));
  if (!r) return Value();
  return str_new(ts, strf("<%s(%s)>", type_name(ts, self), str_view(r.get()).data()));
}
template <class T>
static Value sc_get_func(ThreadState* ts, Value self) { return newref(self.as<T>()->func); }
template <class T>
static Value sc_isabstract(ThreadState* ts, Value self) {
  Ref a(getattr_opt(ts, self.as<T>()->func, I(ts)->names.__isabstractmethod__));
  if (!a) return err_occurred(ts) ? Value() : Value::False();
  int t = truthy(ts, a.get());
  if (t < 0) return Value();
  return Value::boolean(t);
}

static Value staticmethod_get(ThreadState* ts, Value self, Value obj, Value type) {
  return newref(self.as<StaticMethodObject>()->func);
}
static Value staticmethod_call(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  return call(ts, self.as<StaticMethodObject>()->func, args, nargs, kwnames);
}
static Value classmethod_get(ThreadState* ts, Value self, Value obj, Value type) {
  Value f = self.as<ClassMethodObject>()->func;
  if (!type) type = Value::from_obj(type_of(ts, obj));
  TypeObject* ft = type_of(ts, f);
  if (ft->slots.descr_get && ft != I(ts)->types.function) return ft->slots.descr_get(ts, f, type, type);
  return method_new(ts, f, type);
}

#define SC_GETSETS(T)                                                          \
  {"__func__", sc_get_func<T>}, {"__isabstractmethod__", sc_isabstract<T>}, \
  {nullptr, nullptr}
static const GetSetDef kStaticMethodGetSets[] = {SC_GETSETS(StaticMethodObject)};
static const GetSetDef kClassMethodGetSets[] = {SC_GETSETS(ClassMethodObject)};
#undef SC_GETSETS

const TypeSpec staticmethod_type_spec = {
    .name = "staticmethod",
    .basicsize = sizeof(StaticMethodObject),
    .flags = kTypeBaseType | kTypeHasGC,
    .slots = {.dealloc = sc_dealloc<StaticMethodObject>, .traverse = sc_traverse<StaticMethodObject>,
              .clear = sc_clear<StaticMethodObject>, .repr = sc_repr<StaticMethodObject>,
              .call = staticmethod_call, .descr_get = staticmethod_get, .new_ = sc_new<StaticMethodObject>,
              .init = sc_init<StaticMethodObject>},
    .getsets = kStaticMethodGetSets,
    .doc = "staticmethod(function) -> method\n\nConvert a function to be a static method.",
};
const TypeSpec classmethod_type_spec = {
    .name = "classmethod",
    .basicsize = sizeof(ClassMethodObject),
    .flags = kTypeBaseType | kTypeHasGC,
    .slots = {.dealloc = sc_dealloc<ClassMethodObject>, .traverse = sc_traverse<ClassMethodObject>,
              .clear = sc_clear<ClassMethodObject>, .repr = sc_repr<ClassMethodObject>,
              .descr_get = classmethod_get, .new_ = sc_new<ClassMethodObject>, .init = sc_init<ClassMethodObject>},
    .getsets = kClassMethodGetSets,
    .doc = "classmethod(function) -> method\n\nConvert a function to be a class method.",
};

Value staticmethod_new(ThreadState* ts, Value func) {
  TypeObject* t = I(ts)->types.staticmethod;
  Ref o(sc_new<StaticMethodObject>(ts, t, nullptr, 0, nullptr));
  if (!o || !sc_init<StaticMethodObject>(ts, o.get(), &func, 1, nullptr)) return Value();
  return o.release();
}
Value classmethod_new(ThreadState* ts, Value func) {
  TypeObject* t = I(ts)->types.classmethod;
  Ref o(sc_new<ClassMethodObject>(ts, t, nullptr, 0, nullptr));
  if (!o || !sc_init<ClassMethodObject>(ts, o.get(), &func, 1, nullptr)) return Value();
  return o.release();
}

}  // namespace minipy
