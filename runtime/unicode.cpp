// runtime/unicode.cpp — Unicode character database lookups (properties, case
// mapping, decimal values) over the compact range tables generated into
// unicode_tables.inc, and UTF-8 counting/validation.
// Must not: allocate or touch interpreter state; everything here is pure.
#include "runtime/unicode.h"

#include <algorithm>

namespace minipy::uni {
namespace {

struct PropRun { uint32_t start; uint16_t flags; };
struct CaseRun { uint32_t start, end; int32_t even[4]; int32_t odd[4]; };
struct CaseSpecial { uint32_t cp; uint32_t map[4][3]; };

#include "runtime/unicode_tables.inc"

static_assert(kU_ALPHA == kAlpha && kU_DECIMAL == kDecimal && kU_DIGIT == kDigit && kU_NUMERIC == kNumeric &&
              kU_SPACE == kSpace && kU_PRINTABLE == kPrintable && kU_UPPER == kUpper && kU_LOWER == kLower &&
              kU_TITLE == kTitle && kU_CASED == kCased && kU_CASE_IGNORABLE == kCaseIgnorable &&
              kU_XID_START == kXidStart && kU_XID_CONTINUE == kXidContinue,
              "unicode_tables.inc flag bits out of sync with unicode.h");

constexpr uint16_t ascii_props_of(uint32_t c) {
  uint16_t f = 0;
  bool up = c >= 'A' && c <= 'Z', lo = c >= 'a' && c <= 'z', dig = c >= '0' && c <= '9';
  if (up || lo) f |= kAlpha | kCased | kXidStart | kXidContinue;
  if (up) f |= kUpper;
  if (lo) f |= kLower;
  if (dig) f |= kDecimal | kDigit | kNumeric | kXidContinue;
  if (c == '_') f |= kXidStart | kXidContinue;
  if ((c >= 9 && c <= 13) || (c >= 0x1C && c <= 0x20)) f |= kSpace;
  if (c >= 0x20 && c < 0x7F) f |= kPrintable;
  if (c == '\'' || c == '.' || c == ':' || c == '^' || c == '`') f |= kCaseIgnorable;
  return f;
}
}  // namespace

const uint16_t kAsciiProps[128] = {
#define R(i) ascii_props_of(i), ascii_props_of(i + 1), ascii_props_of(i + 2), ascii_props_of(i + 3), \
             ascii_props_of(i + 4), ascii_props_of(i + 5), ascii_props_of(i + 6), ascii_props_of(i + 7)
    R(0), R(8), R(16), R(24), R(32), R(40), R(48), R(56), R(64), R(72), R(80), R(88), R(96), R(104), R(112), R(120)
#undef R
};

uint16_t props_slow(uint32_t cp) {
  if (cp >= 0x110000) return 0;
  // Last run whose start <= cp.
  const PropRun* b = kPropRuns;
  const PropRun* e = kPropRuns + sizeof(kPropRuns) / sizeof(kPropRuns[0]);
  const PropRun* it = std::upper_bound(b, e, cp, [](uint32_t v, const PropRun& r) { return v < r.start; });
  return it == b ? 0 : (it - 1)->flags;
}

int decimal_value(uint32_t cp) {
  if (cp - '0' < 10u) return int(cp - '0');
  if (cp < 128 || !(props(cp) & kDecimal)) return -1;
  const uint32_t* b = kDecimalZeros;
  const uint32_t* e = kDecimalZeros + sizeof(kDecimalZeros) / sizeof(kDecimalZeros[0]);
  const uint32_t* it = std::upper_bound(b, e, cp);
  if (it == b) return -1;
  uint32_t d = cp - *(it - 1);
  return d < 10 ? int(d) : -1;
}

int to_case(uint32_t cp, Case which, uint32_t out[3]) {
  int w = int(which);
  if (cp < 128) {
    switch (which) {
      case Case::Lower: case Case::Fold: out[0] = ascii_lower(cp); break;
      default: out[0] = ascii_upper(cp); break;
    }
    return 1;
  }
  {
    const CaseSpecial* b = kCaseSpecial;
    const CaseSpecial* e = kCaseSpecial + sizeof(kCaseSpecial) / sizeof(kCaseSpecial[0]);
    const CaseSpecial* it = std::lower_bound(b, e, cp, [](const CaseSpecial& r, uint32_t v) { return r.cp < v; });
    if (it != e && it->cp == cp) {
      int n = 0;
      while (n < 3 && it->map[w][n]) { out[n] = it->map[w][n]; ++n; }
      return n;
    }
  }
  const CaseRun* b = kCaseRuns;
  const CaseRun* e = kCaseRuns + sizeof(kCaseRuns) / sizeof(kCaseRuns[0]);
  const CaseRun* it = std::upper_bound(b, e, cp, [](uint32_t v, const CaseRun& r) { return v < r.start; });
  out[0] = cp;
  if (it == b) return 1;
  --it;
  if (cp >= it->end) return 1;
  const int32_t* d = ((cp - it->start) & 1) ? it->odd : it->even;
  out[0] = uint32_t(int64_t(cp) + d[w]);
  return 1;
}

int64_t utf8_count(std::string_view s) {
  int64_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

bool all_ascii(std::string_view s) {
  const char* p = s.data();
  size_t n = s.size(), i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    memcpy(&w, p + i, 8);
    if (w & 0x8080808080808080ull) return false;
  }
  for (; i < n; ++i)
    if (uint8_t(p[i]) & 0x80) return false;
  return true;
}

bool utf8_validate(std::string_view s, int64_t* ncp, bool* ascii, size_t* err_start, size_t* err_end,
                   const char** reason) {
  const uint8_t* p = reinterpret_cast<const uint8_t*>(s.data());
  size_t n = s.size(), i = 0;
  int64_t count = 0;
  bool asc = true;
  while (i < n) {
    // ASCII run, 8 bytes at a time.
    while (i + 8 <= n) {
      uint64_t w;
      memcpy(&w, p + i, 8);
      if (w & 0x8080808080808080ull) break;
      i += 8;
      count += 8;
    }
    if (i >= n) break;
    uint8_t b = p[i];
    if (b < 0x80) { ++i; ++count; continue; }
    asc = false;
    int need;
    uint8_t lo = 0x80, hi = 0xBF;
    if (b >= 0xC2 && b <= 0xDF) need = 1;
    else if (b >= 0xE0 && b <= 0xEF) {
      need = 2;
      if (b == 0xE0) lo = 0xA0;
      if (b == 0xED) hi = 0x9F;  // no surrogates
    } else if (b >= 0xF0 && b <= 0xF4) {
      need = 3;
      if (b == 0xF0) lo = 0x90;
      if (b == 0xF4) hi = 0x8F;
    } else {
      *err_start = i; *err_end = i + 1; *reason = "invalid start byte";
      return false;
    }
    size_t j = 1;
    for (; j <= size_t(need); ++j) {
      if (i + j >= n) {
        *err_start = i; *err_end = n; *reason = "unexpected end of data";
        return false;
      }
      uint8_t c = p[i + j];
      uint8_t l = j == 1 ? lo : 0x80, h = j == 1 ? hi : 0xBF;
      if (c < l || c > h) {
        *err_start = i; *err_end = i + j; *reason = "invalid continuation byte";
        return false;
      }
    }
    i += size_t(need) + 1;
    ++count;
  }
  *ncp = count;
  *ascii = asc;
  return true;
}

}  // namespace minipy::uni
