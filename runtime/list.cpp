// runtime/list.cpp — the list type, its forward/reverse iterators, and the
// per-thread repr-recursion set shared by every container repr. Growth follows
// CPython's over-allocation formula; slice assignment, extended slices and
// error messages match CPython 3.11. Sorting lives in listsort.cpp.
// Must not: keep any process-wide state.
#include <algorithm>
#include <cstring>
#include <string>

#include "runtime/containers_impl.h"
#include "runtime/gc.h"
#include "runtime/fast_paths.h"

namespace minipy {

// ---------------------------------------------------------------- repr recursion
int repr_enter(ThreadState* ts, Object* o) {
  for (Object* p : ts->repr_active)
    if (p == o) return 1;
  ts->repr_active.push_back(o);
  return 0;
}

void repr_leave(ThreadState* ts, Object* o) {
  auto& v = ts->repr_active;
  for (size_t i = v.size(); i-- > 0;)
    if (v[i] == o) { v.erase(v.begin() + long(i)); return; }
}

namespace {

inline ListObject* as_list(Value v) { return v.as<ListObject>(); }

// CPython's list_resize: over-allocate proportionally (~12.5%) so appends are amortised O(1).
bool list_resize(ThreadState* ts, ListObject* l, int64_t newsize) {
  int64_t allocated = l->capacity;
  if (allocated >= newsize && newsize >= (allocated >> 1)) {
    l->size = newsize;
    return true;
  }
  uint64_t new_alloc = (uint64_t(newsize) + (uint64_t(newsize) >> 3) + 6) & ~uint64_t(3);
  if (newsize - l->size > int64_t(new_alloc) - newsize) new_alloc = (uint64_t(newsize) + 3) & ~uint64_t(3);
  if (newsize == 0) new_alloc = 0;
  if (new_alloc > (uint64_t(1) << 58)) { raise_no_memory(ts); return false; }
  Value* items = l->items;
  if (new_alloc == 0) {
    mem_free(items);
    items = nullptr;
  } else {
    items = static_cast<Value*>(mem_realloc(items, new_alloc * sizeof(Value)));
    if (!items) { raise_no_memory(ts); return false; }
  }
  l->items = items;
  l->size = newsize;
  l->capacity = int64_t(new_alloc);
  return true;
}

ListObject* list_alloc(ThreadState* ts, TypeObject* type, int64_t n) {
  Object* o = alloc_object(ts, type);
  if (!o) return nullptr;
  auto* l = static_cast<ListObject*>(o);
  if (n > 0) {
    if (uint64_t(n) > (uint64_t(1) << 58)) { decref(o); raise_no_memory(ts); return nullptr; }
    l->items = static_cast<Value*>(mem_alloc(size_t(n) * sizeof(Value)));
    if (!l->items) { decref(o); raise_no_memory(ts); return nullptr; }
    std::memset(static_cast<void*>(l->items), 0, size_t(n) * sizeof(Value));
    l->capacity = n;
    l->size = n;
  }
  return l;
}

// PySequence_Fast: the value itself when it is a list or tuple, else list(v);
// a non-iterable raises TypeError(msg).
Value seq_fast(ThreadState* ts, Value v, const char* msg) {
  if (v.is_obj() && (type_has(v.obj()->type, kTypeListSubclass) || type_has(v.obj()->type, kTypeTupleSubclass)))
    return newref(v);
  Ref it(get_iter(ts, v));
  if (!it) {
    if (err_matches(ts, Exc::TypeError)) { err_clear(ts); raise(ts, Exc::TypeError, msg); }
    return Value();
  }
  ListObject* l = list_new(ts, 0);
  if (!l) return Value();
  Ref res(Value::from_obj(l));
  for (;;) {
    Value x = iter_next(ts, it.get());
    if (!x) {
      if (err_occurred(ts)) return Value();
      break;
    }
    bool ok = list_append(ts, l, x);
    decref(x);
    if (!ok) return Value();
  }
  return res.release();
}

inline void fast_items(Value seq, Value** items, int64_t* n) {
  if (type_has(seq.obj()->type, kTypeListSubclass)) {
    *items = as_list(seq)->items;
    *n = as_list(seq)->size;
  } else {
    *items = seq.as<TupleObject>()->items;
    *n = seq.as<TupleObject>()->size;
  }
}

}  // namespace

bool is_list(ThreadState* ts, Value v) {
  return v.is_obj() && type_has(v.obj()->type, kTypeListSubclass);
}

ListObject* list_new(ThreadState* ts, int64_t size) {
  return list_alloc(ts, ts->interp->types.list, size);
}

bool list_append(ThreadState* ts, ListObject* l, Value v) {
  int64_t n = l->size;
  if (n < l->capacity) {
    l->items[n] = newref(v);
    l->size = n + 1;
    return true;
  }
  if (!list_resize(ts, l, n + 1)) return false;
  l->items[n] = newref(v);
  return true;
}

bool list_insert(ThreadState* ts, ListObject* l, int64_t where, Value v) {
  int64_t n = l->size;
  if (!list_resize(ts, l, n + 1)) return false;
  if (where < 0) { where += n; if (where < 0) where = 0; }
  if (where > n) where = n;
  std::memmove(static_cast<void*>(l->items + where + 1), l->items + where, size_t(n - where) * sizeof(Value));
  l->items[where] = newref(v);
  return true;
}

bool list_extend(ThreadState* ts, ListObject* l, Value iterable) {
  if (iterable.is_obj() &&
      (type_has(iterable.obj()->type, kTypeListSubclass) || type_has(iterable.obj()->type, kTypeTupleSubclass))) {
    Value* src;
    int64_t m;
    fast_items(iterable, &src, &m);
    if (m == 0) return true;
    int64_t n = l->size;
    if (!list_resize(ts, l, n + m)) return false;
    if (iterable.obj() == l) src = l->items;  // a.extend(a): source moved with the resize
    for (int64_t i = 0; i < m; i++) l->items[n + i] = newref(src[i]);
    return true;
  }
  Ref it(get_iter(ts, iterable));
  if (!it) return false;
  // Then a sized iterable's len(), as CPython's length hint: an error other
  // than TypeError propagates (a range too long for an index is an
  // OverflowError, not an endless loop) and the known size is allocated at
  // once (MemoryError when it cannot be).
  if (TypeObject* t = type_of(ts, iterable); t->slots.len) {
    int64_t hint;
    if (!t->slots.len(ts, iterable, &hint)) {
      if (!err_matches(ts, Exc::TypeError)) return false;
      err_clear(ts);
    } else if (hint > l->capacity - l->size) {
      if (hint > (int64_t(1) << 58) - l->size) { raise_no_memory(ts); return false; }
      auto* items = static_cast<Value*>(mem_realloc(l->items, size_t(l->size + hint) * sizeof(Value)));
      if (!items) { raise_no_memory(ts); return false; }
      l->items = items;
      l->capacity = l->size + hint;
    }
  }
  for (;;) {
    Value x = iter_next(ts, it.get());
    if (!x) return !err_occurred(ts);
    if (l->size < l->capacity) {
      l->items[l->size++] = x;   // steal
    } else {
      bool ok = list_append(ts, l, x);
      decref(x);
      if (!ok) return false;
    }
  }
}

Value list_as_tuple(ThreadState* ts, ListObject* l) {
  return tuple_from(ts, l->items, l->size);
}

namespace {

// ---------------------------------------------------------------- lifecycle
void list_dealloc(Object* o) {
  {
    DeallocGuard guard(o, list_dealloc);  // deep chains: the trashcan (gc.h)
    if (guard.deferred()) return;
    auto* l = static_cast<ListObject*>(o);
    Value* items = l->items;
    int64_t n = l->size;
    l->items = nullptr;
    l->size = 0;
    l->capacity = 0;
    // Last to first, like CPython: the order __del__ methods observe.
    for (int64_t i = n - 1; i >= 0; i--) decref(items[i]);
    mem_free(items);
  }  // the trashcan level ends first: free_object is then a tail call
  free_object(o);
}

void list_traverse(Object* o, VisitFn visit, void* arg) {
  auto* l = static_cast<ListObject*>(o);
  for (int64_t i = 0; i < l->size; i++)
    if (l->items[i].is_obj()) visit(l->items[i].obj(), arg);
}

// Empty the list; the old items are released after the list is consistent
// (their finalisers may look at it).
void list_clear_items(ListObject* l) {
  Value* items = l->items;
  int64_t n = l->size;
  if (!items) return;
  l->items = nullptr;
  l->size = 0;
  l->capacity = 0;
  for (int64_t i = n; i-- > 0;) decref(items[i]);
  mem_free(items);
}

void list_clear_slot(Object* o) { list_clear_items(static_cast<ListObject*>(o)); }

Value list_repr(ThreadState* ts, Value self) {
  ListObject* l = as_list(self);
  if (l->size == 0) return str_new(ts, "[]");
  int rc = repr_enter(ts, self.obj());
  if (rc != 0) return rc > 0 ? str_new(ts, "[...]") : Value();
  std::string out = "[";
  Value result;
  {
    // No RecursionGuard here: repr() counts each item's level, as CPython's
    // PyObject_Repr does (a nested list costs one level, not two).
    bool ok = true;
    for (int64_t i = 0; ok && i < l->size; i++) {
      if (i) out += ", ";
      Value item = newref(l->items[i]);
      Value r = repr(ts, item);
      decref(item);
      if (!r) { ok = false; break; }
      out += str_view(r);
      decref(r);
    }
    if (ok) {
      out += "]";
      result = str_new(ts, out);
    }
  }
  repr_leave(ts, self.obj());
  return result;
}

Value cmp_sizes(int64_t a, int64_t b, CmpOp op) {
  switch (op) {
    case CmpOp::Lt: return Value::boolean(a < b);
    case CmpOp::Le: return Value::boolean(a <= b);
    case CmpOp::Eq: return Value::boolean(a == b);
    case CmpOp::Ne: return Value::boolean(a != b);
    case CmpOp::Gt: return Value::boolean(a > b);
    case CmpOp::Ge: return Value::boolean(a >= b);
  }
  return Value::False();
}

Value list_richcompare(ThreadState* ts, Value a, Value b, CmpOp op) {
  if (!is_list(ts, a) || !is_list(ts, b)) return Value::not_implemented();
  ListObject *x = as_list(a), *y = as_list(b);
  if (x->size != y->size && (op == CmpOp::Eq || op == CmpOp::Ne)) return Value::boolean(op == CmpOp::Ne);
  int64_t i = 0;
  for (; i < x->size && i < y->size; i++) {
    Value vi = x->items[i], wi = y->items[i];
    if (vi == wi) continue;
    incref(vi);
    incref(wi);
    int k = eq_fast(ts, vi, wi);
    decref(vi);
    decref(wi);
    if (k < 0) return Value();
    if (!k) break;
  }
  if (i >= x->size || i >= y->size) return cmp_sizes(x->size, y->size, op);
  if (op == CmpOp::Eq) return Value::False();
  if (op == CmpOp::Ne) return Value::True();
  Ref vi = Ref::borrow(x->items[i]), wi = Ref::borrow(y->items[i]);
  return richcompare(ts, vi.get(), wi.get(), op);
}

bool list_len(ThreadState* ts, Value self, int64_t* out) {
  *out = as_list(self)->size;
  return true;
}

int list_contains(ThreadState* ts, Value self, Value item) {
  ListObject* l = as_list(self);
  for (int64_t i = 0; i < l->size; i++) {
    Value x = l->items[i];
    if (x == item) return 1;
    incref(x);
    int k = eq_fast(ts, x, item);
    decref(x);
    if (k != 0) return k;
  }
  return 0;
}

Value list_slice(ThreadState* ts, ListObject* l, int64_t lo, int64_t hi) {
  if (lo < 0) lo = 0;
  if (hi > l->size) hi = l->size;
  int64_t n = hi > lo ? hi - lo : 0;
  ListObject* r = list_new(ts, n);
  if (!r) return Value();
  for (int64_t i = 0; i < n; i++) r->items[i] = newref(l->items[lo + i]);
  return Value::from_obj(r);
}

bool is_slice(ThreadState* ts, Value v) {
  return v.is_obj() && v.obj()->type == ts->interp->types.slice;
}

Value list_getitem(ThreadState* ts, Value self, Value key) {
  ListObject* l = as_list(self);
  if (key.is_small_int()) {
    int64_t i = key.as_small_int();
    if (i < 0) i += l->size;
    if (uint64_t(i) >= uint64_t(l->size)) return raise(ts, Exc::IndexError, "list index out of range");
    return newref(l->items[i]);
  }
  if (is_slice(ts, key)) {
    int64_t start, stop, step, n;
    if (!slice_indices(ts, key.as<SliceObject>(), l->size, &start, &stop, &step, &n)) return Value();
    return list_slice_items(ts, l, start, step, n);
  }
  if (has_index(ts, key)) {
    int64_t i;
    if (!seq_index(ts, key, &i)) return Value();
    if (i < 0) i += l->size;
    if (i < 0 || i >= l->size) return raise(ts, Exc::IndexError, "list index out of range");
    return newref(l->items[i]);
  }
  return raisef(ts, Exc::TypeError, "list indices must be integers or slices, not %s", type_name(ts, key));
}

// a[ilow:ihigh] = v (v null: delete), like CPython's list_ass_slice.
bool list_ass_slice(ThreadState* ts, ListObject* a, int64_t ilow, int64_t ihigh, Value v) {
  Ref seq;
  Value* vitems = nullptr;
  int64_t n = 0;
  if (v) {
    if (v.obj() == a) seq.reset(list_slice(ts, a, 0, a->size));
    else seq.reset(seq_fast(ts, v, "can only assign an iterable"));
    if (!seq) return false;
    fast_items(seq.get(), &vitems, &n);
  }
  if (ilow < 0) ilow = 0;
  else if (ilow > a->size) ilow = a->size;
  if (ihigh < ilow) ihigh = ilow;
  else if (ihigh > a->size) ihigh = a->size;
  int64_t norig = ihigh - ilow;
  int64_t d = n - norig;
  if (a->size + d == 0) {
    list_clear_items(a);
    return true;
  }
  // Keep the replaced items until the list is consistent again.
  Value small_buf[8];
  Value* recycle = small_buf;
  if (norig > 8) {
    recycle = static_cast<Value*>(mem_alloc(size_t(norig) * sizeof(Value)));
    if (!recycle) { raise_no_memory(ts); return false; }
  }
  if (norig) std::memcpy(static_cast<void*>(recycle), a->items + ilow, size_t(norig) * sizeof(Value));
  if (d < 0) {
    std::memmove(static_cast<void*>(a->items + ihigh + d), a->items + ihigh, size_t(a->size - ihigh) * sizeof(Value));
    int64_t old = a->size;
    if (!list_resize(ts, a, old + d)) { if (recycle != small_buf) mem_free(recycle); return false; }
  } else if (d > 0) {
    int64_t old = a->size;
    if (!list_resize(ts, a, old + d)) { if (recycle != small_buf) mem_free(recycle); return false; }
    std::memmove(static_cast<void*>(a->items + ihigh + d), a->items + ihigh, size_t(old - ihigh) * sizeof(Value));
  }
  for (int64_t k = 0; k < n; k++) a->items[ilow + k] = newref(vitems[k]);
  for (int64_t k = norig; k-- > 0;) decref(recycle[k]);
  if (recycle != small_buf) mem_free(recycle);
  return true;
}

// del l[start:stop:step] for resolved indices.
bool list_delete_slice(ThreadState* ts, ListObject* l, int64_t start, int64_t stop, int64_t step, int64_t slicelen) {
  if (step == 1) return list_ass_slice(ts, l, start, stop, Value());
  if ((step < 0 && start < stop) || (step > 0 && start > stop)) stop = start;
  if (slicelen <= 0) return true;
  if (step < 0) {
    stop = start + 1;
    start = stop + step * (slicelen - 1) - 1;
    step = -step;
  }
  Value* garbage = static_cast<Value*>(mem_alloc(size_t(slicelen) * sizeof(Value)));
  if (!garbage) { raise_no_memory(ts); return false; }
  int64_t cur = start, i = 0;
  for (; cur < stop; cur += step, i++) {
    int64_t lim = step - 1;
    garbage[i] = l->items[cur];
    if (cur + step >= l->size) lim = l->size - cur - 1;
    std::memmove(static_cast<void*>(l->items + cur - i), l->items + cur + 1, size_t(lim) * sizeof(Value));
  }
  cur = start + slicelen * step;
  if (cur < l->size)
    std::memmove(static_cast<void*>(l->items + cur - slicelen), l->items + cur, size_t(l->size - cur) * sizeof(Value));
  l->size -= slicelen;
  bool ok = list_resize(ts, l, l->size);
  for (i = 0; i < slicelen; i++) decref(garbage[i]);
  mem_free(garbage);
  return ok;
}

bool list_setitem(ThreadState* ts, Value self, Value key, Value v) {
  ListObject* l = as_list(self);
  if (!is_slice(ts, key)) {
    int64_t i;
    if (key.is_small_int()) i = key.as_small_int();
    else if (has_index(ts, key)) {
      if (!seq_index(ts, key, &i)) return false;
    } else {
      raisef(ts, Exc::TypeError, "list indices must be integers or slices, not %s", type_name(ts, key));
      return false;
    }
    if (i < 0) i += l->size;
    if (i < 0 || i >= l->size) {
      raise(ts, Exc::IndexError, "list assignment index out of range");
      return false;
    }
    if (!v) return list_ass_slice(ts, l, i, i + 1, Value());
    Value old = l->items[i];
    l->items[i] = newref(v);
    decref(old);
    return true;
  }
  int64_t start, stop, step, slicelen;
  if (!slice_indices(ts, key.as<SliceObject>(), l->size, &start, &stop, &step, &slicelen)) return false;
  if (!v) return list_delete_slice(ts, l, start, stop, step, slicelen);
  return list_assign_slice(ts, l, start, stop, step, slicelen, v);
}

bool foreign_operand(ThreadState* ts, Value other, bool mul) {
  TypeObject* t = type_of(ts, other);
  return type_has(t, kTypeHeapType) && (mul ? t->slots.mul : t->slots.add);
}

Value list_concat(ThreadState* ts, Value a, Value b) {
  if (!is_list(ts, a)) return Value::not_implemented();
  if (!is_list(ts, b)) {
    if (foreign_operand(ts, b, false)) return Value::not_implemented();
    return raisef(ts, Exc::TypeError, "can only concatenate list (not \"%s\") to list", type_name(ts, b));
  }
  ListObject *x = as_list(a), *y = as_list(b);
  ListObject* r = list_new(ts, x->size + y->size);
  if (!r) return Value();
  for (int64_t i = 0; i < x->size; i++) r->items[i] = newref(x->items[i]);
  for (int64_t i = 0; i < y->size; i++) r->items[x->size + i] = newref(y->items[i]);
  return Value::from_obj(r);
}

// The repeat count of `seq * count`; false with an error, or *handled=false for NotImplemented.
bool repeat_count(ThreadState* ts, Value count, int64_t* n, bool* not_impl) {
  *not_impl = false;
  if (count.is_small_int()) { *n = count.as_small_int(); return true; }
  if (!has_index(ts, count)) {
    if (foreign_operand(ts, count, true)) { *not_impl = true; return false; }
    raisef(ts, Exc::TypeError, "can't multiply sequence by non-int of type '%s'", type_name(ts, count));
    return false;
  }
  if (!index_i64(ts, count, n)) {
    if (err_matches(ts, Exc::OverflowError)) {
      err_clear(ts);
      raisef(ts, Exc::OverflowError, "cannot fit '%s' into an index-sized integer", type_name(ts, count));
    }
    return false;
  }
  return true;
}

Value list_repeat(ThreadState* ts, Value a, Value b) {
  Value seq = a, count = b;
  if (!is_list(ts, seq)) std::swap(seq, count);
  if (!is_list(ts, seq)) return Value::not_implemented();
  int64_t n;
  bool ni;
  if (!repeat_count(ts, count, &n, &ni)) return ni ? Value::not_implemented() : Value();
  ListObject* l = as_list(seq);
  int64_t m = l->size;
  if (n <= 0 || m == 0) return Value::from_obj(list_new(ts, 0));
  if (n > (int64_t(1) << 58) / m) return raise_no_memory(ts);
  ListObject* r = list_new(ts, m * n);
  if (!r) return Value();
  if (m == 1) {
    Value x = l->items[0];
    if (x.is_obj()) x.obj()->refcnt += n;
    for (int64_t k = 0; k < n; k++) r->items[k] = x;
    return Value::from_obj(r);
  }
  int64_t k = 0;
  for (int64_t j = 0; j < n; j++)
    for (int64_t i = 0; i < m; i++) r->items[k++] = newref(l->items[i]);
  return Value::from_obj(r);
}

Value list_iadd(ThreadState* ts, Value a, Value b) {
  if (!is_list(ts, a)) return Value::not_implemented();
  if (!list_extend(ts, as_list(a), b)) return Value();
  return newref(a);
}

Value list_imul(ThreadState* ts, Value a, Value b) {
  if (!is_list(ts, a)) return Value::not_implemented();
  int64_t n;
  bool ni;
  if (!repeat_count(ts, b, &n, &ni)) return ni ? Value::not_implemented() : Value();
  ListObject* l = as_list(a);
  int64_t m = l->size;
  if (m == 0 || n == 1) return newref(a);
  if (n <= 0) {
    list_clear_items(l);
    return newref(a);
  }
  if (n > (int64_t(1) << 58) / m) return raise_no_memory(ts);
  if (!list_resize(ts, l, m * n)) return Value();
  for (int64_t j = 1; j < n; j++)
    for (int64_t i = 0; i < m; i++) l->items[j * m + i] = newref(l->items[i]);
  return newref(a);
}

Value list_new_slot(ThreadState* ts, TypeObject* type, const Value* args, size_t nargs, TupleObject* kwnames) {
  Object* o = alloc_object(ts, type);
  return o ? Value::from_obj(o) : Value();
}

bool list_init(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (kwnames && kwnames->size && self.obj()->type == ts->interp->types.list) {
    raise(ts, Exc::TypeError, "list() takes no keyword arguments");
    return false;
  }
  if (!check_nargs(ts, "list", nargs, 0, 1)) return false;
  ListObject* l = as_list(self);
  list_clear_items(l);
  if (nargs == 1) return list_extend(ts, l, args[0]);
  return true;
}

// ---------------------------------------------------------------- methods
Value m_append(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (nargs != 1 || (kw && kw->size)) {
    if (!no_kwargs(ts, "append", kw)) return Value();
    return raisef(ts, Exc::TypeError, "list.append() takes exactly one argument (%zu given)", nargs);
  }
  if (!list_append(ts, as_list(self), args[0])) return Value();
  return Value::none();
}

Value m_extend(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (nargs != 1 || (kw && kw->size)) {
    if (!no_kwargs(ts, "extend", kw)) return Value();
    return raisef(ts, Exc::TypeError, "list.extend() takes exactly one argument (%zu given)", nargs);
  }
  if (!list_extend(ts, as_list(self), args[0])) return Value();
  return Value::none();
}

Value m_insert(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "insert", kw)) return Value();
  if (nargs != 2) return raisef(ts, Exc::TypeError, "insert expected 2 arguments, got %zu", nargs);
  int64_t i;
  if (!index_i64(ts, args[0], &i)) {
    if (!err_matches(ts, Exc::OverflowError)) return Value();
    err_clear(ts);
    i = int_sign(ts, args[0]) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
  }
  if (!list_insert(ts, as_list(self), i, args[1])) return Value();
  return Value::none();
}

