// runtime/typeobject.cpp — `object` and `type`: building type objects from
// built-in TypeSpecs (slot inheritance, dicts of descriptors), class creation
// (metaclass choice, C3 MRO, instance layout with __slots__ and __dict__,
// __set_name__, __init_subclass__), the default object protocol (__init__/
// __new__ argument rules, repr, __class__, __dict__) and type's attributes.
// Slot <-> dunder machinery lives in slots.cpp; descriptors in descrobject.cpp.
// Must not: keep process-wide mutable state (everything per interpreter).
#include <algorithm>
#include <array>
#include <cstddef>
#include <cstring>
#include <vector>

#include "runtime/typeobject_internal.h"
#include "runtime/gc.h"
#include "runtime/weakrefobject.h"

namespace minipy {

static constexpr uint32_t kSubclassFlags = kTypeIntSubclass | kTypeFloatSubclass | kTypeStrSubclass |
                                           kTypeBytesSubclass | kTypeTupleSubclass | kTypeListSubclass |
                                           kTypeDictSubclass | kTypeTypeSubclass | kTypeBaseExcSubclass;

static inline size_t align8(size_t n) { return (n + 7) & ~size_t(7); }

// ================================================================ type queries
const char* type_name(ThreadState* ts, Value v) { return type_cname(type_of(ts, v)); }

bool is_subtype(TypeObject* a, TypeObject* b) {
  if (a == b) return true;
  if (TupleObject* mro = a->mro) {
    for (int64_t i = 0, n = mro->size; i < n; i++)
      if (mro->items[i].obj() == b) return true;
    return false;
  }
  for (TypeObject* t = a; t; t = t->base)
    if (t == b) return true;
  return false;
}

bool isinstance_exact(ThreadState* ts, Value v, TypeObject* t) { return type_of(ts, v) == t; }

std::string type_qualified_name(ThreadState* ts, TypeObject* t) {
  std::string out;
  StrObject* mod = t->module;
  if (type_has(t, kTypeHeapType) && t->dict) {
    Value m = dict_get_str(t->dict, ts->interp->names.__module__);
    mod = m && is_str(ts, m) ? m.as<StrObject>() : nullptr;
  }
  if (mod && !(mod->view() == "builtins")) {
    out += mod->view();
    out += '.';
  }
  out += (t->qualname ? t->qualname : t->name)->view();
  return out;
}

void type_bump_version(ThreadState* ts, TypeObject* t) {
  // Versions are never reused: the attribute caches (type_lookup's and the
  // VM's inline caches, vm/attr_cache.h) identify a type *and its state* by
  // its version alone. Once 2^32-1 versions are spent, types get version 0,
  // which every cache treats as "do not cache" (like CPython's exhausted
  // tp_version_tag).
  uint64_t v = ts->interp->next_type_version++;
  t->version = v <= UINT32_MAX ? uint32_t(v) : 0;
  if (ListObject* subs = t->subclasses) {
    for (int64_t i = 0; i < subs->size; i++) {
      TypeObject* s = reinterpret_cast<TypeObject*>(uintptr_t(subs->items[i].as_small_int()));
      type_bump_version(ts, s);
    }
  }
}

void type_modified(ThreadState* ts, TypeObject* t, StrObject* changed_name) {
  type_bump_version(ts, t);
  if (type_has(t, kTypeHeapType)) update_slot_for_name(ts, t, changed_name);
}

// Subclass registry: a list of small ints holding TypeObject pointers (weak).
static void add_subclass(ThreadState* ts, TypeObject* base, TypeObject* sub) {
  if (!base->subclasses) {
    base->subclasses = list_new(ts, 0);
    if (!base->subclasses) { err_clear(ts); return; }
  }
  if (!list_append(ts, base->subclasses, Value::small_int(int64_t(reinterpret_cast<uintptr_t>(sub))))) err_clear(ts);
}
static void remove_subclass(TypeObject* base, TypeObject* sub) {
  ListObject* l = base->subclasses;
  if (!l) return;
  Value key = Value::small_int(int64_t(reinterpret_cast<uintptr_t>(sub)));
  for (int64_t i = 0; i < l->size; i++) {
    if (l->items[i] == key) {
      memmove(l->items + i, l->items + i + 1, size_t(l->size - i - 1) * sizeof(Value));
      l->size--;
      return;
    }
  }
}

// ================================================================ object
Value object_default_repr(ThreadState* ts, Value v) {
  std::string s = "<" + type_qualified_name(ts, type_of(ts, v));
  char buf[48];
  snprintf(buf, sizeof buf, " object at %p>", static_cast<void*>(v.obj()));
  s += buf;
  return str_new(ts, s);
}

static Value object_str(ThreadState* ts, Value v) {
  TypeObject* t = type_of(ts, v);
  if (t->slots.repr) return t->slots.repr(ts, v);
  return object_default_repr(ts, v);
}

static bool object_hash(ThreadState* ts, Value v, int64_t* out) {
  uintptr_t p = v.bits();
  *out = int64_t((p >> 4) | (p << 60));  // CPython's _Py_HashPointer rotation
  if (*out == -1) *out = -2;
  return true;
}

static Value object_richcompare(ThreadState* ts, Value a, Value b, CmpOp op) {
  if (op == CmpOp::Eq) return a == b ? Value::True() : Value::not_implemented();
  if (op == CmpOp::Ne) {
    // __ne__ inverts __eq__ unless that returns NotImplemented.
    TypeObject* t = type_of(ts, a);
    if (!t->slots.richcompare) return Value::not_implemented();
    Value r = t->slots.richcompare(ts, a, b, CmpOp::Eq);
    if (!r || r.is_not_implemented()) return r;
    int tr = truthy(ts, r);
    decref(r);
    if (tr < 0) return Value();
    return Value::boolean(!tr);
  }
  return Value::not_implemented();
}

static bool excess_args(size_t nargs, TupleObject* kwnames) { return nargs > 0 || kwcount(kwnames) > 0; }

bool object_init_impl(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (excess_args(nargs, kwnames)) {
    TypeObject* t = type_of(ts, self);
    if (t->slots.init != object_init_impl) {
      raise(ts, Exc::TypeError, "object.__init__() takes exactly one argument (the instance to initialize)");
      return false;
    }
    if (t->slots.new_ == object_new_impl) {
      raisef(ts, Exc::TypeError, "%s.__init__() takes exactly one argument (the instance to initialize)",
             type_cname(t));
      return false;
    }
  }
  return true;
}

static Value abstract_instantiation_error(ThreadState* ts, TypeObject* type) {
  Value am = type->dict ? dict_get_str(type->dict, ts->interp->names.__abstractmethods__) : Value();
  std::vector<std::string> names;
  if (am) {
    Ref it(get_iter(ts, am));
    if (!it) return Value();
    for (;;) {
      Ref x(iter_next(ts, it.get()));
      if (!x) break;
      Ref s(str(ts, x.get()));
      if (!s) return Value();
      names.emplace_back(str_view(s.get()));
    }
    if (err_occurred(ts)) return Value();
  }
  std::sort(names.begin(), names.end());
  std::string joined;
  for (size_t i = 0; i < names.size(); i++) {
    if (i) joined += ", ";
    joined += names[i];
  }
  return raisef(ts, Exc::TypeError, "Can't instantiate abstract class %s with abstract method%s %s",
                type_cname(type), names.size() == 1 ? "" : "s", joined.c_str());
}

Value object_new_impl(ThreadState* ts, TypeObject* type, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (excess_args(nargs, kwnames)) {
    if (type->slots.new_ != object_new_impl)
      return raise(ts, Exc::TypeError, "object.__new__() takes exactly one argument (the type to instantiate)");
    if (type->slots.init == object_init_impl)
      return raisef(ts, Exc::TypeError, "%s() takes no arguments", type_cname(type));
  }
  if (type_has(type, kTypeIsAbstract)) return abstract_instantiation_error(ts, type);
  Object* o = alloc_object(ts, type);
  if (!o) return Value();
  return Value::from_obj(o);
}

static void object_dealloc(Object* o) { free_object(o); }

// __class__
static Value object_get_class(ThreadState* ts, Value self) { return newref(Value::from_obj(type_of(ts, self))); }

static TypeObject* builtin_base(TypeObject* t) {
  while (t && type_has(t, kTypeHeapType)) t = t->base;
  return t;
}

static bool object_set_class(ThreadState* ts, Value self, Value v) {
  if (!v) {
    raise(ts, Exc::TypeError, "can't delete __class__ attribute");
    return false;
  }
  if (!type_has(type_of(ts, v), kTypeTypeSubclass)) {
    raisef(ts, Exc::TypeError, "__class__ must be set to a class, not '%s' object", type_name(ts, v));
    return false;
  }
  TypeObject* nt = v.as<TypeObject>();
  TypeObject* ot = type_of(ts, self);
  bool module_like = is_subtype(nt, ts->interp->types.module) && is_subtype(ot, ts->interp->types.module);
  if (!self.is_obj() || !((type_has(nt, kTypeHeapType) && type_has(ot, kTypeHeapType)) || module_like)) {
    raise(ts, Exc::TypeError, "__class__ assignment only supported for mutable types or ModuleType subclasses");
    return false;
  }
  if (nt->basicsize != ot->basicsize || nt->itemsize != ot->itemsize || nt->dictoffset != ot->dictoffset ||
      builtin_base(nt) != builtin_base(ot) || nt->nslots != ot->nslots) {
    raisef(ts, Exc::TypeError, "__class__ assignment: '%s' object layout differs from '%s'", type_cname(nt),
           type_cname(ot));
    return false;
  }
  // Instances own a reference to a heap class (alloc_object / free_object).
  if (type_has(nt, kTypeHeapType)) incref(nt);
  self.obj()->type = nt;
  if (type_has(ot, kTypeHeapType)) decref(ot);
  return true;
}

// __dict__ of instances (installed on the heap type that adds the dict pointer).
static Value instance_get_dict(ThreadState* ts, Value self) {
  DictObject** dp = self.is_obj() ? instance_dict_ptr(self.obj()) : nullptr;
  if (!dp) return raisef(ts, Exc::AttributeError, "This object has no __dict__");
  if (!*dp) {
    *dp = dict_new(ts);
    if (!*dp) return Value();
  }
  return newref(Value::from_obj(*dp));
}
static bool instance_set_dict(ThreadState* ts, Value self, Value v) {
  DictObject** dp = self.is_obj() ? instance_dict_ptr(self.obj()) : nullptr;
  if (!dp) {
    raise(ts, Exc::AttributeError, "This object has no __dict__");
    return false;
  }
  if (v && !is_dict(ts, v)) {
    raisef(ts, Exc::TypeError, "__dict__ must be set to a dictionary, not a '%s'", type_name(ts, v));
    return false;
  }
  DictObject* old = *dp;
  *dp = v ? static_cast<DictObject*>(newref(v).obj()) : nullptr;
  xdecref(old);
  return true;
}
static Value instance_get_weakref(ThreadState* ts, Value self) { return weakref_first(ts, self.obj()); }
static const GetSetDef kInstanceDictGetSets[] = {
    {"__dict__", instance_get_dict, instance_set_dict, "dictionary for instance variables (if defined)"},
    {"__weakref__", instance_get_weakref, nullptr, "list of weak references to the object (if defined)"},
    {nullptr, nullptr},
};

static Value object_format(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!no_kwargs(ts, "object.__format__", kwnames) || !check_nargs(ts, "__format__", nargs, 1, 1)) return Value();
  if (!is_str(ts, args[0]))
    return raisef(ts, Exc::TypeError, "__format__() argument must be str, not %s", type_name(ts, args[0]));
  if (args[0].as<StrObject>()->size > 0)
    return raisef(ts, Exc::TypeError, "unsupported format string passed to %s.__format__", type_name(ts, self));
  return str(ts, self);
}

