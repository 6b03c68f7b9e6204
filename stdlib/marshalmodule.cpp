// stdlib/marshalmodule.cpp — the native `marshal` module: CPython's marshal
// format (versions 0-4) for None/bool/int/float/complex/str/bytes/tuple/list/
// dict/set/frozenset/Ellipsis/StopIteration, with the FLAG_REF back-references
// of version 3+ (an object is flagged when it has other references, as CPython
// decides from the reference count). Code objects are not supported: dumping
// one raises ValueError("unmarshallable object"), loading one raises ValueError.
// Must not: execute anything it loads.
#include <cmath>
#include <cstdio>
#include <cstring>
#include <string>
#include <unordered_map>
#include <vector>

#include "stdlib/modules.h"
#include "stdlib/modutil.h"

namespace minipy {

namespace {

constexpr char kNull = '0', kNone = 'N', kFalse = 'F', kTrue = 'T', kStopIter = 'S', kEllipsis = '.',
               kInt = 'i', kInt64 = 'I', kFloat = 'f', kBinaryFloat = 'g', kComplex = 'x',
               kBinaryComplex = 'y', kLong = 'l', kString = 's', kInterned = 't', kRef = 'r', kTuple = '(',
               kList = '[', kDict = '{', kCode = 'c', kUnicode = 'u', kUnknown = '?', kSet = '<',
               kFrozenSet = '>', kAscii = 'a', kAsciiInterned = 'A', kSmallTuple = ')', kShortAscii = 'z',
               kShortAsciiInterned = 'Z';
constexpr uint8_t kFlagRef = 0x80;
constexpr int kVersion = 4;
constexpr int kMaxDepth = 2000;

// ------------------------------------------------------------------ writing
struct Writer {
  ThreadState* ts;
  int version;
  std::string out;
  // Objects already written with FLAG_REF -> their index. Immediates (small
  // ints) are keyed by their value word, as CPython's shared small ints are.
  std::unordered_map<uintptr_t, uint32_t> refs;
  uint32_t nrefs = 0;
  int depth = 0;

  void byte(uint8_t b) { out.push_back(char(b)); }
  void u32(uint32_t v) {
    for (int i = 0; i < 4; ++i) byte(uint8_t(v >> (8 * i)));
  }
  void raw(std::string_view s) { out.append(s.data(), s.size()); }
  void f64(double d) {
    char b[8];
    std::memcpy(b, &d, 8);
    raw(std::string_view(b, 8));
  }
  bool size32(int64_t n) {
    if (n > INT32_MAX) {
      raise(ts, Exc::ValueError, "unmarshallable object");
      return false;
    }
    u32(uint32_t(n));
    return true;
  }

  // Writes a back-reference and returns true when v was seen; otherwise
  // records it and sets *flag to FLAG_REF (only for values with other references).
  bool ref(Value v, uint8_t* flag) {
    *flag = 0;
    if (version < 3) return false;
    if (v.is_obj() && v.obj()->refcnt == 1) return false;
    auto it = refs.find(v.bits());
    if (it != refs.end()) {
      byte(kRef);
      u32(it->second);
      return true;
    }
    refs.emplace(v.bits(), nrefs++);
    *flag = kFlagRef;
    return false;
  }

  bool long_digits(Value v, uint8_t flag) {
    // 15-bit digits, least significant first; the count carries the sign.
    mpz_t z;
    mpz_init(z);
    int_to_mpz(ts, v, z);
    int sign = mpz_sgn(z);
    mpz_abs(z, z);
    std::vector<uint16_t> digits;
    while (mpz_sgn(z) != 0) {
      digits.push_back(uint16_t(mpz_fdiv_ui(z, 1u << 15)));
      mpz_fdiv_q_2exp(z, z, 15);
    }
    mpz_clear(z);
    byte(uint8_t(kLong) | flag);
    int32_t n = int32_t(digits.size());
    u32(uint32_t(sign < 0 ? -n : n));
    for (uint16_t d : digits) {
      byte(uint8_t(d & 0xFF));
      byte(uint8_t(d >> 8));
    }
    return true;
  }