Value m_pop(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "pop", kw) || !check_nargs(ts, "pop", nargs, 0, 1)) return Value();
  ListObject* l = as_list(self);
  int64_t i = -1;
  if (nargs == 1) {
    if (!index_i64(ts, args[0], &i)) {
      if (!err_matches(ts, Exc::OverflowError)) return Value();
      err_clear(ts);
      if (l->size == 0) return raise(ts, Exc::IndexError, "pop from empty list");
      return raise(ts, Exc::IndexError, "pop index out of range");
    }
  }
  if (l->size == 0) return raise(ts, Exc::IndexError, "pop from empty list");
  if (i < 0) i += l->size;
  if (i < 0 || i >= l->size) return raise(ts, Exc::IndexError, "pop index out of range");
  Value v = l->items[i];
  if (i == l->size - 1) {
    if (!list_resize(ts, l, l->size - 1)) return Value();
    return v;  // the list's reference passes to the caller
  }
  std::memmove(static_cast<void*>(l->items + i), l->items + i + 1, size_t(l->size - i - 1) * sizeof(Value));
  if (!list_resize(ts, l, l->size - 1)) return Value();
  return v;
}

Value m_remove(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "remove", kw)) return Value();
  if (nargs != 1) return raisef(ts, Exc::TypeError, "list.remove() takes exactly one argument (%zu given)", nargs);
  ListObject* l = as_list(self);
  for (int64_t i = 0; i < l->size; i++) {
    Value x = l->items[i];
    incref(x);
    int k = eq_fast(ts, x, args[0]);
    decref(x);
    if (k < 0) return Value();
    if (k) {
      if (!list_ass_slice(ts, l, i, i + 1, Value())) return Value();
      return Value::none();
    }
  }
  return raise(ts, Exc::ValueError, "list.remove(x): x not in list");
}

