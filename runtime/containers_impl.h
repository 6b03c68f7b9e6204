// runtime/containers_impl.h — small helpers shared by the container files
// (tuple.cpp, list.cpp, listsort.cpp, dict.cpp, dictviews.cpp, set.cpp,
// range.cpp, slice.cpp, iterobject.cpp). Internal to those files; the public
// API of the containers is in objects.h.
#pragma once
#include "runtime/runtime.h"

namespace minipy {

// CPython's hash of a small int: value modulo 2**61-1 keeping the sign, -1 -> -2.
inline int64_t small_int_hash(int64_t v) {
  constexpr uint64_t P = (uint64_t(1) << 61) - 1;
  uint64_t a = v < 0 ? uint64_t(0) - uint64_t(v) : uint64_t(v);
  uint64_t r = (a & P) + (a >> 61);
  if (r >= P) r -= P;
  int64_t h = v < 0 ? -int64_t(r) : int64_t(r);
  return h == -1 ? -2 : h;
}

inline bool is_exact_str(ThreadState* ts, Value v) {
  return v.is_obj() && v.obj()->type == ts->interp->types.str;
}

// hash(v) with fast paths for small ints and exact str.
inline bool hash_fast(ThreadState* ts, Value v, int64_t* out) {
  if (v.is_small_int()) { *out = small_int_hash(v.as_small_int()); return true; }
  if (is_exact_str(ts, v)) { *out = str_hash(v.as<StrObject>()); return true; }
  return hash(ts, v, out);
}

// Equality used by lookups: identity, then exact-str content, then __eq__.
inline int eq_fast(ThreadState* ts, Value a, Value b) {
  if (a == b) return 1;
  if (is_exact_str(ts, a) && is_exact_str(ts, b)) return str_equal(a.as<StrObject>(), b.as<StrObject>());
  if (a.is_small_int() && b.is_small_int()) return 0;
  return richcompare_bool(ts, a, b, CmpOp::Eq);
}

// Convert a list/tuple index argument (int or __index__) to int64 for
// subscription; the "list indices must be integers or slices, not str" message is the caller's.
inline bool has_index(ThreadState* ts, Value v) {
  if (v.is_small_int() || v.is_bool()) return true;
  TypeObject* t = type_of(ts, v);
  return type_has(t, kTypeIntSubclass) || t->slots.index != nullptr;
}

// Index conversion for sequence subscripts: like PyNumber_AsSsize_t(v, IndexError):
// overflow raises IndexError "cannot fit 'int' into an index-sized integer".
inline bool seq_index(ThreadState* ts, Value v, int64_t* out) {
  if (v.is_small_int()) { *out = v.as_small_int(); return true; }
  if (!index_i64(ts, v, out)) {
    if (err_matches(ts, Exc::OverflowError)) {
      err_clear(ts);
      raisef(ts, Exc::IndexError, "cannot fit '%s' into an index-sized integer", type_name(ts, v));
    }
    return false;
  }
  return true;
}

// Normalise a negative index against size, for methods taking positions.
inline int64_t clamp_index(int64_t i, int64_t n) {
  if (i < 0) { i += n; if (i < 0) i = 0; }
  if (i > n) i = n;
  return i;
}

// Iterators' shared __length_hint__ helper: returns a small int.
inline Value hint_value(int64_t n) { return Value::small_int(n < 0 ? 0 : n); }

// Argument for index()/count() positions: None, int or __index__ (clamped like _PyEval_SliceIndex).
bool slice_index_clamped(ThreadState* ts, Value v, int64_t* out);   // slice.cpp

// Build the repr "<open>item, item<close>" of n values (used by tuple/list).
Value seq_repr(ThreadState* ts, const Value* items, int64_t n, const char* open, const char* close,
               bool one_tuple);  // tuple.cpp; one_tuple: add the "," of (1,)

}  // namespace minipy
