// runtime/bytes_methods.cpp — the methods bytes and bytearray share (ASCII-only
// text semantics): searching, splitting, stripping, case mapping, padding,
// classification, translate/maketrans, decode, hex/fromhex. A method returns
// the same kind of object as `self` (bytes for bytes, bytearray for bytearray).
#include <algorithm>
#include <cstring>
#include <vector>

#include "runtime/bytes_internal.h"

namespace minipy {

namespace {

const char* tname(ThreadState* ts, Value self) { return is_bytearray(ts, self) ? "bytearray" : "bytes"; }

std::string_view view_of(ThreadState* ts, Value self) {
  std::string_view v;
  bytes_like_view(ts, self, &v);
  return v;
}

// ---- argument checking (CPython's per-method styles, see str_methods.cpp)
bool no_kw(ThreadState* ts, Value self, const char* name, TupleObject* kw) {
  if (kw && kw->size > 0) {
    raisef(ts, Exc::TypeError, "%s.%s() takes no keyword arguments", tname(ts, self), name);
    return false;
  }
  return true;
}
bool nargs_a(ThreadState* ts, const char* name, size_t n, size_t lo, size_t hi) {
  if (n < lo) {
    raisef(ts, Exc::TypeError, "%s expected at least %zu argument%s, got %zu", name, lo, lo == 1 ? "" : "s", n);
    return false;
  }
  if (n > hi) {
    raisef(ts, Exc::TypeError, "%s expected at most %zu argument%s, got %zu", name, hi, hi == 1 ? "" : "s", n);
    return false;
  }
  return true;
}
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
bool noargs(ThreadState* ts, Value self, const char* name, size_t n, TupleObject* kw) {
  if (!no_kw(ts, self, name, kw)) return false;
  if (n) {
    raisef(ts, Exc::TypeError, "%s.%s() takes no arguments (%zu given)", tname(ts, self), name, n);
    return false;
  }
  return true;
}
bool onearg(ThreadState* ts, Value self, const char* name, size_t n, TupleObject* kw) {
  if (!no_kw(ts, self, name, kw)) return false;
  if (n != 1) {
    raisef(ts, Exc::TypeError, "%s.%s() takes exactly one argument (%zu given)", tname(ts, self), name, n);
    return false;
  }
  return true;
}
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
inline bool is_ws(uint8_t c) { return c == ' ' || (c >= 9 && c <= 13); }
inline bool is_lo(uint8_t c) { return c >= 'a' && c <= 'z'; }
inline bool is_up(uint8_t c) { return c >= 'A' && c <= 'Z'; }
inline bool is_dg(uint8_t c) { return c >= '0' && c <= '9'; }

Value list_of(ThreadState* ts, std::vector<Value>& vals) {
  ListObject* l = list_new(ts, int64_t(vals.size()));
  if (!l) {
    for (Value v : vals) decref(v);
    vals.clear();
    return Value();
  }
  for (size_t i = 0; i < vals.size(); ++i) l->items[i] = vals[i];
  vals.clear();
  return Value::from_obj(l);
}
struct ValueVec {
  std::vector<Value> v;
  ~ValueVec() { for (Value x : v) decref(x); }
};

// ================================================================ searching
// `sub` argument: an int (a single byte) or a bytes-like object.
bool sub_arg(ThreadState* ts, Value v, std::string* holder, std::string_view* out) {
  if (v.is_small_int() || is_int(ts, v)) {
    uint8_t b;
    if (!byte_value(ts, v, &b)) return false;
    holder->assign(1, char(b));
    *out = *holder;
    return true;
  }
  if (!bytes_is_buffer(ts, v)) {
    raisef(ts, Exc::TypeError, "argument should be integer or bytes-like object, not '%s'", type_name(ts, v));
    return false;
  }
  *out = view_of(ts, v);
  return true;
}

// -1 not found, -2 error.
int64_t find_impl(ThreadState* ts, const char* name, Value self, const Value* args, size_t nargs, TupleObject* kw,
                  bool rev, bool count = false) {
  if (!no_kw(ts, self, name, kw) || !nargs_b(ts, name, nargs, 1, 3)) return -2;
  std::string hold;
  std::string_view sub;
  if (!sub_arg(ts, args[0], &hold, &sub)) return -2;
  std::string_view s = view_of(ts, self);
  int64_t start, end;
  if (!parse_slice_bounds(ts, nargs > 1 ? args[1] : Value(), nargs > 2 ? args[2] : Value(), int64_t(s.size()), &start,
                          &end))
    return -2;
  if (count) {
    if (start > int64_t(s.size()) || end < start) return 0;
    return bytes_count(s.substr(size_t(start), size_t(end - start)), sub);
  }
  if (start > int64_t(s.size()) || end - start < int64_t(sub.size())) return -1;
  std::string_view hay = s.substr(size_t(start), size_t(end - start));
  size_t r = rev ? bytes_rfind(hay, sub) : bytes_find(hay, sub, 0);
  return r == std::string_view::npos ? -1 : start + int64_t(r);
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
  if (r == -1) return raise(ts, Exc::ValueError, "subsection not found");
  return r == -2 ? Value() : Value::small_int(r);
}
Value m_rindex(ThreadState* ts, Value self, const Value* a, size_t n, TupleObject* kw) {
  int64_t r = find_impl(ts, "rindex", self, a, n, kw, true);
  if (r == -1) return raise(ts, Exc::ValueError, "subsection not found");
  return r == -2 ? Value() : Value::small_int(r);
}
Value m_count(ThreadState* ts, Value self, const Value* a, size_t n, TupleObject* kw) {
  int64_t r = find_impl(ts, "count", self, a, n, kw, false, true);
  return r == -2 ? Value() : Value::small_int(r);
}

Value starts_ends(ThreadState* ts, const char* name, Value self, const Value* args, size_t nargs, TupleObject* kw,
                  bool ends) {
  if (!no_kw(ts, self, name, kw) || !nargs_b(ts, name, nargs, 1, 3)) return Value();
  std::string_view s = view_of(ts, self);
  int64_t start, end;
  if (!parse_slice_bounds(ts, nargs > 1 ? args[1] : Value(), nargs > 2 ? args[2] : Value(), int64_t(s.size()), &start,
                          &end))
    return Value();
  auto match = [&](std::string_view sub) -> bool {
    if (start > int64_t(s.size()) || end - start < int64_t(sub.size())) return false;
    if (sub.empty()) return true;
    size_t off = ends ? size_t(end) - sub.size() : size_t(start);
    return memcmp(s.data() + off, sub.data(), sub.size()) == 0;
  };
  Value p = args[0];
  if (bytes_is_buffer(ts, p)) return Value::boolean(match(view_of(ts, p)));
  if (is_tuple(ts, p)) {
    for (int64_t i = 0; i < tuple_size(p); ++i) {
      Value it = tuple_item(p, i);
      std::string_view v;
      if (!bytes_like_view(ts, it, &v)) return Value();
      if (match(v)) return Value::True();
    }
    return Value::False();
  }
  return raisef(ts, Exc::TypeError, "%s first arg must be bytes or a tuple of bytes, not %s", name, type_name(ts, p));
}
Value m_startswith(ThreadState* ts, Value self, const Value* a, size_t n, TupleObject* kw) {
  return starts_ends(ts, "startswith", self, a, n, kw, false);
}
Value m_endswith(ThreadState* ts, Value self, const Value* a, size_t n, TupleObject* kw) {
  return starts_ends(ts, "endswith", self, a, n, kw, true);
}

// ================================================================ split family
bool split_args(ThreadState* ts, const char* name, const Value* args, size_t nargs, TupleObject* kw, bool* has_sep,
                std::string_view* sep, int64_t* maxsplit) {
  static constexpr const char* kNames[] = {"sep", "maxsplit"};
  Value a[2];
  if (!kwparse(ts, name, args, nargs, kw, kNames, 2, a)) return false;
  *has_sep = a[0] && !a[0].is_none();
  if (*has_sep) {
    if (!bytes_like_view(ts, a[0], sep)) return false;
    if (sep->empty()) { raise(ts, Exc::ValueError, "empty separator"); return false; }
  }
  *maxsplit = -1;
  if (a[1] && !get_index_arg(ts, a[1], maxsplit)) return false;
  if (*maxsplit < 0) *maxsplit = INT64_MAX;
  return true;
}

Value m_split(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  bool has_sep;
  std::string_view sep;
  int64_t maxsplit;
  if (!split_args(ts, "split", args, nargs, kw, &has_sep, &sep, &maxsplit)) return Value();
  std::string sepcopy(sep);
  std::string s(view_of(ts, self));
  ValueVec out;
  auto push = [&](size_t a, size_t b) -> bool {
    Value v = bytes_result(ts, self, std::string_view(s).substr(a, b - a));
    if (!v) return false;
    out.v.push_back(v);
    return true;
  };
  size_t n = s.size();
  if (!has_sep) {
    size_t i = 0;
    while (true) {
      while (i < n && is_ws(uint8_t(s[i]))) ++i;
      if (i >= n) break;
      if (maxsplit-- <= 0) {
        if (!push(i, n)) return Value();
        break;
      }
      size_t j = i;
      while (j < n && !is_ws(uint8_t(s[j]))) ++j;
      if (!push(i, j)) return Value();
      i = j;
    }
    return list_of(ts, out.v);
  }
  size_t pos = 0;
  while (maxsplit > 0) {
    size_t r = bytes_find(s, sepcopy, pos);
    if (r == std::string_view::npos) break;
    if (!push(pos, r)) return Value();
    pos = r + sepcopy.size();
    --maxsplit;
  }
  if (!push(pos, n)) return Value();
  return list_of(ts, out.v);
}

Value m_rsplit(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  bool has_sep;
  std::string_view sep;
  int64_t maxsplit;
  if (!split_args(ts, "rsplit", args, nargs, kw, &has_sep, &sep, &maxsplit)) return Value();
  std::string sepcopy(sep);
  std::string s(view_of(ts, self));
  ValueVec out;
  auto push = [&](size_t a, size_t b) -> bool {
    Value v = bytes_result(ts, self, std::string_view(s).substr(a, b - a));
    if (!v) return false;
    out.v.push_back(v);
    return true;
  };
  if (!has_sep) {
    size_t j = s.size();
    while (true) {
      while (j > 0 && is_ws(uint8_t(s[j - 1]))) --j;
      if (j == 0) break;
      if (maxsplit-- <= 0) {
        if (!push(0, j)) return Value();
        break;
      }
      size_t i = j;
      while (i > 0 && !is_ws(uint8_t(s[i - 1]))) --i;
      if (!push(i, j)) return Value();
      j = i;
    }
  } else {
    size_t end = s.size();
    while (maxsplit > 0) {
      size_t r = bytes_rfind(std::string_view(s).substr(0, end), sepcopy);
      if (r == std::string_view::npos) break;
      if (!push(r + sepcopy.size(), end)) return Value();
      end = r;
      --maxsplit;
    }
    if (!push(0, end)) return Value();
  }
  std::reverse(out.v.begin(), out.v.end());
  return list_of(ts, out.v);
}

Value m_splitlines(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  static constexpr const char* kNames[] = {"keepends"};
  Value a[1];
  if (!kwparse(ts, "splitlines", args, nargs, kw, kNames, 1, a)) return Value();
  bool keep = false;
  if (a[0]) {
    int t = truthy(ts, a[0]);
    if (t < 0) return Value();
    keep = t;
  }
  std::string s(view_of(ts, self));
  ValueVec out;
  size_t i = 0, n = s.size();
  while (i < n) {
    size_t j = i;
    while (j < n && s[j] != '\n' && s[j] != '\r') ++j;
    size_t eol = j, next = j;
    if (j < n) next = (s[j] == '\r' && j + 1 < n && s[j + 1] == '\n') ? j + 2 : j + 1;
    Value v = bytes_result(ts, self, std::string_view(s).substr(i, (keep ? next : eol) - i));
    if (!v) return Value();
    out.v.push_back(v);
    i = next;
  }
  return list_of(ts, out.v);
}

Value partition_impl(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw, bool rev) {
  const char* name = rev ? "rpartition" : "partition";
  if (!onearg(ts, self, name, nargs, kw)) return Value();
  std::string_view sep;
  if (!bytes_like_view(ts, args[0], &sep)) return Value();
  if (sep.empty()) return raise(ts, Exc::ValueError, "empty separator");
  std::string s(view_of(ts, self));
  std::string sp(sep);
  size_t r = rev ? bytes_rfind(s, sp) : bytes_find(s, sp, 0);
  Ref empty(bytes_result(ts, self, ""));
  if (!empty) return Value();
  if (r == std::string_view::npos) {
    Ref whole(bytes_result(ts, self, s));
    if (!whole) return Value();
    return rev ? tuple_pack(ts, {empty.get(), empty.get(), whole.get()})
               : tuple_pack(ts, {whole.get(), empty.get(), empty.get()});
  }
  Ref a(bytes_result(ts, self, std::string_view(s).substr(0, r)));
  Ref m(bytes_result(ts, self, sp));
  Ref c(bytes_result(ts, self, std::string_view(s).substr(r + sp.size())));
  if (!a || !m || !c) return Value();
  return tuple_pack(ts, {a.get(), m.get(), c.get()});
}
Value m_partition(ThreadState* ts, Value self, const Value* a, size_t n, TupleObject* kw) {
  return partition_impl(ts, self, a, n, kw, false);
}
Value m_rpartition(ThreadState* ts, Value self, const Value* a, size_t n, TupleObject* kw) {
  return partition_impl(ts, self, a, n, kw, true);
}

Value m_join(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!onearg(ts, self, "join", nargs, kw)) return Value();
  std::string sep(view_of(ts, self));
  Ref seq(sequence_to_list(ts, args[0]));
  if (!seq) {
    if (err_matches(ts, Exc::TypeError)) {
      err_clear(ts);
      return raise(ts, Exc::TypeError, "can only join an iterable");
    }
    return Value();
  }
  ListObject* l = seq.as<ListObject>();
  std::string out;
  for (int64_t i = 0; i < l->size; ++i) {
    Value v = l->items[i];
    if (!bytes_is_buffer(ts, v))
      return raisef(ts, Exc::TypeError, "sequence item %lld: expected a bytes-like object, %s found", (long long)i,
                    type_name(ts, v));
    if (i) out.append(sep);
    out.append(view_of(ts, v));
  }
  return bytes_result(ts, self, out);
}

// ================================================================ strip / replace / affixes
Value strip_impl(ThreadState* ts, const char* name, Value self, const Value* args, size_t nargs, TupleObject* kw,
                 bool left, bool right) {
  if (!no_kw(ts, self, name, kw) || !nargs_a(ts, name, nargs, 0, 1)) return Value();
  std::string_view s = view_of(ts, self);
  bool set[256] = {};
  if (nargs == 0 || args[0].is_none()) {
    for (int c = 0; c < 256; ++c) set[c] = is_ws(uint8_t(c));
  } else {
    std::string_view cs;
    if (!bytes_like_view(ts, args[0], &cs)) return Value();
    for (char c : cs) set[uint8_t(c)] = true;
  }
  size_t i = 0, j = s.size();
  if (left) while (i < j && set[uint8_t(s[i])]) ++i;
  if (right) while (j > i && set[uint8_t(s[j - 1])]) --j;
  if (i == 0 && j == s.size() && self.obj()->type == ts->interp->types.bytes) return newref(self);
  return bytes_result(ts, self, s.substr(i, j - i));
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

Value m_replace(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kw(ts, self, "replace", kw) || !nargs_a(ts, "replace", nargs, 2, 3)) return Value();
  std::string_view o, nw;
  if (!bytes_like_view(ts, args[0], &o) || !bytes_like_view(ts, args[1], &nw)) return Value();
  int64_t count = -1;
  if (nargs > 2 && !get_index_arg(ts, args[2], &count)) return Value();
  if (count < 0) count = INT64_MAX;
  std::string s(view_of(ts, self)), old(o), repl(nw);
  std::string out;
  int64_t done = 0;
  if (old.empty()) {
    size_t i = 0;
    while (done < count) {
      out.append(repl);
      ++done;
      if (i >= s.size()) break;
      out.push_back(s[i++]);
    }
    out.append(s, i, std::string::npos);
  } else {
    size_t pos = 0;
    while (done < count) {
      size_t r = bytes_find(s, old, pos);
      if (r == std::string_view::npos) break;
      out.append(s, pos, r - pos);
      out.append(repl);
      pos = r + old.size();
      ++done;
    }
    out.append(s, pos, std::string::npos);
  }
  return bytes_result(ts, self, out);
}

Value affix_impl(ThreadState* ts, const char* name, Value self, const Value* args, size_t nargs, TupleObject* kw,
                 bool suffix) {
  if (!onearg(ts, self, name, nargs, kw)) return Value();
  std::string_view a;
  if (!bytes_like_view(ts, args[0], &a)) return Value();
  std::string_view s = view_of(ts, self);
  if (!a.empty() && a.size() <= s.size()) {
    if (!suffix && memcmp(s.data(), a.data(), a.size()) == 0) return bytes_result(ts, self, s.substr(a.size()));
    if (suffix && memcmp(s.data() + s.size() - a.size(), a.data(), a.size()) == 0)
      return bytes_result(ts, self, s.substr(0, s.size() - a.size()));
  }
  if (self.obj()->type == ts->interp->types.bytes) return newref(self);
  return bytes_result(ts, self, s);
}
Value m_removeprefix(ThreadState* ts, Value self, const Value* a, size_t n, TupleObject* kw) {
  return affix_impl(ts, "removeprefix", self, a, n, kw, false);
}
Value m_removesuffix(ThreadState* ts, Value self, const Value* a, size_t n, TupleObject* kw) {
  return affix_impl(ts, "removesuffix", self, a, n, kw, true);
}

// ================================================================ padding
Value just_impl(ThreadState* ts, const char* name, Value self, const Value* args, size_t nargs, TupleObject* kw,
                int kind) {
  if (!no_kw(ts, self, name, kw) || !nargs_a(ts, name, nargs, 1, 2)) return Value();
  int64_t width;
  if (!get_index_arg(ts, args[0], &width)) return Value();
  char fill = ' ';
  if (nargs > 1) {
    std::string_view f;
    if (!bytes_is_buffer(ts, args[1]) || (f = view_of(ts, args[1])).size() != 1)
      return raisef(ts, Exc::TypeError, "%s() argument 2 must be a byte string of length 1, not %s", name,
                    type_name(ts, args[1]));
    fill = f[0];
  }
  std::string_view s = view_of(ts, self);
  if (width <= int64_t(s.size())) {
    if (self.obj()->type == ts->interp->types.bytes) return newref(self);
    return bytes_result(ts, self, s);
  }
  int64_t marg = width - int64_t(s.size());
  int64_t left = kind == 0 ? 0 : kind == 1 ? marg : marg / 2 + (marg & width & 1);
  std::string out;
  if (!bytes_fill_buffer(ts, &out, width, fill, !is_bytes(ts, self))) return Value();
  std::memcpy(out.data() + left, s.data(), s.size());
  return bytes_result(ts, self, out);
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
  if (!onearg(ts, self, "zfill", nargs, kw)) return Value();
  int64_t width;
  if (!get_index_arg(ts, args[0], &width)) return Value();
  std::string s(view_of(ts, self));
  if (width <= int64_t(s.size())) return bytes_result(ts, self, s);
  int64_t fill = width - int64_t(s.size());
  std::string out;
  if (!bytes_fill_buffer(ts, &out, width, '0', !is_bytes(ts, self))) return Value();
  std::memcpy(out.data() + fill, s.data(), s.size());
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
    out[0] = s[0];
    out[size_t(fill)] = '0';
  }
  return bytes_result(ts, self, out);
}