Value m_index(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "index", kw) || !check_nargs(ts, "index", nargs, 1, 3)) return Value();
  ListObject* l = as_list(self);
  int64_t start = 0, stop = INT64_MAX;
  if (nargs > 1 && !slice_index_clamped(ts, args[1], &start)) return Value();
  if (nargs > 2 && !slice_index_clamped(ts, args[2], &stop)) return Value();
  if (start < 0) { start += l->size; if (start < 0) start = 0; }
  if (stop < 0) { stop += l->size; if (stop < 0) stop = 0; }
  for (int64_t i = start; i < stop && i < l->size; i++) {
    Value x = l->items[i];
    incref(x);
    int k = eq_fast(ts, x, args[0]);
    decref(x);
    if (k < 0) return Value();
    if (k) return Value::small_int(i);
  }
  Ref r(repr(ts, args[0]));
  if (!r) return Value();
  return raisef(ts, Exc::ValueError, "%s is not in list", std::string(str_view(r.get())).c_str());
}

Value m_count(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "count", kw)) return Value();
  if (nargs != 1) return raisef(ts, Exc::TypeError, "list.count() takes exactly one argument (%zu given)", nargs);
  ListObject* l = as_list(self);
  int64_t c = 0;
  for (int64_t i = 0; i < l->size; i++) {
    Value x = l->items[i];
    if (x == args[0]) { c++; continue; }
    incref(x);
    int k = eq_fast(ts, x, args[0]);
    decref(x);
    if (k < 0) return Value();
    c += k;
  }
  return Value::small_int(c);
}

