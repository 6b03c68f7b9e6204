// runtime/codecs_tables.h — the generated tables of runtime/codecs_tables.cpp
// (scripts/gen_codec_tables.py): single-byte codecs and encoding aliases.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "runtime/runtime.h"

namespace minipy {

struct CharmapPair {
  uint16_t cp;   // code point (all charmap codecs here stay in the BMP)
  uint8_t byte;  // the byte it encodes to
};

// A single-byte codec: bytes 0..127 are ASCII; `dec` maps 128..255 to code
// points (0xFFFE: undefined); `enc` lists the non-ASCII code points that
// encode, sorted by code point.
struct CharmapCodec {
  const char* module;     // encodings module name ("cp1252")
  const char* name;       // CodecInfo.name ("cp1252", "iso8859-15")
  const uint16_t* dec;    // [128]
  const CharmapPair* enc;
  size_t nenc;
};

struct CodecAlias {
  const char* alias;   // normalized alias ("latin1", "windows_1252")
  const char* module;  // module name ("latin_1", "cp1252")
};

extern const CharmapCodec kCharmapCodecs[];
extern const size_t kCharmapCodecCount;
extern const CodecAlias kCodecAliases[];  // sorted by alias (strcmp order)
extern const size_t kCodecAliasCount;

// import `name` (sys.modules first, then builtins.__import__): how the runtime
// reaches stdlib/codecs.py and stdlib/io.py (runtime/str_codecs.cpp).
Value codecs_import(ThreadState* ts, std::string_view name);

}  // namespace minipy