  // CPython interns the string constants made of name characters (and
  // identifiers); minipy interns fewer strings, so such strings count as interned too.
  static bool name_chars_only(const StrObject* s) {
    if (!s->ascii) return false;
    for (int64_t i = 0; i < s->size; ++i) {
      char c = s->data[i];
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) return false;
    }
    return true;
  }

  bool str(Value v, uint8_t flag) {
    auto* s = v.as<StrObject>();
    bool interned = (s->interned || name_chars_only(s)) && version >= 1 && type_of(ts, v) == ts->interp->types.str;
    if (version >= 4 && s->ascii) {
      if (s->size < 256) {
        byte(uint8_t(interned ? kShortAsciiInterned : kShortAscii) | flag);
        byte(uint8_t(s->size));
      } else {
        byte(uint8_t(interned ? kAsciiInterned : kAscii) | flag);
        if (!size32(s->size)) return false;
      }
      raw(s->view());
      return true;
    }
    byte(uint8_t(interned ? kInterned : kUnicode) | flag);
    if (!size32(s->size)) return false;
    raw(s->view());
    return true;
  }

  bool all_of(const Value* values, int64_t n) {
    for (int64_t i = 0; i < n; ++i)
      if (!object(values[i])) return false;
    return true;
  }

  bool object(Value v) {
    if (v.is_null()) {
      byte(kNull);
      return true;
    }
    if (v.is_none()) { byte(kNone); return true; }
    if (v.is_true()) { byte(kTrue); return true; }
    if (v.is_false()) { byte(kFalse); return true; }
    if (v.is_ellipsis()) { byte(kEllipsis); return true; }
    if (v == Value::from_obj(exc_type(ts, Exc::StopIteration))) { byte(kStopIter); return true; }
    if (++depth > kMaxDepth) {
      --depth;
      raise(ts, Exc::ValueError, "object too deeply nested to marshal");
      return false;
    }
    bool ok = dispatch(v);
    --depth;
    return ok;
  }

