// runtime/bytes.cpp — the bytes and bytearray types: construction, repr,
// hashing/comparison, concatenation and repetition, indexing/slicing,
// iteration, and bytearray's mutations (item/slice assignment and deletion,
// +=, *=, append/extend/insert/pop/remove/clear/copy/reverse).
// The text-like methods shared by both types live in bytes_methods.cpp.
#include <algorithm>
#include <cstring>
#include <vector>

#include "runtime/bytes_internal.h"

namespace minipy {

// ---------------------------------------------------------------- construction helpers
Value bytes_new(ThreadState* ts, std::string_view data) {
  BytesObject* b = static_cast<BytesObject*>(alloc_object(ts, ts->interp->types.bytes, data.size()));
  if (!b) return Value();
  b->size = int64_t(data.size());
  b->hash = -1;
  if (!data.empty()) memcpy(b->data, data.data(), data.size());
  return Value::from_obj(b);
}

bool bytearray_reserve(ThreadState* ts, ByteArrayObject* a, int64_t need) {
  if (need + 1 <= a->capacity) return true;
  int64_t cap = std::max<int64_t>(need + (need >> 3) + 8, a->capacity * 2);
  char* d = static_cast<char*>(mem_realloc(a->data, size_t(cap)));
  if (!d) { raise_no_memory(ts); return false; }
  a->data = d;
  a->capacity = cap;
  return true;
}

bool bytearray_check_resize(ThreadState* ts, ByteArrayObject* a, int64_t new_size) {
  if (new_size != a->size && a->exports > 0) {
    raise(ts, Exc::BufferError, "Existing exports of data: object cannot be re-sized");
    return false;
  }
  return true;
}

bool bytearray_assign(ThreadState* ts, ByteArrayObject* a, std::string_view data) {
  if (!bytearray_check_resize(ts, a, int64_t(data.size()))) return false;
  if (!bytearray_reserve(ts, a, int64_t(data.size()))) return false;
  if (!data.empty()) memmove(a->data, data.data(), data.size());
  a->size = int64_t(data.size());
  a->data[a->size] = 0;
  return true;
}

Value bytearray_new(ThreadState* ts, std::string_view data) {
  ByteArrayObject* a = static_cast<ByteArrayObject*>(alloc_object(ts, ts->interp->types.bytearray));
  if (!a) return Value();
  if (!bytearray_assign(ts, a, data)) { decref(a); return Value(); }
  return Value::from_obj(a);
}

bool is_bytes(ThreadState*, Value v) { return v.is_obj() && type_has(v.obj()->type, kTypeBytesSubclass); }
bool is_bytearray(ThreadState* ts, Value v) {
  return v.is_obj() && is_subtype(v.obj()->type, ts->interp->types.bytearray);
}

// ---- the buffer protocol front door
namespace {
TypeObject* buffer_type(Value v) {
  if (!v.is_obj()) return nullptr;
  for (TypeObject* t = v.obj()->type; t; t = t->base)
    if (t->slots.getbuffer) return t;
  return nullptr;
}
}  // namespace

bool has_buffer(ThreadState*, Value v) { return buffer_type(v) != nullptr; }

bool buffer_get(ThreadState* ts, Value v, BufferView* out, int flags) {
  TypeObject* t = buffer_type(v);
  if (!t) {
    raisef(ts, Exc::TypeError, "a bytes-like object is required, not '%s'", type_name(ts, v));
    return false;
  }
  *out = BufferView();
  if (!t->slots.getbuffer(ts, v, out, flags)) return false;
  if ((flags & kBufWritable) && out->readonly) {
    buffer_release(ts, out);
    raise(ts, Exc::BufferError, "Object is not writable.");
    return false;
  }
  return true;
}

void buffer_release(ThreadState* ts, BufferView* view) {
  Value owner = view->owner;
  if (!owner) return;
  TypeObject* t = buffer_type(owner);
  if (t && t->slots.releasebuffer) t->slots.releasebuffer(ts, owner, view);
  view->owner = Value();
  decref(owner);
}

bool bytes_like_view(ThreadState* ts, Value v, std::string_view* out) {
  if (v.is_obj()) {
    TypeObject* t = v.obj()->type;
    if (type_has(t, kTypeBytesSubclass)) { *out = v.as<BytesObject>()->view(); return true; }
    if (t == ts->interp->types.bytearray) { *out = v.as<ByteArrayObject>()->view(); return true; }
    if (buffer_type(v)) {
      // A momentary export: the memory stays valid while `v` lives and is not resized,
      // which is all the callers (which copy or consume the bytes at once) need.
      BufferView bv;
      if (!buffer_get(ts, v, &bv, kBufSimple)) return false;
      *out = std::string_view(static_cast<const char*>(bv.buf), size_t(bv.len));
      buffer_release(ts, &bv);
      return true;
    }
  }
  raisef(ts, Exc::TypeError, "a bytes-like object is required, not '%s'", type_name(ts, v));
  return false;
}

bool writable_buffer_view(ThreadState* ts, Value v, char** data, int64_t* len) {
  BufferView bv;
  if (!buffer_type(v) || !buffer_get(ts, v, &bv, kBufSimple)) {
    err_clear(ts);  // CPython's "w*" converter replaces any export failure
    raisef(ts, Exc::TypeError, "argument must be read-write bytes-like object, not %s", type_name(ts, v));
    return false;
  }
  bool ro = bv.readonly;
  *data = static_cast<char*>(bv.buf);
  *len = bv.len;
  buffer_release(ts, &bv);
  if (ro) {
    raisef(ts, Exc::TypeError, "argument must be read-write bytes-like object, not %s", type_name(ts, v));
    return false;
  }
  return true;
}

bool bytes_is_buffer(ThreadState* ts, Value v) {
  if (!v.is_obj()) return false;
  TypeObject* t = v.obj()->type;
  if (type_has(t, kTypeBytesSubclass) || t == ts->interp->types.bytearray) return true;
  // A strided memoryview has no simple (contiguous) buffer: callers that accept only
  // those report it as not bytes-like, like CPython's PyBUF_SIMPLE requests.
  if (t == ts->interp->types.memoryview) return memoryview_is_contiguous(v);
  return buffer_type(v) != nullptr;
}

Value bytes_result(ThreadState* ts, Value self, std::string_view data) {
  if (is_bytearray(ts, self)) return bytearray_new(ts, data);
  return bytes_new(ts, data);
}

bool byte_value(ThreadState* ts, Value v, uint8_t* out) {
  int64_t i;
  if (v.is_small_int()) {
    i = v.as_small_int();
  } else {
    if (!index_i64(ts, v, &i)) {
      if (err_matches(ts, Exc::OverflowError) || err_matches(ts, Exc::IndexError)) {
        err_clear(ts);
        raise(ts, Exc::ValueError, "byte must be in range(0, 256)");
      }
      return false;
    }
  }
  if (i < 0 || i > 255) { raise(ts, Exc::ValueError, "byte must be in range(0, 256)"); return false; }
  *out = uint8_t(i);
  return true;
}

// bytes(x) / bytearray(x) payload from an arbitrary source (not str, not int).
bool bytes_from_object(ThreadState* ts, Value src, std::string* out, const char* tname) {
  std::string_view v;
  if (is_memoryview(ts, src)) return memoryview_tobytes(ts, src, out);  // may be strided
  if (bytes_is_buffer(ts, src)) {
    if (!bytes_like_view(ts, src, &v)) return false;
    out->assign(v);
    return true;
  }
  Ref it(get_iter(ts, src));
  if (!it) {
    if (err_matches(ts, Exc::TypeError)) {
      err_clear(ts);
      raisef(ts, Exc::TypeError, "cannot convert '%s' object to %s", type_name(ts, src), tname);
    }
    return false;
  }
  while (true) {
    Ref item(iter_next(ts, it.get()));
    if (!item) return !err_occurred(ts);
    uint8_t b;
    if (!item.get().is_small_int() && !is_int(ts, item.get()) && !type_of(ts, item.get())->slots.index) {
      raisef(ts, Exc::TypeError, "'%s' object cannot be interpreted as an integer", type_name(ts, item.get()));
      return false;
    }
    if (!byte_value(ts, item.get(), &b)) {
      if (err_matches(ts, Exc::ValueError)) {
        err_clear(ts);
        raise(ts, Exc::ValueError, "bytes must be in range(0, 256)");
      }
      return false;
    }
    out->push_back(char(b));
  }
}

// Shared argument handling of bytes() and bytearray(): fills `out`.
bool bytes_ctor_payload(ThreadState* ts, const char* tname, const Value* args, size_t nargs, TupleObject* kwnames,
                        std::string* out, bool* is_bytes_passthrough, Value* passthrough) {
  static constexpr const char* kNames[] = {"source", "encoding", "errors"};
  Value a[3] = {};
  if (!parse_args(ts, tname, args, nargs, kwnames, kNames, 3, 0, 3, 0, a)) return false;
  *is_bytes_passthrough = false;
  if (!a[0]) {
    if (a[1] || a[2]) {
      raise(ts, Exc::TypeError, a[1] ? "encoding without a string argument" : "errors without a string argument");
      return false;
    }
    return true;
  }
  Value src = a[0];
  if (is_str_fast(ts, src)) {
    if (!a[1]) {
      raise(ts, Exc::TypeError, "string argument without an encoding");
      return false;
    }
    if (!is_str_fast(ts, a[1])) {
      raisef(ts, Exc::TypeError, "%s() argument 'encoding' must be str, not %s", tname, type_name(ts, a[1]));
      return false;
    }
    std::string_view errs = "strict";
    if (a[2]) {
      if (!is_str_fast(ts, a[2])) {
        raisef(ts, Exc::TypeError, "%s() argument 'errors' must be str, not %s", tname, type_name(ts, a[2]));
        return false;
      }
      errs = str_view(a[2]);
    }
    return str_encode_to(ts, as_str(src), str_view(a[1]), errs, out);
  }
  if (a[1] || a[2]) {
    raise(ts, Exc::TypeError, a[1] ? "encoding without a string argument" : "errors without a string argument");
    return false;
  }
  // __bytes__ (bytes() only)
  if (strcmp(tname, "bytes") == 0 && !bytes_is_buffer(ts, src)) {
    bool is_m = false;
    Ref m(lookup_special(ts, src, ts->interp->names.__bytes__, &is_m));
    if (m) {
      Ref r(is_m ? call1(ts, m.get(), src) : call0(ts, m.get()));
      if (!r) return false;
      if (!is_bytes(ts, r.get())) {
        raisef(ts, Exc::TypeError, "__bytes__ returned non-bytes (type %s)", type_name(ts, r.get()));
        return false;
      }
      *is_bytes_passthrough = true;
      *passthrough = r.release();
      return true;
    }
    if (err_occurred(ts)) return false;
  }
  if (src.is_small_int() || is_int(ts, src) || (!bytes_is_buffer(ts, src) && type_of(ts, src)->slots.index)) {
    int64_t n;
    if (!index_i64(ts, src, &n)) return false;
    if (n < 0) { raise(ts, Exc::ValueError, "negative count"); return false; }
    return bytes_fill_buffer(ts, out, n, '\0', std::string_view(tname) == "bytearray");
  }
  return bytes_from_object(ts, src, out, tname);
}

bool bytes_fill_buffer(ThreadState* ts, std::string* out, int64_t n, char fill, bool is_bytearray) {
  constexpr int64_t kMaxBytes = INT64_MAX - 64;  // CPython: PY_SSIZE_T_MAX less the object header
  if (n > kMaxBytes) {
    if (is_bytearray) raise_no_memory(ts);
    else raise(ts, Exc::OverflowError, "byte string is too large");
    return false;
  }
  try {
    out->assign(size_t(n), fill);
  } catch (const std::exception&) {  // bad_alloc / length_error: no such memory
    raise_no_memory(ts);
    return false;
  }
  return true;
}

namespace {

// ---------------------------------------------------------------- bytes slots
void bytes_dealloc(Object* o) { free_object(o); }

bool bytes_getbuffer(ThreadState*, Value v, BufferView* out, int) {
  BytesObject* b = v.as<BytesObject>();
  out->buf = b->data;
  out->len = b->size;
  out->readonly = true;
  out->owner = newref(v);
  return true;
}

bool bytearray_getbuffer(ThreadState*, Value v, BufferView* out, int) {
  ByteArrayObject* a = v.as<ByteArrayObject>();
  out->buf = a->data ? a->data : const_cast<char*>("");
  out->len = a->size;
  out->readonly = false;
  out->owner = newref(v);
  a->exports++;
  return true;
}

void bytearray_releasebuffer(ThreadState*, Value v, BufferView*) { v.as<ByteArrayObject>()->exports--; }

Value bytes_new_slot(ThreadState* ts, TypeObject* type, const Value* args, size_t nargs, TupleObject* kwnames) {
  std::string data;
  bool pass = false;
  Value pv;
  if (!bytes_ctor_payload(ts, "bytes", args, nargs, kwnames, &data, &pass, &pv)) return Value();
  if (pass) {
    if (type == ts->interp->types.bytes && pv.obj()->type == type) return pv;
    data.assign(pv.as<BytesObject>()->view());
    decref(pv);
  }
  if (type == ts->interp->types.bytes) return bytes_new(ts, data);
  BytesObject* b = static_cast<BytesObject*>(alloc_object(ts, type, data.size()));
  if (!b) return Value();
  b->size = int64_t(data.size());
  b->hash = -1;
  memcpy(b->data, data.data(), data.size());
  return Value::from_obj(b);
}

}  // namespace

// bytearray's repr escapes every single quote, even inside "..." (CPython's
// bytearray_repr); bytes' repr escapes only the chosen quote.
static std::string bytes_repr_impl(std::string_view data, bool escape_all_sq);

std::string bytes_repr_text(std::string_view data) { return bytes_repr_impl(data, false); }

static std::string bytes_repr_impl(std::string_view data, bool escape_all_sq) {
  bool has_sq = data.find('\'') != std::string_view::npos;
  bool has_dq = data.find('"') != std::string_view::npos;
  char quote = (has_sq && !has_dq) ? '"' : '\'';
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(data.size() + 3);
  out.push_back('b');
  out.push_back(quote);
  for (char ch : data) {
    uint8_t c = uint8_t(ch);
    if (c == uint8_t(quote) || c == '\\' || (escape_all_sq && c == '\'')) { out.push_back('\\'); out.push_back(char(c)); }
    else if (c == '\t') out += "\\t";
    else if (c == '\n') out += "\\n";
    else if (c == '\r') out += "\\r";
    else if (c < 0x20 || c >= 0x7F) { out += "\\x"; out.push_back(kHex[c >> 4]); out.push_back(kHex[c & 15]); }
    else out.push_back(char(c));
  }
  out.push_back(quote);
  return out;
}

namespace {

Value bytes_repr(ThreadState* ts, Value v) { return str_new(ts, bytes_repr_text(v.as<BytesObject>()->view())); }

Value bytearray_repr(ThreadState* ts, Value v) {
  std::string r = type_name(ts, v);
  r += "(";
  r += bytes_repr_impl(v.as<ByteArrayObject>()->view(), true);
  r += ")";
  return str_new(ts, r);
}

bool bytes_hash(ThreadState*, Value v, int64_t* out) {
  BytesObject* b = v.as<BytesObject>();
  if (b->hash == -1) b->hash = hash_bytes(b->view());
  *out = b->hash;
  return true;
}

// bytes or bytearray itself (the operand whose slot runs); other buffers only as arguments.
bool bytes_or_bytearray(ThreadState* ts, Value v) { return is_bytes(ts, v) || is_bytearray(ts, v); }

Value buffer_richcompare(ThreadState* ts, Value a, Value b, CmpOp op) {
  // bytes compares only with bytes; bytearray with any buffer (CPython's rules).
  if (is_bytearray(ts, a) || is_bytearray(ts, b)) {
    if (!bytes_is_buffer(ts, a) || !bytes_is_buffer(ts, b)) return Value::not_implemented();
  } else if (!is_bytes(ts, a) || !is_bytes(ts, b)) {
    return Value::not_implemented();
  }
  std::string_view x, y;
  bytes_like_view(ts, a, &x);
  bytes_like_view(ts, b, &y);
  return compare_views(x, y, op);
}

Value buffer_concat(ThreadState* ts, Value a, Value b) {
  if (!bytes_or_bytearray(ts, a)) return Value::not_implemented();
  if (!bytes_is_buffer(ts, b)) {
    if (type_has(type_of(ts, b), kTypeHeapType)) return Value::not_implemented();
    return raisef(ts, Exc::TypeError, "can't concat %s to %s", type_name(ts, b), type_name(ts, a));
  }
  std::string_view x, y;
  bytes_like_view(ts, a, &x);
  bytes_like_view(ts, b, &y);
  bool ba = is_bytearray(ts, a);
  if (!ba && y.empty() && a.obj()->type == ts->interp->types.bytes) return newref(a);
  std::string r;
  r.reserve(x.size() + y.size());
  r.append(x);
  r.append(y);
  return ba ? bytearray_new(ts, r) : bytes_new(ts, r);
}

bool repeat_count(ThreadState* ts, Value n, int64_t* count) {
  if (!(n.is_small_int() || is_int(ts, n) || type_of(ts, n)->slots.index)) {
    raisef(ts, Exc::TypeError, "can't multiply sequence by non-int of type '%s'", type_name(ts, n));
    return false;
  }
  return index_i64(ts, n, count);
}

Value buffer_repeat(ThreadState* ts, Value a, Value b) {
  Value s = a, n = b;
  if (!bytes_or_bytearray(ts, s)) std::swap(s, n);
  if (!bytes_or_bytearray(ts, s)) return Value::not_implemented();
  if (type_has(type_of(ts, n), kTypeHeapType) && !type_of(ts, n)->slots.index) return Value::not_implemented();
  int64_t count;
  if (!repeat_count(ts, n, &count)) return Value();
  std::string_view x;
  bytes_like_view(ts, s, &x);
  if (count < 0) count = 0;
  // CPython: a bytes result past the largest object is an OverflowError, a
  // bytearray one (or memory that is not there) a MemoryError.
  if (!x.empty() && int64_t(x.size()) > (INT64_MAX - 64) / std::max<int64_t>(count, 1)) {
    if (is_bytearray(ts, s)) return raise_no_memory(ts);
    return raise(ts, Exc::OverflowError, "repeated bytes are too long");
  }
  std::string r;
  if (!bytes_fill_buffer(ts, &r, int64_t(x.size()) * count, '\0', is_bytearray(ts, s))) return Value();
  repeat_fill(r.data(), x, count);
  return bytes_result(ts, s, r);
}

Value buffer_mod(ThreadState* ts, Value a, Value b) {
  if (!bytes_or_bytearray(ts, a)) return Value::not_implemented();
  return bytes_percent_format(ts, a, b);
}

bool buffer_len(ThreadState* ts, Value v, int64_t* out) {
  std::string_view x;
  bytes_like_view(ts, v, &x);
  *out = int64_t(x.size());
  return true;
}

int buffer_contains(ThreadState* ts, Value self, Value item) {
  std::string_view x;
  bytes_like_view(ts, self, &x);
  if (item.is_small_int() || is_int(ts, item)) {
    uint8_t b;
    if (!byte_value(ts, item, &b)) return -1;
    return memchr(x.data(), b, x.size()) != nullptr;
  }
  std::string_view y;
  if (!bytes_like_view(ts, item, &y)) return -1;
  return bytes_find(x, y, 0) != std::string_view::npos;
}

Value buffer_getitem(ThreadState* ts, Value self, Value key) {
  std::string_view x;
  bytes_like_view(ts, self, &x);
  bool ba = is_bytearray(ts, self);
  int64_t n = int64_t(x.size());
  if (key.is_obj() && key.obj()->type == ts->interp->types.slice) {
    int64_t start, stop, step, len;
    if (!slice_indices(ts, key.as<SliceObject>(), n, &start, &stop, &step, &len)) return Value();
    if (len <= 0) return ba ? bytearray_new(ts, "") : bytes_new(ts, "");
    if (step == 1) {
      if (!ba && len == n && self.obj()->type == ts->interp->types.bytes) return newref(self);
      return ba ? bytearray_new(ts, x.substr(size_t(start), size_t(len))) : bytes_new(ts, x.substr(size_t(start), size_t(len)));
    }
    std::string r(size_t(len), '\0');
    for (int64_t k = 0, j = start; k < len; ++k, j += step) r[size_t(k)] = x[size_t(j)];
    return ba ? bytearray_new(ts, r) : bytes_new(ts, r);
  }
  if (!(key.is_small_int() || is_int(ts, key) || type_of(ts, key)->slots.index))
    return raisef(ts, Exc::TypeError, "%s indices must be integers or slices, not %s", ba ? "bytearray" : "byte",
                  type_name(ts, key));
  int64_t i;
  if (!index_i64(ts, key, &i)) return Value();
  if (i < 0) i += n;
  if (i < 0 || i >= n) return raise(ts, Exc::IndexError, ba ? "bytearray index out of range" : "index out of range");
  return Value::small_int(uint8_t(x[size_t(i)]));
}

// ---------------------------------------------------------------- iteration
struct BytesIterObject : Object {
  Value seq;      // owned; null when exhausted
  int64_t index;
};

Value make_iter(ThreadState* ts, Value self, TypeObject* t) {
  BytesIterObject* it = static_cast<BytesIterObject*>(alloc_object(ts, t));
  if (!it) return Value();
  it->seq = newref(self);
  return Value::from_obj(it);
}
Value bytes_iter(ThreadState* ts, Value self) { return make_iter(ts, self, ts->interp->types.bytes_iter); }
Value bytearray_iter(ThreadState* ts, Value self) { return make_iter(ts, self, ts->interp->types.bytearray_iter); }

Value bytes_iter_next(ThreadState* ts, Value self) {
  BytesIterObject* it = self.as<BytesIterObject>();
  if (!it->seq) return Value();
  std::string_view x;
  bytes_like_view(ts, it->seq, &x);
  if (it->index >= int64_t(x.size())) {
    decref(it->seq);
    it->seq = Value();
    return Value();
  }
  return Value::small_int(uint8_t(x[size_t(it->index++)]));
}

void bytes_iter_dealloc(Object* o) {
  decref(static_cast<BytesIterObject*>(o)->seq);
  free_object(o);
}

Value iter_self(ThreadState*, Value self) { return newref(self); }

Value bytes_iter_length_hint(ThreadState* ts, Value self, const Value*, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "__length_hint__", kw) || !check_nargs(ts, "__length_hint__", nargs, 0, 0)) return Value();
  BytesIterObject* it = self.as<BytesIterObject>();
  if (!it->seq) return Value::small_int(0);
  std::string_view x;
  bytes_like_view(ts, it->seq, &x);
  return Value::small_int(std::max<int64_t>(0, int64_t(x.size()) - it->index));
}