Value m_clear(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "clear", kw)) return Value();
  if (nargs) return raisef(ts, Exc::TypeError, "list.clear() takes no arguments (%zu given)", nargs);
  list_clear_items(as_list(self));
  return Value::none();
}

Value m_copy(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "copy", kw)) return Value();
  if (nargs) return raisef(ts, Exc::TypeError, "list.copy() takes no arguments (%zu given)", nargs);
  ListObject* l = as_list(self);
  return list_slice(ts, l, 0, l->size);
}

Value m_reverse(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "reverse", kw)) return Value();
  if (nargs) return raisef(ts, Exc::TypeError, "list.reverse() takes no arguments (%zu given)", nargs);
  ListObject* l = as_list(self);
  std::reverse(l->items, l->items + l->size);
  return Value::none();
}

Value m_sort(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (nargs) return raise(ts, Exc::TypeError, "sort() takes no positional arguments");
  static constexpr const char* const kNames[] = {"key", "reverse"};
  Value out[2] = {};
  if (!parse_args(ts, "sort", args, nargs, kw, kNames, 2, 0, 0, 0, out)) return Value();
  bool rev = false;
  if (out[1]) {
    int t;
    if (out[1].is_bool()) t = out[1].is_true();
    else {
      int64_t iv;
      if (!index_i64(ts, out[1], &iv)) return Value();
      t = iv != 0;
    }
    rev = t;
  }
  if (!list_sort(ts, as_list(self), out[0], rev)) return Value();
  return Value::none();
}

