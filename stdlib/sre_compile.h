// stdlib/sre_compile.h — the compiled form of a Python regular expression
// (the `_sre2` module's program) and the parser/compiler entry point.
// sre_compile.cpp parses Python `re` syntax into a small AST and emits a
// program for the backtracking VM in sre_engine.cpp.
// Must not: touch Python objects (plain C++ data only; errors are returned).
#pragma once
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace minipy {
namespace sre {

// Flag values as in CPython's re module.
enum : uint32_t {
  kFlagTemplate = 1, kFlagIgnoreCase = 2, kFlagLocale = 4, kFlagMultiline = 8, kFlagDotAll = 16,
  kFlagUnicode = 32, kFlagVerbose = 64, kFlagDebug = 128, kFlagAscii = 256,
};

enum class Op : uint8_t {
  Char,       // c
  CharI,      // case-insensitive: c = lower, c2 = upper (f&1: ASCII-only folding)
  Any,        // any but '\n'
  AnyAll,     // any
  Class,      // x = class index
  Split,      // try x, then y
  Jmp,        // x
  Save,       // slot x; f=1: closing a group (sets lastindex = x/2)
  Mark,       // reg[x] = pos
  Progress,   // if pos == reg[x] goto y
  Assert,     // f = AssertKind, c = 1 for ASCII word rules
  Backref,    // group x; f&1 icase, f&2 ascii folding
  Look,       // f&1 behind, f&2 negative; body at pc+1, continue at y; c = width
  Atomic,     // body at pc+1, continue at y
  Cond,       // group x matched ? pc+1 : y
  Match,      // end of the program or of a sub-program
  RepeatChar, // greedy single-character loop: x = min, y = max (-1 none); the char test at pc+1
};
enum AssertKind : uint8_t { kBol, kMBol, kEol, kMEol, kBegin, kEnd, kWordB, kNotWordB };
enum : uint32_t { kCatDigit = 1, kCatNotDigit = 2, kCatWord = 4, kCatNotWord = 8, kCatSpace = 16, kCatNotSpace = 32 };

struct Inst {
  Op op;
  uint8_t f = 0;
  int32_t x = 0, y = 0;
  uint32_t c = 0, c2 = 0;
};

struct CharClass {
  bool negate = false, icase = false, ascii = false;
  uint32_t cats = 0;
  std::vector<std::pair<uint32_t, uint32_t>> ranges;
  uint8_t table[256];  // precomputed answer for c < 256
  bool contains_raw(uint32_t c) const;
  bool matches_slow(uint32_t c) const;
  bool matches(uint32_t c) const { return c < 256 ? table[c] != 0 : matches_slow(c); }
  void finish();
};

struct Program {
  std::vector<Inst> code;
  std::vector<CharClass> classes;
  int groups = 0;                 // capturing groups
  int nregs = 0;                  // loop-progress registers
  uint32_t flags = 0;             // final flags
  bool is_bytes = false;
  bool memo_ok = true;            // no backrefs/conditionals: (pc,pos) failures are final
  bool anchored = false;          // starts with \A or non-multiline ^
  int32_t first_char = -1;        // required first character (case-sensitive), or -1
  std::vector<std::pair<std::u32string, int>> names;  // group name -> number
  std::vector<std::string> warnings;  // CPython's FutureWarnings ("Possible nested set at position 1"); re.py issues them
  // Decoded-subject cache (non-ASCII str), owned by the engine.
  void* cache_key = nullptr;
  std::vector<uint32_t> cache_buf;
};

struct CompileError {
  std::string msg;
  int64_t pos = -1;  // -1: no position
};

// Parse and compile. `pat` holds code points (bytes patterns: one per byte).
bool compile_pattern(const std::vector<uint32_t>& pat, bool is_bytes, uint32_t flags, Program* out,
                     CompileError* err);

// Case helpers shared with the engine (single code point simple mappings).
uint32_t lower1(uint32_t c);
uint32_t upper1(uint32_t c);
bool is_word_char(uint32_t c, bool ascii);
bool is_digit_char(uint32_t c, bool ascii);
bool is_space_char(uint32_t c, bool ascii);

}  // namespace sre
}  // namespace minipy
