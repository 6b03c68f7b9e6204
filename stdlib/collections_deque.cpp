// stdlib/collections_deque.cpp — the native `_collections` module: the
// `deque` type (a ring buffer of Values with an optional maxlen) and its
// iterators. collections/__init__.py re-exports it.
// Hot path: append/popleft/pop/appendleft are O(1) and allocate nothing unless
// the ring grows; iteration detects mutation via a state counter like CPython.
#include <cstring>
#include <string>

#include "stdlib/modules.h"
#include "runtime/gc.h"

namespace minipy {

namespace {

struct DequeObject : Object {
  Value* buf;       // mem_alloc'd ring, capacity a power of two (or null when empty)
  int64_t cap;
  int64_t head;     // index of the first item in buf
  int64_t size;
  int64_t maxlen;   // -1 = unbounded
  uint64_t state;   // bumped on every mutation (iterators compare it)
};

struct DequeIterObject : Object {
  Value deque;      // owned
  int64_t index;    // next logical index (counting from the left / right for reversed)
  uint64_t state;
  int64_t counter;  // items left
};

inline DequeObject* as_deque(Value v) { return v.as<DequeObject>(); }
inline Value& at(DequeObject* d, int64_t i) { return d->buf[(d->head + i) & (d->cap - 1)]; }

// The type objects are per interpreter: find them through the module, which keeps
// them in its state pointer array.
struct DequeTypes {
  TypeObject* deque;
  TypeObject* iter;
  TypeObject* reviter;
};

bool is_deque(ThreadState* ts, Value v) {
  TypeObject* t = type_of(ts, v);
  for (TypeObject* b = t; b; b = b->base)
    if (b->spec && b->spec->name && !strcmp(b->spec->name, "collections.deque")) return true;
  return false;
}

bool grow(ThreadState* ts, DequeObject* d) {
  int64_t ncap = d->cap ? d->cap * 2 : 8;
  auto* nb = static_cast<Value*>(mem_alloc(size_t(ncap) * sizeof(Value)));
  if (!nb) {
    raise_no_memory(ts);
    return false;
  }
  for (int64_t i = 0; i < d->size; i++) nb[i] = at(d, i);
  mem_free(d->buf);
  d->buf = nb;
  d->cap = ncap;
  d->head = 0;
  return true;
}

// Shrink the ring when it is mostly empty (keeps memory bounded after bursts).
void maybe_shrink(DequeObject* d) {
  if (d->cap <= 64 || d->size * 8 > d->cap) return;
  int64_t ncap = d->cap / 2;
  auto* nb = static_cast<Value*>(mem_alloc(size_t(ncap) * sizeof(Value)));
  if (!nb) return;
  for (int64_t i = 0; i < d->size; i++) nb[i] = at(d, i);
  mem_free(d->buf);
  d->buf = nb;
  d->cap = ncap;
  d->head = 0;
}

Value pop_right_raw(DequeObject* d) {
  Value v = at(d, d->size - 1);
  d->size--;
  d->state++;
  return v;
}
Value pop_left_raw(DequeObject* d) {
  Value v = d->buf[d->head];
  d->head = (d->head + 1) & (d->cap - 1);
  d->size--;
  d->state++;
  return v;
}

// Append taking ownership of v. Drops from the other end when at maxlen.
bool push_right(ThreadState* ts, DequeObject* d, Value v) {
  if (d->maxlen == 0) {
    decref(v);
    return true;
  }
  if (d->size == d->cap && !grow(ts, d)) {
    decref(v);
    return false;
  }
  at(d, d->size) = v;
  d->size++;
  d->state++;
  if (d->maxlen >= 0 && d->size > d->maxlen) decref(pop_left_raw(d));
  return true;
}
bool push_left(ThreadState* ts, DequeObject* d, Value v) {
  if (d->maxlen == 0) {
    decref(v);
    return true;
  }
  if (d->size == d->cap && !grow(ts, d)) {
    decref(v);
    return false;
  }
  d->head = (d->head - 1) & (d->cap - 1);
  d->buf[d->head] = v;
  d->size++;
  d->state++;
  if (d->maxlen >= 0 && d->size > d->maxlen) decref(pop_right_raw(d));
  return true;
}

void clear_items(DequeObject* d) {
  Value* buf = d->buf;
  int64_t head = d->head, n = d->size, cap = d->cap;
  d->buf = nullptr;
  d->cap = d->head = d->size = 0;
  d->state++;
  for (int64_t i = 0; i < n; i++) decref(buf[(head + i) & (cap - 1)]);
  mem_free(buf);
}

// ---------------------------------------------------------------- lifecycle
void deque_dealloc(Object* o) {
  DeallocGuard guard(o, deque_dealloc, DeallocGuard::kWhenStackLow);  // deep chains: runtime/gc.h
  if (guard.deferred()) return;
  clear_items(static_cast<DequeObject*>(o));
  free_object(o);
}
void deque_traverse(Object* o, VisitFn visit, void* arg) {
  auto* d = static_cast<DequeObject*>(o);
  for (int64_t i = 0; i < d->size; i++)
    if (at(d, i).is_obj()) visit(at(d, i).obj(), arg);
}
void deque_clear_slot(Object* o) { clear_items(static_cast<DequeObject*>(o)); }

Value deque_new_slot(ThreadState* ts, TypeObject* type, const Value*, size_t, TupleObject*) {
  Object* o = alloc_object(ts, type);
  if (!o) return Value();
  static_cast<DequeObject*>(o)->maxlen = -1;
  return Value::from_obj(o);
}

bool extend_right(ThreadState* ts, DequeObject* d, Value iterable);

bool deque_init(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  static constexpr const char* names[] = {"iterable", "maxlen"};
  Value a[2] = {};
  if (!parse_args(ts, "deque", args, nargs, kw, names, 2, 0, 2, 0, a)) return false;
  DequeObject* d = as_deque(self);
  int64_t maxlen = -1;
  if (a[1] && !a[1].is_none()) {
    if (!int_as_i64(ts, a[1], &maxlen)) {
      if (!err_occurred(ts)) raise(ts, Exc::TypeError, "an integer is required");
      return false;
    }
    if (maxlen < 0) {
      raise(ts, Exc::ValueError, "maxlen must be non-negative");
      return false;
    }
  }
  d->maxlen = maxlen;
  if (d->size) clear_items(d);
  if (a[0]) return extend_right(ts, d, a[0]);
  return true;
}

// ---------------------------------------------------------------- methods
#define METH(name) Value name(ThreadState* ts, Value self, [[maybe_unused]] const Value* args, size_t nargs, TupleObject* kw)
#define CHECK(fname, lo, hi) \
  if (!no_kwargs(ts, fname, kw) || !check_nargs(ts, fname, nargs, lo, hi)) return Value();

METH(d_append) {
  if (nargs != 1 || kw) { CHECK("append", 1, 1); }
  if (!push_right(ts, as_deque(self), newref(args[0]))) return Value();
  return Value::none();
}
METH(d_appendleft) {
  if (nargs != 1 || kw) { CHECK("appendleft", 1, 1); }
  if (!push_left(ts, as_deque(self), newref(args[0]))) return Value();
  return Value::none();
}
METH(d_pop) {
  if (nargs || kw) { CHECK("pop", 0, 0); }
  DequeObject* d = as_deque(self);
  if (!d->size) return raise(ts, Exc::IndexError, "pop from an empty deque");
  Value v = pop_right_raw(d);
  maybe_shrink(d);
  return v;
}
METH(d_popleft) {
  if (nargs || kw) { CHECK("popleft", 0, 0); }
  DequeObject* d = as_deque(self);
  if (!d->size) return raise(ts, Exc::IndexError, "pop from an empty deque");
  Value v = pop_left_raw(d);
  maybe_shrink(d);
  return v;
}

bool extend_right(ThreadState* ts, DequeObject* d, Value iterable) {
  Ref hold;
  if (iterable == Value::from_obj(d)) {  // d.extend(d): iterate over a snapshot
    hold.reset(sequence_to_list(ts, iterable));
    if (!hold) return false;
    iterable = hold.get();
  }
  Ref it(get_iter(ts, iterable));
  if (!it) return false;
  while (Value v = iter_next(ts, it.get()))
    if (!push_right(ts, d, v)) return false;
  return !err_occurred(ts);
}
bool extend_left(ThreadState* ts, DequeObject* d, Value iterable) {
  Ref hold;
  if (iterable == Value::from_obj(d)) {
    hold.reset(sequence_to_list(ts, iterable));
    if (!hold) return false;
    iterable = hold.get();
  }
  Ref it(get_iter(ts, iterable));
  if (!it) return false;
  while (Value v = iter_next(ts, it.get()))
    if (!push_left(ts, d, v)) return false;
  return !err_occurred(ts);
}
METH(d_extend) {
  CHECK("extend", 1, 1);
  if (!extend_right(ts, as_deque(self), args[0])) return Value();
  return Value::none();
}
METH(d_extendleft) {
  CHECK("extendleft", 1, 1);
  if (!extend_left(ts, as_deque(self), args[0])) return Value();
  return Value::none();
}

void rotate_by(DequeObject* d, int64_t n) {
  int64_t len = d->size;
  if (len <= 1) return;
  n %= len;
  if (n < 0) n += len;
  if (n == 0) return;
  d->state++;
  if (d->size == d->cap) {  // full ring: rotating is just moving head
    d->head = (d->head - n) & (d->cap - 1);
    return;
  }
  if (n <= len / 2) {
    for (int64_t i = 0; i < n; i++) {
      Value v = at(d, d->size - 1);
      d->size--;
      d->head = (d->head - 1) & (d->cap - 1);
      d->buf[d->head] = v;
      d->size++;
    }
  } else {
    for (int64_t i = 0; i < len - n; i++) {
      Value v = d->buf[d->head];
      d->head = (d->head + 1) & (d->cap - 1);
      at(d, d->size - 1) = v;
    }
  }
}
METH(d_rotate) {
  CHECK("rotate", 0, 1);
  int64_t n = 1;
  if (nargs && !index_i64(ts, args[0], &n)) return Value();
  rotate_by(as_deque(self), n);
  return Value::none();
}
METH(d_clear) {
  CHECK("clear", 0, 0);
  clear_items(as_deque(self));
  return Value::none();
}

Value deque_copy_of(ThreadState* ts, Value self) {
  DequeObject* d = as_deque(self);
  TypeObject* t = type_of(ts, self);
  if (t->spec && !strcmp(t->spec->name, "collections.deque")) {
    Ref nd(deque_new_slot(ts, t, nullptr, 0, nullptr));
    if (!nd) return Value();
    DequeObject* n = nd.as<DequeObject>();
    n->maxlen = d->maxlen;
    for (int64_t i = 0; i < d->size; i++)
      if (!push_right(ts, n, newref(at(d, i)))) return Value();
    return nd.release();
  }
  // Subclass: call type(self)(self, maxlen) like CPython.
  Value maxlen = d->maxlen < 0 ? Value::none() : Value::small_int(d->maxlen);
  if (d->maxlen < 0) return call1(ts, Value::from_obj(t), self);
  return call2(ts, Value::from_obj(t), self, maxlen);
}
METH(d_copy) {
  CHECK("copy", 0, 0);
  return deque_copy_of(ts, self);
}

METH(d_count) {
  CHECK("count", 1, 1);
  DequeObject* d = as_deque(self);
  uint64_t state = d->state;
  int64_t n = 0;
  for (int64_t i = 0; i < d->size; i++) {
    Value item = newref(at(d, i));
    int r = equal(ts, item, args[0]);
    decref(item);
    if (r < 0) return Value();
    if (d->state != state) return raise(ts, Exc::RuntimeError, "deque mutated during iteration");
    n += r;
  }
  return Value::small_int(n);
}

int contains_item(ThreadState* ts, DequeObject* d, Value x) {
  uint64_t state = d->state;
  for (int64_t i = 0; i < d->size; i++) {
    Value item = newref(at(d, i));
    int r = equal(ts, item, x);
    decref(item);
    if (r != 0) return r;
    if (d->state != state) {
      raise(ts, Exc::RuntimeError, "deque mutated during iteration");
      return -1;
    }
  }
  return 0;
}
int deque_contains(ThreadState* ts, Value self, Value x) { return contains_item(ts, as_deque(self), x); }

bool clamp_index(ThreadState* ts, Value v, int64_t len, int64_t* out) {
  int64_t i;
  if (!index_i64(ts, v, &i)) {
    if (!err_matches(ts, Exc::OverflowError)) return false;
    err_clear(ts);
    i = int_sign(ts, v) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
  }
  if (i < 0) {
    i += len;
    if (i < 0) i = 0;
  }
  if (i > len) i = len;
  *out = i;
  return true;
}

METH(d_index) {
  CHECK("index", 1, 3);
  DequeObject* d = as_deque(self);
  int64_t start = 0, stop = d->size;
  if (nargs > 1 && !clamp_index(ts, args[1], d->size, &start)) return Value();
  if (nargs > 2 && !clamp_index(ts, args[2], d->size, &stop)) return Value();
  uint64_t state = d->state;
  for (int64_t i = start; i < stop && i < d->size; i++) {
    Value item = newref(at(d, i));
    int r = equal(ts, item, args[0]);
    decref(item);
    if (r < 0) return Value();
    if (d->state != state) return raise(ts, Exc::RuntimeError, "deque mutated during iteration");
    if (r) return Value::small_int(i);
  }
  Ref rr(repr(ts, args[0]));
  if (!rr) return Value();
  return raisef(ts, Exc::ValueError, "%s is not in deque", std::string(str_view(rr.get())).c_str());
}

METH(d_insert) {
  CHECK("insert", 2, 2);
  DequeObject* d = as_deque(self);
  int64_t i;
  if (!index_i64(ts, args[0], &i)) return Value();
  if (d->maxlen >= 0 && d->size >= d->maxlen)
    return raise(ts, Exc::IndexError, "deque already at its maximum size");
  int64_t n = d->size;
  if (i < 0) {
    i += n;
    if (i < 0) i = 0;
  }
  if (i > n) i = n;
  if (i == n) return push_right(ts, d, newref(args[1])) ? Value::none() : Value();
  if (i == 0) return push_left(ts, d, newref(args[1])) ? Value::none() : Value();
  if (d->size == d->cap && !grow(ts, d)) return Value();
  // shift items [i, n) right by one
  for (int64_t k = n; k > i; k--) at(d, k) = at(d, k - 1);
  at(d, i) = newref(args[1]);
  d->size++;
  d->state++;
  return Value::none();
}

// Delete the item at logical index i (0 <= i < size), returning it (owned).
Value delete_at(DequeObject* d, int64_t i) {
  Value v = at(d, i);
  if (i < d->size / 2) {
    for (int64_t k = i; k > 0; k--) at(d, k) = at(d, k - 1);
    d->head = (d->head + 1) & (d->cap - 1);
  } else {
    for (int64_t k = i; k < d->size - 1; k++) at(d, k) = at(d, k + 1);
  }
  d->size--;
  d->state++;
  return v;
}

METH(d_remove) {
  CHECK("remove", 1, 1);
  DequeObject* d = as_deque(self);
  uint64_t state = d->state;
  for (int64_t i = 0; i < d->size; i++) {
    Value item = newref(at(d, i));
    int r = equal(ts, item, args[0]);
    decref(item);
    if (r < 0) return Value();
    if (d->state != state) return raise(ts, Exc::IndexError, "deque mutated during remove().");
    if (r) {
      decref(delete_at(d, i));
      return Value::none();
    }
  }
  Ref rr(repr(ts, args[0]));
  if (!rr) return Value();
  return raisef(ts, Exc::ValueError, "%s is not in deque", std::string(str_view(rr.get())).c_str());
}

METH(d_reverse) {
  CHECK("reverse", 0, 0);
  DequeObject* d = as_deque(self);
  for (int64_t i = 0, j = d->size - 1; i < j; i++, j--) {
    Value t = at(d, i);
    at(d, i) = at(d, j);
    at(d, j) = t;
  }
  d->state++;
  return Value::none();
}

Value d_maxlen(ThreadState*, Value self) {
  DequeObject* d = as_deque(self);
  return d->maxlen < 0 ? Value::none() : Value::small_int(d->maxlen);
}

METH(d_reduce) {
  CHECK("__reduce__", 0, 0);
  DequeObject* d = as_deque(self);
  Ref list(sequence_to_list(ts, self));
  if (!list) return Value();
  Value ml = d->maxlen < 0 ? Value::none() : Value::small_int(d->maxlen);
  Ref targs(tuple_pack(ts, {list.get(), ml}));
  if (!targs) return Value();
  return tuple_pack(ts, {Value::from_obj(type_of(ts, self)), targs.get()});
}

METH(d_class_getitem) {
  CHECK("__class_getitem__", 1, 1);
  return generic_alias_new(ts, self, args[0]);
}

Value deque_iter_make(ThreadState* ts, Value self, bool reversed);
METH(d_reversed) {
  CHECK("__reversed__", 0, 0);
  return deque_iter_make(ts, self, true);
}

// ---------------------------------------------------------------- slots
bool deque_len(ThreadState*, Value self, int64_t* out) {
  *out = as_deque(self)->size;
  return true;
}

Value deque_repr(ThreadState* ts, Value self) {
  DequeObject* d = as_deque(self);
  const char* tname = type_of(ts, self)->name->data;  // __name__, like CPython's _PyType_Name
  int r = repr_enter(ts, self.obj());
  if (r < 0) return Value();
  if (r > 0) return str_new(ts, "[...]");
  std::string out = tname;
  out += "([";
  RecursionGuard guard(ts, " while getting the repr of an object");
  if (!guard.ok()) {
    repr_leave(ts, self.obj());
    return Value();
  }
  for (int64_t i = 0; i < d->size; i++) {
    if (i) out += ", ";
    Value item = newref(at(d, i));
    Ref s(repr(ts, item));
    decref(item);
    if (!s) {
      repr_leave(ts, self.obj());
      return Value();
    }
    out += str_view(s.get());
  }
  repr_leave(ts, self.obj());
  out += "]";
  if (d->maxlen >= 0) out += ", maxlen=" + std::to_string(d->maxlen);
  out += ")";
  return str_new(ts, out);
}

bool index_arg(ThreadState* ts, DequeObject* d, Value key, int64_t* out) {
  if (is_float(ts, key) || (!is_int(ts, key) && !lookup_special(ts, key, ts->interp->names.__index__, nullptr))) {
    if (err_occurred(ts)) return false;
    raisef(ts, Exc::TypeError, "sequence index must be integer, not '%s'", type_name(ts, key));
    return false;
  }
  int64_t i;
  if (!index_i64(ts, key, &i)) return false;
  if (i < 0) i += d->size;
  if (i < 0 || i >= d->size) {
    raise(ts, Exc::IndexError, "deque index out of range");
    return false;
  }
  *out = i;
  return true;
}

Value deque_getitem(ThreadState* ts, Value self, Value key) {
  DequeObject* d = as_deque(self);
  int64_t i;
  if (key.is_small_int()) {
    i = key.as_small_int();
    if (i < 0) i += d->size;
    if (i < 0 || i >= d->size) return raise(ts, Exc::IndexError, "deque index out of range");
  } else if (!index_arg(ts, d, key, &i)) {
    return Value();
  }
  return newref(at(d, i));
}

bool deque_setitem(ThreadState* ts, Value self, Value key, Value v) {
  DequeObject* d = as_deque(self);
  int64_t i;
  if (!index_arg(ts, d, key, &i)) return false;
  if (!v) {
    decref(delete_at(d, i));
    return true;
  }
  Value old = at(d, i);
  at(d, i) = newref(v);
  decref(old);
  return true;
}

Value deque_richcompare(ThreadState* ts, Value a, Value b, CmpOp op) {
  if (!is_deque(ts, a) || !is_deque(ts, b)) return Value::not_implemented();
  DequeObject* x = as_deque(a);
  DequeObject* y = as_deque(b);
  if ((op == CmpOp::Eq || op == CmpOp::Ne) && x->size != y->size) return Value::boolean(op == CmpOp::Ne);
  // Snapshot both so Python __eq__ cannot invalidate positions.
  Ref la(sequence_to_list(ts, a)), lb(sequence_to_list(ts, b));
  if (!la || !lb) return Value();
  ListObject* p = la.as<ListObject>();
  ListObject* q = lb.as<ListObject>();
  int64_t i = 0;
  for (; i < p->size && i < q->size; i++) {
    int r = equal(ts, p->items[i], q->items[i]);
    if (r < 0) return Value();
    if (!r) break;
  }
  if (i >= p->size || i >= q->size) {
    int64_t n1 = p->size, n2 = q->size;
    bool res = false;
    switch (op) {
      case CmpOp::Lt: res = n1 < n2; break;
      case CmpOp::Le: res = n1 <= n2; break;
      case CmpOp::Eq: res = n1 == n2; break;
      case CmpOp::Ne: res = n1 != n2; break;
      case CmpOp::Gt: res = n1 > n2; break;
      case CmpOp::Ge: res = n1 >= n2; break;
    }
    return Value::boolean(res);
  }
  if (op == CmpOp::Eq) return Value::False();
  if (op == CmpOp::Ne) return Value::True();
  return richcompare(ts, p->items[i], q->items[i], op);
}

Value deque_concat(ThreadState* ts, Value a, Value b) {
  if (!is_deque(ts, a)) return Value::not_implemented();
  if (!is_deque(ts, b))
    return raisef(ts, Exc::TypeError, "can only concatenate deque (not \"%s\") to deque", type_name(ts, b));
  Ref n(deque_copy_of(ts, a));
  if (!n) return Value();
  if (!extend_right(ts, n.as<DequeObject>(), b)) return Value();
  return n.release();
}
Value deque_iadd(ThreadState* ts, Value a, Value b) {
  if (!extend_right(ts, as_deque(a), b)) return Value();
  return newref(a);
}
bool repeat_inplace(ThreadState* ts, DequeObject* d, int64_t n) {
  if (n <= 0) {
    clear_items(d);
    return true;
  }
  int64_t len = d->size;
  Ref snap;
  {
    ListObject* l = list_new(ts);
    if (!l) return false;
    snap.reset(Value::from_obj(l));
    for (int64_t i = 0; i < len; i++)
      if (!list_append(ts, l, at(d, i))) return false;
  }
  ListObject* l = snap.as<ListObject>();
  for (int64_t k = 1; k < n; k++) {
    for (int64_t i = 0; i < len; i++)
      if (!push_right(ts, d, newref(l->items[i]))) return false;
    if (d->maxlen >= 0 && k * len > d->maxlen + len) break;
  }
  return true;
}
Value deque_imul(ThreadState* ts, Value a, Value b) {
  int64_t n;
  if (!is_int(ts, b)) return Value::not_implemented();
  if (!index_i64(ts, b, &n)) return Value();
  if (!repeat_inplace(ts, as_deque(a), n)) return Value();
  return newref(a);
}
Value deque_mul(ThreadState* ts, Value a, Value b) {
  if (!is_deque(ts, a)) std::swap(a, b);
  if (!is_deque(ts, a) || !is_int(ts, b)) return Value::not_implemented();
  int64_t n;
  if (!index_i64(ts, b, &n)) return Value();
  Ref c(deque_copy_of(ts, a));
  if (!c) return Value();
  if (!repeat_inplace(ts, c.as<DequeObject>(), n)) return Value();
  return c.release();
}

int deque_bool(ThreadState*, Value self) { return as_deque(self)->size != 0; }

bool deque_hash(ThreadState* ts, Value, int64_t*) {
  raise(ts, Exc::TypeError, "unhashable type: 'collections.deque'");
  return false;
}

// ---------------------------------------------------------------- iterators
void iter_dealloc(Object* o) {
  decref(static_cast<DequeIterObject*>(o)->deque);
  free_object(o);
}
void iter_traverse(Object* o, VisitFn visit, void* arg) {
  Value v = static_cast<DequeIterObject*>(o)->deque;
  if (v.is_obj()) visit(v.obj(), arg);
}
void iter_clear(Object* o) {
  auto* it = static_cast<DequeIterObject*>(o);
  Value v = it->deque;
  it->deque = Value();
  decref(v);
}
Value iter_self_fn(ThreadState*, Value self) { return newref(self); }

Value iter_next_common(ThreadState* ts, Value self, bool reversed) {
  auto* it = self.as<DequeIterObject>();
  if (!it->deque) return Value();
  DequeObject* d = as_deque(it->deque);
  if (d->state != it->state) {
    it->counter = 0;
    return raise(ts, Exc::RuntimeError, "deque mutated during iteration");
  }
  if (it->counter <= 0) return Value();
  int64_t i = reversed ? d->size - 1 - it->index : it->index;
  it->index++;
  it->counter--;
  return newref(at(d, i));
}
Value deque_iter_next(ThreadState* ts, Value self) { return iter_next_common(ts, self, false); }
Value deque_reviter_next(ThreadState* ts, Value self) { return iter_next_common(ts, self, true); }

Value iter_length_hint(ThreadState*, Value self, const Value*, size_t, TupleObject*) {
  return Value::small_int(self.as<DequeIterObject>()->counter);
}

const MethodDef kIterMethods[] = {
    {"__length_hint__", iter_length_hint},
    {nullptr, nullptr},
};

}  // namespace

extern const TypeSpec deque_iter_type_spec;
extern const TypeSpec deque_reviter_type_spec;
bool collections_add_tuplegetter(ThreadState* ts, ModuleObject* m);  // collections_tuplegetter.cpp

namespace {

// The iterator types are stored in the deque type's dict under private names,
// so each interpreter finds its own.
Value deque_iter_make(ThreadState* ts, Value self, bool reversed) {
  TypeObject* dt = type_of(ts, self);
  Value t = Value();
  StrObject* key = intern(ts, reversed ? "_reviter_type" : "_iter_type");
  for (TypeObject* b = dt; b && !t; b = b->base) t = b->dict ? dict_get_str(b->dict, key) : Value();
  if (!t) return raise(ts, Exc::SystemError, "deque iterator type missing");
  Object* o = alloc_object(ts, t.as<TypeObject>());
  if (!o) return Value();
  auto* it = static_cast<DequeIterObject*>(o);
  it->deque = newref(self);
  it->index = 0;
  it->state = as_deque(self)->state;
  it->counter = as_deque(self)->size;
  return Value::from_obj(o);
}
Value deque_iter(ThreadState* ts, Value self) { return deque_iter_make(ts, self, false); }

const MethodDef kDequeMethods[] = {
    {"append", d_append, kMethNormal, "Add an element to the right side of the deque."},
    {"appendleft", d_appendleft, kMethNormal, "Add an element to the left side of the deque."},
    {"pop", d_pop, kMethNormal, "Remove and return the rightmost element."},
    {"popleft", d_popleft, kMethNormal, "Remove and return the leftmost element."},
    {"extend", d_extend},
    {"extendleft", d_extendleft},
    {"rotate", d_rotate},
    {"clear", d_clear},
    {"copy", d_copy},
    {"__copy__", d_copy},
    {"count", d_count},
    {"index", d_index},
    {"insert", d_insert},
    {"remove", d_remove},
    {"reverse", d_reverse},
    {"__reversed__", d_reversed},
    {"__reduce__", d_reduce},
    {"__class_getitem__", d_class_getitem, kMethClass},
    {nullptr, nullptr},
};

const GetSetDef kDequeGetSets[] = {
    {"maxlen", d_maxlen, nullptr, "maximum size of a deque or None if unbounded"},
    {nullptr, nullptr},
};

bool collections_init(ThreadState* ts, ModuleObject* m);

const MethodDef kCollectionsMethods[] = {
    {nullptr, nullptr},
};

}  // namespace

const TypeSpec deque_type_spec = {
    .name = "collections.deque",
    .basicsize = sizeof(DequeObject),
    .flags = kTypeBaseType | kTypeHasGC,
    .slots = {
        .dealloc = deque_dealloc,
        .traverse = deque_traverse,
        .clear = deque_clear_slot,
        .repr = deque_repr,
        .hash = deque_hash,
        .richcompare = deque_richcompare,
        .iter = deque_iter,
        .new_ = deque_new_slot,
        .init = deque_init,
        .add = deque_concat,
        .mul = deque_mul,
        .iadd = deque_iadd,
        .imul = deque_imul,
        .bool_ = deque_bool,
        .len = deque_len,
        .getitem = deque_getitem,
        .setitem = deque_setitem,
        .contains = deque_contains,
    },
    .methods = kDequeMethods,
    .getsets = kDequeGetSets,
    .doc = "A list-like sequence optimized for data accesses near its endpoints.",
};

const TypeSpec deque_iter_type_spec = {
    .name = "_collections._deque_iterator",
    .basicsize = sizeof(DequeIterObject),
    .flags = kTypeHasGC,
    .slots = {
        .dealloc = iter_dealloc,
        .traverse = iter_traverse,
        .clear = iter_clear,
        .iter = iter_self_fn,
        .iternext = deque_iter_next,
    },
    .methods = kIterMethods,
};

const TypeSpec deque_reviter_type_spec = {
    .name = "_collections._deque_reverse_iterator",
    .basicsize = sizeof(DequeIterObject),
    .flags = kTypeHasGC,
    .slots = {
        .dealloc = iter_dealloc,
        .traverse = iter_traverse,
        .clear = iter_clear,
        .iter = iter_self_fn,
        .iternext = deque_reviter_next,
    },
    .methods = kIterMethods,
};

namespace {

bool collections_init(ThreadState* ts, ModuleObject* m) {
  TypeObject* dq = type_from_spec(ts, &deque_type_spec, ts->interp->types.object_);
  if (!dq) return false;
  TypeObject* it = type_from_spec(ts, &deque_iter_type_spec, ts->interp->types.object_);
  TypeObject* rit = type_from_spec(ts, &deque_reviter_type_spec, ts->interp->types.object_);
  if (!it || !rit) return false;
  // Unhashable like CPython (deque defines __eq__).
  if (!dict_set_str(ts, dq->dict, "__hash__", Value::none())) return false;
  if (!dict_set_str(ts, dq->dict, "_iter_type", Value::from_obj(it)) ||
      !dict_set_str(ts, dq->dict, "_reviter_type", Value::from_obj(rit)))
    return false;
  // The module and the deque type's dict now hold the types; the creation
  // references are kept for the interpreter's lifetime like time.struct_time.
  return collections_add_tuplegetter(ts, m) && module_add(ts, m, "deque", Value::from_obj(dq)) &&
         module_add(ts, m, "_deque_iterator", Value::from_obj(it)) &&
         module_add(ts, m, "_deque_reverse_iterator", Value::from_obj(rit));
}

}  // namespace

const ModuleDef collections_module_def = {
    .name = "_collections",
    .doc = "High performance data structures.",
    .methods = kCollectionsMethods,
    .init = collections_init,
};

}  // namespace minipy