  bool dispatch(Value v) {
    TypeObject* t = type_of(ts, v);
    auto& ty = ts->interp->types;
    uint8_t flag = 0;
    if (t == ty.int_) {
      if (ref(v, &flag)) return true;
      int64_t i;
      if (v.is_small_int() && (i = v.as_small_int()) >= INT32_MIN && i <= INT32_MAX) {
        byte(uint8_t(kInt) | flag);
        u32(uint32_t(int32_t(i)));
        return true;
      }
      return long_digits(v, flag);
    }
    if (t == ty.float_) {
      if (ref(v, &flag)) return true;
      double d = float_value(v);
      if (version > 1) {
        byte(uint8_t(kBinaryFloat) | flag);
        f64(d);
      } else {
        std::string s = float_text(d);
        byte(uint8_t(kFloat) | flag);
        byte(uint8_t(s.size()));
        raw(s);
      }
      return true;
    }
    if (t == ty.complex) {
      if (ref(v, &flag)) return true;
      auto* c = v.as<ComplexObject>();
      if (version > 1) {
        byte(uint8_t(kBinaryComplex) | flag);
        f64(c->real);
        f64(c->imag);
      } else {
        byte(uint8_t(kComplex) | flag);
        for (double d : {c->real, c->imag}) {
          std::string s = float_text(d);
          byte(uint8_t(s.size()));
          raw(s);
        }
      }
      return true;
    }
    if (t == ty.str) {
      if (ref(v, &flag)) return true;
      return str(v, flag);
    }
    if (t == ty.tuple) {
      if (ref(v, &flag)) return true;
      int64_t n = tuple_size(v);
      if (version >= 4 && n < 256) {
        byte(uint8_t(kSmallTuple) | flag);
        byte(uint8_t(n));
      } else {
        byte(uint8_t(kTuple) | flag);
        if (!size32(n)) return false;
      }
      return all_of(v.as<TupleObject>()->items, n);
    }
    if (t == ty.list) {
      if (ref(v, &flag)) return true;
      auto* l = v.as<ListObject>();
      byte(uint8_t(kList) | flag);
      if (!size32(l->size)) return false;
      for (int64_t i = 0; i < l->size; ++i) {
        Value item = newref(l->items[i]);  // a __eq__-free walk, but the list may change under us
        bool ok = object(item);
        decref(item);
        if (!ok) return false;
        if (i + 1 > l->size) break;
      }
      return true;
    }
    if (t == ty.dict) {
      if (ref(v, &flag)) return true;
      byte(uint8_t(kDict) | flag);
      auto* d = v.as<DictObject>();
      int64_t pos = 0;
      Value k, val;
      while (dict_next(d, &pos, &k, &val))
        if (!object(k) || !object(val)) return false;
      byte(kNull);
      return true;
    }
    if (t == ty.set || t == ty.frozenset) {
      if (ref(v, &flag)) return true;
      auto* s = v.as<SetObject>();
      byte(uint8_t(t == ty.set ? kSet : kFrozenSet) | flag);
      if (!size32(s->used)) return false;
      int64_t pos = 0;
      Value k;
      while (set_next(s, &pos, &k))
        if (!object(k)) return false;
      return true;
    }
    std::string_view data;
    if (t == ty.bytes || t == ty.bytearray || t == ty.memoryview) {
      if (ref(v, &flag)) return true;
      if (!read_buffer(ts, v, &data)) return false;
      byte(uint8_t(kString) | flag);
      if (!size32(int64_t(data.size()))) return false;
      raw(data);
      return true;
    }
    raise(ts, Exc::ValueError, "unmarshallable object");
    return false;
  }

  // Version 0/1 floats are written as text with 17 significant digits ('%.17g').
  static std::string float_text(double d) {
    if (std::isnan(d)) return "nan";
    if (std::isinf(d)) return d > 0 ? "inf" : "-inf";
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.17g", d);
    return buf;
  }
};

// ------------------------------------------------------------------ reading
struct Reader {
  ThreadState* ts;
  const unsigned char* p;
  const unsigned char* end;
  std::vector<Value> refs;  // owned; a null slot is a reference being built
  int depth = 0;

  ~Reader() {
    for (Value v : refs) decref(v);
  }

  bool need(size_t n) {
    if (size_t(end - p) < n) {
      raise(ts, Exc::EOFError, "marshal data too short");
      return false;
    }
    return true;
  }
  bool u8(uint8_t* out) {
    if (!need(1)) return false;
    *out = *p++;
    return true;
  }
  bool i32(int32_t* out) {
    if (!need(4)) return false;
    uint32_t v = uint32_t(p[0]) | uint32_t(p[1]) << 8 | uint32_t(p[2]) << 16 | uint32_t(p[3]) << 24;
    p += 4;
    *out = int32_t(v);
    return true;
  }
  bool size(int64_t* out) {
    int32_t n;
    if (!i32(&n)) return false;
    if (n < 0) {
      raise(ts, Exc::ValueError, "bad marshal data (size out of range)");
      return false;
    }
    *out = n;
    return true;
  }
  bool f64(double* out) {
    if (!need(8)) return false;
    std::memcpy(out, p, 8);
    p += 8;
    return true;
  }
  bool text_float(double* out) {
    uint8_t n;
    if (!u8(&n) || !need(n)) return false;
    std::string s(reinterpret_cast<const char*>(p), n);
    p += n;
    Ref f(float_from_string(ts, s));
    if (!f) return false;
    *out = float_value(f.get());
    return true;
  }
  bool bytes(size_t n, std::string_view* out) {
    if (!need(n)) return false;
    *out = std::string_view(reinterpret_cast<const char*>(p), n);
    p += n;
    return true;
  }