const MethodDef bytes_iter_methods[] = {
    {"__length_hint__", bytes_iter_length_hint},
    {nullptr, nullptr},
};

// ---------------------------------------------------------------- bytearray
void bytearray_dealloc(Object* o) {
  mem_free(static_cast<ByteArrayObject*>(o)->data);
  free_object(o);
}

Value bytearray_new_slot(ThreadState* ts, TypeObject* type, const Value*, size_t, TupleObject*) {
  ByteArrayObject* a = static_cast<ByteArrayObject*>(alloc_object(ts, type));
  if (!a) return Value();
  return Value::from_obj(a);
}

bool bytearray_init(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  std::string data;
  bool pass = false;
  Value pv;
  if (!bytes_ctor_payload(ts, "bytearray", args, nargs, kwnames, &data, &pass, &pv)) return false;
  return bytearray_assign(ts, self.as<ByteArrayObject>(), data);
}

// Bytes for the right side of a slice assignment.
bool assign_source(ThreadState* ts, Value v, std::string* out) {
  if (bytes_is_buffer(ts, v)) {
    std::string_view x;
    bytes_like_view(ts, v, &x);
    out->assign(x);
    return true;
  }
  if (v.is_small_int() || is_int(ts, v) || is_str_fast(ts, v) || !type_of(ts, v)->slots.iter) {
    raise(ts, Exc::TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
    return false;
  }
  return bytes_from_object(ts, v, out, "bytearray");
}

bool bytearray_setitem(ThreadState* ts, Value self, Value key, Value v) {
  ByteArrayObject* a = self.as<ByteArrayObject>();
  if (key.is_obj() && key.obj()->type == ts->interp->types.slice) {
    int64_t start, stop, step, len;
    if (!slice_indices(ts, key.as<SliceObject>(), a->size, &start, &stop, &step, &len)) return false;
    if (!v) {  // deletion
      if (len <= 0) return true;
      if (!bytearray_check_resize(ts, a, a->size - len)) return false;
      if (step < 0) { start = start + step * (len - 1); step = -step; }
      std::string keep;
      keep.reserve(size_t(a->size - len));
      int64_t next_del = start, deleted = 0;
      for (int64_t i = 0; i < a->size; ++i) {
        if (deleted < len && i == next_del) { ++deleted; next_del += step; continue; }
        keep.push_back(a->data[i]);
      }
      return bytearray_assign(ts, a, keep);
    }
    std::string src;
    if (!assign_source(ts, v, &src)) return false;
    if (step == 1) {
      if (stop < start) stop = start;
      std::string r;
      r.reserve(size_t(a->size - (stop - start)) + src.size());
      r.append(a->data, size_t(start));
      r.append(src);
      r.append(a->data + stop, size_t(a->size - stop));
      return bytearray_assign(ts, a, r);
    }
    if (int64_t(src.size()) != len) {
      raisef(ts, Exc::ValueError, "attempt to assign bytes of size %zu to extended slice of size %lld", src.size(),
             (long long)len);
      return false;
    }
    for (int64_t k = 0, j = start; k < len; ++k, j += step) a->data[j] = src[size_t(k)];
    return true;
  }
  if (!(key.is_small_int() || is_int(ts, key) || type_of(ts, key)->slots.index)) {
    raisef(ts, Exc::TypeError, "bytearray indices must be integers or slices, not %s", type_name(ts, key));
    return false;
  }
  int64_t i;
  if (!index_i64(ts, key, &i)) return false;
  if (i < 0) i += a->size;
  if (i < 0 || i >= a->size) {
    raise(ts, Exc::IndexError, "bytearray index out of range");
    return false;
  }
  if (!v) {
    if (!bytearray_check_resize(ts, a, a->size - 1)) return false;
    memmove(a->data + i, a->data + i + 1, size_t(a->size - i - 1));
    a->size--;
    a->data[a->size] = 0;
    return true;
  }
  uint8_t b;
  if (!byte_value(ts, v, &b)) return false;
  a->data[i] = char(b);
  return true;
}

Value bytearray_iadd(ThreadState* ts, Value self, Value other) {
  if (!bytes_is_buffer(ts, other)) {
    if (type_has(type_of(ts, other), kTypeHeapType)) return Value::not_implemented();
    return raisef(ts, Exc::TypeError, "can't concat %s to %s", type_name(ts, other), type_name(ts, self));
  }
  ByteArrayObject* a = self.as<ByteArrayObject>();
  std::string_view y;
  bytes_like_view(ts, other, &y);
  std::string copy(y);  // other may be self
  if (!bytearray_check_resize(ts, a, a->size + int64_t(copy.size()))) return Value();
  if (!bytearray_reserve(ts, a, a->size + int64_t(copy.size()))) return Value();
  memcpy(a->data + a->size, copy.data(), copy.size());
  a->size += int64_t(copy.size());
  a->data[a->size] = 0;
  return newref(self);
}

Value bytearray_imul(ThreadState* ts, Value self, Value n) {
  int64_t count;
  if (!repeat_count(ts, n, &count)) return Value();
  ByteArrayObject* a = self.as<ByteArrayObject>();
  if (count < 0) count = 0;
  if (a->size && count && a->size > (INT64_MAX - 64) / count) return raise_no_memory(ts);
  std::string r;
  if (!bytes_fill_buffer(ts, &r, a->size * count, '\0', true)) return Value();
  repeat_fill(r.data(), a->view(), count);
  if (!bytearray_assign(ts, a, r)) return Value();
  return newref(self);
}

}  // namespace

