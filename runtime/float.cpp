// runtime/float.cpp — the float type: the per-interpreter free list, shortest
// repr, parsing, CPython's hash, mixed int/float arithmetic with Python's sign
// rules and error messages, exact comparisons against big ints, and the methods
// (round, hex/fromhex, as_integer_ratio...).
// Must not: hold process-wide state; format with the mini-language (format.cpp).
#include <cerrno>
#include <cfloat>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstring>

#include "runtime/float_internal.h"
#include "runtime/int_internal.h"
#include "runtime/runtime.h"
#include "runtime/unicode.h"

namespace minipy {

namespace {
inline bool is_float_obj(Value v) { return v.is_obj() && type_has(v.obj()->type, kTypeFloatSubclass); }
}  // namespace

// ---------------------------------------------------------------- allocation
Value float_new(ThreadState* ts, double d) {
  Interpreter* in = ts->interp;
  if (in->float_freelist) return float_new_inline(ts, d);
  auto* o = static_cast<FloatObject*>(alloc_object(ts, in->types.float_));
  if (!o) return Value();
  o->value = d;
  return Value::from_obj(o);
}

void float_freelist_clear(Interpreter* interp) {
  while (interp->float_freelist) {
    auto* o = static_cast<FloatObject*>(interp->float_freelist);
    interp->float_freelist = reinterpret_cast<void*>(o->refcnt);
    free_object(o);
  }
  interp->float_freelist_size = 0;
}

// The free list is full: give the memory back.
void float_release_slow(Interpreter*, Object* o) { free_object(o); }

static void float_dealloc(Object* o) {
  ThreadState* ts = current_thread_state();
  if (ts && o->type == ts->interp->types.float_) {
    float_release(ts->interp, o);
    return;
  }
  free_object(o);
}

bool is_float(ThreadState*, Value v) { return is_float_obj(v); }

bool as_double(ThreadState* ts, Value v, double* out) {
  if (is_float_obj(v)) { *out = float_value(v); return true; }
  if (is_intlike(v)) return int_to_double_checked(ts, v, out);
  TypeObject* t = type_of(ts, v);
  if (t->slots.float_) {
    Ref r(t->slots.float_(ts, v));
    if (!r) return false;
    if (!is_float_obj(r.get())) {
      raisef(ts, Exc::TypeError, "%s.__float__ returned non-float (type %s)", type_name(ts, v), type_name(ts, r.get()));
      return false;
    }
    *out = float_value(r.get());
    return true;
  }
  if (t->slots.index) {
    Ref r(index(ts, v));
    if (!r) return false;
    return int_to_double_checked(ts, r.get(), out);
  }
  raisef(ts, Exc::TypeError, "must be real number, not %s", type_name(ts, v));
  return false;
}

// ---------------------------------------------------------------- text
std::string float_repr(double d) {
  if (std::isnan(d)) return "nan";
  if (std::isinf(d)) return d > 0 ? "inf" : "-inf";
  char buf[40];
  auto r = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific);
  std::string_view s(buf, size_t(r.ptr - buf));
  std::string out;
  if (s[0] == '-') { out.push_back('-'); s.remove_prefix(1); }
  size_t epos = s.find('e');
  std::string digits;
  for (char c : s.substr(0, epos)) if (c != '.') digits.push_back(c);
  int exp = std::atoi(std::string(s.substr(epos + 1)).c_str());
  int n = int(digits.size());
  if (exp >= -4 && exp < 16) {
    if (exp >= 0) {
      if (n <= exp + 1) {
        out += digits;
        out.append(size_t(exp + 1 - n), '0');
        out += ".0";
      } else {
        out.append(digits, 0, size_t(exp + 1));
        out.push_back('.');
        out.append(digits, size_t(exp + 1), std::string::npos);
      }
    } else {
      out += "0.";
      out.append(size_t(-exp - 1), '0');
      out += digits;
    }
  } else {
    out.push_back(digits[0]);
    if (n > 1) {
      out.push_back('.');
      out.append(digits, 1, std::string::npos);
    }
    char eb[16];
    snprintf(eb, sizeof eb, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
    out += eb;
  }
  return out;
}

int64_t float_hash(double v) {
  constexpr uint64_t P = (uint64_t(1) << 61) - 1;
  if (!std::isfinite(v)) return std::isinf(v) ? (v > 0 ? 314159 : -314159) : 0;
  int e;
  double m = std::frexp(v, &e);
  int sign = 1;
  if (m < 0) { sign = -1; m = -m; }
  uint64_t x = 0;
  while (m) {
    x = ((x << 28) & P) | x >> (61 - 28);
    m *= 268435456.0;
    e -= 28;
    uint64_t y = uint64_t(m);
    m -= double(y);
    x += y;
    if (x >= P) x -= P;
  }
  e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
  x = ((x << e) & P) | x >> (61 - e);
  int64_t h = int64_t(x) * sign;
  return h == -1 ? -2 : h;
}

// Parse Python float syntax (without surrounding space). Returns false if invalid.
static bool parse_float_text(std::string_view t, double* out) {
  bool neg = false;
  if (!t.empty() && (t[0] == '+' || t[0] == '-')) { neg = t[0] == '-'; t.remove_prefix(1); }
  auto ieq = [](std::string_view a, const char* b) {
    if (a.size() != strlen(b)) return false;
    for (size_t i = 0; i < a.size(); ++i) if ((a[i] | 0x20) != b[i]) return false;
    return true;
  };
  if (ieq(t, "inf") || ieq(t, "infinity")) { *out = neg ? -HUGE_VAL : HUGE_VAL; return true; }
  if (ieq(t, "nan")) { *out = neg ? -NAN : NAN; return true; }
  std::string clean;
  clean.reserve(t.size() + 1);
  size_t i = 0, n = t.size();
  auto digits = [&](bool required) {  // digits with single underscores between them
    size_t start = clean.size();
    while (i < n) {
      if (t[i] >= '0' && t[i] <= '9') { clean.push_back(t[i++]); continue; }
      if (t[i] == '_' && clean.size() > start && i + 1 < n && t[i + 1] >= '0' && t[i + 1] <= '9') { ++i; continue; }
      break;
    }
    return !required || clean.size() > start;
  };
  size_t before = clean.size();
  digits(false);
  bool have_int = clean.size() > before;
  bool have_frac = false;
  if (i < n && t[i] == '.') {
    clean.push_back('.');
    ++i;
    size_t b2 = clean.size();
    digits(false);
    have_frac = clean.size() > b2;
  }
  if (!have_int && !have_frac) return false;
  if (i < n && (t[i] == 'e' || t[i] == 'E')) {
    clean.push_back('e');
    ++i;
    if (i < n && (t[i] == '+' || t[i] == '-')) clean.push_back(t[i++]);
    if (!digits(true)) return false;
  }
  if (i != n) return false;
  double d = std::strtod(clean.c_str(), nullptr);
  *out = neg ? -d : d;
  return true;
}

Value float_from_string(ThreadState* ts, std::string_view s) {
  double d;
  if (parse_float_text(strip_py_space(s), &d)) return float_new(ts, d);
  // Like CPython, any Unicode decimal digit and whitespace count: map them to ASCII and retry.
  bool ascii = true;
  for (char c : s) ascii = ascii && uint8_t(c) < 0x80;
  if (!ascii) {
    std::string mapped;
    const char* p = s.data();
    const char* end = p + s.size();
    bool ok = true;
    while (ok && p < end) {
      if (uint8_t(*p) < 0x80) { mapped.push_back(*p++); continue; }
      uint32_t cp = uni::utf8_next(p);
      int dv = uni::decimal_value(cp);
      if (dv >= 0) mapped.push_back(char('0' + dv));
      else if (uni::is_space(cp)) mapped.push_back(' ');
      else ok = false;
    }
    if (ok && parse_float_text(strip_py_space(mapped), &d)) return float_new(ts, d);
  }
  std::string shown = str_repr_text(s);
  return raisef(ts, Exc::ValueError, "could not convert string to float: %s", shown.c_str());
}

// ---------------------------------------------------------------- arithmetic
namespace {

// Operand as double: false means "not a number we handle" (NotImplemented); *err on OverflowError.
inline bool get_d(ThreadState* ts, Value v, double* out, bool* err) {
  if (is_float_obj(v)) { *out = float_value(v); return true; }
  if (v.is_small_int()) { *out = double(v.as_small_int()); return true; }
  if (is_intlike(v)) {
    if (!int_to_double_checked(ts, v, out)) *err = true;
    return true;
  }
  return false;
}

#define FLOAT_OPERANDS                                                                        \
  double x, y;                                                                                \
  bool err = false;                                                                           \
  if (!get_d(ts, a, &x, &err) || !get_d(ts, b, &y, &err)) return Value::not_implemented();   \
  if (err) return Value();

Value float_add(ThreadState* ts, Value a, Value b) { FLOAT_OPERANDS return float_new(ts, x + y); }
Value float_sub(ThreadState* ts, Value a, Value b) { FLOAT_OPERANDS return float_new(ts, x - y); }
Value float_mul(ThreadState* ts, Value a, Value b) { FLOAT_OPERANDS return float_new(ts, x * y); }
Value float_truediv(ThreadState* ts, Value a, Value b) {
  FLOAT_OPERANDS
  if (y == 0.0) return raise(ts, Exc::ZeroDivisionError, "float division by zero");
  return float_new(ts, x / y);
}

// CPython's float_divmod arithmetic.
void py_divmod(double vx, double wx, double* floordiv, double* mod) {
  double m = std::fmod(vx, wx);
  double div = (vx - m) / wx;
  if (m) {
    if ((wx < 0) != (m < 0)) { m += wx; div -= 1.0; }
  } else {
    m = std::copysign(0.0, wx);
  }
  double fd;
  if (div) {
    fd = std::floor(div);
    if (div - fd > 0.5) fd += 1.0;
  } else {
    fd = std::copysign(0.0, vx / wx);
  }
  *floordiv = fd;
  *mod = m;
}

Value float_floordiv(ThreadState* ts, Value a, Value b) {
  FLOAT_OPERANDS
  if (y == 0.0) return raise(ts, Exc::ZeroDivisionError, "float floor division by zero");
  double q, m;
  py_divmod(x, y, &q, &m);
  return float_new(ts, q);
}
Value float_mod(ThreadState* ts, Value a, Value b) {
  FLOAT_OPERANDS
  if (y == 0.0) return raise(ts, Exc::ZeroDivisionError, "float modulo");
  double m = std::fmod(x, y);
  if (m) {
    if ((y < 0) != (m < 0)) m += y;
  } else {
    m = std::copysign(0.0, y);
  }
  return float_new(ts, m);
}
Value float_divmod(ThreadState* ts, Value a, Value b) {
  FLOAT_OPERANDS
  return float_divmod_values(ts, x, y);
}
Value float_pow(ThreadState* ts, Value a, Value b, Value m) {
  if (!m.is_none()) {
    if ((is_float_obj(a) || is_intlike(a)) && (is_float_obj(b) || is_intlike(b)))
      return raise(ts, Exc::TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
    return Value::not_implemented();
  }
  FLOAT_OPERANDS
  return float_pow_values(ts, x, y);
}
#undef FLOAT_OPERANDS

Value float_neg(ThreadState* ts, Value a) { return float_new(ts, -float_value(a)); }
Value float_pos(ThreadState* ts, Value a) {
  if (a.obj()->type == ts->interp->types.float_) return newref(a);
  return float_new(ts, float_value(a));
}
Value float_abs(ThreadState* ts, Value a) { return float_new(ts, std::fabs(float_value(a))); }
int float_bool(ThreadState*, Value a) { return float_value(a) != 0.0; }
Value float_int(ThreadState* ts, Value a) { return int_from_double(ts, float_value(a)); }

CmpOp swap_op(CmpOp op) {
  switch (op) {
    case CmpOp::Lt: return CmpOp::Gt;
    case CmpOp::Le: return CmpOp::Ge;
    case CmpOp::Gt: return CmpOp::Lt;
    case CmpOp::Ge: return CmpOp::Le;
    default: return op;
  }
}

Value cmp_result(int c, CmpOp op) {  // c: -1/0/1, or 2 = unordered (NaN)
  bool r = false;
  if (c == 2) return Value::boolean(op == CmpOp::Ne);
  switch (op) {
    case CmpOp::Lt: r = c < 0; break;
    case CmpOp::Le: r = c <= 0; break;
    case CmpOp::Eq: r = c == 0; break;
    case CmpOp::Ne: r = c != 0; break;
    case CmpOp::Gt: r = c > 0; break;
    case CmpOp::Ge: r = c >= 0; break;
  }
  return Value::boolean(r);
}

Value float_richcompare(ThreadState* ts, Value a, Value b, CmpOp op) {
  if (!is_float_obj(a)) {
    std::swap(a, b);
    op = swap_op(op);
  }
  if (!is_float_obj(a)) return Value::not_implemented();
  double x = float_value(a);
  if (is_float_obj(b)) {
    double y = float_value(b);
    return cmp_result(std::isnan(x) || std::isnan(y) ? 2 : (x < y ? -1 : (x > y)), op);
  }
  if (!is_intlike(b)) return Value::not_implemented();
  if (std::isnan(x)) return cmp_result(2, op);
  int64_t i;
  constexpr int64_t k53 = int64_t(1) << 53;
  if (get_i64(b, &i) && i >= -k53 && i <= k53) {
    double y = double(i);
    return cmp_result(x < y ? -1 : (x > y), op);
  }
  ZView z(b);
  int c = mpz_cmp_d(z, x);  // exact; handles infinities
  return cmp_result(c < 0 ? 1 : (c > 0 ? -1 : 0), op);
}

bool float_hash_slot(ThreadState*, Value a, int64_t* out) {
  double d = float_value(a);
  if (std::isnan(d)) {  // identity-based, like CPython 3.10+
    uint64_t y = reinterpret_cast<uintptr_t>(a.obj());
    y = (y >> 4) | (y << 60);
    int64_t h = int64_t(y);
    *out = h == -1 ? -2 : h;
    return true;
  }
  *out = float_hash(d);
  return true;
}

Value float_repr_slot(ThreadState* ts, Value a) { return str_new(ts, float_repr(float_value(a))); }

// float(x) with the __float__ / __index__ / text fallbacks; returns an exact float.
Value float_convert(ThreadState* ts, Value x) {
  if (is_float_obj(x)) {
    if (x.obj()->type == ts->interp->types.float_) return newref(x);
  }
  if (is_str(ts, x)) return float_from_string(ts, str_view(x));
  if (is_bytes(ts, x) || is_bytearray(ts, x) || has_buffer(ts, x)) {  // any buffer, as CPython
    std::string_view bv;
    if (!bytes_like_view(ts, x, &bv)) return Value();
    double d;
    if (parse_float_text(strip_py_space(bv), &d)) return float_new(ts, d);
    Ref rp(repr(ts, x));
    if (!rp) return Value();
    return raisef(ts, Exc::ValueError, "could not convert string to float: %s", str_view(rp.get()).data());
  }
  TypeObject* t = type_of(ts, x);
  if (!is_float_obj(x) && !is_intlike(x) && !t->slots.float_ && !t->slots.index)
    return raisef(ts, Exc::TypeError, "float() argument must be a string or a real number, not '%s'",
                  type_name(ts, x));
  double d;
  if (!as_double(ts, x, &d)) return Value();
  return float_new(ts, d);
}

Value float_new_slot(ThreadState* ts, TypeObject* type, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!no_kwargs(ts, "float", kwnames) || !check_nargs(ts, "float", nargs, 0, 1)) return Value();
  Ref r(nargs ? float_convert(ts, args[0]) : float_new(ts, 0.0));
  if (!r || type == ts->interp->types.float_) return r.release();
  auto* o = static_cast<FloatObject*>(alloc_object(ts, type));
  if (!o) return Value();
  o->value = float_value(r.get());
  return Value::from_obj(o);
}

// ---------------------------------------------------------------- methods
#define NO_ARGS(name)                                                                         \
  if (!no_kwargs(ts, name, kw) || !check_nargs(ts, name, nargs, 0, 0)) return Value();

Value m_is_integer(ThreadState* ts, Value self, const Value*, size_t nargs, TupleObject* kw) {
  NO_ARGS("is_integer")
  double d = float_value(self);
  return Value::boolean(std::isfinite(d) && std::floor(d) == d);
}

Value m_as_integer_ratio(ThreadState* ts, Value self, const Value*, size_t nargs, TupleObject* kw) {
  NO_ARGS("as_integer_ratio")
  double d = float_value(self);
  if (std::isinf(d)) return raise(ts, Exc::OverflowError, "cannot convert Infinity to integer ratio");
  if (std::isnan(d)) return raise(ts, Exc::ValueError, "cannot convert NaN to integer ratio");
  int e;
  double fp = std::frexp(d, &e);
  for (int i = 0; i < 300 && fp != std::floor(fp); ++i) { fp *= 2.0; --e; }
  BigTmp num, den;
  mpz_set_d(num.z, fp);
  mpz_set_ui(den.z, 1);
  if (e > 0) mpz_mul_2exp(num.z, num.z, mp_bitcnt_t(e));
  else mpz_mul_2exp(den.z, den.z, mp_bitcnt_t(-e));
  Ref n(int_take(ts, num));
  if (!n) return Value();
  Ref dn(int_take(ts, den));
  if (!dn) return Value();
  return tuple_pack(ts, {n.get(), dn.get()});
}

Value m_hex(ThreadState* ts, Value self, const Value*, size_t nargs, TupleObject* kw) {
  NO_ARGS("hex")
  double x = float_value(self);
  if (std::isnan(x) || std::isinf(x)) return str_new(ts, float_repr(x));
  if (x == 0.0) return str_new(ts, std::signbit(x) ? "-0x0.0p+0" : "0x0.0p+0");
  int e;
  double m = std::frexp(std::fabs(x), &e);
  int shift = 1 - std::max(DBL_MIN_EXP - e, 0);
  m = std::ldexp(m, shift);
  e -= shift;
  std::string s = x < 0 ? "-0x" : "0x";
  const char* hexd = "0123456789abcdef";
  s.push_back(hexd[int(m)]);
  m -= int(m);
  s.push_back('.');
  for (int i = 0; i < 13; ++i) {
    m *= 16.0;
    s.push_back(hexd[int(m)]);
    m -= int(m);
  }
  char eb[16];
  snprintf(eb, sizeof eb, "p%+d", e);
  s += eb;
  return str_new(ts, s);
}

Value m_fromhex(ThreadState* ts, Value cls, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "float.fromhex", kw) || !check_nargs(ts, "float.fromhex", nargs, 1, 1)) return Value();
  if (!is_str(ts, args[0]))
    return raisef(ts, Exc::TypeError, "fromhex() argument must be str, not %s", type_name(ts, args[0]));
  std::string_view s = strip_py_space(str_view(args[0]));
  double d;
  bool ok = false;
  std::string_view t = s;
  bool neg = false;
  if (!t.empty() && (t[0] == '+' || t[0] == '-')) { neg = t[0] == '-'; t.remove_prefix(1); }
  std::string lower;
  for (char c : t) lower.push_back(char(c | 0x20));
  if (lower == "inf" || lower == "infinity" || lower == "nan") {
    ok = parse_float_text(s, &d);
  } else {
    size_t i = 0, n = t.size();
    if (n >= 2 && t[0] == '0' && (t[1] | 0x20) == 'x') i = 2;
    std::string clean = "0x";
    size_t nd = 0;
    while (i < n && isxdigit(uint8_t(t[i]))) { clean.push_back(t[i++]); ++nd; }
    if (i < n && t[i] == '.') {
      clean.push_back('.');
      ++i;
      while (i < n && isxdigit(uint8_t(t[i]))) { clean.push_back(t[i++]); ++nd; }
    }
    ok = nd > 0;
    if (ok && i < n && (t[i] | 0x20) == 'p') {
      clean.push_back('p');
      ++i;
      if (i < n && (t[i] == '+' || t[i] == '-')) clean.push_back(t[i++]);
      size_t ed = 0;
      while (i < n && isdigit(uint8_t(t[i]))) { clean.push_back(t[i++]); ++ed; }
      ok = ed > 0;
    }
    if (i != n) ok = false;
    if (ok) {
      d = std::strtod(clean.c_str(), nullptr);
      if (std::isinf(d)) return raise(ts, Exc::OverflowError, "hexadecimal value too large to represent as a float");
      if (neg) d = -d;
    }
  }
  if (!ok) return raise(ts, Exc::ValueError, "invalid hexadecimal floating-point string");
  Ref r(float_new(ts, d));
  if (!r || cls.as<TypeObject>() == ts->interp->types.float_) return r.release();
  return call1(ts, cls, r.get());
}

