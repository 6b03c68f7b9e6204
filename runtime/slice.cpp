// runtime/slice.cpp — the slice type (repr, start/stop/step, indices(),
// comparisons, unhashable in 3.11) and slice_indices(), the resolution of a
// slice against a sequence length that every sequence type uses.
// Must not: allocate in slice_indices (it is on the subscript hot path).
#include <string>

#include "runtime/containers_impl.h"

namespace minipy {

// _PyEval_SliceIndex: an int or __index__ value clamped to int64 (None is the caller's business).
bool slice_index_clamped(ThreadState* ts, Value v, int64_t* out) {
  if (v.is_small_int()) { *out = v.as_small_int(); return true; }
  if (v.is_bool()) { *out = v.is_true(); return true; }
  TypeObject* t = type_of(ts, v);
  Ref iv;
  if (type_has(t, kTypeIntSubclass)) {
    iv = Ref::borrow(v);
  } else if (t->slots.index) {
    iv = Ref(index(ts, v));
    if (!iv) return false;
  } else {
    raise(ts, Exc::TypeError, "slice indices must be integers or None or have an __index__ method");
    return false;
  }
  Value x = iv.get();
  if (x.is_small_int()) { *out = x.as_small_int(); return true; }
  if (int_as_i64(ts, x, out)) return true;
  err_clear(ts);
  *out = int_sign(ts, x) < 0 ? INT64_MIN : INT64_MAX;
  return true;
}

Value slice_new(ThreadState* ts, Value start, Value stop, Value step) {
  Object* o = alloc_object(ts, ts->interp->types.slice);
  if (!o) return Value();
  auto* s = static_cast<SliceObject*>(o);
  s->start = newref(start ? start : Value::none());
  s->stop = newref(stop ? stop : Value::none());
  s->step = newref(step ? step : Value::none());
  return Value::from_obj(o);
}

bool slice_indices(ThreadState* ts, SliceObject* s, int64_t length, int64_t* start, int64_t* stop,
                   int64_t* step, int64_t* slicelength) {
  int64_t st, a, b;
  if (s->step.is_none()) {
    st = 1;
  } else {
    if (!slice_index_clamped(ts, s->step, &st)) return false;
    if (st == 0) {
      raise(ts, Exc::ValueError, "slice step cannot be zero");
      return false;
    }
    if (st < -INT64_MAX) st = -INT64_MAX;
  }
  if (s->start.is_none()) a = st < 0 ? INT64_MAX : 0;
  else if (s->start.is_small_int()) a = s->start.as_small_int();
  else if (!slice_index_clamped(ts, s->start, &a)) return false;
  if (s->stop.is_none()) b = st < 0 ? INT64_MIN : INT64_MAX;
  else if (s->stop.is_small_int()) b = s->stop.as_small_int();
  else if (!slice_index_clamped(ts, s->stop, &b)) return false;

  if (a < 0) {
    a += length;
    if (a < 0) a = st < 0 ? -1 : 0;
  } else if (a >= length) {
    a = st < 0 ? length - 1 : length;
  }
  if (b < 0) {
    b += length;
    if (b < 0) b = st < 0 ? -1 : 0;
  } else if (b >= length) {
    b = st < 0 ? length - 1 : length;
  }
  int64_t n = 0;
  if (st < 0) {
    if (b < a) n = (a - b - 1) / (-st) + 1;
  } else if (a < b) {
    n = (b - a - 1) / st + 1;
  }
  *start = a;
  *stop = b;
  *step = st;
  *slicelength = n;
  return true;
}

namespace {

inline SliceObject* as_slice(Value v) { return v.as<SliceObject>(); }

void slice_dealloc(Object* o) {
  auto* s = static_cast<SliceObject*>(o);
  decref(s->start);
  decref(s->stop);
  decref(s->step);
  free_object(o);
}
void slice_traverse(Object* o, VisitFn visit, void* arg) {
  auto* s = static_cast<SliceObject*>(o);
  for (Value v : {s->start, s->stop, s->step})
    if (v.is_obj()) visit(v.obj(), arg);
}
void slice_clear(Object* o) {
  auto* s = static_cast<SliceObject*>(o);
  Value a = s->start, b = s->stop, c = s->step;
  s->start = s->stop = s->step = Value::none();
  decref(a);
  decref(b);
  decref(c);
}

Value slice_repr(ThreadState* ts, Value self) {
  SliceObject* s = as_slice(self);
  std::string out = "slice(";
  Value parts[3] = {s->start, s->stop, s->step};
  for (int i = 0; i < 3; i++) {
    if (i) out += ", ";
    Ref r(repr(ts, parts[i]));
    if (!r) return Value();
    out += str_view(r.get());
  }
  out += ")";
  return str_new(ts, out);
}

Value slice_richcompare(ThreadState* ts, Value a, Value b, CmpOp op) {
  TypeObject* st = ts->interp->types.slice;
  if (!a.is_obj() || !b.is_obj() || a.obj()->type != st || b.obj()->type != st) return Value::not_implemented();
  if (a == b && (op == CmpOp::Eq || op == CmpOp::Le || op == CmpOp::Ge)) return Value::True();
  if (a == b && (op == CmpOp::Ne || op == CmpOp::Lt || op == CmpOp::Gt)) return Value::False();
  SliceObject *x = as_slice(a), *y = as_slice(b);
  Ref t1(tuple_pack(ts, {x->start, x->stop, x->step}));
  if (!t1) return Value();
  Ref t2(tuple_pack(ts, {y->start, y->stop, y->step}));
  if (!t2) return Value();
  return richcompare(ts, t1.get(), t2.get(), op);
}

Value slice_new_slot(ThreadState* ts, TypeObject* type, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (kwnames && kwnames->size) return raise(ts, Exc::TypeError, "slice() takes no keyword arguments");
  if (!check_nargs(ts, "slice", nargs, 1, 3)) return Value();
  if (nargs == 1) return slice_new(ts, Value::none(), args[0], Value::none());
  return slice_new(ts, args[0], args[1], nargs == 3 ? args[2] : Value::none());
}

Value get_start(ThreadState* ts, Value self) { return newref(as_slice(self)->start); }
Value get_stop(ThreadState* ts, Value self) { return newref(as_slice(self)->stop); }
Value get_step(ThreadState* ts, Value self) { return newref(as_slice(self)->step); }

Value m_indices(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (nargs != 1 || (kw && kw->size))
    return raisef(ts, Exc::TypeError, "slice.indices() takes exactly one argument (%zu given)", nargs);
  int64_t len;
  if (!index_i64(ts, args[0], &len)) return Value();
  if (len < 0) return raise(ts, Exc::ValueError, "length should not be negative");
  int64_t a, b, c, n;
  if (!slice_indices(ts, as_slice(self), len, &a, &b, &c, &n)) return Value();
  return tuple_pack(ts, {Value::small_int(a), Value::small_int(b), Value::small_int(c)});
}

const MethodDef slice_methods[] = {
    {"indices", m_indices},
    {nullptr, nullptr},
};
const GetSetDef slice_getsets[] = {
    {"start", get_start},
    {"stop", get_stop},
    {"step", get_step},
    {nullptr, nullptr},
};

}  // namespace

const TypeSpec slice_type_spec = {
    .name = "slice",
    .basicsize = sizeof(SliceObject),
    .flags = kTypeHasGC,
    .slots = {
        .dealloc = slice_dealloc,
        .traverse = slice_traverse,
        .clear = slice_clear,
        .repr = slice_repr,
        .richcompare = slice_richcompare,
        .new_ = slice_new_slot,
    },
    .methods = slice_methods,
    .getsets = slice_getsets,
};

}  // namespace minipy
