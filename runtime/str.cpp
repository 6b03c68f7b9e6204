// runtime/str.cpp — the str type's core: allocation and the shared ''/one-char
// caches, interning, hashing, comparison, concatenation (with the in-place
// append fast path), repetition, indexing/slicing, iteration, repr and str().
// Methods live in str_methods.cpp, %-formatting and str.format in str_format.cpp.
//
// Layout (objects.h): UTF-8 bytes inline, code-point length, ascii flag. For
// non-ASCII strings `index` is built lazily: the byte offset of every 64th code
// point, so s[i] costs at most 63 UTF-8 steps. A string grown by
// str_concat_inplace keeps spare room after its text; it records the capacity
// in `index` as a tagged word (low bit 1) until an index is needed.
#include <algorithm>
#include <cstring>

#include "runtime/fast_paths.h"
#include "runtime/unicode.h"

namespace minipy {

namespace {

constexpr int64_t kIndexStride = 64;

inline bool index_is_capacity(const StrObject* s) { return (reinterpret_cast<uintptr_t>(s->index) & 1) != 0; }
inline int64_t str_capacity(const StrObject* s) {
  return index_is_capacity(s) ? int64_t(reinterpret_cast<uintptr_t>(s->index) >> 1) : s->size;
}

void str_dealloc(Object* o) {
  StrObject* s = static_cast<StrObject*>(o);
  if (s->index && !index_is_capacity(s)) mem_free(s->index);
  free_object(o);
}

inline bool is_exact_str(ThreadState* ts, Value v) { return v.is_obj() && v.obj()->type == ts->interp->types.str; }

Value make_empty(ThreadState* ts) {
  Interpreter* in = ts->interp;
  if (!in->empty_str) {
    StrObject* s = static_cast<StrObject*>(alloc_object(ts, in->types.str, 0));
    if (!s) return Value();
    s->length = 0; s->size = 0; s->hash = -1; s->ascii = 1;
    in->empty_str = Value::from_obj(s);
  }
  return newref(in->empty_str);
}

Value make_char(ThreadState* ts, unsigned c) {
  Interpreter* in = ts->interp;
  if (!in->single_chars[c]) {
    StrObject* s = static_cast<StrObject*>(alloc_object(ts, in->types.str, 1));
    if (!s) return Value();
    s->length = 1; s->size = 1; s->hash = -1; s->ascii = 1;
    s->data[0] = char(c);
    in->single_chars[c] = Value::from_obj(s);
  }
  return newref(in->single_chars[c]);
}

}  // namespace

// ---------------------------------------------------------------- allocation
StrObject* str_alloc(ThreadState* ts, int64_t size) {
  StrObject* s = static_cast<StrObject*>(alloc_object(ts, ts->interp->types.str, size_t(size)));
  if (!s) return nullptr;
  s->size = size;
  s->hash = -1;
  s->data[size] = 0;
  return s;
}

Value str_finish(ThreadState* ts, StrObject* s, int64_t length, int ascii) {
  std::string_view v(s->data, size_t(s->size));
  if (s->size == 0) { decref(s); return make_empty(ts); }
  if (s->size == 1 && uint8_t(s->data[0]) < 128) {
    unsigned c = uint8_t(s->data[0]);
    decref(s);
    return make_char(ts, c);
  }
  if (ascii < 0) ascii = uni::all_ascii(v);
  if (length < 0) length = ascii ? s->size : uni::utf8_count(v);
  s->ascii = uint8_t(ascii);
  s->length = length;
  return Value::from_obj(s);
}

Value str_new_len(ThreadState* ts, std::string_view utf8, int64_t length, bool ascii) {
  if (utf8.empty()) return make_empty(ts);
  if (utf8.size() == 1 && uint8_t(utf8[0]) < 128) return make_char(ts, uint8_t(utf8[0]));
  StrObject* s = str_alloc(ts, int64_t(utf8.size()));
  if (!s) return Value();
  memcpy(s->data, utf8.data(), utf8.size());
  s->length = length;
  s->ascii = ascii;
  return Value::from_obj(s);
}

Value str_new(ThreadState* ts, std::string_view utf8) {
  if (utf8.size() <= 1) return utf8.empty() ? make_empty(ts) : str_new_len(ts, utf8, 1, uint8_t(utf8[0]) < 128);
  bool ascii = uni::all_ascii(utf8);
  return str_new_len(ts, utf8, ascii ? int64_t(utf8.size()) : uni::utf8_count(utf8), ascii);
}

Value str_from_cstr(ThreadState* ts, const char* s) { return str_new(ts, std::string_view(s)); }

Value str_from_codepoint(ThreadState* ts, uint32_t cp) {
  if (cp < 128) return make_char(ts, cp);
  char buf[4];
  int n = uni::utf8_encode(cp, buf);
  return str_new_len(ts, std::string_view(buf, size_t(n)), 1, false);
}

Value str_decode_utf8(ThreadState* ts, std::string_view bytes) {
  int64_t n;
  bool ascii;
  size_t es, ee;
  const char* reason;
  if (!uni::utf8_validate(bytes, &n, &ascii, &es, &ee, &reason))
    return bytes_decode_to_str(ts, bytes, "utf-8", "strict");  // raises the detailed error
  return str_new_len(ts, bytes, n, ascii);
}

bool is_str(ThreadState* ts, Value v) { return is_str_fast(ts, v); }

// ---------------------------------------------------------------- interning
StrObject* intern(ThreadState* ts, std::string_view text) {
  Interpreter* in = ts->interp;
  std::string key(text);
  auto it = in->interned.find(key);
  if (it != in->interned.end()) return it->second;
  StrObject* s;
  if (text.empty() || (text.size() == 1 && uint8_t(text[0]) < 128)) {
    // Share the one-character cache so 'a' is 'a' whatever path made it.
    Value v = text.empty() ? make_empty(ts) : make_char(ts, uint8_t(text[0]));
    if (!v) return nullptr;
    s = v.as<StrObject>();
  } else {
    Value v = str_new(ts, text);
    if (!v) return nullptr;
    s = v.as<StrObject>();
  }
  s->interned = 1;
  in->interned.emplace(std::move(key), s);  // the map owns the reference
  return s;
}

StrObject* intern(Interpreter* interp, std::string_view s) {
  ThreadState* ts = current_thread_state();
  if (!ts || ts->interp != interp) ts = interp->main_thread;
  return intern(ts, s);
}

// ---------------------------------------------------------------- hashing / comparison
int64_t str_hash(StrObject* s) {
  if (s->hash == -1) s->hash = hash_str_text(s->view(), s->ascii != 0);
  return s->hash;
}

bool str_equal(StrObject* a, StrObject* b) {
  if (a == b) return true;
  if (a->size != b->size) return false;
  if (a->hash != -1 && b->hash != -1 && a->hash != b->hash) return false;
  return memcmp(a->data, b->data, size_t(a->size)) == 0;
}

Value compare_views(std::string_view a, std::string_view b, CmpOp op) {
  if (op == CmpOp::Eq || op == CmpOp::Ne) {
    bool eq = a.size() == b.size() && memcmp(a.data(), b.data(), a.size()) == 0;
    return Value::boolean(eq == (op == CmpOp::Eq));
  }
  int c = a.compare(b);  // unsigned byte order == code-point order for UTF-8
  switch (op) {
    case CmpOp::Lt: return Value::boolean(c < 0);
    case CmpOp::Le: return Value::boolean(c <= 0);
    case CmpOp::Gt: return Value::boolean(c > 0);
    default: return Value::boolean(c >= 0);
  }
}

namespace {

bool str_hash_slot(ThreadState*, Value v, int64_t* out) {
  *out = str_hash(v.as<StrObject>());
  return true;
}

Value str_richcompare(ThreadState* ts, Value a, Value b, CmpOp op) {
  if (!is_str_fast(ts, a) || !is_str_fast(ts, b)) return Value::not_implemented();
  StrObject* x = as_str(a);
  StrObject* y = as_str(b);
  if (op == CmpOp::Eq) return Value::boolean(str_equal(x, y));
  if (op == CmpOp::Ne) return Value::boolean(!str_equal(x, y));
  return compare_views(x->view(), y->view(), op);
}

}  // namespace

// ---------------------------------------------------------------- code-point indexing
namespace {
void build_index(StrObject* s) {
  int64_t n = s->length / kIndexStride + 1;
  uint32_t* idx = static_cast<uint32_t*>(mem_alloc(size_t(n) * sizeof(uint32_t)));
  if (!idx) return;
  const char* p = s->data;
  const char* end = s->data + s->size;
  int64_t cp = 0, k = 0;
  while (p < end) {
    if ((cp & (kIndexStride - 1)) == 0) idx[k++] = uint32_t(p - s->data);
    p += uni::utf8_lead_width(uint8_t(*p));
    ++cp;
  }
  if (k < n) idx[k++] = uint32_t(s->size);
  s->index = idx;  // replaces a capacity tag: the spare room is simply no longer used
}
}  // namespace

int64_t str_byte_offset(StrObject* s, int64_t i) {
  if (s->ascii) return i;
  if (i >= s->length) return s->size;
  const char* p = s->data;
  int64_t rest = i;
  if (i >= kIndexStride) {
    if (!s->index || index_is_capacity(s)) build_index(s);
    if (s->index && !index_is_capacity(s)) {
      p += s->index[i / kIndexStride];
      rest = i % kIndexStride;
    }
  }
  while (rest-- > 0) p += uni::utf8_lead_width(uint8_t(*p));
  return p - s->data;
}

uint32_t str_char_at(StrObject* s, int64_t i) {
  if (s->ascii) return uint8_t(s->data[i]);
  const char* p = s->data + str_byte_offset(s, i);
  return uni::utf8_next(p);
}

int64_t str_cp_index(StrObject* s, int64_t byte_off) {
  if (s->ascii) return byte_off;
  return uni::utf8_count(std::string_view(s->data, size_t(byte_off)));
}

// ---------------------------------------------------------------- concatenation / repetition
Value str_concat(ThreadState* ts, Value a, Value b) {
  StrObject* x = as_str(a);
  StrObject* y = as_str(b);
  if (y->size == 0 && is_exact_str(ts, a)) return newref(a);
  if (x->size == 0 && is_exact_str(ts, b)) return newref(b);
  StrObject* r = str_alloc(ts, x->size + y->size);
  if (!r) return Value();
  memcpy(r->data, x->data, size_t(x->size));
  memcpy(r->data + x->size, y->data, size_t(y->size));
  r->length = x->length + y->length;
  r->ascii = x->ascii && y->ascii;
  return Value::from_obj(r);
}

bool str_concat_inplace(ThreadState* ts, Value* left, Value right) {
  Value l = *left;
  if (!is_exact_str(ts, l) || !is_str_fast(ts, right)) {
    Value r = inplace_op(ts, l, right, BinOp::Add);
    if (!r) return false;
    decref(l);
    *left = r;
    return true;
  }
  StrObject* x = as_str(l);
  StrObject* y = as_str(right);
  if (y->size == 0) return true;
  int64_t need = x->size + y->size;
  if (x->refcnt == 1 && !x->interned) {
    if (index_is_capacity(x) && str_capacity(x) >= need) {
      memcpy(x->data + x->size, y->data, size_t(y->size));
      x->size = need;
      x->data[need] = 0;
      x->length += y->length;
      x->ascii = x->ascii && y->ascii;
      x->hash = -1;
      return true;
    }
    // Grow geometrically so a loop of `s += t` is linear overall.
    int64_t cap = need + (need >> 1) + 16;
    StrObject* r = static_cast<StrObject*>(alloc_object(ts, ts->interp->types.str, size_t(cap)));
    if (!r) return false;
    memcpy(r->data, x->data, size_t(x->size));
    memcpy(r->data + x->size, y->data, size_t(y->size));
    r->size = need;
    r->hash = -1;
    r->length = x->length + y->length;
    r->ascii = x->ascii && y->ascii;
    r->index = reinterpret_cast<uint32_t*>((uintptr_t(cap) << 1) | 1);
    decref(l);
    *left = Value::from_obj(r);
    return true;
  }
  Value r = str_concat(ts, l, right);
  if (!r) return false;
  decref(l);
  *left = r;
  return true;
}

namespace {

Value str_add(ThreadState* ts, Value a, Value b) {
  if (!is_str_fast(ts, a)) return Value::not_implemented();
  if (!is_str_fast(ts, b)) {
    // Let a Python class's __radd__ have its turn; otherwise CPython's sq_concat message.
    if (type_has(type_of(ts, b), kTypeHeapType)) return Value::not_implemented();
    return raisef(ts, Exc::TypeError, "can only concatenate str (not \"%s\") to str", type_name(ts, b));
  }
  return str_concat(ts, a, b);
}

bool is_indexable(ThreadState* ts, Value v) {
  return v.is_small_int() || v.is_bool() || is_int(ts, v) || type_of(ts, v)->slots.index != nullptr;
}

}  // namespace

void repeat_fill(char* dst, std::string_view unit, int64_t n) {
  size_t u = unit.size();
  if (u == 1) { memset(dst, unit[0], size_t(n)); return; }
  if (n == 0 || u == 0) return;
  memcpy(dst, unit.data(), u);
  size_t done = u, total = u * size_t(n);
  while (done < total) {
    size_t c = std::min(done, total - done);
    memcpy(dst + done, dst, c);
    done += c;
  }
}

namespace {

Value str_mul(ThreadState* ts, Value a, Value b) {
  Value s = a, n = b;
  if (!is_str_fast(ts, s)) std::swap(s, n);
  if (!is_str_fast(ts, s)) return Value::not_implemented();
  if (!is_indexable(ts, n)) {
    if (type_has(type_of(ts, n), kTypeHeapType)) return Value::not_implemented();
    return raisef(ts, Exc::TypeError, "can't multiply sequence by non-int of type '%s'", type_name(ts, n));
  }
  int64_t count;
  if (!index_i64(ts, n, &count)) {
    if (err_matches(ts, Exc::IndexError)) {  // index_i64's overflow message, OverflowError for repeats
      err_clear(ts);
      return raise(ts, Exc::OverflowError, "cannot fit 'int' into an index-sized integer");
    }
    return Value();
  }
  StrObject* x = as_str(s);
  if (count <= 0 || x->size == 0) return make_empty(ts);
  if (count == 1 && is_exact_str(ts, s)) return newref(s);
  if (x->size > (int64_t(1) << 62) / count) return raise(ts, Exc::OverflowError, "repeated string is too long");
  StrObject* r = str_alloc(ts, x->size * count);
  if (!r) return Value();
  repeat_fill(r->data, x->view(), count);
  r->length = x->length * count;
  r->ascii = x->ascii;
  return Value::from_obj(r);
}

Value str_mod(ThreadState* ts, Value a, Value b) {
  if (!is_str_fast(ts, a)) return Value::not_implemented();
  return str_percent_format(ts, a, b);
}

bool str_len(ThreadState*, Value v, int64_t* out) {
  *out = as_str(v)->length;
  return true;
}

int str_contains(ThreadState* ts, Value container, Value item) {
  if (!is_str_fast(ts, item))
    return raisef(ts, Exc::TypeError, "'in <string>' requires string as left operand, not %s", type_name(ts, item)),
           -1;
  StrObject* h = as_str(container);
  StrObject* n = as_str(item);
  if (n->size == 0) return 1;
  if (n->size == 1) return memchr(h->data, n->data[0], size_t(h->size)) != nullptr;
  return bytes_find(h->view(), n->view(), 0) != std::string_view::npos;
}

// s[i] for 0 <= i < length.
Value str_item(ThreadState* ts, StrObject* s, int64_t i) {
  if (s->ascii) return make_char(ts, uint8_t(s->data[i]));
  const char* p = s->data + str_byte_offset(s, i);
  const char* q = p;
  uint32_t cp = uni::utf8_next(q);
  if (cp < 128) return make_char(ts, cp);
  return str_new_len(ts, std::string_view(p, size_t(q - p)), 1, false);
}

}  // namespace

Value str_slice_items(ThreadState* ts, Value self, int64_t start, int64_t step, int64_t n) {
  StrObject* s = as_str(self);
  if (n <= 0) return make_empty(ts);
  if (step == 1) {
    if (n == s->length && is_exact_str(ts, self)) return newref(self);
    int64_t b0 = str_byte_offset(s, start);
    int64_t b1 = start + n;  // ASCII: byte offsets are code-point indices
    if (!s->ascii) {
      // Walk from b0 rather than re-searching from the start.
      const char* p = s->data + b0;
      for (int64_t k = 0; k < n; ++k) p += uni::utf8_lead_width(uint8_t(*p));
      b1 = p - s->data;
    }
    return str_new_len(ts, std::string_view(s->data + b0, size_t(b1 - b0)), n, s->ascii);
  }
  if (s->ascii) {
    StrObject* r = str_alloc(ts, n);
    if (!r) return Value();
    for (int64_t k = 0, j = start; k < n; ++k, j += step) r->data[k] = s->data[j];
    return str_finish(ts, r, n, 1);
  }
  std::string out;
  bool ascii = true;
  for (int64_t k = 0, j = start; k < n; ++k, j += step) {
    uint32_t cp = str_char_at(s, j);
    if (cp >= 128) ascii = false;
    uni::utf8_append(out, cp);
  }
  return str_new_len(ts, out, n, ascii);
}

namespace {

Value str_getitem(ThreadState* ts, Value self, Value key) {
  StrObject* s = as_str(self);
  int64_t i;
  if (key.is_small_int()) {
    i = key.as_small_int();
  } else if (key.is_obj() && key.obj()->type == ts->interp->types.slice) {
    int64_t start, stop, step, n;
    if (!slice_indices(ts, key.as<SliceObject>(), s->length, &start, &stop, &step, &n)) return Value();
    return str_slice_items(ts, self, start, step, n);
  } else if (is_indexable(ts, key)) {
    if (!index_i64(ts, key, &i)) return Value();
  } else {
    return raisef(ts, Exc::TypeError, "string indices must be integers, not '%s'", type_name(ts, key));
  }
  if (i < 0) i += s->length;
  if (i < 0 || i >= s->length) return raise(ts, Exc::IndexError, "string index out of range");
  return str_item(ts, s, i);
}

// ---------------------------------------------------------------- iteration
struct StrIterObject : Object {
  Value str;       // owned; null once exhausted
  int64_t pos;     // byte offset of the next code point
  int64_t index;   // code-point index of the next code point
};

Value str_iter(ThreadState* ts, Value self) {
  StrIterObject* it = static_cast<StrIterObject*>(alloc_object(ts, ts->interp->types.str_iter));
  if (!it) return Value();
  it->str = newref(self);
  return Value::from_obj(it);
}

Value str_iter_next(ThreadState* ts, Value self) {
  StrIterObject* it = self.as<StrIterObject>();
  if (!it->str) return Value();
  StrObject* s = as_str(it->str);
  if (it->pos >= s->size) {
    decref(it->str);
    it->str = Value();
    return Value();
  }
  const char* p = s->data + it->pos;
  uint8_t b = uint8_t(*p);
  it->index++;
  if (b < 128) {
    it->pos++;
    return make_char(ts, b);
  }
  int w = uni::utf8_lead_width(b);
  it->pos += w;
  return str_new_len(ts, std::string_view(p, size_t(w)), 1, false);
}

void str_iter_dealloc(Object* o) {
  decref(static_cast<StrIterObject*>(o)->str);
  free_object(o);
}

Value self_iter(ThreadState*, Value self) { return newref(self); }

Value str_iter_length_hint(ThreadState* ts, Value self, const Value*, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "__length_hint__", kw) || !check_nargs(ts, "__length_hint__", nargs, 0, 0)) return Value();
  StrIterObject* it = self.as<StrIterObject>();
  if (!it->str) return Value::small_int(0);
  return Value::small_int(as_str(it->str)->length - it->index);
}

