// runtime/str_format.cpp — printf-style `%` formatting for str and bytes (one
// engine, two output modes) and str.format / str.format_map (CPython's
// MarkupIterator / FieldNameIterator rules and error messages).
// Numbers are rendered by format.cpp (percent_format_number); values in
// str.format go through the generic format() so user __format__ runs.
#include <cstring>

#include "runtime/fast_paths.h"
#include "runtime/unicode.h"

namespace minipy {

namespace {

inline bool is_exact_str(ThreadState* ts, Value v) { return v.is_obj() && v.obj()->type == ts->interp->types.str; }

// ================================================================ % formatting
struct PercentState {
  Value args;        // borrowed: the right operand, or the value found by %(key)
  Ref owned;         // owns args after a %(key) lookup
  int64_t arglen;    // tuple length, or -1 for a single (non-tuple) argument
  int64_t argidx;
  Value dict;        // the mapping operand, or null
};

Value next_arg(ThreadState* ts, PercentState& st) {
  if (st.argidx < st.arglen) {
    int64_t i = st.argidx++;
    return st.arglen < 0 ? st.args : tuple_item(st.args, i);
  }
  return raise(ts, Exc::TypeError, "not enough arguments for format string");
}

bool is_mapping_operand(ThreadState*, Value v) {
  if (!v.is_obj()) return false;
  TypeObject* t = v.obj()->type;
  if (type_has(t, kTypeTupleSubclass) || type_has(t, kTypeStrSubclass)) return false;
  return t->slots.getitem != nullptr;
}

// Append `text` (UTF-8, `len` code points) padded to width.
void append_padded(std::string& out, std::string_view text, int64_t len, int64_t width, bool left_align) {
  int64_t pad = width - len;
  if (pad > 0 && !left_align) out.append(size_t(pad), ' ');
  out.append(text);
  if (pad > 0 && left_align) out.append(size_t(pad), ' ');
}

template <bool kBytes>
Value percent_format(ThreadState* ts, Value fmtv, Value args) {
  std::string_view fmt;
  if constexpr (kBytes) {
    if (!bytes_like_view(ts, fmtv, &fmt)) return Value();
  } else {
    fmt = str_view(fmtv);
  }
  PercentState st;
  st.args = args;
  if (type_has(type_of(ts, args), kTypeTupleSubclass)) {
    st.arglen = tuple_size(args);
    st.argidx = 0;
  } else {
    st.arglen = -1;
    st.argidx = -2;
  }
  st.dict = is_mapping_operand(ts, args) ? args : Value();
  std::string out;
  out.reserve(fmt.size() + 16);
  const char* b = fmt.data();
  const char* p = b;
  const char* e = b + fmt.size();
  while (p < e) {
    const char* pct = static_cast<const char*>(memchr(p, '%', size_t(e - p)));
    if (!pct) { out.append(p, size_t(e - p)); break; }
    out.append(p, size_t(pct - p));
    p = pct + 1;
    if (p >= e) return raise(ts, Exc::ValueError, "incomplete format");
    Value v;
    bool have_key = false;
    if (*p == '(') {
      if (!st.dict) return raise(ts, Exc::TypeError, "format requires a mapping");
      ++p;
      const char* ks = p;
      int depth = 1;
      while (p < e) {
        if (*p == ')') { if (--depth == 0) break; }
        else if (*p == '(') ++depth;
        ++p;
      }
      if (p >= e) return raise(ts, Exc::ValueError, "incomplete format key");
      Ref key(kBytes ? bytes_new(ts, std::string_view(ks, size_t(p - ks))) : str_new(ts, std::string_view(ks, size_t(p - ks))));
      if (!key) return Value();
      ++p;
      Ref found(getitem(ts, st.dict, key.get()));
      if (!found) return Value();
      st.owned = std::move(found);
      st.args = st.owned.get();
      st.arglen = -1;
      st.argidx = -2;
      have_key = true;
    }
    (void)have_key;
    bool f_left = false, f_sign = false, f_space = false, f_alt = false, f_zero = false;
    for (; p < e; ++p) {
      char c = *p;
      if (c == '-') f_left = true;
      else if (c == '+') f_sign = true;
      else if (c == ' ') f_space = true;
      else if (c == '#') f_alt = true;
      else if (c == '0') f_zero = true;
      else break;
    }
    int64_t width = -1, prec = -1;
    auto star = [&](int64_t* outv, bool is_width) -> bool {
      Value a = next_arg(ts, st);
      if (!a) return false;
      if (!is_int(ts, a)) { raise(ts, Exc::TypeError, "* wants int"); return false; }
      int64_t w;
      if (!int_as_i64(ts, a, &w)) return false;
      if (is_width && w < 0) { f_left = true; w = -w; }
      if (!is_width && w < 0) w = -1;
      *outv = w;
      return true;
    };
    if (p < e && *p == '*') {
      if (!star(&width, true)) return Value();
      ++p;
    } else {
      while (p < e && *p >= '0' && *p <= '9') {
        if (width < 0) width = 0;
        width = width * 10 + (*p - '0');
        if (width > (int64_t(1) << 40)) return raise(ts, Exc::ValueError, "width too big");
        ++p;
      }
    }
    if (p < e && *p == '.') {
      ++p;
      prec = 0;
      if (p < e && *p == '*') {
        if (!star(&prec, false)) return Value();
        ++p;
      } else {
        while (p < e && *p >= '0' && *p <= '9') {
          prec = prec * 10 + (*p - '0');
          if (prec > (int64_t(1) << 40)) return raise(ts, Exc::ValueError, "precision too big");
          ++p;
        }
      }
    }
    while (p < e && (*p == 'h' || *p == 'l' || *p == 'L')) ++p;
    if (p >= e) return raise(ts, Exc::ValueError, "incomplete format");
    char conv = *p;
    const char* conv_at = p;
    ++p;
    if (conv == '%') { out.push_back('%'); continue; }
    v = next_arg(ts, st);
    if (!v) return Value();
    switch ((!kBytes && conv == 'b') ? '\0' : conv) {
      case 's': case 'r': case 'a': case 'b': {
        if constexpr (kBytes) {
          std::string_view data;
          Ref holder;
          if (conv == 'r' || conv == 'a') {
            holder = Ref(ascii(ts, v));
            if (!holder) return Value();
            data = str_view(holder.get());
          } else if (is_bytes(ts, v) || is_bytearray(ts, v) || has_buffer(ts, v)) {  // buffer before __bytes__
            if (!bytes_like_view(ts, v, &data)) return Value();
          } else {
            bool is_m = false;
            Ref m(lookup_special(ts, v, ts->interp->names.__bytes__, &is_m));
            if (!m) {
              if (err_occurred(ts)) return Value();
              return raisef(ts, Exc::TypeError,
                            "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'",
                            type_name(ts, v));
            }
            holder = Ref(is_m ? call1(ts, m.get(), v) : call0(ts, m.get()));
            if (!holder) return Value();
            if (!is_bytes(ts, holder.get()))
              return raisef(ts, Exc::TypeError, "__bytes__ returned non-bytes (type %s)", type_name(ts, holder.get()));
            if (!bytes_like_view(ts, holder.get(), &data)) return Value();
          }
          if (prec >= 0 && int64_t(data.size()) > prec) data = data.substr(0, size_t(prec));
          append_padded(out, data, int64_t(data.size()), width, f_left);
        } else {
          Ref t(conv == 's' ? (is_exact_str(ts, v) ? newref(v) : str(ts, v)) : conv == 'r' ? repr(ts, v) : ascii(ts, v));
          if (!t) return Value();
          StrObject* so = as_str(t.get());
          std::string_view text = so->view();
          int64_t len = so->length;
          if (prec >= 0 && len > prec) {
            text = text.substr(0, size_t(str_byte_offset(so, prec)));
            len = prec;
          }
          append_padded(out, text, len, width, f_left);
        }
        break;
      }
      case 'c': {
        char buf[4];
        int n = 0;
        if constexpr (kBytes) {
          std::string_view d;
          if ((is_bytes(ts, v) || is_bytearray(ts, v)) && bytes_like_view(ts, v, &d) && d.size() == 1) {
            buf[0] = d[0];
            n = 1;
          } else if (is_int(ts, v)) {
            int64_t c;
            if (!int_as_i64(ts, v, &c) || c < 0 || c > 255) {
              err_clear(ts);
              return raise(ts, Exc::OverflowError, "%c arg not in range(256)");
            }
            buf[0] = char(c);
            n = 1;
          } else {
            return raise(ts, Exc::TypeError, "%c requires an integer in range(256) or a single byte");
          }
        } else {
          if (is_str_fast(ts, v)) {
            if (as_str(v)->length != 1) return raise(ts, Exc::TypeError, "%c requires int or char");
            n = int(as_str(v)->size);
            memcpy(buf, as_str(v)->data, size_t(n));
          } else if (is_int(ts, v)) {
            int64_t c;
            if (!int_as_i64(ts, v, &c) || c < 0 || c > 0x10FFFF) {
              err_clear(ts);
              return raise(ts, Exc::OverflowError, "%c arg not in range(0x110000)");
            }
            n = uni::utf8_encode(uint32_t(c), buf);
          } else {
            return raise(ts, Exc::TypeError, "%c requires int or char");
          }
        }
        append_padded(out, std::string_view(buf, size_t(n)), 1, width, f_left);
        break;
      }
      case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
      case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
        bool intconv = conv == 'd' || conv == 'i' || conv == 'u' || conv == 'o' || conv == 'x' || conv == 'X';
        if (is_str_fast(ts, v) || is_bytes(ts, v) || is_bytearray(ts, v) || v.is_none()) {
          if (conv == 'd' || conv == 'i' || conv == 'u')
            return raisef(ts, Exc::TypeError, "%%%c format: a real number is required, not %s", conv, type_name(ts, v));
          if (intconv)
            return raisef(ts, Exc::TypeError, "%%%c format: an integer is required, not %s", conv, type_name(ts, v));
          return raisef(ts, Exc::TypeError, "must be real number, not %s", type_name(ts, v));
        }
        FormatSpec spec;
        if (f_left) spec.align = '<';
        if (f_sign) spec.sign = '+';
        else if (f_space) spec.sign = ' ';
        spec.alternate = f_alt;
        spec.zero_pad = f_zero && !f_left;
        spec.width = width;
        spec.precision = prec;
        spec.type = conv == 'u' ? 'd' : conv == 'i' ? 'd' : conv;
        std::string num;
        if (!percent_format_number(ts, v, conv == 'u' || conv == 'i' ? 'd' : conv, spec, &num)) return Value();
        out.append(num);
        break;
      }
      default: {
        int64_t idx = conv_at - b;
        if (!kBytes) idx = uni::utf8_count(std::string_view(b, size_t(idx)));
        uint32_t cp;
        if (kBytes) {
          cp = uint8_t(conv);
        } else {
          const char* q = conv_at;
          cp = uni::utf8_next(q);
        }
        if (cp >= 32 && cp < 127)
          return raisef(ts, Exc::ValueError, "unsupported format character '%c' (0x%x) at index %lld", char(cp), cp,
                        (long long)idx);
        std::string ch;
        uni::utf8_append(ch, cp);
        return raisef(ts, Exc::ValueError, "unsupported format character '%s' (0x%x) at index %lld", ch.c_str(), cp,
                      (long long)idx);
      }
    }
  }
  if (st.argidx < st.arglen && !st.dict)
    return raise(ts, Exc::TypeError, "not all arguments converted during string formatting");
  if constexpr (kBytes) {
    if (is_bytearray(ts, fmtv)) return bytearray_new(ts, out);
    return bytes_new(ts, out);
  } else {
    return str_new(ts, out);
  }
}

// ================================================================ str.format
struct FormatArgs {
  const Value* args;
  size_t nargs;
  TupleObject* kwnames;     // format(**kw) keywords (values follow args), or null
  Value mapping;            // format_map's mapping, or null
  int auto_state = 0;       // 0 unknown, 1 automatic numbering, 2 manual
  int64_t auto_next = 0;
};

bool parse_uint(std::string_view s, int64_t* out) {
  if (s.empty()) return false;
  int64_t v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    if (v > (INT64_MAX - 9) / 10) { v = -2; break; }
    v = v * 10 + (c - '0');
  }
  *out = v;
  return true;
}