// ---------------------------------------------------------------- iterators
struct ListIterObject : Object {
  Value seq;      // the list, null when exhausted
  int64_t index;
};

Value list_iter(ThreadState* ts, Value self) {
  Object* o = alloc_object(ts, ts->interp->types.list_iter);
  if (!o) return Value();
  auto* it = static_cast<ListIterObject*>(o);
  it->seq = newref(self);
  return Value::from_obj(o);
}

Value listiter_next(ThreadState* ts, Value self) {
  auto* it = self.as<ListIterObject>();
  Value s = it->seq;
  if (!s) return Value();
  ListObject* l = as_list(s);
  if (it->index < l->size) return newref(l->items[it->index++]);
  it->seq = Value();
  decref(s);
  return Value();
}

Value listreviter_next(ThreadState* ts, Value self) {
  auto* it = self.as<ListIterObject>();
  Value s = it->seq;
  if (!s) return Value();
  ListObject* l = as_list(s);
  if (it->index >= 0 && it->index < l->size) return newref(l->items[it->index--]);
  it->index = -1;
  it->seq = Value();
  decref(s);
  return Value();
}

Value m_reversed(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!check_nargs(ts, "__reversed__", nargs, 0, 0)) return Value();
  Object* o = alloc_object(ts, ts->interp->types.list_reviter);
  if (!o) return Value();
  auto* it = static_cast<ListIterObject*>(o);
  it->seq = newref(self);
  it->index = as_list(self)->size - 1;
  return Value::from_obj(o);
}