const MethodDef str_iter_methods[] = {
    {"__length_hint__", str_iter_length_hint},
    {nullptr, nullptr},
};

// ---------------------------------------------------------------- repr / str
Value str_repr_slot(ThreadState* ts, Value v) { return str_repr(ts, v); }

Value str_str_slot(ThreadState* ts, Value v) {
  if (is_exact_str(ts, v)) return newref(v);
  StrObject* s = as_str(v);
  return str_new_len(ts, s->view(), s->length, s->ascii);
}

}  // namespace

std::string str_repr_text(std::string_view utf8, bool ascii_only) {
  bool has_sq = utf8.find('\'') != std::string_view::npos;
  bool has_dq = utf8.find('"') != std::string_view::npos;
  char quote = (has_sq && !has_dq) ? '"' : '\'';
  std::string out;
  out.reserve(utf8.size() + 2);
  out.push_back(quote);
  const char* p = utf8.data();
  const char* end = p + utf8.size();
  static constexpr char kHex[] = "0123456789abcdef";
  while (p < end) {
    uint8_t b = uint8_t(*p);
    if (b < 128) {
      ++p;
      if (b == uint8_t(quote) || b == '\\') { out.push_back('\\'); out.push_back(char(b)); }
      else if (b == '\n') out += "\\n";
      else if (b == '\t') out += "\\t";
      else if (b == '\r') out += "\\r";
      else if (b < 0x20 || b == 0x7F) { out += "\\x"; out.push_back(kHex[b >> 4]); out.push_back(kHex[b & 15]); }
      else out.push_back(char(b));
      continue;
    }
    const char* q = p;
    uint32_t cp = uni::utf8_next(q);
    if (!ascii_only && uni::is_printable(cp)) {
      out.append(p, size_t(q - p));
    } else if (cp <= 0xFF) {
      out += "\\x"; out.push_back(kHex[cp >> 4]); out.push_back(kHex[cp & 15]);
    } else if (cp <= 0xFFFF) {
      out += "\\u";
      for (int sh = 12; sh >= 0; sh -= 4) out.push_back(kHex[(cp >> sh) & 15]);
    } else {
      out += "\\U";
      for (int sh = 28; sh >= 0; sh -= 4) out.push_back(kHex[(cp >> sh) & 15]);
    }
    p = q;
  }
  out.push_back(quote);
  return out;
}