// ---- bytearray methods (listed in bytearray_methods, bytes_methods.cpp)
#define BA(self) (self).as<ByteArrayObject>()

Value ba_append(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "append", kw)) return Value();
  if (nargs != 1) return raisef(ts, Exc::TypeError, "bytearray.append() takes exactly one argument (%zu given)", nargs);
  uint8_t b;
  if (!(args[0].is_small_int() || is_int(ts, args[0]) || type_of(ts, args[0])->slots.index))
    return raisef(ts, Exc::TypeError, "'%s' object cannot be interpreted as an integer", type_name(ts, args[0]));
  if (!byte_value(ts, args[0], &b)) return Value();
  ByteArrayObject* a = BA(self);
  if (!bytearray_check_resize(ts, a, a->size + 1)) return Value();
  if (!bytearray_reserve(ts, a, a->size + 1)) return Value();
  a->data[a->size++] = char(b);
  a->data[a->size] = 0;
  return Value::none();
}

Value ba_extend(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "extend", kw)) return Value();
  if (nargs != 1) return raisef(ts, Exc::TypeError, "bytearray.extend() takes exactly one argument (%zu given)", nargs);
  std::string src;
  Value v = args[0];
  if (bytes_is_buffer(ts, v)) {
    std::string_view x;
    bytes_like_view(ts, v, &x);
    src.assign(x);
  } else {
    if (!type_of(ts, v)->slots.iter && !is_str_fast(ts, v))
      return raisef(ts, Exc::TypeError, "can't extend bytearray with %s", type_name(ts, v));
    if (!bytes_from_object(ts, v, &src, "bytearray")) {
      if (err_matches(ts, Exc::TypeError) && !type_of(ts, v)->slots.iter) {
        err_clear(ts);
        return raisef(ts, Exc::TypeError, "can't extend bytearray with %s", type_name(ts, v));
      }
      if (err_matches(ts, Exc::ValueError)) {
        err_clear(ts);
        return raise(ts, Exc::ValueError, "byte must be in range(0, 256)");
      }
      return Value();
    }
  }
  ByteArrayObject* a = BA(self);
  if (!bytearray_check_resize(ts, a, a->size + int64_t(src.size()))) return Value();
  if (!bytearray_reserve(ts, a, a->size + int64_t(src.size()))) return Value();
  memcpy(a->data + a->size, src.data(), src.size());
  a->size += int64_t(src.size());
  a->data[a->size] = 0;
  return Value::none();
}

