// vm/codecache.h — code objects serialized to bytes ("frozen bytecode"): the
// format the build-time freezer (tools/minipy_freeze.cpp) writes for every
// embedded stdlib module, and its loader, which the importer uses instead of
// parsing and compiling the module's source at each import.
//
// A blob is only valid for the binary whose compiler produced it: it starts
// with a fingerprint of the format and of the opcode table, and the build
// re-runs the freezer whenever minipy_core changes (CMakeLists.txt). A blob with
// another fingerprint is ignored and the source is compiled instead.
// Must not: change what the compiler produces — a loaded code object is
// field-for-field the one compile_source returns for the same source/filename.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>

#include "vm/code.h"
#include "vm/frozen.h"

namespace minipy {

// Fingerprint stored in every blob (format version + opcode table).
uint64_t codecache_fingerprint();

// Serialize `code` (and its nested code objects) into `out`. Constants may be
// None/True/False/Ellipsis, int, float, complex, str, bytes, tuple, frozenset
// and code; anything else: false + ValueError. Dump code that has not run:
// the evaluation loop rewrites instructions to specialised forms as it runs
// (inline cache words are never stored; they load as zeros).
bool codecache_dump(ThreadState* ts, Value code, std::string* out);

// True iff `data` is a blob of this binary's format (header and fingerprint).
bool codecache_compatible(const unsigned char* data, size_t size);

// Load a blob written by codecache_dump (new reference). A blob of another
// format, or a malformed one, gives null with no exception pending (the caller
// compiles the source instead); null with an exception only when allocating
// failed.
Value codecache_load(ThreadState* ts, const unsigned char* data, size_t size);

// Field-by-field comparison of two code objects, recursively through their
// constants (floats by bit pattern, frozensets in iteration order, names by
// identity since they are interned). On a difference, *why (if given) says
// where. Used by the freezer to verify every blob and by the unit tests.
bool codecache_equal(ThreadState* ts, Value a, Value b, std::string* why = nullptr);

// False when `-X frozen_modules=off` was given: the embedded modules are then
// compiled from their source at import (CPython's option name).
bool frozen_bytecode_enabled(ThreadState* ts);

// The module-level code object of an embedded module: its precompiled
// bytecode when present, compatible and enabled, else its source compiled now
// under `filename` ("<frozen name>"). New reference; null + exception on error.
Value frozen_module_code(ThreadState* ts, const FrozenModule* fm, const std::string& filename);

}  // namespace minipy