Value m_class_getitem(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!check_nargs(ts, "__class_getitem__", nargs, 1, 1)) return Value();
  return generic_alias_new(ts, self, args[0]);  // list[int]
}

Value iter_self(ThreadState* ts, Value self) { return newref(self); }

void listiter_dealloc(Object* o) {
  decref(static_cast<ListIterObject*>(o)->seq);
  free_object(o);
}
void listiter_traverse(Object* o, VisitFn visit, void* arg) {
  Value s = static_cast<ListIterObject*>(o)->seq;
  if (s.is_obj()) visit(s.obj(), arg);
}
void listiter_clear(Object* o) {
  auto* it = static_cast<ListIterObject*>(o);
  Value s = it->seq;
  it->seq = Value();
  decref(s);
}

Value listiter_length_hint(ThreadState* ts, Value self, const Value*, size_t, TupleObject*) {
  auto* it = self.as<ListIterObject>();
  if (!it->seq) return Value::small_int(0);
  return hint_value(as_list(it->seq)->size - it->index);
}

Value listreviter_length_hint(ThreadState* ts, Value self, const Value*, size_t, TupleObject*) {
  auto* it = self.as<ListIterObject>();
  if (!it->seq || it->index >= as_list(it->seq)->size) return Value::small_int(0);
  return hint_value(it->index + 1);
}

