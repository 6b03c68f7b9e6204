// runtime/gc_module_extras.h — the gc module's introspection and debugging
// API beyond collect/enable/thresholds (runtime/gc_module_extras.cpp):
// get_objects / get_referrers / get_referents, freeze / unfreeze (a permanent
// generation the collector never scans), set_debug / get_debug with CPython's
// DEBUG_* flags, gc.garbage (DEBUG_SAVEALL) and gc.callbacks. The collector
// (runtime/gc.cpp) calls the three hooks below around each collection.
#pragma once
#include "runtime/gc.h"

namespace minipy {

constexpr int64_t kGcDebugStats = 1;          // gc.DEBUG_STATS
constexpr int64_t kGcDebugCollectable = 2;    // gc.DEBUG_COLLECTABLE
constexpr int64_t kGcDebugUncollectable = 4;  // gc.DEBUG_UNCOLLECTABLE
constexpr int64_t kGcDebugSaveAll = 32;       // gc.DEBUG_SAVEALL
constexpr int64_t kGcDebugLeak = kGcDebugCollectable | kGcDebugUncollectable | kGcDebugSaveAll;

// Hangs off GcState::extras once the gc module is imported (never freed, like
// GcState itself).
struct GcExtras {
  GcHead permanent;        // gc.freeze()'s generation (sentinel of a circular list)
  int64_t debug = 0;       // gc.set_debug() flags
  Value callbacks;         // gc.callbacks (list, owned): called with ("start"|"stop", info)
  Value garbage;           // gc.garbage (list, owned): DEBUG_SAVEALL's unreachable objects
  double started = 0;      // DEBUG_STATS: when the running collection started (seconds)
};

// gc_module_def's init hook: adds the functions, constants and lists.
bool gc_module_extras_init(ThreadState* ts, ModuleObject* m);

// Before / after collecting `generation` (0, 1, or 2 for a full collection):
// gc.callbacks and the DEBUG_STATS report. Called with GcState::collecting set.
void gc_extras_collect_start(ThreadState* ts, int generation);
void gc_extras_collect_stop(ThreadState* ts, int generation, int64_t collected);
// In place of breaking the cycles of `unreachable`: reports DEBUG_COLLECTABLE
// objects, and under DEBUG_SAVEALL appends them all to gc.garbage, moves them
// to `survivors` and returns true (the caller then must not clear them).
bool gc_extras_keep_garbage(ThreadState* ts, GcHead* unreachable, GcHead* survivors);

}  // namespace minipy