Value m_conjugate(ThreadState* ts, Value self, const Value*, size_t nargs, TupleObject* kw) {
  NO_ARGS("conjugate")
  return float_pos(ts, self);
}
Value m_trunc(ThreadState* ts, Value self, const Value*, size_t nargs, TupleObject* kw) {
  NO_ARGS("__trunc__")
  return int_from_double(ts, float_value(self));
}
Value m_floor(ThreadState* ts, Value self, const Value*, size_t nargs, TupleObject* kw) {
  NO_ARGS("__floor__")
  return int_from_double(ts, std::floor(float_value(self)));
}
Value m_ceil(ThreadState* ts, Value self, const Value*, size_t nargs, TupleObject* kw) {
  NO_ARGS("__ceil__")
  return int_from_double(ts, std::ceil(float_value(self)));
}
Value m_getnewargs(ThreadState* ts, Value self, const Value*, size_t nargs, TupleObject* kw) {
  NO_ARGS("__getnewargs__")
  Ref f(float_new(ts, float_value(self)));
  if (!f) return Value();
  return tuple_pack(ts, {f.get()});
}
#undef NO_ARGS

Value m_round(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  static constexpr const char* kNames[] = {"ndigits"};
  Value av[1];
  if (!parse_args(ts, "__round__", args, nargs, kw, kNames, 1, 1, 1, 0, av)) return Value();
  double x = float_value(self);
  if (!av[0] || av[0].is_none()) {
    double r = std::round(x);
    if (std::fabs(x - r) == 0.5) r = 2.0 * std::round(x / 2.0);
    return int_from_double(ts, r);
  }
  Ref nd(index(ts, av[0]));
  if (!nd) return Value();
  int64_t k;
  if (!get_i64(nd.get(), &k)) k = int_sign(ts, nd.get()) > 0 ? INT64_MAX : INT64_MIN;
  return float_round_ndigits(ts, x, k);
}