Value lookup_first(ThreadState* ts, FormatArgs& fa, std::string_view first) {
  int64_t idx;
  bool numeric = parse_uint(first, &idx);
  if (numeric && idx == -2) return raise(ts, Exc::ValueError, "Too many decimal digits in format string");
  if (first.empty() || numeric) {
    if (first.empty()) {
      if (fa.auto_state == 2)
        return raise(ts, Exc::ValueError,
                     "cannot switch from manual field specification to automatic field numbering");
      fa.auto_state = 1;
      idx = fa.auto_next++;
    } else {
      if (fa.auto_state == 1)
        return raise(ts, Exc::ValueError,
                     "cannot switch from automatic field numbering to manual field specification");
      fa.auto_state = 2;
    }
    if (fa.mapping) {
      return raisef(ts, Exc::ValueError, "Format string contains positional fields");
    }
    if (idx >= int64_t(fa.nargs))
      return raisef(ts, Exc::IndexError, "Replacement index %lld out of range for positional args tuple",
                    (long long)idx);
    return newref(fa.args[idx]);
  }
  Ref key(str_new(ts, first));
  if (!key) return Value();
  if (fa.mapping) return getitem(ts, fa.mapping, key.get());
  if (fa.kwnames) {
    for (int64_t k = 0; k < fa.kwnames->size; ++k)
      if (str_view(fa.kwnames->items[k]) == first) return newref(fa.args[fa.nargs + size_t(k)]);
  }
  return raise_key_error(ts, key.get());
}