Value m_expandtabs(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  static constexpr const char* kNames[] = {"tabsize"};
  Value a[1];
  if (!kwparse(ts, "expandtabs", args, nargs, kw, kNames, 1, a)) return Value();
  int64_t tab = 8;
  if (a[0] && !get_index_arg(ts, a[0], &tab)) return Value();
  std::string_view s = view_of(ts, self);
  std::string out;
  int64_t col = 0;
  for (char c : s) {
    if (c == '\t') {
      if (tab > 0) {
        int64_t n = tab - col % tab;
        out.append(size_t(n), ' ');
        col += n;
      }
      continue;
    }
    out.push_back(c);
    ++col;
    if (c == '\n' || c == '\r') col = 0;
  }
  return bytes_result(ts, self, out);
}

// ================================================================ case / classification
enum class Op { Lower, Upper, Swap, Title, Capitalize };
constexpr const char* kOpNames[] = {"lower", "upper", "swapcase", "title", "capitalize"};
Value case_impl(ThreadState* ts, Value self, const Value*, size_t nargs, TupleObject* kw, Op op) {
  if (!noargs(ts, self, kOpNames[int(op)], nargs, kw)) return Value();
  std::string s(view_of(ts, self));
  bool prev_cased = false;
  for (size_t i = 0; i < s.size(); ++i) {
    uint8_t c = uint8_t(s[i]);
    uint8_t r = c;
    switch (op) {
      case Op::Lower: if (is_up(c)) r = c + 32; break;
      case Op::Upper: if (is_lo(c)) r = c - 32; break;
      case Op::Swap: r = is_up(c) ? c + 32 : is_lo(c) ? c - 32 : c; break;
      case Op::Title:
        r = prev_cased ? (is_up(c) ? c + 32 : c) : (is_lo(c) ? c - 32 : c);
        prev_cased = is_up(c) || is_lo(c);
        break;
      case Op::Capitalize: r = i == 0 ? (is_lo(c) ? c - 32 : c) : (is_up(c) ? c + 32 : c); break;
    }
    s[i] = char(r);
  }
  return bytes_result(ts, self, s);
}
#define CASE_M(fn, op) \
  Value fn(ThreadState* ts, Value self, const Value* a, size_t n, TupleObject* kw) { return case_impl(ts, self, a, n, kw, op); }
