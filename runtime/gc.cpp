// runtime/gc.cpp — the cycle collector. Reference counting frees most objects
// at once (as in CPython, so __del__ and file closing happen at the same
// moments); this collector finds groups of containers that only reference
// each other and breaks them with their `clear` slot.
//
// Algorithm (CPython's): copy each container's refcount to gc_refs, subtract
// references coming from other containers (via `traverse`); containers left
// with gc_refs > 0 are referenced from outside (C++ locals, frames, immediates
// ...) and everything they reach is alive; the rest is garbage. Collections
// are requested through the eval breaker (kBreakGc) so they only run at the
// evaluation loop's check points, never in the middle of a C++ operation.
#include "runtime/gc.h"
#include "runtime/gc_module_extras.h"
#include "runtime/weakrefobject.h"
#include "stdlib/modules.h"

#include <vector>

namespace minipy {

void gc_init(Interpreter* interp) {
  auto* st = new GcState();
  st->young.next = st->young.prev = &st->young;
  st->middle.next = st->middle.prev = &st->middle;
  st->old.next = st->old.prev = &st->old;
  interp->gc = st;
}

void gc_track(Interpreter* interp, GcHead* h) {
  GcState* st = interp->gc;
  h->next = &st->young;
  h->prev = st->young.prev;
  st->young.prev->next = h;
  st->young.prev = h;
  h->gc_refs = 0;
  if (++st->allocations > st->threshold && st->enabled && !st->collecting) {
    ThreadState* ts = current_thread_state();
    if (ts) ts->eval_breaker.fetch_or(kBreakGc, std::memory_order_relaxed);
  }
}

void gc_untrack(GcHead* h) {
  if (!h->next) return;
  h->prev->next = h->next;
  h->next->prev = h->prev;
  h->next = h->prev = nullptr;
}

void gc_untrack_new(Interpreter* interp, Object* o) {
  gc_untrack(gc_head_of(o));
  if (interp->gc->allocations > 0) interp->gc->allocations--;
}

void gc_note_free(Interpreter* interp) {
  if (interp->gc->allocations > 0) interp->gc->allocations--;
}

bool gc_finalize_once(Object* o) {
  if (!type_has(o->type, kTypeHasGC)) return true;
  GcHead* h = gc_head_of(o);
  if (h->flags & kGcFinalized) return false;
  h->flags |= kGcFinalized;
  return true;
}

namespace {

// ---------------------------------------------------------------- one collection
// The steps and the list order follow CPython's gcmodule.c, because the order
// in which finalisers (__del__, generator close) and weakref callbacks run is
// visible: it is the order of the unreachable list that move_unreachable
// builds, and objects first thought unreachable, then found reachable, move
// to the end of the list of survivors.

// Part of the collection in progress and not scanned yet (CPython's
// "collecting" flag); kGcUnreachable: in the tentatively-unreachable list.
inline bool in_set(Object* o) {
  return type_has(o->type, kTypeHasGC) && (gc_head_of(o)->flags & kGcInSet);
}

inline void list_init(GcHead* l) { l->next = l->prev = l; }
inline bool list_empty(const GcHead* l) { return l->next == l; }
inline void list_unlink(GcHead* h) {
  h->prev->next = h->next;
  h->next->prev = h->prev;
}
inline void list_append(GcHead* h, GcHead* l) {
  h->next = l;
  h->prev = l->prev;
  l->prev->next = h;
  l->prev = h;
}

void splice_into(GcHead* from, GcHead* to) {
  if (from->next == from) return;
  GcHead* first = from->next;
  GcHead* last = from->prev;
  first->prev = to->prev;
  to->prev->next = first;
  last->next = to;
  to->prev = last;
  from->next = from->prev = from;
}

void visit_decref(Object* o, void*) {
  if (o && in_set(o)) gc_head_of(o)->gc_refs--;
}

// CPython's visit_reachable: `o` is referenced by a reachable object.
void visit_reachable(Object* o, void* arg) {
  if (!o || !in_set(o)) return;  // another generation, or already scanned
  GcHead* h = gc_head_of(o);
  if (h->flags & kGcUnreachable) {
    // Thought unreachable, but reachable after all: back to the end of the
    // list being scanned, where the scan will reach it again.
    list_unlink(h);
    list_append(h, static_cast<GcHead*>(arg));
    h->flags &= ~kGcUnreachable;
    h->gc_refs = 1;
  } else if (h->gc_refs <= 0) {
    h->gc_refs = 1;  // not scanned yet: the scan will traverse it
  }
}

// Traverse a reachable object for move_unreachable. Lists and tuples are
// visited last item first, as CPython's list_traverse / tuple_traverse do:
// the order in which tentatively-unreachable items return to the list decides
// the order of their finalisers later.
void traverse_reachable(ThreadState* ts, Object* o, GcHead* young) {
  TypeObject* t = o->type;
  if (t == ts->interp->types.list) {
    auto* l = static_cast<ListObject*>(o);
    for (int64_t i = l->size; --i >= 0;)
      if (l->items[i].is_obj()) visit_reachable(l->items[i].obj(), young);
    return;
  }
  if (t == ts->interp->types.tuple) {
    auto* tu = static_cast<TupleObject*>(o);
    for (int64_t i = tu->size; --i >= 0;)
      if (tu->items[i].is_obj()) visit_reachable(tu->items[i].obj(), young);
    return;
  }
  if (t->slots.traverse) t->slots.traverse(o, visit_reachable, young);
}

// CPython's move_unreachable: scan `young` in order; an object with outside
// references (gc_refs > 0) is reachable and its referents become reachable;
// one without is moved to `unreachable` unless a later object reaches it.
// Afterwards `young` holds the reachable objects (kGcInSet cleared) and
// `unreachable` the garbage (kGcInSet and kGcUnreachable set).
void move_unreachable(ThreadState* ts, GcHead* young, GcHead* unreachable) {
  GcHead* h = young->next;
  while (h != young) {
    GcHead* next;
    if (h->gc_refs > 0) {
      traverse_reachable(ts, gc_object_of(h), young);
      h->flags &= ~kGcInSet;
      next = h->next;  // read after traverse: it may have appended to `young`
    } else {
      next = h->next;
      list_unlink(h);
      list_append(h, unreachable);
      h->flags |= kGcUnreachable;
    }
    h = next;
  }
}

// CPython's deduce_unreachable over the objects of `base` (which keeps the
// reachable ones, in scan order). Tuples holding only atoms stop being
// tracked, as CPython's untrack_tuples does: they can never be in a cycle.
void deduce_unreachable(ThreadState* ts, GcHead* base, GcHead* unreachable) {
  TypeObject* tuple_type = ts->interp->types.tuple;
  for (GcHead* h = base->next; h != base;) {
    GcHead* next = h->next;
    Object* o = gc_object_of(h);
    if (o->type == tuple_type) {
      auto* t = static_cast<TupleObject*>(o);
      bool atomic = true;
      for (int64_t i = 0; i < t->size && atomic; i++) atomic = !gc_may_be_tracked(ts->interp, t->items[i]);
      if (atomic) {
        gc_untrack(h);
        h = next;
        continue;
      }
    }
    h->gc_refs = o->refcnt;
    h->flags |= kGcInSet;
    h = next;
  }
  for (GcHead* h = base->next; h != base; h = h->next) {
    Object* o = gc_object_of(h);
    if (o->type->slots.traverse) o->type->slots.traverse(o, visit_decref, nullptr);
  }
  list_init(unreachable);
  move_unreachable(ts, base, unreachable);
}

bool wants_finalizer(ThreadState* ts, Object* o) {
  return type_has(o->type, kTypeHasFinalizer) || o->type == ts->interp->types.generator ||
         o->type == ts->interp->types.coroutine || o->type == ts->interp->types.async_generator;
}

// Run o's finaliser (PEP 442): __del__, the VM's for generators and
// coroutines (close, or the never-awaited warning), close() for the others.
void run_finalizer(ThreadState* ts, Object* o) {
  TypeObject* t = o->type;
  if (!type_has(t, kTypeHasFinalizer) && (t == ts->interp->types.generator || t == ts->interp->types.coroutine)) {
    vm_generator_finalize(ts, o);
    return;
  }
  Value saved = err_fetch(ts);
  Value del = type_has(o->type, kTypeHasFinalizer) ? type_lookup(o->type, ts->interp->names.__del__) : Value();
  Value r = del ? call1(ts, del, Value::from_obj(o)) : call_method0(ts, Value::from_obj(o), "close");
  if (!r) write_unraisable(ts, del ? del : Value::from_obj(o));
  decref(r);
  err_restore(ts, saved);
}

// CPython's finalize_garbage: finalisers run in list order, each at most
// once. Objects may die meanwhile (a closed generator drops its locals):
// the one being finalised is held, and the list is re-read each time.
// Returns whether any finaliser ran.
bool finalize_garbage(ThreadState* ts, GcHead* collectable) {
  GcHead seen;
  list_init(&seen);
  bool ran = false;
  while (!list_empty(collectable)) {
    GcHead* h = collectable->next;
    Object* o = gc_object_of(h);
    list_unlink(h);
    list_append(h, &seen);
    if ((h->flags & kGcFinalized) || !wants_finalizer(ts, o)) continue;
    h->flags |= kGcFinalized;
    incref(o);
    run_finalizer(ts, o);
    decref(o);
    ran = true;
  }
  splice_into(&seen, collectable);
  return ran;
}

// CPython's delete_garbage: break the cycles with each object's `clear`, in
// list order. Unlike CPython, every object is held until all are cleared, so
// a `clear` never meets an object freed by an earlier one (type objects walk
// their subclasses when cleared); they are then released in the same order,
// and the ones still alive afterwards stay in `survivors`.
void delete_garbage(ThreadState* ts, GcHead* collectable, GcHead* survivors) {
  TypeObject* tuple_type = ts->interp->types.tuple;
  std::vector<Object*> held;
  for (GcHead* h = collectable->next; h != collectable; h = h->next) {
    held.push_back(gc_object_of(h));
    h->flags &= ~(kGcInSet | kGcUnreachable);
  }
  for (Object* o : held) incref(o);
  splice_into(collectable, survivors);
  // Tuples are not cleared, as in CPython (they have no tp_clear): every
  // cycle through one goes through a mutable container too, and a type's
  // __bases__ must stay whole until the type is freed.
  for (Object* o : held)
    if (o->type->slots.clear && o->type != tuple_type) o->type->slots.clear(o);
  for (Object* o : held) decref(o);  // the freed ones leave `survivors`
}

// Collect the containers of `list`; survivors end up in `dest`. Returns the
// number of unreachable objects that were cleared.
int64_t collect_list(ThreadState* ts, GcHead* list, GcHead* dest) {
  GcState* st = ts->interp->gc;
  GcHead unreachable;
  deduce_unreachable(ts, list, &unreachable);
  // Survivors (and anything allocated below) join the next generation.
  int64_t moved = 0;
  for (GcHead* h = list->next; h != list; h = h->next) moved++;
  st->last_moved = moved;
  splice_into(list, dest);
  if (dest == &st->old) st->old_pending += moved;
  if (list_empty(&unreachable)) return 0;
  // Weak references to the garbage are cleared before any finaliser runs; only
  // weakrefs that are not garbage themselves get their callbacks called
  // (CPython's handle_weakrefs). The garbage is held meanwhile.
  std::vector<Object*>& garbage = st->scratch_all;
  garbage.clear();
  for (GcHead* h = unreachable.next; h != &unreachable; h = h->next) garbage.push_back(gc_object_of(h));
  for (Object* o : garbage) incref(o);
  std::vector<Object*> weakref_callbacks;
  weakref_clear_garbage(ts, garbage, weakref_callbacks);
  // kGcInSet off while Python code runs (callbacks, finalisers): objects made
  // from now on or touched by them are not part of this collection.
  for (Object* o : garbage) gc_head_of(o)->flags &= ~kGcInSet;
  weakref_call_callbacks(ts, weakref_callbacks);
  std::vector<Object*> held;
  held.swap(garbage);  // scratch_all may be reused by a nested request
  for (Object* o : held) decref(o);
  // Finalisers first (PEP 442). They may resurrect objects: what is still
  // unreachable afterwards is found again among the garbage only (CPython's
  // handle_resurrected_objects); the resurrected join `dest`.
  if (finalize_garbage(ts, &unreachable)) {
    for (GcHead* h = unreachable.next; h != &unreachable; h = h->next) h->flags &= ~kGcUnreachable;
    GcHead still;
    deduce_unreachable(ts, &unreachable, &still);
    splice_into(&unreachable, dest);
    splice_into(&still, &unreachable);
  }
  int64_t n = 0;
  for (GcHead* h = unreachable.next; h != &unreachable; h = h->next) n++;
  if (!gc_extras_keep_garbage(ts, &unreachable, dest)) delete_garbage(ts, &unreachable, dest);  // DEBUG_SAVEALL
  return n;
}

}  // namespace

void gc_defer_dealloc(ThreadState* ts, Object* o) {
  GcState* st = ts->interp->gc;
  if (type_has(o->type, kTypeHasGC)) gc_untrack(gc_head_of(o));
  st->deferred_deallocs.push_back(o);
  ts->eval_breaker.fetch_or(kBreakGc, std::memory_order_relaxed);
}

bool gc_run_deferred_deallocs(ThreadState* ts) {
  GcState* st = ts->interp->gc;
  std::vector<Object*>& q = st->deferred_deallocs;
  if (q.empty()) return false;
  // Counted as one dealloc, so the ones below do not run the queue themselves.
  st->dealloc_depth++;
  // Each dealloc may put off more (the rest of its chain): one at a time,
  // the oldest first, until none is left.
  size_t head = 0;
  while (head < q.size()) {
    Object* o = q[head++];
    if (head == q.size()) {
      q.clear();
      head = 0;
    }
    dealloc_object(o);
  }
  q.clear();
  st->dealloc_depth--;
  return true;
}

// ---------------------------------------------------------------- the trashcan (gc.h)
void gc_trashcan_deposit(ThreadState* ts, Object* o) {
  gc_untrack_dying(ts, o);
  gc_head_of(o)->flags |= kGcTrashDeposited;  // counted when it runs, tracked or not
  ts->trash_later.push_back(o);
}

void gc_trashcan_destroy_chain(ThreadState* ts) {
  // Counted as one level, so the deallocs below do not run the list
  // themselves; each may put off more (the rest of its chain): last in, first
  // out, until none is left (CPython's _PyTrash_thread_destroy_chain).
  ++ts->trash_depth;
  std::vector<Object*>& later = ts->trash_later;
  while (!later.empty()) {
    Object* o = later.back();
    later.pop_back();
    o->type->slots.dealloc(o);
  }
  --ts->trash_depth;
}

int64_t gc_collect(ThreadState* ts) {
  GcState* st = ts->interp->gc;
  gc_run_deferred_deallocs(ts);
  if (st->collecting) return 0;
  st->collecting = true;
  gc_extras_collect_start(ts, 2);  // gc.callbacks, DEBUG_STATS (gc_module_extras.cpp)
  st->allocations = 0;
  st->young_collections = st->middle_collections = 0;
  // The younger generations join the end of the old one, young first
  // (CPython's gc_collect_main merges them in that order).
  GcHead all;
  all.next = all.prev = &all;
  splice_into(&st->old, &all);
  splice_into(&st->young, &all);
  splice_into(&st->middle, &all);
  int64_t n = collect_list(ts, &all, &st->old);
  st->old_count = st->last_moved;
  st->collections[2]++;
  st->collected[2] += n;
  st->old_pending = 0;
  gc_extras_collect_stop(ts, 2, n);
  st->collecting = false;
  return n;
}

void gc_promote_all(Interpreter* interp) {
  GcState* st = interp->gc;
  splice_into(&st->young, &st->old);
  splice_into(&st->middle, &st->old);
  int64_t n = 0;
  for (GcHead* h = st->old.next; h != &st->old; h = h->next) n++;
  st->old_count = n;
  st->old_pending = 0;
  st->allocations = 0;
  st->young_collections = st->middle_collections = 0;
}

int64_t gc_collect_auto(ThreadState* ts) {
  GcState* st = ts->interp->gc;
  // The check point may have been asked for by gc_defer_dealloc only.
  if (gc_run_deferred_deallocs(ts) && st->allocations <= st->threshold) return 0;
  if (st->collecting || !st->enabled) return 0;
  st->allocations = 0;
  if (st->middle_collections >= 10 && st->old_pending > st->old_count / 4) return gc_collect(ts);
  st->collecting = true;
  GcHead set;
  set.next = set.prev = &set;
  int64_t n;
  if (st->young_collections >= 10) {
    st->young_collections = 0;
    st->middle_collections++;
    splice_into(&st->middle, &set);
    splice_into(&st->young, &set);
    gc_extras_collect_start(ts, 1);
    n = collect_list(ts, &set, &st->old);
    gc_extras_collect_stop(ts, 1, n);
    st->collections[1]++;
    st->collected[1] += n;
  } else {
    st->young_collections++;
    splice_into(&st->young, &set);
    gc_extras_collect_start(ts, 0);
    n = collect_list(ts, &set, &st->middle);
    gc_extras_collect_stop(ts, 0, n);
    st->collections[0]++;
    st->collected[0] += n;
  }
  st->collecting = false;
  return n;
}

}  // namespace minipy

