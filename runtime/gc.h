// runtime/gc.h — the cycle collector's view of container objects. Every object
// of a kTypeHasGC type is preceded in memory by a GcHead that links it into the
// interpreter's list of containers.
#pragma once
#include "runtime/runtime.h"

namespace minipy {

struct GcHead {
  GcHead* next;
  GcHead* prev;
  intptr_t gc_refs;   // scratch during a collection
  uintptr_t flags;    // kGcFinalized...
};

struct GcState {
  GcHead list;            // circular list of tracked containers (sentinel)
  int64_t allocations = 0;  // since the last collection
  int64_t threshold = 2000;
  bool enabled = true;
  bool collecting = false;
};

inline GcHead* gc_head_of(Object* o) { return reinterpret_cast<GcHead*>(o) - 1; }
inline Object* gc_object_of(GcHead* h) { return reinterpret_cast<Object*>(h + 1); }

// PEP 442: an object's finaliser (__del__, a suspended generator's close)
// runs at most once. Returns true (and marks the object) the first time it is
// asked for a tracked container; untracked objects always answer true.
bool gc_finalize_once(Object* o);
constexpr uintptr_t kGcFinalized = 1;

void gc_init(Interpreter* interp);
void gc_track(Interpreter* interp, GcHead* h);
void gc_untrack(GcHead* h);
// Run a full collection; returns the number of unreachable objects found.
int64_t gc_collect(ThreadState* ts);

}  // namespace minipy
