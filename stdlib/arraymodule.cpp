// stdlib/arraymodule.cpp — the native `array` module: array.array, a compact
// sequence of C numbers (typecodes b B u h H i I l L q Q f d) stored in one
// mem_alloc'd buffer, with the list-like API, tobytes/frombytes/fromfile/
// tofile, byteswap, and CPython 3.11's conversion errors per typecode. It is
// also a buffer for struct/binascii/zlib/hashlib (array_buffer, modutil.h).
// Must not: resize while a buffer is exported (checked through `exports`).
#include <cmath>
#include <cstring>

#include "runtime/bytes_internal.h"
#include "stdlib/modules.h"
#include "stdlib/modutil.h"

namespace minipy {

namespace {

struct ArrayObject : Object {
  char typecode;
  int itemsize;
  int64_t size;      // items
  int64_t capacity;  // items
  char* data;        // mem_alloc'd
  int64_t exports;   // live buffer exports (resizing is refused meanwhile)
};

struct ArrayIterObject : Object {
  Value arr;  // owned (null when exhausted)
  int64_t index;
};

constexpr const char kTypecodes[] = "bBuhHiIlLqQfd";

int itemsize_of(char tc) {
  switch (tc) {
    case 'b': case 'B': return 1;
    case 'h': case 'H': return 2;
    case 'u': case 'i': case 'I': case 'f': return 4;
    case 'l': case 'L': case 'q': case 'Q': case 'd': return 8;
    default: return 0;
  }
}

ArrayObject* A(Value v) { return v.as<ArrayObject>(); }

TypeObject* array_type(ThreadState* ts) {
  Value t = module_attr(ts, "array", "array");
  return t && t.is_obj() && type_has(t.obj()->type, kTypeTypeSubclass) ? t.as<TypeObject>() : nullptr;
}

bool is_array(ThreadState* ts, Value v) {
  if (!v.is_obj()) return false;
  TypeObject* t = v.obj()->type;
  for (TypeObject* k = t; k; k = k->base)
    if (k->spec && k->spec->name && strcmp(k->spec->name, "array.array") == 0) return true;
  return false;
}

bool reserve(ThreadState* ts, ArrayObject* a, int64_t need) {
  if (need <= a->capacity) return true;
  int64_t cap = a->capacity ? a->capacity : 4;
  while (cap < need) cap = cap + (cap >> 1) + 4;
  char* p = static_cast<char*>(mem_realloc(a->data, size_t(cap) * size_t(a->itemsize)));
  if (!p) {
    raise_no_memory(ts);
    return false;
  }
  a->data = p;
  a->capacity = cap;
  return true;
}

bool check_resizable(ThreadState* ts, ArrayObject* a) {
  if (a->exports > 0) {
    raise(ts, Exc::BufferError, "cannot resize an array that is exporting buffers");
    return false;
  }
  return true;
}

bool resize(ThreadState* ts, ArrayObject* a, int64_t n) {
  if (n != a->size && !check_resizable(ts, a)) return false;
  if (!reserve(ts, a, n)) return false;
  a->size = n;
  return true;
}

// ---------------------------------------------------------------- item conversion

Value get_item(ThreadState* ts, ArrayObject* a, int64_t i) {
  const char* p = a->data + i * a->itemsize;
  switch (a->typecode) {
    case 'b': return Value::small_int(*reinterpret_cast<const int8_t*>(p));
    case 'B': return Value::small_int(*reinterpret_cast<const uint8_t*>(p));
    case 'h': { int16_t x; memcpy(&x, p, 2); return Value::small_int(x); }
    case 'H': { uint16_t x; memcpy(&x, p, 2); return Value::small_int(x); }
    case 'i': { int32_t x; memcpy(&x, p, 4); return Value::small_int(x); }
    case 'I': { uint32_t x; memcpy(&x, p, 4); return Value::small_int(x); }
    case 'l': case 'q': { int64_t x; memcpy(&x, p, 8); return int_from_i64(ts, x); }
    case 'L': case 'Q': { uint64_t x; memcpy(&x, p, 8); return int_from_u64(ts, x); }
    case 'f': { float x; memcpy(&x, p, 4); return float_new(ts, double(x)); }
    case 'd': { double x; memcpy(&x, p, 8); return float_new(ts, x); }
    case 'u': {
      uint32_t x;
      memcpy(&x, p, 4);
      if (x > 0x10ffff) return raisef(ts, Exc::ValueError, "character U+%x is not in range [U+0000; U+10ffff]", x);
      return str_from_codepoint(ts, x);
    }
  }
  return raise(ts, Exc::SystemError, "bad array typecode");
}

// An int argument (ints directly, else __index__). Reports whether it fits
// int64/uint64 and its sign.
bool int_arg(ThreadState* ts, Value v, bool* fits_i, int64_t* i, bool* fits_u, uint64_t* u, bool* negative) {
  Ref n;
  if (!is_int(ts, v)) {
    n = Ref(index(ts, v));
    if (!n) return false;
    v = n.get();
  }
  if (v.is_small_int() || v.is_bool()) {
    int64_t x = v.is_bool() ? (v.is_true() ? 1 : 0) : v.as_small_int();
    *fits_i = true;
    *i = x;
    *fits_u = x >= 0;
    *u = uint64_t(x);
    *negative = x < 0;
    return true;
  }
  mpz_t z;
  mpz_init(z);
  int_to_mpz(ts, v, z);
  *negative = mpz_sgn(z) < 0;
  *fits_i = mpz_fits_slong_p(z);
  if (*fits_i) *i = mpz_get_si(z);
  *fits_u = !*negative && mpz_fits_ulong_p(z);
  if (*fits_u) *u = mpz_get_ui(z);
  mpz_clear(z);
  return true;
}

// Convert v for typecode tc into out (itemsize bytes), with CPython's errors.
bool convert_item(ThreadState* ts, char tc, Value v, char* out) {
  if (tc == 'f' || tc == 'd') {
    double x;
    if (v.is_obj() && v.obj()->type == ts->interp->types.float_) {
      x = float_value(v);
    } else if (is_float(ts, v) || is_int(ts, v) || type_lookup(type_of(ts, v), ts->interp->names.__float__) ||
               type_lookup(type_of(ts, v), ts->interp->names.__index__)) {
      if (!as_double(ts, v, &x)) return false;
    } else {
      raisef(ts, Exc::TypeError, "must be real number, not %s", type_name(ts, v));
      return false;
    }
    if (tc == 'f') {
      float y = float(x);
      memcpy(out, &y, 4);
    } else {
      memcpy(out, &x, 8);
    }
    return true;
  }
  if (tc == 'u') {
    if (!is_str(ts, v) || v.as<StrObject>()->length != 1) {
      raise(ts, Exc::TypeError, "array item must be unicode character");
      return false;
    }
    std::string_view s = str_view(v);
    // Decode the single UTF-8 code point.
    uint32_t cp = uint8_t(s[0]);
    if (cp >= 0x80) {
      int extra = cp >= 0xf0 ? 3 : cp >= 0xe0 ? 2 : 1;
      cp &= (0x3f >> extra);
      for (int k = 1; k <= extra; k++) cp = (cp << 6) | (uint8_t(s[size_t(k)]) & 0x3f);
    }
    memcpy(out, &cp, 4);
    return true;
  }
  bool fi, fu, neg;
  int64_t i = 0;
  uint64_t u = 0;
  if (!int_arg(ts, v, &fi, &i, &fu, &u, &neg)) return false;
  auto overflow = [&](const char* msg) {
    raise(ts, Exc::OverflowError, msg);
    return false;
  };
  const char* too_big_long = "Python int too large to convert to C long";
  switch (tc) {
    case 'b':
      if (!fi) return overflow(too_big_long);
      if (i < -32768) return overflow("signed short integer is less than minimum");
      if (i > 32767) return overflow("signed short integer is greater than maximum");
      if (i < -128) return overflow("signed char is less than minimum");
      if (i > 127) return overflow("signed char is greater than maximum");
      *out = char(int8_t(i));
      return true;
    case 'B':
      if (!fi) return overflow(too_big_long);
      if (i < 0) return overflow("unsigned byte integer is less than minimum");
      if (i > 255) return overflow("unsigned byte integer is greater than maximum");
      *out = char(uint8_t(i));
      return true;
    case 'h': {
      if (!fi) return overflow(too_big_long);
      if (i < -32768) return overflow("signed short integer is less than minimum");
      if (i > 32767) return overflow("signed short integer is greater than maximum");
      int16_t x = int16_t(i);
      memcpy(out, &x, 2);
      return true;
    }
    case 'H': {
      if (!fi) return overflow(too_big_long);
      if (i < INT32_MIN) return overflow("signed integer is less than minimum");
      if (i > INT32_MAX) return overflow("signed integer is greater than maximum");
      if (i < 0) return overflow("unsigned short is less than minimum");
      if (i > 65535) return overflow("unsigned short is greater than maximum");
      uint16_t x = uint16_t(i);
      memcpy(out, &x, 2);
      return true;
    }
    case 'i': {
      if (!fi) return overflow(too_big_long);
      if (i < INT32_MIN) return overflow("signed integer is less than minimum");
      if (i > INT32_MAX) return overflow("signed integer is greater than maximum");
      int32_t x = int32_t(i);
      memcpy(out, &x, 4);
      return true;
    }
    case 'I':
    case 'L': {
      if (neg) return overflow("can't convert negative value to unsigned int");
      if (!fu) return overflow("Python int too large to convert to C unsigned long");
      if (tc == 'I') {
        if (u > UINT32_MAX) return overflow("unsigned int is greater than maximum");
        uint32_t x = uint32_t(u);
        memcpy(out, &x, 4);
      } else {
        memcpy(out, &u, 8);
      }
      return true;
    }
    case 'l':
      if (!fi) return overflow(too_big_long);
      memcpy(out, &i, 8);
      return true;
    case 'q':
      if (!fi) return overflow("int too big to convert");
      memcpy(out, &i, 8);
      return true;
    case 'Q':
      if (neg) return overflow("can't convert negative int to unsigned");
      if (!fu) return overflow("int too big to convert");
      memcpy(out, &u, 8);
      return true;
  }
  raise(ts, Exc::SystemError, "bad array typecode");
  return false;
}

bool append_value(ThreadState* ts, ArrayObject* a, Value v) {
  char tmp[8];
  if (!convert_item(ts, a->typecode, v, tmp)) return false;
  if (!resize(ts, a, a->size + 1)) return false;
  memcpy(a->data + (a->size - 1) * a->itemsize, tmp, size_t(a->itemsize));
  return true;
}

Value new_array(ThreadState* ts, TypeObject* type, char tc, int64_t n) {
  Object* o = alloc_object(ts, type);
  if (!o) return Value();
  Ref hold(Value::from_obj(o));
  ArrayObject* a = static_cast<ArrayObject*>(o);
  a->typecode = tc;
  a->itemsize = itemsize_of(tc);
  if (n > 0 && !resize(ts, a, n)) return Value();
  if (n > 0) memset(a->data, 0, size_t(n) * size_t(a->itemsize));
  return hold.release();
}

bool extend_bytes(ThreadState* ts, ArrayObject* a, std::string_view data) {
  if (data.size() % size_t(a->itemsize) != 0) {
    raise(ts, Exc::ValueError, "bytes length not a multiple of item size");
    return false;
  }
  int64_t n = int64_t(data.size()) / a->itemsize;
  int64_t old = a->size;
  std::string copy(data);  // data may alias a->data (a.frombytes(a))
  if (!resize(ts, a, old + n)) return false;
  if (n) memcpy(a->data + old * a->itemsize, copy.data(), copy.size());
  return true;
}

bool extend_unicode(ThreadState* ts, ArrayObject* a, Value s) {
  std::string_view text = str_view(s);
  int64_t n = s.as<StrObject>()->length;
  int64_t old = a->size;
  if (!resize(ts, a, old + n)) return false;
  char* p = a->data + old * 4;
  size_t k = 0;
  for (int64_t j = 0; j < n; j++) {
    uint32_t cp = uint8_t(text[k]);
    int extra = cp < 0x80 ? 0 : cp >= 0xf0 ? 3 : cp >= 0xe0 ? 2 : 1;
    if (extra) cp &= (0x3f >> extra);
    for (int m = 1; m <= extra; m++) cp = (cp << 6) | (uint8_t(text[k + size_t(m)]) & 0x3f);
    k += size_t(extra) + 1;
    memcpy(p + j * 4, &cp, 4);
  }
  return true;
}

bool extend_array(ThreadState* ts, ArrayObject* a, ArrayObject* b) {
  if (a->typecode != b->typecode) {
    raise(ts, Exc::TypeError, "can only extend with array of same kind");
    return false;
  }
  int64_t n = b->size, old = a->size;
  if (!resize(ts, a, old + n)) return false;
  if (n) memmove(a->data + old * a->itemsize, b->data, size_t(n) * size_t(a->itemsize));
  return true;
}

bool extend_iterable(ThreadState* ts, ArrayObject* a, Value it) {
  if (is_array(ts, it)) return extend_array(ts, a, A(it));
  Ref iter(get_iter(ts, it));
  if (!iter) return false;
  for (;;) {
    Ref item(iter_next(ts, iter.get()));
    if (!item) return !err_occurred(ts);
    if (!append_value(ts, a, item.get())) return false;
  }
}

std::string unicode_text(ArrayObject* a) {
  std::string out;
  for (int64_t i = 0; i < a->size; i++) {
    uint32_t cp;
    memcpy(&cp, a->data + i * 4, 4);
    if (cp < 0x80) {
      out.push_back(char(cp));
    } else if (cp < 0x800) {
      out.push_back(char(0xc0 | (cp >> 6)));
      out.push_back(char(0x80 | (cp & 0x3f)));
    } else if (cp < 0x10000) {
      out.push_back(char(0xe0 | (cp >> 12)));
      out.push_back(char(0x80 | ((cp >> 6) & 0x3f)));
      out.push_back(char(0x80 | (cp & 0x3f)));
    } else {
      out.push_back(char(0xf0 | (cp >> 18)));
      out.push_back(char(0x80 | ((cp >> 12) & 0x3f)));
      out.push_back(char(0x80 | ((cp >> 6) & 0x3f)));
      out.push_back(char(0x80 | (cp & 0x3f)));
    }
  }
  return out;
}

// ---------------------------------------------------------------- type slots

void array_dealloc(Object* o) {
  mem_free(static_cast<ArrayObject*>(o)->data);
  free_object(o);
}

Value array_new(ThreadState* ts, TypeObject* type, const Value* args, size_t nargs, TupleObject* kw) {
  if (kw && tuple_size(Value::from_obj(kw)) > 0 && type == array_type(ts))
    return raise(ts, Exc::TypeError, "array.array() takes no keyword arguments");
  if (!check_nargs(ts, "array", nargs, 1, 2)) return Value();
  Value tcv = args[0];
  if (!is_str(ts, tcv) || tcv.as<StrObject>()->length != 1)
    return raisef(ts, Exc::TypeError, "array() argument 1 must be a unicode character, not %s",
                  is_str(ts, tcv) ? "str" : type_name(ts, tcv));
  char tc = str_view(tcv)[0];
  if (!strchr(kTypecodes, tc) || tc == 0)
    return raise(ts, Exc::ValueError, "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
  Ref arr(new_array(ts, type, tc, 0));
  if (!arr) return Value();
  ArrayObject* a = A(arr.get());
  if (nargs == 2 && !args[1].is_none()) {
    Value init = args[1];
    if (is_str(ts, init)) {
      if (tc != 'u')
        return raisef(ts, Exc::TypeError, "cannot use a str to initialize an array with typecode '%c'", tc);
      if (!extend_unicode(ts, a, init)) return Value();
    } else if (is_array(ts, init) && A(init)->typecode == 'u' && tc != 'u') {
      return raisef(ts, Exc::TypeError, "cannot use a unicode array to initialize an array with typecode '%c'", tc);
    } else if (is_bytes(ts, init) || is_bytearray(ts, init)) {
      std::string_view d;
      bytes_like_view(ts, init, &d);
      if (!extend_bytes(ts, a, d)) return Value();
    } else if (is_array(ts, init) && A(init)->typecode != tc) {
      ArrayObject* b = A(init);
      for (int64_t i = 0; i < b->size; i++) {
        Ref item(get_item(ts, b, i));
        if (!item || !append_value(ts, a, item.get())) return Value();
      }
    } else {
      if (!extend_iterable(ts, a, init)) return Value();
    }
  }
  return arr.release();
}

bool array_init(ThreadState*, Value, const Value*, size_t, TupleObject*) { return true; }

Value array_repr(ThreadState* ts, Value self) {
  ArrayObject* a = A(self);
  std::string name(type_of(ts, self)->name->data);  // __name__ (not "array.array")
  if (a->size == 0) return str_new(ts, strf("%s('%c')", name.c_str(), a->typecode));
  Ref inner;
  if (a->typecode == 'u') {
    Ref s(str_new(ts, unicode_text(a)));
    if (!s) return Value();
    inner = Ref(repr(ts, s.get()));
  } else {
    Ref lst(Value::from_obj(list_new(ts, 0)));
    if (!lst) return Value();
    for (int64_t i = 0; i < a->size; i++) {
      Ref item(get_item(ts, a, i));
      if (!item || !list_append(ts, lst.as<ListObject>(), item.get())) return Value();
    }
    inner = Ref(repr(ts, lst.get()));
  }
  if (!inner) return Value();
  return str_new(ts, strf("%s('%c', ", name.c_str(), a->typecode) + std::string(str_view(inner.get())) + ")");
}

bool array_len(ThreadState*, Value self, int64_t* out) {
  *out = A(self)->size;
  return true;
}

bool normalize_index(ThreadState* ts, ArrayObject* a, Value key, int64_t* out, const char* msg) {
  int64_t i;
  if (!index_i64(ts, key, &i)) return false;
  if (i < 0) i += a->size;
  if (i < 0 || i >= a->size) {
    raise(ts, Exc::IndexError, msg);
    return false;
  }
  *out = i;
  return true;
}

bool is_slice(ThreadState* ts, Value v) { return v.is_obj() && v.obj()->type == ts->interp->types.slice; }

Value array_getitem(ThreadState* ts, Value self, Value key) {
  ArrayObject* a = A(self);
  if (is_slice(ts, key)) {
    int64_t start, stop, step, n;
    if (!slice_indices(ts, key.as<SliceObject>(), a->size, &start, &stop, &step, &n)) return Value();
    TypeObject* t = array_type(ts);
    if (!t) return raise(ts, Exc::SystemError, "array type missing");
    Ref r(new_array(ts, t, a->typecode, n));
    if (!r) return Value();
    ArrayObject* b = A(r.get());
    for (int64_t k = 0, i = start; k < n; k++, i += step)
      memcpy(b->data + k * a->itemsize, a->data + i * a->itemsize, size_t(a->itemsize));
    return r.release();
  }
  if (!is_int(ts, key) && !type_lookup(type_of(ts, key), ts->interp->names.__index__))
    return raise(ts, Exc::TypeError, "array indices must be integers");
  int64_t i;
  if (!normalize_index(ts, a, key, &i, "array index out of range")) return Value();
  return get_item(ts, a, i);
}

bool delete_indices(ThreadState* ts, ArrayObject* a, int64_t start, int64_t step, int64_t n) {
  if (n == 0) return true;
  if (!check_resizable(ts, a)) return false;
  if (step < 0) {
    start = start + step * (n - 1);
    step = -step;
  }
  int64_t isz = a->itemsize;
  int64_t w = start;
  int64_t next_del = start, deleted = 0;
  for (int64_t r = start; r < a->size; r++) {
    if (deleted < n && r == next_del) {
      deleted++;
      next_del += step;
      continue;
    }
    if (w != r) memmove(a->data + w * isz, a->data + r * isz, size_t(isz));
    w++;
  }
  a->size = w;
  return true;
}

bool array_setitem(ThreadState* ts, Value self, Value key, Value v) {
  ArrayObject* a = A(self);
  if (is_slice(ts, key)) {
    int64_t start, stop, step, n;
    if (!slice_indices(ts, key.as<SliceObject>(), a->size, &start, &stop, &step, &n)) return false;
    if (!v) return delete_indices(ts, a, start, step, n);
    if (!is_array(ts, v)) {
      raisef(ts, Exc::TypeError, "can only assign array (not \"%s\") to array slice", type_name(ts, v));
      return false;
    }
    ArrayObject* b = A(v);
    if (b->typecode != a->typecode) {
      raise(ts, Exc::TypeError, "bad argument type for built-in operation");
      return false;
    }
    std::string src(b->data ? b->data : "", size_t(b->size * b->itemsize));  // b may be a
    int64_t m = b->size, isz = a->itemsize;
    if (step == 1) {
      if (stop < start) stop = start;
      int64_t old = a->size;
      int64_t delta = m - (stop - start);
      if (delta != 0 && !check_resizable(ts, a)) return false;
      if (delta > 0 && !reserve(ts, a, old + delta)) return false;
      if (delta != 0 && old > stop)
        memmove(a->data + (stop + delta) * isz, a->data + stop * isz, size_t((old - stop) * isz));
      a->size = old + delta;
      if (m) memcpy(a->data + start * isz, src.data(), size_t(m * isz));
      return true;
    }
    if (m != n) {
      raisef(ts, Exc::ValueError, "attempt to assign array of size %lld to extended slice of size %lld",
             (long long)m, (long long)n);
      return false;
    }
    for (int64_t k = 0, i = start; k < n; k++, i += step) memcpy(a->data + i * isz, src.data() + k * isz, size_t(isz));
    return true;
  }
  if (!is_int(ts, key) && !type_lookup(type_of(ts, key), ts->interp->names.__index__)) {
    raise(ts, Exc::TypeError, "array indices must be integers");
    return false;
  }
  int64_t i;
  if (!normalize_index(ts, a, key, &i, v ? "array assignment index out of range" : "array assignment index out of range"))
    return false;
  if (!v) return delete_indices(ts, a, i, 1, 1);
  return convert_item(ts, a->typecode, v, a->data + i * a->itemsize);
}

int array_contains(ThreadState* ts, Value self, Value item) {
  ArrayObject* a = A(self);
  for (int64_t i = 0; i < a->size; i++) {
    Ref x(get_item(ts, a, i));
    if (!x) return -1;
    int r = equal(ts, x.get(), item);
    if (r != 0) return r;
  }
  return 0;
}

Value array_richcompare(ThreadState* ts, Value self, Value other, CmpOp op) {
  if (!is_array(ts, self) || !is_array(ts, other)) return Value::not_implemented();
  ArrayObject* a = A(self);
  ArrayObject* b = A(other);
  if ((op == CmpOp::Eq || op == CmpOp::Ne) && a->size != b->size) return Value::boolean(op == CmpOp::Ne);
  int64_t n = std::min(a->size, b->size);
  for (int64_t i = 0; i < n; i++) {
    Ref x(get_item(ts, a, i));
    Ref y(get_item(ts, b, i));
    if (!x || !y) return Value();
    int eq = equal(ts, x.get(), y.get());
    if (eq < 0) return Value();
    if (!eq) {
      if (op == CmpOp::Eq) return Value::False();
      if (op == CmpOp::Ne) return Value::True();
      return richcompare(ts, x.get(), y.get(), op);
    }
  }
  int64_t la = a->size, lb = b->size;
  bool r = false;
  switch (op) {
    case CmpOp::Lt: r = la < lb; break;
    case CmpOp::Le: r = la <= lb; break;
    case CmpOp::Eq: r = la == lb; break;
    case CmpOp::Ne: r = la != lb; break;
    case CmpOp::Gt: r = la > lb; break;
    case CmpOp::Ge: r = la >= lb; break;
  }
  return Value::boolean(r);
}

Value array_concat(ThreadState* ts, Value self, Value other) {
  if (!is_array(ts, self)) return Value::not_implemented();
  if (!is_array(ts, other))
    return raisef(ts, Exc::TypeError, "can only append array (not \"%s\") to array", type_name(ts, other));
  ArrayObject* a = A(self);
  ArrayObject* b = A(other);
  if (a->typecode != b->typecode) return raise(ts, Exc::TypeError, "bad argument type for built-in operation");
  TypeObject* t = array_type(ts);
  if (!t) return raise(ts, Exc::SystemError, "array type missing");
  Ref r(new_array(ts, t, a->typecode, a->size + b->size));
  if (!r) return Value();
  ArrayObject* c = A(r.get());
  if (a->size) memcpy(c->data, a->data, size_t(a->size * a->itemsize));
  if (b->size) memcpy(c->data + a->size * a->itemsize, b->data, size_t(b->size * b->itemsize));
  return r.release();
}

Value array_repeat(ThreadState* ts, Value self, Value count) {
  Value arr = self, n = count;
  if (!is_array(ts, arr)) std::swap(arr, n);
  if (!is_array(ts, arr)) return Value::not_implemented();
  if (!is_int(ts, n) && !type_lookup(type_of(ts, n), ts->interp->names.__index__)) return Value::not_implemented();
  int64_t k;
  if (!index_i64(ts, n, &k)) return Value();
  if (k < 0) k = 0;
  ArrayObject* a = A(arr);
  if (a->size && k > INT64_MAX / 16 / a->size) return raise_no_memory(ts);
  TypeObject* t = array_type(ts);
  if (!t) return raise(ts, Exc::SystemError, "array type missing");
  Ref r(new_array(ts, t, a->typecode, a->size * k));
  if (!r) return Value();
  size_t chunk = size_t(a->size * a->itemsize);
  if (chunk)
    for (int64_t j = 0; j < k; j++) memcpy(A(r.get())->data + size_t(j) * chunk, a->data, chunk);
  return r.release();
}

Value array_iconcat(ThreadState* ts, Value self, Value other) {
  if (!is_array(ts, other))
    return raisef(ts, Exc::TypeError, "can only extend array with array (not \"%s\")", type_name(ts, other));
  if (!extend_array(ts, A(self), A(other))) return Value();
  return newref(self);
}

Value array_irepeat(ThreadState* ts, Value self, Value count) {
  int64_t k;
  if (!index_i64(ts, count, &k)) return Value();
  ArrayObject* a = A(self);
  if (k < 0) k = 0;
  int64_t n = a->size;
  if (n && k > INT64_MAX / 16 / n) return raise_no_memory(ts);
  if (!resize(ts, a, n * k)) return Value();
  if (n)
    for (int64_t j = 1; j < k; j++) memcpy(a->data + j * n * a->itemsize, a->data, size_t(n * a->itemsize));
  return newref(self);
}

Value array_iter(ThreadState* ts, Value self) {
  Value t = module_attr(ts, "array", "_arrayiterator");
  if (!t || !t.is_obj()) return raise(ts, Exc::SystemError, "array iterator type missing");
  Object* o = alloc_object(ts, t.as<TypeObject>());
  if (!o) return Value();
  auto* it = static_cast<ArrayIterObject*>(o);
  it->arr = newref(self);
  it->index = 0;
  return Value::from_obj(o);
}

void iter_dealloc(Object* o) {
  decref(static_cast<ArrayIterObject*>(o)->arr);
  free_object(o);
}

Value iter_self(ThreadState*, Value self) { return newref(self); }

Value arrayiter_next(ThreadState* ts, Value self) {
  auto* it = self.as<ArrayIterObject>();
  if (!it->arr) return Value();
  ArrayObject* a = A(it->arr);
  if (it->index >= a->size) {
    decref(it->arr);
    it->arr = Value();
    return Value();
  }
  return get_item(ts, a, it->index++);
}

// ---------------------------------------------------------------- methods

#define METH(name) Value name(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw)

METH(m_append) {
  if (!no_kwargs(ts, "append", kw) || !check_nargs(ts, "append", nargs, 1, 1)) return Value();
  if (!append_value(ts, A(self), args[0])) return Value();
  return Value::none();
}

METH(m_extend) {
  if (!no_kwargs(ts, "extend", kw) || !check_nargs(ts, "extend", nargs, 1, 1)) return Value();
  if (!extend_iterable(ts, A(self), args[0])) return Value();
  return Value::none();
}

METH(m_insert) {
  if (!no_kwargs(ts, "insert", kw) || !check_nargs(ts, "insert", nargs, 2, 2)) return Value();
  ArrayObject* a = A(self);
  int64_t i;
  if (!index_i64(ts, args[0], &i)) return Value();
  char tmp[8];
  if (!convert_item(ts, a->typecode, args[1], tmp)) return Value();
  if (i < 0) {
    i += a->size;
    if (i < 0) i = 0;
  }
  if (i > a->size) i = a->size;
  if (!resize(ts, a, a->size + 1)) return Value();
  if (a->size - 1 > i)
    memmove(a->data + (i + 1) * a->itemsize, a->data + i * a->itemsize, size_t((a->size - 1 - i) * a->itemsize));
  memcpy(a->data + i * a->itemsize, tmp, size_t(a->itemsize));
  return Value::none();
}

METH(m_pop) {
  if (!no_kwargs(ts, "pop", kw) || !check_nargs(ts, "pop", nargs, 0, 1)) return Value();
  ArrayObject* a = A(self);
  int64_t i = -1;
  if (nargs && !index_i64(ts, args[0], &i)) return Value();
  if (a->size == 0) return raise(ts, Exc::IndexError, "pop from empty array");
  if (i < 0) i += a->size;
  if (i < 0 || i >= a->size) return raise(ts, Exc::IndexError, "pop index out of range");
  Ref v(get_item(ts, a, i));
  if (!v || !delete_indices(ts, a, i, 1, 1)) return Value();
  return v.release();
}

int64_t find_value(ThreadState* ts, ArrayObject* a, Value x, int64_t start, int64_t stop) {
  for (int64_t i = start; i < stop && i < a->size; i++) {
    Ref item(get_item(ts, a, i));
    if (!item) return -2;
    int r = equal(ts, item.get(), x);
    if (r < 0) return -2;
    if (r) return i;
  }
  return -1;
}

METH(m_remove) {
  if (!no_kwargs(ts, "remove", kw) || !check_nargs(ts, "remove", nargs, 1, 1)) return Value();
  ArrayObject* a = A(self);
  int64_t i = find_value(ts, a, args[0], 0, a->size);
  if (i == -2) return Value();
  if (i < 0) return raise(ts, Exc::ValueError, "array.remove(x): x not in array");
  if (!delete_indices(ts, a, i, 1, 1)) return Value();
  return Value::none();
}

METH(m_index) {
  if (!no_kwargs(ts, "index", kw) || !check_nargs(ts, "index", nargs, 1, 3)) return Value();
  ArrayObject* a = A(self);
  int64_t start = 0, stop = INT64_MAX;
  if (nargs > 1 && !index_i64(ts, args[1], &start)) return Value();
  if (nargs > 2 && !index_i64(ts, args[2], &stop)) return Value();
  if (start < 0) start = std::max<int64_t>(start + a->size, 0);
  if (stop < 0) stop = std::max<int64_t>(stop + a->size, 0);
  int64_t i = find_value(ts, a, args[0], start, stop);
  if (i == -2) return Value();
  if (i < 0) return raise(ts, Exc::ValueError, "array.index(x): x not in array");
  return int_from_i64(ts, i);
}

METH(m_count) {
  if (!no_kwargs(ts, "count", kw) || !check_nargs(ts, "count", nargs, 1, 1)) return Value();
  ArrayObject* a = A(self);
  int64_t n = 0;
  for (int64_t i = 0; i < a->size; i++) {
    Ref item(get_item(ts, a, i));
    if (!item) return Value();
    int r = equal(ts, item.get(), args[0]);
    if (r < 0) return Value();
    n += r;
  }
  return int_from_i64(ts, n);
}

METH(m_reverse) {
  if (!check_nargs(ts, "reverse", nargs, 0, 0)) return Value();
  ArrayObject* a = A(self);
  int isz = a->itemsize;
  char tmp[8];
  for (int64_t i = 0, j = a->size - 1; i < j; i++, j--) {
    memcpy(tmp, a->data + i * isz, size_t(isz));
    memcpy(a->data + i * isz, a->data + j * isz, size_t(isz));
    memcpy(a->data + j * isz, tmp, size_t(isz));
  }
  return Value::none();
}

METH(m_byteswap) {
  if (!check_nargs(ts, "byteswap", nargs, 0, 0)) return Value();
  ArrayObject* a = A(self);
  int isz = a->itemsize;
  for (int64_t i = 0; i < a->size; i++) {
    char* p = a->data + i * isz;
    for (int k = 0; k < isz / 2; k++) std::swap(p[k], p[isz - 1 - k]);
  }
  return Value::none();
}

METH(m_buffer_info) {
  if (!check_nargs(ts, "buffer_info", nargs, 0, 0)) return Value();
  ArrayObject* a = A(self);
  Ref addr(int_from_u64(ts, uint64_t(reinterpret_cast<uintptr_t>(a->data))));
  Ref len(int_from_i64(ts, a->size));
  if (!addr || !len) return Value();
  return tuple_pack(ts, {addr.get(), len.get()});
}

METH(m_tobytes) {
  if (!check_nargs(ts, "tobytes", nargs, 0, 0)) return Value();
  ArrayObject* a = A(self);
  return bytes_new(ts, std::string_view(a->data ? a->data : "", size_t(a->size * a->itemsize)));
}

METH(m_frombytes) {
  if (!no_kwargs(ts, "frombytes", kw) || !check_nargs(ts, "frombytes", nargs, 1, 1)) return Value();
  std::string_view d;
  if (is_str(ts, args[0])) return raise(ts, Exc::TypeError, "a bytes-like object is required, not 'str'");
  if (!read_buffer(ts, args[0], &d)) return Value();
  if (!extend_bytes(ts, A(self), d)) return Value();
  return Value::none();
}

METH(m_tolist) {
  if (!check_nargs(ts, "tolist", nargs, 0, 0)) return Value();
  ArrayObject* a = A(self);
  ListObject* l = list_new(ts, a->size);
  if (!l) return Value();
  Ref hold(Value::from_obj(l));
  for (int64_t i = 0; i < a->size; i++) {
    Value v = get_item(ts, a, i);
    if (!v) {
      for (int64_t j = i; j < a->size; j++) l->items[j] = Value::none();
      return Value();
    }
    l->items[i] = v;
  }
  return hold.release();
}

METH(m_fromlist) {
  if (!no_kwargs(ts, "fromlist", kw) || !check_nargs(ts, "fromlist", nargs, 1, 1)) return Value();
  if (!is_list(ts, args[0])) return raise(ts, Exc::TypeError, "arg must be list");
  ArrayObject* a = A(self);
  int64_t old = a->size;
  ListObject* l = args[0].as<ListObject>();
  for (int64_t i = 0; i < l->size; i++) {
    if (!append_value(ts, a, l->items[i])) {
      a->size = old;  // all or nothing
      return Value();
    }
  }
  return Value::none();
}

METH(m_tounicode) {
  if (!check_nargs(ts, "tounicode", nargs, 0, 0)) return Value();
  ArrayObject* a = A(self);
  if (a->typecode != 'u') return raise(ts, Exc::ValueError, "tounicode() may only be called on unicode type arrays");
  return str_new(ts, unicode_text(a));
}

METH(m_fromunicode) {
  if (!no_kwargs(ts, "fromunicode", kw) || !check_nargs(ts, "fromunicode", nargs, 1, 1)) return Value();
  if (!is_str(ts, args[0]))
    return raisef(ts, Exc::TypeError, "fromunicode() argument must be str, not %s", type_name(ts, args[0]));
  ArrayObject* a = A(self);
  if (a->typecode != 'u')
    return raise(ts, Exc::ValueError, "fromunicode() may only be called on unicode type arrays");
  if (!extend_unicode(ts, a, args[0])) return Value();
  return Value::none();
}

METH(m_fromfile) {
  if (!no_kwargs(ts, "fromfile", kw) || !check_nargs(ts, "fromfile", nargs, 2, 2)) return Value();
  ArrayObject* a = A(self);
  int64_t n;
  if (!index_i64(ts, args[1], &n)) return Value();
  if (n < 0) return raise(ts, Exc::ValueError, "negative count");
  Ref want(int_from_i64(ts, n * a->itemsize));
  if (!want) return Value();
  Ref data(call_method1(ts, args[0], "read", want.get()));
  if (!data) return Value();
  if (!is_bytes(ts, data.get())) return raise(ts, Exc::TypeError, "read() didn't return bytes");
  std::string_view d = data.as<BytesObject>()->view();
  size_t usable = d.size() - d.size() % size_t(a->itemsize);
  if (!extend_bytes(ts, a, d.substr(0, usable))) return Value();
  if (int64_t(d.size()) != n * a->itemsize) return raise(ts, Exc::EOFError, "read() didn't return enough bytes");
  return Value::none();
}

METH(m_tofile) {
  if (!no_kwargs(ts, "tofile", kw) || !check_nargs(ts, "tofile", nargs, 1, 1)) return Value();
  ArrayObject* a = A(self);
  constexpr int64_t kBlock = 64 * 1024;
  int64_t total = a->size * a->itemsize;
  for (int64_t off = 0; off < total; off += kBlock) {
    Ref chunk(bytes_new(ts, std::string_view(a->data + off, size_t(std::min(kBlock, total - off)))));
    if (!chunk) return Value();
    Ref r(call_method1(ts, args[0], "write", chunk.get()));
    if (!r) return Value();
  }
  return Value::none();
}

METH(m_copy) {
  ArrayObject* a = A(self);
  Ref r(new_array(ts, self.obj()->type, a->typecode, a->size));
  if (!r) return Value();
  if (a->size) memcpy(A(r.get())->data, a->data, size_t(a->size * a->itemsize));
  return r.release();
}

METH(m_reduce_ex) {
  ArrayObject* a = A(self);
  Ref lst(m_tolist(ts, self, nullptr, 0, nullptr));
  if (!lst) return Value();
  Ref tc(str_from_codepoint(ts, uint32_t(uint8_t(a->typecode))));
  if (!tc) return Value();
  Ref inner(tuple_pack(ts, {tc.get(), lst.get()}));
  if (!inner) return Value();
  Value dict = Value::none();
  DictObject** dp = instance_dict_ptr(self.obj());
  if (dp && *dp && dict_size(*dp) > 0) dict = Value::from_obj(*dp);
  return tuple_pack(ts, {Value::from_obj(self.obj()->type), inner.get(), dict});
}

METH(m_bytes) {
  ArrayObject* a = A(self);
  return bytes_new(ts, std::string_view(a->data ? a->data : "", size_t(a->size * a->itemsize)));
}

METH(m_sizeof) {
  ArrayObject* a = A(self);
  return int_from_i64(ts, int64_t(sizeof(ArrayObject)) + a->capacity * a->itemsize);
}

Value get_typecode(ThreadState* ts, Value self) { return str_from_codepoint(ts, uint32_t(uint8_t(A(self)->typecode))); }
Value get_itemsize(ThreadState*, Value self) { return Value::small_int(A(self)->itemsize); }

#undef METH

const MethodDef kArrayMethods[] = {
    {"append", m_append, kMethNormal, "Append new value v to the end of the array."},
    {"buffer_info", m_buffer_info},
    {"byteswap", m_byteswap},
    {"count", m_count},
    {"extend", m_extend},
    {"frombytes", m_frombytes},
    {"fromfile", m_fromfile},
    {"fromlist", m_fromlist},
    {"fromunicode", m_fromunicode},
    {"index", m_index},
    {"insert", m_insert},
    {"pop", m_pop},
    {"remove", m_remove},
    {"reverse", m_reverse},
    {"tobytes", m_tobytes},
    {"tofile", m_tofile},
    {"tolist", m_tolist},
    {"tounicode", m_tounicode},
    {"__copy__", m_copy},
    {"__deepcopy__", m_copy},
    {"__reduce_ex__", m_reduce_ex},
    {"__bytes__", m_bytes},
    {"__sizeof__", m_sizeof},
    {nullptr, nullptr},
};

const GetSetDef kArrayGetSets[] = {
    {"typecode", get_typecode, nullptr, "the typecode character used to create the array"},
    {"itemsize", get_itemsize, nullptr, "the size, in bytes, of one array item"},
    {nullptr, nullptr},
};

bool array_getbuffer(ThreadState*, Value v, BufferView* out, int) {
  ArrayObject* a = A(v);
  static constexpr const char kCodes[] = "bBuhHiIlLqQfd";
  static constexpr const char* kFormats[] = {"b", "B", "w", "h", "H", "i", "I", "l", "L", "q", "Q", "f", "d"};
  const char* p = strchr(kCodes, a->typecode);
  out->buf = a->data ? a->data : const_cast<char*>("");
  out->len = a->size * a->itemsize;
  out->readonly = false;
  out->itemsize = a->itemsize;
  out->format = p ? kFormats[p - kCodes] : "B";
  out->owner = newref(v);
  a->exports++;
  return true;
}

void array_releasebuffer(ThreadState*, Value v, BufferView*) { A(v)->exports--; }

}  // namespace

const TypeSpec array_type_spec = {
    .name = "array.array",
    .basicsize = sizeof(ArrayObject),
    .flags = kTypeBaseType,
    .slots = {
        .dealloc = array_dealloc,
        .repr = array_repr,
        .richcompare = array_richcompare,
        .iter = array_iter,
        .new_ = array_new,
        .init = array_init,
        .add = array_concat,
        .mul = array_repeat,
        .iadd = array_iconcat,
        .imul = array_irepeat,
        .len = array_len,
        .getitem = array_getitem,
        .setitem = array_setitem,
        .contains = array_contains,
        .getbuffer = array_getbuffer,
        .releasebuffer = array_releasebuffer,
    },
    .methods = kArrayMethods,
    .getsets = kArrayGetSets,
    .doc = "array(typecode [, initializer]) -> array\n\nReturn a new array whose items are restricted by typecode.",
};

const TypeSpec array_iter_type_spec = {
    .name = "array.arrayiterator",
    .basicsize = sizeof(ArrayIterObject),
    .flags = 0,
    .slots = {
        .dealloc = iter_dealloc,
        .iter = iter_self,
        .iternext = arrayiter_next,
    },
};

bool array_buffer(ThreadState* ts, Value v, char** data, int64_t* len) {
  if (!is_array(ts, v)) return false;
  ArrayObject* a = A(v);
  *data = a->data;
  *len = a->size * a->itemsize;
  return true;
}

namespace {

const MethodDef kModuleMethods[] = {
    {nullptr, nullptr},
};

bool array_module_init(ThreadState* ts, ModuleObject* m) {
  TypeObject* at = type_from_spec(ts, &array_type_spec, ts->interp->types.object_);
  TypeObject* it = type_from_spec(ts, &array_iter_type_spec, ts->interp->types.object_);
  if (!at || !it) return false;
  // Unhashable like CPython (arrays are mutable and compare by value).
  if (!dict_set_str(ts, at->dict, "__hash__", Value::none())) return false;
  Ref codes(str_new(ts, kTypecodes));
  return codes && module_add(ts, m, "array", Value::from_obj(at)) && module_add(ts, m, "ArrayType", Value::from_obj(at)) &&
         module_add(ts, m, "_arrayiterator", Value::from_obj(it)) && module_add(ts, m, "typecodes", codes.get());
}

}  // namespace

const ModuleDef array_module_def = {
    .name = "array",
    .doc = "This module defines an object type which can efficiently represent\nan array of basic values.",
    .methods = kModuleMethods,
    .init = array_module_init,
};

}  // namespace minipy