static bool merge_dict_keys(ThreadState* ts, DictObject* into, DictObject* from) {
  if (!from) return true;
  int64_t pos = 0;
  Value k, v;
  while (dict_next(from, &pos, &k, &v))
    if (!dict_set(ts, into, k, Value::none())) return false;
  return true;
}
static bool merge_class_dict(ThreadState* ts, DictObject* into, TypeObject* t) {
  if (TupleObject* mro = t->mro) {
    for (int64_t i = mro->size - 1; i >= 0; i--)
      if (!merge_dict_keys(ts, into, mro->items[i].as<TypeObject>()->dict)) return false;
  }
  return true;
}
static Value dict_keys_list(ThreadState* ts, DictObject* d) {
  ListObject* l = list_new(ts, 0);
  if (!l) return Value();
  int64_t pos = 0;
  Value k, v;
  while (dict_next(d, &pos, &k, &v))
    if (!list_append(ts, l, k)) { decref(l); return Value(); }
  return Value::from_obj(l);
}

static Value object_dir(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_nargs(ts, "__dir__", nargs, 0, 0)) return Value();
  Ref d(Value::from_obj(dict_new(ts)));
  if (!d) return Value();
  DictObject** dp = self.is_obj() ? instance_dict_ptr(self.obj()) : nullptr;
  if (dp && *dp && !merge_dict_keys(ts, d.as<DictObject>(), *dp)) return Value();
  if (!merge_class_dict(ts, d.as<DictObject>(), type_of(ts, self))) return Value();
  return dict_keys_list(ts, d.as<DictObject>());
}

static Value object_sizeof(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_nargs(ts, "__sizeof__", nargs, 0, 0)) return Value();
  return Value::small_int(int64_t(type_of(ts, self)->basicsize));
}

static Value object_init_subclass(ThreadState* ts, Value cls, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (kwcount(kwnames))
    return raisef(ts, Exc::TypeError, "%s.__init_subclass__() takes no keyword arguments",
                  type_cname(cls.as<TypeObject>()) ? (cls.as<TypeObject>()->qualname ? cls.as<TypeObject>()->qualname->data
                                                                                     : type_cname(cls.as<TypeObject>()))
                                                   : "?");
  if (nargs)
    return raisef(ts, Exc::TypeError, "%s.__init_subclass__() takes no arguments (%zu given)",
                  type_cname(cls.as<TypeObject>()), nargs);
  return Value::none();
}

static Value object_subclasshook(ThreadState* ts, Value cls, const Value* args, size_t nargs, TupleObject* kwnames) {
  return Value::not_implemented();
}

static Value object_reduce_ex(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  // object.__reduce_ex__(proto) / object.__reduce__(): the reduction is written
  // in Python, copyreg._reduce_object(obj, proto) (stdlib/copyreg.py): protocol
  // 0-1 via copyreg._reduce_ex, 2+ via copyreg.__newobj__ like CPython's
  // reduce_newobj. __reduce__ passes no protocol (copyreg uses 0).
  if (!no_kwargs(ts, "__reduce_ex__", kwnames) || !check_nargs(ts, "__reduce_ex__", nargs, 0, 1)) return Value();
  Ref name(str_new(ts, "copyreg"));
  if (!name) return Value();
  Ref mod(vm_import(ts, name.get(), Value(), Value(), 0));
  if (!mod) return Value();
  Ref fn(getattr(ts, mod.get(), intern(ts, "_reduce_object")));
  if (!fn) return Value();
  Value argv[2] = {self, nargs ? args[0] : Value::none()};
  return call(ts, fn.get(), argv, 2);
}

static Value object_getstate(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_nargs(ts, "__getstate__", nargs, 0, 0)) return Value();
  DictObject** dp = self.is_obj() ? instance_dict_ptr(self.obj()) : nullptr;
  if (!dp || !*dp || dict_size(*dp) == 0) return Value::none();
  return Value::from_obj(dict_copy(ts, *dp));
}

static const MethodDef kObjectMethods[] = {
    {"__format__", object_format, kMethNormal, "Default object formatter."},
    {"__dir__", object_dir, kMethNormal, "Default dir() implementation."},
    {"__sizeof__", object_sizeof, kMethNormal, "Size of object in memory, in bytes."},
    {"__init_subclass__", object_init_subclass, kMethClass,
     "This method is called when a class is subclassed."},
    {"__subclasshook__", object_subclasshook, kMethClass, "Abstract classes can override this to customize issubclass()."},
    {"__reduce_ex__", object_reduce_ex, kMethNormal, "Helper for pickle."},
    {"__reduce__", object_reduce_ex, kMethNormal, "Helper for pickle."},
    {"__getstate__", object_getstate, kMethNormal, "Helper for pickle."},
    {nullptr, nullptr},
};
static const GetSetDef kObjectGetSets[] = {
    {"__class__", object_get_class, object_set_class, "the object's class"},
    {nullptr, nullptr},
};

const TypeSpec object_type_spec = {
    .name = "object",
    .basicsize = sizeof(InstanceObject),
    .flags = kTypeBaseType,
    .slots = {
        .dealloc = object_dealloc,
        .repr = object_default_repr,
        .str = object_str,
        .hash = object_hash,
        .richcompare = object_richcompare,
        .getattr = generic_getattr,
        .setattr = generic_setattr,
        .new_ = object_new_impl,
        .init = object_init_impl,
    },
    .methods = kObjectMethods,
    .getsets = kObjectGetSets,
    .doc = "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\n"
           "instance that has no instance attributes and cannot be given any.\n",
};

// ================================================================ heap-type instances
// Own __slots__ values of heap type h start right after its base's layout.
static inline Value* own_slots(Object* o, TypeObject* h) {
  return reinterpret_cast<Value*>(reinterpret_cast<char*>(o) + align8(h->base->basicsize));
}
static bool dict_added_by_heap(TypeObject* t) {
  TypeObject* b = builtin_base(t);
  return t->dictoffset && (!b || b->dictoffset == 0);
}

static void call_finalizer(ThreadState* ts, Object* o) {
  if (!ts) return;
  if (!gc_finalize_once(o)) return;  // __del__ already ran (e.g. in the cycle collector)
  Value self = Value::from_obj(o);
  Value del = type_lookup(o->type, ts->interp->names.__del__);
  if (!del) return;
  Value saved = err_fetch(ts);
  o->refcnt = 1;  // resurrect for the call
  Ref hold_del = Ref::borrow(del);
  Value r = call_prepend(ts, del, self, nullptr, 0, nullptr);
  if (!r) write_unraisable(ts, del);
  decref(r);
  err_restore(ts, saved);
  --o->refcnt;
}

// An instance brought back to life by __del__ or a weakref callback stays
// known to the collector (the trashcan may have taken it off its lists).
static void subtype_resurrected(ThreadState* ts, Object* o) {
  if (ts && !gc_is_tracked(o)) gc_track(ts->interp, gc_head_of(o));
}

