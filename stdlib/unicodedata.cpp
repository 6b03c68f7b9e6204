// stdlib/unicodedata.cpp — the unicodedata module (Unicode 14.0.0, as in
// CPython 3.11): character properties, numeric values, decompositions and
// character names in both directions (lookup() also knows the name aliases
// and named sequences). Owns the generated tables (unicodedata_db.inc, made
// by scripts/gen_unicodedata.py); normalization lives in unicodedata_norm.cpp.
// Must not: hold mutable process-wide state.
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "runtime/unicode.h"
#include "stdlib/modules.h"
#include "stdlib/unicodedata_internal.h"

namespace minipy {
namespace {

#include "stdlib/unicodedata_db.inc"

constexpr uint32_t kMaxCp = 0x110000;

// ---------------------------------------------------------------- properties
uint32_t record(uint32_t cp) {
  if (cp >= kMaxCp) return kRecords[0];
  uint32_t block = kIndex1[cp >> kIndexShift];
  return kRecords[kIndex2[(block << kIndexShift) + (cp & ((1u << kIndexShift) - 1))]];
}
const char* category_of(uint32_t cp) { return kCategoryNames[record(cp) & 31]; }
const char* bidi_of(uint32_t cp) { return kBidiNames[(record(cp) >> 5) & 31]; }
uint8_t combining_of(uint32_t cp) { return uint8_t((record(cp) >> 10) & 255); }
const char* eaw_of(uint32_t cp) { return kEawNames[(record(cp) >> 18) & 7]; }
bool mirrored_of(uint32_t cp) { return (record(cp) >> 21) & 1; }

// Index of cp in a sorted table, or -1.
template <class T, size_t N>
int64_t find_sorted(const T (&table)[N], uint32_t cp) {
  const T* p = std::lower_bound(table, table + N, T(cp));
  return p != table + N && *p == T(cp) ? p - table : -1;
}

// ---------------------------------------------------------------- decompositions
// Decomposition of cp from the table: tag index, code points (count returned).
int decomposition_of(uint32_t cp, int* tag, uint32_t* out) {
  int64_t i = find_sorted(kDecompCps, cp);
  if (i < 0) return 0;
  uint32_t h = kDecompHeaders[i];
  *tag = int(h >> 27);
  int count = int((h >> 22) & 31);
  const uint16_t* d = kDecompData + (h & ((1u << 22) - 1));
  for (int k = 0; k < count; ++k) {
    uint32_t c = *d++;
    if (c >= 0xD800 && c < 0xDC00) c = 0x10000 + ((c - 0xD800) << 10) + (*d++ - 0xDC00);
    out[k] = c;
  }
  return count;
}

// ---------------------------------------------------------------- names
constexpr uint32_t kSBase = 0xAC00, kLCount = 19, kVCount = 21, kTCount = 28;
constexpr uint32_t kSCount = kLCount * kVCount * kTCount;
constexpr const char* kJamoL[kLCount] = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S",
                                         "SS", "", "J", "JJ", "C", "K", "T", "P", "H"};
constexpr const char* kJamoV[kVCount] = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE",
                                         "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
constexpr const char* kJamoT[kTCount] = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG",
                                         "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S",
                                         "SS", "NG", "J", "C", "K", "T", "P", "H"};
constexpr std::string_view kHangulPrefix = "HANGUL SYLLABLE ";
constexpr std::string_view kCjkPrefix = "CJK UNIFIED IDEOGRAPH-";

std::string_view word_text(int w) {
  uint32_t off = kWordCheckpoints[w / kWordCheckpoint];
  for (int j = w - w % kWordCheckpoint; j < w; ++j) off += kWordLengths[j];
  return std::string_view(kLexiconText + off, kWordLengths[w]);
}

// Reads one word code at p (advancing it).
int next_word(const uint8_t*& p) {
  int b = *p++;
  if (b < kShortCodes) return b;
  return kShortCodes + ((b - kShortCodes) << 8) + *p++;
}

// The encoded name (length byte, then codes) of the ordinal-th named code point.
const uint8_t* name_bytes(uint32_t ordinal) {
  const uint8_t* p = kNameBytes + kNameCheckpoints[ordinal / kNameCheckpoint];
  for (uint32_t k = ordinal % kNameCheckpoint; k > 0; --k) p += 1 + *p;
  return p;
}

constexpr size_t kNumRuns = sizeof(kNameRuns) / sizeof(kNameRuns[0]) / 3;

