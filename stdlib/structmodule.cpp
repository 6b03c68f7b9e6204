// stdlib/structmodule.cpp — the native `_struct` module behind struct.py:
// Struct (a parsed format), pack/unpack/calcsize/pack_into/unpack_from/
// iter_unpack, and struct.error. Byte orders @ (native sizes and alignment),
// = (native order, standard sizes), < > ! (standard sizes).
//
// Error messages follow CPython 3.11 on x86-64 exactly, including its quirk
// that little-endian standard formats whose size matches the native one use
// the native packers ('<h' says "short format requires ...", '>h' says "'h'
// format requires ..."): see IntRule below.
// Must not: depend on the host byte order beyond "little-endian x86-64/arm64".
#include <cmath>
#include <cstring>

#include "stdlib/modules.h"
#include "stdlib/modutil.h"

namespace minipy {

namespace {

// ---------------------------------------------------------------- format parsing

enum class Order : uint8_t { Native, NativeStd, Little, Big };

struct Code {
  char fmt;
  int64_t offset;  // of the first item
  int64_t count;   // repeat count (for 's'/'p': the byte length, one value)
  int64_t size;    // bytes per item (1 for s/p/x)
};

struct StructObject : Object {
  Value format;    // str
  int64_t size;
  int64_t nvalues; // items pack() takes / unpack() returns
  int64_t ncodes;
  Order order;
  Code* codes;     // mem_alloc'd
};

struct UnpackIterObject : Object {
  Value st;        // the Struct (owned)
  Value buf;       // the buffer object (owned)
  int64_t offset;
  BufferView pin;  // an export of buf held while iterating (no resizing meanwhile, as in CPython)
};

Value struct_error(ThreadState* ts, std::string_view msg) {
  return raise_module_error(ts, "_struct", "error", Exc::ValueError, msg);
}

// Size and alignment of a code in native mode; 0 = bad char.
int64_t native_size(char c, int64_t* align) {
  switch (c) {
    case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p': *align = 1; return 1;
    case 'h': case 'H': case 'e': *align = 2; return 2;
    case 'i': case 'I': case 'f': *align = 4; return 4;
    case 'l': case 'L': case 'q': case 'Q': case 'n': case 'N': case 'd': case 'P': *align = 8; return 8;
    default: return 0;
  }
}

int64_t std_size(char c) {
  switch (c) {
    case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p': return 1;
    case 'h': case 'H': case 'e': return 2;
    case 'i': case 'I': case 'l': case 'L': case 'f': return 4;
    case 'q': case 'Q': case 'd': return 8;
    default: return 0;
  }
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// Parse `fmt` into s (codes, size, nvalues). Raises struct.error.
bool parse_format(ThreadState* ts, std::string_view fmt, StructObject* s) {
  size_t i = 0;
  Order order = Order::Native;
  if (!fmt.empty()) {
    switch (fmt[0]) {
      case '@': order = Order::Native; i = 1; break;
      case '=': order = Order::NativeStd; i = 1; break;
      case '<': order = Order::Little; i = 1; break;
      case '>': case '!': order = Order::Big; i = 1; break;
      default: break;
    }
  }
  std::vector<Code> codes;
  int64_t size = 0, nvalues = 0;
  constexpr int64_t kMax = INT64_MAX / 2;
  while (i < fmt.size()) {
    char c = fmt[i++];
    if (is_space(c)) continue;
    int64_t num = 1;
    if (c >= '0' && c <= '9') {
      num = c - '0';
      for (;;) {
        if (i >= fmt.size()) { struct_error(ts, "repeat count given without format specifier"); return false; }
        c = fmt[i++];
        if (c < '0' || c > '9') break;
        if (num >= (kMax - (c - '0')) / 10) { struct_error(ts, "total struct size too long"); return false; }
        num = num * 10 + (c - '0');
      }
    }
    int64_t align = 1, itemsize;
    if (order == Order::Native) {
      itemsize = native_size(c, &align);
    } else {
      itemsize = (c == 'n' || c == 'N' || c == 'P') ? 0 : std_size(c);
    }
    if (itemsize == 0) { struct_error(ts, "bad char in struct format"); return false; }
    if (order == Order::Native && align > 1) size = (size + align - 1) / align * align;
    Code code{c, size, num, itemsize};
    if (c == 's' || c == 'p') {
      code.size = 1;
      if (num > kMax - size) { struct_error(ts, "total struct size too long"); return false; }
      size += num;
      nvalues += 1;
    } else {
      if (num > (kMax - size) / itemsize) { struct_error(ts, "total struct size too long"); return false; }
      size += num * itemsize;
      if (c != 'x') nvalues += num;
    }
    if (num == 0 && c != 's' && c != 'p') continue;
    codes.push_back(code);
  }
  auto* mem = static_cast<Code*>(mem_alloc(sizeof(Code) * (codes.empty() ? 1 : codes.size())));
  if (!mem) { raise_no_memory(ts); return false; }
  if (!codes.empty()) memcpy(mem, codes.data(), sizeof(Code) * codes.size());
  mem_free(s->codes);
  s->codes = mem;
  s->ncodes = int64_t(codes.size());
  s->size = size;
  s->nvalues = nvalues;
  s->order = order;
  return true;
}

// ---------------------------------------------------------------- byte order helpers

bool little(Order o) { return o != Order::Big; }

void put_uint(char* p, uint64_t v, int64_t n, bool le) {
  for (int64_t k = 0; k < n; k++) {
    uint8_t b = uint8_t(v >> (8 * k));
    p[le ? k : n - 1 - k] = char(b);
  }
}

uint64_t get_uint(const char* p, int64_t n, bool le) {
  uint64_t v = 0;
  for (int64_t k = 0; k < n; k++) {
    uint8_t b = uint8_t(p[le ? k : n - 1 - k]);
    v |= uint64_t(b) << (8 * k);
  }
  return v;
}

// ---------------------------------------------------------------- integer packing rules

// How an integer argument is range-checked, reproducing which CPython packer
// function handles each (code, byte order) pair.
enum class IntRule : uint8_t {
  NativeNamed,    // b B h H: "byte/ubyte/short/ushort format requires lo <= number <= hi"
  NativeChecked,  // native i/I: long/ulong conversion then "'c' format requires ..."
  Plain,          // l L q Q n N native: only "argument out of range"
  StdChecked,     // standard sizes < 8: conversion then "'c' format requires ..."
  StdBytes,       // standard big-endian q/Q: "int too large to convert"
  VoidPtr,        // P: -2**63 .. 2**64-1, else "int too large to convert"
};

IntRule int_rule(char c, Order o, int64_t size) {
  if (c == 'P') return IntRule::VoidPtr;
  if (c == 'b' || c == 'B') return IntRule::NativeNamed;
  // '<' and '=' swap in the native packer when the sizes agree (h H i I q Q).
  bool native = o == Order::Native || (o != Order::Big && c != 'l' && c != 'L');
  if (native) {
    if (c == 'h' || c == 'H') return IntRule::NativeNamed;
    if (c == 'i' || c == 'I') return IntRule::NativeChecked;
    return IntRule::Plain;
  }
  return size == 8 ? IntRule::StdBytes : IntRule::StdChecked;
}

bool is_unsigned(char c) { return c == 'B' || c == 'H' || c == 'I' || c == 'L' || c == 'Q' || c == 'N'; }

// The argument as an int (get_pylong): ints pass, __index__ is called, others
// raise struct.error "required argument is not an integer".
Value to_pylong(ThreadState* ts, Value v) {
  if (is_int(ts, v)) return newref(v);
  if (!type_lookup(type_of(ts, v), ts->interp->names.__index__))
    return struct_error(ts, "required argument is not an integer");
  return index(ts, v);
}

// Classify an int: fits in int64 (*i) and/or uint64 (*u).
void int_range(ThreadState* ts, Value v, bool* fits_i, int64_t* i, bool* fits_u, uint64_t* u) {
  if (v.is_small_int() || v.is_bool()) {
    int64_t x = v.is_bool() ? (v.is_true() ? 1 : 0) : v.as_small_int();
    *fits_i = true;
    *i = x;
    *fits_u = x >= 0;
    *u = uint64_t(x);
    return;
  }
  mpz_t z;
  mpz_init(z);
  int_to_mpz(ts, v, z);
  *fits_i = mpz_fits_slong_p(z);
  if (*fits_i) *i = mpz_get_si(z);
  *fits_u = mpz_sgn(z) >= 0 && mpz_fits_ulong_p(z);
  if (*fits_u) *u = mpz_get_ui(z);
  mpz_clear(z);
}

bool pack_int(ThreadState* ts, char* p, Value arg, const Code& code, Order order) {
  Ref v(to_pylong(ts, arg));
  if (!v) return false;
  bool fi, fu;
  int64_t i = 0;
  uint64_t u = 0;
  int_range(ts, v.get(), &fi, &i, &fu, &u);
  char c = code.fmt;
  int64_t n = code.size;
  bool uns = is_unsigned(c);
  bool le = little(order);
  auto range_msg = [&](bool named) -> bool {
    if (named) {
      const char* what = c == 'b' ? "byte" : c == 'B' ? "ubyte" : c == 'h' ? "short" : "ushort";
      if (uns) struct_error(ts, strf("%s format requires 0 <= number <= %llu", what, (unsigned long long)((1ull << (8 * n)) - 1)));
      else struct_error(ts, strf("%s format requires %lld <= number <= %lld", what, -(1ll << (8 * n - 1)), (1ll << (8 * n - 1)) - 1));
    } else if (uns) {
      struct_error(ts, strf("'%c' format requires 0 <= number <= %llu", c, (unsigned long long)((1ull << (8 * n)) - 1)));
    } else {
      struct_error(ts, strf("'%c' format requires %lld <= number <= %lld", c, -(1ll << (8 * n - 1)), (1ll << (8 * n - 1)) - 1));
    }
    return false;
  };
  switch (int_rule(c, order, n)) {
    case IntRule::NativeNamed:
      // get_long, then the named range check (signed conversion even for B/H).
      if (!fi) { struct_error(ts, "argument out of range"); return false; }
      if (uns ? (i < 0 || i > int64_t((1ull << (8 * n)) - 1)) : (i < -(1ll << (8 * n - 1)) || i > (1ll << (8 * n - 1)) - 1))
        return range_msg(true);
      put_uint(p, uint64_t(i), n, le);
      return true;
    case IntRule::NativeChecked:
    case IntRule::StdChecked:
      if (uns) {
        if (!fu) { struct_error(ts, "argument out of range"); return false; }
        if (n < 8 && u > (1ull << (8 * n)) - 1) return range_msg(false);
        put_uint(p, u, n, le);
      } else {
        if (!fi) { struct_error(ts, "argument out of range"); return false; }
        if (n < 8 && (i < -(1ll << (8 * n - 1)) || i > (1ll << (8 * n - 1)) - 1)) return range_msg(false);
        put_uint(p, uint64_t(i), n, le);
      }
      return true;
    case IntRule::Plain:
      if (uns ? !fu : !fi) { struct_error(ts, "argument out of range"); return false; }
      put_uint(p, uns ? u : uint64_t(i), n, le);
      return true;
    case IntRule::StdBytes:
    case IntRule::VoidPtr: {
      bool ok = c == 'P' ? (fi || fu) : uns ? fu : fi;
      if (!ok) {
        if (is_int(ts, arg)) struct_error(ts, "int too large to convert");
        else raise(ts, Exc::OverflowError, "int too big to convert");
        return false;
      }
      put_uint(p, fi ? uint64_t(i) : u, n, le);
      return true;
    }
  }
  return false;
}

// ---------------------------------------------------------------- floats

bool arg_double(ThreadState* ts, Value v, double* out) {
  if (v.is_obj() && is_float(ts, v) && v.obj()->type == ts->interp->types.float_) {
    *out = float_value(v);
    return true;
  }
  if (!as_double(ts, v, out)) {
    err_clear(ts);
    struct_error(ts, "required argument is not a float");
    return false;
  }
  return true;
}

// IEEE 754 binary16 with round-half-even (CPython's PyFloat_Pack2 rules).
bool pack_half(ThreadState* ts, double x, uint16_t* out) {
  uint16_t sign = std::signbit(x) ? 1 : 0;
  uint16_t bits;
  if (x == 0.0) {
    bits = 0;
  } else if (std::isinf(x)) {
    bits = 0x1f << 10;
  } else if (std::isnan(x)) {
    bits = (0x1f << 10) | 512;
  } else {
    int e;
    double f = std::frexp(std::fabs(x), &e);  // [0.5, 1)
    f *= 2.0;
    e--;
    if (e >= 16) {
      raise(ts, Exc::OverflowError, "float too large to pack with e format");
      return false;
    } else if (e < -25) {
      f = 0.0;
      e = 0;
    } else if (e < -14) {
      f = std::ldexp(f, 14 + e);
      e = 0;
    } else {
      e += 15;
      f -= 1.0;
    }
    f *= 1024.0;
    uint32_t m = uint32_t(f);
    double rest = f - double(m);
    if (rest > 0.5 || (rest == 0.5 && (m & 1))) {
      m++;
      if (m == 1024) {
        m = 0;
        e++;
        if (e == 31) {
          raise(ts, Exc::OverflowError, "float too large to pack with e format");
          return false;
        }
      }
    }
    bits = uint16_t((e << 10) | m);
  }
  *out = uint16_t(bits | (sign << 15));
  return true;
}

double unpack_half(uint16_t b) {
  int sign = b >> 15;
  int e = (b >> 10) & 0x1f;
  int f = b & 0x3ff;
  double x;
  if (e == 0x1f) {
    x = f == 0 ? HUGE_VAL : std::nan("");
  } else if (e == 0) {
    x = std::ldexp(double(f), -24);
  } else {
    x = std::ldexp(double(f + 1024), e - 25);
  }
  return sign ? -x : x;
}

// ---------------------------------------------------------------- pack / unpack cores

bool pack_into_buf(ThreadState* ts, StructObject* s, char* buf, const Value* args) {
  memset(buf, 0, size_t(s->size));
  bool le = little(s->order);
  size_t ai = 0;
  for (int64_t k = 0; k < s->ncodes; k++) {
    const Code& code = s->codes[k];
    char c = code.fmt;
    char* p = buf + code.offset;
    if (c == 's' || c == 'p') {
      Value v = args[ai++];
      std::string_view data;
      if (is_bytes(ts, v) || is_bytearray(ts, v)) {
        bytes_like_view(ts, v, &data);
      } else {
        struct_error(ts, strf("argument for '%c' must be a bytes object", c));
        return false;
      }
      int64_t n = int64_t(data.size());
      if (c == 's') {
        if (std::min(n, code.count) > 0) memcpy(p, data.data(), size_t(std::min(n, code.count)));
      } else if (code.count > 0) {
        int64_t m = std::min(n, code.count - 1);
        if (m > 0) memcpy(p + 1, data.data(), size_t(m));
        p[0] = char(uint8_t(std::min<int64_t>(m, 255)));
      }
      continue;
    }
    if (c == 'x') continue;
    for (int64_t r = 0; r < code.count; r++, p += code.size) {
      Value v = args[ai++];
      switch (c) {
        case 'c': {
          if (!is_bytes(ts, v) || v.as<BytesObject>()->size != 1) {
            struct_error(ts, "char format requires a bytes object of length 1");
            return false;
          }
          *p = v.as<BytesObject>()->data[0];
          break;
        }
        case '?': {
          int t = truthy(ts, v);
          if (t < 0) return false;
          *p = char(t);
          break;
        }
        case 'e': {
          double x;
          uint16_t h;
          if (!arg_double(ts, v, &x) || !pack_half(ts, x, &h)) return false;
          put_uint(p, h, 2, le);
          break;
        }
        case 'f': {
          double x;
          if (!arg_double(ts, v, &x)) return false;
          float y = float(x);
          if (s->order != Order::Native && std::isinf(y) && !std::isinf(x)) {
            raise(ts, Exc::OverflowError, "float too large to pack with f format");
            return false;
          }
          uint32_t bits;
          memcpy(&bits, &y, 4);
          put_uint(p, bits, 4, le);
          break;
        }
        case 'd': {
          double x;
          if (!arg_double(ts, v, &x)) return false;
          uint64_t bits;
          memcpy(&bits, &x, 8);
          put_uint(p, bits, 8, le);
          break;
        }
        default:
          if (!pack_int(ts, p, v, code, s->order)) return false;
          break;
      }
    }
  }
  return true;
}

Value unpack_buf(ThreadState* ts, StructObject* s, const char* buf) {
  TupleObject* t = tuple_new(ts, s->nvalues);
  if (!t) return Value();
  Ref hold(Value::from_obj(t));
  bool le = little(s->order);
  int64_t ai = 0;
  for (int64_t k = 0; k < s->ncodes; k++) {
    const Code& code = s->codes[k];
    char c = code.fmt;
    const char* p = buf + code.offset;
    if (c == 's') {
      Value v = bytes_new(ts, std::string_view(p, size_t(code.count)));
      if (!v) return Value();
      t->items[ai++] = v;
      continue;
    }
    if (c == 'p') {
      int64_t n = code.count > 0 ? uint8_t(p[0]) : 0;
      if (n >= code.count) n = code.count - 1;
      if (n < 0) n = 0;
      Value v = bytes_new(ts, std::string_view(p + 1, size_t(n)));
      if (!v) return Value();
      t->items[ai++] = v;
      continue;
    }
    if (c == 'x') continue;
    for (int64_t r = 0; r < code.count; r++, p += code.size) {
      Value v;
      switch (c) {
        case 'c': v = bytes_new(ts, std::string_view(p, 1)); break;
        case '?': v = Value::boolean(*p != 0); break;
        case 'e': v = float_new(ts, unpack_half(uint16_t(get_uint(p, 2, le)))); break;
        case 'f': {
          uint32_t bits = uint32_t(get_uint(p, 4, le));
          float y;
          memcpy(&y, &bits, 4);
          v = float_new(ts, double(y));
          break;
        }
        case 'd': {
          uint64_t bits = get_uint(p, 8, le);
          double y;
          memcpy(&y, &bits, 8);
          v = float_new(ts, y);
          break;
        }
        default: {
          uint64_t u = get_uint(p, code.size, le);
          if (is_unsigned(c) || c == 'P') {
            v = int_from_u64(ts, u);
          } else {
            int64_t n = code.size;
            int64_t x = n == 8 ? int64_t(u) : (u & (1ull << (8 * n - 1))) ? int64_t(u) - int64_t(1ull << (8 * n)) : int64_t(u);
            v = int_from_i64(ts, x);
          }
          break;
        }
      }
      if (!v) return Value();
      t->items[ai++] = v;
    }
  }
  return hold.release();
}

// ---------------------------------------------------------------- the Struct type

StructObject* S(Value v) { return v.as<StructObject>(); }

bool set_format(ThreadState* ts, StructObject* s, Value fmt) {
  std::string_view text;
  Ref fstr;
  if (is_str(ts, fmt)) {
    text = str_view(fmt);
    fstr = Ref::borrow(fmt);
  } else if (is_bytes(ts, fmt)) {
    text = fmt.as<BytesObject>()->view();
    fstr = Ref(str_decode_utf8(ts, text));
    if (!fstr) return false;
  } else {
    raisef(ts, Exc::TypeError, "Struct() argument 1 must be a str or bytes object, not %s", type_name(ts, fmt));
    return false;
  }
  if (!parse_format(ts, text, s)) return false;
  decref(s->format);
  s->format = fstr.release();
  return true;
}

void struct_dealloc(Object* o) {
  auto* s = static_cast<StructObject*>(o);
  decref(s->format);
  mem_free(s->codes);
  free_object(o);
}

Value struct_new(ThreadState* ts, TypeObject* type, const Value*, size_t, TupleObject*) {
  Object* o = alloc_object(ts, type);
  if (!o) return Value();
  Ref hold(Value::from_obj(o));
  auto* s = static_cast<StructObject*>(o);
  // __init__ parses the format (so subclasses can call it), like CPython 3.11.
  s->format = str_new(ts, "");
  if (!s->format) return Value();
  return hold.release();
}

bool struct_init(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  static constexpr const char* kNames[] = {"format"};
  Value a[1] = {};
  if (nargs == 0 && !kw) {
    raise(ts, Exc::TypeError, "Struct() missing required argument 'format' (pos 1)");
    return false;
  }
  if (!parse_args(ts, "Struct", args, nargs, kw, kNames, 1, 0, 1, 1, a)) return false;
  return set_format(ts, S(self), a[0]);
}

Value pack_with(ThreadState* ts, StructObject* s, const Value* args, size_t nargs) {
  if (int64_t(nargs) != s->nvalues)
    return struct_error(ts, strf("pack expected %lld items for packing (got %zu)", (long long)s->nvalues, nargs));
  std::string buf(size_t(s->size), '\0');
  if (!pack_into_buf(ts, s, buf.data(), args)) return Value();
  return bytes_new(ts, buf);
}

Value unpack_with(ThreadState* ts, StructObject* s, Value buffer) {
  std::string_view data;
  if (!read_buffer(ts, buffer, &data)) return Value();
  if (int64_t(data.size()) != s->size)
    return struct_error(ts, strf("unpack requires a buffer of %lld bytes", (long long)s->size));
  return unpack_buf(ts, s, data.data());
}

Value unpack_from_with(ThreadState* ts, StructObject* s, Value buffer, Value offv) {
  int64_t offset = 0;
  if (offv && !index_i64(ts, offv, &offset)) return Value();
  std::string_view data;
  if (!read_buffer(ts, buffer, &data)) return Value();
  int64_t len = int64_t(data.size());
  if (offset < 0) {
    if (offset + len < 0)
      return struct_error(ts, strf("offset %lld out of range for %lld-byte buffer", (long long)offset, (long long)len));
    if (offset + s->size > 0)
      return struct_error(ts, strf("not enough data to unpack %lld bytes at offset %lld", (long long)s->size, (long long)offset));
    offset += len;
  }
  if (len - offset < s->size)
    return struct_error(ts, strf("unpack_from requires a buffer of at least %lld bytes for unpacking %lld bytes at offset %lld (actual buffer size is %lld)",
                                 (long long)(s->size + offset), (long long)s->size, (long long)offset, (long long)len));
  return unpack_buf(ts, s, data.data() + offset);
}

Value pack_into_with(ThreadState* ts, StructObject* s, const Value* args, size_t nargs) {
  // args: buffer, offset, values...
  if (nargs < 2 || int64_t(nargs - 2) != s->nvalues) {
    if (nargs == 0) return struct_error(ts, "pack_into expected buffer argument");
    if (nargs == 1) return struct_error(ts, "pack_into expected offset argument");
    return struct_error(ts, strf("pack_into expected %lld items for packing (got %zu)", (long long)s->nvalues, nargs - 2));
  }
  char* data;
  int64_t len;
  if (!write_buffer(ts, args[0], &data, &len)) return Value();
  int64_t offset;
  if (!index_i64(ts, args[1], &offset)) return Value();
  if (offset < 0) {
    if (offset + s->size > 0)
      return struct_error(ts, strf("no space to pack %lld bytes at offset %lld", (long long)s->size, (long long)offset));
    if (offset + len < 0)
      return struct_error(ts, strf("offset %lld out of range for %lld-byte buffer", (long long)offset, (long long)len));
    offset += len;
  }
  if (len - offset < s->size)
    return struct_error(ts, strf("pack_into requires a buffer of at least %lld bytes for packing %lld bytes at offset %lld (actual buffer size is %lld)",
                                 (long long)(s->size + offset), (long long)s->size, (long long)offset, (long long)len));
  std::string tmp(size_t(s->size), '\0');
  if (!pack_into_buf(ts, s, tmp.data(), args + 2)) return Value();
  memcpy(data + offset, tmp.data(), tmp.size());
  return Value::none();
}

Value iter_unpack_with(ThreadState* ts, StructObject* s, Value self, Value buffer);

#define METH(name) Value name(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw)

METH(s_pack) {
  if (!no_kwargs(ts, "pack", kw)) return Value();
  return pack_with(ts, S(self), args, nargs);
}
METH(s_unpack) {
  if (!no_kwargs(ts, "unpack", kw) || !check_nargs(ts, "unpack", nargs, 1, 1)) return Value();
  return unpack_with(ts, S(self), args[0]);
}
METH(s_unpack_from) {
  static constexpr const char* kNames[] = {"buffer", "offset"};
  Value a[2] = {};
  if (!parse_args(ts, "unpack_from", args, nargs, kw, kNames, 2, 0, 2, 1, a)) return Value();
  return unpack_from_with(ts, S(self), a[0], a[1]);
}
METH(s_pack_into) {
  if (!no_kwargs(ts, "pack_into", kw)) return Value();
  return pack_into_with(ts, S(self), args, nargs);
}
METH(s_iter_unpack) {
  if (!no_kwargs(ts, "iter_unpack", kw) || !check_nargs(ts, "iter_unpack", nargs, 1, 1)) return Value();
  return iter_unpack_with(ts, S(self), self, args[0]);
}
METH(s_sizeof) { return int_from_i64(ts, int64_t(sizeof(StructObject)) + S(self)->ncodes * int64_t(sizeof(Code))); }

Value s_get_format(ThreadState*, Value self) { return newref(S(self)->format); }
Value s_get_size(ThreadState* ts, Value self) { return int_from_i64(ts, S(self)->size); }

const MethodDef kStructMethods[] = {
    {"pack", s_pack, kMethNormal, "S.pack(v1, v2, ...) -> bytes"},
    {"unpack", s_unpack},
    {"unpack_from", s_unpack_from},
    {"pack_into", s_pack_into},
    {"iter_unpack", s_iter_unpack},
    {"__sizeof__", s_sizeof},
    {nullptr, nullptr},
};

const GetSetDef kStructGetSets[] = {
    {"format", s_get_format, nullptr, "struct format string"},
    {"size", s_get_size, nullptr, "struct size in bytes"},
    {nullptr, nullptr},
};

// ---------------------------------------------------------------- unpack_iterator

void ui_dealloc(Object* o) {
  auto* it = static_cast<UnpackIterObject*>(o);
  buffer_release(nullptr, &it->pin);  // the slots take a null ThreadState from deallocs
  decref(it->st);
  decref(it->buf);
  free_object(o);
}

Value ui_next(ThreadState* ts, Value self) {
  auto* it = self.as<UnpackIterObject>();
  if (!it->buf) return Value();
  StructObject* s = S(it->st);
  std::string_view data;
  if (!read_buffer(ts, it->buf, &data)) return Value();
  if (it->offset + s->size > int64_t(data.size())) {
    buffer_release(ts, &it->pin);
    decref(it->buf);
    it->buf = Value();
    return Value();
  }
  Value r = unpack_buf(ts, s, data.data() + it->offset);
  it->offset += s->size;
  return r;
}

Value ui_iter(ThreadState*, Value self) { return newref(self); }

METH(ui_length_hint) {
  auto* it = self.as<UnpackIterObject>();
  if (!it->buf) return Value::small_int(0);
  std::string_view data;
  if (!read_buffer(ts, it->buf, &data)) return Value();
  int64_t sz = S(it->st)->size;
  return int_from_i64(ts, (int64_t(data.size()) - it->offset) / sz);
}

const MethodDef kUnpackIterMethods[] = {
    {"__length_hint__", ui_length_hint},
    {nullptr, nullptr},
};

#undef METH

}  // namespace

const TypeSpec struct_type_spec = {
    .name = "_struct.Struct",
    .basicsize = sizeof(StructObject),
    .flags = kTypeBaseType,
    .slots = {
        .dealloc = struct_dealloc,
        .new_ = struct_new,
        .init = struct_init,
    },
    .methods = kStructMethods,
    .getsets = kStructGetSets,
    .doc = "Struct(fmt) --> compiled struct object\n\n",
};

const TypeSpec unpack_iter_type_spec = {
    .name = "_struct.unpack_iterator",
    .basicsize = sizeof(UnpackIterObject),
    .flags = 0,
    .slots = {
        .dealloc = ui_dealloc,
        .iter = ui_iter,
        .iternext = ui_next,
    },
    .methods = kUnpackIterMethods,
};

namespace {

Value iter_unpack_with(ThreadState* ts, StructObject* s, Value self, Value buffer) {
  if (s->size == 0) return struct_error(ts, "cannot iteratively unpack with a struct of length 0");
  std::string_view data;
  if (!read_buffer(ts, buffer, &data)) return Value();
  if (int64_t(data.size()) % s->size != 0)
    return struct_error(ts, strf("iterative unpacking requires a buffer of a multiple of %lld bytes", (long long)s->size));
  Value t = module_attr(ts, "_struct", "_unpack_iterator");
  if (!t || !t.is_obj()) return raise(ts, Exc::SystemError, "_struct.unpack_iterator is missing");
  Object* o = alloc_object(ts, t.as<TypeObject>());
  if (!o) return Value();
  auto* it = static_cast<UnpackIterObject*>(o);
  it->st = newref(self);
  it->buf = newref(buffer);
  it->offset = 0;
  if (has_buffer(ts, buffer) && !buffer_get(ts, buffer, &it->pin, kBufSimple)) {
    decref(o);
    return Value();
  }
  return Value::from_obj(o);
}

// The Struct for a format (module-level functions), from the module's cache.
Value cached_struct(ThreadState* ts, Value module, Value fmt) {
  DictObject* md = module.as<ModuleObject>()->dict;
  Value cache = dict_get_str(md, intern(ts, "_cache"));
  bool use_cache = cache && is_dict(ts, cache) && (is_str(ts, fmt) || is_bytes(ts, fmt));
  if (use_cache) {
    Value hit = dict_get(ts, cache.as<DictObject>(), fmt);
    if (hit) return newref(hit);
    if (err_occurred(ts)) return Value();
  }
  Value cls = dict_get_str(md, intern(ts, "Struct"));
  if (!cls) return raise(ts, Exc::SystemError, "_struct.Struct is missing");
  Ref s(call1(ts, cls, fmt));
  if (!s) return Value();
  if (use_cache) {
    if (dict_size(cache.as<DictObject>()) >= 100) dict_clear(cache.as<DictObject>());
    if (!dict_set(ts, cache.as<DictObject>(), fmt, s.get())) return Value();
  }
  return s.release();
}

#define METH(name) Value name(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw)

METH(m_pack) {
  if (!no_kwargs(ts, "pack", kw)) return Value();
  if (nargs == 0) return raise(ts, Exc::TypeError, "missing format argument");
  Ref s(cached_struct(ts, self, args[0]));
  if (!s) return Value();
  return pack_with(ts, S(s.get()), args + 1, nargs - 1);
}
METH(m_pack_into) {
  if (!no_kwargs(ts, "pack_into", kw)) return Value();
  if (nargs == 0) return raise(ts, Exc::TypeError, "missing format argument");
  Ref s(cached_struct(ts, self, args[0]));
  if (!s) return Value();
  return pack_into_with(ts, S(s.get()), args + 1, nargs - 1);
}
METH(m_unpack) {
  if (!no_kwargs(ts, "unpack", kw) || !check_nargs(ts, "unpack", nargs, 2, 2)) return Value();
  Ref s(cached_struct(ts, self, args[0]));
  if (!s) return Value();
  return unpack_with(ts, S(s.get()), args[1]);
}
METH(m_unpack_from) {
  static constexpr const char* kNames[] = {"format", "buffer", "offset"};
  Value a[3] = {};
  if (!parse_args(ts, "unpack_from", args, nargs, kw, kNames, 3, 1, 3, 2, a)) return Value();
  Ref s(cached_struct(ts, self, a[0]));
  if (!s) return Value();
  return unpack_from_with(ts, S(s.get()), a[1], a[2]);
}
METH(m_iter_unpack) {
  if (!no_kwargs(ts, "iter_unpack", kw) || !check_nargs(ts, "iter_unpack", nargs, 2, 2)) return Value();
  Ref s(cached_struct(ts, self, args[0]));
  if (!s) return Value();
  return iter_unpack_with(ts, S(s.get()), s.get(), args[1]);
}
METH(m_calcsize) {
  if (!no_kwargs(ts, "calcsize", kw) || !check_nargs(ts, "_struct.calcsize", nargs, 1, 1)) return Value();
  Ref s(cached_struct(ts, self, args[0]));
  if (!s) return Value();
  return int_from_i64(ts, S(s.get())->size);
}
METH(m_clearcache) {
  Value cache = dict_get_str(self.as<ModuleObject>()->dict, intern(ts, "_cache"));
  if (cache && is_dict(ts, cache)) dict_clear(cache.as<DictObject>());
  return Value::none();
}

#undef METH

const MethodDef kModuleMethods[] = {
    {"pack", m_pack, kMethNormal, "pack(format, v1, v2, ...) -> bytes"},
    {"pack_into", m_pack_into},
    {"unpack", m_unpack},
    {"unpack_from", m_unpack_from},
    {"iter_unpack", m_iter_unpack},
    {"calcsize", m_calcsize},
    {"_clearcache", m_clearcache},
    {nullptr, nullptr},
};

bool struct_module_init(ThreadState* ts, ModuleObject* m) {
  TypeObject* st = type_from_spec(ts, &struct_type_spec, ts->interp->types.object_);
  TypeObject* it = type_from_spec(ts, &unpack_iter_type_spec, ts->interp->types.object_);
  if (!st || !it) return false;
  Ref err(make_exception_class(ts, "struct", "error", exc_type(ts, Exc::Exception)));
  Ref cache(Value::from_obj(dict_new(ts)));
  if (!err || !cache) return false;
  // The module holds the types' creation references for the interpreter's life.
  return module_add(ts, m, "Struct", Value::from_obj(st)) && module_add(ts, m, "_unpack_iterator", Value::from_obj(it)) &&
         module_add(ts, m, "error", err.get()) && module_add(ts, m, "_cache", cache.get());
}

}  // namespace

const ModuleDef struct_module_def = {
    .name = "_struct",
    .doc = "Functions to convert between Python values and C structs.",
    .methods = kModuleMethods,
    .init = struct_module_init,
};

}  // namespace minipy