void subtype_dealloc(Object* o) {
  TypeObject* t = o->type;
  ThreadState* ts = current_thread_state();
  // A linked list of a million instances: the trashcan (gc.h) counts each
  // instance as one level, its built-in base's dealloc below does not.
  if (ts && !gc_trashcan_enter(ts, o)) return;
  if (type_has(t, kTypeHasFinalizer)) {
    call_finalizer(ts, o);
    if (o->refcnt > 0) {  // resurrected
      subtype_resurrected(ts, o);
      if (ts) gc_trashcan_leave(ts);
      return;
    }
  }
  gc_untrack_dying(ts, o);  // after __del__, before anything is released (CPython's order)
  // Weak references die after __del__ and before the slots and __dict__ go (CPython's order).
  if ((gc_head_of(o)->flags & kGcHasWeakrefs) && !weakref_dealloc_hook(o)) {
    subtype_resurrected(ts, o);
    if (ts) gc_trashcan_leave(ts);
    return;
  }
  for (TypeObject* h = t; h && type_has(h, kTypeHeapType); h = h->base) {
    Value* s = own_slots(o, h);
    for (int64_t i = 0; i < h->nslots; i++) {
      Value v = s[i];
      s[i] = Value();
      decref(v);
    }
  }
  if (dict_added_by_heap(t)) {
    DictObject** dp = instance_dict_ptr(o);
    DictObject* d = *dp;
    *dp = nullptr;
    // The instance and its __dict__ count as one trashcan level: CPython 3.11
    // keeps an instance's attributes inline, without a dict object, and the
    // order of frees in deep chains (visible through __del__) follows its count.
    if (ts) --ts->trash_depth;
    xdecref(d);
    if (ts) ++ts->trash_depth;
  }
  TypeObject* b = builtin_base(t);
  if (b && b->slots.dealloc) b->slots.dealloc(o);
  else free_object(o);
  if (ts) gc_trashcan_leave(ts);
}

static void subtype_traverse(Object* o, VisitFn visit, void* arg) {
  TypeObject* t = o->type;
  visit(t, arg);  // instances of heap types own a reference to their class
  for (TypeObject* h = t; h && type_has(h, kTypeHeapType); h = h->base) {
    Value* s = own_slots(o, h);
    for (int64_t i = 0; i < h->nslots; i++)
      if (s[i].is_obj()) visit(s[i].obj(), arg);
  }
  if (dict_added_by_heap(t)) {
    DictObject* d = *instance_dict_ptr(o);
    if (d) visit(d, arg);
  }
  TypeObject* b = builtin_base(t);
  if (b && b->slots.traverse) b->slots.traverse(o, visit, arg);
}

static void subtype_clear(Object* o) {
  TypeObject* t = o->type;
  for (TypeObject* h = t; h && type_has(h, kTypeHeapType); h = h->base) {
    Value* s = own_slots(o, h);
    for (int64_t i = 0; i < h->nslots; i++) {
      Value v = s[i];
      s[i] = Value();
      decref(v);
    }
  }
  if (dict_added_by_heap(t)) {
    DictObject** dp = instance_dict_ptr(o);
    DictObject* d = *dp;
    *dp = nullptr;
    xdecref(d);
  }
  TypeObject* b = builtin_base(t);
  if (b && b->slots.clear) b->slots.clear(o);
}

// ================================================================ type_from_spec
static void inherit_slots(TypeObject* t, TypeObject* base) {
  TypeSlots& s = t->slots;
  const TypeSlots& b = base->slots;
#define INHERIT(f) if (!s.f) s.f = b.f
  INHERIT(dealloc);
  INHERIT(repr); INHERIT(str);
  if (!s.hash && !s.richcompare) { s.hash = b.hash; s.richcompare = b.richcompare; }
  INHERIT(getattr); INHERIT(setattr); INHERIT(call); INHERIT(iter); INHERIT(iternext);
  INHERIT(descr_get); INHERIT(descr_set); INHERIT(init);
  INHERIT(add); INHERIT(sub); INHERIT(mul); INHERIT(matmul); INHERIT(truediv); INHERIT(floordiv);
  INHERIT(mod); INHERIT(divmod); INHERIT(lshift); INHERIT(rshift); INHERIT(and_); INHERIT(or_); INHERIT(xor_);
  INHERIT(pow);
  INHERIT(iadd); INHERIT(isub); INHERIT(imul); INHERIT(imatmul); INHERIT(itruediv); INHERIT(ifloordiv);
  INHERIT(imod); INHERIT(ilshift); INHERIT(irshift); INHERIT(iand); INHERIT(ior); INHERIT(ixor); INHERIT(ipow);
  INHERIT(neg); INHERIT(pos); INHERIT(abs); INHERIT(invert); INHERIT(bool_); INHERIT(int_); INHERIT(float_);
  INHERIT(index); INHERIT(len); INHERIT(getitem); INHERIT(setitem); INHERIT(contains);
  if (type_has(base, kTypeHasGC) && !type_has(t, kTypeHasGC) && t->basicsize == base->basicsize) {
    t->flags |= kTypeHasGC;
    INHERIT(traverse);
    INHERIT(clear);
  }
#undef INHERIT
}

static Value tp_new_wrapper(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames);
static const MethodDef kTpNewDef = {"__new__", tp_new_wrapper, kMethNormal,
                                    "Create and return a new object.  See help(type) for accurate signature."};

static Value tp_new_wrapper(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  TypeObject* type = self.as<TypeObject>();
  const char* tn = type_cname(type);
  if (nargs < 1) return raisef(ts, Exc::TypeError, "%s.__new__(): not enough arguments", tn);
  Value arg0 = args[0];
  if (!type_has(type_of(ts, arg0), kTypeTypeSubclass))
    return raisef(ts, Exc::TypeError, "%s.__new__(X): X is not a type object (%s)", tn, type_name(ts, arg0));
  TypeObject* sub = arg0.as<TypeObject>();
  if (!is_subtype(sub, type))
    return raisef(ts, Exc::TypeError, "%s.__new__(%s): %s is not a subtype of %s", tn, type_cname(sub),
                  type_cname(sub), tn);
  // object.__new__(int) is not safe: the most derived built-in base must use its own __new__.
  TypeObject* staticbase = sub;
  while (staticbase && staticbase->slots.new_ != nullptr && type_has(staticbase, kTypeHeapType))
    staticbase = staticbase->base;
  if (staticbase && staticbase->slots.new_ != type->slots.new_)
    return raisef(ts, Exc::TypeError, "%s.__new__(%s) is not safe, use %s.__new__()", tn, type_cname(sub),
                  type_cname(staticbase));
  return type->slots.new_(ts, sub, args + 1, nargs - 1, kwnames);
}

bool is_tp_new_wrapper(ThreadState* ts, Value v, TypeObject** owner) {
  if (type_of(ts, v) != ts->interp->types.builtin_function) return false;
  BuiltinFunctionObject* f = v.as<BuiltinFunctionObject>();
  if (f->def != &kTpNewDef) return false;
  *owner = f->self.as<TypeObject>();
  return true;
}

static uint32_t own_subclass_flag(const TypeSpec* spec) {
  if (spec == &int_type_spec) return kTypeIntSubclass;
  if (spec == &float_type_spec) return kTypeFloatSubclass;
  if (spec == &str_type_spec) return kTypeStrSubclass;
  if (spec == &bytes_type_spec) return kTypeBytesSubclass;
  if (spec == &tuple_type_spec) return kTypeTupleSubclass;
  if (spec == &list_type_spec) return kTypeListSubclass;
  if (spec == &dict_type_spec) return kTypeDictSubclass;
  if (spec == &type_type_spec) return kTypeTypeSubclass;
  if (strcmp(spec->name, "BaseException") == 0) return kTypeBaseExcSubclass;
  return 0;
}

// Built-in types are created before str/tuple/dict and the descriptor types
// exist, so type_from_spec only fills the C++ part (slots, sizes, flags) until
// those are ready; finish_type() then adds names, bases, MRO and the dict.
static bool core_ready(Interpreter* in) {
  const BuiltinTypes& T = in->types;
  return T.object_ && T.type && T.str && T.tuple && T.list && T.dict && T.method_descr && T.classmethod_descr &&
         T.getset_descr && T.slot_wrapper && T.builtin_function && T.staticmethod;
}