CASE_M(m_lower, Op::Lower)
CASE_M(m_upper, Op::Upper)
CASE_M(m_swapcase, Op::Swap)
CASE_M(m_title, Op::Title)
CASE_M(m_capitalize, Op::Capitalize)
#undef CASE_M

enum class Is { Alnum, Alpha, Ascii, Digit, Space, Lower, Upper, Title };
constexpr const char* kIsNames[] = {"isalnum", "isalpha", "isascii", "isdigit", "isspace", "islower", "isupper", "istitle"};
Value is_impl(ThreadState* ts, Value self, const Value*, size_t nargs, TupleObject* kw, Is what) {
  if (!noargs(ts, self, kIsNames[int(what)], nargs, kw)) return Value();
  std::string_view s = view_of(ts, self);
  switch (what) {
    case Is::Ascii:
      for (char c : s) if (uint8_t(c) >= 128) return Value::False();
      return Value::True();
    case Is::Lower: case Is::Upper: {
      bool cased = false;
      for (char ch : s) {
        uint8_t c = uint8_t(ch);
        if (what == Is::Lower ? is_up(c) : is_lo(c)) return Value::False();
        if (what == Is::Lower ? is_lo(c) : is_up(c)) cased = true;
      }
      return Value::boolean(cased);
    }
    case Is::Title: {
      bool cased = false, prev = false;
      for (char ch : s) {
        uint8_t c = uint8_t(ch);
        if (is_up(c)) { if (prev) return Value::False(); prev = cased = true; }
        else if (is_lo(c)) { if (!prev) return Value::False(); prev = cased = true; }
        else prev = false;
      }
      return Value::boolean(cased);
    }
    default: break;
  }
  if (s.empty()) return Value::False();
  for (char ch : s) {
    uint8_t c = uint8_t(ch);
    bool ok = false;
    switch (what) {
      case Is::Alnum: ok = is_up(c) || is_lo(c) || is_dg(c); break;
      case Is::Alpha: ok = is_up(c) || is_lo(c); break;
      case Is::Digit: ok = is_dg(c); break;
      case Is::Space: ok = is_ws(c); break;
      default: break;
    }
    if (!ok) return Value::False();
  }
  return Value::True();
}
#define IS_M(fn, w) \
  Value fn(ThreadState* ts, Value self, const Value* a, size_t n, TupleObject* kw) { return is_impl(ts, self, a, n, kw, w); }