// Resolve "name.attr[key]..." to an object.
Value get_field(ThreadState* ts, FormatArgs& fa, std::string_view name) {
  size_t i = 0;
  while (i < name.size() && name[i] != '.' && name[i] != '[') ++i;
  Ref obj(lookup_first(ts, fa, name.substr(0, i)));
  if (!obj) return Value();
  while (i < name.size()) {
    char c = name[i++];
    if (c == '.') {
      size_t s = i;
      while (i < name.size() && name[i] != '.' && name[i] != '[') ++i;
      if (i == s) return raise(ts, Exc::ValueError, "Empty attribute in format string");
      Ref next(getattr_str(ts, obj.get(), name.substr(s, i - s)));
      if (!next) return Value();
      obj = std::move(next);
    } else if (c == '[') {
      size_t s = i;
      while (i < name.size() && name[i] != ']') ++i;
      if (i >= name.size()) return raise(ts, Exc::ValueError, "Missing ']' in format string");
      std::string_view k = name.substr(s, i - s);
      ++i;
      if (k.empty()) return raise(ts, Exc::ValueError, "Empty attribute in format string");
      int64_t n;
      Ref key(parse_uint(k, &n) && n >= 0 ? Value::small_int(n) : str_new(ts, k));
      if (!key) return Value();
      Ref next(getitem(ts, obj.get(), key.get()));
      if (!next) return Value();
      obj = std::move(next);
      if (i < name.size() && name[i] != '.' && name[i] != '[')
        return raise(ts, Exc::ValueError, "Only '.' or '[' may follow ']' in format field specifier");
    } else {
      return raise(ts, Exc::ValueError, "Only '.' or '[' may follow ']' in format field specifier");
    }
  }
  return obj.release();
}