Value ba_insert(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "insert", kw)) return Value();
  if (nargs != 2) return raisef(ts, Exc::TypeError, "insert expected 2 arguments, got %zu", nargs);
  int64_t i;
  if (!index_i64(ts, args[0], &i)) return Value();
  uint8_t b;
  if (!(args[1].is_small_int() || is_int(ts, args[1]) || type_of(ts, args[1])->slots.index))
    return raisef(ts, Exc::TypeError, "'%s' object cannot be interpreted as an integer", type_name(ts, args[1]));
  if (!byte_value(ts, args[1], &b)) return Value();
  ByteArrayObject* a = BA(self);
  if (i < 0) { i += a->size; if (i < 0) i = 0; }
  if (i > a->size) i = a->size;
  if (!bytearray_check_resize(ts, a, a->size + 1)) return Value();
  if (!bytearray_reserve(ts, a, a->size + 1)) return Value();
  memmove(a->data + i + 1, a->data + i, size_t(a->size - i));
  a->data[i] = char(b);
  a->size++;
  a->data[a->size] = 0;
  return Value::none();
}

Value ba_pop(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "pop", kw)) return Value();
  if (nargs > 1) return raisef(ts, Exc::TypeError, "pop expected at most 1 argument, got %zu", nargs);
  ByteArrayObject* a = BA(self);
  int64_t i = -1;
  if (nargs == 1 && !index_i64(ts, args[0], &i)) return Value();
  if (a->size == 0) return raise(ts, Exc::IndexError, "pop from empty bytearray");
  if (i < 0) i += a->size;
  if (i < 0 || i >= a->size) return raise(ts, Exc::IndexError, "pop index out of range");
  if (!bytearray_check_resize(ts, a, a->size - 1)) return Value();
  uint8_t b = uint8_t(a->data[i]);
  memmove(a->data + i, a->data + i + 1, size_t(a->size - i - 1));
  a->size--;
  a->data[a->size] = 0;
  return Value::small_int(b);
}

