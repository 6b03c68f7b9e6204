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

#include <vector>

namespace minipy {

void gc_init(Interpreter* interp) {
  auto* st = new GcState();
  st->list.next = st->list.prev = &st->list;
  interp->gc = st;
}

void gc_track(Interpreter* interp, GcHead* h) {
  GcState* st = interp->gc;
  h->next = &st->list;
  h->prev = st->list.prev;
  st->list.prev->next = h;
  st->list.prev = h;
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
  // Freed between the counting phases of a collection: nothing else to do, the
  // collector never keeps pointers to untracked heads.
}

bool gc_finalize_once(Object* o) {
  if (!type_has(o->type, kTypeHasGC)) return true;
  GcHead* h = gc_head_of(o);
  if (h->flags & kGcFinalized) return false;
  h->flags |= kGcFinalized;
  return true;
}

namespace {

inline bool is_tracked(Object* o) { return type_has(o->type, kTypeHasGC) && gc_head_of(o)->next; }

void visit_decref(Object* o, void*) {
  if (o && is_tracked(o)) gc_head_of(o)->gc_refs--;
}

struct MarkCtx {
  std::vector<Object*>* work;
};
void visit_mark(Object* o, void* arg) {
  if (!o || !is_tracked(o)) return;
  GcHead* h = gc_head_of(o);
  if (h->gc_refs <= 0) {
    h->gc_refs = 1;   // reachable
    static_cast<MarkCtx*>(arg)->work->push_back(o);
  }
}

}  // namespace

int64_t gc_collect(ThreadState* ts) {
  GcState* st = ts->interp->gc;
  if (st->collecting) return 0;
  st->collecting = true;
  st->allocations = 0;
  std::vector<Object*> all;
  for (GcHead* h = st->list.next; h != &st->list; h = h->next) {
    h->gc_refs = gc_object_of(h)->refcnt;
    all.push_back(gc_object_of(h));
  }
  for (Object* o : all)
    if (o->type->slots.traverse) o->type->slots.traverse(o, visit_decref, nullptr);
  // Everything with outside references is a root; mark what the roots reach.
  std::vector<Object*> work;
  MarkCtx ctx{&work};
  for (Object* o : all)
    if (gc_head_of(o)->gc_refs > 0) { gc_head_of(o)->gc_refs = 1; work.push_back(o); }
  while (!work.empty()) {
    Object* o = work.back();
    work.pop_back();
    if (o->type->slots.traverse) o->type->slots.traverse(o, visit_mark, &ctx);
  }
  std::vector<Object*> garbage;
  for (Object* o : all)
    if (gc_head_of(o)->gc_refs <= 0) garbage.push_back(o);
  // Keep the garbage alive while finalising and clearing, so no object is freed under us.
  for (Object* o : garbage) incref(o);
  // Finalisers first (PEP 442), each at most once. They may resurrect objects,
  // so when any ran, clearing waits for the next collection, which will find
  // whatever is still unreachable (already finalised).
  bool ran_finalizer = false;
  for (Object* o : garbage) {
    if (!type_has(o->type, kTypeHasFinalizer) && o->type != ts->interp->types.generator &&
        o->type != ts->interp->types.coroutine && o->type != ts->interp->types.async_generator)
      continue;
    if (gc_head_of(o)->flags & kGcFinalized) continue;
    Value del = type_lookup(o->type, ts->interp->names.__del__);
    if (type_has(o->type, kTypeHasFinalizer) && del) {
      gc_head_of(o)->flags |= kGcFinalized;
      Value saved = err_fetch(ts);
      Value r = call1(ts, del, Value::from_obj(o));
      if (!r) write_unraisable(ts, del);
      decref(r);
      err_restore(ts, saved);
      ran_finalizer = true;
    } else if (!type_has(o->type, kTypeHasFinalizer)) {
      // Generators: close() runs pending finally blocks.
      gc_head_of(o)->flags |= kGcFinalized;
      Value saved = err_fetch(ts);
      Value r = call_method0(ts, Value::from_obj(o), "close");
      if (!r) write_unraisable(ts, Value::from_obj(o));
      decref(r);
      err_restore(ts, saved);
      ran_finalizer = true;
    }
  }
  if (!ran_finalizer) {
    for (Object* o : garbage)
      if (o->type->slots.clear) o->type->slots.clear(o);
  }
  for (Object* o : garbage) decref(o);
  if (ran_finalizer) {
    st->collecting = false;
    return int64_t(garbage.size()) + gc_collect(ts);
  }
  st->collecting = false;
  return int64_t(garbage.size());
}

}  // namespace minipy
