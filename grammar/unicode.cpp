// grammar/unicode.cpp — lookups in the generated Unicode range tables.
#include "grammar/unicode.h"

namespace minipy::ast::detail {
namespace {

struct UnicodeRange {
  uint32_t lo, hi;
};

#include "grammar/unicode_tables.inc"

template <size_t N>
bool in_ranges(const UnicodeRange (&r)[N], uint32_t cp) {
  size_t lo = 0, hi = N;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (cp < r[mid].lo) hi = mid;
    else if (cp > r[mid].hi) lo = mid + 1;
    else return true;
  }
  return false;
}

}  // namespace

bool unicode_is_printable(uint32_t cp) {
  if (cp < 0x80) return cp >= 0x20 && cp < 0x7F;
  return !in_ranges(kNonPrintable, cp);
}

bool unicode_is_id_start(uint32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '_';
  return in_ranges(kIdStart, cp);
}

bool unicode_is_id_continue(uint32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') || cp == '_';
  return in_ranges(kIdContinue, cp);
}

}  // namespace minipy::ast::detail
