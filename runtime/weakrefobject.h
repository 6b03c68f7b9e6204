// runtime/weakrefobject.h — weak references: the object layout shared by
// weakref.ref and the proxies, and the hooks the memory manager, the cycle
// collector and the class machinery call (runtime/weakrefobject.cpp).
//
// Design (no per-object header growth): only containers (kTypeHasGC) of types
// with kTypeWeakrefable can be weakly referenced. A referent's GcHead carries
// kGcHasWeakrefs while GcState::weakrefs maps it to the head of a doubly linked
// list of its weak references, in CPython's order: the shared callback-less
// ref first, then the shared callback-less proxy, then the rest, newest first.
// Internal header: the core only.
#pragma once
#include <vector>

#include "runtime/runtime.h"

namespace minipy {

// weakref.ref, weakref.ProxyType and weakref.CallableProxyType instances
// (and instances of Python subclasses of ref, whose __dict__ follows).
struct WeakrefObject : Object {
  Object* referent;       // borrowed; null once the referent died or the ref was cleared
  Value callback;         // owned; null when none (and after the callback was taken)
  int64_t hash;           // hash of the referent, cached; -1 until computed
  WeakrefObject* wr_prev; // neighbours in the referent's list
  WeakrefObject* wr_next;
};

extern const TypeSpec weakref_ref_type_spec;             // "weakref.ReferenceType"
extern const TypeSpec weakref_proxy_type_spec;           // "weakref.ProxyType"
extern const TypeSpec weakref_callable_proxy_type_spec;  // "weakref.CallableProxyType"

// Does `t` describe a built-in type whose instances CPython lets be weakly
// referenced (type, function, set, generator, ...)? type_from_spec consults it.
bool weakref_spec_supported(const TypeSpec* spec);
// The referent of `o` is dying (refcount zero, finaliser done): clear every
// weak reference to it, then call their callbacks in list order (errors go to
// the unraisable hook). The pending exception is preserved.
void weakref_clear_referent(ThreadState* ts, Object* o);
// The dealloc paths' entry: o's refcount reached zero and its GcHead has
// kGcHasWeakrefs. Returns false when a callback resurrected o (then o must
// not be freed).
bool weakref_dealloc_hook(Object* o);
// Cycle collector, before any finaliser runs (CPython's handle_weakrefs):
// every garbage object (kGcInSet still set on exactly the garbage) loses its
// weak references; weakrefs that are garbage themselves are cleared too.
// Weakrefs that are not garbage and have a callback are returned (new
// references) in `to_call`, for weakref_call_callbacks once the set flags are gone.
void weakref_clear_garbage(ThreadState* ts, const std::vector<Object*>& garbage, std::vector<Object*>& to_call);
void weakref_call_callbacks(ThreadState* ts, std::vector<Object*>& to_call);
// The first weak reference to `o` (obj.__weakref__), new reference, or None.
Value weakref_first(ThreadState* ts, Object* o);
// Create (or reuse) weakref.ref(o, callback) / weakref.proxy(o, callback);
// callback may be null or None. TypeError "cannot create weak reference to
// 'int' object" for unsupported objects.
Value weakref_new_ref(ThreadState* ts, Value o, Value callback);
Value weakref_new_proxy(ThreadState* ts, Value o, Value callback);
// getweakrefcount(o) / getweakrefs(o).
int64_t weakref_count(ThreadState* ts, Value o);
Value weakref_list(ThreadState* ts, Value o);
// The three weakref types of this interpreter (created on first use).
bool weakref_types_init(ThreadState* ts);
bool is_weakref_or_proxy(Value v);   // ref (or subclass) or proxy instance
inline bool weakref_supported(TypeObject* t) { return type_has(t, kTypeWeakrefable) && type_has(t, kTypeHasGC); }

}  // namespace minipy
