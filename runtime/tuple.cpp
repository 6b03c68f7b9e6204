// runtime/tuple.cpp — the tuple type and its iterator: the shared (), CPython's
// xxHash-based hash (so sets of tuples iterate in CPython's order),
// lexicographic comparison, slicing, count/index, tuple(iterable).
// Must not: cache anything process-wide (the empty tuple lives on the Interpreter).
#include <cstring>
#include <string>
#include <vector>

#include "runtime/containers_impl.h"
#include "runtime/gc.h"
#include "runtime/fast_paths.h"

namespace minipy {

namespace {

constexpr size_t kTupleHeader = sizeof(TupleObject) - sizeof(Value);  // items follow the header

TupleObject* tuple_alloc(ThreadState* ts, TypeObject* type, int64_t n) {
  Object* o = alloc_object(ts, type, size_t(n) * sizeof(Value));
  if (!o) return nullptr;
  auto* t = static_cast<TupleObject*>(o);
  t->size = n;
  t->hash = -1;
  return t;
}

inline TupleObject* as_tuple(Value v) { return v.as<TupleObject>(); }

}  // namespace

bool is_tuple(ThreadState* ts, Value v) {
  return v.is_obj() && type_has(v.obj()->type, kTypeTupleSubclass);
}

Value empty_tuple(ThreadState* ts) {
  Interpreter* in = ts->interp;
  if (!in->empty_tuple) {
    TupleObject* t = tuple_alloc(ts, in->types.tuple, 0);
    if (!t) return Value();
    in->empty_tuple = Value::from_obj(t);   // the interpreter owns this reference
  }
  return newref(in->empty_tuple);
}

TupleObject* tuple_new(ThreadState* ts, int64_t n) {
  if (n == 0) {
    Value e = empty_tuple(ts);
    return e ? e.as<TupleObject>() : nullptr;
  }
  if (n < 0 || uint64_t(n) > (uint64_t(1) << 58)) { raise_no_memory(ts); return nullptr; }
  return tuple_alloc(ts, ts->interp->types.tuple, n);
}

Value tuple_from(ThreadState* ts, const Value* items, int64_t n) {
  TupleObject* t = tuple_new(ts, n);
  if (!t) return Value();
  for (int64_t i = 0; i < n; i++) t->items[i] = newref(items[i]);
  return Value::from_obj(t);
}

Value tuple_pack(ThreadState* ts, std::initializer_list<Value> items) {
  return tuple_from(ts, items.begin(), int64_t(items.size()));
}

// ---------------------------------------------------------------- hash
namespace {
constexpr uint64_t kXxPrime1 = 11400714785074694791ULL, kXxPrime2 = 14029467366897019727ULL,
                   kXxPrime5 = 2870177450012600261ULL;

inline uint64_t xx_round(uint64_t acc, int64_t h) {
  acc += uint64_t(h) * kXxPrime2;
  acc = (acc << 31) | (acc >> 33);
  return acc * kXxPrime1;
}
inline int64_t xx_finish(uint64_t acc, int64_t n) {
  acc += uint64_t(n) ^ (kXxPrime5 ^ 3527539UL);
  if (acc == uint64_t(-1)) return 1546275796;
  return int64_t(acc);
}

// An exact, non-empty tuple whose hash is not cached yet: hashed by
// hash_nested_tuples, without recursion.
inline bool is_uncached_tuple(ThreadState* ts, Value v) {
  return v.is_obj() && v.obj()->type == ts->interp->types.tuple && v.as<TupleObject>()->hash == -1;
}

// The hash of an exact tuple holding exact tuples, to any depth (CPython
// hashes a 100,000-deep ((...),) fine): the nesting is walked with an
// explicit stack instead of the C++ one. Each tuple's hash is cached, as
// tuple_hash does.
__attribute__((noinline)) bool hash_nested_tuples(ThreadState* ts, TupleObject* top, int64_t* out) {
  struct Level {
    TupleObject* t;
    int64_t i;
    uint64_t acc;
  };
  Level inline_levels[16];
  std::vector<Level> spill;  // beyond 16 levels
  int64_t depth = 0;
  auto at = [&](int64_t d) -> Level& { return d < 16 ? inline_levels[d] : spill[size_t(d - 16)]; };
  auto push = [&](TupleObject* t) {
    Level l{t, 0, kXxPrime5};
    if (depth < 16) inline_levels[depth] = l;
    else spill.push_back(l);
    ++depth;
  };
  push(top);
  for (;;) {
    Level& l = at(depth - 1);
    if (l.i < l.t->size) {
      Value v = l.t->items[l.i];
      if (is_uncached_tuple(ts, v)) {
        push(v.as<TupleObject>());  // `l` may dangle from here
        continue;
      }
      int64_t h;
      if (!hash_fast(ts, v, &h)) return false;
      l.acc = xx_round(l.acc, h);
      l.i++;
      continue;
    }
    int64_t h = xx_finish(l.acc, l.t->size);
    l.t->hash = h;
    --depth;
    if (depth >= 16) spill.pop_back();
    if (depth == 0) {
      *out = h;
      return true;
    }
    Level& parent = at(depth - 1);
    parent.acc = xx_round(parent.acc, h);
    parent.i++;
  }
}
}  // namespace

int64_t tuple_hash_items(ThreadState* ts, const Value* items, int64_t n, bool* ok) {
  uint64_t acc = kXxPrime5;
  for (int64_t i = 0; i < n; i++) {
    int64_t h;
    bool done = is_uncached_tuple(ts, items[i]) ? hash_nested_tuples(ts, items[i].as<TupleObject>(), &h)
                                                : hash_fast(ts, items[i], &h);
    if (!done) { *ok = false; return -1; }
    acc = xx_round(acc, h);
  }
  *ok = true;
  return xx_finish(acc, n);
}

namespace {

bool tuple_hash(ThreadState* ts, Value self, int64_t* out) {
  TupleObject* t = as_tuple(self);
  if (t->hash != -1) { *out = t->hash; return true; }
  // Exact tuples nest without recursion (hash_nested_tuples); a chain of
  // tuple subclasses recurses through hash() and must stop before the stack ends.
  if (stack_exhausted(ts)) {
    raise(ts, Exc::RecursionError, "maximum recursion depth exceeded");
    return false;
  }
  bool ok;
  int64_t h = tuple_hash_items(ts, t->items, t->size, &ok);
  if (!ok) return false;
  t->hash = h;
  *out = h;
  return true;
}

// ---------------------------------------------------------------- lifecycle
void tuple_dealloc(Object* o) {
  {
    DeallocGuard guard(o, tuple_dealloc);  // deep chains: the trashcan (gc.h)
    if (guard.deferred()) return;
    auto* t = static_cast<TupleObject*>(o);
    for (int64_t i = t->size - 1; i >= 0; i--) decref(t->items[i]);  // last to first, like CPython
  }  // the trashcan level ends first: free_object is then a tail call
  free_object(o);
}

void tuple_traverse(Object* o, VisitFn visit, void* arg) {
  auto* t = static_cast<TupleObject*>(o);
  for (int64_t i = 0; i < t->size; i++)
    if (t->items[i].is_obj()) visit(t->items[i].obj(), arg);
}

void tuple_clear(Object* o) {
  auto* t = static_cast<TupleObject*>(o);
  for (int64_t i = 0; i < t->size; i++) {
    Value v = t->items[i];
    t->items[i] = Value::none();
    decref(v);
  }
}

}  // namespace

Value tuple_slice_items(ThreadState* ts, Value tuple, int64_t start, int64_t step, int64_t n) {
  auto* t = tuple.as<TupleObject>();
  if (n == t->size && step == 1 && tuple.obj()->type == ts->interp->types.tuple) return newref(tuple);
  TupleObject* r = tuple_new(ts, n);
  if (!r) return Value();
  for (int64_t k = 0, i = start; k < n; k++, i += step) r->items[k] = newref(t->items[i]);
  return Value::from_obj(r);
}

// Shared by tuple and other fixed sequences: "(a, b)" / "(a,)".
Value seq_repr(ThreadState* ts, const Value* items, int64_t n, const char* open, const char* close,
               bool one_tuple) {
  std::string out(open);
  for (int64_t i = 0; i < n; i++) {
    if (i) out += ", ";
    Ref r(repr(ts, items[i]));
    if (!r) return Value();
    out += str_view(r.get());
  }
  if (one_tuple && n == 1) out += ",";
  out += close;
  return str_new(ts, out);
}

namespace {

Value tuple_repr(ThreadState* ts, Value self) {
  TupleObject* t = as_tuple(self);
  if (t->size == 0) return str_new(ts, "()");
  int rc = repr_enter(ts, self.obj());
  if (rc != 0) return rc > 0 ? str_new(ts, "(...)") : Value();
  // No RecursionGuard here: repr() counts each item's level, as CPython's
  // PyObject_Repr does (a nested tuple costs one level, not two).
  Value r = seq_repr(ts, t->items, t->size, "(", ")", true);
  repr_leave(ts, self.obj());
  return r;
}

Value cmp_result(int64_t a, int64_t b, CmpOp op) {
  bool r = false;
  switch (op) {
    case CmpOp::Lt: r = a < b; break;
    case CmpOp::Le: r = a <= b; break;
    case CmpOp::Eq: r = a == b; break;
    case CmpOp::Ne: r = a != b; break;
    case CmpOp::Gt: r = a > b; break;
    case CmpOp::Ge: r = a >= b; break;
  }
  return Value::boolean(r);
}

Value tuple_richcompare(ThreadState* ts, Value a, Value b, CmpOp op) {
  if (!is_tuple(ts, a) || !is_tuple(ts, b)) return Value::not_implemented();
  TupleObject *x = as_tuple(a), *y = as_tuple(b);
  int64_t i = 0;
  for (; i < x->size && i < y->size; i++) {
    int k = eq_fast(ts, x->items[i], y->items[i]);
    if (k < 0) return Value();
    if (!k) break;
  }
  if (i >= x->size || i >= y->size) return cmp_result(x->size, y->size, op);
  if (op == CmpOp::Eq) return Value::False();
  if (op == CmpOp::Ne) return Value::True();
  return richcompare(ts, x->items[i], y->items[i], op);
}

bool tuple_len(ThreadState* ts, Value self, int64_t* out) {
  *out = as_tuple(self)->size;
  return true;
}

int tuple_contains(ThreadState* ts, Value self, Value item) {
  TupleObject* t = as_tuple(self);
  for (int64_t i = 0; i < t->size; i++) {
    int k = eq_fast(ts, t->items[i], item);
    if (k != 0) return k;
  }
  return 0;
}

Value tuple_getitem(ThreadState* ts, Value self, Value key) {
  TupleObject* t = as_tuple(self);
  if (key.is_small_int()) {
    int64_t i = key.as_small_int();
    if (i < 0) i += t->size;
    if (uint64_t(i) >= uint64_t(t->size)) return raise(ts, Exc::IndexError, "tuple index out of range");
    return newref(t->items[i]);
  }
  if (key.is_obj() && key.obj()->type == ts->interp->types.slice) {
    int64_t start, stop, step, n;
    if (!slice_indices(ts, key.as<SliceObject>(), t->size, &start, &stop, &step, &n)) return Value();
    return tuple_slice_items(ts, self, start, step, n);
  }
  if (has_index(ts, key)) {
    int64_t i;
    if (!seq_index(ts, key, &i)) return Value();
    if (i < 0) i += t->size;
    if (i < 0 || i >= t->size) return raise(ts, Exc::IndexError, "tuple index out of range");
    return newref(t->items[i]);
  }
  return raisef(ts, Exc::TypeError, "tuple indices must be integers or slices, not %s", type_name(ts, key));
}

Value tuple_concat(ThreadState* ts, Value a, Value b) {
  if (!is_tuple(ts, a)) return Value::not_implemented();
  if (!is_tuple(ts, b)) {
    TypeObject* bt = type_of(ts, b);
    if (type_has(bt, kTypeHeapType) && bt->slots.add) return Value::not_implemented();
    return raisef(ts, Exc::TypeError, "can only concatenate tuple (not \"%s\") to tuple", type_name(ts, b));
  }
  TupleObject *x = as_tuple(a), *y = as_tuple(b);
  TypeObject* tt = ts->interp->types.tuple;
  if (y->size == 0 && a.obj()->type == tt) return newref(a);
  if (x->size == 0 && b.obj()->type == tt) return newref(b);
  TupleObject* r = tuple_new(ts, x->size + y->size);
  if (!r) return Value();
  for (int64_t i = 0; i < x->size; i++) r->items[i] = newref(x->items[i]);
  for (int64_t i = 0; i < y->size; i++) r->items[x->size + i] = newref(y->items[i]);
  return Value::from_obj(r);
}

Value tuple_repeat(ThreadState* ts, Value a, Value b) {
  Value seq = a, count = b;
  if (!is_tuple(ts, seq)) std::swap(seq, count);
  if (!is_tuple(ts, seq)) return Value::not_implemented();
  if (!has_index(ts, count)) {
    TypeObject* ct = type_of(ts, count);
    if (type_has(ct, kTypeHeapType) && ct->slots.mul) return Value::not_implemented();
    return raisef(ts, Exc::TypeError, "can't multiply sequence by non-int of type '%s'", type_name(ts, count));
  }
  int64_t n;
  if (!index_i64(ts, count, &n)) {
    if (err_matches(ts, Exc::OverflowError)) {
      err_clear(ts);
      return raisef(ts, Exc::OverflowError, "cannot fit '%s' into an index-sized integer", type_name(ts, count));
    }
    return Value();
  }
  TupleObject* t = as_tuple(seq);
  if (n <= 0 || t->size == 0) return empty_tuple(ts);
  if (n == 1 && seq.obj()->type == ts->interp->types.tuple) return newref(seq);
  if (n > (int64_t(1) << 58) / t->size) return raise_no_memory(ts);
  TupleObject* r = tuple_new(ts, t->size * n);
  if (!r) return Value();
  int64_t k = 0;
  for (int64_t j = 0; j < n; j++)
    for (int64_t i = 0; i < t->size; i++) r->items[k++] = newref(t->items[i]);
  return Value::from_obj(r);
}

Value tuple_new_slot(ThreadState* ts, TypeObject* type, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (kwnames && kwnames->size && type == ts->interp->types.tuple)
    return raise(ts, Exc::TypeError, "tuple() takes no keyword arguments");
  if (!check_nargs(ts, "tuple", nargs, 0, 1)) return Value();
  if (type == ts->interp->types.tuple) {
    if (nargs == 0) return empty_tuple(ts);
    if (args[0].is_obj() && args[0].obj()->type == type) return newref(args[0]);
    return sequence_to_tuple(ts, args[0]);
  }
  Ref items(nargs ? sequence_to_tuple(ts, args[0]) : empty_tuple(ts));
  if (!items) return Value();
  TupleObject* src = items.as<TupleObject>();
  TupleObject* r = tuple_alloc(ts, type, src->size);
  if (!r) return Value();
  for (int64_t i = 0; i < src->size; i++) r->items[i] = newref(src->items[i]);
  return Value::from_obj(r);
}

// ---------------------------------------------------------------- methods
Value m_count(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "tuple.count", kw) || !check_nargs(ts, "tuple.count", nargs, 1, 1)) return Value();
  TupleObject* t = as_tuple(self);
  int64_t c = 0;
  for (int64_t i = 0; i < t->size; i++) {
    int k = eq_fast(ts, t->items[i], args[0]);
    if (k < 0) return Value();
    c += k;
  }
  return Value::small_int(c);
}