IS_M(m_isalnum, Is::Alnum)
IS_M(m_isalpha, Is::Alpha)
IS_M(m_isascii, Is::Ascii)
IS_M(m_isdigit, Is::Digit)
IS_M(m_isspace, Is::Space)
IS_M(m_islower, Is::Lower)
IS_M(m_isupper, Is::Upper)
IS_M(m_istitle, Is::Title)
#undef IS_M

// ================================================================ translate / maketrans
Value m_maketrans(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (kw && kw->size) return raise(ts, Exc::TypeError, "maketrans() takes no keyword arguments");
  if (!nargs_a(ts, "maketrans", nargs, 2, 2)) return Value();
  std::string_view f, t;
  if (!bytes_like_view(ts, args[0], &f) || !bytes_like_view(ts, args[1], &t)) return Value();
  if (f.size() != t.size()) return raise(ts, Exc::ValueError, "maketrans arguments must have same length");
  std::string table(256, '\0');
  for (int i = 0; i < 256; ++i) table[size_t(i)] = char(i);
  for (size_t i = 0; i < f.size(); ++i) table[uint8_t(f[i])] = t[i];
  return bytes_new(ts, table);
}

Value m_translate(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  static constexpr const char* kNames[] = {"table", "delete"};
  Value a[2];
  if (!kwparse(ts, "translate", args, nargs, kw, kNames, 2, a)) return Value();
  if (!a[0]) return raise(ts, Exc::TypeError, "translate() missing required argument 'table' (pos 1)");
  std::string_view table;
  bool has_table = !a[0].is_none();
  if (has_table) {
    if (!bytes_like_view(ts, a[0], &table)) return Value();
    if (table.size() != 256) return raise(ts, Exc::ValueError, "translation table must be 256 characters long");
  }
  bool del[256] = {};
  if (a[1]) {
    std::string_view d;
    if (!bytes_like_view(ts, a[1], &d)) return Value();
    for (char c : d) del[uint8_t(c)] = true;
  }
  std::string_view s = view_of(ts, self);
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    if (del[uint8_t(c)]) continue;
    out.push_back(has_table ? table[uint8_t(c)] : c);
  }
  return bytes_result(ts, self, out);
}