bool build_format(ThreadState* ts, FormatArgs& fa, std::string_view fmt, int depth, std::string& out);

bool render_field(ThreadState* ts, FormatArgs& fa, std::string_view name, uint32_t conversion,
                  std::string_view spec, bool spec_nested, int depth, std::string& out) {
  Ref obj(get_field(ts, fa, name));
  if (!obj) return false;
  if (conversion) {
    Value c;
    switch (conversion) {
      case 'r': c = repr(ts, obj.get()); break;
      case 's': c = str(ts, obj.get()); break;
      case 'a': c = ascii(ts, obj.get()); break;
      default:
        if (conversion > 32 && conversion < 127)
          raisef(ts, Exc::ValueError, "Unknown conversion specifier %c", char(conversion));
        else
          raisef(ts, Exc::ValueError, "Unknown conversion specifier \\x%x", conversion);
        return false;
    }
    if (!c) return false;
    obj = Ref(c);
  }
  std::string expanded;
  if (spec_nested) {
    if (!build_format(ts, fa, spec, depth - 1, expanded)) return false;
    spec = expanded;
  }
  Value v = obj.get();
  if (spec.empty() && is_exact_str(ts, v)) {
    out.append(str_view(v));
    return true;
  }
  if (spec.empty() && v.is_small_int()) {
    Ref t(str(ts, v));
    if (!t) return false;
    out.append(str_view(t.get()));
    return true;
  }
  bool handled;
  Ref r(format_exact_builtin(ts, v, spec, &handled));
  if (!handled) {
    Ref specv(str_new(ts, spec));
    if (!specv) return false;
    r = Ref(format(ts, v, specv.get()));
  }
  if (!r) return false;
  out.append(str_view(r.get()));
  return true;
}

