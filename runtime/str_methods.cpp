// runtime/str_methods.cpp — the methods of str (the str_methods table used by
// str_type_spec): searching, splitting, stripping, case mapping, padding,
// classification, translate/maketrans, encode. Every method has an ASCII fast
// path; non-ASCII text is handled as code points via runtime/unicode.h.
// Argument errors reproduce CPython 3.11's exact messages (which differ by the
// way each method is declared in CPython: see the nargs helpers below).
#include <algorithm>
#include <cstring>
#include <vector>

#include "runtime/unicode.h"

namespace minipy {

// ---------------------------------------------------------------- shared search helpers
size_t bytes_find(std::string_view hay, std::string_view needle, size_t from) {
  if (from > hay.size()) return std::string_view::npos;
  if (needle.empty()) return from;
  const void* r = memmem(hay.data() + from, hay.size() - from, needle.data(), needle.size());
  return r ? size_t(static_cast<const char*>(r) - hay.data()) : std::string_view::npos;
}

size_t bytes_rfind(std::string_view hay, std::string_view needle) {
  if (needle.size() > hay.size()) return std::string_view::npos;
  if (needle.empty()) return hay.size();
  size_t i = hay.size() - needle.size() + 1;
  char first = needle[0];
  while (i > 0) {
    const void* r = memrchr(hay.data(), first, i);
    if (!r) return std::string_view::npos;
    size_t p = size_t(static_cast<const char*>(r) - hay.data());
    if (memcmp(hay.data() + p, needle.data(), needle.size()) == 0) return p;
    i = p;
  }
  return std::string_view::npos;
}

int64_t bytes_count(std::string_view hay, std::string_view needle, int64_t maxcount) {
  if (needle.empty()) {
    int64_t n = int64_t(hay.size()) + 1;
    return maxcount >= 0 ? std::min(n, maxcount) : n;
  }
  int64_t n = 0;
  size_t pos = 0;
  if (needle.size() == 1) {
    const char* p = hay.data();
    const char* e = p + hay.size();
    while (p < e && (maxcount < 0 || n < maxcount)) {
      const void* r = memchr(p, needle[0], size_t(e - p));
      if (!r) break;
      ++n;
      p = static_cast<const char*>(r) + 1;
    }
    return n;
  }
  while (maxcount < 0 || n < maxcount) {
    size_t r = bytes_find(hay, needle, pos);
    if (r == std::string_view::npos) break;
    ++n;
    pos = r + needle.size();
  }
  return n;
}

bool parse_slice_bounds(ThreadState* ts, Value start, Value end, int64_t len, int64_t* s, int64_t* e) {
  auto conv = [&](Value v, int64_t dflt, int64_t* out) -> bool {
    if (!v || v.is_none()) { *out = dflt; return true; }
    if (v.is_small_int()) { *out = v.as_small_int(); return true; }
    if (!(is_int(ts, v) || type_of(ts, v)->slots.index)) {
      raise(ts, Exc::TypeError, "slice indices must be integers or None or have an __index__ method");
      return false;
    }
    Ref i(index(ts, v));
    if (!i) return false;
    if (!int_as_i64(ts, i.get(), out)) {
      err_clear(ts);
      *out = int_sign(ts, i.get()) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
    }
    return true;
  };
  if (!conv(start, 0, s) || !conv(end, len, e)) return false;
  if (*e > len) *e = len;
  else if (*e < 0) { *e += len; if (*e < 0) *e = 0; }
  if (*s < 0) { *s += len; if (*s < 0) *s = 0; }
  return true;
}

namespace {

using uni::Case;

inline bool is_exact(ThreadState* ts, Value v) { return v.is_obj() && v.obj()->type == ts->interp->types.str; }
inline Value same_or_copy(ThreadState* ts, Value self) {
  if (is_exact(ts, self)) return newref(self);
  StrObject* s = as_str(self);
  return str_new_len(ts, s->view(), s->length, s->ascii);
}

// ---- argument checking with CPython's per-method message styles
// "center expected at least 1 argument, got 0"
bool nargs_a(ThreadState* ts, const char* name, size_t n, size_t lo, size_t hi) {
  if (n < lo) {
    raisef(ts, Exc::TypeError, "%s expected %s %zu argument%s, got %zu", name, lo == hi ? "" : "at least", lo,
           lo == 1 ? "" : "s", n);
    return false;
  }
  if (n > hi) {
    raisef(ts, Exc::TypeError, "%s expected at most %zu argument%s, got %zu", name, hi, hi == 1 ? "" : "s", n);
    return false;
  }
  return true;
}
// "find() takes at most 3 arguments (4 given)"
bool nargs_b(ThreadState* ts, const char* name, size_t n, size_t lo, size_t hi) {
  if (n < lo) {
    raisef(ts, Exc::TypeError, "%s() takes at least %zu argument%s (%zu given)", name, lo, lo == 1 ? "" : "s", n);
    return false;
  }
  if (n > hi) {
    raisef(ts, Exc::TypeError, "%s() takes at most %zu argument%s (%zu given)", name, hi, hi == 1 ? "" : "s", n);
    return false;
  }
  return true;
}
bool no_kw(ThreadState* ts, const char* name, TupleObject* kw) {
  if (kw && kw->size > 0) {
    raisef(ts, Exc::TypeError, "str.%s() takes no keyword arguments", name);
    return false;
  }
  return true;
}
bool noargs(ThreadState* ts, const char* name, size_t n, TupleObject* kw) {
  if (!no_kw(ts, name, kw)) return false;
  if (n) { raisef(ts, Exc::TypeError, "str.%s() takes no arguments (%zu given)", name, n); return false; }
  return true;
}
bool onearg(ThreadState* ts, const char* name, size_t n, TupleObject* kw) {
  if (!no_kw(ts, name, kw)) return false;
  if (n != 1) { raisef(ts, Exc::TypeError, "str.%s() takes exactly one argument (%zu given)", name, n); return false; }
  return true;
}
// Optional keyword-or-positional arguments, CPython's messages.
bool kwparse(ThreadState* ts, const char* name, const Value* args, size_t nargs, TupleObject* kw,
             const char* const* names, size_t n, Value* out) {
  for (size_t i = 0; i < n; ++i) out[i] = Value();
  if (nargs > n) {
    raisef(ts, Exc::TypeError, "%s() takes at most %zu argument%s (%zu given)", name, n, n == 1 ? "" : "s",
           nargs + (kw ? size_t(kw->size) : 0));
    return false;
  }
  for (size_t i = 0; i < nargs; ++i) out[i] = args[i];
  if (kw) {
    for (int64_t k = 0; k < kw->size; ++k) {
      std::string_view kn = str_view(kw->items[k]);
      size_t j = 0;
      while (j < n && kn != names[j]) ++j;
      if (j == n) {
        raisef(ts, Exc::TypeError, "'%.*s' is an invalid keyword argument for %s()", int(kn.size()), kn.data(), name);
        return false;
      }
      if (out[j]) {
        raisef(ts, Exc::TypeError, "argument for %s() given by name ('%s') and position (%zu)", name, names[j], j + 1);
        return false;
      }
      out[j] = args[nargs + size_t(k)];
    }
  }
  return true;
}
bool get_index_arg(ThreadState* ts, Value v, int64_t* out) {
  if (v.is_small_int()) { *out = v.as_small_int(); return true; }
  return index_i64(ts, v, out);
}

// ---- building results
// A str for a byte range of s (valid boundaries); ASCII-ness inherited when known.
Value sub_bytes(ThreadState* ts, StrObject* s, int64_t b0, int64_t b1) {
  std::string_view v(s->data + b0, size_t(b1 - b0));
  if (s->ascii) return str_new_len(ts, v, b1 - b0, true);
  return str_new(ts, v);
}

std::vector<uint32_t> decode_cps(StrObject* s) {
  std::vector<uint32_t> out;
  out.reserve(size_t(s->length));
  const char* p = s->data;
  const char* e = p + s->size;
  while (p < e) out.push_back(uni::utf8_next(p));
  return out;
}

Value str_from_cps(ThreadState* ts, const uint32_t* cps, size_t n) {
  std::string out;
  out.reserve(n);
  bool ascii = true;
  for (size_t i = 0; i < n; ++i) {
    if (cps[i] >= 128) ascii = false;
    uni::utf8_append(out, cps[i]);
  }
  return str_new_len(ts, out, int64_t(n), ascii);
}

Value list_from_values(ThreadState* ts, std::vector<Value>& vals) {
  ListObject* l = list_new(ts, int64_t(vals.size()));
  if (!l) {
    for (Value v : vals) decref(v);
    vals.clear();
    return Value();
  }
  for (size_t i = 0; i < vals.size(); ++i) l->items[i] = vals[i];  // steals
  vals.clear();
  return Value::from_obj(l);
}
struct ValueVec {  // owns its values until released into a list
  std::vector<Value> v;
  ~ValueVec() { for (Value x : v) decref(x); }
};

// ================================================================ case mapping
uint32_t sigma_for(const std::vector<uint32_t>& cps, size_t i) {
  // Final_Sigma: preceded by a cased letter (skipping case-ignorables) and not
  // followed by one.
  ptrdiff_t j = ptrdiff_t(i) - 1;
  uint32_t c = 0;
  for (; j >= 0; --j) { c = cps[size_t(j)]; if (!uni::is_case_ignorable(c)) break; }
  bool final_sigma = j >= 0 && uni::is_cased(c);
  if (final_sigma && i + 1 < cps.size()) {
    size_t k = i + 1;
    for (; k < cps.size(); ++k) { c = cps[k]; if (!uni::is_case_ignorable(c)) break; }
    final_sigma = k == cps.size() || !uni::is_cased(c);
  }
  return final_sigma ? 0x3C2 : 0x3C3;
}
void push_case(std::vector<uint32_t>& out, const std::vector<uint32_t>& cps, size_t i, Case which) {
  uint32_t c = cps[i];
  if (c == 0x3A3 && which == Case::Lower) { out.push_back(sigma_for(cps, i)); return; }
  uint32_t m[3];
  int n = uni::to_case(c, which, m);
  out.insert(out.end(), m, m + n);
}

enum class CaseOp { Lower, Upper, Fold, Swap, Title, Capitalize };

Value case_convert(ThreadState* ts, Value self, CaseOp op) {
  StrObject* s = as_str(self);
  if (s->ascii) {
    StrObject* r = str_alloc(ts, s->size);
    if (!r) return Value();
    const char* p = s->data;
    char* d = r->data;
    int64_t n = s->size;
    switch (op) {
      case CaseOp::Lower: case CaseOp::Fold:
        for (int64_t i = 0; i < n; ++i) d[i] = char(uni::ascii_lower(uint8_t(p[i])));
        break;
      case CaseOp::Upper:
        for (int64_t i = 0; i < n; ++i) d[i] = char(uni::ascii_upper(uint8_t(p[i])));
        break;
      case CaseOp::Swap:
        for (int64_t i = 0; i < n; ++i) {
          uint32_t c = uint8_t(p[i]);
          d[i] = char(c - 'a' < 26u ? c - 32 : c - 'A' < 26u ? c + 32 : c);
        }
        break;
      case CaseOp::Title: {
        bool prev_cased = false;
        for (int64_t i = 0; i < n; ++i) {
          uint32_t c = uint8_t(p[i]);
          d[i] = char(prev_cased ? uni::ascii_lower(c) : uni::ascii_upper(c));
          prev_cased = (c | 32) - 'a' < 26u;
        }
        break;
      }
      case CaseOp::Capitalize:
        for (int64_t i = 0; i < n; ++i) d[i] = char(i ? uni::ascii_lower(uint8_t(p[i])) : uni::ascii_upper(uint8_t(p[i])));
        break;
    }
    return str_finish(ts, r, n, 1);
  }
  std::vector<uint32_t> cps = decode_cps(s), out;
  out.reserve(cps.size() + 8);
  bool prev_cased = false;
  for (size_t i = 0; i < cps.size(); ++i) {
    uint32_t c = cps[i];
    switch (op) {
      case CaseOp::Lower: push_case(out, cps, i, Case::Lower); break;
      case CaseOp::Upper: push_case(out, cps, i, Case::Upper); break;
      case CaseOp::Fold: push_case(out, cps, i, Case::Fold); break;
      case CaseOp::Swap:
        if (uni::is_upper(c)) push_case(out, cps, i, Case::Lower);
        else if (uni::is_lower(c)) push_case(out, cps, i, Case::Upper);
        else out.push_back(c);
        break;
      case CaseOp::Title:
        push_case(out, cps, i, prev_cased ? Case::Lower : Case::Title);
        prev_cased = uni::is_cased(c);
        break;
      case CaseOp::Capitalize:
        push_case(out, cps, i, i == 0 ? Case::Title : Case::Lower);
        break;
    }
  }
  return str_from_cps(ts, out.data(), out.size());
}

constexpr const char* kCaseNames[] = {"lower", "upper", "casefold", "swapcase", "title", "capitalize"};
#define CASE_METHOD(fname, op)                                                            \
  Value fname(ThreadState* ts, Value self, const Value*, size_t nargs, TupleObject* kw) {  \
    if (!noargs(ts, kCaseNames[int(op)], nargs, kw)) return Value();                       \
    return case_convert(ts, self, op);                                                      \
  }
CASE_METHOD(m_lower, CaseOp::Lower)
CASE_METHOD(m_upper, CaseOp::Upper)
CASE_METHOD(m_casefold, CaseOp::Fold)
CASE_METHOD(m_swapcase, CaseOp::Swap)
CASE_METHOD(m_title, CaseOp::Title)
CASE_METHOD(m_capitalize, CaseOp::Capitalize)
#undef CASE_METHOD

// ================================================================ classification
enum class Is { Alnum, Alpha, Ascii, Decimal, Digit, Numeric, Printable, Space, Lower, Upper, Title, Identifier };
constexpr const char* kIsNames[] = {"isalnum", "isalpha", "isascii", "isdecimal", "isdigit", "isnumeric",
                                    "isprintable", "isspace", "islower", "isupper", "istitle", "isidentifier"};

Value classify(ThreadState*, Value self, Is what) {
  StrObject* s = as_str(self);
  const char* p = s->data;
  const char* e = p + s->size;
  switch (what) {
    case Is::Ascii: return Value::boolean(s->ascii);
    case Is::Printable: {
      while (p < e) if (!uni::is_printable(uni::utf8_next(p))) return Value::False();
      return Value::True();
    }
    case Is::Lower: case Is::Upper: {
      bool cased = false;
      while (p < e) {
        uint32_t c = uni::utf8_next(p);
        if (what == Is::Lower) {
          if (uni::is_upper(c) || uni::is_title(c)) return Value::False();
          if (uni::is_lower(c)) cased = true;
        } else {
          if (uni::is_lower(c) || uni::is_title(c)) return Value::False();
          if (uni::is_upper(c)) cased = true;
        }
      }
      return Value::boolean(cased);
    }
    case Is::Title: {
      bool cased = false, prev_cased = false;
      while (p < e) {
        uint32_t c = uni::utf8_next(p);
        if (uni::is_upper(c) || uni::is_title(c)) {
          if (prev_cased) return Value::False();
          prev_cased = cased = true;
        } else if (uni::is_lower(c)) {
          if (!prev_cased) return Value::False();
          prev_cased = cased = true;
        } else {
          prev_cased = false;
        }
      }
      return Value::boolean(cased);
    }
    case Is::Identifier: {
      if (p == e) return Value::False();
      uint32_t c = uni::utf8_next(p);
      if (!(uni::is_xid_start(c) || c == '_')) return Value::False();
      while (p < e) if (!uni::is_xid_continue(uni::utf8_next(p))) return Value::False();
      return Value::True();
    }
    default: break;
  }
  if (p == e) return Value::False();
  uint16_t mask = 0;
  switch (what) {
    case Is::Alnum: mask = uni::kAlpha | uni::kDecimal | uni::kDigit | uni::kNumeric; break;
    case Is::Alpha: mask = uni::kAlpha; break;
    case Is::Decimal: mask = uni::kDecimal; break;
    case Is::Digit: mask = uni::kDigit; break;
    case Is::Numeric: mask = uni::kNumeric; break;
    case Is::Space: mask = uni::kSpace; break;
    default: break;
  }
  if (s->ascii) {
    for (; p < e; ++p) if (!(uni::kAsciiProps[uint8_t(*p)] & mask)) return Value::False();
    return Value::True();
  }
  while (p < e) if (!(uni::props(uni::utf8_next(p)) & mask)) return Value::False();
  return Value::True();
}

#define IS_METHOD(fname, what)                                                             \
  Value fname(ThreadState* ts, Value self, const Value*, size_t nargs, TupleObject* kw) {   \
    if (!noargs(ts, kIsNames[int(what)], nargs, kw)) return Value();                        \
    return classify(ts, self, what);                                                         \
  }
IS_METHOD(m_isalnum, Is::Alnum)
IS_METHOD(m_isalpha, Is::Alpha)
IS_METHOD(m_isascii, Is::Ascii)
IS_METHOD(m_isdecimal, Is::Decimal)
IS_METHOD(m_isdigit, Is::Digit)
IS_METHOD(m_isnumeric, Is::Numeric)
IS_METHOD(m_isprintable, Is::Printable)
IS_METHOD(m_isspace, Is::Space)
IS_METHOD(m_islower, Is::Lower)
IS_METHOD(m_isupper, Is::Upper)
IS_METHOD(m_istitle, Is::Title)
IS_METHOD(m_isidentifier, Is::Identifier)
#undef IS_METHOD

// ================================================================ searching
// Parses (sub[, start[, end]]) and maps the code-point window to bytes.
struct Window {
  StrObject* s;
  StrObject* sub;
  int64_t start, end;       // code points (after clipping)
  int64_t b0, b1;           // bytes
};
bool parse_window(ThreadState* ts, const char* name, Value self, const Value* args, size_t nargs, TupleObject* kw,
                  Window* w) {
  if (!no_kw(ts, name, kw) || !nargs_b(ts, name, nargs, 1, 3)) return false;
  if (!is_str_fast(ts, args[0])) {
    raisef(ts, Exc::TypeError, "must be str, not %s", type_name(ts, args[0]));
    return false;
  }
  w->s = as_str(self);
  w->sub = as_str(args[0]);
  if (!parse_slice_bounds(ts, nargs > 1 ? args[1] : Value(), nargs > 2 ? args[2] : Value(), w->s->length, &w->start,
                          &w->end))
    return false;
  if (w->start <= w->end && w->start <= w->s->length) {
    w->b0 = str_byte_offset(w->s, w->start);
    w->b1 = str_byte_offset(w->s, w->end);
  } else {
    w->b0 = w->b1 = 0;
  }
  return true;
}

// Returns the code-point index or -1; -2 on argument error.
int64_t find_impl(ThreadState* ts, const char* name, Value self, const Value* args, size_t nargs, TupleObject* kw,
                  bool reverse) {
  Window w;
  if (!parse_window(ts, name, self, args, nargs, kw, &w)) return -2;
  if (w.start > w.s->length || w.end - w.start < w.sub->length) return -1;
  std::string_view hay(w.s->data + w.b0, size_t(w.b1 - w.b0));
  size_t r = reverse ? bytes_rfind(hay, w.sub->view()) : bytes_find(hay, w.sub->view(), 0);
  if (r == std::string_view::npos) return -1;
  if (w.s->ascii) return w.start + int64_t(r);
  return w.start + uni::utf8_count(hay.substr(0, r));
}

Value m_find(ThreadState* ts, Value self, const Value* a, size_t n, TupleObject* kw) {
  int64_t r = find_impl(ts, "find", self, a, n, kw, false);
  return r == -2 ? Value() : Value::small_int(r);
}
Value m_rfind(ThreadState* ts, Value self, const Value* a, size_t n, TupleObject* kw) {
  int64_t r = find_impl(ts, "rfind", self, a, n, kw, true);
  return r == -2 ? Value() : Value::small_int(r);
}
Value m_index(ThreadState* ts, Value self, const Value* a, size_t n, TupleObject* kw) {
  int64_t r = find_impl(ts, "index", self, a, n, kw, false);
  if (r == -1) return raise(ts, Exc::ValueError, "substring not found");
  return r == -2 ? Value() : Value::small_int(r);
}
Value m_rindex(ThreadState* ts, Value self, const Value* a, size_t n, TupleObject* kw) {
  int64_t r = find_impl(ts, "rindex", self, a, n, kw, true);
  if (r == -1) return raise(ts, Exc::ValueError, "substring not found");
  return r == -2 ? Value() : Value::small_int(r);
}
Value m_count(ThreadState* ts, Value self, const Value* a, size_t n, TupleObject* kw) {
  Window w;
  if (!parse_window(ts, "count", self, a, n, kw, &w)) return Value();
  if (w.start > w.s->length || w.end < w.start) return Value::small_int(0);
  if (w.sub->size == 0) return Value::small_int(w.end - w.start + 1);
  std::string_view hay(w.s->data + w.b0, size_t(w.b1 - w.b0));
  return Value::small_int(bytes_count(hay, w.sub->view()));
}

Value starts_ends(ThreadState* ts, const char* name, Value self, const Value* args, size_t nargs, TupleObject* kw,
                  bool ends) {
  if (!no_kw(ts, name, kw) || !nargs_b(ts, name, nargs, 1, 3)) return Value();
  StrObject* s = as_str(self);
  int64_t start, end;
  if (!parse_slice_bounds(ts, nargs > 1 ? args[1] : Value(), nargs > 2 ? args[2] : Value(), s->length, &start, &end))
    return Value();
  auto match = [&](StrObject* sub) -> bool {
    if (start > s->length) return false;
    if (end - start < sub->length) return false;
    if (sub->length == 0) return true;
    int64_t b0, b1;
    if (ends) {
      b1 = str_byte_offset(s, end);
      b0 = b1 - sub->size;
      if (b0 < 0) return false;
    } else {
      b0 = str_byte_offset(s, start);
      b1 = b0 + sub->size;
      if (b1 > s->size) return false;
    }
    return memcmp(s->data + b0, sub->data, size_t(sub->size)) == 0;
  };
  Value p = args[0];
  if (is_str_fast(ts, p)) return Value::boolean(match(as_str(p)));
  if (is_tuple(ts, p)) {
    int64_t n = tuple_size(p);
    for (int64_t i = 0; i < n; ++i) {
      Value it = tuple_item(p, i);
      if (!is_str_fast(ts, it))
        return raisef(ts, Exc::TypeError, "tuple for %s must only contain str, not %s", name, type_name(ts, it));
      if (match(as_str(it))) return Value::True();
    }
    return Value::False();
  }
  return raisef(ts, Exc::TypeError, "%s first arg must be str or a tuple of str, not %s", name, type_name(ts, p));
}
Value m_startswith(ThreadState* ts, Value self, const Value* a, size_t n, TupleObject* kw) {
  return starts_ends(ts, "startswith", self, a, n, kw, false);
}
Value m_endswith(ThreadState* ts, Value self, const Value* a, size_t n, TupleObject* kw) {
  return starts_ends(ts, "endswith", self, a, n, kw, true);
}

// ================================================================ split family
bool parse_split_args(ThreadState* ts, const char* name, const Value* args, size_t nargs, TupleObject* kw,
                      StrObject** sep, int64_t* maxsplit) {
  static constexpr const char* kNames[] = {"sep", "maxsplit"};
  Value a[2];
  if (!kwparse(ts, name, args, nargs, kw, kNames, 2, a)) return false;
  *sep = nullptr;
  *maxsplit = -1;
  if (a[0] && !a[0].is_none()) {
    if (!is_str_fast(ts, a[0])) {
      raisef(ts, Exc::TypeError, "must be str or None, not %s", type_name(ts, a[0]));
      return false;
    }
    *sep = as_str(a[0]);
    if ((*sep)->size == 0) { raise(ts, Exc::ValueError, "empty separator"); return false; }
  }
  if (a[1] && !get_index_arg(ts, a[1], maxsplit)) return false;
  if (*maxsplit < 0) *maxsplit = INT64_MAX;
  return true;
}

// Whitespace test at byte p: returns width of the whitespace char or 0.
inline int space_at(const char* p) {
  uint8_t b = uint8_t(*p);
  if (b < 128) return (uni::kAsciiProps[b] & uni::kSpace) ? 1 : 0;
  const char* q = p;
  uint32_t c = uni::utf8_next(q);
  return uni::is_space(c) ? int(q - p) : 0;
}
// Whitespace ending at byte p (exclusive): width or 0.
inline int space_before(const char* begin, const char* p) {
  uint8_t b = uint8_t(p[-1]);
  if (b < 128) return (uni::kAsciiProps[b] & uni::kSpace) ? 1 : 0;
  const char* q = uni::utf8_prev(p);
  (void)begin;
  const char* r = q;
  uint32_t c = uni::utf8_next(r);
  return uni::is_space(c) ? int(p - q) : 0;
}

// Append a new reference to a list being built (the list takes it over).
bool push_new(ThreadState* ts, ListObject* l, Value v) {
  if (!v) return false;
  bool ok = list_append(ts, l, v);
  decref(v);
  return ok;
}

Value m_split(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  StrObject* sep;
  int64_t maxsplit;
  if (!parse_split_args(ts, "split", args, nargs, kw, &sep, &maxsplit)) return Value();
  StrObject* s = as_str(self);
  // Built straight into the list (no std::vector: the pieces are the
  // allocations that matter).
  const char* b = s->data;
  const char* e = b + s->size;
  if (!sep) {
    Ref out(Value::from_obj(list_new(ts, 0)));
    if (!out) return Value();
    ListObject* l = out.as<ListObject>();
    const char* p = b;
    while (true) {
      while (p < e) { int w = space_at(p); if (!w) break; p += w; }
      if (p >= e) break;
      if (maxsplit-- <= 0) {
        if (!push_new(ts, l, sub_bytes(ts, s, p - b, e - b))) return Value();  // the rest, as is
        break;
      }
      const char* q = p;
      while (q < e && !space_at(q)) q += uni::utf8_lead_width(uint8_t(*q));
      if (!push_new(ts, l, sub_bytes(ts, s, p - b, q - b))) return Value();
      p = q;
    }
    return out.release();
  }
  std::string_view hay = s->view(), nd = sep->view();
  // Count the pieces first (bounded by maxsplit) so the list is made at its size.
  int64_t pieces = 1;
  for (size_t pos = 0; pieces - 1 < maxsplit || maxsplit < 0;) {
    size_t r = nd.size() == 1 ? hay.find(nd[0], pos) : bytes_find(hay, nd, pos);
    if (r == std::string_view::npos) break;
    ++pieces;
    pos = r + nd.size();
  }
  ListObject* l = list_new(ts, pieces);
  if (!l) return Value();
  Ref out(Value::from_obj(l));
  for (int64_t i = 0; i < pieces; ++i) l->items[i] = Value::none();  // consistent if a piece fails
  size_t pos = 0;
  for (int64_t i = 0; i + 1 < pieces; ++i) {
    size_t r = nd.size() == 1 ? hay.find(nd[0], pos) : bytes_find(hay, nd, pos);
    Value v = sub_bytes(ts, s, int64_t(pos), int64_t(r));
    if (!v) return Value();
    l->items[i] = v;
    pos = r + nd.size();
  }
  Value v = (pos == 0 && is_exact(ts, self)) ? newref(self) : sub_bytes(ts, s, int64_t(pos), s->size);
  if (!v) return Value();
  l->items[pieces - 1] = v;
  return out.release();
}

Value m_rsplit(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  StrObject* sep;
  int64_t maxsplit;
  if (!parse_split_args(ts, "rsplit", args, nargs, kw, &sep, &maxsplit)) return Value();
  StrObject* s = as_str(self);
  ValueVec out;
  const char* b = s->data;
  if (!sep) {
    const char* p = b + s->size;
    while (true) {
      while (p > b) { int w = space_before(b, p); if (!w) break; p -= w; }
      if (p <= b) break;
      if (maxsplit-- <= 0) {
        Value v = sub_bytes(ts, s, 0, p - b);
        if (!v) return Value();
        out.v.push_back(v);
        break;
      }
      const char* q = p;
      while (q > b && !space_before(b, q)) q = uni::utf8_prev(q);
      Value v = sub_bytes(ts, s, q - b, p - b);
      if (!v) return Value();
      out.v.push_back(v);
      p = q;
    }
  } else {
    std::string_view hay = s->view(), nd = sep->view();
    size_t end = hay.size();
    while (maxsplit > 0) {
      size_t r = bytes_rfind(hay.substr(0, end), nd);
      if (r == std::string_view::npos) break;
      Value v = sub_bytes(ts, s, int64_t(r + nd.size()), int64_t(end));
      if (!v) return Value();
      out.v.push_back(v);
      end = r;
      --maxsplit;
    }
    Value v = sub_bytes(ts, s, 0, int64_t(end));
    if (!v) return Value();
    out.v.push_back(v);
  }
  std::reverse(out.v.begin(), out.v.end());
  return list_from_values(ts, out.v);
}

Value m_splitlines(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  static constexpr const char* kNames[] = {"keepends"};
  Value a[1];
  if (!kwparse(ts, "splitlines", args, nargs, kw, kNames, 1, a)) return Value();
  bool keep = false;
  if (a[0]) {
    if (is_float(ts, a[0])) return raise(ts, Exc::TypeError, "'float' object cannot be interpreted as an integer");
    int t = truthy(ts, a[0]);
    if (t < 0) return Value();
    keep = t;
  }
  StrObject* s = as_str(self);
  ValueVec out;
  const char* b = s->data;
  const char* e = b + s->size;
  const char* p = b;
  while (p < e) {
    const char* q = p;
    const char* eol = nullptr;
    const char* next = nullptr;
    while (q < e) {
      const char* r = q;
      uint32_t c = uni::utf8_next(r);
      if (uni::is_linebreak(c)) {
        eol = q;
        next = (c == '\r' && r < e && *r == '\n') ? r + 1 : r;
        break;
      }
      q = r;
    }
    if (!eol) { eol = next = e; }
    Value v = sub_bytes(ts, s, p - b, (keep ? next : eol) - b);
    if (!v) return Value();
    out.v.push_back(v);
    p = next;
  }
  return list_from_values(ts, out.v);
}

Value partition_impl(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw, bool rev) {
  const char* name = rev ? "rpartition" : "partition";
  if (!no_kw(ts, name, kw)) return Value();
  if (nargs != 1) return raisef(ts, Exc::TypeError, "str.%s() takes exactly one argument (%zu given)", name, nargs);
  if (!is_str_fast(ts, args[0])) return raisef(ts, Exc::TypeError, "must be str, not %s", type_name(ts, args[0]));
  StrObject* s = as_str(self);
  StrObject* sep = as_str(args[0]);
  if (sep->size == 0) return raise(ts, Exc::ValueError, "empty separator");
  size_t r = rev ? bytes_rfind(s->view(), sep->view()) : bytes_find(s->view(), sep->view(), 0);
  Ref empty(str_new(ts, ""));
  if (r == std::string_view::npos) {
    Ref whole(same_or_copy(ts, self));
    return rev ? tuple_pack(ts, {empty.get(), empty.get(), whole.get()})
               : tuple_pack(ts, {whole.get(), empty.get(), empty.get()});
  }
  Ref a(sub_bytes(ts, s, 0, int64_t(r)));
  Ref c(sub_bytes(ts, s, int64_t(r) + sep->size, s->size));
  if (!a || !c) return Value();
  return tuple_pack(ts, {a.get(), args[0], c.get()});
}
Value m_partition(ThreadState* ts, Value self, const Value* a, size_t n, TupleObject* kw) {
  return partition_impl(ts, self, a, n, kw, false);
}
Value m_rpartition(ThreadState* ts, Value self, const Value* a, size_t n, TupleObject* kw) {
  return partition_impl(ts, self, a, n, kw, true);
}

// ================================================================ strip
Value strip_impl(ThreadState* ts, const char* name, Value self, const Value* args, size_t nargs, TupleObject* kw,
                 bool left, bool right) {
  if (!no_kw(ts, name, kw) || !nargs_a(ts, name, nargs, 0, 1)) return Value();
  StrObject* s = as_str(self);
  const char* b = s->data;
  const char* e = b + s->size;
  const char* p = b;
  const char* q = e;
  if (nargs == 0 || args[0].is_none()) {
    if (left) while (p < q) { int w = space_at(p); if (!w) break; p += w; }
    if (right) while (q > p) { int w = space_before(p, q); if (!w) break; q -= w; }
  } else {
    if (!is_str_fast(ts, args[0])) return raisef(ts, Exc::TypeError, "%s arg must be None or str", name);
    StrObject* cs = as_str(args[0]);
    if (cs->ascii && s->ascii) {
      bool set[128] = {};
      for (int64_t i = 0; i < cs->size; ++i) set[uint8_t(cs->data[i])] = true;
      if (left) while (p < q && set[uint8_t(*p)]) ++p;
      if (right) while (q > p && set[uint8_t(q[-1])]) --q;
    } else {
      std::vector<uint32_t> chars = decode_cps(cs);
      auto in = [&](uint32_t c) { return std::find(chars.begin(), chars.end(), c) != chars.end(); };
      if (left) while (p < q) { const char* r = p; if (!in(uni::utf8_next(r))) break; p = r; }
      if (right) while (q > p) { const char* r = uni::utf8_prev(q); const char* t = r; if (!in(uni::utf8_next(t))) break; q = r; }
    }
  }
  if (p == b && q == e) return same_or_copy(ts, self);
  return sub_bytes(ts, s, p - b, q - b);
}
Value m_strip(ThreadState* ts, Value self, const Value* a, size_t n, TupleObject* kw) {
  return strip_impl(ts, "strip", self, a, n, kw, true, true);
}
Value m_lstrip(ThreadState* ts, Value self, const Value* a, size_t n, TupleObject* kw) {
  return strip_impl(ts, "lstrip", self, a, n, kw, true, false);
}
Value m_rstrip(ThreadState* ts, Value self, const Value* a, size_t n, TupleObject* kw) {
  return strip_impl(ts, "rstrip", self, a, n, kw, false, true);
}

// ================================================================ replace / affixes
Value m_replace(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kw(ts, "replace", kw) || !nargs_a(ts, "replace", nargs, 2, 3)) return Value();
  for (int i = 0; i < 2; ++i)
    if (!is_str_fast(ts, args[i]))
      return raisef(ts, Exc::TypeError, "replace() argument %d must be str, not %s", i + 1, type_name(ts, args[i]));
  int64_t count = -1;
  if (nargs > 2 && !get_index_arg(ts, args[2], &count)) return Value();
  StrObject* s = as_str(self);
  StrObject* old = as_str(args[0]);
  StrObject* nw = as_str(args[1]);
  if (count < 0) count = INT64_MAX;
  std::string out;
  int64_t done = 0;
  if (old->size == 0) {
    // Insert `new` before every character (and at the end), up to count times.
    const char* p = s->data;
    const char* e = p + s->size;
    out.reserve(size_t(s->size + nw->size * std::min<int64_t>(count, s->length + 1)));
    while (done < count) {
      out.append(nw->data, size_t(nw->size));
      ++done;
      if (p >= e) break;
      int w = uni::utf8_lead_width(uint8_t(*p));
      out.append(p, size_t(w));
      p += w;
    }
    out.append(p, size_t(e - p));
  } else {
    std::string_view hay = s->view(), nd = old->view();
    size_t pos = 0;
    while (done < count) {
      size_t r = nd.size() == 1 ? hay.find(nd[0], pos) : bytes_find(hay, nd, pos);
      if (r == std::string_view::npos) break;
      if (done == 0) out.reserve(hay.size() + (nw->size > old->size ? size_t(nw->size - old->size) * 8 : 0));
      out.append(hay.data() + pos, r - pos);
      out.append(nw->data, size_t(nw->size));
      pos = r + nd.size();
      ++done;
    }
    if (done == 0) return same_or_copy(ts, self);
    out.append(hay.data() + pos, hay.size() - pos);
  }
  if (done == 0) return same_or_copy(ts, self);
  return str_new_len(ts, out, s->length + done * (nw->length - old->length), s->ascii && nw->ascii);
}

Value affix_impl(ThreadState* ts, const char* name, Value self, const Value* args, size_t nargs, TupleObject* kw,
                 bool suffix) {
  if (!onearg(ts, name, nargs, kw)) return Value();
  if (!is_str_fast(ts, args[0]))
    return raisef(ts, Exc::TypeError, "%s() argument must be str, not %s", name, type_name(ts, args[0]));
  StrObject* s = as_str(self);
  StrObject* a = as_str(args[0]);
  if (a->size > 0 && a->size <= s->size) {
    if (!suffix && memcmp(s->data, a->data, size_t(a->size)) == 0) return sub_bytes(ts, s, a->size, s->size);
    if (suffix && memcmp(s->data + s->size - a->size, a->data, size_t(a->size)) == 0)
      return sub_bytes(ts, s, 0, s->size - a->size);
  }
  return same_or_copy(ts, self);
}
Value m_removeprefix(ThreadState* ts, Value self, const Value* a, size_t n, TupleObject* kw) {
  return affix_impl(ts, "removeprefix", self, a, n, kw, false);
}
Value m_removesuffix(ThreadState* ts, Value self, const Value* a, size_t n, TupleObject* kw) {
  return affix_impl(ts, "removesuffix", self, a, n, kw, true);
}

// ================================================================ padding
bool fill_arg(ThreadState* ts, const char* name, const Value* args, size_t nargs, uint32_t* fill) {
  *fill = ' ';
  if (nargs < 2) return true;
  Value f = args[1];
  if (!is_str_fast(ts, f)) {
    raisef(ts, Exc::TypeError, "%s() argument 2 must be str, not %s", name, type_name(ts, f));
    return false;
  }
  if (as_str(f)->length != 1) {
    raise(ts, Exc::TypeError, "The fill character must be exactly one character long");
    return false;
  }
  *fill = str_char_at(as_str(f), 0);
  return true;
}

Value pad(ThreadState* ts, Value self, int64_t left, int64_t right, uint32_t fill) {
  StrObject* s = as_str(self);
  if (left <= 0 && right <= 0) return same_or_copy(ts, self);
  if (left < 0) left = 0;
  if (right < 0) right = 0;
  char fb[4];
  int fw = uni::utf8_encode(fill, fb);
  StrObject* r = str_alloc(ts, s->size + (left + right) * fw);
  if (!r) return Value();
  char* d = r->data;
  repeat_fill(d, std::string_view(fb, size_t(fw)), left);
  d += left * fw;
  memcpy(d, s->data, size_t(s->size));
  d += s->size;
  repeat_fill(d, std::string_view(fb, size_t(fw)), right);
  return str_finish(ts, r, s->length + left + right, s->ascii && fill < 128);
}

Value just_impl(ThreadState* ts, const char* name, Value self, const Value* args, size_t nargs, TupleObject* kw,
                int kind) {
  if (!no_kw(ts, name, kw) || !nargs_a(ts, name, nargs, 1, 2)) return Value();
  int64_t width;
  if (!get_index_arg(ts, args[0], &width)) return Value();
  uint32_t fill;
  if (nargs > 1 && !is_str_fast(ts, args[1]))
    return raisef(ts, Exc::TypeError, "The fill character must be a unicode character, not %s",
                  type_name(ts, args[1]));
  if (!fill_arg(ts, name, args, nargs, &fill)) return Value();
  if (width <= as_str(self)->length) return same_or_copy(ts, self);
  int64_t marg = width - as_str(self)->length;
  switch (kind) {
    case 0: return pad(ts, self, 0, marg, fill);          // ljust
    case 1: return pad(ts, self, marg, 0, fill);          // rjust
    default: {                                            // center, CPython's rounding
      int64_t left = marg / 2 + (marg & width & 1);
      return pad(ts, self, left, marg - left, fill);
    }
  }
}
Value m_ljust(ThreadState* ts, Value self, const Value* a, size_t n, TupleObject* kw) {
  return just_impl(ts, "ljust", self, a, n, kw, 0);
}
Value m_rjust(ThreadState* ts, Value self, const Value* a, size_t n, TupleObject* kw) {
  return just_impl(ts, "rjust", self, a, n, kw, 1);
}
Value m_center(ThreadState* ts, Value self, const Value* a, size_t n, TupleObject* kw) {
  return just_impl(ts, "center", self, a, n, kw, 2);
}

Value m_zfill(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!onearg(ts, "zfill", nargs, kw)) return Value();
  int64_t width;
  if (!get_index_arg(ts, args[0], &width)) return Value();
  StrObject* s = as_str(self);
  int64_t fill = width - s->length;
  if (fill <= 0) return same_or_copy(ts, self);
  StrObject* r = str_alloc(ts, s->size + fill);
  if (!r) return Value();
  memset(r->data, '0', size_t(fill));
  memcpy(r->data + fill, s->data, size_t(s->size));
  if (s->size && (s->data[0] == '+' || s->data[0] == '-')) {
    r->data[0] = s->data[0];
    r->data[fill] = '0';
  }
  return str_finish(ts, r, width, s->ascii);
}