Value str_repr(ThreadState* ts, Value s) {
  StrObject* o = as_str(s);
  if (o->ascii) {
    // Fast path: printable ASCII without quotes or backslashes.
    bool plain = true;
    for (int64_t i = 0; i < o->size; ++i) {
      uint8_t b = uint8_t(o->data[i]);
      if (b < 0x20 || b >= 0x7F || b == '\'' || b == '\\') { plain = false; break; }
    }
    if (plain) {
      StrObject* r = str_alloc(ts, o->size + 2);
      if (!r) return Value();
      r->data[0] = '\'';
      memcpy(r->data + 1, o->data, size_t(o->size));
      r->data[o->size + 1] = '\'';
      return str_finish(ts, r, o->size + 2, 1);
    }
  }
  std::string t = str_repr_text(o->view(), false);
  return str_new(ts, t);
}

// ---------------------------------------------------------------- join
Value str_join(ThreadState* ts, Value sep, Value iterable) {
  Ref holder;
  const Value* items;
  int64_t n;
  TypeObject* t = type_of(ts, iterable);
  if (t == ts->interp->types.list) {
    items = iterable.as<ListObject>()->items;
    n = iterable.as<ListObject>()->size;
  } else if (t == ts->interp->types.tuple) {
    items = iterable.as<TupleObject>()->items;
    n = iterable.as<TupleObject>()->size;
  } else {
    Ref it(get_iter(ts, iterable));
    if (!it) {
      if (err_matches(ts, Exc::TypeError)) {
        err_clear(ts);
        return raise(ts, Exc::TypeError, "can only join an iterable");
      }
      return Value();
    }
    holder = Ref(sequence_to_list(ts, it.get()));
    if (!holder) return Value();
    items = holder.as<ListObject>()->items;
    n = holder.as<ListObject>()->size;
  }
  StrObject* sp = as_str(sep);
  if (n == 0) return make_empty(ts);
  if (n == 1 && is_exact_str(ts, items[0])) return newref(items[0]);
  int64_t total = sp->size * (n - 1), length = sp->length * (n - 1);
  bool ascii = sp->ascii;
  for (int64_t i = 0; i < n; ++i) {
    Value v = items[i];
    if (!is_str_fast(ts, v))
      return raisef(ts, Exc::TypeError, "sequence item %lld: expected str instance, %s found", (long long)i,
                    type_name(ts, v));
    StrObject* s = as_str(v);
    total += s->size;
    length += s->length;
    ascii = ascii && s->ascii;
  }
  // Keep the list alive while copying even if it is mutated by nobody (no Python runs here).
  StrObject* r = str_alloc(ts, total);
  if (!r) return Value();
  char* d = r->data;
  for (int64_t i = 0; i < n; ++i) {
    if (i && sp->size) { memcpy(d, sp->data, size_t(sp->size)); d += sp->size; }
    StrObject* s = as_str(items[i]);
    memcpy(d, s->data, size_t(s->size));
    d += s->size;
  }
  return str_finish(ts, r, length, ascii);
}

