// vm/frozen.h — Python-source modules of stdlib/ embedded into the binary
// (table generated at build time by scripts/embed_stdlib.cmake).
#pragma once
#include <cstddef>

namespace minipy {
struct FrozenModule {
  const char* name;     // dotted module name ("asyncio.tasks"); packages have is_package
  const char* source;   // UTF-8 source, NUL-terminated
  size_t size;
  int is_package;
};
extern const FrozenModule kFrozenModules[];  // terminated by {nullptr}
}  // namespace minipy