Value m_expandtabs(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  static constexpr const char* kNames[] = {"tabsize"};
  Value a[1];
  if (!kwparse(ts, "expandtabs", args, nargs, kw, kNames, 1, a)) return Value();
  int64_t tab = 8;
  if (a[0] && !get_index_arg(ts, a[0], &tab)) return Value();
  StrObject* s = as_str(self);
  if (!memchr(s->data, '\t', size_t(s->size))) return same_or_copy(ts, self);
  std::string out;
  int64_t col = 0;
  const char* p = s->data;
  const char* e = p + s->size;
  while (p < e) {
    uint8_t c = uint8_t(*p);
    if (c == '\t') {
      if (tab > 0) {
        int64_t n = tab - col % tab;
        out.append(size_t(n), ' ');
        col += n;
      }
      ++p;
      continue;
    }
    int w = uni::utf8_lead_width(c);
    out.append(p, size_t(w));
    p += w;
    ++col;
    if (c == '\n' || c == '\r') col = 0;
  }
  return str_new(ts, out);
}

// ================================================================ join / format / misc
Value m_join(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!onearg(ts, "join", nargs, kw)) return Value();
  return str_join(ts, self, args[0]);
}

Value m_format(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  return str_format_method(ts, self, args, nargs, kw);
}

Value m_dunder_format(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!onearg(ts, "__format__", nargs, kw)) return Value();
  if (!is_str_fast(ts, args[0]))
    return raisef(ts, Exc::TypeError, "__format__() argument must be str, not %s", type_name(ts, args[0]));
  StrObject* spec = as_str(args[0]);
  if (spec->size == 0) {
    // An empty spec means str(self): a subclass's __str__ runs (CPython's format_obj).
    if (type_of(ts, self) == ts->interp->types.str) return newref(self);
    return str(ts, self);
  }
  FormatSpec fs;
  if (!parse_format_spec(ts, spec->view(), &fs)) return Value();
  return format_str(ts, as_str(self)->view(), fs);
}