Value m_format(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "__format__", kw) || !check_nargs(ts, "__format__", nargs, 1, 1)) return Value();
  if (!is_str(ts, args[0]))
    return raisef(ts, Exc::TypeError, "__format__() argument must be str, not %s", type_name(ts, args[0]));
  std::string_view spec = str_view(args[0]);
  if (spec.empty()) return str(ts, self);
  FormatSpec fs;
  if (!parse_format_spec(ts, spec, &fs, type_name(ts, self))) return Value();
  return format_float(ts, float_value(self), fs);
}

Value g_real(ThreadState* ts, Value self) { return float_pos(ts, self); }
Value g_imag(ThreadState* ts, Value) { return float_new(ts, 0.0); }

const MethodDef kFloatMethods[] = {
    {"is_integer", m_is_integer},
    {"as_integer_ratio", m_as_integer_ratio},
    {"hex", m_hex},
    {"fromhex", m_fromhex, kMethClass},
    {"conjugate", m_conjugate},
    {"__trunc__", m_trunc},
    {"__floor__", m_floor},
    {"__ceil__", m_ceil},
    {"__round__", m_round},
    {"__getnewargs__", m_getnewargs},
    {"__format__", m_format},
    {nullptr, nullptr},
};
const GetSetDef kFloatGetSets[] = {
    {"real", g_real},
    {"imag", g_imag},
    {nullptr, nullptr},
};

}  // namespace

