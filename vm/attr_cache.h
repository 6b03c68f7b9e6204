// vm/attr_cache.h — inline caches for attribute access: the specialised forms
// of LOAD_ATTR, LOAD_METHOD and STORE_ATTR (CPython 3.11's idea, minipy's
// layout). This header holds the cache-word layout and the hit paths the
// evaluation loop inlines; vm/attr_cache.cpp holds the other cached forms,
// the analysis that specialises a site, and the miss/back-off policy.
// Must not: run Python code while deciding a hit, or write cache words on a hit.
//
// Why a hit is correct: a site is specialised for a set of type versions.
// runtime/typeobject.cpp gives a type a new, never reused version whenever it
// or any base changes (attribute set/deleted on a class, __bases__ assigned,
// slots updated, the type cleared by the collector), so a matching version
// means the MRO lookup of the name still gives the result the site recorded,
// and every pointer the site borrowed from a class dict is still alive. What
// a version does not cover is checked on each hit: the instance __dict__ (by a
// hint, re-checked by key identity), an empty __slots__ member, and the type
// of a cached object when that type is itself a Python class (`guard`).
#pragma once
#include <cstring>

#include "runtime/gc.h"
#include "runtime/runtime.h"
#include "vm/opcodes.h"

namespace minipy {
namespace attr_cache {

// The cache words after LOAD_ATTR, LOAD_METHOD and STORE_ATTR (opcodes.h):
//  [0]     state: bits 0-7 kind, 8-11 back-off exponent, 12-13 next version
//          slot to replace, 14-31 counter (misses left while specialised;
//          executions to skip before the next try while not)
//  [1]     aux: instance-dict hint (index into the dict's entries), __slots__
//          byte offset, or the metaclass version for attributes of classes
//  [2]     guard: version the cached object's type must still have when that
//          type is a Python class (it could gain __get__/__set__), 0 = none
//  [3..4]  ptr: the borrowed descriptor / function / class attribute value
//  [5..8]  versions: up to four type versions the entry serves (polymorphic
//          sites such as base-class methods run on several subclasses);
//          unused slots repeat the first, so version 0 never matches
constexpr uint32_t kWords = 9;
static_assert(kOpCacheWords[uint8_t(Op::LOAD_ATTR)] == kWords, "opcodes.h: LOAD_ATTR cache size");
static_assert(kOpCacheWords[uint8_t(Op::LOAD_METHOD)] == kWords, "opcodes.h: LOAD_METHOD cache size");
static_assert(kOpCacheWords[uint8_t(Op::STORE_ATTR)] == kWords, "opcodes.h: STORE_ATTR cache size");
constexpr uint32_t kVersionSlots = 4;
constexpr uint32_t kFirstVersion = 5;

enum Kind : uint32_t {
  kUnspecialised = 0,
  // LOAD_ATTR / LOAD_METHOD on an instance (type version in versions[]):
  kInstanceValue,  // value in the instance __dict__ (entries[aux] when the hint holds)
  kSlotValue,      // __slots__ member at byte offset aux
  kDataDescr,      // data descriptor on the type: ptr.__get__(obj, type)
  kMethod,         // function / method descriptor on the type, unless the __dict__ shadows it
  kNonDataDescr,   // other non-data descriptor: ptr.__get__(obj, type), unless shadowed
  kClassValue,     // plain class attribute, unless shadowed
  // ... on a class object (class version in versions[], metaclass version in aux):
  kClassAttrValue,  // found on the class's MRO; returned as is
  kClassAttrDescr,  // found on the class's MRO; ptr.__get__(None, cls)
  // STORE_ATTR on an instance:
  kStoreInstance,  // into the instance __dict__ (entries[aux] when the hint holds)
  kStoreSlot,      // __slots__ member at byte offset aux
  kStoreDescr,     // data descriptor on the type: ptr.__set__(obj, v)
};

// The hit paths must be inlined into the evaluation loop, which is too large
// for the compiler's own inlining heuristics (reference counting included).
#define MINIPY_ATTR_INLINE inline __attribute__((always_inline))
MINIPY_ATTR_INLINE Value ref_new(Value v) {
  if (v.is_obj()) ++v.obj()->refcnt;
  return v;
}
MINIPY_ATTR_INLINE void ref_drop(Value v) {
  if (v.is_obj() && --v.obj()->refcnt == 0) dealloc_object(v.obj());
}

MINIPY_ATTR_INLINE uint32_t kind_of(const uint32_t* c) { return c[0] & 0xff; }
MINIPY_ATTR_INLINE bool version_ok(const uint32_t* c, uint32_t v) {
  return v == c[kFirstVersion] || v == c[kFirstVersion + 1] || v == c[kFirstVersion + 2] ||
         v == c[kFirstVersion + 3];
}
MINIPY_ATTR_INLINE Value cached_ptr(const uint32_t* c) {
  uintptr_t p;
  std::memcpy(&p, c + 3, sizeof p);
  return Value::from_bits(p);
}
// The instance __dict__ slot of an object whose type t has a dictoffset.
MINIPY_ATTR_INLINE DictObject** dict_slot(Value obj, TypeObject* t) {
  if (t->dictoffset > 0) return reinterpret_cast<DictObject**>(reinterpret_cast<char*>(obj.obj()) + t->dictoffset);
  return instance_dict_ptr(obj.obj());  // the other layouts (objects.h)
}
// The hint check: entries[i] holds exactly this (interned) key. Deleted
// entries have a null key; a compacted or replaced dict fails the check.
MINIPY_ATTR_INLINE bool hint_ok(DictObject* d, uint32_t i, StrObject* name) {
  return d && int64_t(i) < d->nentries && d->entries[i].key == Value::from_obj(name);
}

// Out of line (attr_cache.cpp): the other kinds, misses and specialisation.
Value load_attr_slow(ThreadState* ts, uint32_t* c, Value obj, StrObject* name);
Value load_method_slow(ThreadState* ts, uint32_t* c, Value obj, StrObject* name, bool* is_method);
bool store_attr_slow(ThreadState* ts, uint32_t* c, Value obj, StrObject* name, Value v);

// obj.name (LOAD_ATTR): new reference, or null with an error pending.
MINIPY_ATTR_INLINE Value load_attr(ThreadState* ts, uint32_t* c, Value obj, StrObject* name) {
  uint32_t k = kind_of(c);
  if (k == kInstanceValue) {
    TypeObject* t = type_of(ts, obj);
    if (version_ok(c, t->version)) {
      DictObject* d = *dict_slot(obj, t);
      if (hint_ok(d, c[1], name)) return ref_new(d->entries[c[1]].value);
    }
  } else if (k == kSlotValue) {
    TypeObject* t = type_of(ts, obj);
    if (version_ok(c, t->version)) {
      Value v = *reinterpret_cast<Value*>(reinterpret_cast<char*>(obj.obj()) + c[1]);
      if (v) return ref_new(v);  // an empty slot: the generic path raises
    }
  }
  return load_attr_slow(ts, c, obj, name);
}

// obj.name for a call (LOAD_METHOD): *is_method tells that the result is an
// unbound function to call with obj as its first argument. New reference or null.
MINIPY_ATTR_INLINE Value load_method(ThreadState* ts, uint32_t* c, Value obj, StrObject* name, bool* is_method) {
  uint32_t k = kind_of(c);
  if (k == kMethod) {
    TypeObject* t = type_of(ts, obj);
    if (version_ok(c, t->version)) {
      DictObject* d = t->dictoffset ? *dict_slot(obj, t) : nullptr;
      if (!d || d->used == 0 || !dict_get_str(d, name)) {
        *is_method = true;
        return ref_new(cached_ptr(c));
      }
    }
  } else if (k == kInstanceValue) {
    TypeObject* t = type_of(ts, obj);
    if (version_ok(c, t->version)) {
      DictObject* d = *dict_slot(obj, t);
      if (hint_ok(d, c[1], name)) {
        *is_method = false;
        return ref_new(d->entries[c[1]].value);
      }
    }
  }
  return load_method_slow(ts, c, obj, name, is_method);
}

// obj.name = v (STORE_ATTR; v is borrowed): false with an error pending.
MINIPY_ATTR_INLINE bool store_attr(ThreadState* ts, uint32_t* c, Value obj, StrObject* name, Value v) {
  if (kind_of(c) == kStoreInstance) {
    TypeObject* t = type_of(ts, obj);
    if (version_ok(c, t->version)) {
      DictObject* d = *dict_slot(obj, t);
      if (hint_ok(d, c[1], name)) {
        // What dict_set does when the key exists (keep the two in step).
        if (!gc_is_tracked(d) && gc_may_be_tracked(ts->interp, v)) gc_track(ts->interp, gc_head_of(d));
        DictEntry& e = d->entries[c[1]];
        Value old = e.value;
        e.value = ref_new(v);
        d->version++;
        ref_drop(old);
        return true;
      }
    }
  } else if (kind_of(c) == kStoreSlot) {
    TypeObject* t = type_of(ts, obj);
    if (version_ok(c, t->version)) {
      Value* slot = reinterpret_cast<Value*>(reinterpret_cast<char*>(obj.obj()) + c[1]);
      Value old = *slot;
      *slot = ref_new(v);
      if (old) ref_drop(old);
      return true;
    }
  }
  return store_attr_slow(ts, c, obj, name, v);
}

}  // namespace attr_cache
}  // namespace minipy