bool build_format(ThreadState* ts, FormatArgs& fa, std::string_view fmt, int depth, std::string& out) {
  if (depth <= 0) {
    raise(ts, Exc::ValueError, "Max string recursion exceeded");
    return false;
  }
  size_t i = 0, n = fmt.size();
  while (i < n) {
    // Literal text up to the next brace.
    size_t j = i;
    while (j < n && fmt[j] != '{' && fmt[j] != '}') ++j;
    out.append(fmt.data() + i, j - i);
    if (j >= n) break;
    char c = fmt[j];
    i = j + 1;
    if (c == '}') {
      if (i < n && fmt[i] == '}') { out.push_back('}'); ++i; continue; }
      raise(ts, Exc::ValueError, "Single '}' encountered in format string");
      return false;
    }
    if (i >= n) {
      raise(ts, Exc::ValueError, "Single '{' encountered in format string");
      return false;
    }
    if (fmt[i] == '{') { out.push_back('{'); ++i; continue; }
    // A replacement field: name up to ':' '!' '}' ('[...]' skipped).
    size_t ns = i;
    char term = 0;
    while (i < n) {
      char d = fmt[i++];
      if (d == '{') {
        raise(ts, Exc::ValueError, "unexpected '{' in field name");
        return false;
      }
      if (d == '[') {
        while (i < n && fmt[i] != ']') ++i;
        continue;
      }
      if (d == '}' || d == ':' || d == '!') { term = d; break; }
    }
    if (!term) {
      raise(ts, Exc::ValueError, "expected '}' before end of string");
      return false;
    }
    std::string_view name = fmt.substr(ns, i - 1 - ns);
    uint32_t conversion = 0;
    std::string_view spec;
    bool nested = false;
    if (term == '!' || term == ':') {
      bool done = false;
      if (term == '!') {
        if (i >= n) {
          raise(ts, Exc::ValueError, "end of string while looking for conversion specifier");
          return false;
        }
        const char* q = fmt.data() + i;
        conversion = uni::utf8_next(q);
        i = size_t(q - fmt.data());
        if (i < n) {
          char d = fmt[i++];
          if (d == '}') done = true;
          else if (d != ':') {
            raise(ts, Exc::ValueError, "expected ':' after conversion specifier");
            return false;
          }
        }
      }
      if (!done) {
        size_t ss = i;
        int count = 1;
        bool closed = false;
        while (i < n) {
          char d = fmt[i++];
          if (d == '{') { nested = true; ++count; }
          else if (d == '}' && --count == 0) { closed = true; break; }
        }
        if (!closed) {
          raise(ts, Exc::ValueError, "unmatched '{' in format spec");
          return false;
        }
        spec = fmt.substr(ss, i - 1 - ss);
      }
    }
    if (!render_field(ts, fa, name, conversion, spec, nested, depth, out)) return false;
  }
  return true;
}

}  // namespace

Value str_percent_format(ThreadState* ts, Value fmt, Value args) { return percent_format<false>(ts, fmt, args); }
Value bytes_percent_format(ThreadState* ts, Value fmt, Value args) { return percent_format<true>(ts, fmt, args); }

Value str_format_method(ThreadState* ts, Value fmt, const Value* args, size_t nargs, TupleObject* kwnames) {
  FormatArgs fa{args, nargs, kwnames && kwnames->size ? kwnames : nullptr, Value()};
  std::string out;
  std::string_view f = str_view(fmt);
  out.reserve(f.size() + 16);
  if (!build_format(ts, fa, f, 2, out)) return Value();
  return str_new(ts, out);
}

Value str_format_map(ThreadState* ts, Value fmt, Value mapping) {
  FormatArgs fa{nullptr, 0, nullptr, mapping};
  std::string out;
  if (!build_format(ts, fa, str_view(fmt), 2, out)) return Value();
  return str_new(ts, out);
}

}  // namespace minipy