Value m_index(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "index", kw) || !check_nargs(ts, "index", nargs, 1, 3)) return Value();
  TupleObject* t = as_tuple(self);
  int64_t start = 0, stop = INT64_MAX;
  if (nargs > 1 && !slice_index_clamped(ts, args[1], &start)) return Value();
  if (nargs > 2 && !slice_index_clamped(ts, args[2], &stop)) return Value();
  if (start < 0) { start += t->size; if (start < 0) start = 0; }
  if (stop < 0) { stop += t->size; }
  for (int64_t i = start; i < stop && i < t->size; i++) {
    int k = eq_fast(ts, t->items[i], args[0]);
    if (k < 0) return Value();
    if (k) return Value::small_int(i);
  }
  return raise(ts, Exc::ValueError, "tuple.index(x): x not in tuple");
}

Value m_getnewargs(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!check_nargs(ts, "__getnewargs__", nargs, 0, 0)) return Value();
  TupleObject* t = as_tuple(self);
  Ref copy(tuple_from(ts, t->items, t->size));
  if (!copy) return Value();
  return tuple_pack(ts, {copy.get()});
}

Value m_class_getitem(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!check_nargs(ts, "__class_getitem__", nargs, 1, 1)) return Value();
  return generic_alias_new(ts, self, args[0]);  // tuple[int, ...]
}