Value m_getnewargs(ThreadState* ts, Value self, const Value*, size_t nargs, TupleObject* kw) {
  if (!noargs(ts, "__getnewargs__", nargs, kw)) return Value();
  Ref c(same_or_copy(ts, self));
  if (!c) return Value();
  return tuple_pack(ts, {c.get()});
}

Value m_sizeof(ThreadState* ts, Value self, const Value*, size_t nargs, TupleObject* kw) {
  if (!noargs(ts, "__sizeof__", nargs, kw)) return Value();
  StrObject* s = as_str(self);
  // CPython's compact layouts: 49 bytes of header for ASCII, 73 (+ code units) otherwise.
  if (s->ascii) return Value::small_int(49 + s->length);
  return Value::small_int(73 + s->length * 4);
}

Value m_encode(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  static constexpr const char* kNames[] = {"encoding", "errors"};
  Value a[2];
  if (!kwparse(ts, "encode", args, nargs, kw, kNames, 2, a)) return Value();
  std::string_view enc = "utf-8", errs = "strict";
  if (a[0]) {
    if (!is_str_fast(ts, a[0]))
      return raisef(ts, Exc::TypeError, "encode() argument 'encoding' must be str, not %s", type_name(ts, a[0]));
    enc = str_view(a[0]);
  }
  if (a[1]) {
    if (!is_str_fast(ts, a[1]))
      return raisef(ts, Exc::TypeError, "encode() argument 'errors' must be str, not %s", type_name(ts, a[1]));
    errs = str_view(a[1]);
  }
  StrObject* s = as_str(self);
  if (s->ascii) {
    std::string_view c = codec_name(enc);
    if (c == "utf-8" || c == "ascii" || c == "latin-1") return bytes_new(ts, s->view());
  }
  std::string out;
  if (!str_encode_to(ts, s, enc, errs, &out)) return Value();
  return bytes_new(ts, out);
}