Value float_divmod_values(ThreadState* ts, double x, double y) {
  if (y == 0.0) return raise(ts, Exc::ZeroDivisionError, "float divmod()");
  double q, m;
  py_divmod(x, y, &q, &m);
  Ref qv(float_new(ts, q));
  if (!qv) return Value();
  Ref mv(float_new(ts, m));
  if (!mv) return Value();
  return tuple_pack(ts, {qv.get(), mv.get()});
}

static bool is_odd_integer(double w) { return std::fmod(std::fabs(w), 2.0) == 1.0; }

Value float_pow_values(ThreadState* ts, double iv, double iw) {
  if (iw == 0) return float_new(ts, 1.0);
  if (std::isnan(iv)) return float_new(ts, iv);
  if (std::isnan(iw)) return float_new(ts, iv == 1.0 ? 1.0 : iw);
  if (std::isinf(iw)) {
    iv = std::fabs(iv);
    if (iv == 1.0) return float_new(ts, 1.0);
    if ((iw > 0.0) == (iv > 1.0)) return float_new(ts, std::fabs(iw));
    return float_new(ts, 0.0);
  }
  if (std::isinf(iv)) {
    bool odd = is_odd_integer(iw);
    if (iv > 0) return float_new(ts, iw > 0 ? iv : 0.0);
    return float_new(ts, iw > 0 ? (odd ? iv : -iv) : (odd ? -0.0 : 0.0));
  }
  if (iv == 0.0) {
    if (iw < 0.0) return raise(ts, Exc::ZeroDivisionError, "0.0 cannot be raised to a negative power");
    return float_new(ts, is_odd_integer(iw) ? iv : 0.0);
  }
  bool negate = false;
  if (iv < 0.0) {
    if (iw != std::floor(iw)) return complex_pow_values(ts, iv, 0.0, iw, 0.0);
    iv = -iv;
    negate = is_odd_integer(iw);
  }
  if (iv == 1.0) return float_new(ts, negate ? -1.0 : 1.0);
  double ix = std::pow(iv, iw);
  if (std::isinf(ix)) {
    Ref code(Value::small_int(34));
    Ref msg(str_new(ts, "Numerical result out of range"));
    if (!msg) return Value();
    Value a[2] = {code.get(), msg.get()};
    Ref exc(exception_new(ts, exc_type(ts, Exc::OverflowError), a, 2));
    if (!exc) return Value();
    return raise_value(ts, exc.get());
  }
  return float_new(ts, negate ? -ix : ix);
}

