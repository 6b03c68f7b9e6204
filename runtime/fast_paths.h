// runtime/fast_paths.h — entry points of the built-in types for the
// evaluation loop's fast paths (vm/eval.cpp), where the generic protocol
// (a slice object, a __format__ method call) is pure overhead:
//  * slicing exact lists, tuples and strs from resolved indices, for
//    BINARY_SLICE / STORE_SLICE with None / small-int bounds; the types' own
//    subscript slots (list.cpp, tuple.cpp, str.cpp) use the same functions for
//    slice objects, so both paths give one result;
//  * format(v, spec) for exact ints, floats and strs (format.cpp), for
//    FORMAT_VALUE and str.format.
// Must not: be used for subclasses (their methods may be overridden) or, for
// slicing, bounds other than None and small ints (those take the slice-object
// path, whose __index__ calls and error messages are slice.cpp's).
#pragma once
#include "runtime/runtime.h"

namespace minipy {

// slice(start, stop, step).indices(length) for None / small-int bounds, like
// slice_indices() (slice.cpp). False when a bound is anything else or the
// step is 0 (the caller then builds a slice object and lets the type raise).
inline bool resolve_slice(Value start, Value stop, Value step, int64_t length, int64_t* out_start,
                          int64_t* out_stop, int64_t* out_step, int64_t* out_len) {
  int64_t st, a, b;
  if (step.is_none()) {
    st = 1;
  } else if (step.is_small_int()) {
    st = step.as_small_int();
    if (st == 0) return false;
  } else {
    return false;
  }
  if (start.is_none()) a = st < 0 ? INT64_MAX : 0;
  else if (start.is_small_int()) a = start.as_small_int();
  else return false;
  if (stop.is_none()) b = st < 0 ? INT64_MIN : INT64_MAX;
  else if (stop.is_small_int()) b = stop.as_small_int();
  else return false;
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
  *out_start = a;
  *out_stop = b;
  *out_step = st;
  *out_len = n;
  return true;
}

// The items start, start+step, ... (n of them) as a new list / tuple / str.
// `seq` is an exact list / tuple / str (a tuple or str sliced whole is
// returned itself, as CPython does).
Value list_slice_items(ThreadState* ts, ListObject* l, int64_t start, int64_t step, int64_t n);
Value tuple_slice_items(ThreadState* ts, Value tuple, int64_t start, int64_t step, int64_t n);
Value str_slice_items(ThreadState* ts, Value str, int64_t start, int64_t step, int64_t n);
// l[start:stop:step] = v for resolved indices (n = slice length; v not null),
// with list.__setitem__'s semantics and messages.
bool list_assign_slice(ThreadState* ts, ListObject* l, int64_t start, int64_t stop, int64_t step, int64_t n,
                       Value v);

// format(v, spec) when v is an exact int (bool excluded), float or str: what
// the type's __format__ returns, without looking it up and calling it. Null
// with *handled false for any other value (nothing done), with *handled true
// on error.
Value format_exact_builtin(ThreadState* ts, Value v, std::string_view spec, bool* handled);

}  // namespace minipy