// ---------------------------------------------------------------- iterator
struct TupleIterObject : Object {
  Value seq;   // tuple, null when exhausted
  int64_t index;
};

Value tuple_iter(ThreadState* ts, Value self) {
  Object* o = alloc_object(ts, ts->interp->types.tuple_iter);
  if (!o) return Value();
  auto* it = static_cast<TupleIterObject*>(o);
  it->seq = newref(self);
  it->index = 0;
  return Value::from_obj(o);
}

Value tupleiter_next(ThreadState* ts, Value self) {
  auto* it = self.as<TupleIterObject>();
  if (!it->seq) return Value();
  TupleObject* t = as_tuple(it->seq);
  if (it->index < t->size) return newref(t->items[it->index++]);
  Value s = it->seq;
  it->seq = Value();
  decref(s);
  return Value();
}

Value tupleiter_self(ThreadState* ts, Value self) { return newref(self); }

void tupleiter_dealloc(Object* o) {
  decref(static_cast<TupleIterObject*>(o)->seq);
  free_object(o);
}
void tupleiter_traverse(Object* o, VisitFn visit, void* arg) {
  Value s = static_cast<TupleIterObject*>(o)->seq;
  if (s.is_obj()) visit(s.obj(), arg);
}
void tupleiter_clear(Object* o) {
  auto* it = static_cast<TupleIterObject*>(o);
  Value s = it->seq;
  it->seq = Value();
  decref(s);
}