Value float_round_ndigits(ThreadState* ts, double x, int64_t nd) {
  constexpr int64_t kMax = int64_t((DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103);
  constexpr int64_t kMin = -int64_t((DBL_MAX_EXP + 1) * 0.30103);
  if (!std::isfinite(x) || x == 0.0 || nd > kMax) return float_new(ts, x);
  if (nd < kMin) return float_new(ts, 0.0 * x);
  // Exact: N = round-half-even(x * 10**nd), result = N / 10**nd correctly rounded.
  int e;
  double fr = std::frexp(x, &e);
  BigTmp num, den, q, r, pw;
  mpz_set_d(num.z, std::ldexp(fr, 53));
  e -= 53;
  mpz_set_ui(den.z, 1);
  if (e > 0) mpz_mul_2exp(num.z, num.z, mp_bitcnt_t(e));
  else mpz_mul_2exp(den.z, den.z, mp_bitcnt_t(-e));
  mpz_ui_pow_ui(pw.z, 10, (unsigned long)(nd >= 0 ? nd : -nd));
  if (nd >= 0) mpz_mul(num.z, num.z, pw.z);
  else mpz_mul(den.z, den.z, pw.z);
  mpz_fdiv_qr(q.z, r.z, num.z, den.z);
  mpz_mul_2exp(r.z, r.z, 1);
  int c = mpz_cmp(r.z, den.z);
  if (c > 0 || (c == 0 && mpz_odd_p(q.z))) mpz_add_ui(q.z, q.z, 1);
  double res;
  bool overflow = false;
  if (nd >= 0) {
    overflow = mpz_true_div(q.z, pw.z, &res) != 0;
  } else {
    mpz_mul(q.z, q.z, pw.z);
    res = mpz_to_double(q.z, &overflow);
  }
  if (overflow || std::isinf(res)) return raise(ts, Exc::OverflowError, "rounded value too large to represent");
  if (res == 0.0) res = std::copysign(0.0, x);
  return float_new(ts, res);
}

const TypeSpec float_type_spec = {
    .name = "float",
    .basicsize = sizeof(FloatObject),
    .flags = kTypeBaseType | kTypeFloatSubclass,
    .slots =
        {
            .dealloc = float_dealloc,
            .repr = float_repr_slot,
            .hash = float_hash_slot,
            .richcompare = float_richcompare,
            .new_ = float_new_slot,
            .add = float_add,
            .sub = float_sub,
            .mul = float_mul,
            .truediv = float_truediv,
            .floordiv = float_floordiv,
            .mod = float_mod,
            .divmod = float_divmod,
            .pow = float_pow,
            .neg = float_neg,
            .pos = float_pos,
            .abs = float_abs,
            .bool_ = float_bool,
            .int_ = float_int,
            .float_ = float_pos,
        },
    .methods = kFloatMethods,
    .getsets = kFloatGetSets,
    .base_name = nullptr,
    .doc = "Convert a string or number to a floating point number, if possible.",
};

}  // namespace minipy