  // Registers the result of a FLAG_REF object (new reference kept in refs).
  Value keep(Value v, int64_t slot) {
    if (v && slot >= 0) refs[size_t(slot)] = newref(v);
    return v;
  }

  Value object() {
    if (p >= end) return raise(ts, Exc::EOFError, "EOF read where object expected");
    if (++depth > kMaxDepth) {
      --depth;
      return raise(ts, Exc::ValueError, "recursion limit exceeded");
    }
    Value v = dispatch();
    --depth;
    return v;
  }

  Value dispatch() {
    uint8_t code = *p++;
    bool flagged = code & kFlagRef;
    char type = char(code & ~kFlagRef);
    int64_t slot = -1;
    auto reserve = [&]() {
      if (flagged) {
        slot = int64_t(refs.size());
        refs.push_back(Value());
      }
    };
    switch (type) {
      case kNull: return raise(ts, Exc::TypeError, "NULL object in marshal data for object");
      case kNone: return Value::none();
      case kTrue: return Value::True();
      case kFalse: return Value::False();
      case kEllipsis: return Value::ellipsis();
      case kStopIter: return newref(Value::from_obj(exc_type(ts, Exc::StopIteration)));
      case kInt: {
        reserve();
        int32_t n;
        if (!i32(&n)) return Value();
        return keep(Value::small_int(n), slot);
      }
      case kInt64: {
        reserve();
        int32_t lo, hi;
        if (!i32(&lo) || !i32(&hi)) return Value();
        return keep(int_from_i64(ts, int64_t(uint64_t(uint32_t(lo)) | uint64_t(uint32_t(hi)) << 32)), slot);
      }
      case kLong: {
        reserve();
        int32_t n;
        if (!i32(&n)) return Value();
        int64_t count = n < 0 ? -int64_t(n) : n;
        if (!need(size_t(count) * 2)) return Value();
        mpz_t z;
        mpz_init(z);
        for (int64_t i = count - 1; i >= 0; --i) {
          unsigned d = unsigned(p[2 * i]) | unsigned(p[2 * i + 1]) << 8;
          if (d >= (1u << 15)) {
            mpz_clear(z);
            return raise(ts, Exc::ValueError, "bad marshal data (digit out of range in long)");
          }
          mpz_mul_2exp(z, z, 15);
          mpz_add_ui(z, z, d);
        }
        p += count * 2;
        if (n < 0) mpz_neg(z, z);
        Value r = int_from_mpz(ts, z);
        mpz_clear(z);
        return keep(r, slot);
      }
      case kFloat: {
        reserve();
        double d;
        if (!text_float(&d)) return Value();
        return keep(float_new(ts, d), slot);
      }
      case kBinaryFloat: {
        reserve();
        double d;
        if (!f64(&d)) return Value();
        return keep(float_new(ts, d), slot);
      }
      case kComplex: {
        reserve();
        double re, im;
        if (!text_float(&re) || !text_float(&im)) return Value();
        return keep(complex_new(ts, re, im), slot);
      }
      case kBinaryComplex: {
        reserve();
        double re, im;
        if (!f64(&re) || !f64(&im)) return Value();
        return keep(complex_new(ts, re, im), slot);
      }
      case kString: {
        reserve();
        int64_t n;
        std::string_view s;
        if (!size(&n) || !bytes(size_t(n), &s)) return Value();
        return keep(bytes_new(ts, s), slot);
      }
      case kUnicode:
      case kInterned:
      case kAscii:
      case kAsciiInterned:
      case kShortAscii:
      case kShortAsciiInterned: {
        reserve();
        int64_t n;
        if (type == kShortAscii || type == kShortAsciiInterned) {
          uint8_t b;
          if (!u8(&b)) return Value();
          n = b;
        } else if (!size(&n)) {
          return Value();
        }
        std::string_view s;
        if (!bytes(size_t(n), &s)) return Value();
        Value r;
        if (type == kInterned || type == kAsciiInterned || type == kShortAsciiInterned)
          r = newref(Value::from_obj(intern(ts, s)));
        else
          r = str_decode_utf8(ts, s);
        return keep(r, slot);
      }
      case kSmallTuple:
      case kTuple: {
        reserve();
        int64_t n;
        if (type == kSmallTuple) {
          uint8_t b;
          if (!u8(&b)) return Value();
          n = b;
        } else if (!size(&n)) {
          return Value();
        }
        // Items are collected first: a bad count must fail on the missing item, not on allocation.
        ListObject* l = list_new(ts);
        if (!l) return Value();
        Ref hold(Value::from_obj(l));
        for (int64_t i = 0; i < n; ++i) {
          Ref item(object());
          if (!item) return bad_item(ts, "tuple");
          if (!list_append(ts, l, item.get())) return Value();
        }
        return keep(list_as_tuple(ts, l), slot);
      }
      case kList: {
        int64_t n;
        if (!size(&n)) return Value();
        ListObject* l = list_new(ts);
        if (!l) return Value();
        Ref hold(Value::from_obj(l));
        if (flagged) {  // registered first: items may refer back to it
          slot = int64_t(refs.size());
          refs.push_back(newref(hold.get()));
        }
        for (int64_t i = 0; i < n; ++i) {
          Ref item(object());
          if (!item) return bad_item(ts, "list");
          if (!list_append(ts, l, item.get())) return Value();
        }
        return hold.release();
      }
      case kDict: {
        DictObject* d = dict_new(ts);
        if (!d) return Value();
        Ref hold(Value::from_obj(d));
        if (flagged) {
          slot = int64_t(refs.size());
          refs.push_back(newref(hold.get()));
        }
        while (true) {
          if (p >= end) return raise(ts, Exc::EOFError, "EOF read where object expected");
          if (*p == kNull) {
            ++p;
            break;
          }
          Ref k(object());
          if (!k) return Value();
          Ref v(object());
          if (!v) return Value();
          if (!dict_set(ts, d, k.get(), v.get())) return Value();
        }
        return hold.release();
      }
      case kSet:
      case kFrozenSet: {
        int64_t n;
        if (!size(&n)) return Value();
        SetObject* s = type == kSet ? set_new(ts) : frozenset_new(ts);
        if (!s) return Value();
        Ref hold(Value::from_obj(s));
        if (flagged && type == kSet) {
          slot = int64_t(refs.size());
          refs.push_back(newref(hold.get()));
        } else {
          reserve();
        }
        for (int64_t i = 0; i < n; ++i) {
          Ref item(object());
          if (!item) return bad_item(ts, type == kSet ? "set" : "frozenset");
          if (!set_add(ts, s, item.get())) return Value();
        }
        if (type == kFrozenSet) return keep(hold.release(), slot);
        return hold.release();
      }
      case kRef: {
        int32_t n;
        if (!i32(&n)) return Value();
        if (n < 0 || size_t(n) >= refs.size()) return raise(ts, Exc::ValueError, "bad marshal data (invalid reference)");
        Value v = refs[size_t(n)];
        if (!v) return raise(ts, Exc::ValueError, "bad marshal data (invalid reference)");
        return newref(v);
      }
      case kCode:
        return raise(ts, Exc::ValueError, "bad marshal data (minipy cannot load code objects)");
      case kUnknown:
      default:
        return raise(ts, Exc::ValueError, "bad marshal data (unknown type code)");
    }
  }