// ================================================================ codecs / hex
Value m_decode(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  static constexpr const char* kNames[] = {"encoding", "errors"};
  Value a[2];
  if (!kwparse(ts, "decode", args, nargs, kw, kNames, 2, a)) return Value();
  std::string_view enc = "utf-8", errs = "strict";
  if (a[0]) {
    if (!is_str_fast(ts, a[0]))
      return raisef(ts, Exc::TypeError, "decode() argument 'encoding' must be str, not %s", type_name(ts, a[0]));
    enc = str_view(a[0]);
  }
  if (a[1]) {
    if (!is_str_fast(ts, a[1]))
      return raisef(ts, Exc::TypeError, "decode() argument 'errors' must be str, not %s", type_name(ts, a[1]));
    errs = str_view(a[1]);
  }
  std::string copy(view_of(ts, self));
  return bytes_decode_to_str(ts, copy, enc, errs);
}

Value m_hex(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  static constexpr const char* kNames[] = {"sep", "bytes_per_sep"};
  Value a[2];
  if (!kwparse(ts, "hex", args, nargs, kw, kNames, 2, a)) return Value();
  std::string sep;
  if (a[0]) {
    if (is_str_fast(ts, a[0])) sep = std::string(str_view(a[0]));
    else if (bytes_is_buffer(ts, a[0])) sep = std::string(view_of(ts, a[0]));
    else return raisef(ts, Exc::TypeError, "object of type '%s' has no len()", type_name(ts, a[0]));
    if (sep.size() != 1) return raise(ts, Exc::ValueError, "sep must be length 1.");
    if (uint8_t(sep[0]) >= 128) return raise(ts, Exc::ValueError, "sep must be ASCII.");
  }
  int64_t per = 1;
  if (a[1] && !get_index_arg(ts, a[1], &per)) return Value();
  std::string_view s = view_of(ts, self);
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  size_t n = s.size();
  size_t group = size_t(per < 0 ? -per : per);
  for (size_t i = 0; i < n; ++i) {
    if (!sep.empty() && i > 0 && group > 0) {
      bool boundary = per > 0 ? (n - i) % group == 0 : i % group == 0;
      if (boundary) out.push_back(sep[0]);
    }
    uint8_t c = uint8_t(s[i]);
    out.push_back(kHex[c >> 4]);
    out.push_back(kHex[c & 15]);
  }
  return str_new(ts, out);
}