static bool finish_type(ThreadState* ts, TypeObject* t) {
  if (t->mro) return true;
  TypeObject* base = t->base;
  if (base && !base->mro && !finish_type(ts, base)) return false;
  const TypeSpec* spec = t->spec;
  std::string_view full(spec->name);
  size_t dot = full.rfind('.');
  std::string_view nm = dot == std::string_view::npos ? full : full.substr(dot + 1);
  t->name = intern(ts, nm);
  incref(t->name);
  t->qualname = t->name;
  incref(t->qualname);
  if (dot != std::string_view::npos) {
    t->module = intern(ts, full.substr(0, dot));
    incref(t->module);
  }
  if (base) {
    t->bases = reinterpret_cast<TupleObject*>(tuple_pack(ts, {Value::from_obj(base)}).obj());
    TupleObject* bm = base->mro;
    TupleObject* mro = tuple_new(ts, bm->size + 1);
    if (!t->bases || !mro) return false;
    mro->items[0] = newref(Value::from_obj(t));
    for (int64_t i = 0; i < bm->size; i++) mro->items[i + 1] = newref(bm->items[i]);
    t->mro = mro;
    add_subclass(ts, base, t);
  } else {
    t->bases = reinterpret_cast<TupleObject*>(tuple_new(ts, 0));
    t->mro = reinterpret_cast<TupleObject*>(tuple_pack(ts, {Value::from_obj(t)}).obj());
    if (!t->bases || !t->mro) return false;
  }
  // dict: methods, getsets, slot wrappers, __new__, __doc__, __hash__ = None
  t->dict = dict_new(ts);
  if (!t->dict) return false;
  for (const MethodDef* m = spec->methods; m && m->name; m++) {
    Ref d;
    if (m->flags & kMethStatic) {
      Ref f(builtin_function_new(ts, m, Value::from_obj(t)));  // bound to the type, called without self
      if (!f) return false;
      d = Ref(staticmethod_new(ts, f.get()));
    } else {
      d = Ref(method_descr_new(ts, t, m));
    }
    if (!d || !dict_set_str(ts, t->dict, m->name, d.get())) return false;
  }
  for (const GetSetDef* g = spec->getsets; g && g->name; g++) {
    Ref d(getset_descr_new(ts, t, g));
    if (!d || !dict_set_str(ts, t->dict, g->name, d.get())) return false;
  }
  if (!add_slot_wrappers(ts, t)) return false;
  StrObject* s_new = intern(ts, "__new__");
  if (spec->slots.new_ && !dict_get_str(t->dict, s_new)) {
    Ref f(builtin_function_new(ts, &kTpNewDef, Value::from_obj(t)));
    if (!f || !dict_set(ts, t->dict, Value::from_obj(s_new), f.get())) return false;
  }
  StrObject* s_doc = intern(ts, "__doc__");
  if (!dict_get_str(t->dict, s_doc)) {
    Ref doc(spec->doc ? str_from_cstr(ts, spec->doc) : Value::none());
    if (!doc || !dict_set(ts, t->dict, Value::from_obj(s_doc), doc.get())) return false;
  }
  StrObject* s_hash = intern(ts, "__hash__");
  if (!t->slots.hash && !dict_get_str(t->dict, s_hash)) {
    if (!dict_set(ts, t->dict, Value::from_obj(s_hash), Value::none())) return false;
  }
  type_bump_version(ts, t);
  return true;
}

TypeObject* type_from_spec(ThreadState* ts, const TypeSpec* spec, TypeObject* base) {
  Interpreter* interp = ts->interp;
  TypeObject* meta = interp->types.type;
  TypeObject bootstrap;  // only while `object` itself is being created
  if (!meta) {
    bootstrap.basicsize = sizeof(TypeObject);
    // Same GC layout as every later type object (`type` is a GC type).
    bootstrap.flags = type_type_spec.flags & kTypeHasGC;
    meta = &bootstrap;
  }
  TypeObject* t = static_cast<TypeObject*>(alloc_object(ts, meta));
  if (!t) return nullptr;
  if (meta == &bootstrap) t->type = nullptr;  // patched when `type` is created
  if (spec == &type_type_spec) {
    t->type = t;
    if (interp->types.object_) interp->types.object_->type = t;
  }
  if (!base && spec != &object_type_spec) base = interp->types.object_;
  t->spec = spec;
  t->base = base;
  if (base) incref(base);
  t->basicsize = spec->basicsize;
  t->itemsize = spec->itemsize ? spec->itemsize : (base ? base->itemsize : 0);
  t->flags = spec->flags | own_subclass_flag(spec) | (base ? (base->flags & kSubclassFlags) : 0);
  t->slots = spec->slots;
  if (base) {
    if (t->basicsize < base->basicsize) t->basicsize = base->basicsize;
    t->dictoffset = base->dictoffset;
    inherit_slots(t, base);
    if (!spec->slots.new_ && base != interp->types.object_) t->slots.new_ = base->slots.new_;
  }
  // CPython's weakly referenceable built-ins (and their subclasses); containers only.
  if ((weakref_spec_supported(spec) || (base && type_has(base, kTypeWeakrefable))) && type_has(t, kTypeHasGC))
    t->flags |= kTypeWeakrefable;
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"
  if (spec == &type_type_spec) t->dictoffset = int64_t(offsetof(TypeObject, dict));
  if (spec == &module_type_spec) t->dictoffset = int64_t(offsetof(ModuleObject, dict));
  if (spec == &staticmethod_type_spec) t->dictoffset = int64_t(offsetof(StaticMethodObject, dict));
  if (spec == &classmethod_type_spec) t->dictoffset = int64_t(offsetof(ClassMethodObject, dict));
#pragma GCC diagnostic pop
  type_bump_version(ts, t);

  // Record built-in types right away (the caller stores the same pointer) so
  // the bootstrap can tell when everything finish_type needs exists.
#define MINIPY_X(field, sp) if (spec == &sp && !interp->types.field) interp->types.field = t;
  MINIPY_BUILTIN_TYPES(MINIPY_X)
#undef MINIPY_X
  if (core_ready(interp)) {
#define MINIPY_X(field, sp) \
    if (interp->types.field && !interp->types.field->mro && !finish_type(ts, interp->types.field)) return nullptr;
    MINIPY_BUILTIN_TYPES(MINIPY_X)
#undef MINIPY_X
    if (!finish_type(ts, t)) return nullptr;
  }
  return t;
}

// ================================================================ type's attributes
static TypeObject* as_type(Value v) { return v.as<TypeObject>(); }

static Value type_get_name(ThreadState* ts, Value self) {
  TypeObject* t = as_type(self);
  if (type_has(t, kTypeDottedName)) {  // tp_name "decimal.Decimal" -> "Decimal", as CPython's C types
    std::string_view v = t->name->view();
    size_t dot = v.rfind('.');
    if (dot != std::string_view::npos) return str_new(ts, v.substr(dot + 1));
  }
  return newref(Value::from_obj(t->name));
}
static bool type_check_heap_set(ThreadState* ts, TypeObject* t, const char* attr, Value v) {
  if (!type_has(t, kTypeHeapType)) {
    raisef(ts, Exc::TypeError, "cannot set '%s' attribute of immutable type '%s'", attr, type_cname(t));
    return false;
  }
  if (!v) {
    raisef(ts, Exc::TypeError, "cannot delete '%s' attribute of immutable type '%s'", attr, type_cname(t));
    return false;
  }
  return true;
}
static bool type_set_name(ThreadState* ts, Value self, Value v) {
  TypeObject* t = as_type(self);
  if (!type_check_heap_set(ts, t, "__name__", v)) return false;
  if (!is_str(ts, v)) {
    raisef(ts, Exc::TypeError, "can only assign string to %s.__name__, not '%s'", type_cname(t), type_name(ts, v));
    return false;
  }
  StrObject* old = t->name;
  t->name = static_cast<StrObject*>(newref(v).obj());
  t->flags &= ~kTypeDottedName;
  decref(old);
  return true;
}
static Value type_get_qualname(ThreadState* ts, Value self) {
  TypeObject* t = as_type(self);
  return newref(Value::from_obj(t->qualname ? t->qualname : t->name));
}
static bool type_set_qualname(ThreadState* ts, Value self, Value v) {
  TypeObject* t = as_type(self);
  if (!type_check_heap_set(ts, t, "__qualname__", v)) return false;
  if (!is_str(ts, v)) {
    raisef(ts, Exc::TypeError, "can only assign string to %s.__qualname__, not '%s'", type_cname(t),
           type_name(ts, v));
    return false;
  }
  StrObject* old = t->qualname;
  t->qualname = static_cast<StrObject*>(newref(v).obj());
  xdecref(old);
  return true;
}
static Value type_get_module(ThreadState* ts, Value self) {
  TypeObject* t = as_type(self);
  if (type_has(t, kTypeHeapType)) {
    Value m = dict_get_str(t->dict, ts->interp->names.__module__);
    if (!m) return raise(ts, Exc::AttributeError, "__module__");
    return newref(m);
  }
  if (t->module) return newref(Value::from_obj(t->module));
  return newref(Value::from_obj(intern(ts, "builtins")));
}
static bool type_set_module(ThreadState* ts, Value self, Value v) {
  TypeObject* t = as_type(self);
  if (!type_check_heap_set(ts, t, "__module__", v)) return false;
  if (!dict_set(ts, t->dict, Value::from_obj(ts->interp->names.__module__), v)) return false;
  type_modified(ts, t, ts->interp->names.__module__);
  return true;
}
static bool type_set_bases(ThreadState* ts, Value self, Value v);  // with class creation below
static Value type_get_bases(ThreadState* ts, Value self) { return newref(Value::from_obj(as_type(self)->bases)); }
static Value type_get_base(ThreadState* ts, Value self) {
  TypeObject* b = as_type(self)->base;
  return b ? newref(Value::from_obj(b)) : Value::none();
}
static Value type_get_mro(ThreadState* ts, Value self) {
  TupleObject* m = as_type(self)->mro;
  return m ? newref(Value::from_obj(m)) : Value::none();
}
static Value type_get_dict(ThreadState* ts, Value self) {
  // A read-only mappingproxy is approximated by a snapshot copy of the dict.
  return Value::from_obj(dict_copy(ts, as_type(self)->dict));
}
static Value type_get_doc(ThreadState* ts, Value self) {
  TypeObject* t = as_type(self);
  Value d = dict_get_str(t->dict, ts->interp->names.__doc__);
  if (!d) return Value::none();
  DescrGetFn f = type_of(ts, d)->slots.descr_get;
  if (type_has(t, kTypeHeapType) && f) return f(ts, d, Value(), self);
  return newref(d);
}
static bool type_set_doc(ThreadState* ts, Value self, Value v) {
  TypeObject* t = as_type(self);
  if (!type_check_heap_set(ts, t, "__doc__", v)) return false;
  if (!dict_set(ts, t->dict, Value::from_obj(ts->interp->names.__doc__), v)) return false;
  type_modified(ts, t, ts->interp->names.__doc__);
  return true;
}
static Value type_get_abstractmethods(ThreadState* ts, Value self) {
  TypeObject* t = as_type(self);
  Value v = t != ts->interp->types.type ? dict_get_str(t->dict, ts->interp->names.__abstractmethods__) : Value();
  if (!v) return raise(ts, Exc::AttributeError, "__abstractmethods__");
  return newref(v);
}
static bool type_set_abstractmethods(ThreadState* ts, Value self, Value v) {
  TypeObject* t = as_type(self);
  bool abstract = false;
  if (v) {
    int r = truthy(ts, v);
    if (r < 0) return false;
    abstract = r;
    if (!dict_set(ts, t->dict, Value::from_obj(ts->interp->names.__abstractmethods__), v)) return false;
  } else {
    int r = dict_del(ts, t->dict, Value::from_obj(ts->interp->names.__abstractmethods__));
    if (r < 0) return false;
    if (r == 0) {
      raise(ts, Exc::AttributeError, "__abstractmethods__");
      return false;
    }
  }
  if (abstract) t->flags |= kTypeIsAbstract;
  else t->flags &= ~uint32_t(kTypeIsAbstract);
  type_modified(ts, t, ts->interp->names.__abstractmethods__);
  return true;
}
static Value type_get_annotations(ThreadState* ts, Value self) {
  TypeObject* t = as_type(self);
  Value a = dict_get_str(t->dict, ts->interp->names.__annotations__);
  if (a) {
    DescrGetFn f = type_of(ts, a)->slots.descr_get;
    if (f) return f(ts, a, Value(), self);
    return newref(a);
  }
  if (!type_has(t, kTypeHeapType))
    return raisef(ts, Exc::AttributeError, "type object '%s' has no attribute '__annotations__'", type_cname(t));
  DictObject* d = dict_new(ts);
  if (!d) return Value();
  if (!dict_set(ts, t->dict, Value::from_obj(ts->interp->names.__annotations__), Value::from_obj(d))) {
    decref(d);
    return Value();
  }
  type_modified(ts, t, ts->interp->names.__annotations__);
  return Value::from_obj(d);
}
static bool type_set_annotations(ThreadState* ts, Value self, Value v) {
  TypeObject* t = as_type(self);
  if (!type_has(t, kTypeHeapType)) {
    raisef(ts, Exc::TypeError, "cannot set '__annotations__' attribute of immutable type '%s'", type_cname(t));
    return false;
  }
  bool ok = v ? dict_set(ts, t->dict, Value::from_obj(ts->interp->names.__annotations__), v)
              : dict_del(ts, t->dict, Value::from_obj(ts->interp->names.__annotations__)) >= 0;
  if (ok) type_modified(ts, t, ts->interp->names.__annotations__);
  return ok;
}