  static Value bad_item(ThreadState* ts, const char* what) {
    if (!err_occurred(ts)) raisef(ts, Exc::TypeError, "NULL object in marshal data for %s", what);
    return Value();
  }
};

bool version_arg(ThreadState* ts, Value v, int* out) {
  if (!v) {
    *out = kVersion;
    return true;
  }
  Ref i(index(ts, v));
  int64_t n;
  if (!i || !int_as_i64(ts, i.get(), &n)) return false;
  *out = int(n);
  return true;
}

Value do_dumps(ThreadState* ts, Value v, int version) {
  Writer w{ts, version, {}, {}, 0, 0};
  if (!w.object(v)) return Value();
  return bytes_new(ts, w.out);
}

// dumps(value, version=version, /)
Value ms_dumps(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "dumps", kw) || !check_nargs(ts, "dumps", nargs, 1, 2)) return Value();
  int version;
  if (!version_arg(ts, nargs > 1 ? args[1] : Value(), &version)) return Value();
  return do_dumps(ts, args[0], version);
}

// dump(value, file, version=version, /)
Value ms_dump(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "dump", kw) || !check_nargs(ts, "dump", nargs, 2, 3)) return Value();
  int version;
  if (!version_arg(ts, nargs > 2 ? args[2] : Value(), &version)) return Value();
  Ref data(do_dumps(ts, args[0], version));
  if (!data) return Value();
  Ref r(call_method1(ts, args[1], "write", data.get()));
  if (!r) return Value();
  return Value::none();
}