// ================================================================ maketrans / translate
Value m_maketrans(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kw(ts, "maketrans", kw) || !nargs_a(ts, "maketrans", nargs, 1, 3)) return Value();
  DictObject* d = dict_new(ts);
  if (!d) return Value();
  Ref result(Value::from_obj(d));
  if (nargs == 1) {
    Value x = args[0];
    if (!is_dict(ts, x))
      return raise(ts, Exc::TypeError, "if you give only one argument to maketrans it must be a dict");
    int64_t pos = 0;
    Value k, v;
    while (dict_next(x.as<DictObject>(), &pos, &k, &v)) {
      if (is_str_fast(ts, k)) {
        if (as_str(k)->length != 1)
          return raise(ts, Exc::ValueError, "string keys in translate table must be of length 1");
        Value key = Value::small_int(str_char_at(as_str(k), 0));
        if (!dict_set(ts, d, key, v)) return Value();
      } else if (is_int(ts, k)) {
        if (!dict_set(ts, d, k, v)) return Value();
      } else {
        return raise(ts, Exc::TypeError, "keys in translate table must be strings or integers");
      }
    }
    return result.release();
  }
  for (size_t i = 0; i < nargs; ++i)
    if (!is_str_fast(ts, args[i]))
      return raisef(ts, Exc::TypeError, "maketrans() argument %zu must be str, not %s", i + 1, type_name(ts, args[i]));
  StrObject* x = as_str(args[0]);
  StrObject* y = as_str(args[1]);
  if (x->length != y->length)
    return raise(ts, Exc::ValueError, "the first two maketrans arguments must have equal length");
  std::vector<uint32_t> xs = decode_cps(x), ys = decode_cps(y);
  for (size_t i = 0; i < xs.size(); ++i)
    if (!dict_set(ts, d, Value::small_int(xs[i]), Value::small_int(ys[i]))) return Value();
  if (nargs == 3) {
    std::vector<uint32_t> zs = decode_cps(as_str(args[2]));
    for (uint32_t z : zs)
      if (!dict_set(ts, d, Value::small_int(z), Value::none())) return Value();
  }
  return result.release();
}