static const GetSetDef kTypeGetSets[] = {
    {"__name__", type_get_name, type_set_name},
    {"__qualname__", type_get_qualname, type_set_qualname},
    {"__bases__", type_get_bases, type_set_bases},
    {"__base__", type_get_base},
    {"__mro__", type_get_mro},
    {"__module__", type_get_module, type_set_module},
    {"__abstractmethods__", type_get_abstractmethods, type_set_abstractmethods},
    {"__dict__", type_get_dict},
    {"__doc__", type_get_doc, type_set_doc},
    {"__annotations__", type_get_annotations, type_set_annotations},
    {nullptr, nullptr},
};

// C3 linearisation. Returns a new list of types or null with TypeError.
static Value mro_c3(ThreadState* ts, TypeObject* t) {
  TupleObject* bases = t->bases;
  std::vector<std::vector<TypeObject*>> seqs;
  for (int64_t i = 0; i < bases->size; i++) {
    TypeObject* b = bases->items[i].as<TypeObject>();
    std::vector<TypeObject*> s;
    for (int64_t j = 0; j < b->mro->size; j++) s.push_back(b->mro->items[j].as<TypeObject>());
    seqs.push_back(std::move(s));
  }
  {
    std::vector<TypeObject*> s;
    for (int64_t i = 0; i < bases->size; i++) s.push_back(bases->items[i].as<TypeObject>());
    seqs.push_back(std::move(s));
  }
  std::vector<size_t> pos(seqs.size(), 0);
  ListObject* out = list_new(ts, 0);
  if (!out) return Value();
  Ref hold(Value::from_obj(out));
  if (!list_append(ts, out, Value::from_obj(t))) return Value();
  for (;;) {
    bool empty = true;
    TypeObject* cand = nullptr;
    for (size_t i = 0; i < seqs.size(); i++) {
      if (pos[i] >= seqs[i].size()) continue;
      empty = false;
      TypeObject* c = seqs[i][pos[i]];
      bool in_tail = false;
      for (size_t j = 0; j < seqs.size() && !in_tail; j++)
        for (size_t k = pos[j] + 1; k < seqs[j].size(); k++)
          if (seqs[j][k] == c) { in_tail = true; break; }
      if (!in_tail) { cand = c; break; }
    }
    if (empty) break;
    if (!cand) {
      // CPython lists the remaining heads (each once, in order).
      std::string names;
      std::vector<TypeObject*> seen;
      for (size_t i = 0; i + 1 < seqs.size() + 1 && i < seqs.size(); i++) {
        if (pos[i] >= seqs[i].size()) continue;
        TypeObject* c = seqs[i][pos[i]];
        if (std::find(seen.begin(), seen.end(), c) != seen.end()) continue;
        seen.push_back(c);
        if (!names.empty()) names += ", ";
        names += type_cname(c);
      }
      return raisef(ts, Exc::TypeError, "Cannot create a consistent method resolution\norder (MRO) for bases %s",
                    names.c_str());
    }
    if (!list_append(ts, out, Value::from_obj(cand))) return Value();
    for (size_t i = 0; i < seqs.size(); i++)
      if (pos[i] < seqs[i].size() && seqs[i][pos[i]] == cand) pos[i]++;
  }
  return hold.release();
}

static Value type_mro_method(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_nargs(ts, "mro", nargs, 0, 0)) return Value();
  TypeObject* t = as_type(self);
  if (t->bases->size == 0 || !t->bases->items[0].as<TypeObject>()->mro) {
    return sequence_to_list(ts, Value::from_obj(t->mro));
  }
  return mro_c3(ts, t);
}

static Value type_subclasses(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_nargs(ts, "__subclasses__", nargs, 0, 0)) return Value();
  ListObject* out = list_new(ts, 0);
  if (!out) return Value();
  if (ListObject* subs = as_type(self)->subclasses) {
    for (int64_t i = 0; i < subs->size; i++) {
      TypeObject* s = reinterpret_cast<TypeObject*>(uintptr_t(subs->items[i].as_small_int()));
      if (!list_append(ts, out, Value::from_obj(s))) { decref(out); return Value(); }
    }
  }
  return Value::from_obj(out);
}

static Value type_instancecheck(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_nargs(ts, "__instancecheck__", nargs, 1, 1)) return Value();
  TypeObject* t = type_of(ts, args[0]);
  if (is_subtype(t, as_type(self))) return Value::True();
  Ref c(getattr_opt(ts, args[0], ts->interp->names.__class__));
  if (!c) return err_occurred(ts) ? Value() : Value::False();
  if (c.get() != Value::from_obj(t) && type_has(type_of(ts, c.get()), kTypeTypeSubclass))
    return Value::boolean(is_subtype(c.as<TypeObject>(), as_type(self)));
  return Value::False();
}

static Value type_subclasscheck(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_nargs(ts, "__subclasscheck__", nargs, 1, 1)) return Value();
  Value sub = args[0];
  if (!type_has(type_of(ts, sub), kTypeTypeSubclass)) {
    Ref b(getattr_opt(ts, sub, ts->interp->names.__bases__));
    if (!b || !is_tuple(ts, b.get())) {
      if (!err_occurred(ts)) raise(ts, Exc::TypeError, "issubclass() arg 1 must be a class");
      return Value();
    }
    for (int64_t i = 0; i < tuple_size(b.get()); i++) {
      Value args2[1] = {tuple_item(b.get(), i)};
      Ref r(type_subclasscheck(ts, self, args2, 1, nullptr));
      if (!r || r.get().is_true()) return r.release();
    }
    return Value::False();
  }
  return Value::boolean(is_subtype(sub.as<TypeObject>(), as_type(self)));
}

static Value type_prepare(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  return Value::from_obj(dict_new(ts));
}

static Value type_dir(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_nargs(ts, "__dir__", nargs, 0, 0)) return Value();
  Ref d(Value::from_obj(dict_new(ts)));
  if (!d || !merge_class_dict(ts, d.as<DictObject>(), as_type(self))) return Value();
  return dict_keys_list(ts, d.as<DictObject>());
}

static Value type_sizeof(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  return Value::small_int(int64_t(sizeof(TypeObject)));
}

static const MethodDef kTypeMethods[] = {
    {"mro", type_mro_method, kMethNormal, "Return a type's method resolution order."},
    {"__subclasses__", type_subclasses, kMethNormal, "Return a list of immediate subclasses."},
    {"__instancecheck__", type_instancecheck, kMethNormal, "Check if an object is an instance."},
    {"__subclasscheck__", type_subclasscheck, kMethNormal, "Check if a class is a subclass."},
    {"__prepare__", type_prepare, kMethClass,
     "__prepare__() -> dict\nused to create the namespace for the class statement"},
    {"__dir__", type_dir, kMethNormal, "Specialized __dir__ implementation for types."},
    {"__sizeof__", type_sizeof, kMethNormal, "Return memory consumption of the type object."},
    {nullptr, nullptr},
};

