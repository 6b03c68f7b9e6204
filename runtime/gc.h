// runtime/gc.h — the cycle collector's view of container objects. Every object
// of a kTypeHasGC type is preceded in memory by a GcHead that links it into the
// interpreter's list of containers.
#pragma once
#include "runtime/runtime.h"

#include <unordered_map>
#include <vector>

namespace minipy {

struct WeakrefObject;  // runtime/weakrefobject.h

struct GcHead {
  GcHead* next;
  GcHead* prev;
  intptr_t gc_refs;   // scratch during a collection
  uintptr_t flags;    // kGcFinalized...
};

// Three generations, like CPython's: new containers go to `young`; a young
// collection looks only at them (references from older objects count as
// outside references) and moves the survivors to `middle`; every tenth young
// collection also collects `middle` into `old`; a full collection runs when
// `old` has grown by a quarter since the last one.
struct GcState {
  GcHead young;             // generation 0 (sentinel of a circular list)
  GcHead middle;            // generation 1
  GcHead old;               // generation 2
  int64_t allocations = 0;  // containers tracked since the last collection
  int64_t threshold = 700;  // young collection after this many (CPython's threshold0)
  int64_t young_collections = 0;   // since the last middle collection
  int64_t middle_collections = 0;  // since the last full collection
  int64_t old_count = 0;    // containers in `old` after the last full collection
  int64_t old_pending = 0;  // moved to `old` since the last full collection
  bool enabled = true;
  bool collecting = false;
  std::vector<Object*> scratch_all, scratch_work;  // reused by collections
  int64_t last_moved = 0;  // survivors of the last collect pass
  int64_t collections[3] = {0, 0, 0};  // per generation collected (gc.get_stats)
  int64_t collected[3] = {0, 0, 0};
  // Weak references (runtime/weakrefobject.cpp): each weakly referenced
  // object (kGcHasWeakrefs in its GcHead) -> the head of its weakref list,
  // and the three weakref types, created on first use.
  std::unordered_map<Object*, WeakrefObject*> weakrefs;
  TypeObject* weakref_types[3] = {nullptr, nullptr, nullptr};  // ref, proxy, callable proxy
  // The gc module's debug flags, freeze()'s permanent generation, gc.garbage
  // and gc.callbacks (runtime/gc_module_extras.h); null until gc is imported.
  struct GcExtras* extras = nullptr;
  // Objects whose dealloc was put off because the C++ stack was nearly
  // exhausted (gc_defer_dealloc): refcount 0, untracked.
  std::vector<Object*> deferred_deallocs;
  int64_t dealloc_depth = 0;  // nested deallocs using gc_dealloc_enter/leave
};

static_assert(sizeof(GcHead) == kGcHeadBytes, "objects.h's instance_dict_ptr relies on the GC header size");

inline GcHead* gc_head_of(Object* o) { return reinterpret_cast<GcHead*>(o) - 1; }
inline Object* gc_object_of(GcHead* h) { return reinterpret_cast<Object*>(h + 1); }

// PEP 442: an object's finaliser (__del__, a suspended generator's close)
// runs at most once. Returns true (and marks the object) the first time it is
// asked for a tracked container; untracked objects always answer true.
bool gc_finalize_once(Object* o);
constexpr uintptr_t kGcFinalized = 1;
constexpr uintptr_t kGcInSet = 2;      // part of the collection in progress
constexpr uintptr_t kGcHasWeakrefs = 4;  // GcState::weakrefs holds a list for it
constexpr uintptr_t kGcUnreachable = 8;  // gc.cpp: in the tentatively-unreachable list of a collection

void gc_init(Interpreter* interp);
void gc_track(Interpreter* interp, GcHead* h);
void gc_untrack(GcHead* h);
inline bool gc_is_tracked(Object* o) { return gc_head_of(o)->next != nullptr; }
// Untrack a container just allocated (refunds its allocation count): exact
// dicts start untracked, as in CPython, until a value that may be a container
// is stored in them (dict.cpp).
void gc_untrack_new(Interpreter* interp, Object* o);
// Could `v` take part in a reference cycle? CPython's rule: any container
// except a tuple the collector has already found to hold only atoms.
inline bool gc_may_be_tracked(Interpreter* interp, Value v) {
  if (!v.is_obj()) return false;
  Object* o = v.obj();
  if (!type_has(o->type, kTypeHasGC)) return false;
  return o->type != interp->types.tuple || gc_is_tracked(o);
}
// A freed container lowers the young generation's allocation count (CPython's
// gen0 count): churn that reference counting frees never triggers collections.
void gc_note_free(Interpreter* interp);
// Run a full collection; returns the number of unreachable objects found.
int64_t gc_collect(ThreadState* ts);
// The collection the allocation counter asks for: young, or full when due.
int64_t gc_collect_auto(ThreadState* ts);
// Move every tracked container to the old generation without collecting
// (vm/api.cpp, once start-up is done): CPython's start-up objects, __main__
// included, have all reached the oldest generation by the time a program
// runs, and the order of later finalisers depends on it.
void gc_promote_all(Interpreter* interp);
// Deallocation chains deeper than the C++ stack allows (CPython's trashcan):
// a dealloc that finds the stack nearly exhausted (stack_exhausted) hands its
// object, refcount 0, to gc_defer_dealloc and returns at once; the object's
// dealloc runs again from a shallow stack: at the evaluation loop's next
// check point (kBreakGc), or when a collection or the finalisation runs.
void gc_defer_dealloc(ThreadState* ts, Object* o);
// Run the put-off deallocs (and those they put off in turn). Returns whether there were any.
bool gc_run_deferred_deallocs(ThreadState* ts);
// Should a dealloc that may run Python code (a generator's close) be put
// off? When the C++ stack is within twice stack_exhausted()'s margin of its
// end: the code it runs must not meet RecursionError (its finally blocks
// would be skipped) nor overflow.
inline bool gc_dealloc_stack_low(ThreadState* ts) {
  uintptr_t sp = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
  return sp >= ts->stack_lo && sp < ts->stack_limit + (ts->stack_limit - ts->stack_lo);
}
// Bracket a dealloc that may start such a chain: the outermost one, once
// done, runs what was put off meanwhile (CPython's Py_TRASHCAN_BEGIN/END),
// so the whole chain is gone when the first dealloc returns.
inline void gc_dealloc_enter(ThreadState* ts) { ts->interp->gc->dealloc_depth++; }
inline void gc_dealloc_leave(ThreadState* ts) {
  GcState* st = ts->interp->gc;
  if (--st->dealloc_depth == 0 && !st->deferred_deallocs.empty()) gc_run_deferred_deallocs(ts);
}

// ---------------------------------------------------------------- the trashcan
// Freeing a container releases what it holds, which may free more containers:
// a chain a million deep (`l = [l]` in a loop, a linked list of instances, a
// __context__ chain) would recurse a million times on the C++ stack. CPython's
// answer, with its numbers: container deallocs count how deeply they are
// nested on their thread (ThreadState::trash_depth); one that finds
// kTrashcanUnwindLevel of them in progress puts itself off
// (ThreadState::trash_later) and returns at once, and the outermost one, as it
// ends, runs the put-off deallocs last-in first-out, each from a shallow
// stack. The whole chain is still gone when the first decref returns; only
// the order of frees below the unwind level changes, as in CPython.
constexpr int kTrashcanUnwindLevel = 50;
constexpr uintptr_t kGcTrashDeposited = 16;  // GcHead flag: put off by the trashcan once

// Put off o's dealloc (refcount 0): it leaves the collector's lists.
void gc_trashcan_deposit(ThreadState* ts, Object* o);
// Run the put-off deallocs (ThreadState::trash_later, and those they put off).
void gc_trashcan_destroy_chain(ThreadState* ts);

// The nesting counter alone, for deallocs that order their steps themselves
// (subtype_dealloc runs __del__ before the object leaves the collector's
// lists). Enter returns false when the dealloc was put off: return at once.
inline bool gc_trashcan_enter(ThreadState* ts, Object* o) {
  if (__builtin_expect(ts->trash_depth >= kTrashcanUnwindLevel, 0)) {
    gc_trashcan_deposit(ts, o);
    return false;
  }
  ++ts->trash_depth;
  return true;
}
inline void gc_trashcan_leave(ThreadState* ts) {
  if (--ts->trash_depth == 0 && __builtin_expect(!ts->trash_later.empty(), 0)) gc_trashcan_destroy_chain(ts);
}

// A dying container leaves the collector's lists (CPython's
// PyObject_GC_UnTrack at the top of a dealloc): finalisers run while its
// contents are released may start a collection, which must not find an
// object whose count is 0. free_object then has nothing left to do.
inline void gc_untrack_dying(ThreadState* ts, Object* o) {
  GcHead* h = gc_head_of(o);
  if (!h->next) return;
  h->prev->next = h->next;
  h->next->prev = h->prev;
  h->next = h->prev = nullptr;
  if (ts) {  // gc_note_free, inline: this runs for every container freed
    GcState* st = ts->interp->gc;
    if (st->allocations > 0) st->allocations--;
  }
}

// The first lines of a container's dealloc (CPython's PyObject_GC_UnTrack
// and Py_TRASHCAN_BEGIN ... END):
//   DeallocGuard guard(o, list_dealloc);
//   if (guard.deferred()) return;
// `own` is the dealloc holding the guard. An instance of a Python subclass
// reaches the built-in dealloc from subtype_dealloc, which counts the level
// itself, so each object counts once (CPython's _PyTrash_cond). Modes:
//  * kAlways: the types CPython's trashcan counts (list, tuple, dict, set,
//    exceptions; instances in subtype_dealloc), so deep chains free in
//    CPython's order;
//  * kOnlyIfTracked: as kAlways, but an untracked object is freed without
//    counting — dicts, which stay untracked only while they hold no
//    container but atomic tuples (those count their own levels);
//  * kWhenStackLow: the types CPython leaves out (cells, functions, bound
//    methods, deques, properties...): they count only once the C++ stack is
//    low (gc_dealloc_stack_low), so a chain of them cannot crash, and chains
//    CPython survives free in CPython's order.
class DeallocGuard {
 public:
  enum Mode { kAlways, kOnlyIfTracked, kWhenStackLow };
  DeallocGuard(Object* o, DeallocFn own, Mode mode = kAlways) {
    GcHead* h = gc_head_of(o);
    if (mode == kOnlyIfTracked && !h->next && !(h->flags & kGcTrashDeposited)) return;
    ThreadState* ts = current_thread_state();
    gc_untrack_dying(ts, o);
    if (!ts || o->type->slots.dealloc != own) return;
    if (mode == kWhenStackLow && !gc_dealloc_stack_low(ts)) return;
    if (!gc_trashcan_enter(ts, o)) {
      deferred_ = true;
      return;
    }
    ts_ = ts;
  }
  ~DeallocGuard() {
    if (ts_) gc_trashcan_leave(ts_);
  }
  DeallocGuard(const DeallocGuard&) = delete;
  DeallocGuard& operator=(const DeallocGuard&) = delete;
  bool deferred() const { return deferred_; }

 private:
  ThreadState* ts_ = nullptr;
  bool deferred_ = false;
};

}  // namespace minipy