// The ordinal of cp among the explicitly named code points, or -1.
int64_t name_ordinal(uint32_t cp) {
  size_t lo = 0, hi = kNumRuns;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (kNameRuns[mid * 3] <= cp) lo = mid + 1;
    else hi = mid;
  }
  if (lo == 0) return -1;
  const uint32_t* run = kNameRuns + (lo - 1) * 3;
  if (cp - run[0] >= run[1]) return -1;
  return int64_t(run[2] + (cp - run[0]));
}

bool in_cjk_range(uint32_t cp) {
  for (size_t i = 0; i < sizeof(kCjkRanges) / sizeof(kCjkRanges[0]); i += 2)
    if (cp >= kCjkRanges[i] && cp <= kCjkRanges[i + 1]) return true;
  return false;
}

void append_hex(std::string& out, uint32_t cp) {
  char buf[16];
  int n = snprintf(buf, sizeof buf, "%04X", cp);
  out.append(buf, size_t(n));
}

// The name of cp, false when it has none.
bool name_of(uint32_t cp, std::string* out) {
  out->clear();
  if (cp - kSBase < kSCount) {
    uint32_t s = cp - kSBase;
    *out = kHangulPrefix;
    *out += kJamoL[s / (kVCount * kTCount)];
    *out += kJamoV[(s % (kVCount * kTCount)) / kTCount];
    *out += kJamoT[s % kTCount];
    return true;
  }
  if (in_cjk_range(cp)) {
    *out = kCjkPrefix;
    append_hex(*out, cp);
    return true;
  }
  int64_t ordinal = name_ordinal(cp);
  if (ordinal < 0) return false;
  const uint8_t* p = name_bytes(uint32_t(ordinal));
  const uint8_t* end = p + 1 + *p;
  ++p;
  bool first = true;
  while (p < end) {
    int w = next_word(p);
    if (w == kHexMarkWord) {
      *out += '-';
      append_hex(*out, cp);
    } else {
      if (!first) *out += ' ';
      *out += word_text(w);
    }
    first = false;
  }
  return true;
}

// Hangul syllable names: the longest jamo name of each column in turn (as
// CPython's lookup does it, without backtracking).
int longest_jamo(std::string_view s, const char* const* names, uint32_t count, size_t* len) {
  int best = -1;
  size_t best_len = 0;
  for (uint32_t i = 0; i < count; ++i) {
    size_t n = strlen(names[i]);
    if (best >= 0 && n <= best_len) continue;
    if (s.substr(0, n) == names[i]) {
      best = int(i);
      best_len = n;
    }
  }
  *len = best >= 0 ? best_len : 0;
  return best;
}

bool lookup_hangul(std::string_view name, uint32_t* cp) {
  std::string_view rest = name.substr(kHangulPrefix.size());
  size_t n;
  int l = longest_jamo(rest, kJamoL, kLCount, &n);
  rest.remove_prefix(n);
  int v = longest_jamo(rest, kJamoV, kVCount, &n);
  rest.remove_prefix(n);
  int t = longest_jamo(rest, kJamoT, kTCount, &n);
  rest.remove_prefix(n);
  if (l < 0 || v < 0 || t < 0 || !rest.empty()) return false;
  *cp = kSBase + (uint32_t(l) * kVCount + uint32_t(v)) * kTCount + uint32_t(t);
  return true;
}

bool lookup_cjk(std::string_view name, uint32_t* cp) {
  if (name.size() != kCjkPrefix.size() + 4 && name.size() != kCjkPrefix.size() + 5) return false;
  uint32_t v = 0;
  for (char c : name.substr(kCjkPrefix.size())) {
    v *= 16;
    if (c >= '0' && c <= '9') v += uint32_t(c - '0');
    else if (c >= 'A' && c <= 'F') v += uint32_t(c - 'A' + 10);
    else return false;
  }
  if (!in_cjk_range(v)) return false;
  *cp = v;
  return true;
}

// The code of a lexicon word, or -1.
int word_code(std::string_view w) {
  uint32_t off = 0;
  for (int i = 0; i < kLexiconSize; ++i) {
    size_t n = kWordLengths[i];
    if (n == w.size() && memcmp(kLexiconText + off, w.data(), n) == 0) return i;
    off += uint32_t(n);
  }
  return -1;
}

bool parse_hex(std::string_view s, uint32_t* out) {
  if (s.size() < 4 || s.size() > 6) return false;
  uint32_t v = 0;
  for (char c : s) {
    if (c >= '0' && c <= '9') v = v * 16 + uint32_t(c - '0');
    else if (c >= 'A' && c <= 'F') v = v * 16 + uint32_t(c - 'A' + 10);
    else return false;
  }
  *out = v;
  return true;
}