Value ba_remove(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "remove", kw)) return Value();
  if (nargs != 1) return raisef(ts, Exc::TypeError, "bytearray.remove() takes exactly one argument (%zu given)", nargs);
  uint8_t b;
  if (!(args[0].is_small_int() || is_int(ts, args[0]) || type_of(ts, args[0])->slots.index))
    return raisef(ts, Exc::TypeError, "'%s' object cannot be interpreted as an integer", type_name(ts, args[0]));
  if (!byte_value(ts, args[0], &b)) return Value();
  ByteArrayObject* a = BA(self);
  const void* p = a->size ? memchr(a->data, b, size_t(a->size)) : nullptr;
  if (!p) return raise(ts, Exc::ValueError, "value not found in bytearray");
  int64_t i = static_cast<const char*>(p) - a->data;
  if (!bytearray_check_resize(ts, a, a->size - 1)) return Value();
  memmove(a->data + i, a->data + i + 1, size_t(a->size - i - 1));
  a->size--;
  a->data[a->size] = 0;
  return Value::none();
}

Value ba_clear(ThreadState* ts, Value self, const Value*, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "clear", kw) || !check_nargs(ts, "clear", nargs, 0, 0)) return Value();
  ByteArrayObject* a = BA(self);
  if (!bytearray_check_resize(ts, a, 0)) return Value();
  a->size = 0;
  if (a->data) a->data[0] = 0;
  return Value::none();
}