Value do_loads(ThreadState* ts, std::string_view data, size_t* consumed) {
  Reader r{ts, reinterpret_cast<const unsigned char*>(data.data()),
           reinterpret_cast<const unsigned char*>(data.data()) + data.size(), {}, 0};
  Value v = r.object();
  if (consumed) *consumed = size_t(r.p - reinterpret_cast<const unsigned char*>(data.data()));
  return v;
}

// loads(bytes, /)
Value ms_loads(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "loads", kw) || !check_nargs(ts, "loads", nargs, 1, 1)) return Value();
  std::string_view data;
  if (!read_buffer(ts, args[0], &data)) return Value();
  std::string copy(data);  // the buffer may change while objects are built
  return do_loads(ts, copy, nullptr);
}

// load(file, /): reads the file's remaining data, then puts back what was not used.
Value ms_load(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "load", kw) || !check_nargs(ts, "load", nargs, 1, 1)) return Value();
  Ref pos(call_method0(ts, args[0], "tell"));
  if (!pos) err_clear(ts);
  Ref data(call_method0(ts, args[0], "read"));
  if (!data) return Value();
  std::string_view view;
  if (!bytes_like_view(ts, data.get(), &view)) {
    err_clear(ts);
    return raisef(ts, Exc::TypeError, "file.read() returned not bytes but %s", type_name(ts, data.get()));
  }
  std::string copy(view);
  size_t used = 0;
  Value v = do_loads(ts, copy, &used);
  if (pos && is_int(ts, pos.get())) {
    Ref newpos(binary_op(ts, pos.get(), Value::small_int(int64_t(used)), BinOp::Add));
    if (newpos) {
      Value seek_args[1] = {newpos.get()};
      Ref r(call_method(ts, args[0], intern(ts, "seek"), seek_args, 1));
      if (!r) {
        decref(v);
        return Value();
      }
    }
  }
  return v;
}

const MethodDef kMethods[] = {
    {"dump", ms_dump, kMethNormal, "Write the value on the open file."},
    {"load", ms_load, kMethNormal, "Read one value from the open file and return it."},
    {"dumps", ms_dumps, kMethNormal, "Return the bytes object that would be written to a file by dump(value, file)."},
    {"loads", ms_loads, kMethNormal, "Convert the bytes-like object to a value."},
    {nullptr, nullptr},
};

bool marshal_init(ThreadState* ts, ModuleObject* m) {
  return module_add(ts, m, "version", Value::small_int(kVersion));
}

}  // namespace

const ModuleDef marshal_module_def = {
    .name = "marshal",
    .doc = "This module contains functions that can read and write Python values in\na binary format. The format "
           "is specific to Python, but independent of\nmachine architecture issues.",
    .methods = kMethods,
    .init = marshal_init,
};

}  // namespace minipy