// The code point whose (explicit) name is `upper` (already upper-cased).
bool lookup_explicit(std::string_view upper, uint32_t* cp) {
  // the query as word codes; a final "WORD-XXXX" may be a name ending in the
  // code point's hex (the "-#" pseudo-word)
  std::vector<int> words;
  size_t start = 0;
  uint32_t hex_value = 0;
  bool hex_form = false;
  while (true) {
    size_t sp = upper.find(' ', start);
    std::string_view w = upper.substr(start, sp == std::string_view::npos ? std::string_view::npos : sp - start);
    bool last = sp == std::string_view::npos;
    int code = word_code(w);
    if (last) {
      size_t dash = w.rfind('-');
      if (dash != std::string_view::npos && dash > 0 && parse_hex(w.substr(dash + 1), &hex_value)) {
        int head = word_code(w.substr(0, dash));
        if (head >= 0) {
          // try the hex form first only when the plain word is unknown
          if (code < 0) {
            words.push_back(head);
            words.push_back(kHexMarkWord);
            hex_form = true;
            break;
          }
        }
      }
    }
    if (code < 0) return false;
    words.push_back(code);
    if (last) break;
    start = sp + 1;
  }
  // scan the names in code point order
  const uint8_t* p = kNameBytes;
  const uint8_t* names_end = kNameBytes + sizeof(kNameBytes);
  uint32_t ordinal = 0;
  size_t run = 0;
  while (p < names_end) {
    const uint8_t* q = p + 1;
    const uint8_t* end = q + *p;
    size_t k = 0;
    bool match = true;
    while (q < end) {
      int w = next_word(q);
      if (k >= words.size() || words[k] != w) {
        match = false;
        break;
      }
      ++k;
    }
    if (match && k == words.size()) {
      while (kNameRuns[run * 3 + 2] + kNameRuns[run * 3 + 1] <= ordinal) ++run;
      uint32_t c = kNameRuns[run * 3] + (ordinal - kNameRuns[run * 3 + 2]);
      if (!hex_form || c == hex_value) {
        *cp = c;
        return true;
      }
    }
    p = end;
    ++ordinal;
  }
  return false;
}

// lookup(): explicit names, aliases and named sequences (case-insensitive),
// Hangul syllables and CJK unified ideographs by rule. Fills the result text.
bool lookup_name(std::string_view name, std::string* out) {
  uint32_t cp;
  if (name.substr(0, kHangulPrefix.size()) == kHangulPrefix && lookup_hangul(name, &cp)) {
    uni::utf8_append(*out, cp);
    return true;
  }
  if (name.substr(0, kCjkPrefix.size()) == kCjkPrefix && lookup_cjk(name, &cp)) {
    uni::utf8_append(*out, cp);
    return true;
  }
  std::string upper(name);
  for (char& c : upper) {
    if (uint8_t(c) >= 0x80) return false;
    if (c >= 'a' && c <= 'z') c = char(c - 32);
  }
  if (upper.size() <= kMaxNameLength && lookup_explicit(upper, &cp)) {
    uni::utf8_append(*out, cp);
    return true;
  }
  // aliases, then named sequences
  const char* a = kAliasNames;
  for (size_t i = 0; i < sizeof(kAliasCps) / sizeof(kAliasCps[0]); ++i) {
    size_t n = strlen(a);
    if (upper == std::string_view(a, n)) {
      uni::utf8_append(*out, kAliasCps[i]);
      return true;
    }
    a += n + 1;
  }
  const char* s = kNamedSeqNames;
  const uint32_t* d = kNamedSeqData;
  const uint32_t* d_end = kNamedSeqData + sizeof(kNamedSeqData) / sizeof(kNamedSeqData[0]);
  while (d < d_end) {
    size_t n = strlen(s);
    uint32_t count = *d++;
    if (upper == std::string_view(s, n)) {
      for (uint32_t k = 0; k < count; ++k) uni::utf8_append(*out, d[k]);
      return true;
    }
    d += count;
    s += n + 1;
  }
  return false;
}

// ---------------------------------------------------------------- arguments
bool char_arg(ThreadState* ts, const char* fname, Value v, uint32_t* cp) {
  if (!is_str(ts, v) || v.as<StrObject>()->length != 1) {
    raisef(ts, Exc::TypeError, "%s() argument must be a unicode character, not %s", fname, type_name(ts, v));
    return false;
  }
  const char* p = v.as<StrObject>()->data;
  *cp = uni::utf8_next(p);
  return true;
}

