// runtime/float_internal.h — the float free list's inline half, shared by
// float.cpp (float_new, the dealloc slot) and the evaluation loop's float fast
// paths (vm/eval.cpp), which allocate and release exact floats without the
// generic dealloc dispatch or a thread-local look-up.
// Must not: be included outside float.cpp and the evaluation loop; know any
// other type.
//
// The list is per interpreter (Interpreter::float_freelist/_size, interp.h);
// a free float keeps the next link in its refcnt word. Only exact floats go
// on it (a subclass instance is larger and may have a __dict__).
#pragma once
#include "runtime/runtime.h"

namespace minipy {

constexpr int kFloatFreelistMax = 256;

#define MINIPY_FLOAT_INLINE inline __attribute__((always_inline))

// A new exact float (new reference), or null with MemoryError pending.
MINIPY_FLOAT_INLINE Value float_new_inline(ThreadState* ts, double d) {
  Interpreter* in = ts->interp;
  if (__builtin_expect(in->float_freelist != nullptr, 1)) {
    auto* o = static_cast<FloatObject*>(in->float_freelist);
    in->float_freelist = reinterpret_cast<void*>(o->refcnt);  // next link lives in refcnt while free
    --in->float_freelist_size;
    o->refcnt = 1;
    o->type = in->types.float_;
    o->value = d;
    return Value::from_obj(o);
  }
  return float_new(ts, d);
}

// Release an exact float whose count just reached zero (the caller checked
// type == interp->types.float_; floats take no weak references).
void float_release_slow(Interpreter* in, Object* o);
MINIPY_FLOAT_INLINE void float_release(Interpreter* in, Object* o) {
  if (__builtin_expect(in->float_freelist_size < kFloatFreelistMax, 1)) {
    o->refcnt = reinterpret_cast<intptr_t>(in->float_freelist);
    in->float_freelist = o;
    ++in->float_freelist_size;
    return;
  }
  float_release_slow(in, o);
}

}  // namespace minipy