Value m_fromhex(ThreadState* ts, Value cls, const Value* args, size_t nargs, TupleObject* kw) {
  if (kw && kw->size) return raise(ts, Exc::TypeError, "fromhex() takes no keyword arguments");
  if (nargs != 1) return raisef(ts, Exc::TypeError, "fromhex() takes exactly one argument (%zu given)", nargs);
  if (!is_str_fast(ts, args[0]))
    return raisef(ts, Exc::TypeError, "fromhex() argument must be str, not %s", type_name(ts, args[0]));
  StrObject* s = as_str(args[0]);
  std::string out;
  auto hexval = [](uint8_t c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  int64_t i = 0, n = s->size;
  const uint8_t* p = reinterpret_cast<const uint8_t*>(s->data);
  while (i < n) {
    if (is_ws(p[i])) { ++i; continue; }
    int hi = hexval(p[i]);
    if (hi < 0 || i + 1 >= n || hexval(p[i + 1]) < 0) {
      int64_t at = (hi < 0) ? i : i + 1;
      return raisef(ts, Exc::ValueError, "non-hexadecimal number found in fromhex() arg at position %lld",
                    (long long)str_cp_index(s, at));
    }
    out.push_back(char(hi * 16 + hexval(p[i + 1])));
    i += 2;
  }
  TypeObject* t = cls.is_obj() && type_has(cls.obj()->type, kTypeTypeSubclass) ? cls.as<TypeObject>() : nullptr;
  if (t == ts->interp->types.bytearray) return bytearray_new(ts, out);
  Ref b(bytes_new(ts, out));
  if (!t || t == ts->interp->types.bytes || !b) return b.release();
  return call1(ts, cls, b.get());
}

Value m_getnewargs(ThreadState* ts, Value self, const Value*, size_t nargs, TupleObject* kw) {
  if (!noargs(ts, self, "__getnewargs__", nargs, kw)) return Value();
  Ref b(bytes_new(ts, view_of(ts, self)));
  if (!b) return Value();
  return tuple_pack(ts, {b.get()});
}

Value m_bytes(ThreadState* ts, Value self, const Value*, size_t nargs, TupleObject* kw) {
  if (!noargs(ts, self, "__bytes__", nargs, kw)) return Value();
  if (self.obj()->type == ts->interp->types.bytes) return newref(self);
  return bytes_new(ts, view_of(ts, self));
}

}  // namespace

