// runtime/typeobject_internal.h — private glue between the data-model core files
// (typeobject.cpp, slots.cpp, descrobject.cpp, superobject.cpp, abstract.cpp).
// Nothing outside those files should include it; the public contract stays in
// object.h / objects.h.
#pragma once
#include "runtime/runtime.h"

namespace minipy {

// ---------------------------------------------------------------- slot table (slots.cpp)
// How a slot wrapper calls its slot, and how a Python dunder fills the slot.
enum class SlotSig : uint8_t {
  Unary,        // repr, str, iter, iternext, neg, ... : f(self)
  BinaryL,      // __add__: f(self, other)
  BinaryR,      // __radd__: f(other, self)
  Ternary,      // __pow__: f(self, other, mod=None)
  TernaryR,     // __rpow__
  InplaceBin,   // __iadd__: f(self, other)
  InplaceTer,   // __ipow__
  RichCmp,      // __lt__.. (op in SlotDef::op)
  Hash, Len, Inquiry, Contains,
  GetAttr,      // __getattribute__
  SetAttr, DelAttr,
  GetItem, SetItem, DelItem,
  Call, Init, New,
  DescrGet, DescrSet, DescrDelete,
  Del,          // __del__ (finalizer, heap types only)
  GetAttrHook,  // __getattr__ (only fills the getattr slot)
};

struct SlotDef {
  const char* name;       // dunder name
  size_t offset;          // offsetof(TypeSlots, x)
  SlotSig sig;
  void* trampoline;       // the generic slot function that calls the dunder (heap types)
  int op;                 // CmpOp for RichCmp
};
extern const SlotDef kSlotDefs[];
extern const size_t kNumSlotDefs;

// Add the slot wrappers (int.__add__, list.__len__, ...) for every slot a built-in spec defines.
bool add_slot_wrappers(ThreadState* ts, TypeObject* t);
// For a heap type: point each slot at the generic trampoline when the dunder is
// found along the MRO as a Python-level attribute, otherwise inherit.
void fixup_slots_from_dict(ThreadState* ts, TypeObject* t);
// Re-evaluate the slots affected by `name` for t and its subclasses (name may be null: all).
void update_slot_for_name(ThreadState* ts, TypeObject* t, StrObject* name);
Value slot_wrapper_call_impl(ThreadState* ts, SlotWrapperObject* w, Value self, const Value* args, size_t nargs,
                             TupleObject* kwnames);
// Heap-type slot functions abstract.cpp needs to recognise.
Value slot_getattr_hook(ThreadState* ts, Value obj, StrObject* name);

// ---------------------------------------------------------------- descriptors (descrobject.cpp)
Value method_descr_new(ThreadState* ts, TypeObject* owner, const MethodDef* def);
Value getset_descr_new(ThreadState* ts, TypeObject* owner, const GetSetDef* def);
Value member_descr_new(ThreadState* ts, TypeObject* owner, StrObject* name, int64_t offset);
Value slot_wrapper_new(ThreadState* ts, TypeObject* owner, StrObject* name, int kind);
Value method_wrapper_new(ThreadState* ts, Value wrapper, Value self);
Value staticmethod_new(ThreadState* ts, Value func);
Value classmethod_new(ThreadState* ts, Value func);

// ---------------------------------------------------------------- typeobject.cpp
Value object_new_impl(ThreadState* ts, TypeObject* type, const Value* args, size_t nargs, TupleObject* kwnames);
bool object_init_impl(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames);
Value type_call(ThreadState* ts, Value callable, const Value* args, size_t nargs, TupleObject* kwnames);
Value type_getattro(ThreadState* ts, Value obj, StrObject* name);
bool type_setattro(ThreadState* ts, Value obj, StrObject* name, Value v);
void subtype_dealloc(Object* o);
// Assign a fresh version to t and every subclass (attribute caches).
void type_bump_version(ThreadState* ts, TypeObject* t);
// Raise AttributeError "'A' object has no attribute 'x'" with name/obj set.
Value raise_no_attribute(ThreadState* ts, Value obj, StrObject* name);
std::string type_qualified_name(ThreadState* ts, TypeObject* t);  // "module.Qualname" or "int"
// CPython's tp_name: the dotted spec name of a built-in type ("types.GenericAlias",
// "collections.deque"), __name__ for classes; error messages use it.
inline const char* type_cname(TypeObject* t) { return t->spec ? t->spec->name : t->name ? t->name->data : "?"; }
// A class whose body sets `__minipy_tp_name__ = "decimal.Decimal"` (stdlib classes
// CPython implements in C) keeps that dotted tp_name in t->name, so error messages
// say 'decimal.Decimal' like CPython; __name__ then reads the last component.
// Not inherited by subclasses; assigning __name__ clears it.
constexpr uint32_t kTypeDottedName = 1u << 24;

// Is v a built-in type's __new__ (tp_new_wrapper)? Sets *owner to that type.
bool is_tp_new_wrapper(ThreadState* ts, Value v, TypeObject** owner);
// super(start, obj).name with obj_type's MRO (superobject.cpp). New reference or null + error.
Value super_lookup(ThreadState* ts, TypeObject* start, Value obj, TypeObject* obj_type, StrObject* name);

// Argument helpers: nargs + keyword count.
inline size_t kwcount(TupleObject* kwnames) { return kwnames ? size_t(kwnames->size) : 0; }

// Call `f` with `self` prepended to (args, nargs, kwnames) without allocating for small calls.
Value call_prepend(ThreadState* ts, Value f, Value self, const Value* args, size_t nargs, TupleObject* kwnames);

// The VM's zero-argument super() hook (declared in objects.h).
}  // namespace minipy
