// stdlib/structseq.h — named-tuple-like "struct sequence" types for native
// modules (sys.version_info, sys.float_info, time.struct_time...): a tuple
// subclass whose fields are also attributes, with CPython's repr
// "sys.version_info(major=3, minor=11, ...)". Implemented in stdlib/sys.cpp.
#pragma once
#include "runtime/runtime.h"

namespace minipy {

// Getter for field I of a struct sequence (use in a TypeSpec's getsets, in field order).
template <int I>
Value structseq_field(ThreadState*, Value self) {
  auto* t = self.as<TupleObject>();
  return I < t->size ? newref(t->items[I]) : Value::none();
}
Value structseq_repr(ThreadState* ts, Value self);
// __new__(cls, sequence): build from a sequence of exactly the number of getsets.
Value structseq_new_slot(ThreadState* ts, TypeObject* type, const Value* args, size_t nargs, TupleObject* kw);
// Create an instance of `type` (a struct-sequence type) from n values (increfs them).
Value structseq_new(ThreadState* ts, TypeObject* type, const Value* items, int64_t n);
// A struct sequence TypeSpec: name "module.type", fields given by getsets.
#define MINIPY_STRUCTSEQ_SPEC(NAME, GETSETS)                                                   \
  TypeSpec {                                                                                   \
    .name = NAME, .basicsize = 0, .flags = 0,                                                  \
    .slots = {.repr = structseq_repr, .new_ = structseq_new_slot}, .getsets = GETSETS,         \
    .base_name = "tuple"                                                                       \
  }

}  // namespace minipy