// ---------------------------------------------------------------- type slots
static Value type_repr(ThreadState* ts, Value self) {
  std::string s = "<class '" + type_qualified_name(ts, as_type(self)) + "'>";
  return str_new(ts, s);
}

Value type_getattro(ThreadState* ts, Value obj, StrObject* name) {
  TypeObject* type = as_type(obj);
  TypeObject* meta = type_of(ts, obj);
  Value meta_attr = type_lookup(meta, name);
  DescrGetFn meta_get = nullptr;
  Ref hold_meta;
  if (meta_attr) {
    hold_meta = Ref::borrow(meta_attr);
    TypeObject* mt = type_of(ts, meta_attr);
    meta_get = mt->slots.descr_get;
    if (meta_get && mt->slots.descr_set) return meta_get(ts, meta_attr, obj, Value::from_obj(meta));
  }
  Value attr = type_lookup(type, name);
  if (attr) {
    DescrGetFn local_get = type_of(ts, attr)->slots.descr_get;
    if (local_get) {
      Ref hold = Ref::borrow(attr);
      return local_get(ts, attr, Value(), obj);
    }
    return newref(attr);
  }
  if (meta_get) return meta_get(ts, meta_attr, obj, Value::from_obj(meta));
  if (meta_attr) return hold_meta.release();
  return raise_no_attribute(ts, obj, name);
}

AttrProtocol type_attr_protocol(ThreadState* ts, TypeObject* t) {
  GetAttrFn f = t->slots.getattr;
  bool hook = false;
  if (f == slot_getattr_hook) {
    // __getattr__ somewhere on the MRO: the hook runs __getattribute__ first,
    // which is cacheable only when it is a built-in type's (a slot wrapper).
    hook = true;
    Value ga = type_lookup(t, ts->interp->names.__getattribute__);
    f = generic_getattr;
    if (ga) {
      if (type_of(ts, ga) != ts->interp->types.slot_wrapper) return AttrProtocol::Other;
      SlotWrapperObject* w = ga.as<SlotWrapperObject>();
      if (kSlotDefs[w->kind].offset != offsetof(TypeSlots, getattr)) return AttrProtocol::Other;
      f = w->owner->slots.getattr;
      if (!f || f == slot_getattr_hook) f = generic_getattr;
    }
  }
  if (!f || f == generic_getattr) return hook ? AttrProtocol::GenericHook : AttrProtocol::Generic;
  if (f == ts->interp->types.module->slots.getattr) return AttrProtocol::GenericHook;  // then the module's __getattr__
  if (f == type_getattro) return hook ? AttrProtocol::ClassHook : AttrProtocol::Class;
  return AttrProtocol::Other;
}

bool type_setattro(ThreadState* ts, Value obj, StrObject* name, Value v) {
  TypeObject* type = as_type(obj);
  if (!type_has(type, kTypeHeapType)) {
    // Data descriptors of the metatype may still refuse with their own message.
    raisef(ts, Exc::TypeError, "cannot set '%s' attribute of immutable type '%s'", name->data, type_cname(type));
    return false;
  }
  TypeObject* meta = type_of(ts, obj);
  Value meta_attr = type_lookup(meta, name);
  if (meta_attr) {
    TypeObject* mt = type_of(ts, meta_attr);
    if (mt->slots.descr_set) {
      Ref hold = Ref::borrow(meta_attr);
      return mt->slots.descr_set(ts, meta_attr, obj, v);
    }
  }
  StrObject* key = name->interned ? name : intern(ts, name->view());
  if (!v) {
    int r = dict_del(ts, type->dict, Value::from_obj(key));
    if (r < 0) return false;
    if (r == 0) {
      raise_no_attribute(ts, obj, name);
      return false;
    }
  } else if (!dict_set(ts, type->dict, Value::from_obj(key), v)) {
    return false;
  }
  type_modified(ts, type, key);
  return true;
}

static Value type_new_slot(ThreadState* ts, TypeObject* metatype, const Value* args, size_t nargs,
                           TupleObject* kwnames) {
  size_t nkw = kwcount(kwnames);
  if (metatype == ts->interp->types.type && nargs == 1 && nkw == 0)
    return newref(Value::from_obj(type_of(ts, args[0])));
  if (nargs != 3) {
    if (nargs == 1 && nkw == 0) return newref(Value::from_obj(type_of(ts, args[0])));
    return raise(ts, Exc::TypeError, "type() takes 1 or 3 arguments");
  }
  return type_new_class(ts, metatype, args[0], args[1], args[2], nkw ? kwnames : nullptr, nkw ? args + 3 : nullptr);
}

static bool type_init(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (nargs == 1 && kwcount(kwnames) != 0) {
    raise(ts, Exc::TypeError, "type.__init__() takes no keyword arguments");
    return false;
  }
  if (nargs != 1 && nargs != 3) {
    raise(ts, Exc::TypeError, "type.__init__() takes 1 or 3 arguments");
    return false;
  }
  return true;
}

Value type_call(ThreadState* ts, Value callable, const Value* args, size_t nargs, TupleObject* kwnames) {
  TypeObject* t = as_type(callable);
  if (t == ts->interp->types.type && nargs == 1 && kwcount(kwnames) == 0)
    return newref(Value::from_obj(type_of(ts, args[0])));
  if (!t->slots.new_) return raisef(ts, Exc::TypeError, "cannot create '%s' instances", type_cname(t));
  Value obj = t->slots.new_(ts, t, args, nargs, kwnames);
  if (!obj) return obj;
  TypeObject* ot = type_of(ts, obj);
  if (ot != t && !is_subtype(ot, t)) return obj;
  if (InitFn init = ot->slots.init) {
    if (init == object_init_impl && !excess_args(nargs, kwnames)) return obj;
    if (!init(ts, obj, args, nargs, kwnames)) {
      decref(obj);
      return Value();
    }
  }
  return obj;
}

static void type_dealloc(Object* o) {
  TypeObject* t = static_cast<TypeObject*>(o);
  if (t->bases) {  // the collector may already have cleared the tuple's items
    for (int64_t i = 0; i < t->bases->size; i++) {
      Value b = t->bases->items[i];
      if (b.is_obj() && type_has(b.obj()->type, kTypeTypeSubclass)) remove_subclass(b.as<TypeObject>(), t);
    }
  }
  if (t->base) remove_subclass(t->base, t);
  xdecref(t->name);
  xdecref(t->qualname);
  xdecref(t->module);
  xdecref(t->base);
  xdecref(t->bases);
  xdecref(t->mro);
  xdecref(t->dict);
  xdecref(t->subclasses);
  decref(t->metadata);
  if (t->lookup_cache) mem_free(t->lookup_cache);
  free_object(o);
}

static void type_traverse(Object* o, VisitFn visit, void* arg) {
  TypeObject* t = static_cast<TypeObject*>(o);
  if (t->dict) visit(t->dict, arg);
  if (t->bases) visit(t->bases, arg);
  if (t->mro) visit(t->mro, arg);
  if (t->base) visit(t->base, arg);
  if (t->metadata.is_obj()) visit(t->metadata.obj(), arg);
}

static void type_clear(Object* o) {
  TypeObject* t = static_cast<TypeObject*>(o);
  if (!type_has(t, kTypeHeapType)) return;
  // The dict and MRO go away: attribute caches holding borrowed pointers into
  // them must stop matching this type (and its subclasses) first.
  if (ThreadState* ts = current_thread_state()) type_bump_version(ts, t);
  if (DictObject* d = t->dict) {
    t->dict = dict_new(current_thread_state());
    decref(d);
  }
  if (TupleObject* m = t->mro) {
    t->mro = nullptr;
    decref(m);
  }
}

Value type_or(ThreadState* ts, Value a, Value b);  // unionobject.cpp

const TypeSpec type_type_spec = {
    .name = "type",
    .basicsize = sizeof(TypeObject),
    .flags = kTypeBaseType | kTypeHasGC,
    .slots = {
        .dealloc = type_dealloc,
        .traverse = type_traverse,
        .clear = type_clear,
        .repr = type_repr,
        .getattr = type_getattro,
        .setattr = type_setattro,
        .call = type_call,
        .new_ = type_new_slot,
        .init = type_init,
        .or_ = type_or,
    },
    .methods = kTypeMethods,
    .getsets = kTypeGetSets,
    .doc = "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type",
};

// ================================================================ class creation
static TypeObject* solid_base(ThreadState* ts, TypeObject* t) {
  TypeObject* base = t->base ? solid_base(ts, t->base) : ts->interp->types.object_;
  if (!t->base) return t;
  // extra_ivars: the layout grew by more than an added __dict__ pointer.
  size_t tsz = t->basicsize, bsz = t->base->basicsize;
  if (type_has(t, kTypeHeapType) && t->nslots == 0) return base;
  if (tsz != bsz || t->itemsize != t->base->itemsize) return t;
  return base;
}

// ---------------------------------------------------------------- __bases__ assignment
// CPython's type_set_bases: the checks and messages, a new MRO for the type
// and every subclass (all restored if one fails), the subclass registries,
// the slots, and new versions so that attribute caches (type_lookup's and the
// VM's inline caches) forget every lookup made through the old MRO.
// Known gap: a metaclass's custom mro() is not consulted here (C3 always).
using SavedMro = std::vector<std::pair<TypeObject*, TupleObject*>>;
static bool recompute_mros(ThreadState* ts, TypeObject* t, SavedMro& saved) {
  Ref l(mro_c3(ts, t));
  if (!l) return false;
  Value tup = sequence_to_tuple(ts, l.get());
  if (!tup) return false;
  saved.push_back({t, t->mro});
  t->mro = tup.as<TupleObject>();
  if (ListObject* subs = t->subclasses) {
    for (int64_t i = 0; i < subs->size; i++)
      if (!recompute_mros(ts, reinterpret_cast<TypeObject*>(uintptr_t(subs->items[i].as_small_int())), saved))
        return false;
  }
  return true;
}