#define MINIPY_BYTES_SHARED_METHODS                                                                  \
  {"capitalize", m_capitalize}, {"center", m_center}, {"count", m_count}, {"decode", m_decode},     \
  {"endswith", m_endswith}, {"expandtabs", m_expandtabs}, {"find", m_find},                         \
  {"fromhex", m_fromhex, kMethClass}, {"hex", m_hex}, {"index", m_index}, {"isalnum", m_isalnum},   \
  {"isalpha", m_isalpha}, {"isascii", m_isascii}, {"isdigit", m_isdigit}, {"islower", m_islower},   \
  {"isspace", m_isspace}, {"istitle", m_istitle}, {"isupper", m_isupper}, {"join", m_join},         \
  {"ljust", m_ljust}, {"lower", m_lower}, {"lstrip", m_lstrip}, {"maketrans", m_maketrans, kMethStatic}, \
  {"partition", m_partition}, {"replace", m_replace}, {"removeprefix", m_removeprefix},             \
  {"removesuffix", m_removesuffix}, {"rfind", m_rfind}, {"rindex", m_rindex}, {"rjust", m_rjust},   \
  {"rpartition", m_rpartition}, {"rsplit", m_rsplit}, {"rstrip", m_rstrip}, {"split", m_split},     \
  {"splitlines", m_splitlines}, {"startswith", m_startswith}, {"strip", m_strip},                   \
  {"swapcase", m_swapcase}, {"title", m_title}, {"translate", m_translate}, {"upper", m_upper},     \
  {"zfill", m_zfill}

const MethodDef bytes_methods[] = {
    MINIPY_BYTES_SHARED_METHODS,
    {"__getnewargs__", m_getnewargs},
    {"__bytes__", m_bytes},
    {nullptr, nullptr},
};

const MethodDef bytearray_methods[] = {
    MINIPY_BYTES_SHARED_METHODS,
    {"append", ba_append},
    {"extend", ba_extend},
    {"insert", ba_insert},
    {"pop", ba_pop},
    {"remove", ba_remove},
    {"clear", ba_clear},
    {"copy", ba_copy},
    {"reverse", ba_reverse},
    {"__alloc__", ba_alloc},
    {nullptr, nullptr},
};
#undef MINIPY_BYTES_SHARED_METHODS

}  // namespace minipy