Value m_translate(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!onearg(ts, "translate", nargs, kw)) return Value();
  Value table = args[0];
  StrObject* s = as_str(self);
  std::string out;
  out.reserve(size_t(s->size));
  const char* p = s->data;
  const char* e = p + s->size;
  // Cache ASCII lookups: -2 unknown, -1 delete, -3 keep, >=0 code point, -4 string (looked up each time).
  int32_t cache[128];
  for (int32_t& c : cache) c = -2;
  bool is_d = is_dict(ts, table);
  while (p < e) {
    const char* start = p;
    uint32_t c = uni::utf8_next(p);
    if (c < 128 && cache[c] != -2 && cache[c] != -4) {
      if (cache[c] >= 0) uni::utf8_append(out, uint32_t(cache[c]));
      else if (cache[c] == -3) out.push_back(char(c));
      continue;
    }
    Value key = Value::small_int(c);
    Ref m;
    if (is_d) {
      Value v = dict_get(ts, table.as<DictObject>(), key);
      if (!v && err_occurred(ts)) return Value();
      if (v) m = Ref::borrow(v);
    } else {
      m = Ref(getitem(ts, table, key));
      if (!m) {
        if (!err_matches(ts, Exc::LookupError)) return Value();
        err_clear(ts);
      }
    }
    int32_t action;
    if (!m) {
      action = -3;
      out.append(start, size_t(p - start));
    } else if (m.get().is_none()) {
      action = -1;
    } else if (is_int(ts, m.get())) {
      int64_t v;
      if (!int_as_i64(ts, m.get(), &v) || v < 0 || v > 0x10FFFF) {
        err_clear(ts);
        return raise(ts, Exc::ValueError, "character mapping must be in range(0x110000)");
      }
      action = int32_t(v);
      uni::utf8_append(out, uint32_t(v));
    } else if (is_str_fast(ts, m.get())) {
      action = -4;
      out.append(str_view(m.get()));
    } else {
      return raise(ts, Exc::TypeError, "character mapping must return integer, None or str");
    }
    if (c < 128) cache[c] = action;
  }
  return str_new(ts, out);
}

