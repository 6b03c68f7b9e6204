// runtime/unicode.h — UTF-8 helpers and Unicode character properties / case
// mapping (tables generated from CPython's database, see unicode.cpp), plus the
// small internal API the str*.cpp and bytes*.cpp files share.
//
// Internal header: core only. Must not: know about the VM, or allocate except
// through the str helpers declared at the bottom.
#pragma once
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "runtime/runtime.h"

namespace minipy {
namespace uni {

// ---------------------------------------------------------------- UTF-8
// minipy stores str as "generalised" UTF-8: lone surrogates (U+D800..U+DFFF) are
// allowed as 3-byte sequences so chr(0xD800) works like in CPython.
inline int utf8_width(uint32_t cp) { return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4; }
// Width of the sequence starting with lead byte b (of valid stored text).
inline int utf8_lead_width(uint8_t b) { return b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4; }
inline int utf8_encode(uint32_t cp, char* out) {
  if (cp < 0x80) { out[0] = char(cp); return 1; }
  if (cp < 0x800) { out[0] = char(0xC0 | (cp >> 6)); out[1] = char(0x80 | (cp & 0x3F)); return 2; }
  if (cp < 0x10000) {
    out[0] = char(0xE0 | (cp >> 12)); out[1] = char(0x80 | ((cp >> 6) & 0x3F)); out[2] = char(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = char(0xF0 | (cp >> 18)); out[1] = char(0x80 | ((cp >> 12) & 0x3F));
  out[2] = char(0x80 | ((cp >> 6) & 0x3F)); out[3] = char(0x80 | (cp & 0x3F));
  return 4;
}
inline void utf8_append(std::string& s, uint32_t cp) { char b[4]; s.append(b, size_t(utf8_encode(cp, b))); }
// Decode one code point of valid stored text at p, advancing p.
inline uint32_t utf8_next(const char*& p) {
  uint8_t b = uint8_t(*p);
  if (b < 0x80) { ++p; return b; }
  if (b < 0xE0) { uint32_t c = ((b & 0x1Fu) << 6) | (uint8_t(p[1]) & 0x3Fu); p += 2; return c; }
  if (b < 0xF0) {
    uint32_t c = ((b & 0x0Fu) << 12) | ((uint8_t(p[1]) & 0x3Fu) << 6) | (uint8_t(p[2]) & 0x3Fu);
    p += 3; return c;
  }
  uint32_t c = ((b & 0x07u) << 18) | ((uint8_t(p[1]) & 0x3Fu) << 12) | ((uint8_t(p[2]) & 0x3Fu) << 6) |
               (uint8_t(p[3]) & 0x3Fu);
  p += 4; return c;
}
// Step back one code point (p > begin).
inline const char* utf8_prev(const char* p) { do { --p; } while ((uint8_t(*p) & 0xC0) == 0x80); return p; }
// Code points in valid stored text.
int64_t utf8_count(std::string_view s);
bool all_ascii(std::string_view s);

// Strict validation of external bytes (no surrogates). On failure fills the
// failing range [*err_start, *err_end) and a CPython reason ("invalid start byte",
// "invalid continuation byte", "unexpected end of data"). *ncp gets the length.
bool utf8_validate(std::string_view s, int64_t* ncp, bool* ascii, size_t* err_start, size_t* err_end,
                   const char** reason);

// ---------------------------------------------------------------- properties
enum : uint16_t {
  kAlpha = 0x1, kDecimal = 0x2, kDigit = 0x4, kNumeric = 0x8, kSpace = 0x10, kPrintable = 0x20,
  kUpper = 0x40, kLower = 0x80, kTitle = 0x100, kCased = 0x200, kCaseIgnorable = 0x400,
  kXidStart = 0x800, kXidContinue = 0x1000,
};
uint16_t props_slow(uint32_t cp);
// ASCII answers come from a constant table.
extern const uint16_t kAsciiProps[128];
inline uint16_t props(uint32_t cp) { return cp < 128 ? kAsciiProps[cp] : props_slow(cp); }
inline bool is_space(uint32_t cp) { return props(cp) & kSpace; }
inline bool is_alpha(uint32_t cp) { return props(cp) & kAlpha; }
inline bool is_decimal(uint32_t cp) { return props(cp) & kDecimal; }
inline bool is_digit(uint32_t cp) { return props(cp) & kDigit; }
inline bool is_numeric(uint32_t cp) { return props(cp) & kNumeric; }
inline bool is_alnum(uint32_t cp) { return props(cp) & (kAlpha | kDecimal | kDigit | kNumeric); }
inline bool is_printable(uint32_t cp) { return props(cp) & kPrintable; }
inline bool is_upper(uint32_t cp) { return props(cp) & kUpper; }
inline bool is_lower(uint32_t cp) { return props(cp) & kLower; }
inline bool is_title(uint32_t cp) { return props(cp) & kTitle; }
inline bool is_cased(uint32_t cp) { return props(cp) & kCased; }
inline bool is_case_ignorable(uint32_t cp) { return props(cp) & kCaseIgnorable; }
inline bool is_xid_start(uint32_t cp) { return props(cp) & kXidStart; }
inline bool is_xid_continue(uint32_t cp) { return props(cp) & kXidContinue; }
// Value 0..9 of a decimal digit (any script), or -1. Used by int()/float() too.
int decimal_value(uint32_t cp);
// Line boundaries of str.splitlines: \n \r \v \f \x1c-\x1e \x85 \u2028 \u2029.
inline bool is_linebreak(uint32_t cp) {
  return (cp >= 0x0A && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x1E) || cp == 0x85 || cp == 0x2028 || cp == 0x2029;
}

// ---------------------------------------------------------------- case mapping
// Full mappings (SpecialCasing included): write up to 3 code points to out,
// return how many. Final-sigma handling is the caller's (str.lower).
enum class Case : uint8_t { Lower = 0, Upper = 1, Title = 2, Fold = 3 };
int to_case(uint32_t cp, Case which, uint32_t out[3]);
inline uint32_t ascii_lower(uint32_t c) { return (c - 'A' < 26u) ? c + 32 : c; }
inline uint32_t ascii_upper(uint32_t c) { return (c - 'a' < 26u) ? c - 32 : c; }

}  // namespace uni

// ================================================================ str internals shared by str*.cpp / bytes*.cpp
// Allocate an exact str with room for `size` bytes of UTF-8 (data[size] = 0 is set);
// the caller writes the bytes and then calls str_finish. Null + MemoryError on failure.
StrObject* str_alloc(ThreadState* ts, int64_t size);
// Set length/ascii of a freshly filled str_alloc result (length -1: count it) and
// return it as a Value, substituting the shared '' / one-char caches.
Value str_finish(ThreadState* ts, StrObject* s, int64_t length = -1, int ascii = -1);
// str from text already known valid, with known length (avoids a scan).
Value str_new_len(ThreadState* ts, std::string_view utf8, int64_t length, bool ascii);
inline StrObject* as_str(Value v) { return v.as<StrObject>(); }
// Byte offset of code point i (0 <= i <= length).
int64_t str_byte_offset(StrObject* s, int64_t i);
// Code point at index i (0 <= i < length).
uint32_t str_char_at(StrObject* s, int64_t i);
// Byte offset → code-point index (valid boundary).
int64_t str_cp_index(StrObject* s, int64_t byte_off);
// Resolve optional start/end arguments (None or index-ables) like CPython's
// slice clipping for find/count/startswith. Returns false on error.
bool parse_slice_bounds(ThreadState* ts, Value start, Value end, int64_t len, int64_t* s, int64_t* e);
// Search primitives on bytes (memmem-like; returns npos when absent).
size_t bytes_find(std::string_view hay, std::string_view needle, size_t from);
size_t bytes_rfind(std::string_view hay, std::string_view needle);
int64_t bytes_count(std::string_view hay, std::string_view needle, int64_t maxcount = -1);
// Codecs: normalise an encoding name ("UTF8" -> "utf-8", "latin1" -> "latin-1"...);
// returns "" for unknown encodings.
std::string_view codec_name(std::string_view enc);
// Encode/decode with errors in strict/ignore/replace/surrogateescape/backslashreplace.
bool str_encode_to(ThreadState* ts, StrObject* s, std::string_view encoding, std::string_view errors,
                   std::string* out);
Value bytes_decode_to_str(ThreadState* ts, std::string_view data, std::string_view encoding,
                          std::string_view errors);
// Helpers for methods: a str argument or a TypeError "<what> must be str, not T".
inline bool is_str_fast(ThreadState*, Value v) {
  return v.is_obj() && type_has(v.obj()->type, kTypeStrSubclass);
}
// Generic rich comparison of two byte strings (code-point order for UTF-8).
Value compare_views(std::string_view a, std::string_view b, CmpOp op);
// CPython's hash of bytes / str (runtime/hash.cpp): SipHash-1-3 with the
// current interpreter's key (Interpreter::hash_key), never -1, 0 for empty.
int64_t hash_bytes(std::string_view s);
int64_t hash_bytes_with_key(const uint64_t* key, std::string_view s);
// A str's hash from its UTF-8 text: over the code points at CPython's width.
int64_t hash_str_text(std::string_view utf8, bool ascii);
// Fill interp->hash_key: seed -1 random (OS entropy), 0 zero key, else
// CPython's LCG expansion of the seed (PYTHONHASHSEED).
void hash_key_init(Interpreter* interp, int64_t seed);
// str.format_map(mapping) (str_format.cpp).
Value str_format_map(ThreadState* ts, Value fmt, Value mapping);
// printf-style formatting shared by str % and bytes %.
Value bytes_percent_format(ThreadState* ts, Value fmt, Value args);
// n copies of `unit` into dst (which has room for them). Shared by str and bytes.
void repeat_fill(char* dst, std::string_view unit, int64_t n);
// Method tables (str_methods.cpp) used by str_type_spec (str.cpp).
extern const MethodDef str_methods[];

}  // namespace minipy
