// runtime/range.cpp — the range type and its two iterators (range_iterator
// over 63-bit values, longrange_iterator over big ints): O(1) length, indexing,
// slicing (to a range), membership for ints, count/index, reversed, ==, hash
// and CPython's messages. Big-int arithmetic goes through GMP.
// Must not: iterate to answer questions that have a closed form.
#include <string>

#include "runtime/containers_impl.h"

namespace minipy {

namespace {

inline RangeObject* as_range(Value v) { return v.as<RangeObject>(); }

struct Mpz {
  mpz_t z;
  Mpz() { mpz_init(z); }
  ~Mpz() { mpz_clear(z); }
  Mpz(const Mpz&) = delete;
  Mpz& operator=(const Mpz&) = delete;
};

// Length of range(start, stop, step) for small ints.
int64_t small_length(int64_t lo, int64_t hi, int64_t step) {
  if (step < 0) {
    std::swap(lo, hi);
    step = -step;
  }
  if (lo >= hi) return 0;
  return int64_t((uint64_t(hi) - uint64_t(lo) - 1) / uint64_t(step) + 1);
}

Value big_length(ThreadState* ts, Value start, Value stop, Value step) {
  Mpz lo, hi, st;
  int_to_mpz(ts, start, lo.z);
  int_to_mpz(ts, stop, hi.z);
  int_to_mpz(ts, step, st.z);
  if (mpz_sgn(st.z) < 0) {
    mpz_swap(lo.z, hi.z);
    mpz_neg(st.z, st.z);
  }
  if (mpz_cmp(lo.z, hi.z) >= 0) return Value::small_int(0);
  Mpz n;
  mpz_sub(n.z, hi.z, lo.z);
  mpz_sub_ui(n.z, n.z, 1);
  mpz_fdiv_q(n.z, n.z, st.z);
  mpz_add_ui(n.z, n.z, 1);
  return int_from_mpz(ts, n.z);
}

Value make_range(ThreadState* ts, Value start, Value stop, Value step) {
  Value len;
  if (start.is_small_int() && stop.is_small_int() && step.is_small_int())
    len = Value::small_int(small_length(start.as_small_int(), stop.as_small_int(), step.as_small_int()));
  else
    len = big_length(ts, start, stop, step);
  if (!len) return Value();
  Object* o = alloc_object(ts, ts->interp->types.range);
  if (!o) { decref(len); return Value(); }
  auto* r = static_cast<RangeObject*>(o);
  r->start = newref(start);
  r->stop = newref(stop);
  r->step = newref(step);
  r->length = len;
  return Value::from_obj(o);
}

bool is_small_range(RangeObject* r) {
  return r->start.is_small_int() && r->stop.is_small_int() && r->step.is_small_int() && r->length.is_small_int();
}

// start + i*step as an int.
Value compute_item(ThreadState* ts, RangeObject* r, Value i) {
  if (is_small_range(r) && i.is_small_int()) {
    __int128 v = __int128(r->start.as_small_int()) + __int128(i.as_small_int()) * r->step.as_small_int();
    if (v >= Value::kSmallMin && v <= Value::kSmallMax) return Value::small_int(int64_t(v));
  }
  Mpz a, b, c;
  int_to_mpz(ts, r->start, a.z);
  int_to_mpz(ts, i, b.z);
  int_to_mpz(ts, r->step, c.z);
  mpz_mul(b.z, b.z, c.z);
  mpz_add(a.z, a.z, b.z);
  return int_from_mpz(ts, a.z);
}

}  // namespace

Value range_new(ThreadState* ts, int64_t start, int64_t stop, int64_t step) {
  Ref a(int_from_i64(ts, start)), b(int_from_i64(ts, stop)), c(int_from_i64(ts, step));
  if (!a || !b || !c) return Value();
  return make_range(ts, a.get(), b.get(), c.get());
}

namespace {

void range_dealloc(Object* o) {
  auto* r = static_cast<RangeObject*>(o);
  decref(r->start);
  decref(r->stop);
  decref(r->step);
  decref(r->length);
  free_object(o);
}

Value range_new_slot(ThreadState* ts, TypeObject* type, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (kwnames && kwnames->size) return raise(ts, Exc::TypeError, "range() takes no keyword arguments");
  if (!check_nargs(ts, "range", nargs, 1, 3)) return Value();
  Ref start, stop, step;
  if (nargs == 1) {
    stop = Ref(index(ts, args[0]));
    if (!stop) return Value();
    start = Ref(Value::small_int(0));
    step = Ref(Value::small_int(1));
  } else {
    start = Ref(index(ts, args[0]));
    if (!start) return Value();
    stop = Ref(index(ts, args[1]));
    if (!stop) return Value();
    if (nargs == 3) {
      step = Ref(index(ts, args[2]));
      if (!step) return Value();
      if (int_sign(ts, step.get()) == 0) return raise(ts, Exc::ValueError, "range() arg 3 must not be zero");
    } else {
      step = Ref(Value::small_int(1));
    }
  }
  return make_range(ts, start.get(), stop.get(), step.get());
}

Value range_repr(ThreadState* ts, Value self) {
  RangeObject* r = as_range(self);
  Ref a(repr(ts, r->start));
  if (!a) return Value();
  Ref b(repr(ts, r->stop));
  if (!b) return Value();
  std::string out = "range(" + std::string(str_view(a.get())) + ", " + std::string(str_view(b.get()));
  if (!(r->step.is_small_int() && r->step.as_small_int() == 1)) {
    Ref c(repr(ts, r->step));
    if (!c) return Value();
    out += ", ";
    out += str_view(c.get());
  }
  out += ")";
  return str_new(ts, out);
}

bool range_len(ThreadState* ts, Value self, int64_t* out) {
  Value l = as_range(self)->length;
  if (l.is_small_int()) {
    *out = l.as_small_int();
    return true;
  }
  raise(ts, Exc::OverflowError, "Python int too large to convert to C ssize_t");
  return false;
}

int range_bool(ThreadState* ts, Value self) { return int_sign(ts, as_range(self)->length) != 0; }

bool range_hash(ThreadState* ts, Value self, int64_t* out) {
  RangeObject* r = as_range(self);
  Value items[3] = {r->length, Value::none(), Value::none()};
  if (int_sign(ts, r->length) != 0) {
    items[1] = r->start;
    if (!(r->length.is_small_int() && r->length.as_small_int() == 1)) items[2] = r->step;
  }
  bool ok;
  *out = tuple_hash_items(ts, items, 3, &ok);
  return ok;
}

Value range_richcompare(ThreadState* ts, Value a, Value b, CmpOp op) {
  TypeObject* rt = ts->interp->types.range;
  if (!a.is_obj() || !b.is_obj() || a.obj()->type != rt || b.obj()->type != rt) return Value::not_implemented();
  if (op != CmpOp::Eq && op != CmpOp::Ne) return Value::not_implemented();
  RangeObject *x = as_range(a), *y = as_range(b);
  bool eq;
  if (a == b) eq = true;
  else if (int_compare(ts, x->length, y->length) != 0) eq = false;
  else if (int_sign(ts, x->length) == 0) eq = true;
  else if (int_compare(ts, x->start, y->start) != 0) eq = false;
  else if (x->length.is_small_int() && x->length.as_small_int() == 1) eq = true;
  else eq = int_compare(ts, x->step, y->step) == 0;
  return Value::boolean(eq == (op == CmpOp::Eq));
}

// O(1) membership of an int.
bool contains_int(ThreadState* ts, RangeObject* r, Value ob) {
  if (is_small_range(r) && ob.is_small_int()) {
    int64_t v = ob.as_small_int(), s = r->start.as_small_int(), e = r->stop.as_small_int(),
            st = r->step.as_small_int();
    if (st > 0 ? !(s <= v && v < e) : !(e < v && v <= s)) return false;
    __int128 d = __int128(v) - s;
    return d % st == 0;
  }
  Mpz v, s, e, st;
  int_to_mpz(ts, ob, v.z);
  int_to_mpz(ts, r->start, s.z);
  int_to_mpz(ts, r->stop, e.z);
  int_to_mpz(ts, r->step, st.z);
  if (mpz_sgn(st.z) > 0) {
    if (!(mpz_cmp(s.z, v.z) <= 0 && mpz_cmp(v.z, e.z) < 0)) return false;
  } else if (!(mpz_cmp(e.z, v.z) < 0 && mpz_cmp(v.z, s.z) <= 0)) {
    return false;
  }
  mpz_sub(v.z, v.z, s.z);
  return mpz_divisible_p(v.z, st.z) != 0;
}

bool int_like(ThreadState* ts, Value v) { return v.is_small_int() || v.is_bool() || is_int_exact(ts, v); }

// Iterative search for non-int values: count (mode 0) or first index (mode 1, -1 when absent).
int64_t iter_search(ThreadState* ts, Value self, Value ob, bool index_mode, bool* err) {
  *err = false;
  Ref it(get_iter(ts, self));
  if (!it) { *err = true; return -1; }
  int64_t count = 0;
  for (int64_t i = 0;; i++) {
    Ref x(iter_next(ts, it.get()));
    if (!x) {
      if (err_occurred(ts)) *err = true;
      return index_mode ? -1 : count;
    }
    int c = eq_fast(ts, x.get(), ob);
    if (c < 0) { *err = true; return -1; }
    if (c) {
      if (index_mode) return i;
      count++;
    }
  }
}

int range_contains(ThreadState* ts, Value self, Value ob) {
  if (int_like(ts, ob)) return contains_int(ts, as_range(self), ob);
  bool err;
  int64_t i = iter_search(ts, self, ob, true, &err);
  return err ? -1 : i >= 0;
}

// One bound of _PySlice_GetLongIndices: v (None -> dflt) adjusted against length, clamped to [lower, upper].
Value long_bound(ThreadState* ts, Value v, Value dflt, Value length, Value lower, Value upper) {
  if (v.is_none()) return newref(dflt);
  Ref x(index(ts, v));
  if (!x) return Value();
  if (int_sign(ts, x.get()) < 0) {
    x = Ref(int_binary(ts, x.get(), length, BinOp::Add));
    if (!x) return Value();
    if (int_compare(ts, x.get(), lower) < 0) return newref(lower);
  } else if (int_compare(ts, x.get(), upper) > 0) {
    return newref(upper);
  }
  return x.release();
}

// range[slice] for ranges longer than 63 bits.
Value big_slice(ThreadState* ts, RangeObject* r, SliceObject* s) {
  Ref step;
  if (s->step.is_none()) step = Ref(Value::small_int(1));
  else {
    step = Ref(index(ts, s->step));
    if (!step) return Value();
    if (int_sign(ts, step.get()) == 0) return raise(ts, Exc::ValueError, "slice step cannot be zero");
  }
  bool neg = int_sign(ts, step.get()) < 0;
  Ref lower(Value::small_int(neg ? -1 : 0));
  Ref upper(neg ? int_binary(ts, r->length, Value::small_int(1), BinOp::Sub) : newref(r->length));
  if (!upper) return Value();
  Ref start(long_bound(ts, s->start, neg ? upper.get() : lower.get(), r->length, lower.get(), upper.get()));
  if (!start) return Value();
  Ref stop(long_bound(ts, s->stop, neg ? lower.get() : upper.get(), r->length, lower.get(), upper.get()));
  if (!stop) return Value();
  Ref a(compute_item(ts, r, start.get()));
  if (!a) return Value();
  Ref b(compute_item(ts, r, stop.get()));
  if (!b) return Value();
  Ref c(int_binary(ts, step.get(), r->step, BinOp::Mul));
  if (!c) return Value();
  return make_range(ts, a.get(), b.get(), c.get());
}

Value range_getitem(ThreadState* ts, Value self, Value key) {
  RangeObject* r = as_range(self);
  if (key.is_obj() && key.obj()->type == ts->interp->types.slice) {
    int64_t len;
    if (!r->length.is_small_int()) return big_slice(ts, r, key.as<SliceObject>());
    len = r->length.as_small_int();
    int64_t start, stop, step, n;
    if (!slice_indices(ts, key.as<SliceObject>(), len, &start, &stop, &step, &n)) return Value();
    Ref a(compute_item(ts, r, Value::small_int(start)));
    if (!a) return Value();
    Ref b(compute_item(ts, r, Value::small_int(stop)));
    if (!b) return Value();
    Ref sv(int_from_i64(ts, step));
    Ref c(int_binary(ts, sv.get(), r->step, BinOp::Mul));
    if (!c) return Value();
    return make_range(ts, a.get(), b.get(), c.get());
  }
  if (!has_index(ts, key))
    return raisef(ts, Exc::TypeError, "range indices must be integers or slices, not %s", type_name(ts, key));
  Ref i(index(ts, key));
  if (!i) return Value();
  Value iv = i.get();
  if (iv.is_small_int() && r->length.is_small_int()) {
    int64_t k = iv.as_small_int(), n = r->length.as_small_int();
    if (k < 0) k += n;
    if (k < 0 || k >= n) return raise(ts, Exc::IndexError, "range object index out of range");
    return compute_item(ts, r, Value::small_int(k));
  }
  Ref k;
  if (int_sign(ts, iv) < 0) k = Ref(int_binary(ts, iv, r->length, BinOp::Add));
  else k = Ref::borrow(iv);
  if (!k) return Value();
  if (int_sign(ts, k.get()) < 0 || int_compare(ts, k.get(), r->length) >= 0)
    return raise(ts, Exc::IndexError, "range object index out of range");
  return compute_item(ts, r, k.get());
}

Value m_count(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (nargs != 1 || (kw && kw->size))
    return raisef(ts, Exc::TypeError, "range.count() takes exactly one argument (%zu given)", nargs);
  if (int_like(ts, args[0])) return Value::small_int(contains_int(ts, as_range(self), args[0]) ? 1 : 0);
  bool err;
  int64_t c = iter_search(ts, self, args[0], false, &err);
  return err ? Value() : Value::small_int(c);
}

Value m_index(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (nargs != 1 || (kw && kw->size))
    return raisef(ts, Exc::TypeError, "range.index() takes exactly one argument (%zu given)", nargs);
  RangeObject* r = as_range(self);
  Value ob = args[0];
  if (!int_like(ts, ob)) {
    bool err;
    int64_t i = iter_search(ts, self, ob, true, &err);
    if (err) return Value();
    if (i < 0) return raise(ts, Exc::ValueError, "sequence.index(x): x not in sequence");
    return Value::small_int(i);
  }
  if (contains_int(ts, r, ob)) {
    Ref d(int_binary(ts, ob, r->start, BinOp::Sub));
    if (!d) return Value();
    return int_binary(ts, d.get(), r->step, BinOp::FloorDiv);
  }
  Ref rr(repr(ts, ob));
  if (!rr) return Value();
  return raisef(ts, Exc::ValueError, "%s is not in range", std::string(str_view(rr.get())).c_str());
}

Value get_start(ThreadState* ts, Value self) { return newref(as_range(self)->start); }
Value get_stop(ThreadState* ts, Value self) { return newref(as_range(self)->stop); }
Value get_step(ThreadState* ts, Value self) { return newref(as_range(self)->step); }

// ---------------------------------------------------------------- iterators
struct RangeIterObject : Object {
  int64_t next, step, len;
};
struct LongRangeIterObject : Object {
  Value next, step, len;  // ints
};

Value make_iter(ThreadState* ts, Value start, Value step, Value len) {
  if (start.is_small_int() && step.is_small_int() && len.is_small_int()) {
    // Every produced value and the final increment stay within int64.
    __int128 last = __int128(start.as_small_int()) + __int128(len.as_small_int()) * step.as_small_int();
    if (last >= INT64_MIN && last <= INT64_MAX) {
      Object* o = alloc_object(ts, ts->interp->types.range_iter);
      if (!o) return Value();
      auto* it = static_cast<RangeIterObject*>(o);
      it->next = start.as_small_int();
      it->step = step.as_small_int();
      it->len = len.as_small_int();
      return Value::from_obj(o);
    }
  }
  Object* o = alloc_object(ts, ts->interp->types.longrange_iter);
  if (!o) return Value();
  auto* it = static_cast<LongRangeIterObject*>(o);
  it->next = newref(start);
  it->step = newref(step);
  it->len = newref(len);
  return Value::from_obj(o);
}

Value range_iter(ThreadState* ts, Value self) {
  RangeObject* r = as_range(self);
  return make_iter(ts, r->start, r->step, r->length);
}

Value m_reversed(ThreadState* ts, Value self, const Value*, size_t nargs, TupleObject*) {
  if (!check_nargs(ts, "__reversed__", nargs, 0, 0)) return Value();
  RangeObject* r = as_range(self);
  // start + (len-1)*step, stepping by -step.
  Ref last;
  if (int_sign(ts, r->length) == 0) last = Ref::borrow(r->start);
  else {
    Ref lm1(int_binary(ts, r->length, Value::small_int(1), BinOp::Sub));
    if (!lm1) return Value();
    last = Ref(compute_item(ts, r, lm1.get()));
  }
  if (!last) return Value();
  Ref neg(negative(ts, r->step));
  if (!neg) return Value();
  return make_iter(ts, last.get(), neg.get(), r->length);
}

Value rangeiter_next(ThreadState* ts, Value self) {
  auto* it = self.as<RangeIterObject>();
  if (it->len <= 0) return Value();
  int64_t v = it->next;
  it->next += it->step;
  it->len--;
  return Value::small_int(v);
}

Value longrangeiter_next(ThreadState* ts, Value self) {
  auto* it = self.as<LongRangeIterObject>();
  if (int_sign(ts, it->len) <= 0) return Value();
  Value nl = int_binary(ts, it->len, Value::small_int(1), BinOp::Sub);
  if (!nl) return Value();
  Value nn = int_binary(ts, it->next, it->step, BinOp::Add);
  if (!nn) { decref(nl); return Value(); }
  Value result = it->next;  // reference moves to the caller
  it->next = nn;
  decref(it->len);
  it->len = nl;
  return result;
}

Value iter_self(ThreadState* ts, Value self) { return newref(self); }

void rangeiter_dealloc(Object* o) { free_object(o); }
void longrangeiter_dealloc(Object* o) {
  auto* it = static_cast<LongRangeIterObject*>(o);
  decref(it->next);
  decref(it->step);
  decref(it->len);
  free_object(o);
}

Value rangeiter_length_hint(ThreadState* ts, Value self, const Value*, size_t, TupleObject*) {
  return hint_value(self.as<RangeIterObject>()->len);
}
Value longrangeiter_length_hint(ThreadState* ts, Value self, const Value*, size_t, TupleObject*) {
  return newref(self.as<LongRangeIterObject>()->len);
}

const MethodDef range_methods[] = {
    {"count", m_count},
    {"index", m_index},
    {"__reversed__", m_reversed},
    {nullptr, nullptr},
};
const GetSetDef range_getsets[] = {
    {"start", get_start},
    {"stop", get_stop},
    {"step", get_step},
    {nullptr, nullptr},
};
const MethodDef rangeiter_methods[] = {
    {"__length_hint__", rangeiter_length_hint},
    {nullptr, nullptr},
};
const MethodDef longrangeiter_methods[] = {
    {"__length_hint__", longrangeiter_length_hint},
    {nullptr, nullptr},
};

}  // namespace

const TypeSpec range_type_spec = {
    .name = "range",
    .basicsize = sizeof(RangeObject),
    .flags = 0,
    .slots = {
        .dealloc = range_dealloc,
        .repr = range_repr,
        .hash = range_hash,
        .richcompare = range_richcompare,
        .iter = range_iter,
        .new_ = range_new_slot,
        .bool_ = range_bool,
        .len = range_len,
        .getitem = range_getitem,
        .contains = range_contains,
    },
    .methods = range_methods,
    .getsets = range_getsets,
};

const TypeSpec range_iter_type_spec = {
    .name = "range_iterator",
    .basicsize = sizeof(RangeIterObject),
    .flags = 0,
    .slots = {
        .dealloc = rangeiter_dealloc,
        .iter = iter_self,
        .iternext = rangeiter_next,
    },
    .methods = rangeiter_methods,
};

const TypeSpec longrange_iter_type_spec = {
    .name = "longrange_iterator",
    .basicsize = sizeof(LongRangeIterObject),
    .flags = 0,
    .slots = {
        .dealloc = longrangeiter_dealloc,
        .iter = iter_self,
        .iternext = longrangeiter_next,
    },
    .methods = longrangeiter_methods,
};

}  // namespace minipy