const MethodDef list_methods[] = {
    {"append", m_append},
    {"extend", m_extend},
    {"insert", m_insert},
    {"pop", m_pop},
    {"remove", m_remove},
    {"index", m_index},
    {"count", m_count},
    {"clear", m_clear},
    {"copy", m_copy},
    {"reverse", m_reverse},
    {"sort", m_sort},
    {"__reversed__", m_reversed},
    {"__class_getitem__", m_class_getitem, kMethClass},
    {nullptr, nullptr},
};

const MethodDef listiter_methods[] = {
    {"__length_hint__", listiter_length_hint},
    {nullptr, nullptr},
};
const MethodDef listreviter_methods[] = {
    {"__length_hint__", listreviter_length_hint},
    {nullptr, nullptr},
};

}  // namespace

Value list_slice_items(ThreadState* ts, ListObject* l, int64_t start, int64_t step, int64_t n) {
  if (step == 1) return list_slice(ts, l, start, start + n);
  ListObject* r = list_new(ts, n);
  if (!r) return Value();
  for (int64_t k = 0, i = start; k < n; k++, i += step) r->items[k] = newref(l->items[i]);
  return Value::from_obj(r);
}

bool list_assign_slice(ThreadState* ts, ListObject* l, int64_t start, int64_t stop, int64_t step, int64_t slicelen,
                       Value v) {
  if (step == 1) return list_ass_slice(ts, l, start, stop, v);
  if ((step < 0 && start < stop) || (step > 0 && start > stop)) stop = start;
  Ref seq;
  if (v.obj() == l) seq.reset(list_slice(ts, l, 0, l->size));
  else seq.reset(seq_fast(ts, v, "must assign iterable to extended slice"));
  if (!seq) return false;
  Value* items;
  int64_t n;
  fast_items(seq.get(), &items, &n);
  if (n != slicelen) {
    raisef(ts, Exc::ValueError, "attempt to assign sequence of size %lld to extended slice of size %lld",
           (long long)n, (long long)slicelen);
    return false;
  }
  if (!slicelen) return true;
  Value* garbage = static_cast<Value*>(mem_alloc(size_t(slicelen) * sizeof(Value)));
  if (!garbage) { raise_no_memory(ts); return false; }
  for (int64_t cur = start, i = 0; i < slicelen; cur += step, i++) {
    garbage[i] = l->items[cur];
    l->items[cur] = newref(items[i]);
  }
  for (int64_t i = 0; i < slicelen; i++) decref(garbage[i]);
  mem_free(garbage);
  return true;
}

