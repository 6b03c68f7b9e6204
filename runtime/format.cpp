// runtime/format.cpp — the format mini-language shared by format(), str.format,
// f-strings and %-formatting: spec parsing, int/float/str rendering with fill,
// alignment, sign, '#', zero padding and ',' / '_' grouping, and %-conversions
// of numbers. CPython 3.11's results and error messages.
// Must not: parse %-format strings themselves (str.cpp/bytes.cpp own that).
#include <cmath>
#include <cstring>
#include <string>

#include "runtime/fast_paths.h"
#include "runtime/int_internal.h"
#include "runtime/runtime.h"

namespace minipy {

namespace {

// Decode one UTF-8 code point at s[i]; returns its byte length (1 for invalid bytes).
size_t utf8_decode(std::string_view s, size_t i, uint32_t* cp) {
  uint8_t c = s[i];
  size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 1;
  if (i + len > s.size()) len = 1;
  if (len == 1) { *cp = c; return 1; }
  uint32_t v = c & (0xFF >> (len + 1));
  for (size_t k = 1; k < len; ++k) v = (v << 6) | (uint8_t(s[i + k]) & 0x3F);
  *cp = v;
  return len;
}

void utf8_append(std::string* out, uint32_t cp) {
  if (cp < 0x80) {
    out->push_back(char(cp));
  } else if (cp < 0x800) {
    out->push_back(char(0xC0 | (cp >> 6)));
    out->push_back(char(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(char(0xE0 | (cp >> 12)));
    out->push_back(char(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(char(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(char(0xF0 | (cp >> 18)));
    out->push_back(char(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(char(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(char(0x80 | (cp & 0x3F)));
  }
}

int64_t count_code_points(std::string_view s) {
  int64_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

bool is_align(uint32_t c) { return c == '<' || c == '>' || c == '^' || c == '='; }

void append_fill(std::string* out, uint32_t fill, int64_t n) {
  if (n <= 0) return;
  if (fill < 0x80) {
    out->append(size_t(n), char(fill));
    return;
  }
  for (int64_t i = 0; i < n; ++i) utf8_append(out, fill);
}

Value bad_thousands(ThreadState* ts, char sep, char type) {
  if (type > 32 && type < 127) return raisef(ts, Exc::ValueError, "Cannot specify '%c' with '%c'.", sep, type);
  return raisef(ts, Exc::ValueError, "Cannot specify '%c' with '\\x%x'.", sep, unsigned(uint8_t(type)));
}

Value unknown_code(ThreadState* ts, char type, const char* tname) {
  if (type > 32 && type < 127)
    return raisef(ts, Exc::ValueError, "Unknown format code '%c' for object of type '%s'", type, tname);
  return raisef(ts, Exc::ValueError, "Unknown format code '\\x%x' for object of type '%s'", unsigned(uint8_t(type)),
                tname);
}

// Group the integer digits right to left (CPython's InsertThousandsGrouping),
// growing to min_width with zeros when zero padding is in force.
std::string group_digits(std::string_view d, char sep, int g, int64_t min_width) {
  std::string out;
  int64_t remaining = int64_t(d.size()), pos = remaining;
  bool use_sep = false;
  for (;;) {
    int64_t l = std::min<int64_t>(g, std::max<int64_t>(std::max(remaining, min_width), 1));
    int64_t n_zeros = std::max<int64_t>(0, l - remaining);
    int64_t n_chars = std::max<int64_t>(0, std::min(remaining, l));
    if (use_sep) out.push_back(sep);
    for (int64_t k = 0; k < n_chars; ++k) out.push_back(d[size_t(pos - 1 - k)]);
    out.append(size_t(n_zeros), '0');
    pos -= n_chars;
    remaining -= n_chars;
    min_width -= l;
    use_sep = true;
    if (remaining <= 0 && min_width <= 0) break;
    min_width -= 1;
  }
  return std::string(out.rbegin(), out.rend());
}

// Lay out a number: sign + prefix + integer digits (grouped) + rest, padded per spec.
std::string assemble_number(std::string_view sign, std::string_view prefix, std::string_view digits,
                            std::string_view rest, const FormatSpec& spec, int group_size) {
  char align = spec.align ? spec.align : (spec.zero_pad ? '=' : '>');
  uint32_t fill = spec.fill;
  int64_t lead = int64_t(sign.size() + prefix.size());
  std::string body;
  if (spec.grouping) {
    int64_t min_width = 0;
    if (fill == '0' && align == '=') min_width = spec.width - lead - count_code_points(rest);
    body = group_digits(digits, spec.grouping, group_size, min_width);
  } else {
    body = std::string(digits);
  }
  body += rest;
  int64_t len = lead + count_code_points(body);
  int64_t pad = spec.width > len ? spec.width - len : 0;
  std::string out;
  out.reserve(size_t(len + pad));
  if (align == '=') {
    out += sign;
    out += prefix;
    append_fill(&out, fill, pad);
    out += body;
    return out;
  }
  int64_t left = align == '<' ? 0 : align == '^' ? pad / 2 : pad;
  append_fill(&out, fill, left);
  out += sign;
  out += prefix;
  out += body;
  append_fill(&out, fill, pad - left);
  return out;
}

}  // namespace

// ---------------------------------------------------------------- parsing
bool parse_format_spec(ThreadState* ts, std::string_view spec, FormatSpec* out, const char* type_name) {
  FormatSpec f;
  size_t pos = 0, end = spec.size();
  bool fill_given = false, align_given = false;
  if (end > 0) {
    uint32_t c0;
    size_t l0 = utf8_decode(spec, 0, &c0);
    if (l0 < end && is_align(uint8_t(spec[l0]))) {
      f.fill = c0;
      f.align = spec[l0];
      fill_given = align_given = true;
      pos = l0 + 1;
    } else if (is_align(c0)) {
      f.align = char(c0);
      align_given = true;
      pos = 1;
    }
  }
  (void)align_given;
  if (pos < end && (spec[pos] == '+' || spec[pos] == '-' || spec[pos] == ' ')) f.sign = spec[pos++];
  if (pos < end && spec[pos] == 'z') { f.no_neg_zero = true; ++pos; }
  if (pos < end && spec[pos] == '#') { f.alternate = true; ++pos; }
  if (!fill_given && pos < end && spec[pos] == '0') {
    f.fill = '0';
    f.zero_pad = true;
    ++pos;
  }
  auto get_int = [&](int64_t* v) -> int {  // digits consumed, -1 on overflow
    int n = 0;
    int64_t acc = 0;
    while (pos < end && spec[pos] >= '0' && spec[pos] <= '9') {
      int d = spec[pos] - '0';
      if (acc > (INT64_MAX - d) / 10) return -1;
      acc = acc * 10 + d;
      ++pos;
      ++n;
    }
    if (n) *v = acc;
    return n;
  };
  int n = get_int(&f.width);
  if (n < 0) { raise(ts, Exc::ValueError, "Too many decimal digits in format string"); return false; }
  if (pos < end && spec[pos] == ',') { f.grouping = ','; ++pos; }
  if (pos < end && spec[pos] == '_') {
    if (f.grouping) { raise(ts, Exc::ValueError, "Cannot specify both ',' and '_'."); return false; }
    f.grouping = '_';
    ++pos;
  }
  if (pos < end && spec[pos] == ',' && f.grouping == '_') {
    raise(ts, Exc::ValueError, "Cannot specify both ',' and '_'.");
    return false;
  }
  if (pos < end && spec[pos] == '.') {
    ++pos;
    n = get_int(&f.precision);
    if (n < 0) { raise(ts, Exc::ValueError, "Too many decimal digits in format string"); return false; }
    if (n == 0) { raise(ts, Exc::ValueError, "Format specifier missing precision"); return false; }
  }
  if (end - pos > 1) {
    raisef(ts, Exc::ValueError, "Invalid format specifier '%.*s' for object of type '%s'", int(spec.size()),
           spec.data(), type_name);
    return false;
  }
  if (end - pos == 1) f.type = spec[pos];
  if (f.grouping) {
    switch (f.type) {
      case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0: break;
      case 'b': case 'o': case 'x': case 'X':
        if (f.grouping == '_') break;
        [[fallthrough]];
      default:
        bad_thousands(ts, f.grouping, f.type);
        return false;
    }
  }
  *out = f;
  return true;
}

bool parse_format_spec(ThreadState* ts, std::string_view spec, FormatSpec* out) {
  return parse_format_spec(ts, spec, out, "str");
}

// ---------------------------------------------------------------- padding / str
std::string pad_text(std::string_view utf8, const FormatSpec& spec, char default_align) {
  int64_t len = count_code_points(utf8);
  if (spec.width <= len) return std::string(utf8);
  int64_t pad = spec.width - len;
  char align = spec.align ? spec.align : default_align;
  int64_t left = align == '>' ? pad : align == '^' ? pad / 2 : 0;
  std::string out;
  append_fill(&out, spec.fill, left);
  out += utf8;
  append_fill(&out, spec.fill, pad - left);
  return out;
}

Value format_str(ThreadState* ts, std::string_view s, const FormatSpec& spec) {
  if (spec.type != 0 && spec.type != 's') return unknown_code(ts, spec.type, "str");
  if (spec.grouping) return bad_thousands(ts, spec.grouping, 's');
  if (spec.sign) return raise(ts, Exc::ValueError, "Sign not allowed in string format specifier");
  if (spec.no_neg_zero)
    return raise(ts, Exc::ValueError, "Negative zero coercion (z) not allowed in string format specifier");
  if (spec.alternate) return raise(ts, Exc::ValueError, "Alternate form (#) not allowed in string format specifier");
  if (spec.align == '=') return raise(ts, Exc::ValueError, "'=' alignment not allowed in string format specifier");
  std::string_view text = s;
  if (spec.precision >= 0) {
    size_t i = 0;
    int64_t cps = 0;
    while (i < s.size() && cps < spec.precision) {
      ++i;
      while (i < s.size() && (uint8_t(s[i]) & 0xC0) == 0x80) ++i;
      ++cps;
    }
    text = s.substr(0, i);
  }
  if (spec.width <= 0 && text.size() == s.size()) return str_new(ts, s);
  return str_new(ts, pad_text(text, spec, '<'));
}

// ---------------------------------------------------------------- floats
namespace {

// Render d like PyOS_double_to_string (type in eEfFgGr), without sign handling
// for padding: returns the full text including a leading '-'.
std::string double_text(double d, char type, int64_t prec, bool alt, bool add_dot_0) {
  bool upper = type == 'E' || type == 'F' || type == 'G';
  if (std::isnan(d) || std::isinf(d)) {
    std::string s = std::isnan(d) ? "nan" : (d < 0 ? "-inf" : "inf");
    if (upper) for (char& c : s) c = char(toupper(c));
    return s;
  }
  if (type == 'r') return float_repr(d);
  if ((type == 'g' || type == 'G') && prec == 0) prec = 1;
  if (prec > 2000) prec = 2000;
  char fmt[8] = "%";
  size_t k = 1;
  if (alt) fmt[k++] = '#';
  fmt[k++] = '.';
  fmt[k++] = '*';
  fmt[k++] = type;
  fmt[k] = 0;
  int n = snprintf(nullptr, 0, fmt, int(prec), d);
  std::string s(size_t(n) + 1, '\0');
  snprintf(s.data(), s.size(), fmt, int(prec), d);
  s.resize(size_t(n));
  if (add_dot_0 && s.find_first_of(".eE") == std::string::npos) s += ".0";
  return s;
}

}  // namespace

Value format_float(ThreadState* ts, double d, const FormatSpec& spec) {
  char type = spec.type;
  switch (type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%': break;
    default: return unknown_code(ts, type, "float");
  }
  int64_t prec = spec.precision;
  bool add_dot_0 = false;
  int64_t default_prec = 6;
  if (type == 0) {
    add_dot_0 = true;
    type = 'r';
    default_prec = 0;
  }
  if (type == 'n') type = 'g';
  bool pct = false;
  if (type == '%') {
    type = 'f';
    d *= 100;
    pct = true;
  }
  if (prec < 0) prec = default_prec;
  else if (type == 'r') type = 'g';
  std::string s = double_text(d, type, prec, spec.alternate, add_dot_0);
  std::string_view body = s;
  std::string sign;
  if (!body.empty() && body[0] == '-') {
    body.remove_prefix(1);
    bool zero = spec.no_neg_zero;
    for (char c : body) {
      if (c == 'e' || c == 'E') break;
      if (c >= '1' && c <= '9') zero = false;
    }
    if (!zero) sign = "-";
  }
  if (sign.empty() && (spec.sign == '+' || spec.sign == ' ')) sign = std::string(1, spec.sign);
  size_t int_end = 0;
  while (int_end < body.size() && body[int_end] >= '0' && body[int_end] <= '9') ++int_end;
  std::string rest(body.substr(int_end));
  if (pct) rest += "%";
  std::string out = assemble_number(sign, "", body.substr(0, int_end), rest, spec, 3);
  return str_new(ts, out);
}

// ---------------------------------------------------------------- ints
Value format_int(ThreadState* ts, Value v, const FormatSpec& spec) {
  char type = spec.type;
  const char* tname = v.is_bool() ? "bool" : type_name(ts, v);
  switch (type) {
    case 0: case 'd': case 'n': case 'b': case 'o': case 'x': case 'X': case 'c': break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
      double d;
      if (!int_to_double_checked(ts, v, &d)) return Value();
      return format_float(ts, d, spec);
    }
    default: return unknown_code(ts, type, tname);
  }
  if (spec.precision >= 0) return raise(ts, Exc::ValueError, "Precision not allowed in integer format specifier");
  if (spec.no_neg_zero)
    return raise(ts, Exc::ValueError, "Negative zero coercion (z) not allowed in integer format specifier");
  if (type == 'c') {
    if (spec.sign) return raise(ts, Exc::ValueError, "Sign not allowed with integer format specifier 'c'");
    if (spec.alternate)
      return raise(ts, Exc::ValueError, "Alternate form (#) not allowed with integer format specifier 'c'");
    int64_t cp;
    if (!get_i64(v, &cp)) return raise(ts, Exc::OverflowError, "Python int too large to convert to C long");
    if (cp < 0 || cp > 0x10FFFF) return raise(ts, Exc::OverflowError, "%c arg not in range(0x110000)");
    std::string ch;
    utf8_append(&ch, uint32_t(cp));
    FormatSpec s2 = spec;
    return str_new(ts, assemble_number("", "", "", ch, s2, 3));
  }
  int base = 10;
  const char* prefix = "";
  int group = 3;
  switch (type) {
    case 'b': base = 2; prefix = "0b"; group = 4; break;
    case 'o': base = 8; prefix = "0o"; group = 4; break;
    case 'x': base = 16; prefix = "0x"; group = 4; break;
    case 'X': base = 16; prefix = "0X"; group = 4; break;
    default: break;
  }
  std::string digits;
  if (!int_to_string(ts, v, base, &digits)) return Value();
  std::string_view dv = digits;
  std::string sign;
  if (!dv.empty() && dv[0] == '-') {
    sign = "-";
    dv.remove_prefix(1);
  } else if (spec.sign == '+' || spec.sign == ' ') {
    sign = std::string(1, spec.sign);
  }
  if (type == 'X') for (char& c : digits) c = char(toupper(c));
  std::string out = assemble_number(sign, spec.alternate ? prefix : "", dv, "", spec, group);
  return str_new(ts, out);
}

// ---------------------------------------------------------------- %-formatting of numbers
bool percent_format_number(ThreadState* ts, Value v, char conv, const FormatSpec& spec, std::string* out) {
  bool left = spec.align == '<';
  std::string sign, prefix, body;
  if (conv == 'c') {
    uint32_t cp;
    if (is_str(ts, v)) {
      std::string_view s = str_view(v);
      if (v.as<StrObject>()->length != 1) {
        raise(ts, Exc::TypeError, "%c requires int or char");
        return false;
      }
      body = std::string(s);
    } else if (is_intlike(v) || (!is_float(ts, v) && type_of(ts, v)->slots.index)) {
      Ref iv(is_intlike(v) ? newref(v) : index(ts, v));
      if (!iv) return false;
      int64_t i;
      if (!get_i64(iv.get(), &i) || i < 0 || i > 0x10FFFF) {
        raise(ts, Exc::OverflowError, "%c arg not in range(0x110000)");
        return false;
      }
      cp = uint32_t(i);
      utf8_append(&body, cp);
    } else {
      raise(ts, Exc::TypeError, "%c requires int or char");
      return false;
    }
    FormatSpec s2;
    s2.width = spec.width;
    s2.align = left ? '<' : '>';
    *out += pad_text(body, s2, '>');
    return true;
  }
  if (conv == 'e' || conv == 'E' || conv == 'f' || conv == 'F' || conv == 'g' || conv == 'G') {
    double d;
    if (!as_double(ts, v, &d)) return false;
    int64_t prec = spec.precision < 0 ? 6 : spec.precision;
    std::string s = double_text(d, conv, prec, spec.alternate, false);
    std::string_view b = s;
    if (!b.empty() && b[0] == '-') { sign = "-"; b.remove_prefix(1); }
    else if (spec.sign) sign = std::string(1, spec.sign);
    body = std::string(b);
  } else {
    Ref iv;
    bool needs_index = conv == 'x' || conv == 'X' || conv == 'o';
    if (is_intlike(v)) {
      iv.reset(newref(v));
    } else if (!needs_index && is_float(ts, v)) {
      iv.reset(int_from_double(ts, float_value(v)));
    } else {
      TypeObject* t = type_of(ts, v);
      if (t->slots.index && !is_float(ts, v)) {
        iv.reset(index(ts, v));
      } else if (!needs_index && t->slots.int_) {
        iv.reset(number_int(ts, v));
      } else {
        raisef(ts, Exc::TypeError, "%%%c format: %s is required, not %s", conv,
               needs_index ? "an integer" : "a real number", type_name(ts, v));
        return false;
      }
    }
    if (!iv) return false;
    int base = conv == 'o' ? 8 : (conv == 'x' || conv == 'X') ? 16 : 10;
    std::string digits;
    if (!int_to_string(ts, iv.get(), base, &digits)) return false;
    std::string_view dv = digits;
    if (!dv.empty() && dv[0] == '-') { sign = "-"; dv.remove_prefix(1); }
    else if (spec.sign) sign = std::string(1, spec.sign);
    body = std::string(dv);
    if (conv == 'X') for (char& c : body) c = char(toupper(c));
    if (spec.precision > int64_t(body.size())) body.insert(0, size_t(spec.precision - int64_t(body.size())), '0');
    if (spec.alternate && base != 10) prefix = conv == 'o' ? "0o" : conv == 'x' ? "0x" : "0X";
  }
  int64_t len = int64_t(sign.size() + prefix.size() + body.size());
  int64_t pad = spec.width > len ? spec.width - len : 0;
  if (left) {
    *out += sign;
    *out += prefix;
    *out += body;
    out->append(size_t(pad), ' ');
  } else if (spec.zero_pad) {
    *out += sign;
    *out += prefix;
    out->append(size_t(pad), '0');
    *out += body;
  } else {
    out->append(size_t(pad), ' ');
    *out += sign;
    *out += prefix;
    *out += body;
  }
  return true;
}

// What int.__format__, float.__format__ and str.__format__ (int.cpp,
// float.cpp, str_methods.cpp) do, for exact instances.
Value format_exact_builtin(ThreadState* ts, Value v, std::string_view spec, bool* handled) {
  Interpreter* in = ts->interp;
  *handled = true;
  if (v.is_small_int() || (v.is_obj() && v.obj()->type == in->types.int_)) {
    if (spec.empty()) return str(ts, v);
    FormatSpec fs;
    if (!parse_format_spec(ts, spec, &fs, "int")) return Value();
    return format_int(ts, v, fs);
  }
  if (v.is_obj() && v.obj()->type == in->types.float_) {
    if (spec.empty()) return str(ts, v);
    FormatSpec fs;
    if (!parse_format_spec(ts, spec, &fs, "float")) return Value();
    return format_float(ts, float_value(v), fs);
  }
  if (v.is_obj() && v.obj()->type == in->types.str) {
    if (spec.empty()) return newref(v);
    FormatSpec fs;
    if (!parse_format_spec(ts, spec, &fs)) return Value();
    return format_str(ts, str_view(v), fs);
  }
  *handled = false;
  return Value();
}

}  // namespace minipy