static bool type_set_bases(ThreadState* ts, Value self, Value v) {
  TypeObject* t = as_type(self);
  if (!type_check_heap_set(ts, t, "__bases__", v)) return false;
  if (!is_tuple(ts, v)) {
    raisef(ts, Exc::TypeError, "can only assign tuple to %s.__bases__, not %s", type_cname(t), type_name(ts, v));
    return false;
  }
  TupleObject* nb = v.as<TupleObject>();
  if (nb->size == 0) {
    raisef(ts, Exc::TypeError, "can only assign non-empty tuple to %s.__bases__, not ()", type_cname(t));
    return false;
  }
  for (int64_t i = 0; i < nb->size; i++) {
    Value b = nb->items[i];
    if (!type_has(type_of(ts, b), kTypeTypeSubclass)) {
      raisef(ts, Exc::TypeError, "%s.__bases__ must be tuple of classes, not '%s'", type_cname(t), type_name(ts, b));
      return false;
    }
    if (is_subtype(b.as<TypeObject>(), t)) {
      raise(ts, Exc::TypeError, "a __bases__ item causes an inheritance cycle");
      return false;
    }
  }
  // Best base, as in type_new_class.
  TypeObject* new_base = nullptr;
  TypeObject* winner_solid = nullptr;
  for (int64_t i = 0; i < nb->size; i++) {
    TypeObject* b = nb->items[i].as<TypeObject>();
    TypeObject* cand = solid_base(ts, b);
    if (!winner_solid || (is_subtype(cand, winner_solid) && cand != winner_solid)) {
      winner_solid = cand;
      new_base = b;
    } else if (!is_subtype(winner_solid, cand)) {
      raise(ts, Exc::TypeError, "multiple bases have instance lay-out conflict");
      return false;
    }
  }
  // Instances keep their memory layout: the new base must lay them out alike.
  TypeObject* old_base = t->base;
  if (type_has(new_base, kTypeHasGC) != type_has(old_base, kTypeHasGC)) {
    raisef(ts, Exc::TypeError, "__bases__ assignment: '%s' deallocator differs from '%s'", type_cname(new_base),
           type_cname(old_base));
    return false;
  }
  if (solid_base(ts, new_base) != solid_base(ts, old_base) || new_base->basicsize != old_base->basicsize ||
      new_base->itemsize != old_base->itemsize || new_base->dictoffset != old_base->dictoffset) {
    raisef(ts, Exc::TypeError, "__bases__ assignment: '%s' object layout differs from '%s'", type_cname(new_base),
           type_cname(old_base));
    return false;
  }
  TupleObject* old_bases = t->bases;
  incref(nb);
  incref(new_base);
  t->bases = nb;
  t->base = new_base;
  SavedMro saved;
  bool ok = recompute_mros(ts, t, saved);
  if (!ok) {
    for (size_t i = saved.size(); i-- > 0;) {
      TupleObject* cur = saved[i].first->mro;
      saved[i].first->mro = saved[i].second;
      decref(cur);
    }
    t->bases = old_bases;
    t->base = old_base;
    decref(nb);
    decref(new_base);
    return false;
  }
  for (auto& s : saved) xdecref(s.second);
  for (int64_t i = 0; i < old_bases->size; i++) remove_subclass(old_bases->items[i].as<TypeObject>(), t);
  remove_subclass(old_base, t);
  for (int64_t i = 0; i < nb->size; i++) add_subclass(ts, nb->items[i].as<TypeObject>(), t);
  decref(old_bases);
  decref(old_base);
  type_bump_version(ts, t);  // before the slot updates look names up along the new MRO
  update_slot_for_name(ts, t, nullptr);
  type_bump_version(ts, t);
  return true;
}

static bool is_identifier(std::string_view s) {
  if (s.empty()) return false;
  for (size_t i = 0; i < s.size(); i++) {
    unsigned char c = s[i];
    if (c >= 0x80) continue;  // non-ASCII letters: accept
    if (c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) continue;
    if (i > 0 && c >= '0' && c <= '9') continue;
    return false;
  }
  return true;
}

static std::string mangle(std::string_view cls, std::string_view name) {
  if (name.size() < 3 || name.substr(0, 2) != "__" || name.substr(name.size() - 2) == "__" ||
      name.find('.') != std::string_view::npos)
    return std::string(name);
  size_t i = 0;
  while (i < cls.size() && cls[i] == '_') i++;
  if (i == cls.size()) return std::string(name);
  return "_" + std::string(cls.substr(i)) + std::string(name);
}

static bool call_set_names(ThreadState* ts, TypeObject* t) {
  Ref copy(Value::from_obj(dict_copy(ts, t->dict)));
  if (!copy) return false;
  int64_t pos = 0;
  Value k, v;
  while (dict_next(copy.as<DictObject>(), &pos, &k, &v)) {
    bool is_method = false;
    Ref f(lookup_special(ts, v, ts->interp->names.__set_name__, &is_method));
    if (!f) {
      if (err_occurred(ts)) return false;
      continue;
    }
    Value a3[3] = {v, Value::from_obj(t), k};
    Ref r(is_method ? call(ts, f.get(), a3, 3) : call2(ts, f.get(), Value::from_obj(t), k));
    if (!r) return false;
  }
  return true;
}

static bool call_init_subclass(ThreadState* ts, TypeObject* t, TupleObject* kwnames, const Value* kwvalues) {
  Ref f(super_lookup(ts, t, Value::from_obj(t), t, ts->interp->names.__init_subclass__));
  if (!f) return false;
  Ref r(call(ts, f.get(), kwvalues, 0, kwnames));
  return bool(r);
}