const TypeSpec list_type_spec = {
    .name = "list",
    .basicsize = sizeof(ListObject),
    .flags = kTypeBaseType | kTypeHasGC | kTypeListSubclass,
    .slots = {
        .dealloc = list_dealloc,
        .traverse = list_traverse,
        .clear = list_clear_slot,
        .repr = list_repr,
        .richcompare = list_richcompare,
        .iter = list_iter,
        .new_ = list_new_slot,
        .init = list_init,
        .add = list_concat,
        .mul = list_repeat,
        .iadd = list_iadd,
        .imul = list_imul,
        .len = list_len,
        .getitem = list_getitem,
        .setitem = list_setitem,
        .contains = list_contains,
    },
    .methods = list_methods,
    .doc = "Built-in mutable sequence.",
};

const TypeSpec list_iter_type_spec = {
    .name = "list_iterator",
    .basicsize = sizeof(ListIterObject),
    .flags = kTypeHasGC,
    .slots = {
        .dealloc = listiter_dealloc,
        .traverse = listiter_traverse,
        .clear = listiter_clear,
        .iter = iter_self,
        .iternext = listiter_next,
    },
    .methods = listiter_methods,
};

const TypeSpec list_reviter_type_spec = {
    .name = "list_reverseiterator",
    .basicsize = sizeof(ListIterObject),
    .flags = kTypeHasGC,
    .slots = {
        .dealloc = listiter_dealloc,
        .traverse = listiter_traverse,
        .clear = listiter_clear,
        .iter = iter_self,
        .iternext = listreviter_next,
    },
    .methods = listreviter_methods,
};

}  // namespace minipy