Value ba_copy(ThreadState* ts, Value self, const Value*, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "copy", kw) || !check_nargs(ts, "copy", nargs, 0, 0)) return Value();
  return bytearray_new(ts, BA(self)->view());
}

Value ba_reverse(ThreadState* ts, Value self, const Value*, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "reverse", kw) || !check_nargs(ts, "reverse", nargs, 0, 0)) return Value();
  ByteArrayObject* a = BA(self);
  if (a->size) std::reverse(a->data, a->data + a->size);
  return Value::none();
}

Value ba_alloc(ThreadState* ts, Value self, const Value*, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "__alloc__", kw) || !check_nargs(ts, "__alloc__", nargs, 0, 0)) return Value();
  return Value::small_int(BA(self)->capacity);
}
#undef BA

const TypeSpec bytes_type_spec = {
    .name = "bytes",
    .basicsize = sizeof(BytesObject),
    .flags = kTypeBaseType | kTypeBytesSubclass,
    .slots = {
        .dealloc = bytes_dealloc,
        .repr = bytes_repr,
        .hash = bytes_hash,
        .richcompare = buffer_richcompare,
        .iter = bytes_iter,
        .new_ = bytes_new_slot,
        .add = buffer_concat,
        .mul = buffer_repeat,
        .mod = buffer_mod,
        .len = buffer_len,
        .getitem = buffer_getitem,
        .contains = buffer_contains,
        .getbuffer = bytes_getbuffer,
    },
    .methods = bytes_methods,
    .doc = "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes\n"
           "bytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\nbytes(int) -> bytes object of size given by the parameter initialized with null bytes\n"
           "bytes() -> empty bytes object",
    .itemsize = 1,
};