Value type_new_class(ThreadState* ts, TypeObject* metatype, Value name, Value bases, Value dict, TupleObject* kwnames,
                     const Value* kwvalues) {
  Interpreter* interp = ts->interp;
  Names& N = interp->names;
  if (!is_str(ts, name))
    return raisef(ts, Exc::TypeError, "type.__new__() argument 1 must be str, not %s", type_name(ts, name));
  if (!is_tuple(ts, bases))
    return raisef(ts, Exc::TypeError, "type.__new__() argument 2 must be tuple, not %s", type_name(ts, bases));
  if (!is_dict(ts, dict))
    return raisef(ts, Exc::TypeError, "type.__new__() argument 3 must be dict, not %s", type_name(ts, dict));

  // Most derived metaclass.
  TypeObject* winner = metatype;
  int64_t nbases = tuple_size(bases);
  for (int64_t i = 0; i < nbases; i++) {
    TypeObject* bt = type_of(ts, tuple_item(bases, i));
    if (is_subtype(winner, bt)) continue;
    if (is_subtype(bt, winner)) { winner = bt; continue; }
    return raise(ts, Exc::TypeError,
                 "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the "
                 "metaclasses of all its bases");
  }
  if (winner != metatype) {
    if (winner->slots.new_ != type_new_slot) {
      size_t nkw = kwcount(kwnames);
      std::vector<Value> a = {name, bases, dict};
      for (size_t i = 0; i < nkw; i++) a.push_back(kwvalues[i]);
      return winner->slots.new_(ts, winner, a.data(), 3, kwnames);
    }
    metatype = winner;
  }

  Ref bases_ref;
  if (nbases == 0) {
    bases_ref = Ref(tuple_pack(ts, {Value::from_obj(interp->types.object_)}));
    nbases = 1;
  } else {
    bases_ref = Ref::borrow(bases);
  }
  TupleObject* bt = bases_ref.as<TupleObject>();
  for (int64_t i = 0; i < nbases; i++) {
    Value b = bt->items[i];
    if (!type_has(type_of(ts, b), kTypeTypeSubclass)) {
      if (Ref me = Ref(getattr_opt(ts, b, N.__mro_entries__)))
        return raise(ts, Exc::TypeError, "type() doesn't support MRO entry resolution; use types.new_class()");
      if (err_occurred(ts)) return Value();
      return raise(ts, Exc::TypeError, "bases must be types");
    }
    TypeObject* bty = b.as<TypeObject>();
    if (!type_has(bty, kTypeBaseType))
      return raisef(ts, Exc::TypeError, "type '%s' is not an acceptable base type", type_cname(bty));
    for (int64_t j = 0; j < i; j++)
      if (bt->items[j] == b) return raisef(ts, Exc::TypeError, "duplicate base class %s", type_cname(bty));
  }

  // Best base: the one whose solid base is most derived.
  TypeObject* base = nullptr;
  TypeObject* winner_solid = nullptr;
  for (int64_t i = 0; i < nbases; i++) {
    TypeObject* b = bt->items[i].as<TypeObject>();
    TypeObject* cand = solid_base(ts, b);
    if (!winner_solid) {
      winner_solid = cand;
      base = b;
    } else if (is_subtype(winner_solid, cand)) {
    } else if (is_subtype(cand, winner_solid)) {
      winner_solid = cand;
      base = b;
    } else {
      return raise(ts, Exc::TypeError, "multiple bases have instance lay-out conflict");
    }
  }

  DictObject* ns = dict_copy(ts, dict.as<DictObject>());
  if (!ns) return Value();
  Ref ns_ref(Value::from_obj(ns));

  // __slots__
  std::vector<StrObject*> slot_names;
  bool add_dict = base->dictoffset == 0;
  bool has_slots = false;
  // Weak references: like CPython, a class gets a __weakref__ slot unless its
  // base has one or is variable-size in CPython (int, tuple, bytes), or its
  // __slots__ leave '__weakref__' out.
  bool base_varsize = type_has(base, kTypeIntSubclass | kTypeTupleSubclass | kTypeBytesSubclass);
  bool may_add_weak = !type_has(base, kTypeWeakrefable) && !base_varsize;
  bool add_weak = may_add_weak;
  Value slots_v = dict_get_str(ns, N.__slots__);
  if (slots_v) {
    has_slots = true;
    add_dict = false;
    add_weak = false;
    Ref slots_t;
    if (is_str(ts, slots_v)) slots_t = Ref(tuple_pack(ts, {slots_v}));
    else slots_t = Ref(sequence_to_tuple(ts, slots_v));
    if (!slots_t) return Value();
    for (int64_t i = 0; i < tuple_size(slots_t.get()); i++) {
      Value s = tuple_item(slots_t.get(), i);
      if (!is_str(ts, s))
        return raisef(ts, Exc::TypeError, "__slots__ items must be strings, not '%s'", type_name(ts, s));
      std::string_view sv = str_view(s);
      if (!is_identifier(sv)) return raise(ts, Exc::TypeError, "__slots__ must be identifiers");
      if (sv == "__dict__") {
        if (base->dictoffset || add_dict) return raise(ts, Exc::TypeError, "__dict__ slot disallowed: we already got one");
        add_dict = true;
        continue;
      }
      if (sv == "__weakref__") {
        if (base_varsize)
          return raisef(ts, Exc::TypeError, "nonempty __slots__ not supported for subtype of '%s'", type_cname(base));
        if (!may_add_weak || add_weak)
          return raise(ts, Exc::TypeError,
                       "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0");
        add_weak = true;
        continue;
      }
      std::string m = mangle(str_view(name), sv);
      StrObject* ms = intern(ts, m);
      if (dict_get_str(ns, ms))
        return raisef(ts, Exc::ValueError, "'%s' in __slots__ conflicts with class variable", m.c_str());
      if (std::find(slot_names.begin(), slot_names.end(), ms) != slot_names.end())
        return raisef(ts, Exc::TypeError, "duplicate slot name");  // CPython accepts but layout would clash
      slot_names.push_back(ms);
    }
    std::sort(slot_names.begin(), slot_names.end(),
              [](StrObject* a, StrObject* b) { return a->view() < b->view(); });
    if (!slot_names.empty() && base->itemsize)
      return raisef(ts, Exc::TypeError, "nonempty __slots__ not supported for subtype of '%s'", type_cname(base));
  }
  if (!slot_names.empty() && type_has(metatype, kTypeTypeSubclass) && is_subtype(base, interp->types.type))
    return raisef(ts, Exc::TypeError, "nonempty __slots__ not supported for subtype of '%s'", type_cname(base));

  // Allocate the type object.
  TypeObject* t = static_cast<TypeObject*>(alloc_object(ts, metatype));
  if (!t) return Value();
  Ref tref(Value::from_obj(t));
  t->flags = kTypeHeapType | kTypeBaseType | kTypeHasGC;
  if (add_weak || type_has(base, kTypeWeakrefable)) t->flags |= kTypeWeakrefable;
  for (int64_t i = 0; i < nbases; i++) t->flags |= bt->items[i].as<TypeObject>()->flags & kSubclassFlags;
  t->name = static_cast<StrObject*>(newref(name).obj());
  t->bases = static_cast<TupleObject*>(bases_ref.release().obj());
  t->base = base;
  incref(base);
  t->dict = static_cast<DictObject*>(ns_ref.release().obj());
  t->itemsize = base->itemsize;
  size_t off = align8(base->basicsize);
  t->nslots = int64_t(slot_names.size());
  off += slot_names.size() * sizeof(Value);
  if (add_dict && base->itemsize) {
    t->dictoffset = kDictBeforeHeader;  // variable-size base: the pointer goes in front (objects.h)
  } else if (add_dict) {
    t->dictoffset = int64_t(off);
    off += sizeof(DictObject*);
  } else {
    t->dictoffset = base->dictoffset;
  }
  t->basicsize = off;
  if (has_slots) {
    ListObject* l = list_new(ts, 0);
    for (StrObject* s : slot_names) list_append(ts, l, Value::from_obj(s));
    t->metadata = Value::from_obj(l);
  }

  // __qualname__ / __module__ / __doc__
  if (Value q = dict_get_str(t->dict, N.__qualname__)) {
    if (!is_str(ts, q))
      return raisef(ts, Exc::TypeError, "type __qualname__ must be a str, not %s", type_name(ts, q));
    t->qualname = static_cast<StrObject*>(newref(q).obj());
    if (dict_del(ts, t->dict, Value::from_obj(N.__qualname__)) < 0) return Value();
  } else {
    t->qualname = static_cast<StrObject*>(newref(name).obj());
  }
  if (!dict_get_str(t->dict, N.__module__)) {
    if (!dict_set(ts, t->dict, Value::from_obj(N.__module__), Value::from_obj(N.__main__))) return Value();
  }
  {  // kTypeDottedName (typeobject_internal.h): after __qualname__ took the plain name
    StrObject* key = intern(ts, "__minipy_tp_name__");
    if (Value dn = dict_get_str(t->dict, key); dn && is_str(ts, dn)) {
      StrObject* old = t->name;
      t->name = static_cast<StrObject*>(newref(dn).obj());
      decref(old);
      t->flags |= kTypeDottedName;
      if (dict_del(ts, t->dict, Value::from_obj(key)) < 0) return Value();
    }
  }
  if (!dict_get_str(t->dict, N.__doc__)) {
    if (!dict_set(ts, t->dict, Value::from_obj(N.__doc__), Value::none())) return Value();
  }
  // Implicit staticmethod / classmethod wrappers.
  TypeObject* fn_type = interp->types.function;
  auto wrap = [&](StrObject* key, bool cls) -> bool {
    Value f = dict_get_str(t->dict, key);
    if (!f || type_of(ts, f) != fn_type) return true;
    Ref w(cls ? classmethod_new(ts, f) : staticmethod_new(ts, f));
    return w && dict_set(ts, t->dict, Value::from_obj(key), w.get());
  };
  if (!wrap(N.__new__, false) || !wrap(N.__init_subclass__, true) || !wrap(N.__class_getitem__, true))
    return Value();
  // Member descriptors for __slots__, __dict__/__weakref__ getsets.
  for (size_t i = 0; i < slot_names.size(); i++) {
    Ref d(member_descr_new(ts, t, slot_names[i], int64_t(align8(base->basicsize) + i * sizeof(Value))));
    if (!d || !dict_set(ts, t->dict, Value::from_obj(slot_names[i]), d.get())) return Value();
  }
  if (add_dict || add_weak) {
    for (const GetSetDef* g = kInstanceDictGetSets; g->name; g++) {
      if (!(g->get == instance_get_weakref ? add_weak : add_dict)) continue;
      if (dict_get_str(t->dict, intern(ts, g->name))) continue;
      Ref d(getset_descr_new(ts, t, g));
      if (!d || !dict_set_str(ts, t->dict, g->name, d.get())) return Value();
    }
  }
  // __eq__ without __hash__ makes instances unhashable.
  if (dict_get_str(t->dict, N.__eq__) && !dict_get_str(t->dict, N.__hash__)) {
    if (!dict_set(ts, t->dict, Value::from_obj(N.__hash__), Value::none())) return Value();
  }
  // __classcell__
  if (Value cell = dict_get_str(t->dict, N.__classcell__)) {
    if (type_of(ts, cell) != interp->types.cell)
      return raisef(ts, Exc::TypeError, "__classcell__ must be a nonlocal cell, not %s", type_name(ts, cell));
    CellObject* c = cell.as<CellObject>();
    Value old = c->ref;
    c->ref = newref(Value::from_obj(t));
    decref(old);
    if (dict_del(ts, t->dict, Value::from_obj(N.__classcell__)) < 0) return Value();
  }

  // MRO
  type_bump_version(ts, t);
  {
    Value custom = type_lookup(metatype, N.mro);
    Value type_mro = dict_get_str(interp->types.type->dict, N.mro);
    Ref mro_list;
    if (metatype != interp->types.type && custom && custom != type_mro) {
      // Provisional MRO so the custom mro() can look things up.
      t->mro = nullptr;
      mro_list = Ref(call_method(ts, Value::from_obj(t), N.mro, nullptr, 0));
      if (!mro_list) return Value();
    } else {
      mro_list = Ref(mro_c3(ts, t));
      if (!mro_list) return Value();
    }
    Value tup = sequence_to_tuple(ts, mro_list.get());
    if (!tup) return Value();
    t->mro = tup.as<TupleObject>();
  }

  // Slots: start from the best base, then let dunders found along the MRO win.
  t->slots = base->slots;
  t->slots.dealloc = subtype_dealloc;
  t->slots.traverse = subtype_traverse;
  t->slots.clear = subtype_clear;
  fixup_slots_from_dict(ts, t);
  if (type_lookup(t, N.__del__)) t->flags |= kTypeHasFinalizer;
  for (int64_t i = 0; i < t->bases->size; i++) add_subclass(ts, t->bases->items[i].as<TypeObject>(), t);
  type_bump_version(ts, t);

  if (!call_set_names(ts, t)) return Value();
  if (!call_init_subclass(ts, t, kwnames, kwvalues)) return Value();
  return tref.release();
}

}  // namespace minipy
