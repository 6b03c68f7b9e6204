// vm/frozen.h — Python-source modules of stdlib/ embedded into the binary
// (table generated at build time by tools/minipy_freeze.cpp, driven by
// scripts/embed_stdlib.cmake), with their precompiled bytecode.
#pragma once
#include <cstddef>

namespace minipy {
struct FrozenModule {
  const char* name;     // dotted module name ("asyncio.tasks"); packages have is_package
  const char* source;   // UTF-8 source, NUL-terminated (inspect, linecache, runpy, importlib read it)
  size_t size;
  int is_package;
  // The module's code serialized by vm/codecache.h (loaded by the importer
  // instead of compiling `source`), or nullptr: the source is compiled at import.
  const unsigned char* code;
  size_t code_size;
};
// Terminated by {nullptr}. Defined by the generated frozen_modules.cpp (library
// minipy_frozen, linked into every program using minipy_core), or by the
// freezer itself, which has an empty table.
extern const FrozenModule kFrozenModules[];
}  // namespace minipy
