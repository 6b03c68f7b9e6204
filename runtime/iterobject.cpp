// runtime/iterobject.cpp — the generic iterator types: the __getitem__
// sequence iterator, iter(callable, sentinel), enumerate, zip (strict=),
// map, filter and reversed (the __len__/__getitem__ fallback). Container
// specific iterators live with their containers.
// Must not: hold an exhausted source (sources are released at exhaustion, like CPython).
#include <string>

#include "runtime/containers_impl.h"
#include "runtime/gc.h"

namespace minipy {

namespace {

Value iter_self(ThreadState* ts, Value self) { return newref(self); }

inline void visit_value(Value v, VisitFn visit, void* arg) {
  if (v.is_obj()) visit(v.obj(), arg);
}
inline void clear_value(Value* slot) {
  Value v = *slot;
  *slot = Value();
  decref(v);
}

// Reuse a result tuple the caller has released (refcount 1), else make a new one.
TupleObject* reuse_tuple(ThreadState* ts, Value* cache, int64_t n) {
  Value r = *cache;
  if (r && r.obj()->refcnt == 1) {
    auto* t = r.as<TupleObject>();
    for (int64_t i = 0; i < n; i++) {
      Value old = t->items[i];
      t->items[i] = Value::none();
      decref(old);
    }
    t->hash = -1;
    incref(r);
    return t;
  }
  TupleObject* t = tuple_new(ts, n);
  if (!t) return nullptr;
  for (int64_t i = 0; i < n; i++) t->items[i] = Value::none();
  if (!r) *cache = newref(Value::from_obj(t));
  return t;
}

// ---------------------------------------------------------------- seq iterator
struct SeqIterObject : Object {
  Value seq;  // null once exhausted
  int64_t index;
};

Value seqiter_next(ThreadState* ts, Value self) {
  auto* it = self.as<SeqIterObject>();
  if (!it->seq) return Value();
  Value r = getitem(ts, it->seq, Value::small_int(it->index));
  if (r) {
    it->index++;
    return r;
  }
  if (err_matches(ts, Exc::IndexError) || err_matches(ts, Exc::StopIteration)) {
    err_clear(ts);
    clear_value(&it->seq);
  }
  return Value();
}

void seqiter_dealloc(Object* o) {
  decref(static_cast<SeqIterObject*>(o)->seq);
  free_object(o);
}
void seqiter_traverse(Object* o, VisitFn visit, void* arg) { visit_value(static_cast<SeqIterObject*>(o)->seq, visit, arg); }
void seqiter_clear(Object* o) { clear_value(&static_cast<SeqIterObject*>(o)->seq); }

Value seqiter_length_hint(ThreadState* ts, Value self, const Value*, size_t, TupleObject*) {
  auto* it = self.as<SeqIterObject>();
  if (!it->seq) return Value::small_int(0);
  int64_t n;
  if (!length(ts, it->seq, &n)) {
    if (!err_matches(ts, Exc::TypeError)) return Value();
    err_clear(ts);
    return Value::not_implemented();
  }
  return hint_value(n - it->index);
}

const MethodDef seqiter_methods[] = {
    {"__length_hint__", seqiter_length_hint},
    {nullptr, nullptr},
};

// ---------------------------------------------------------------- callable iterator
struct CallIterObject : Object {
  Value func, sentinel;  // null once exhausted
};

Value calliter_next(ThreadState* ts, Value self) {
  auto* it = self.as<CallIterObject>();
  if (!it->func) return Value();
  Value r = call0(ts, it->func);
  if (!r) {
    if (err_matches(ts, Exc::StopIteration)) {
      err_clear(ts);
      clear_value(&it->func);
      clear_value(&it->sentinel);
    }
    return Value();
  }
  int eq = richcompare_bool(ts, r, it->sentinel, CmpOp::Eq);
  if (eq == 0) return r;
  decref(r);
  if (eq > 0) {
    clear_value(&it->func);
    clear_value(&it->sentinel);
  }
  return Value();
}

void calliter_dealloc(Object* o) {
  auto* it = static_cast<CallIterObject*>(o);
  decref(it->func);
  decref(it->sentinel);
  free_object(o);
}
void calliter_traverse(Object* o, VisitFn visit, void* arg) {
  auto* it = static_cast<CallIterObject*>(o);
  visit_value(it->func, visit, arg);
  visit_value(it->sentinel, visit, arg);
}
void calliter_clear(Object* o) {
  auto* it = static_cast<CallIterObject*>(o);
  clear_value(&it->func);
  clear_value(&it->sentinel);
}

// ---------------------------------------------------------------- enumerate
struct EnumerateObject : Object {
  Value it;
  int64_t index;     // used while long_index is null
  Value long_index;  // big counter once past the small range
  Value result;      // reusable (index, item) tuple
};

Value enumerate_new(ThreadState* ts, TypeObject* type, const Value* args, size_t nargs, TupleObject* kwnames) {
  static constexpr const char* const kNames[] = {"iterable", "start"};
  Value out[2] = {};
  if (!parse_args(ts, "enumerate", args, nargs, kwnames, kNames, 2, 0, 2, 0, out)) return Value();
  // CPython 3.11's enumerate says this without the "(pos 1)" of other clinic functions.
  if (!out[0]) return raise(ts, Exc::TypeError, "enumerate() missing required argument 'iterable'");
  Ref start;
  if (out[1]) {
    start = Ref(index(ts, out[1]));
    if (!start) return Value();
  }
  Ref it(get_iter(ts, out[0]));
  if (!it) return Value();
  Object* o = alloc_object(ts, type);
  if (!o) return Value();
  auto* e = static_cast<EnumerateObject*>(o);
  e->it = it.release();
  if (start && !start.get().is_small_int()) e->long_index = start.release();
  else e->index = start ? start.get().as_small_int() : 0;
  return Value::from_obj(o);
}

Value enumerate_next(ThreadState* ts, Value self) {
  auto* e = self.as<EnumerateObject>();
  Value item = iter_next(ts, e->it);
  if (!item) return Value();
  Value idx;
  if (!e->long_index) {
    if (e->index < Value::kSmallMax) {
      idx = Value::small_int(e->index++);
    } else {
      e->long_index = int_from_i64(ts, e->index);
      if (!e->long_index) { decref(item); return Value(); }
    }
  }
  if (!idx) {
    idx = e->long_index;  // the counter's reference moves to the result
    e->long_index = int_binary(ts, idx, Value::small_int(1), BinOp::Add);
    if (!e->long_index) { decref(idx); decref(item); return Value(); }
  }
  TupleObject* t = reuse_tuple(ts, &e->result, 2);
  if (!t) { decref(idx); decref(item); return Value(); }
  t->items[0] = idx;
  t->items[1] = item;
  return Value::from_obj(t);
}

void enumerate_dealloc(Object* o) {
  DeallocGuard guard(o, enumerate_dealloc, DeallocGuard::kWhenStackLow);  // deep chains: runtime/gc.h
  if (guard.deferred()) return;
  auto* e = static_cast<EnumerateObject*>(o);
  decref(e->it);
  decref(e->long_index);
  decref(e->result);
  free_object(o);
}
void enumerate_traverse(Object* o, VisitFn visit, void* arg) {
  auto* e = static_cast<EnumerateObject*>(o);
  visit_value(e->it, visit, arg);
  visit_value(e->long_index, visit, arg);
  visit_value(e->result, visit, arg);
}
void enumerate_clear(Object* o) {
  auto* e = static_cast<EnumerateObject*>(o);
  clear_value(&e->it);
  clear_value(&e->long_index);
  clear_value(&e->result);
}

// ---------------------------------------------------------------- zip
struct ZipObject : Object {
  Value iters;   // tuple of iterators
  Value result;  // reusable tuple
  bool strict;
};

Value zip_new(ThreadState* ts, TypeObject* type, const Value* args, size_t nargs, TupleObject* kwnames) {
  bool strict = false;
  if (kwnames) {
    for (int64_t i = 0; i < kwnames->size; i++) {
      Value name = kwnames->items[i];
      if (str_view(name) != "strict")
        return raisef(ts, Exc::TypeError, "zip() got an unexpected keyword argument '%s'",
                      std::string(str_view(name)).c_str());
      int t = truthy(ts, args[nargs + size_t(i)]);
      if (t < 0) return Value();
      strict = t;
    }
  }
  TupleObject* its = tuple_new(ts, int64_t(nargs));
  if (!its) return Value();
  Ref holder(Value::from_obj(its));
  for (size_t i = 0; i < nargs; i++) its->items[i] = Value::none();
  for (size_t i = 0; i < nargs; i++) {
    Value it = get_iter(ts, args[i]);
    if (!it) return Value();
    Value old = its->items[i];
    its->items[i] = it;
    decref(old);
  }
  Object* o = alloc_object(ts, type);
  if (!o) return Value();
  auto* z = static_cast<ZipObject*>(o);
  z->iters = holder.release();
  z->strict = strict;
  return Value::from_obj(o);
}

Value zip_strict_error(ThreadState* ts, ZipObject* z, int64_t i) {
  // Argument i (0-based) was exhausted first.
  int64_t n = tuple_size(z->iters);
  if (i > 0) {
    return raisef(ts, Exc::ValueError, "zip() argument %lld is shorter than argument%s%lld", (long long)(i + 1),
                  i == 1 ? " " : "s 1-", (long long)i);
  }
  for (i = 1; i < n; i++) {
    Value item = iter_next(ts, tuple_item(z->iters, i));
    if (item) {
      decref(item);
      return raisef(ts, Exc::ValueError, "zip() argument %lld is longer than argument%s%lld", (long long)(i + 1),
                    i == 1 ? " " : "s 1-", (long long)i);
    }
    if (err_occurred(ts)) return Value();
  }
  return Value();
}

Value zip_next(ThreadState* ts, Value self) {
  auto* z = self.as<ZipObject>();
  if (!z->iters) return Value();
  int64_t n = tuple_size(z->iters);
  if (n == 0) return Value();
  Value small[8];
  Value* items = n <= 8 ? small : static_cast<Value*>(mem_alloc(size_t(n) * sizeof(Value)));
  if (!items) return raise_no_memory(ts);
  for (int64_t i = 0; i < n; i++) {
    Value item = iter_next(ts, tuple_item(z->iters, i));
    if (!item) {
      for (int64_t j = 0; j < i; j++) decref(items[j]);
      if (items != small) mem_free(items);
      if (z->strict && !err_occurred(ts)) return zip_strict_error(ts, z, i);
      return Value();
    }
    items[i] = item;
  }
  TupleObject* t = reuse_tuple(ts, &z->result, n);
  if (!t) {
    for (int64_t j = 0; j < n; j++) decref(items[j]);
    if (items != small) mem_free(items);
    return Value();
  }
  for (int64_t i = 0; i < n; i++) t->items[i] = items[i];
  if (items != small) mem_free(items);
  return Value::from_obj(t);
}

void zip_dealloc(Object* o) {
  auto* z = static_cast<ZipObject*>(o);
  decref(z->iters);
  decref(z->result);
  free_object(o);
}
void zip_traverse(Object* o, VisitFn visit, void* arg) {
  auto* z = static_cast<ZipObject*>(o);
  visit_value(z->iters, visit, arg);
  visit_value(z->result, visit, arg);
}
void zip_clear(Object* o) {
  auto* z = static_cast<ZipObject*>(o);
  clear_value(&z->iters);  // zip_next treats a cleared zip as exhausted
  clear_value(&z->result);
}

// ---------------------------------------------------------------- map
struct MapObject : Object {
  Value func;
  Value iters;  // tuple
};

Value map_new(ThreadState* ts, TypeObject* type, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (kwnames && kwnames->size && type == ts->interp->types.map)
    return raise(ts, Exc::TypeError, "map() takes no keyword arguments");
  if (nargs < 2) return raise(ts, Exc::TypeError, "map() must have at least two arguments.");
  TupleObject* its = tuple_new(ts, int64_t(nargs - 1));
  if (!its) return Value();
  Ref holder(Value::from_obj(its));
  for (size_t i = 1; i < nargs; i++) its->items[i - 1] = Value::none();
  for (size_t i = 1; i < nargs; i++) {
    Value it = get_iter(ts, args[i]);
    if (!it) return Value();
    Value old = its->items[i - 1];
    its->items[i - 1] = it;
    decref(old);
  }
  Object* o = alloc_object(ts, type);
  if (!o) return Value();
  auto* m = static_cast<MapObject*>(o);
  m->func = newref(args[0]);
  m->iters = holder.release();
  return Value::from_obj(o);
}

Value map_next(ThreadState* ts, Value self) {
  auto* m = self.as<MapObject>();
  int64_t n = tuple_size(m->iters);
  if (n == 1) {
    Ref item(iter_next(ts, tuple_item(m->iters, 0)));
    if (!item) return Value();
    return call1(ts, m->func, item.get());
  }
  Value small[8];
  Value* items = n <= 8 ? small : static_cast<Value*>(mem_alloc(size_t(n) * sizeof(Value)));
  if (!items) return raise_no_memory(ts);
  int64_t got = 0;
  Value r;
  for (; got < n; got++) {
    items[got] = iter_next(ts, tuple_item(m->iters, got));
    if (!items[got]) break;
  }
  if (got == n) r = call(ts, m->func, items, size_t(n));
  for (int64_t j = 0; j < got; j++) decref(items[j]);
  if (items != small) mem_free(items);
  return r;
}

void map_dealloc(Object* o) {
  auto* m = static_cast<MapObject*>(o);
  decref(m->func);
  decref(m->iters);
  free_object(o);
}
void map_traverse(Object* o, VisitFn visit, void* arg) {
  auto* m = static_cast<MapObject*>(o);
  visit_value(m->func, visit, arg);
  visit_value(m->iters, visit, arg);
}
void map_clear(Object* o) {
  auto* m = static_cast<MapObject*>(o);
  Value f = m->func;
  m->func = Value::none();
  decref(f);
}

// ---------------------------------------------------------------- filter
struct FilterObject : Object {
  Value func;
  Value it;
};

Value filter_new(ThreadState* ts, TypeObject* type, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (kwnames && kwnames->size && type == ts->interp->types.filter)
    return raise(ts, Exc::TypeError, "filter() takes no keyword arguments");
  if (nargs != 2) return raisef(ts, Exc::TypeError, "filter expected 2 arguments, got %zu", nargs);
  Ref it(get_iter(ts, args[1]));
  if (!it) return Value();
  Object* o = alloc_object(ts, type);
  if (!o) return Value();
  auto* f = static_cast<FilterObject*>(o);
  f->func = newref(args[0]);
  f->it = it.release();
  return Value::from_obj(o);
}

Value filter_next(ThreadState* ts, Value self) {
  auto* f = self.as<FilterObject>();
  bool plain = f->func.is_none() || (f->func.is_obj() && f->func.obj() == ts->interp->types.bool_);
  for (;;) {
    Value item = iter_next(ts, f->it);
    if (!item) return Value();
    int ok;
    if (plain) {
      ok = truthy(ts, item);
    } else {
      Value r = call1(ts, f->func, item);
      if (!r) { decref(item); return Value(); }
      ok = truthy(ts, r);
      decref(r);
    }
    if (ok > 0) return item;
    decref(item);
    if (ok < 0) return Value();
  }
}

void filter_dealloc(Object* o) {
  DeallocGuard guard(o, filter_dealloc);  // counted like CPython's (its trashcan covers filter)
  if (guard.deferred()) return;
  auto* f = static_cast<FilterObject*>(o);
  decref(f->func);
  decref(f->it);
  free_object(o);
}
void filter_traverse(Object* o, VisitFn visit, void* arg) {
  auto* f = static_cast<FilterObject*>(o);
  visit_value(f->func, visit, arg);
  visit_value(f->it, visit, arg);
}
void filter_clear(Object* o) {
  auto* f = static_cast<FilterObject*>(o);
  Value fn = f->func;
  f->func = Value::none();
  decref(fn);
}

// ---------------------------------------------------------------- reversed
struct ReversedObject : Object {
  Value seq;  // null once exhausted
  int64_t index;
};

Value reversed_new(ThreadState* ts, TypeObject* type, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (kwnames && kwnames->size && type == ts->interp->types.reversed)
    return raise(ts, Exc::TypeError, "reversed() takes no keyword arguments");
  // Clinic's positional form ("reversed expected 1 argument, got 0"), not METH_O's.
  if (nargs != 1) return raisef(ts, Exc::TypeError, "reversed expected 1 argument, got %zu", nargs);
  Value seq = args[0];
  if (type == ts->interp->types.reversed) {
    bool is_method = false;
    Value meth = lookup_special(ts, seq, ts->interp->names.__reversed__, &is_method);
    if (meth) {
      Ref m(meth);
      if (meth.is_none())
        return raisef(ts, Exc::TypeError, "'%s' object is not reversible", type_name(ts, seq));
      return is_method ? call1(ts, m.get(), seq) : call0(ts, m.get());
    }
    if (err_occurred(ts)) return Value();
  }
  TypeObject* st = type_of(ts, seq);
  if (!st->slots.getitem || type_has(st, kTypeDictSubclass))
    return raisef(ts, Exc::TypeError, "'%s' object is not reversible", type_name(ts, seq));
  int64_t n;
  if (!length(ts, seq, &n)) return Value();
  Object* o = alloc_object(ts, type);
  if (!o) return Value();
  auto* r = static_cast<ReversedObject*>(o);
  r->seq = newref(seq);
  r->index = n - 1;
  return Value::from_obj(o);
}

Value reversed_next(ThreadState* ts, Value self) {
  auto* r = self.as<ReversedObject>();
  if (!r->seq) return Value();
  if (r->index >= 0) {
    Value item = getitem(ts, r->seq, Value::small_int(r->index));
    if (item) {
      r->index--;
      return item;
    }
    if (!err_matches(ts, Exc::IndexError) && !err_matches(ts, Exc::StopIteration)) return Value();
    err_clear(ts);
  }
  r->index = -1;
  clear_value(&r->seq);
  return Value();
}

Value reversed_length_hint(ThreadState* ts, Value self, const Value*, size_t, TupleObject*) {
  auto* r = self.as<ReversedObject>();
  if (!r->seq) return Value::small_int(0);
  int64_t n;
  if (!length(ts, r->seq, &n)) return Value();
  return Value::small_int(n < r->index + 1 ? 0 : r->index + 1);
}

void reversed_dealloc(Object* o) {
  decref(static_cast<ReversedObject*>(o)->seq);
  free_object(o);
}
void reversed_traverse(Object* o, VisitFn visit, void* arg) { visit_value(static_cast<ReversedObject*>(o)->seq, visit, arg); }
void reversed_clear(Object* o) { clear_value(&static_cast<ReversedObject*>(o)->seq); }

const MethodDef reversed_methods[] = {
    {"__length_hint__", reversed_length_hint},
    {nullptr, nullptr},
};

}  // namespace

Value seq_iter_new(ThreadState* ts, Value seq) {
  Object* o = alloc_object(ts, ts->interp->types.seq_iter);
  if (!o) return Value();
  static_cast<SeqIterObject*>(o)->seq = newref(seq);
  return Value::from_obj(o);
}

Value callable_iter_new(ThreadState* ts, Value callable, Value sentinel) {
  Object* o = alloc_object(ts, ts->interp->types.callable_iter);
  if (!o) return Value();
  auto* it = static_cast<CallIterObject*>(o);
  it->func = newref(callable);
  it->sentinel = newref(sentinel);
  return Value::from_obj(o);
}

const TypeSpec seq_iter_type_spec = {
    .name = "iterator",
    .basicsize = sizeof(SeqIterObject),
    .flags = kTypeHasGC,
    .slots = {.dealloc = seqiter_dealloc, .traverse = seqiter_traverse, .clear = seqiter_clear,
              .iter = iter_self, .iternext = seqiter_next},
    .methods = seqiter_methods,
};

const TypeSpec callable_iter_type_spec = {
    .name = "callable_iterator",
    .basicsize = sizeof(CallIterObject),
    .flags = kTypeHasGC,
    .slots = {.dealloc = calliter_dealloc, .traverse = calliter_traverse, .clear = calliter_clear,
              .iter = iter_self, .iternext = calliter_next},
};

const TypeSpec enumerate_type_spec = {
    .name = "enumerate",
    .basicsize = sizeof(EnumerateObject),
    .flags = kTypeBaseType | kTypeHasGC,
    .slots = {.dealloc = enumerate_dealloc, .traverse = enumerate_traverse, .clear = enumerate_clear,
              .iter = iter_self, .iternext = enumerate_next, .new_ = enumerate_new},
    .doc = "Return an enumerate object.",
};

const TypeSpec zip_type_spec = {
    .name = "zip",
    .basicsize = sizeof(ZipObject),
    .flags = kTypeBaseType | kTypeHasGC,
    .slots = {.dealloc = zip_dealloc, .traverse = zip_traverse, .clear = zip_clear,
              .iter = iter_self, .iternext = zip_next, .new_ = zip_new},
};

const TypeSpec map_type_spec = {
    .name = "map",
    .basicsize = sizeof(MapObject),
    .flags = kTypeBaseType | kTypeHasGC,
    .slots = {.dealloc = map_dealloc, .traverse = map_traverse, .clear = map_clear,
              .iter = iter_self, .iternext = map_next, .new_ = map_new},
};

const TypeSpec filter_type_spec = {
    .name = "filter",
    .basicsize = sizeof(FilterObject),
    .flags = kTypeBaseType | kTypeHasGC,
    .slots = {.dealloc = filter_dealloc, .traverse = filter_traverse, .clear = filter_clear,
              .iter = iter_self, .iternext = filter_next, .new_ = filter_new},
};

const TypeSpec reversed_type_spec = {
    .name = "reversed",
    .basicsize = sizeof(ReversedObject),
    .flags = kTypeBaseType | kTypeHasGC,
    .slots = {.dealloc = reversed_dealloc, .traverse = reversed_traverse, .clear = reversed_clear,
              .iter = iter_self, .iternext = reversed_next, .new_ = reversed_new},
    .methods = reversed_methods,
};

}  // namespace minipy
