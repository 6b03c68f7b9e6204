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

inline bool in_set(Object* o) {
  return type_has(o->type, kTypeHasGC) && (gc_head_of(o)->flags & kGcInSet);
}

void visit_decref(Object* o, void*) {
  if (o && in_set(o)) gc_head_of(o)->gc_refs--;
}

struct MarkCtx {
  std::vector<Object*>* work;
};
void visit_mark(Object* o, void* arg) {
  if (!o || !in_set(o)) return;
  GcHead* h = gc_head_of(o);
  if (h->gc_refs <= 0) {
    h->gc_refs = 1;   // reachable
    static_cast<MarkCtx*>(arg)->work->push_back(o);
  }
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

bool wants_finalizer(ThreadState* ts, Object* o) {
  return type_has(o->type, kTypeHasFinalizer) || o->type == ts->interp->types.generator ||
         o->type == ts->interp->types.coroutine || o->type == ts->interp->types.async_generator;
}

// Collect the containers of `list`; survivors end up in `dest`.
int64_t collect_list(ThreadState* ts, GcHead* list, GcHead* dest, bool* ran_finalizers = nullptr) {
  GcState* st = ts->interp->gc;
  TypeObject* tuple_type = ts->interp->types.tuple;
  std::vector<Object*>& all = st->scratch_all;
  all.clear();
  for (GcHead* h = list->next; h != list;) {
    GcHead* next = h->next;
    Object* o = gc_object_of(h);
    // Like CPython, a tuple holding only atoms (and atom-only tuples) can never
    // be part of a cycle: stop tracking it, so later collections skip it.
    if (o->type == tuple_type) {
      auto* t = static_cast<TupleObject*>(o);
      bool atomic = true;
      for (int64_t i = 0; i < t->size && atomic; i++) atomic = !gc_may_be_tracked(ts->interp, t->items[i]);
      if (atomic) { gc_untrack(h); h = next; continue; }
    }
    h->gc_refs = o->refcnt;
    h->flags |= kGcInSet;
    all.push_back(o);
    h = next;
  }
  for (Object* o : all)
    if (o->type->slots.traverse) o->type->slots.traverse(o, visit_decref, nullptr);
  // Everything with outside references is a root; mark what the roots reach.
  std::vector<Object*>& work = st->scratch_work;
  work.clear();
  MarkCtx ctx{&work};
  for (Object* o : all)
    if (gc_head_of(o)->gc_refs > 0) { gc_head_of(o)->gc_refs = 1; work.push_back(o); }
  while (!work.empty()) {
    Object* o = work.back();
    work.pop_back();
    if (o->type->slots.traverse) o->type->slots.traverse(o, visit_mark, &ctx);
  }
  std::vector<Object*> garbage;
  for (Object* o : all) {
    GcHead* h = gc_head_of(o);
    if (h->gc_refs <= 0) garbage.push_back(o);  // keeps kGcInSet until weakrefs are handled
    else h->flags &= ~kGcInSet;
  }
  // Survivors (and anything allocated below) join the next generation.
  int64_t moved = int64_t(all.size() - garbage.size());
  st->last_moved = moved;
  splice_into(list, dest);
  if (dest == &st->old) st->old_pending += moved;
  if (garbage.empty()) return 0;
  // Keep the garbage alive while finalising and clearing, so no object is freed under us.
  for (Object* o : garbage) incref(o);
  // Weak references to the garbage are cleared before any finaliser runs; only
  // weakrefs that are not garbage themselves get their callbacks called
  // (CPython's handle_weakrefs).
  std::vector<Object*> weakref_callbacks;
  weakref_clear_garbage(ts, garbage, weakref_callbacks);
  for (Object* o : garbage) gc_head_of(o)->flags &= ~kGcInSet;
  weakref_call_callbacks(ts, weakref_callbacks);
  // Finalisers first (PEP 442), each at most once. They may resurrect objects,
  // so when any ran, clearing waits for the next full collection.
  bool ran_finalizer = false;
  for (Object* o : garbage) {
    if (!wants_finalizer(ts, o) || (gc_head_of(o)->flags & kGcFinalized)) continue;
    gc_head_of(o)->flags |= kGcFinalized;
    Value saved = err_fetch(ts);
    Value del = type_has(o->type, kTypeHasFinalizer) ? type_lookup(o->type, ts->interp->names.__del__) : Value();
    Value r = del ? call1(ts, del, Value::from_obj(o)) : call_method0(ts, Value::from_obj(o), "close");
    if (!r) write_unraisable(ts, del ? del : Value::from_obj(o));
    decref(r);
    err_restore(ts, saved);
    ran_finalizer = true;
  }
  if (!ran_finalizer) {
    for (Object* o : garbage)
      if (o->type->slots.clear) o->type->slots.clear(o);
  }
  for (Object* o : garbage) decref(o);
  if (ran_finalizers) *ran_finalizers = ran_finalizer;
  return ran_finalizer ? 0 : int64_t(garbage.size());
}

}  // namespace

int64_t gc_collect(ThreadState* ts) {
  GcState* st = ts->interp->gc;
  if (st->collecting) return 0;
  st->collecting = true;
  st->allocations = 0;
  st->young_collections = st->middle_collections = 0;
  GcHead all;
  all.next = all.prev = &all;
  splice_into(&st->young, &all);
  splice_into(&st->middle, &all);
  splice_into(&st->old, &all);
  bool ran = false;
  int64_t n = collect_list(ts, &all, &st->old, &ran);
  // Finalisers ran: what is still unreachable (now finalised) goes in a second pass.
  if (ran) {
    GcHead again;
    again.next = again.prev = &again;
    splice_into(&st->young, &again);
    splice_into(&st->old, &again);
    n += collect_list(ts, &again, &st->old);
  }
  st->old_count = st->last_moved;  // survivors of the last pass: all of `old` now
  st->collections[2]++;
  st->collected[2] += n;
  st->old_pending = 0;
  st->collecting = false;
  return n;
}

int64_t gc_collect_auto(ThreadState* ts) {
  GcState* st = ts->interp->gc;
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
    splice_into(&st->young, &set);
    splice_into(&st->middle, &set);
    n = collect_list(ts, &set, &st->old);
    st->collections[1]++;
    st->collected[1] += n;
  } else {
    st->young_collections++;
    splice_into(&st->young, &set);
    n = collect_list(ts, &set, &st->middle);
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
};
}  // namespace minipy