Value m_format_map(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!onearg(ts, "format_map", nargs, kw)) return Value();
  return str_format_map(ts, self, args[0]);
}

}  // namespace

const MethodDef str_methods[] = {
    {"encode", m_encode},
    {"replace", m_replace},
    {"split", m_split},
    {"rsplit", m_rsplit},
    {"join", m_join},
    {"capitalize", m_capitalize},
    {"casefold", m_casefold},
    {"title", m_title},
    {"center", m_center},
    {"count", m_count},
    {"expandtabs", m_expandtabs},
    {"find", m_find},
    {"partition", m_partition},
    {"index", m_index},
    {"ljust", m_ljust},
    {"lower", m_lower},
    {"lstrip", m_lstrip},
    {"rfind", m_rfind},
    {"rindex", m_rindex},
    {"rjust", m_rjust},
    {"rstrip", m_rstrip},
    {"rpartition", m_rpartition},
    {"splitlines", m_splitlines},
    {"strip", m_strip},
    {"swapcase", m_swapcase},
    {"translate", m_translate},
    {"upper", m_upper},
    {"startswith", m_startswith},
    {"endswith", m_endswith},
    {"removeprefix", m_removeprefix},
    {"removesuffix", m_removesuffix},
    {"isascii", m_isascii},
    {"islower", m_islower},
    {"isupper", m_isupper},
    {"istitle", m_istitle},
    {"isspace", m_isspace},
    {"isdecimal", m_isdecimal},
    {"isdigit", m_isdigit},
    {"isnumeric", m_isnumeric},
    {"isalpha", m_isalpha},
    {"isalnum", m_isalnum},
    {"isidentifier", m_isidentifier},
    {"isprintable", m_isprintable},
    {"zfill", m_zfill},
    {"format", m_format},
    {"format_map", m_format_map},
    {"__format__", m_dunder_format},
    {"maketrans", m_maketrans, kMethStatic},
    {"__sizeof__", m_sizeof},
    {"__getnewargs__", m_getnewargs},
    {nullptr, nullptr},
};

}  // namespace minipy