Value tupleiter_length_hint(ThreadState* ts, Value self, const Value*, size_t nargs, TupleObject*) {
  auto* it = self.as<TupleIterObject>();
  if (!it->seq) return Value::small_int(0);
  return hint_value(as_tuple(it->seq)->size - it->index);
}

const MethodDef tuple_methods[] = {
    {"count", m_count},
    {"index", m_index},
    {"__getnewargs__", m_getnewargs},
    {"__class_getitem__", m_class_getitem, kMethClass},
    {nullptr, nullptr},
};

const MethodDef tupleiter_methods[] = {
    {"__length_hint__", tupleiter_length_hint},
    {nullptr, nullptr},
};

}  // namespace

const TypeSpec tuple_type_spec = {
    .name = "tuple",
    .basicsize = kTupleHeader,
    .flags = kTypeBaseType | kTypeHasGC | kTypeTupleSubclass,
    .slots = {
        .dealloc = tuple_dealloc,
        .traverse = tuple_traverse,
        .clear = tuple_clear,
        .repr = tuple_repr,
        .hash = tuple_hash,
        .richcompare = tuple_richcompare,
        .iter = tuple_iter,
        .new_ = tuple_new_slot,
        .add = tuple_concat,
        .mul = tuple_repeat,
        .len = tuple_len,
        .getitem = tuple_getitem,
        .contains = tuple_contains,
    },
    .methods = tuple_methods,
    .doc = "Built-in immutable sequence.",
    .itemsize = sizeof(Value),
};

const TypeSpec tuple_iter_type_spec = {
    .name = "tuple_iterator",
    .basicsize = sizeof(TupleIterObject),
    .flags = kTypeHasGC,
    .slots = {
        .dealloc = tupleiter_dealloc,
        .traverse = tupleiter_traverse,
        .clear = tupleiter_clear,
        .iter = tupleiter_self,
        .iternext = tupleiter_next,
    },
    .methods = tupleiter_methods,
};

}  // namespace minipy