bool exactly_one(ThreadState* ts, const char* fname, size_t nargs, TupleObject* kw) {
  if (kw && kw->size) {
    raisef(ts, Exc::TypeError, "unicodedata.%s() takes no keyword arguments", fname);
    return false;
  }
  if (nargs != 1) {
    raisef(ts, Exc::TypeError, "unicodedata.%s() takes exactly one argument (%zu given)", fname, nargs);
    return false;
  }
  return true;
}

// chr[, default]: positional only.
bool one_or_two(ThreadState* ts, const char* fname, size_t nargs, TupleObject* kw) {
  if (kw && kw->size) {
    raisef(ts, Exc::TypeError, "unicodedata.%s() takes no keyword arguments", fname);
    return false;
  }
  if (nargs < 1) {
    raisef(ts, Exc::TypeError, "%s expected at least 1 argument, got %zu", fname, nargs);
    return false;
  }
  if (nargs > 2) {
    raisef(ts, Exc::TypeError, "%s expected at most 2 arguments, got %zu", fname, nargs);
    return false;
  }
  return true;
}

#define UCD_ONE_CHAR(pyname)                                                                  \
  uint32_t cp;                                                                                \
  if (!exactly_one(ts, #pyname, nargs, kw) || !char_arg(ts, #pyname, args[0], &cp)) return Value();

Value u_category(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  UCD_ONE_CHAR(category)
  return str_from_cstr(ts, category_of(cp));
}

Value u_bidirectional(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  UCD_ONE_CHAR(bidirectional)
  return str_from_cstr(ts, bidi_of(cp));
}

Value u_combining(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  UCD_ONE_CHAR(combining)
  return Value::small_int(combining_of(cp));
}

Value u_mirrored(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  UCD_ONE_CHAR(mirrored)
  return Value::small_int(mirrored_of(cp) ? 1 : 0);
}

Value u_east_asian_width(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  UCD_ONE_CHAR(east_asian_width)
  return str_from_cstr(ts, eaw_of(cp));
}

Value u_decomposition(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  UCD_ONE_CHAR(decomposition)
  uint32_t parts[32];
  int tag = 0;
  int n = decomposition_of(cp, &tag, parts);
  std::string out;
  if (n > 0 && tag != 0) out = kDecompTags[tag];
  for (int i = 0; i < n; ++i) {
    if (!out.empty()) out += ' ';
    append_hex(out, parts[i]);
  }
  return str_new(ts, out);
}
#undef UCD_ONE_CHAR

// decimal / digit / numeric: the value, else the default, else ValueError.
Value numeric_common(ThreadState* ts, const char* fname, const Value* args, size_t nargs, TupleObject* kw,
                     int which, const char* error) {
  uint32_t cp;
  if (!one_or_two(ts, fname, nargs, kw) || !char_arg(ts, fname, args[0], &cp)) return Value();
  int64_t i = find_sorted(kNumericCps, cp);
  if (i >= 0) {
    if (which == 2) return float_new(ts, kNumericValues[i]);
    int v = which == 0 ? kNumericDecimal[i] : kNumericDigit[i];
    if (v >= 0) return Value::small_int(v);
  }
  if (nargs == 2) return newref(args[1]);
  return raise(ts, Exc::ValueError, error);
}

Value u_decimal(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  return numeric_common(ts, "decimal", args, nargs, kw, 0, "not a decimal");
}
Value u_digit(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  return numeric_common(ts, "digit", args, nargs, kw, 1, "not a digit");
}
Value u_numeric(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  return numeric_common(ts, "numeric", args, nargs, kw, 2, "not a numeric character");
}

Value u_name(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  uint32_t cp;
  if (!one_or_two(ts, "name", nargs, kw) || !char_arg(ts, "name", args[0], &cp)) return Value();
  std::string name;
  if (name_of(cp, &name)) return str_new(ts, name);
  if (nargs == 2) return newref(args[1]);
  return raise(ts, Exc::ValueError, "no such name");
}

Value u_lookup(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!exactly_one(ts, "lookup", nargs, kw)) return Value();
  std::string_view name;
  if (is_str(ts, args[0])) {
    name = str_view(args[0]);
  } else if (!bytes_like_view(ts, args[0], &name)) {
    err_clear(ts);
    return raisef(ts, Exc::TypeError, "a bytes-like object is required, not '%s'", type_name(ts, args[0]));
  }
  if (uni::utf8_count(name) > 256) {
    Ref msg(str_from_cstr(ts, "name too long"));
    return msg ? raise_key_error(ts, msg.get()) : Value();
  }
  std::string out;
  if (lookup_name(name, &out)) return str_new(ts, out);
  Ref text(str_decode_utf8(ts, name));
  if (!text) return Value();
  Ref msg(str_new(ts, "undefined character name '" + std::string(str_view(text.get())) + "'"));
  return msg ? raise_key_error(ts, msg.get()) : Value();
}

const MethodDef kUnicodedataMethods[] = {
    {"decimal", u_decimal, kMethNormal, "decimal(chr[, default]): the decimal digit value of chr (an int)."},
    {"digit", u_digit, kMethNormal, "digit(chr[, default]): the digit value of chr (an int)."},
    {"numeric", u_numeric, kMethNormal, "numeric(chr[, default]): the numeric value of chr (a float)."},
    {"category", u_category, kMethNormal, "category(chr): the general category of chr, e.g. 'Lu'."},
    {"bidirectional", u_bidirectional, kMethNormal,
     "bidirectional(chr): the bidirectional class of chr ('' when it has none)."},
    {"combining", u_combining, kMethNormal, "combining(chr): the canonical combining class of chr (0 for none)."},
    {"mirrored", u_mirrored, kMethNormal, "mirrored(chr): 1 if chr is mirrored in bidirectional text, else 0."},
    {"east_asian_width", u_east_asian_width, kMethNormal, "east_asian_width(chr): the East Asian width of chr."},
    {"decomposition", u_decomposition, kMethNormal,
     "decomposition(chr): the decomposition mapping of chr as text ('' for none)."},
    {"is_normalized", unicodedata_is_normalized, kMethNormal,
     "is_normalized(form, unistr): whether unistr is in normal form 'NFC', 'NFKC', 'NFD' or 'NFKD'."},
    {"normalize", unicodedata_normalize, kMethNormal,
     "normalize(form, unistr): unistr in normal form 'NFC', 'NFKC', 'NFD' or 'NFKD'."},
    {"name", u_name, kMethNormal, "name(chr[, default]): the name of chr."},
    {"lookup", u_lookup, kMethNormal,
     "lookup(name): the character (or named sequence) with that name, alias included; KeyError if none."},
    {nullptr, nullptr},
};

}  // namespace

