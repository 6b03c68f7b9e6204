// stdlib/unicodedata_internal.h — what the two halves of the unicodedata
// module share: table look-ups (stdlib/unicodedata.cpp, which owns the
// generated tables) used by normalization (stdlib/unicodedata_norm.cpp).
// Internal to the module; must not be included elsewhere.
#pragma once
#include <cstdint>

#include "runtime/runtime.h"

namespace minipy {
namespace ucd {

// Canonical combining class.
uint8_t combining(uint32_t cp);
// The one-level decomposition of cp (canonical only, or any when `compat`)
// written to out (room for 32 code points); returns the count, 0 for none.
// Hangul syllables are not included (they decompose by rule).
int decompose_one(uint32_t cp, bool compat, uint32_t* out);
// The primary composite of a canonical pair, or 0 (Hangul not included).
uint32_t compose_pair(uint32_t first, uint32_t second);

}  // namespace ucd

// unicodedata.normalize(form, unistr) / is_normalized(form, unistr).
Value unicodedata_normalize(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames);
Value unicodedata_is_normalized(ThreadState* ts, Value self, const Value* args, size_t nargs,
                                TupleObject* kwnames);

}  // namespace minipy
