// runtime/slots.cpp — the two-way bridge between type slots and dunder methods:
//  * built-in types get slot wrappers (int.__add__, list.__len__) for the slots
//    their spec defines, and calling a wrapper calls the slot;
//  * classes get generic "trampoline" slot functions that look the dunder up on
//    the type and call it (binary ones with CPython's SLOT1BINFULL left/right
//    logic), re-evaluated whenever a dunder is assigned on a class.
// Must not: cache anything outside the type objects.
#include <cstring>

#include "runtime/typeobject_internal.h"

namespace minipy {

using NameMember = StrObject* Names::*;

// ================================================================ calling dunders
// Find `name` on type(self) and call it with self prepended. `missing` is set
// (and null returned without error) when the type has no such attribute.
static Value call_dunder(ThreadState* ts, Value self, StrObject* name, const Value* args, size_t nargs,
                         bool* missing = nullptr) {
  TypeObject* t = type_of(ts, self);
  Value descr = type_lookup(t, name);
  if (missing) *missing = false;
  if (!descr) {
    if (missing) {
      *missing = true;
      return Value();
    }
    return raise_no_attribute(ts, self, name);
  }
  TypeObject* dt = type_of(ts, descr);
  if (dt == ts->interp->types.function || dt == ts->interp->types.method_descr) {
    Ref hold = Ref::borrow(descr);
    return call_prepend(ts, descr, self, args, nargs, nullptr);
  }
  if (dt == ts->interp->types.slot_wrapper) {
    Ref hold = Ref::borrow(descr);
    return slot_wrapper_call_impl(ts, descr.as<SlotWrapperObject>(), self, args, nargs, nullptr);
  }
  Ref bound;
  if (dt->slots.descr_get) {
    bound = Ref(dt->slots.descr_get(ts, descr, self, Value::from_obj(t)));
    if (!bound) return Value();
  } else {
    bound = Ref::borrow(descr);
  }
  return call(ts, bound.get(), args, nargs, nullptr);
}

// call_maybe of CPython: NotImplemented when the type lacks the method.
static Value call_maybe(ThreadState* ts, Value self, StrObject* name, const Value* args, size_t nargs) {
  bool missing = false;
  Value r = call_dunder(ts, self, name, args, nargs, &missing);
  if (missing) return Value::not_implemented();
  return r;
}

// ================================================================ trampolines
template <NameMember M>
static Value slot_unary(ThreadState* ts, Value self) {
  return call_dunder(ts, self, ts->interp->names.*M, nullptr, 0);
}

static Value slot_iter(ThreadState* ts, Value self) {
  StrObject* name = ts->interp->names.__iter__;
  Value d = type_lookup(type_of(ts, self), name);
  if (d.is_none()) return raisef(ts, Exc::TypeError, "'%s' object is not iterable", type_name(ts, self));
  return call_dunder(ts, self, name, nullptr, 0);
}

static Value slot_iternext(ThreadState* ts, Value self) {
  Value r = call_dunder(ts, self, ts->interp->names.__next__, nullptr, 0);
  if (!r && err_matches(ts, Exc::StopIteration)) err_clear(ts);
  return r;
}

static bool slot_hash(ThreadState* ts, Value self, int64_t* out) {
  StrObject* name = ts->interp->names.__hash__;
  Value d = type_lookup(type_of(ts, self), name);
  if (!d || d.is_none()) {
    raisef(ts, Exc::TypeError, "unhashable type: '%s'", type_name(ts, self));
    return false;
  }
  Ref r(call_dunder(ts, self, name, nullptr, 0));
  if (!r) return false;
  if (!is_int(ts, r.get())) {
    raise(ts, Exc::TypeError, "__hash__ method should return an integer");
    return false;
  }
  int64_t h;
  if (r.get().is_small_int()) h = r.get().as_small_int();
  else if (r.get().is_bool()) h = r.get().is_true();
  else if (!int_as_i64(ts, r.get(), &h)) {
    err_clear(ts);
    h = int_hash(ts, r.get());
  }
  *out = h == -1 ? -2 : h;
  return true;
}

static bool slot_len(ThreadState* ts, Value self, int64_t* out) {
  Ref r(call_dunder(ts, self, ts->interp->names.__len__, nullptr, 0));
  if (!r) return false;
  if (r.get().is_small_int()) {
    *out = r.get().as_small_int();
  } else {
    Ref i(index(ts, r.get()));
    if (!i) return false;
    if (int_sign(ts, i.get()) < 0) {
      raise(ts, Exc::ValueError, "__len__() should return >= 0");
      return false;
    }
    if (!int_as_i64(ts, i.get(), out)) {
      err_clear(ts);
      raisef(ts, Exc::OverflowError, "cannot fit 'int' into an index-sized integer");
      return false;
    }
  }
  if (*out < 0) {
    raise(ts, Exc::ValueError, "__len__() should return >= 0");
    return false;
  }
  return true;
}

static int slot_bool(ThreadState* ts, Value self) {
  Names& N = ts->interp->names;
  TypeObject* t = type_of(ts, self);
  if (!type_lookup(t, N.__bool__)) {
    if (!type_lookup(t, N.__len__)) return 1;
    int64_t n;
    if (!length(ts, self, &n)) return -1;
    return n != 0;
  }
  Ref r(call_dunder(ts, self, N.__bool__, nullptr, 0));
  if (!r) return -1;
  if (!r.get().is_bool()) {
    raisef(ts, Exc::TypeError, "__bool__ should return bool, returned %s", type_name(ts, r.get()));
    return -1;
  }
  return r.get().is_true();
}

static const NameMember kCmpNames[] = {&Names::__lt__, &Names::__le__, &Names::__eq__,
                                       &Names::__ne__, &Names::__gt__, &Names::__ge__};

static Value slot_richcompare(ThreadState* ts, Value self, Value other, CmpOp op) {
  StrObject* name = ts->interp->names.*kCmpNames[int(op)];
  TypeObject* t = type_of(ts, self);
  Value d = type_lookup(t, name);
  if (!d) return Value::not_implemented();
  if (type_of(ts, d) == ts->interp->types.slot_wrapper) {
    SlotWrapperObject* w = d.as<SlotWrapperObject>();
    RichCmpFn f = w->owner->slots.richcompare;
    if (f && f != slot_richcompare) return f(ts, self, other, op);
  }
  return call_dunder(ts, self, name, &other, 1);
}

// Binary operators: index into this table by BinOp.
static const NameMember kBinNames[][3] = {
    {&Names::__add__, &Names::__radd__, &Names::__iadd__},
    {&Names::__sub__, &Names::__rsub__, &Names::__isub__},
    {&Names::__mul__, &Names::__rmul__, &Names::__imul__},
    {&Names::__matmul__, &Names::__rmatmul__, &Names::__imatmul__},
    {&Names::__truediv__, &Names::__rtruediv__, &Names::__itruediv__},
    {&Names::__floordiv__, &Names::__rfloordiv__, &Names::__ifloordiv__},
    {&Names::__mod__, &Names::__rmod__, &Names::__imod__},
    {&Names::__pow__, &Names::__rpow__, &Names::__ipow__},
    {&Names::__lshift__, &Names::__rlshift__, &Names::__ilshift__},
    {&Names::__rshift__, &Names::__rrshift__, &Names::__irshift__},
    {&Names::__and__, &Names::__rand__, &Names::__iand__},
    {&Names::__or__, &Names::__ror__, &Names::__ior__},
    {&Names::__xor__, &Names::__rxor__, &Names::__ixor__},
};
// divmod is not a BinOp; it uses its own row.
static const NameMember kDivmodNames[3] = {&Names::__divmod__, &Names::__rdivmod__, nullptr};

static BinaryFn* binslot_ptr(TypeObject* t, size_t offset) {
  return reinterpret_cast<BinaryFn*>(reinterpret_cast<char*>(&t->slots) + offset);
}

// CPython's SLOT1BINFULL.
template <size_t OFFSET, int ROW>
static Value slot_binop(ThreadState* ts, Value self, Value other) {
  const NameMember* names = ROW < 0 ? kDivmodNames : kBinNames[ROW];
  StrObject* op = ts->interp->names.*names[0];
  StrObject* rop = ts->interp->names.*names[1];
  BinaryFn me = &slot_binop<OFFSET, ROW>;
  TypeObject* ta = type_of(ts, self);
  TypeObject* tb = type_of(ts, other);
  bool do_other = ta != tb && *binslot_ptr(tb, OFFSET) == me;
  if (*binslot_ptr(ta, OFFSET) == me) {
    if (do_other && is_subtype(tb, ta) && type_lookup(ta, rop) != type_lookup(tb, rop)) {
      Value r = call_maybe(ts, other, rop, &self, 1);
      if (!r.is_not_implemented()) return r;
      do_other = false;
    }
    Value r = call_maybe(ts, self, op, &other, 1);
    if (!r.is_not_implemented() || ta == tb) return r;
  }
  if (do_other) return call_maybe(ts, other, rop, &self, 1);
  return Value::not_implemented();
}

static Value slot_pow(ThreadState* ts, Value self, Value other, Value mod) {
  Names& N = ts->interp->names;
  TypeObject* ta = type_of(ts, self);
  TypeObject* tb = type_of(ts, other);
  if (!mod.is_none()) {
    if (ta->slots.pow == slot_pow) {
      Value args[2] = {other, mod};
      return call_maybe(ts, self, N.__pow__, args, 2);
    }
    return Value::not_implemented();
  }
  bool do_other = ta != tb && tb->slots.pow == slot_pow;
  if (ta->slots.pow == slot_pow) {
    if (do_other && is_subtype(tb, ta) && type_lookup(ta, N.__rpow__) != type_lookup(tb, N.__rpow__)) {
      Value r = call_maybe(ts, other, N.__rpow__, &self, 1);
      if (!r.is_not_implemented()) return r;
      do_other = false;
    }
    Value r = call_maybe(ts, self, N.__pow__, &other, 1);
    if (!r.is_not_implemented() || ta == tb) return r;
  }
  if (do_other) return call_maybe(ts, other, N.__rpow__, &self, 1);
  return Value::not_implemented();
}

template <int ROW>
static Value slot_inplace(ThreadState* ts, Value self, Value other) {
  return call_maybe(ts, self, ts->interp->names.*kBinNames[ROW][2], &other, 1);
}
static Value slot_ipow(ThreadState* ts, Value self, Value other, Value mod) {
  return call_maybe(ts, self, ts->interp->names.__ipow__, &other, 1);
}

static Value slot_call(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  StrObject* name = ts->interp->names.__call__;
  TypeObject* t = type_of(ts, self);
  Value descr = type_lookup(t, name);
  if (!descr) return raisef(ts, Exc::TypeError, "'%s' object is not callable", type_cname(t));
  Ref hold = Ref::borrow(descr);
  TypeObject* dt = type_of(ts, descr);
  if (dt == ts->interp->types.function || dt == ts->interp->types.method_descr)
    return call_prepend(ts, descr, self, args, nargs, kwnames);
  if (dt == ts->interp->types.slot_wrapper)
    return slot_wrapper_call_impl(ts, descr.as<SlotWrapperObject>(), self, args, nargs, kwnames);
  Ref bound(dt->slots.descr_get ? dt->slots.descr_get(ts, descr, self, Value::from_obj(t)) : newref(descr));
  if (!bound) return Value();
  return call(ts, bound.get(), args, nargs, kwnames);
}

static Value slot_getitem(ThreadState* ts, Value self, Value key) {
  return call_dunder(ts, self, ts->interp->names.__getitem__, &key, 1);
}
static bool slot_setitem(ThreadState* ts, Value self, Value key, Value v) {
  Names& N = ts->interp->names;
  Value args[2] = {key, v};
  Ref r(v ? call_dunder(ts, self, N.__setitem__, args, 2) : call_dunder(ts, self, N.__delitem__, args, 1));
  return bool(r);
}
static int slot_contains(ThreadState* ts, Value self, Value item) {
  StrObject* name = ts->interp->names.__contains__;
  Value d = type_lookup(type_of(ts, self), name);
  if (d.is_none()) {
    raisef(ts, Exc::TypeError, "'%s' object is not a container", type_name(ts, self));
    return -1;
  }
  Ref r(call_dunder(ts, self, name, &item, 1));
  if (!r) return -1;
  return truthy(ts, r.get());
}

static Value slot_getattribute(ThreadState* ts, Value obj, StrObject* name) {
  Value n = Value::from_obj(name);
  return call_dunder(ts, obj, ts->interp->names.__getattribute__, &n, 1);
}

Value slot_getattr_hook(ThreadState* ts, Value obj, StrObject* name) {
  Names& N = ts->interp->names;
  TypeObject* t = type_of(ts, obj);
  Value ga = type_lookup(t, N.__getattribute__);
  Value r;
  if (ga && type_of(ts, ga) == ts->interp->types.slot_wrapper) {
    GetAttrFn f = ga.as<SlotWrapperObject>()->owner->slots.getattr;
    if (!f || f == slot_getattr_hook || f == slot_getattribute) f = generic_getattr;
    r = f(ts, obj, name);
  } else if (ga) {
    Value n = Value::from_obj(name);
    r = call_dunder(ts, obj, N.__getattribute__, &n, 1);
  } else {
    r = generic_getattr(ts, obj, name);
  }
  if (r || !err_matches(ts, Exc::AttributeError)) return r;
  Value hook = type_lookup(t, N.__getattr__);
  if (!hook) return r;
  err_clear(ts);
  Value n = Value::from_obj(name);
  return call_dunder(ts, obj, N.__getattr__, &n, 1);
}

static bool slot_setattr(ThreadState* ts, Value obj, StrObject* name, Value v) {
  Names& N = ts->interp->names;
  Value args[2] = {Value::from_obj(name), v};
  Ref r(v ? call_dunder(ts, obj, N.__setattr__, args, 2) : call_dunder(ts, obj, N.__delattr__, args, 1));
  return bool(r);
}

static Value slot_descr_get(ThreadState* ts, Value self, Value obj, Value type) {
  Value args[2] = {obj ? obj : Value::none(), type ? type : Value::none()};
  return call_dunder(ts, self, ts->interp->names.__get__, args, 2);
}
static bool slot_descr_set(ThreadState* ts, Value self, Value obj, Value v) {
  Names& N = ts->interp->names;
  Value args[2] = {obj, v};
  Ref r(v ? call_dunder(ts, self, N.__set__, args, 2) : call_dunder(ts, self, N.__delete__, args, 1));
  return bool(r);
}

static bool slot_init(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  StrObject* name = ts->interp->names.__init__;
  TypeObject* t = type_of(ts, self);
  Value descr = type_lookup(t, name);
  if (!descr) {
    raise_no_attribute(ts, self, name);
    return false;
  }
  Ref hold = Ref::borrow(descr);
  TypeObject* dt = type_of(ts, descr);
  Value r;
  if (dt == ts->interp->types.function) {
    r = call_prepend(ts, descr, self, args, nargs, kwnames);
  } else if (dt == ts->interp->types.slot_wrapper) {
    r = slot_wrapper_call_impl(ts, descr.as<SlotWrapperObject>(), self, args, nargs, kwnames);
  } else {
    Ref bound(dt->slots.descr_get ? dt->slots.descr_get(ts, descr, self, Value::from_obj(t)) : newref(descr));
    if (!bound) return false;
    r = call(ts, bound.get(), args, nargs, kwnames);
  }
  if (!r) return false;
  if (!r.is_none()) {
    const char* tn = type_name(ts, r);
    decref(r);
    raisef(ts, Exc::TypeError, "__init__() should return None, not '%s'", tn);
    return false;
  }
  return true;
}

static Value slot_new(ThreadState* ts, TypeObject* type, const Value* args, size_t nargs, TupleObject* kwnames) {
  Ref f(getattr(ts, Value::from_obj(type), ts->interp->names.__new__));
  if (!f) return Value();
  return call_prepend(ts, f.get(), Value::from_obj(type), args, nargs, kwnames);
}

// ================================================================ the slot table
#define OFF(f) offsetof(TypeSlots, f)
#define TR(f) reinterpret_cast<void*>(f)
#define BIN(f, row, l, r, il)                                                      \
  {l, OFF(f), SlotSig::BinaryL, TR((&slot_binop<OFF(f), row>)), 0},              \
  {r, OFF(f), SlotSig::BinaryR, TR((&slot_binop<OFF(f), row>)), 0}
#define INPL(f, row, n) {n, OFF(f), SlotSig::InplaceBin, TR(&slot_inplace<row>), 0}
#define UN(f, m) {#m, OFF(f), SlotSig::Unary, TR(&slot_unary<&Names::m>), 0}

// Entries sharing a slot are adjacent (fixup_slots_from_dict relies on it).
const SlotDef kSlotDefs[] = {
    UN(repr, __repr__),
    UN(str, __str__),
    {"__hash__", OFF(hash), SlotSig::Hash, TR(slot_hash), 0},
    {"__call__", OFF(call), SlotSig::Call, TR(slot_call), 0},
    {"__getattribute__", OFF(getattr), SlotSig::GetAttr, TR(slot_getattribute), 0},
    {"__getattr__", OFF(getattr), SlotSig::GetAttrHook, TR(slot_getattr_hook), 0},
    {"__setattr__", OFF(setattr), SlotSig::SetAttr, TR(slot_setattr), 0},
    {"__delattr__", OFF(setattr), SlotSig::DelAttr, TR(slot_setattr), 0},
    {"__lt__", OFF(richcompare), SlotSig::RichCmp, TR(slot_richcompare), int(CmpOp::Lt)},
    {"__le__", OFF(richcompare), SlotSig::RichCmp, TR(slot_richcompare), int(CmpOp::Le)},
    {"__eq__", OFF(richcompare), SlotSig::RichCmp, TR(slot_richcompare), int(CmpOp::Eq)},
    {"__ne__", OFF(richcompare), SlotSig::RichCmp, TR(slot_richcompare), int(CmpOp::Ne)},
    {"__gt__", OFF(richcompare), SlotSig::RichCmp, TR(slot_richcompare), int(CmpOp::Gt)},
    {"__ge__", OFF(richcompare), SlotSig::RichCmp, TR(slot_richcompare), int(CmpOp::Ge)},
    {"__iter__", OFF(iter), SlotSig::Unary, TR(slot_iter), 0},
    {"__next__", OFF(iternext), SlotSig::Unary, TR(slot_iternext), 0},
    {"__get__", OFF(descr_get), SlotSig::DescrGet, TR(slot_descr_get), 0},
    {"__set__", OFF(descr_set), SlotSig::DescrSet, TR(slot_descr_set), 0},
    {"__delete__", OFF(descr_set), SlotSig::DescrDelete, TR(slot_descr_set), 0},
    {"__init__", OFF(init), SlotSig::Init, TR(slot_init), 0},
    {"__new__", OFF(new_), SlotSig::New, TR(slot_new), 0},
    BIN(add, 0, "__add__", "__radd__", "__iadd__"),
    BIN(sub, 1, "__sub__", "__rsub__", "__isub__"),
    BIN(mul, 2, "__mul__", "__rmul__", "__imul__"),
    BIN(matmul, 3, "__matmul__", "__rmatmul__", "__imatmul__"),
    BIN(truediv, 4, "__truediv__", "__rtruediv__", "__itruediv__"),
    BIN(floordiv, 5, "__floordiv__", "__rfloordiv__", "__ifloordiv__"),
    BIN(mod, 6, "__mod__", "__rmod__", "__imod__"),
    BIN(divmod, -1, "__divmod__", "__rdivmod__", nullptr),
    {"__pow__", OFF(pow), SlotSig::Ternary, TR(slot_pow), 0},
    {"__rpow__", OFF(pow), SlotSig::TernaryR, TR(slot_pow), 0},
    BIN(lshift, 8, "__lshift__", "__rlshift__", "__ilshift__"),
    BIN(rshift, 9, "__rshift__", "__rrshift__", "__irshift__"),
    BIN(and_, 10, "__and__", "__rand__", "__iand__"),
    BIN(or_, 11, "__or__", "__ror__", "__ior__"),
    BIN(xor_, 12, "__xor__", "__rxor__", "__ixor__"),
    UN(neg, __neg__),
    UN(pos, __pos__),
    UN(abs, __abs__),
    UN(invert, __invert__),
    {"__bool__", OFF(bool_), SlotSig::Inquiry, TR(slot_bool), 0},
    UN(int_, __int__),
    UN(float_, __float__),
    UN(index, __index__),
    INPL(iadd, 0, "__iadd__"),
    INPL(isub, 1, "__isub__"),
    INPL(imul, 2, "__imul__"),
    INPL(imatmul, 3, "__imatmul__"),
    INPL(itruediv, 4, "__itruediv__"),
    INPL(ifloordiv, 5, "__ifloordiv__"),
    INPL(imod, 6, "__imod__"),
    {"__ipow__", OFF(ipow), SlotSig::InplaceTer, TR(slot_ipow), 0},
    INPL(ilshift, 8, "__ilshift__"),
    INPL(irshift, 9, "__irshift__"),
    INPL(iand, 10, "__iand__"),
    INPL(ior, 11, "__ior__"),
    INPL(ixor, 12, "__ixor__"),
    {"__len__", OFF(len), SlotSig::Len, TR(slot_len), 0},
    {"__getitem__", OFF(getitem), SlotSig::GetItem, TR(slot_getitem), 0},
    {"__setitem__", OFF(setitem), SlotSig::SetItem, TR(slot_setitem), 0},
    {"__delitem__", OFF(setitem), SlotSig::DelItem, TR(slot_setitem), 0},
    {"__contains__", OFF(contains), SlotSig::Contains, TR(slot_contains), 0},
};
const size_t kNumSlotDefs = sizeof(kSlotDefs) / sizeof(kSlotDefs[0]);
#undef OFF
#undef TR
#undef BIN
#undef INPL
#undef UN

static inline void** slot_ptr(TypeSlots* s, size_t offset) {
  return reinterpret_cast<void**>(reinterpret_cast<char*>(s) + offset);
}

// ================================================================ built-in types: slot wrappers
bool add_slot_wrappers(ThreadState* ts, TypeObject* t) {
  const TypeSlots* own = t->spec ? &t->spec->slots : &t->slots;
  for (size_t i = 0; i < kNumSlotDefs; i++) {
    const SlotDef& d = kSlotDefs[i];
    if (d.sig == SlotSig::New || d.sig == SlotSig::GetAttrHook) continue;
    if (!*slot_ptr(const_cast<TypeSlots*>(own), d.offset)) continue;
    // A built-in sequence's `add` is CPython's sq_concat, which has no reflected
    // form: list/tuple/str/bytes/deque show __add__ but no __radd__ (dir, hasattr).
    if (d.sig == SlotSig::BinaryR && d.offset == offsetof(TypeSlots, add) && own->len && own->getitem) continue;
    StrObject* name = intern(ts, d.name);
    if (dict_get_str(t->dict, name)) continue;
    Ref w(slot_wrapper_new(ts, t, name, int(i)));
    if (!w || !dict_set(ts, t->dict, Value::from_obj(name), w.get())) return false;
  }
  return true;
}

// ================================================================ heap types: dunders -> slots
static void fixup_group(ThreadState* ts, TypeObject* t, size_t first, size_t end) {
  const SlotDef& d0 = kSlotDefs[first];
  void** slot = slot_ptr(&t->slots, d0.offset);
  void* specific = nullptr;
  bool generic = false, any = false;
  if (d0.offset == offsetof(TypeSlots, getattr)) {
    // __getattr__ anywhere forces the hook; otherwise __getattribute__ decides.
    if (type_lookup(t, intern(ts, "__getattr__"))) {
      *slot = reinterpret_cast<void*>(&slot_getattr_hook);
      return;
    }
  }
  for (size_t i = first; i < end; i++) {
    const SlotDef& d = kSlotDefs[i];
    if (d.sig == SlotSig::GetAttrHook) continue;
    Value descr = type_lookup(t, intern(ts, d.name));
    if (!descr) continue;
    any = true;
    TypeObject* dt = type_of(ts, descr);
    void* fn = nullptr;
    TypeObject* owner = nullptr;
    if (dt == ts->interp->types.slot_wrapper) {
      SlotWrapperObject* w = descr.as<SlotWrapperObject>();
      if (kSlotDefs[w->kind].offset == d0.offset) fn = *slot_ptr(&w->owner->slots, d0.offset);
    } else if (d.sig == SlotSig::New && is_tp_new_wrapper(ts, descr, &owner)) {
      fn = reinterpret_cast<void*>(owner->slots.new_);
    } else if (d.sig == SlotSig::Hash && descr.is_none()) {
      continue;  // __hash__ = None: unhashable (null slot) unless something else says otherwise
    }
    if (!fn) {
      generic = true;
      break;
    }
    if (specific && specific != fn) {
      generic = true;
      break;
    }
    specific = fn;
  }
  if (generic) *slot = d0.trampoline;
  else *slot = any ? specific : nullptr;
}

void fixup_slots_from_dict(ThreadState* ts, TypeObject* t) {
  size_t i = 0;
  while (i < kNumSlotDefs) {
    size_t j = i + 1;
    while (j < kNumSlotDefs && kSlotDefs[j].offset == kSlotDefs[i].offset) j++;
    fixup_group(ts, t, i, j);
    i = j;
  }
  // Unary-like dunders set to None keep a trampoline so the call raises properly.
  if (type_lookup(t, ts->interp->names.__del__)) t->flags |= kTypeHasFinalizer;
  else t->flags &= ~uint32_t(kTypeHasFinalizer);
}

static void update_subtree(ThreadState* ts, TypeObject* t) {
  if (type_has(t, kTypeHeapType)) fixup_slots_from_dict(ts, t);
  if (ListObject* subs = t->subclasses) {
    for (int64_t i = 0; i < subs->size; i++)
      update_subtree(ts, reinterpret_cast<TypeObject*>(uintptr_t(subs->items[i].as_small_int())));
  }
}

void update_slot_for_name(ThreadState* ts, TypeObject* t, StrObject* name) {
  if (name) {
    std::string_view n = name->view();
    if (n.size() < 5 || n.substr(0, 2) != "__" || n.substr(n.size() - 2) != "__") return;
  }
  update_subtree(ts, t);
}

// ================================================================ calling a slot wrapper
static bool want_nargs(ThreadState* ts, SlotWrapperObject* w, size_t nargs, size_t min, size_t max) {
  if (nargs >= min && nargs <= max) return true;
  if (min == max)
    raisef(ts, Exc::TypeError, "expected %zu argument%s, got %zu", min, min == 1 ? "" : "s", nargs);
  else
    raisef(ts, Exc::TypeError, "expected at most %zu arguments, got %zu", max, nargs);
  return false;
}

// CPython's hackcheck: object.__setattr__(C, ...) must not skip a C++-level
// override such as type.__setattr__ (which also invalidates attribute caches
// when a class changes): "can't apply this __setattr__ to type object".
static bool setattr_hackcheck(ThreadState* ts, Value self, SetAttrFn func, bool del) {
  TypeObject* type = type_of(ts, self);
  auto own = [](TypeObject* b) { return b->slots.setattr ? b->slots.setattr : generic_setattr; };
  // The (base) type that defined type's slot function; Python classes never do.
  TypeObject* defining = type;
  if (TupleObject* mro = type->mro) {
    for (int64_t i = mro->size - 1; i >= 0; i--) {
      TypeObject* b = mro->items[i].as<TypeObject>();
      if (b->slots.setattr == slot_setattr) continue;
      if (own(b) == own(type)) {
        defining = b;
        break;
      }
    }
  }
  for (TypeObject* b = defining; b; b = b->base) {
    if (own(b) == func) break;
    if (b->slots.setattr != slot_setattr) {
      raisef(ts, Exc::TypeError, "can't apply this %s to %s object", del ? "__delattr__" : "__setattr__",
             type_cname(type));
      return false;
    }
  }
  return true;
}

static bool attr_name_arg(ThreadState* ts, Value v, StrObject** out) {
  if (!is_str(ts, v)) {
    raisef(ts, Exc::TypeError, "attribute name must be string, not '%s'", type_name(ts, v));
    return false;
  }
  *out = v.as<StrObject>();
  return true;
}

Value slot_wrapper_call_impl(ThreadState* ts, SlotWrapperObject* w, Value self, const Value* args, size_t nargs,
                             TupleObject* kwnames) {
  const SlotDef& d = kSlotDefs[w->kind];
  void* fn = *slot_ptr(&w->owner->slots, d.offset);
  if (!fn) return raisef(ts, Exc::TypeError, "slot '%s' is not available", d.name);
  if (d.sig != SlotSig::Call && d.sig != SlotSig::Init && kwcount(kwnames)) {
    return raisef(ts, Exc::TypeError, "wrapper %s() takes no keyword arguments", d.name);
  }
  switch (d.sig) {
    case SlotSig::Unary: {
      if (!want_nargs(ts, w, nargs, 0, 0)) return Value();
      Value r = reinterpret_cast<UnaryFn>(fn)(ts, self);
      // The iternext slot signals exhaustion with null and no exception;
      // it.__next__() raises StopIteration then.
      if (!r && d.offset == offsetof(TypeSlots, iternext) && !err_occurred(ts))
        return raise_value(ts, Value::from_obj(exc_type(ts, Exc::StopIteration)));
      return r;
    }
    case SlotSig::BinaryL:
    case SlotSig::InplaceBin:
      if (!want_nargs(ts, w, nargs, 1, 1)) return Value();
      return reinterpret_cast<BinaryFn>(fn)(ts, self, args[0]);
    case SlotSig::BinaryR:
      if (!want_nargs(ts, w, nargs, 1, 1)) return Value();
      return reinterpret_cast<BinaryFn>(fn)(ts, args[0], self);
    case SlotSig::Ternary:
    case SlotSig::InplaceTer:
      if (!want_nargs(ts, w, nargs, 1, 2)) return Value();
      return reinterpret_cast<TernaryFn>(fn)(ts, self, args[0], nargs > 1 ? args[1] : Value::none());
    case SlotSig::TernaryR:
      if (!want_nargs(ts, w, nargs, 1, 2)) return Value();
      return reinterpret_cast<TernaryFn>(fn)(ts, args[0], self, nargs > 1 ? args[1] : Value::none());
    case SlotSig::RichCmp:
      if (!want_nargs(ts, w, nargs, 1, 1)) return Value();
      return reinterpret_cast<RichCmpFn>(fn)(ts, self, args[0], CmpOp(d.op));
    case SlotSig::Hash: {
      if (!want_nargs(ts, w, nargs, 0, 0)) return Value();
      int64_t h;
      if (!reinterpret_cast<HashFn>(fn)(ts, self, &h)) return Value();
      return int_from_i64(ts, h);
    }
    case SlotSig::Len: {
      if (!want_nargs(ts, w, nargs, 0, 0)) return Value();
      int64_t n;
      if (!reinterpret_cast<LenFn>(fn)(ts, self, &n)) return Value();
      return int_from_i64(ts, n);
    }
    case SlotSig::Inquiry: {
      if (!want_nargs(ts, w, nargs, 0, 0)) return Value();
      int r = reinterpret_cast<InquiryFn>(fn)(ts, self);
      if (r < 0) return Value();
      return Value::boolean(r);
    }
    case SlotSig::Contains: {
      if (!want_nargs(ts, w, nargs, 1, 1)) return Value();
      int r = reinterpret_cast<ContainsFn>(fn)(ts, self, args[0]);
      if (r < 0) return Value();
      return Value::boolean(r);
    }
    case SlotSig::GetAttr: {
      if (!want_nargs(ts, w, nargs, 1, 1)) return Value();
      StrObject* n;
      if (!attr_name_arg(ts, args[0], &n)) return Value();
      GetAttrFn f = reinterpret_cast<GetAttrFn>(fn);
      if (f == slot_getattr_hook) f = generic_getattr;  // object.__getattribute__ never calls __getattr__
      return f(ts, self, n);
    }
    case SlotSig::SetAttr:
    case SlotSig::DelAttr: {
      bool del = d.sig == SlotSig::DelAttr;
      if (!want_nargs(ts, w, nargs, del ? 1 : 2, del ? 1 : 2)) return Value();
      StrObject* n;
      if (!attr_name_arg(ts, args[0], &n)) return Value();
      SetAttrFn func = fn ? reinterpret_cast<SetAttrFn>(fn) : generic_setattr;
      if (!setattr_hackcheck(ts, self, func, del)) return Value();
      if (!func(ts, self, n, del ? Value() : args[1])) return Value();
      return Value::none();
    }
    case SlotSig::GetItem:
      if (!want_nargs(ts, w, nargs, 1, 1)) return Value();
      return reinterpret_cast<BinaryFn>(fn)(ts, self, args[0]);
    case SlotSig::SetItem:
      if (!want_nargs(ts, w, nargs, 2, 2)) return Value();
      if (!reinterpret_cast<SetItemFn>(fn)(ts, self, args[0], args[1])) return Value();
      return Value::none();
    case SlotSig::DelItem:
      if (!want_nargs(ts, w, nargs, 1, 1)) return Value();
      if (!reinterpret_cast<SetItemFn>(fn)(ts, self, args[0], Value())) return Value();
      return Value::none();
    case SlotSig::Call:
      return reinterpret_cast<CallFn>(fn)(ts, self, args, nargs, kwnames);
    case SlotSig::Init:
      if (!reinterpret_cast<InitFn>(fn)(ts, self, args, nargs, kwnames)) return Value();
      return Value::none();
    case SlotSig::DescrGet: {
      if (!want_nargs(ts, w, nargs, 1, 2)) return Value();
      Value obj = args[0].is_none() ? Value() : args[0];
      Value type = nargs > 1 && !args[1].is_none() ? args[1] : Value();
      if (!obj && !type) return raise(ts, Exc::TypeError, "__get__(None, None) is invalid");
      return reinterpret_cast<DescrGetFn>(fn)(ts, self, obj, type);
    }
    case SlotSig::DescrSet:
      if (!want_nargs(ts, w, nargs, 2, 2)) return Value();
      if (!reinterpret_cast<DescrSetFn>(fn)(ts, self, args[0], args[1])) return Value();
      return Value::none();
    case SlotSig::DescrDelete:
      if (!want_nargs(ts, w, nargs, 1, 1)) return Value();
      if (!reinterpret_cast<DescrSetFn>(fn)(ts, self, args[0], Value())) return Value();
      return Value::none();
    default:
      return raisef(ts, Exc::SystemError, "bad slot wrapper kind for %s", d.name);
  }
}

}  // namespace minipy