// ---------------------------------------------------------------- for normalization
namespace ucd {

uint8_t combining(uint32_t cp) { return combining_of(cp); }

int decompose_one(uint32_t cp, bool compat, uint32_t* out) {
  int tag = 0;
  int n = decomposition_of(cp, &tag, out);
  if (n > 0 && tag != 0 && !compat) return 0;
  return n;
}

uint32_t compose_pair(uint32_t first, uint32_t second) {
  uint64_t key = uint64_t(first) << 21 | second;
  const uint64_t* end = kCompKeys + sizeof(kCompKeys) / sizeof(kCompKeys[0]);
  const uint64_t* p = std::lower_bound(kCompKeys, end, key);
  return p != end && *p == key ? kCompValues[p - kCompKeys] : 0;
}

}  // namespace ucd

namespace {
void ucd_dealloc(Object* o) { free_object(o); }
}  // namespace

// The type of unicodedata.ucd_3_2_0 in CPython; here it only names the type
// (instances cannot be created).
const TypeSpec ucd_type_spec = {
    .name = "unicodedata.UCD",
    .basicsize = sizeof(Object),
    .flags = 0,
    .slots = {.dealloc = ucd_dealloc},
};

namespace {

bool unicodedata_init(ThreadState* ts, ModuleObject* m) {
  Ref version(str_from_cstr(ts, "14.0.0"));
  if (!version || !module_add(ts, m, "unidata_version", version.get())) return false;
  TypeObject* t = type_from_spec(ts, &ucd_type_spec, ts->interp->types.object_);
  if (!t) return false;
  // The module keeps the type for the interpreter's lifetime.
  return module_add(ts, m, "UCD", Value::from_obj(t));
}

}  // namespace

const ModuleDef unicodedata_module_def = {
    .name = "unicodedata",
    .doc = "This module provides access to the Unicode Character Database which\n"
           "defines character properties for all Unicode characters. The data in\n"
           "this database is based on the UnicodeData.txt file version\n"
           "14.0.0 which is publicly available from ftp://ftp.unicode.org/.\n\n"
           "The module uses the same names and symbols as defined by the\n"
           "UnicodeData File Format 14.0.0.",
    .methods = kUnicodedataMethods,
    .init = unicodedata_init,
};

}  // namespace minipy
