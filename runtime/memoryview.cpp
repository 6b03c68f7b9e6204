// runtime/memoryview.cpp — memoryview as in CPython 3.11: a view of any buffer
// exporter (bytes, bytearray, array.array, mmap, another memoryview...) through
// the getbuffer slot, with format/itemsize/shape/strides, item access per native
// single-character format, 1-D slicing (any step), slice assignment, cast() to
// 1-D or N-D shapes, tolist/tobytes/hex/toreadonly/release, ==, hash, and the
// memoryview's own buffer export (C-contiguous views only).
// Must not: support suboffsets (PIL-style) or non-native struct formats.
#include <cstring>
#include <string>

#include "runtime/bytes_internal.h"

namespace minipy {

bool is_memoryview(ThreadState* ts, Value v) { return v.is_obj() && v.obj()->type == ts->interp->types.memoryview; }

namespace {

MemoryViewObject* mv(Value v) { return v.as<MemoryViewObject>(); }

const char kReleasedMsg[] = "operation forbidden on released memoryview object";

bool check_live(ThreadState* ts, MemoryViewObject* m) {
  if (m->released) {
    raise(ts, Exc::ValueError, kReleasedMsg);
    return false;
  }
  return true;
}

// Item size of a native single-character format ("B", "@i"), 0 if not one.
int64_t native_itemsize(std::string_view f, char* code) {
  if (f.size() == 2 && f[0] == '@') f.remove_prefix(1);
  if (f.size() != 1) return 0;
  *code = f[0];
  switch (f[0]) {
    case 'c': case 'b': case 'B': case '?': return 1;
    case 'h': case 'H': return 2;  // 'e' (half float) is not a memoryview format in 3.11
    case 'i': case 'I': case 'f': return 4;
    case 'l': case 'L': case 'q': case 'Q': case 'n': case 'N': case 'd': case 'P': return 8;
    default: return 0;
  }
}

char fmt_code(MemoryViewObject* m) {
  char c = 0;
  if (!native_itemsize(m->format, &c)) return 0;
  return c;
}

// The format as a string with static storage (BufferView::format).
const char* static_format(char c) {
  static constexpr const char kCodes[] = "cbB?hHeiIflLqQnNdP";
  static constexpr const char* kStrs[] = {"c", "b", "B", "?", "h", "H", "e", "i", "I",
                                          "f", "l", "L", "q", "Q", "n", "N", "d", "P"};
  const char* p = c ? strchr(kCodes, c) : nullptr;
  return p ? kStrs[p - kCodes] : "B";
}

bool is_byte_format(char c) { return c == 'B' || c == 'b' || c == 'c'; }

int64_t nitems(MemoryViewObject* m) {
  int64_t n = 1;
  for (int64_t i = 0; i < m->ndim; ++i) n *= m->shape[i];
  return n;
}

bool is_c_contiguous(MemoryViewObject* m) {
  int64_t sd = m->itemsize;
  for (int64_t i = m->ndim - 1; i >= 0; --i) {
    if (m->shape[i] == 0) return true;
    if (m->shape[i] > 1 && m->strides[i] != sd) return false;
    sd *= m->shape[i];
  }
  return true;
}

bool is_f_contiguous(MemoryViewObject* m) {
  int64_t sd = m->itemsize;
  for (int64_t i = 0; i < m->ndim; ++i) {
    if (m->shape[i] == 0) return true;
    if (m->shape[i] > 1 && m->strides[i] != sd) return false;
    sd *= m->shape[i];
  }
  return true;
}

void set_c_strides(MemoryViewObject* m) {
  int64_t sd = m->itemsize;
  for (int64_t i = m->ndim - 1; i >= 0; --i) {
    m->strides[i] = sd;
    sd *= m->shape[i];
  }
}

// ---- items
Value unpack_item(ThreadState* ts, char code, const char* p) {
  switch (code) {
    case 'B': return Value::small_int(*reinterpret_cast<const uint8_t*>(p));
    case 'b': return Value::small_int(*reinterpret_cast<const int8_t*>(p));
    case 'c': return bytes_new(ts, std::string_view(p, 1));
    case '?': return Value::boolean(*p != 0);
#define MV_LOAD(T) ([&] { T x; memcpy(&x, p, sizeof x); return x; }())
    case 'h': return Value::small_int(MV_LOAD(int16_t));
    case 'H': return Value::small_int(MV_LOAD(uint16_t));
    case 'i': return Value::small_int(MV_LOAD(int32_t));
    case 'I': return Value::small_int(MV_LOAD(uint32_t));
    case 'l': case 'q': case 'n': return int_from_i64(ts, MV_LOAD(int64_t));
    case 'L': case 'Q': case 'N': case 'P': return int_from_u64(ts, MV_LOAD(uint64_t));
    case 'f': return float_new(ts, double(MV_LOAD(float)));
    case 'd': return float_new(ts, MV_LOAD(double));
#undef MV_LOAD
    default: return raisef(ts, Exc::NotImplementedError, "memoryview: format %c not supported", code);
  }
}

bool bad_value(ThreadState* ts, char code) {
  raisef(ts, Exc::ValueError, "memoryview: invalid value for format '%c'", code);
  return false;
}
bool bad_type(ThreadState* ts, char code) {
  raisef(ts, Exc::TypeError, "memoryview: invalid type for format '%c'", code);
  return false;
}

bool pack_item(ThreadState* ts, char code, Value v, char* p) {
  switch (code) {
    case 'c': {
      if (!is_bytes(ts, v)) return bad_type(ts, code);
      BytesObject* b = v.as<BytesObject>();
      if (b->size != 1) return bad_value(ts, code);
      *p = b->data[0];
      return true;
    }
    case '?': {
      int t = truthy(ts, v);
      if (t < 0) return false;
      *p = char(t);
      return true;
    }
    case 'f': case 'd': {
      double d;
      if (!as_double(ts, v, &d)) {
        if (err_matches(ts, Exc::TypeError)) { err_clear(ts); return bad_type(ts, code); }
        return false;
      }
      if (code == 'd') { memcpy(p, &d, 8); return true; }
      float f = float(d);
      memcpy(p, &f, 4);
      return true;
    }
    default: break;
  }
  if (!(v.is_small_int() || is_int(ts, v) || type_of(ts, v)->slots.index)) return bad_type(ts, code);
  Ref iv(index(ts, v));
  if (!iv) return false;
  bool is_unsigned = code == 'B' || code == 'H' || code == 'I' || code == 'L' || code == 'Q' || code == 'N' ||
                     code == 'P';
  int64_t i = 0;
  uint64_t u = 0;
  if (is_unsigned && !iv.get().is_small_int()) {
    mpz_t z;
    mpz_init(z);
    int_to_mpz(ts, iv.get(), z);
    bool ok = mpz_sgn(z) >= 0 && mpz_sizeinbase(z, 2) <= 64;
    if (ok) u = mpz_get_ui(z);
    mpz_clear(z);
    if (!ok) return bad_value(ts, code);
  } else {
    if (!int_as_i64(ts, iv.get(), &i)) {
      err_clear(ts);
      return bad_value(ts, code);
    }
    if (is_unsigned) {
      if (i < 0) return bad_value(ts, code);
      u = uint64_t(i);
    }
  }
  auto store = [&](auto x) { memcpy(p, &x, sizeof x); return true; };
  switch (code) {
    case 'B': if (u > 0xff) return bad_value(ts, code); return store(uint8_t(u));
    case 'b': if (i < -128 || i > 127) return bad_value(ts, code); return store(int8_t(i));
    case 'H': if (u > 0xffff) return bad_value(ts, code); return store(uint16_t(u));
    case 'h': if (i < -32768 || i > 32767) return bad_value(ts, code); return store(int16_t(i));
    case 'I': if (u > 0xffffffffu) return bad_value(ts, code); return store(uint32_t(u));
    case 'i': if (i < INT32_MIN || i > INT32_MAX) return bad_value(ts, code); return store(int32_t(i));
    case 'l': case 'q': case 'n': return store(i);
    case 'L': case 'Q': case 'N': case 'P': return store(u);
    default:
      raisef(ts, Exc::NotImplementedError, "memoryview: format %s not supported", std::string(1, code).c_str());
      return false;
  }
}

// ---- construction
MemoryViewObject* alloc_mv(ThreadState* ts) {
  MemoryViewObject* m = static_cast<MemoryViewObject*>(alloc_object(ts, ts->interp->types.memoryview));
  if (m) m->hash = -1;
  return m;
}

// A new view sharing `src`'s layout, holding its own export of the original exporter.
MemoryViewObject* clone_view(ThreadState* ts, MemoryViewObject* src) {
  MemoryViewObject* m = alloc_mv(ts);
  if (!m) return nullptr;
  if (!buffer_get(ts, src->view.owner, &m->view, kBufSimple)) {
    decref(m);
    return nullptr;
  }
  m->obj = newref(src->obj);
  m->buf = src->buf;
  m->itemsize = src->itemsize;
  m->ndim = src->ndim;
  for (int64_t i = 0; i < src->ndim; ++i) {
    m->shape[i] = src->shape[i];
    m->strides[i] = src->strides[i];
  }
  memcpy(m->format, src->format, sizeof m->format);
  m->readonly = src->readonly;
  return m;
}

Value view_of_object(ThreadState* ts, Value obj) {
  if (is_memoryview(ts, obj)) {
    if (!check_live(ts, mv(obj))) return Value();
    MemoryViewObject* m = clone_view(ts, mv(obj));
    return m ? Value::from_obj(m) : Value();
  }
  MemoryViewObject* m = alloc_mv(ts);
  if (!m) return Value();
  if (!buffer_get(ts, obj, &m->view, kBufSimple)) {
    decref(m);
    return Value();
  }
  m->obj = newref(obj);
  m->buf = static_cast<char*>(m->view.buf);
  m->itemsize = m->view.itemsize > 0 ? m->view.itemsize : 1;
  m->ndim = 1;
  m->shape[0] = m->view.len / m->itemsize;
  m->strides[0] = m->itemsize;
  snprintf(m->format, sizeof m->format, "%s", m->view.format ? m->view.format : "B");
  m->readonly = m->view.readonly;
  return Value::from_obj(m);
}

void release_view(ThreadState* ts, MemoryViewObject* m) {
  if (m->released) return;
  m->released = true;
  buffer_release(ts, &m->view);
}

void mv_dealloc(Object* o) {
  MemoryViewObject* m = static_cast<MemoryViewObject*>(o);
  if (!m->released) buffer_release(nullptr, &m->view);  // the slots accept a null ThreadState here
  decref(m->obj);
  free_object(o);
}

Value mv_new(ThreadState* ts, TypeObject*, const Value* args, size_t nargs, TupleObject* kwnames) {
  static constexpr const char* kNames[] = {"object"};
  Value a[1] = {};
  if (!parse_args(ts, "memoryview", args, nargs, kwnames, kNames, 1, 0, 1, 1, a)) return Value();
  if (!is_memoryview(ts, a[0]) && !has_buffer(ts, a[0]))
    return raisef(ts, Exc::TypeError, "memoryview: a bytes-like object is required, not '%s'", type_name(ts, a[0]));
  return view_of_object(ts, a[0]);
}

// ---- whole-view helpers
// Append the C-order bytes of dimension `dim` starting at p.
void copy_out(MemoryViewObject* m, int64_t dim, const char* p, std::string* out) {
  if (dim == m->ndim) {
    out->append(p, size_t(m->itemsize));
    return;
  }
  if (dim == m->ndim - 1 && m->strides[dim] == m->itemsize) {
    out->append(p, size_t(m->shape[dim] * m->itemsize));
    return;
  }
  for (int64_t i = 0; i < m->shape[dim]; ++i) copy_out(m, dim + 1, p + i * m->strides[dim], out);
}

Value tolist_dim(ThreadState* ts, MemoryViewObject* m, char code, int64_t dim, const char* p) {
  ListObject* l = list_new(ts, m->shape[dim]);
  if (!l) return Value();
  Ref hold(Value::from_obj(l));
  for (int64_t i = 0; i < m->shape[dim]; ++i) {
    const char* q = p + i * m->strides[dim];
    Value item = dim + 1 == m->ndim ? unpack_item(ts, code, q) : tolist_dim(ts, m, code, dim + 1, q);
    if (!item) {
      for (int64_t k = i; k < m->shape[dim]; ++k) l->items[k] = Value::none();
      return Value();
    }
    l->items[i] = item;
  }
  return hold.release();
}

// Parse an item format so the caller can access items; NotImplementedError otherwise.
bool item_code(ThreadState* ts, MemoryViewObject* m, char* code) {
  *code = fmt_code(m);
  if (!*code) {
    raisef(ts, Exc::NotImplementedError, "memoryview: format %s not supported", m->format);
    return false;
  }
  return true;
}

Value mv_repr(ThreadState* ts, Value self) {
  return str_new(ts, strf(mv(self)->released ? "<released memory at %p>" : "<memory at %p>",
                          static_cast<void*>(self.obj())));
}

bool mv_len(ThreadState* ts, Value self, int64_t* out) {
  MemoryViewObject* m = mv(self);
  if (!check_live(ts, m)) return false;
  *out = m->ndim == 0 ? 1 : m->shape[0];
  return true;
}

bool mv_hash(ThreadState* ts, Value self, int64_t* out) {
  MemoryViewObject* m = mv(self);
  if (m->hash != -1) { *out = m->hash; return true; }
  if (!check_live(ts, m)) return false;
  if (!m->readonly) {
    raise(ts, Exc::ValueError, "cannot hash writable memoryview object");
    return false;
  }
  if (!is_byte_format(fmt_code(m))) {
    raise(ts, Exc::ValueError, "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
    return false;
  }
  // CPython hashes the exporter first (an unhashable one makes the view unhashable).
  int64_t ignored;
  if (!hash(ts, m->obj, &ignored)) return false;
  std::string bytes;
  copy_out(m, 0, m->buf, &bytes);
  m->hash = hash_bytes(bytes);
  *out = m->hash;
  return true;
}

// Compare two views item by item (same shape required).
int equal_dim(ThreadState* ts, MemoryViewObject* a, char ca, const char* pa, MemoryViewObject* b, char cb,
              const char* pb, int64_t dim) {
  if (dim == a->ndim) {
    if (ca == cb && ca != 'f' && ca != 'd') return memcmp(pa, pb, size_t(a->itemsize)) == 0;
    Ref x(unpack_item(ts, ca, pa));
    if (!x) return -1;
    Ref y(unpack_item(ts, cb, pb));
    if (!y) return -1;
    return richcompare_bool(ts, x.get(), y.get(), CmpOp::Eq);
  }
  for (int64_t i = 0; i < a->shape[dim]; ++i) {
    int r = equal_dim(ts, a, ca, pa + i * a->strides[dim], b, cb, pb + i * b->strides[dim], dim + 1);
    if (r != 1) return r;
  }
  return 1;
}

Value mv_richcompare(ThreadState* ts, Value a, Value b, CmpOp op) {
  if (op != CmpOp::Eq && op != CmpOp::Ne) return Value::not_implemented();
  bool want_eq = op == CmpOp::Eq;
  Value self = is_memoryview(ts, a) ? a : b;
  Value other = self == a ? b : a;
  // Released views are equal only to themselves; live ones compare item by item
  // (so a view of NaNs is not equal to itself).
  if (mv(self)->released) return Value::boolean((a == b) == want_eq);
  Ref ov;
  if (is_memoryview(ts, other)) {
    if (mv(other)->released) return Value::boolean(!want_eq);
    ov = Ref(newref(other));
  } else {
    if (!has_buffer(ts, other)) return Value::not_implemented();
    ov = Ref(view_of_object(ts, other));
    if (!ov) return Value();
  }
  MemoryViewObject* x = mv(self);
  MemoryViewObject* y = mv(ov.get());
  bool same = x->ndim == y->ndim;
  for (int64_t i = 0; same && i < x->ndim; ++i) same = x->shape[i] == y->shape[i];
  if (!same) return Value::boolean(!want_eq);
  char cx = fmt_code(x), cy = fmt_code(y);
  if (!cx || !cy) return Value::boolean(!want_eq);  // formats it cannot unpack ('w'...) never compare equal
  int r = equal_dim(ts, x, cx, x->buf, y, cy, y->buf, 0);
  if (r < 0) return Value();
  return Value::boolean((r == 1) == want_eq);
}

bool is_index_key(ThreadState* ts, Value key) {
  return key.is_small_int() || is_int(ts, key) || type_of(ts, key)->slots.index;
}

// Pointer to item `key` along dimension `dim`.
bool index_ptr(ThreadState* ts, MemoryViewObject* m, Value key, int64_t dim, char** p) {
  int64_t i;
  if (!index_i64(ts, key, &i)) return false;
  int64_t n = m->shape[dim];
  if (i < 0) i += n;
  if (i < 0 || i >= n) {
    raisef(ts, Exc::IndexError, "index out of bounds on dimension %lld", (long long)(dim + 1));
    return false;
  }
  *p += i * m->strides[dim];
  return true;
}

// Resolve a full index (an int for 1-D, a tuple of ints for N-D) to an item pointer.
// Returns 1 with *p set, 0 when the key is not an index form, -1 on error.
int item_ptr(ThreadState* ts, MemoryViewObject* m, Value key, char** p, bool for_set) {
  *p = m->buf;
  if (is_index_key(ts, key)) {
    if (m->ndim == 0) {
      raise(ts, Exc::TypeError, "invalid indexing of 0-dim memory");
      return -1;
    }
    if (m->ndim > 1) {
      raise(ts, Exc::NotImplementedError,
            for_set ? "sub-views are not implemented" : "multi-dimensional sub-views are not implemented");
      return -1;
    }
    return index_ptr(ts, m, key, 0, p) ? 1 : -1;
  }
  if (is_tuple(ts, key)) {
    TupleObject* t = key.as<TupleObject>();
    bool all_int = true, all_slice = true;
    for (int64_t k = 0; k < t->size; ++k) {
      Value e = t->items[k];
      if (!is_index_key(ts, e)) all_int = false;
      if (!(e.is_obj() && e.obj()->type == ts->interp->types.slice)) all_slice = false;
    }
    if (all_int) {
      if (t->size < m->ndim) {
        raise(ts, Exc::NotImplementedError, "sub-views are not implemented");
        return -1;
      }
      if (t->size > m->ndim) {
        raisef(ts, Exc::TypeError, "cannot index %lld-dimension view with %lld-element tuple", (long long)m->ndim,
               (long long)t->size);
        return -1;
      }
      for (int64_t k = 0; k < t->size; ++k)
        if (!index_ptr(ts, m, t->items[k], k, p)) return -1;
      return 1;
    }
    if (all_slice && t->size > 0) {
      raise(ts, Exc::NotImplementedError, "multi-dimensional slicing is not implemented");
      return -1;
    }
  }
  return 0;
}

bool is_slice(ThreadState* ts, Value key) { return key.is_obj() && key.obj()->type == ts->interp->types.slice; }

Value mv_getitem(ThreadState* ts, Value self, Value key) {
  MemoryViewObject* m = mv(self);
  if (!check_live(ts, m)) return Value();
  if (m->ndim == 0 && (key == Value::ellipsis() || (is_tuple(ts, key) && key.as<TupleObject>()->size == 0))) {
    if (key == Value::ellipsis()) return newref(self);
    char code;
    if (!item_code(ts, m, &code)) return Value();
    return unpack_item(ts, code, m->buf);
  }
  if (is_slice(ts, key)) {
    if (m->ndim == 0) return raise(ts, Exc::TypeError, "invalid indexing of 0-dim memory");
    int64_t start, stop, step, len;
    if (!slice_indices(ts, key.as<SliceObject>(), m->shape[0], &start, &stop, &step, &len)) return Value();
    MemoryViewObject* r = clone_view(ts, m);
    if (!r) return Value();
    r->buf = m->buf + start * m->strides[0];
    r->shape[0] = len < 0 ? 0 : len;
    r->strides[0] = m->strides[0] * step;
    return Value::from_obj(r);
  }
  if (key == Value::ellipsis()) return newref(self);
  char* p;
  int r = item_ptr(ts, m, key, &p, false);
  if (r < 0) return Value();
  if (r == 0) return raise(ts, Exc::TypeError, "memoryview: invalid slice key");
  char code;
  if (!item_code(ts, m, &code)) return Value();
  return unpack_item(ts, code, p);
}

bool mv_setitem(ThreadState* ts, Value self, Value key, Value value) {
  MemoryViewObject* m = mv(self);
  if (!check_live(ts, m)) return false;
  if (m->readonly) {
    raise(ts, Exc::TypeError, "cannot modify read-only memory");
    return false;
  }
  if (!value) {
    raise(ts, Exc::TypeError, "cannot delete memory");
    return false;
  }
  char code;
  if (m->ndim == 0 && (key == Value::ellipsis() || (is_tuple(ts, key) && key.as<TupleObject>()->size == 0))) {
    if (!item_code(ts, m, &code)) return false;
    return pack_item(ts, code, value, m->buf);
  }
  if (is_slice(ts, key)) {
    if (m->ndim != 1) {
      raise(ts, Exc::NotImplementedError, "memoryview slice assignments are currently restricted to ndim = 1");
      return false;
    }
    int64_t start, stop, step, len;
    if (!slice_indices(ts, key.as<SliceObject>(), m->shape[0], &start, &stop, &step, &len)) return false;
    if (len < 0) len = 0;
    Ref src(is_memoryview(ts, value) ? newref(value) : view_of_object(ts, value));
    if (!src) {
      if (err_matches(ts, Exc::TypeError) && !has_buffer(ts, value)) {
        err_clear(ts);
        raisef(ts, Exc::TypeError, "a bytes-like object is required, not '%s'", type_name(ts, value));
      }
      return false;
    }
    MemoryViewObject* s = mv(src.get());
    if (!check_live(ts, s)) return false;
    char cd = fmt_code(m), cs = fmt_code(s);
    bool same_fmt = (cd && cd == cs) || strcmp(m->format, s->format) == 0;
    if (!same_fmt || s->itemsize != m->itemsize || s->ndim != 1 || s->shape[0] != len) {
      raise(ts, Exc::ValueError, "memoryview assignment: lvalue and rvalue have different structures");
      return false;
    }
    std::string tmp;  // the source may overlap the destination
    copy_out(s, 0, s->buf, &tmp);
    char* d = m->buf + start * m->strides[0];
    for (int64_t k = 0; k < len; ++k)
      memcpy(d + k * step * m->strides[0], tmp.data() + k * m->itemsize, size_t(m->itemsize));
    return true;
  }
  char* p;
  int r = item_ptr(ts, m, key, &p, true);
  if (r < 0) return false;
  if (r == 0) {
    raise(ts, Exc::TypeError, "memoryview: invalid slice key");
    return false;
  }
  if (!item_code(ts, m, &code)) return false;
  return pack_item(ts, code, value, p);
}

Value mv_iter(ThreadState* ts, Value self) {
  MemoryViewObject* m = mv(self);
  if (!check_live(ts, m)) return Value();
  if (m->ndim == 0) return raise(ts, Exc::TypeError, "invalid indexing of 0-dim memory");
  if (m->ndim > 1) return raise(ts, Exc::NotImplementedError, "multi-dimensional sub-views are not implemented");
  char code;
  if (!item_code(ts, m, &code)) return Value();
  return seq_iter_new(ts, self);  // live: reads each item through mv_getitem
}

bool mv_getbuffer(ThreadState* ts, Value self, BufferView* out, int) {
  MemoryViewObject* m = mv(self);
  if (!check_live(ts, m)) return false;
  if (!is_c_contiguous(m)) {
    raise(ts, Exc::BufferError, "memoryview: underlying buffer is not C-contiguous");
    return false;
  }
  if (!buffer_get(ts, m->view.owner, out, kBufSimple)) return false;
  out->buf = m->buf;
  out->len = nitems(m) * m->itemsize;
  out->readonly = m->readonly;
  out->itemsize = m->itemsize;
  out->format = static_format(fmt_code(m));
  return true;
}

// ---- methods
bool no_args(ThreadState* ts, const char* name, size_t nargs, TupleObject* kw) {
  return no_kwargs(ts, name, kw) && check_nargs(ts, name, nargs, 0, 0);
}

Value m_tobytes(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  static constexpr const char* kNames[] = {"order"};
  Value a[1] = {};
  if (!parse_args(ts, "tobytes", args, nargs, kw, kNames, 1, 0, 1, 0, a)) return Value();
  MemoryViewObject* m = mv(self);
  if (!check_live(ts, m)) return Value();
  if (a[0] && a[0] != Value::none()) {
    if (!is_str(ts, a[0])) return raisef(ts, Exc::TypeError, "tobytes() argument 'order' must be str or None, not %s",
                                         type_name(ts, a[0]));
    std::string_view o = str_view(a[0]);
    if (o != "C" && o != "F" && o != "A") return raise(ts, Exc::ValueError, "order must be 'C', 'F' or 'A'");
  }
  std::string out;
  if (a[0] && a[0] != Value::none() && str_view(a[0]) == "F" && m->ndim > 1) {
    // Fortran order: the first index varies fastest.
    int64_t idx[kMvMaxDim] = {};
    for (int64_t n = nitems(m); n > 0; --n) {
      const char* p = m->buf;
      for (int64_t d = 0; d < m->ndim; ++d) p += idx[d] * m->strides[d];
      out.append(p, size_t(m->itemsize));
      for (int64_t d = 0; d < m->ndim && ++idx[d] == m->shape[d]; ++d) idx[d] = 0;
    }
  } else {
    copy_out(m, 0, m->buf, &out);
  }
  return bytes_new(ts, out);
}

Value m_tolist(ThreadState* ts, Value self, const Value*, size_t nargs, TupleObject* kw) {
  if (!no_args(ts, "tolist", nargs, kw)) return Value();
  MemoryViewObject* m = mv(self);
  if (!check_live(ts, m)) return Value();
  char code;
  if (!item_code(ts, m, &code)) return Value();
  if (m->ndim == 0) return unpack_item(ts, code, m->buf);
  return tolist_dim(ts, m, code, 0, m->buf);
}

Value m_hex(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  MemoryViewObject* m = mv(self);
  if (!check_live(ts, m)) return Value();
  std::string data;
  copy_out(m, 0, m->buf, &data);
  Ref b(bytes_new(ts, data));
  if (!b) return Value();
  return call_method(ts, b.get(), intern(ts, "hex"), args, nargs, kw);
}

Value m_toreadonly(ThreadState* ts, Value self, const Value*, size_t nargs, TupleObject* kw) {
  if (!no_args(ts, "toreadonly", nargs, kw)) return Value();
  MemoryViewObject* m = mv(self);
  if (!check_live(ts, m)) return Value();
  MemoryViewObject* r = clone_view(ts, m);
  if (!r) return Value();
  r->readonly = true;
  return Value::from_obj(r);
}

bool shape_from(ThreadState* ts, Value shape, int64_t* dims, int64_t* ndim) {
  if (!is_list(ts, shape) && !is_tuple(ts, shape)) {
    raise(ts, Exc::TypeError, "shape must be a list or a tuple");
    return false;
  }
  int64_t n = is_list(ts, shape) ? shape.as<ListObject>()->size : shape.as<TupleObject>()->size;
  const Value* items = is_list(ts, shape) ? shape.as<ListObject>()->items : shape.as<TupleObject>()->items;
  if (n > kMvMaxDim) {
    raise(ts, Exc::ValueError, "memoryview: number of dimensions must not exceed 64");
    return false;
  }
  for (int64_t i = 0; i < n; ++i) {
    int64_t d = 0;
    if (!(items[i].is_small_int() || is_int(ts, items[i])) || !int_as_i64(ts, items[i], &d) || d <= 0) {
      err_clear(ts);
      raise(ts, Exc::ValueError, "memoryview.cast(): elements of shape must be integers > 0");
      return false;
    }
    dims[i] = d;
  }
  *ndim = n;
  return true;
}

Value m_cast(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  static constexpr const char* kNames[] = {"format", "shape"};
  Value a[2] = {};
  if (!parse_args(ts, "cast", args, nargs, kw, kNames, 2, 0, 2, 1, a)) return Value();
  MemoryViewObject* m = mv(self);
  if (!check_live(ts, m)) return Value();
  if (!is_str(ts, a[0]))
    return raisef(ts, Exc::TypeError, "cast() argument 'format' must be str, not %s", type_name(ts, a[0]));
  if (!is_c_contiguous(m)) return raise(ts, Exc::TypeError, "memoryview: casts are restricted to C-contiguous views");
  bool has_shape = a[1] && a[1] != Value::none();
  int64_t dims[kMvMaxDim];
  int64_t ndim = 1;
  if (has_shape) {
    if (!is_list(ts, a[1]) && !is_tuple(ts, a[1])) return raise(ts, Exc::TypeError, "shape must be a list or a tuple");
    int64_t n = is_list(ts, a[1]) ? a[1].as<ListObject>()->size : a[1].as<TupleObject>()->size;
    if (m->ndim != 1 && n != 1) return raise(ts, Exc::TypeError, "memoryview: cast must be 1D -> ND or ND -> 1D");
    if (!shape_from(ts, a[1], dims, &ndim)) return Value();
  }
  std::string_view f = str_view(a[0]);
  char code = 0;
  int64_t isz = native_itemsize(f, &code);
  if (!isz)
    return raise(ts, Exc::ValueError,
                 "memoryview: destination format must be a native single character format prefixed with an optional "
                 "'@'");
  char src = fmt_code(m);
  if (!is_byte_format(code) && !is_byte_format(src))
    return raise(ts, Exc::TypeError, "memoryview: cannot cast between two non-byte formats");
  int64_t nbytes = nitems(m) * m->itemsize;
  if (nbytes % isz) return raise(ts, Exc::TypeError, "memoryview: length is not a multiple of itemsize");
  if (has_shape) {
    int64_t prod = 1;
    for (int64_t i = 0; i < ndim; ++i) prod *= dims[i];
    if (prod * isz != nbytes) return raise(ts, Exc::TypeError, "memoryview: product(shape) * itemsize != buffer size");
  } else {
    dims[0] = nbytes / isz;
  }
  MemoryViewObject* r = clone_view(ts, m);
  if (!r) return Value();
  r->itemsize = isz;
  r->ndim = ndim;
  for (int64_t i = 0; i < ndim; ++i) r->shape[i] = dims[i];
  set_c_strides(r);
  snprintf(r->format, sizeof r->format, "%.*s", int(f.size()), f.data());
  return Value::from_obj(r);
}

Value m_release(ThreadState* ts, Value self, const Value*, size_t nargs, TupleObject* kw) {
  if (!no_args(ts, "release", nargs, kw)) return Value();
  release_view(ts, mv(self));
  return Value::none();
}
Value m_enter(ThreadState* ts, Value self, const Value*, size_t, TupleObject*) {
  if (!check_live(ts, mv(self))) return Value();
  return newref(self);
}
Value m_exit(ThreadState* ts, Value self, const Value*, size_t, TupleObject*) {
  release_view(ts, mv(self));
  return Value::none();
}

// Not picklable, with CPython's messages (its object.__reduce_ex__ path gives these).
Value m_reduce_ex(ThreadState* ts, Value, const Value*, size_t, TupleObject*) {
  return raise(ts, Exc::TypeError, "cannot pickle memoryview objects");
}
Value m_reduce(ThreadState* ts, Value, const Value*, size_t, TupleObject*) {
  return raise(ts, Exc::TypeError, "cannot pickle 'memoryview' object");
}

const MethodDef mv_methods[] = {
    {"__reduce_ex__", m_reduce_ex},
    {"__reduce__", m_reduce},
    {"tobytes", m_tobytes},
    {"tolist", m_tolist},
    {"hex", m_hex},
    {"toreadonly", m_toreadonly},
    {"cast", m_cast},
    {"release", m_release},
    {"__enter__", m_enter},
    {"__exit__", m_exit},
    {nullptr, nullptr},
};

#define MV_LIVE(self)                                     \
  MemoryViewObject* m = mv(self);                         \
  if (!check_live(ts, m)) return Value()

Value ints_tuple(ThreadState* ts, const int64_t* v, int64_t n) {
  TupleObject* t = tuple_new(ts, n);
  if (!t) return Value();
  for (int64_t i = 0; i < n; ++i) t->items[i] = int_from_i64(ts, v[i]);
  return Value::from_obj(t);
}

Value g_obj(ThreadState* ts, Value self) { MV_LIVE(self); return newref(m->obj); }
Value g_nbytes(ThreadState* ts, Value self) { MV_LIVE(self); return int_from_i64(ts, nitems(m) * m->itemsize); }
Value g_readonly(ThreadState* ts, Value self) { MV_LIVE(self); return Value::boolean(m->readonly); }
Value g_itemsize(ThreadState* ts, Value self) { MV_LIVE(self); return Value::small_int(m->itemsize); }
Value g_ndim(ThreadState* ts, Value self) { MV_LIVE(self); return Value::small_int(m->ndim); }
Value g_format(ThreadState* ts, Value self) { MV_LIVE(self); return str_new(ts, m->format); }
Value g_shape(ThreadState* ts, Value self) { MV_LIVE(self); return ints_tuple(ts, m->shape, m->ndim); }
Value g_strides(ThreadState* ts, Value self) { MV_LIVE(self); return ints_tuple(ts, m->strides, m->ndim); }
Value g_suboffsets(ThreadState* ts, Value self) { MV_LIVE(self); return ints_tuple(ts, nullptr, 0); }
Value g_c_contiguous(ThreadState* ts, Value self) { MV_LIVE(self); return Value::boolean(is_c_contiguous(m)); }
Value g_f_contiguous(ThreadState* ts, Value self) { MV_LIVE(self); return Value::boolean(is_f_contiguous(m)); }
Value g_contiguous(ThreadState* ts, Value self) {
  MV_LIVE(self);
  return Value::boolean(is_c_contiguous(m) || is_f_contiguous(m));
}
#undef MV_LIVE

const GetSetDef mv_getsets[] = {
    {"obj", g_obj},
    {"nbytes", g_nbytes},
    {"readonly", g_readonly},
    {"itemsize", g_itemsize},
    {"ndim", g_ndim},
    {"format", g_format},
    {"shape", g_shape},
    {"strides", g_strides},
    {"suboffsets", g_suboffsets},
    {"c_contiguous", g_c_contiguous},
    {"f_contiguous", g_f_contiguous},
    {"contiguous", g_contiguous},
    {nullptr, nullptr},
};

}  // namespace

bool memoryview_is_contiguous(Value v) {
  MemoryViewObject* m = mv(v);
  return m->released || is_c_contiguous(m);
}

bool memoryview_tobytes(ThreadState* ts, Value v, std::string* out) {
  MemoryViewObject* m = mv(v);
  if (!check_live(ts, m)) return false;
  copy_out(m, 0, m->buf, out);
  return true;
}

const TypeSpec memoryview_type_spec = {
    .name = "memoryview",
    .basicsize = sizeof(MemoryViewObject),
    .flags = 0,
    .slots = {
        .dealloc = mv_dealloc,
        .repr = mv_repr,
        .hash = mv_hash,
        .richcompare = mv_richcompare,
        .iter = mv_iter,
        .new_ = mv_new,
        .len = mv_len,
        .getitem = mv_getitem,
        .setitem = mv_setitem,
        .getbuffer = mv_getbuffer,
    },
    .methods = mv_methods,
    .getsets = mv_getsets,
    .doc = "Create a new memoryview object which references the given object.",
};

}  // namespace minipy