// ---------------------------------------------------------------- the gc module
namespace minipy {
namespace {
Value gcm_collect(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  static const char* const names[] = {"generation"};
  Value out[1];
  if (!parse_args(ts, "collect", args, nargs, kw, names, 1, 0, 1, 0, out)) return Value();
  int64_t gen = 2;
  if (out[0] && !int_as_i64(ts, out[0], &gen)) return Value();
  if (gen < 0 || gen > 2) return raise(ts, Exc::ValueError, "invalid generation");
  int64_t n = gen == 0 ? gc_collect_auto(ts) : gc_collect(ts);
  return int_from_i64(ts, n < 0 ? 0 : n);
}
Value gcm_enable(ThreadState* ts, Value, const Value*, size_t, TupleObject*) {
  ts->interp->gc->enabled = true;
  return Value::none();
}
Value gcm_disable(ThreadState* ts, Value, const Value*, size_t, TupleObject*) {
  ts->interp->gc->enabled = false;
  return Value::none();
}
Value gcm_isenabled(ThreadState* ts, Value, const Value*, size_t, TupleObject*) {
  return Value::boolean(ts->interp->gc->enabled);
}
Value gcm_get_count(ThreadState* ts, Value, const Value*, size_t, TupleObject*) {
  GcState* st = ts->interp->gc;
  return tuple_pack(ts, {Value::small_int(st->allocations), Value::small_int(0), Value::small_int(st->old_pending)});
}
Value gcm_get_threshold(ThreadState* ts, Value, const Value*, size_t, TupleObject*) {
  return tuple_pack(ts, {Value::small_int(ts->interp->gc->threshold), Value::small_int(10), Value::small_int(10)});
}
Value gcm_set_threshold(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "set_threshold", kw) || !check_nargs(ts, "set_threshold", nargs, 1, 3)) return Value();
  int64_t t;
  if (!int_as_i64(ts, args[0], &t)) return Value();
  ts->interp->gc->threshold = t <= 0 ? INT64_MAX : t;
  return Value::none();
}
Value gcm_get_stats(ThreadState* ts, Value, const Value*, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "get_stats", kw) || !check_nargs(ts, "get_stats", nargs, 0, 0)) return Value();
  GcState* st = ts->interp->gc;
  Ref out = Ref(Value::from_obj(list_new(ts, 0)));
  if (!out) return Value();
  for (int g = 0; g < 3; g++) {
    Ref d = Ref(Value::from_obj(dict_new(ts)));
    if (!d || !dict_set_str(ts, d.as<DictObject>(), "collections", Value::small_int(st->collections[g])) ||
        !dict_set_str(ts, d.as<DictObject>(), "collected", Value::small_int(st->collected[g])) ||
        !dict_set_str(ts, d.as<DictObject>(), "uncollectable", Value::small_int(0)) ||
        !list_append(ts, out.as<ListObject>(), d.get()))
      return Value();
  }
  return out.release();
}
Value gcm_is_tracked(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "is_tracked", kw) || !check_nargs(ts, "is_tracked", nargs, 1, 1)) return Value();
  Value v = args[0];
  return Value::boolean(v.is_obj() && type_has(v.obj()->type, kTypeHasGC) && gc_head_of(v.obj())->next);
}
Value gcm_is_finalized(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "is_finalized", kw) || !check_nargs(ts, "is_finalized", nargs, 1, 1)) return Value();
  Value v = args[0];
  return Value::boolean(v.is_obj() && type_has(v.obj()->type, kTypeHasGC) && (gc_head_of(v.obj())->flags & kGcFinalized));
}
const MethodDef gc_methods[] = {
    {"collect", gcm_collect},         {"enable", gcm_enable},
    {"disable", gcm_disable},         {"isenabled", gcm_isenabled},
    {"get_count", gcm_get_count},     {"get_threshold", gcm_get_threshold},
    {"set_threshold", gcm_set_threshold}, {"is_tracked", gcm_is_tracked},
    {"get_stats", gcm_get_stats},
    {"is_finalized", gcm_is_finalized}, {nullptr, nullptr},
};
}  // namespace

const ModuleDef gc_module_def = {
    .name = "gc",
    .doc = "Interface to minipy's cycle collector (three generations; reference counting frees the rest).",
    .methods = gc_methods,
    .init = gc_module_extras_init,  // runtime/gc_module_extras.cpp
};
}  // namespace minipy
