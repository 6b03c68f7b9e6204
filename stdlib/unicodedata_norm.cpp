// stdlib/unicodedata_norm.cpp — unicodedata.normalize / is_normalized: the
// Unicode normalization forms NFD, NFKD, NFC and NFKC (UAX #15): full
// decomposition (Hangul by rule), canonical ordering of combining marks, and
// canonical composition. Tables come from stdlib/unicodedata.cpp.
// Must not: hold mutable process-wide state.
#include <string>
#include <vector>

#include "runtime/unicode.h"
#include "stdlib/unicodedata_internal.h"

namespace minipy {
namespace {

// Hangul syllable arithmetic (Unicode 3.12).
constexpr uint32_t kSBase = 0xAC00, kLBase = 0x1100, kVBase = 0x1161, kTBase = 0x11A7;
constexpr uint32_t kLCount = 19, kVCount = 21, kTCount = 28;
constexpr uint32_t kNCount = kVCount * kTCount, kSCount = kLCount * kNCount;

void decompose_into(uint32_t cp, bool compat, std::vector<uint32_t>& out) {
  if (cp - kSBase < kSCount) {
    uint32_t s = cp - kSBase;
    out.push_back(kLBase + s / kNCount);
    out.push_back(kVBase + (s % kNCount) / kTCount);
    if (s % kTCount) out.push_back(kTBase + s % kTCount);
    return;
  }
  uint32_t parts[32];
  int n = ucd::decompose_one(cp, compat, parts);
  if (n == 0) {
    out.push_back(cp);
    return;
  }
  for (int i = 0; i < n; ++i) decompose_into(parts[i], compat, out);
}

// Full decomposition, then each run of non-starters stably sorted by class.
std::vector<uint32_t> decompose(std::string_view text, bool compat) {
  std::vector<uint32_t> out;
  out.reserve(text.size());
  const char* p = text.data();
  const char* end = p + text.size();
  while (p < end) decompose_into(uni::utf8_next(p), compat, out);
  for (size_t i = 1; i < out.size(); ++i) {
    uint8_t cc = ucd::combining(out[i]);
    if (cc == 0) continue;
    size_t j = i;
    while (j > 0) {
      uint8_t prev = ucd::combining(out[j - 1]);
      if (prev <= cc) break;    // starters (0) stop the move too
      std::swap(out[j - 1], out[j]);
      --j;
    }
  }
  return out;
}

uint32_t compose(uint32_t first, uint32_t second) {
  if (first - kLBase < kLCount && second - kVBase < kVCount)
    return kSBase + ((first - kLBase) * kVCount + (second - kVBase)) * kTCount;
  if (first - kSBase < kSCount && (first - kSBase) % kTCount == 0 && second - kTBase - 1 < kTCount - 1)
    return first + (second - kTBase);
  return ucd::compose_pair(first, second);
}

// Canonical composition of a decomposed, ordered sequence (in place).
void compose_all(std::vector<uint32_t>& s) {
  if (s.empty()) return;
  size_t starter = 0, out = 1;
  int last_class = ucd::combining(s[0]);
  if (last_class != 0) last_class = 256;    // a leading mark blocks everything after it
  for (size_t i = 1; i < s.size(); ++i) {
    uint32_t ch = s[i];
    int cls = ucd::combining(ch);
    uint32_t composite = compose(s[starter], ch);
    if (composite != 0 && (last_class < cls || last_class == 0)) {
      s[starter] = composite;
      continue;
    }
    if (cls == 0) starter = out;
    last_class = cls;
    s[out++] = ch;
  }
  s.resize(out);
}

bool parse_form(ThreadState* ts, Value form, bool* compat, bool* composed) {
  std::string_view f = str_view(form);
  if (f == "NFC") { *compat = false; *composed = true; return true; }
  if (f == "NFKC") { *compat = true; *composed = true; return true; }
  if (f == "NFD") { *compat = false; *composed = false; return true; }
  if (f == "NFKD") { *compat = true; *composed = false; return true; }
  raise(ts, Exc::ValueError, "invalid normalization form");
  return false;
}

bool norm_args(ThreadState* ts, const char* fname, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (kwnames && kwnames->size) {
    raisef(ts, Exc::TypeError, "unicodedata.%s() takes no keyword arguments", fname);
    return false;
  }
  if (nargs != 2) {
    raisef(ts, Exc::TypeError, "%s expected 2 arguments, got %zu", fname, nargs);
    return false;
  }
  for (size_t i = 0; i < 2; ++i) {
    if (!is_str(ts, args[i])) {
      raisef(ts, Exc::TypeError, "%s() argument %zu must be str, not %s", fname, i + 1, type_name(ts, args[i]));
      return false;
    }
  }
  return true;
}

// The normalized text (UTF-8), or false + ValueError for a bad form.
bool normalized(ThreadState* ts, Value form, Value text, std::string* out, bool* unchanged) {
  bool compat, composed;
  if (!parse_form(ts, form, &compat, &composed)) return false;
  StrObject* s = text.as<StrObject>();
  if (s->ascii) {   // ASCII is invariant under every form
    *unchanged = true;
    return true;
  }
  std::vector<uint32_t> cps = decompose(s->view(), compat);
  if (composed) compose_all(cps);
  out->clear();
  for (uint32_t cp : cps) uni::utf8_append(*out, cp);
  *unchanged = *out == s->view();
  return true;
}

}  // namespace

Value unicodedata_normalize(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!norm_args(ts, "normalize", args, nargs, kwnames)) return Value();
  std::string out;
  bool unchanged = false;
  if (!normalized(ts, args[0], args[1], &out, &unchanged)) return Value();
  if (unchanged) {
    if (type_of(ts, args[1]) == ts->interp->types.str) return newref(args[1]);
    return str_new(ts, str_view(args[1]));
  }
  return str_new(ts, out);
}

Value unicodedata_is_normalized(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!norm_args(ts, "is_normalized", args, nargs, kwnames)) return Value();
  std::string out;
  bool unchanged = false;
  if (!normalized(ts, args[0], args[1], &out, &unchanged)) return Value();
  return Value::boolean(unchanged);
}

}  // namespace minipy