const TypeSpec bytearray_type_spec = {
    .name = "bytearray",
    .basicsize = sizeof(ByteArrayObject),
    .flags = kTypeBaseType,
    .slots = {
        .dealloc = bytearray_dealloc,
        .repr = bytearray_repr,
        .richcompare = buffer_richcompare,
        .iter = bytearray_iter,
        .new_ = bytearray_new_slot,
        .init = bytearray_init,
        .add = buffer_concat,
        .mul = buffer_repeat,
        .mod = buffer_mod,
        .iadd = bytearray_iadd,
        .imul = bytearray_imul,
        .len = buffer_len,
        .getitem = buffer_getitem,
        .setitem = bytearray_setitem,
        .contains = buffer_contains,
        .getbuffer = bytearray_getbuffer,
        .releasebuffer = bytearray_releasebuffer,
    },
    .methods = bytearray_methods,
    .doc = "bytearray(iterable_of_ints) -> bytearray\nbytearray(string, encoding[, errors]) -> bytearray\n"
           "bytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\nbytearray(int) -> bytes array of size given by the parameter initialized with null bytes\n"
           "bytearray() -> empty bytes array",
};

const TypeSpec bytes_iter_type_spec = {
    .name = "bytes_iterator",
    .basicsize = sizeof(BytesIterObject),
    .flags = 0,
    .slots = {
        .dealloc = bytes_iter_dealloc,
        .iter = iter_self,
        .iternext = bytes_iter_next,
    },
    .methods = bytes_iter_methods,
};

const TypeSpec bytearray_iter_type_spec = {
    .name = "bytearray_iterator",
    .basicsize = sizeof(BytesIterObject),
    .flags = 0,
    .slots = {
        .dealloc = bytes_iter_dealloc,
        .iter = iter_self,
        .iternext = bytes_iter_next,
    },
    .methods = bytes_iter_methods,
};

}  // namespace minipy