// ---------------------------------------------------------------- construction
namespace {

Value str_new_slot(ThreadState* ts, TypeObject* type, const Value* args, size_t nargs, TupleObject* kwnames) {
  Value a[3] = {};
  if (nargs == 1 && !kwnames) {
    a[0] = args[0];
  } else {
    static constexpr const char* kNames[] = {"object", "encoding", "errors"};
    if (!parse_args(ts, "str", args, nargs, kwnames, kNames, 3, 0, 3, 0, a)) return Value();
  }
  Ref result;
  if (a[1] || a[2]) {
    std::string_view enc = "utf-8", errs = "strict";
    if (a[1]) {
      if (!is_str_fast(ts, a[1]))
        return raisef(ts, Exc::TypeError, "str() argument 'encoding' must be str, not %s", type_name(ts, a[1]));
      enc = str_view(a[1]);
    }
    if (a[2]) {
      if (!is_str_fast(ts, a[2]))
        return raisef(ts, Exc::TypeError, "str() argument 'errors' must be str, not %s", type_name(ts, a[2]));
      errs = str_view(a[2]);
    }
    if (!a[0]) {
      result = Ref(make_empty(ts));
    } else {
      std::string_view data;
      if (is_str_fast(ts, a[0])) return raise(ts, Exc::TypeError, "decoding str is not supported");
      if (!bytes_like_view(ts, a[0], &data)) {
        err_clear(ts);
        return raisef(ts, Exc::TypeError, "decoding to str: need a bytes-like object, %s found", type_name(ts, a[0]));
      }
      result = Ref(bytes_decode_to_str(ts, data, enc, errs));
    }
  } else if (!a[0]) {
    result = Ref(make_empty(ts));
  } else {
    result = Ref(str(ts, a[0]));
  }
  if (!result) return Value();
  if (type == ts->interp->types.str) {
    if (is_exact_str(ts, result.get())) return result.release();
    StrObject* s = as_str(result.get());
    return str_new_len(ts, s->view(), s->length, s->ascii);
  }
  // A subclass instance: same text, allocated with the subclass's type.
  StrObject* s = as_str(result.get());
  StrObject* r = static_cast<StrObject*>(alloc_object(ts, type, size_t(s->size)));
  if (!r) return Value();
  memcpy(r->data, s->data, size_t(s->size));
  r->size = s->size;
  r->length = s->length;
  r->ascii = s->ascii;
  r->hash = -1;
  return Value::from_obj(r);
}

}  // namespace

const TypeSpec str_type_spec = {
    .name = "str",
    .basicsize = sizeof(StrObject),
    .flags = kTypeBaseType | kTypeStrSubclass,
    .slots = {
        .dealloc = str_dealloc,
        .repr = str_repr_slot,
        .str = str_str_slot,
        .hash = str_hash_slot,
        .richcompare = str_richcompare,
        .iter = str_iter,
        .new_ = str_new_slot,
        .add = str_add,
        .mul = str_mul,
        .mod = str_mod,
        .len = str_len,
        .getitem = str_getitem,
        .contains = str_contains,
    },
    .methods = str_methods,
    .doc = "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\n"
           "Create a new string object from the given object.",
    .itemsize = 1,
};

const TypeSpec str_iter_type_spec = {
    .name = "str_ascii_iterator",
    .basicsize = sizeof(StrIterObject),
    .flags = 0,
    .slots = {
        .dealloc = str_iter_dealloc,
        .iter = self_iter,
        .iternext = str_iter_next,
    },
    .methods = str_iter_methods,
};

bool str_init_interpreter(Interpreter* interp) {
  (void)interp;  // the ''/one-character caches and interned table fill lazily
  return true;
}

}  // namespace minipy
