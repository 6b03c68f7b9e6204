// runtime/int.cpp — the int and bool types: representation helpers (small
// immediates, GMP-backed IntObject), parsing, printing, hashing and every
// number slot, with CPython 3.11's results and error messages.
//
// Three representations reach this code: a small immediate, True/False, and an
// IntObject (possibly of a Python subclass, possibly holding a small value).
// Every result of int arithmetic is normalised (small values become immediates).
// Must not: hold process-wide state, or format with the mini-language (format.cpp).
#include <charconv>
#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstring>
#include <string>

#include "runtime/int_internal.h"
#include "runtime/unicode.h"
#include "runtime/runtime.h"

namespace minipy {

// ---------------------------------------------------------------- representation helpers
ZView::ZView(Value v) {
  if (v.is_obj()) {
    p_ = v.as<IntObject>()->z;
    return;
  }
  int64_t i = v.is_small_int() ? v.as_small_int() : (v.is_true() ? 1 : 0);
  limb_ = i < 0 ? mp_limb_t(0) - mp_limb_t(i) : mp_limb_t(i);
  mpz_roinit_n(tmp_, &limb_, i < 0 ? -1 : (i > 0 ? 1 : 0));
  p_ = tmp_;
}

Value int_take(ThreadState* ts, BigTmp& b) {
  if (mpz_fits_slong_p(b.z)) {
    long l = mpz_get_si(b.z);
    if (Value::fits_small(l)) return Value::small_int(l);
  }
  auto* o = static_cast<IntObject*>(alloc_object(ts, ts->interp->types.int_));
  if (!o) return Value();
  o->z[0] = b.z[0];  // ownership of the limbs moves to the object
  b.live = false;
  return Value::from_obj(o);
}

Value int_from_i64(ThreadState* ts, int64_t i) {
  if (Value::fits_small(i)) return Value::small_int(i);
  auto* o = static_cast<IntObject*>(alloc_object(ts, ts->interp->types.int_));
  if (!o) return Value();
  mpz_init_set_si(o->z, i);
  return Value::from_obj(o);
}

Value int_from_u64(ThreadState* ts, uint64_t i) {
  if (i <= uint64_t(Value::kSmallMax)) return Value::small_int(int64_t(i));
  auto* o = static_cast<IntObject*>(alloc_object(ts, ts->interp->types.int_));
  if (!o) return Value();
  mpz_init_set_ui(o->z, i);
  return Value::from_obj(o);
}

Value int_from_mpz(ThreadState* ts, const mpz_t z) {
  if (mpz_fits_slong_p(z)) {
    long l = mpz_get_si(z);
    if (Value::fits_small(l)) return Value::small_int(l);
  }
  auto* o = static_cast<IntObject*>(alloc_object(ts, ts->interp->types.int_));
  if (!o) return Value();
  mpz_init_set(o->z, z);
  return Value::from_obj(o);
}

// An int of `type` (int or a subclass) holding z. Subclass instances are always objects.
Value int_of_type(ThreadState* ts, TypeObject* type, mpz_srcptr z) {
  if (type == ts->interp->types.int_) return int_from_mpz(ts, z);
  auto* o = static_cast<IntObject*>(alloc_object(ts, type));
  if (!o) return Value();
  mpz_init_set(o->z, z);
  return Value::from_obj(o);
}

// Exact int (not bool, not a subclass) with the same value.
Value int_exact(ThreadState* ts, Value v) {
  if (v.is_small_int()) return v;
  if (v.is_bool()) return Value::small_int(v.is_true() ? 1 : 0);
  if (v.obj()->type == ts->interp->types.int_) return newref(v);
  return int_from_mpz(ts, v.as<IntObject>()->z);
}

Value int_from_double(ThreadState* ts, double d) {
  if (std::isinf(d)) return raise(ts, Exc::OverflowError, "cannot convert float infinity to integer");
  if (std::isnan(d)) return raise(ts, Exc::ValueError, "cannot convert float NaN to integer");
  if (d > -4.0e18 && d < 4.0e18) return Value::small_int(int64_t(d));
  BigTmp b;
  mpz_set_d(b.z, d);
  return int_take(ts, b);
}

bool is_int(ThreadState*, Value v) { return is_intlike(v); }
bool is_int_exact(ThreadState* ts, Value v) {
  return v.is_small_int() || (v.is_obj() && v.obj()->type == ts->interp->types.int_);
}

bool int_as_i64(ThreadState* ts, Value v, int64_t* out) {
  if (!is_intlike(v)) {
    // Not an int (a caller that did not check): __index__ as CPython's
    // PyLong_AsLong, TypeError "'str' object cannot be interpreted as an integer".
    Ref i(index(ts, v));
    if (!i) return false;
    return int_as_i64(ts, i.get(), out);
  }
  if (get_i64(v, out)) return true;
  raise(ts, Exc::OverflowError, "Python int too large to convert to C long");
  return false;
}

void int_to_mpz(ThreadState*, Value v, mpz_t out) {
  ZView z(v);
  mpz_set(out, z);
}

int int_sign(ThreadState*, Value v) {
  int64_t i;
  if (get_i64(v, &i)) return i < 0 ? -1 : (i > 0);
  return mpz_sgn(v.as<IntObject>()->z);
}

// Correctly rounded (half-even) conversion of an mpz to double.
double mpz_to_double(mpz_srcptr z, bool* overflow) {
  *overflow = false;
  size_t n = mpz_size(z);
  if (n == 0) return 0.0;
  if (n == 1) {
    double d = double(mpz_getlimbn(z, 0));  // hardware rounding is half-even
    return mpz_sgn(z) < 0 ? -d : d;
  }
  size_t bits = mpz_sizeinbase(z, 2);
  if (bits > 1024) { *overflow = true; return 0.0; }
  const mp_limb_t* l = mpz_limbs_read(z);
  size_t shift = bits - 64, i = shift / 64, off = shift % 64;
  uint64_t top = l[i] >> off;
  if (off) top |= l[i + 1] << (64 - off);
  bool sticky = off && (l[i] & ((mp_limb_t(1) << off) - 1));
  for (size_t j = 0; j < i && !sticky; ++j) sticky = l[j] != 0;
  if (sticky) top |= 1;
  double d = std::ldexp(double(top), int(shift));
  if (std::isinf(d)) { *overflow = true; return 0.0; }
  return mpz_sgn(z) < 0 ? -d : d;
}

double int_as_double(ThreadState*, Value v, bool* overflow) {
  *overflow = false;
  if (v.is_small_int()) return double(v.as_small_int());
  if (v.is_bool()) return v.is_true() ? 1.0 : 0.0;
  return mpz_to_double(v.as<IntObject>()->z, overflow);
}

bool int_to_double_checked(ThreadState* ts, Value v, double* out) {
  bool ovf;
  *out = int_as_double(ts, v, &ovf);
  if (ovf) {
    raise(ts, Exc::OverflowError, "int too large to convert to float");
    return false;
  }
  return true;
}

// Correctly rounded a / b as a double, like CPython's long_true_divide.
// Returns 0 on success, 1 on overflow. b must be non-zero.
int mpz_true_div(mpz_srcptr a, mpz_srcptr b, double* out) {
  bool neg = (mpz_sgn(a) < 0) != (mpz_sgn(b) < 0);
  size_t na = mpz_sizeinbase(a, 2), nb = mpz_sizeinbase(b, 2);
  if (mpz_sgn(a) == 0 || (na <= 53 && nb <= 53)) {
    *out = mpz_get_d(a) / mpz_get_d(b);
    return 0;
  }
  mpz_t aa, bb;
  mpz_roinit_n(aa, mpz_limbs_read(a), mpz_size(a));
  mpz_roinit_n(bb, mpz_limbs_read(b), mpz_size(b));
  long diff = long(na) - long(nb);
  if (diff > DBL_MAX_EXP) return 1;
  if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 1) {
    *out = neg ? -0.0 : 0.0;
    return 0;
  }
  long shift = std::max(diff, long(DBL_MIN_EXP)) - DBL_MANT_DIG - 2;
  BigTmp t, q, r;
  if (shift <= 0) {
    mpz_mul_2exp(t.z, aa, mp_bitcnt_t(-shift));
    mpz_tdiv_qr(q.z, r.z, t.z, bb);
  } else {
    mpz_mul_2exp(t.z, bb, mp_bitcnt_t(shift));
    mpz_tdiv_qr(q.z, r.z, aa, t.z);
  }
  uint64_t x = mpz_get_ui(q.z);
  long x_bits = long(mpz_sizeinbase(q.z, 2));
  if (x == 0) x_bits = 0;
  long extra = std::max(x_bits, long(DBL_MIN_EXP) - shift) - DBL_MANT_DIG;
  uint64_t mask = uint64_t(1) << (extra - 1);
  uint64_t low = x | (mpz_sgn(r.z) != 0 ? 1 : 0);
  if ((low & mask) && (low & (3 * mask - 1))) low += mask;
  x = low & ~(2 * mask - 1);
  double dx = double(x);
  if (shift + x_bits >= DBL_MAX_EXP && (shift + x_bits > DBL_MAX_EXP || dx == std::ldexp(1.0, int(x_bits))))
    return 1;
  double res = std::ldexp(dx, int(shift));
  *out = neg ? -res : res;
  return 0;
}

int64_t int_hash(ThreadState*, Value v) {
  constexpr uint64_t P = (uint64_t(1) << 61) - 1;
  int64_t i;
  if (get_i64(v, &i)) {
    if (i == INT64_MIN) return -4;  // -(2**63 mod P) = -4
    uint64_t a = uint64_t(i < 0 ? -i : i) % P;
    int64_t h = i < 0 ? -int64_t(a) : int64_t(a);
    return h == -1 ? -2 : h;
  }
  mpz_srcptr z = v.as<IntObject>()->z;
  mpz_t az;
  mpz_roinit_n(az, mpz_limbs_read(z), mpz_size(z));
  uint64_t a = mpz_tdiv_ui(az, P);
  int64_t h = mpz_sgn(z) < 0 ? -int64_t(a) : int64_t(a);
  return h == -1 ? -2 : h;
}

int int_compare(ThreadState*, Value a, Value b) {
  int64_t x, y;
  if (get_i64(a, &x) && get_i64(b, &y)) return x < y ? -1 : (x > y);
  ZView za(a), zb(b);
  int c = mpz_cmp(za, zb);
  return c < 0 ? -1 : (c > 0);
}

// ---------------------------------------------------------------- text
static Value digits_limit_error(ThreadState* ts) {
  return raisef(ts, Exc::ValueError,
                "Exceeds the limit (%lld digits) for integer string conversion; use "
                "sys.set_int_max_str_digits() to increase the limit",
                (long long)ts->interp->int_max_str_digits);
}

bool int_to_string(ThreadState* ts, Value v, int base, std::string* out) {
  int64_t i;
  char buf[80];
  if (get_i64(v, &i)) {
    char* p = buf;
    uint64_t u = i < 0 ? uint64_t(0) - uint64_t(i) : uint64_t(i);
    if (i < 0) *p++ = '-';
    auto r = std::to_chars(p, buf + sizeof buf, u, base);
    out->assign(buf, r.ptr);
    return true;
  }
  mpz_srcptr z = v.as<IntObject>()->z;
  int64_t limit = ts->interp->int_max_str_digits;
  if (base == 10 && limit > 0 && int64_t(mpz_sizeinbase(z, 10)) > limit + 1) {
    digits_limit_error(ts);
    return false;
  }
  out->resize(mpz_sizeinbase(z, base) + 2);
  mpz_get_str(out->data(), base, z);
  out->resize(strlen(out->data()));
  if (base == 10 && limit > 0 && int64_t(out->size()) - (mpz_sgn(z) < 0) > limit) {
    digits_limit_error(ts);
    return false;
  }
  return true;
}

Value int_to_str(ThreadState* ts, Value v, int base) {
  std::string s;
  if (!int_to_string(ts, v, base, &s)) return Value();
  if (base == 2 || base == 8 || base == 16) {
    const char* prefix = base == 2 ? "0b" : base == 8 ? "0o" : "0x";
    s.insert(s[0] == '-' ? 1 : 0, prefix);
  }
  return str_new(ts, s);
}

static bool is_ascii_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f); }

// Strip Python whitespace (ASCII plus the common Unicode spaces) from both ends of UTF-8 text.
std::string_view strip_py_space(std::string_view s) {
  auto lead = [](std::string_view t) -> size_t {
    if (t.empty()) return 0;
    unsigned char c = t[0];
    if (is_ascii_space(c)) return 1;
    if (t.size() >= 2 && c == 0xC2 && (uint8_t(t[1]) == 0xA0 || uint8_t(t[1]) == 0x85)) return 2;
    if (t.size() >= 3 && c == 0xE2 && uint8_t(t[1]) == 0x80 &&
        ((uint8_t(t[2]) >= 0x80 && uint8_t(t[2]) <= 0x8A) || uint8_t(t[2]) == 0xA8 || uint8_t(t[2]) == 0xA9 ||
         uint8_t(t[2]) == 0xAF))
      return 3;
    if (t.size() >= 3 && c == 0xE3 && uint8_t(t[1]) == 0x80 && uint8_t(t[2]) == 0x80) return 3;
    return 0;
  };
  auto trail = [](std::string_view t) -> size_t {
    if (t.empty()) return 0;
    unsigned char c = t.back();
    if (is_ascii_space(c)) return 1;
    if (t.size() >= 2 && uint8_t(t[t.size() - 2]) == 0xC2 && (c == 0xA0 || c == 0x85)) return 2;
    if (t.size() >= 3) {
      uint8_t a = t[t.size() - 3], b = t[t.size() - 2];
      if (a == 0xE2 && b == 0x80 && ((c >= 0x80 && c <= 0x8A) || c == 0xA8 || c == 0xA9 || c == 0xAF)) return 3;
      if (a == 0xE3 && b == 0x80 && c == 0x80) return 3;
    }
    return 0;
  };
  for (size_t n; (n = lead(s)) != 0;) s.remove_prefix(n);
  for (size_t n; (n = trail(s)) != 0;) s.remove_suffix(n);
  return s;
}

static int digit_value(unsigned char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

// Parse int text. Returns 0 ok, 1 invalid literal, 2 too many digits (*ndigits set).
// `base` is updated from 0 to the base actually used.
int parse_int_text(ThreadState* ts, std::string_view text, int* base_io, mpz_t out, int64_t* ndigits) {
  std::string_view s = strip_py_space(text);
  int base = *base_io;
  bool neg = false;
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
    neg = s[0] == '-';
    s.remove_prefix(1);
  }
  bool prefixed = false;
  if (s.size() >= 2 && s[0] == '0') {
    char c = char(s[1] | 0x20);
    if ((c == 'x' && (base == 0 || base == 16)) || (c == 'o' && (base == 0 || base == 8)) ||
        (c == 'b' && (base == 0 || base == 2))) {
      base = c == 'x' ? 16 : c == 'o' ? 8 : 2;
      s.remove_prefix(2);
      prefixed = true;
    }
  }
  bool base0_decimal = false;
  if (base == 0) { base = 10; base0_decimal = true; }
  *base_io = base;
  // Collect digits, allowing single underscores between digits (and after a prefix).
  std::string digits;
  digits.reserve(s.size());
  bool last_us = false;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = s[i];
    if (c == '_') {
      if (last_us || (digits.empty() && !prefixed)) return 1;
      last_us = true;
      continue;
    }
    if (digit_value(c) >= base) return 1;
    digits.push_back(char(c));
    last_us = false;
  }
  if (digits.empty() || last_us) return 1;
  if (base0_decimal && digits[0] == '0') {
    for (char c : digits) if (c != '0') return 1;
  }
  int64_t limit = ts->interp->int_max_str_digits;
  if ((base & (base - 1)) != 0 && limit > 0 && int64_t(digits.size()) > limit) {
    *ndigits = int64_t(digits.size());
    return 2;
  }
  if (digits.size() <= 18 && base == 10) {
    int64_t v = 0;
    for (char c : digits) v = v * 10 + (c - '0');
    mpz_set_si(out, neg ? -v : v);
    return 0;
  }
  mpz_set_str(out, digits.c_str(), base);
  if (neg) mpz_neg(out, out);
  return 0;
}

// int() accepts any Unicode decimal digits and whitespace, like CPython:
// map them to ASCII first (only when the text is not already ASCII).
static bool ascii_digits_of(std::string_view text, std::string* out) {
  const char* p = text.data();
  const char* end = p + text.size();
  while (p < end) {
    if (uint8_t(*p) < 0x80) {
      out->push_back(*p++);
      continue;
    }
    uint32_t cp = uni::utf8_next(p);
    int d = uni::decimal_value(cp);
    if (d >= 0) out->push_back(char('0' + d));
    else if (uni::is_space(cp)) out->push_back(' ');
    else return false;
  }
  return true;
}

Value int_from_string(ThreadState* ts, std::string_view text, int base) {
  std::string mapped;
  for (char c : text) {
    if (uint8_t(c) >= 0x80) {
      if (ascii_digits_of(text, &mapped)) {
        Value r = int_from_string(ts, mapped, base);
        if (!r && err_matches(ts, Exc::ValueError) && mapped.find_first_not_of(" ") != std::string::npos) {
          // Report the original text in the message.
          err_clear(ts);
          break;
        }
        return r;
      }
      break;
    }
  }
  BigTmp b;
  int used = base;
  int64_t nd = 0;
  int rc = parse_int_text(ts, text, &used, b.z, &nd);
  if (rc == 2)
    return raisef(ts, Exc::ValueError,
                  "Exceeds the limit (%lld digits) for integer string conversion: value has %lld digits; use "
                  "sys.set_int_max_str_digits() to increase the limit",
                  (long long)ts->interp->int_max_str_digits, (long long)nd);
  if (rc == 1) {
    std::string shown = str_repr_text(text.size() > 200 ? text.substr(0, 200) : text);
    return raisef(ts, Exc::ValueError, "invalid literal for int() with base %d: %s", base, shown.c_str());
  }
  return int_take(ts, b);
}

// ---------------------------------------------------------------- arithmetic
static Value float_pow_of(ThreadState* ts, Value a, Value b) {
  // int ** negative int: computed as float ** float (float.cpp's slot accepts ints).
  return ts->interp->types.float_->slots.pow(ts, a, b, Value::none());
}

static Value int_true_divide(ThreadState* ts, Value a, Value b) {
  int64_t x, y;
  if (get_i64(a, &x) && get_i64(b, &y)) {
    if (y == 0) return raise(ts, Exc::ZeroDivisionError, "division by zero");
    constexpr int64_t k53 = int64_t(1) << 53;
    if (x >= -k53 && x <= k53 && y >= -k53 && y <= k53) return float_new(ts, double(x) / double(y));
  }
  ZView za(a), zb(b);
  if (mpz_sgn(zb) == 0) return raise(ts, Exc::ZeroDivisionError, "division by zero");
  double d;
  if (mpz_true_div(za, zb, &d)) return raise(ts, Exc::OverflowError, "integer division result too large for a float");
  return float_new(ts, d);
}

static Value int_pow2(ThreadState* ts, Value a, Value b) {
  int64_t x, e;
  bool small_base = get_i64(a, &x);
  if (!get_i64(b, &e)) {
    if (int_sign(ts, b) < 0) return float_pow_of(ts, a, b);
    // Enormous exponent: only trivial bases are computable.
    if (small_base && (x == 0 || x == 1)) return Value::small_int(x);
    if (small_base && x == -1) return Value::small_int(mpz_odd_p(b.as<IntObject>()->z) ? -1 : 1);
    return raise_no_memory(ts);
  }
  if (e < 0) return float_pow_of(ts, a, b);
  if (small_base) {
    int64_t r = 1, base = x, n = e;
    bool ok = true;
    while (n) {
      if (n & 1 && __builtin_mul_overflow(r, base, &r)) { ok = false; break; }
      n >>= 1;
      if (n && __builtin_mul_overflow(base, base, &base)) { ok = false; break; }
    }
    if (ok) return int_from_i64(ts, r);
    if (x == 2) {
      BigTmp t;
      mpz_setbit(t.z, mp_bitcnt_t(e));
      return int_take(ts, t);
    }
  }
  ZView za(a);
  // GMP aborts on absurd sizes: refuse results beyond ~2**36 bits like an allocation failure.
  size_t abits = mpz_sizeinbase(za, 2);
  if (abits > 1 && double(abits - 1) * double(e) > double(int64_t(1) << 36)) return raise_no_memory(ts);
  BigTmp t;
  mpz_pow_ui(t.z, za, (unsigned long)e);
  return int_take(ts, t);
}

static Value int_pow3(ThreadState* ts, Value a, Value b, Value m) {
  ZView za(a), zb(b), zm(m);
  if (mpz_sgn(zm) == 0) return raise(ts, Exc::ValueError, "pow() 3rd argument cannot be 0");
  mpz_t am;
  mpz_roinit_n(am, mpz_limbs_read(zm), mpz_size(zm));  // |m|
  BigTmp base, r;
  if (mpz_sgn(zb) < 0) {
    if (!mpz_invert(base.z, za, am)) return raise(ts, Exc::ValueError, "base is not invertible for the given modulus");
    mpz_t ab;
    mpz_roinit_n(ab, mpz_limbs_read(zb), mpz_size(zb));
    mpz_powm(r.z, base.z, ab, am);
  } else if (mpz_cmp_ui(am, 1) == 0) {
    mpz_set_ui(r.z, 0);
  } else {
    mpz_powm(r.z, za, zb, am);
  }
  if (mpz_sgn(zm) < 0 && mpz_sgn(r.z) != 0) mpz_add(r.z, r.z, zm);  // result takes the modulus' sign
  return int_take(ts, r);
}

static Value int_shift(ThreadState* ts, Value a, Value b, bool left) {
  int64_t n;
  if (int_sign(ts, b) < 0) return raise(ts, Exc::ValueError, "negative shift count");
  bool small_n = get_i64(b, &n);
  int sa = int_sign(ts, a);
  if (sa == 0) return Value::small_int(0);
  if (!left) {
    if (!small_n || n >= int64_t(1) << 40) return Value::small_int(sa < 0 ? -1 : 0);
    int64_t x;
    if (get_i64(a, &x)) return int_from_i64(ts, n >= 63 ? (x < 0 ? -1 : 0) : x >> n);
    ZView za(a);
    BigTmp t;
    mpz_fdiv_q_2exp(t.z, za, mp_bitcnt_t(n));
    return int_take(ts, t);
  }
  if (!small_n || n > (int64_t(1) << 36)) return raise_no_memory(ts);
  int64_t x;
  if (get_i64(a, &x) && n < 63) {
    int64_t r = int64_t(uint64_t(x) << n);
    if ((r >> n) == x) return int_from_i64(ts, r);
  }
  ZView za(a);
  BigTmp t;
  mpz_mul_2exp(t.z, za, mp_bitcnt_t(n));
  return int_take(ts, t);
}

Value int_binary(ThreadState* ts, Value a, Value b, BinOp op) {
  int64_t x, y, r;
  bool small = get_i64(a, &x) && get_i64(b, &y);
  switch (op) {
    case BinOp::Add:
      if (small && !__builtin_add_overflow(x, y, &r)) return int_from_i64(ts, r);
      break;
    case BinOp::Sub:
      if (small && !__builtin_sub_overflow(x, y, &r)) return int_from_i64(ts, r);
      break;
    case BinOp::Mul:
      if (small && !__builtin_mul_overflow(x, y, &r)) return int_from_i64(ts, r);
      break;
    case BinOp::FloorDiv:
    case BinOp::Mod:
      if (small) {
        if (y == 0)
          return raise(ts, Exc::ZeroDivisionError,
                       op == BinOp::Mod ? "integer modulo by zero" : "integer division or modulo by zero");
        if (!(x == INT64_MIN && y == -1)) {
          int64_t q = x / y, m = x % y;
          if (m != 0 && ((m < 0) != (y < 0))) { --q; m += y; }
          return int_from_i64(ts, op == BinOp::Mod ? m : q);
        }
      }
      break;
    case BinOp::TrueDiv: return int_true_divide(ts, a, b);
    case BinOp::Pow: return int_pow2(ts, a, b);
    case BinOp::LShift: return int_shift(ts, a, b, true);
    case BinOp::RShift: return int_shift(ts, a, b, false);
    case BinOp::And:
      if (small) return int_from_i64(ts, x & y);
      break;
    case BinOp::Or:
      if (small) return int_from_i64(ts, x | y);
      break;
    case BinOp::Xor:
      if (small) return int_from_i64(ts, x ^ y);
      break;
    default: return Value::not_implemented();
  }
  ZView za(a), zb(b);
  BigTmp t;
  switch (op) {
    case BinOp::Add: mpz_add(t.z, za, zb); break;
    case BinOp::Sub: mpz_sub(t.z, za, zb); break;
    case BinOp::Mul: mpz_mul(t.z, za, zb); break;
    case BinOp::FloorDiv:
    case BinOp::Mod:
      if (mpz_sgn(zb) == 0)
        return raise(ts, Exc::ZeroDivisionError,
                     op == BinOp::Mod ? "integer modulo by zero" : "integer division or modulo by zero");
      if (op == BinOp::Mod) mpz_fdiv_r(t.z, za, zb);
      else mpz_fdiv_q(t.z, za, zb);
      break;
    case BinOp::And: mpz_and(t.z, za, zb); break;
    case BinOp::Or: mpz_ior(t.z, za, zb); break;
    case BinOp::Xor: mpz_xor(t.z, za, zb); break;
    default: return Value::not_implemented();
  }
  return int_take(ts, t);
}

Value int_divmod_values(ThreadState* ts, Value a, Value b) {
  int64_t x, y;
  if (get_i64(a, &x) && get_i64(b, &y) && !(x == INT64_MIN && y == -1)) {
    if (y == 0) return raise(ts, Exc::ZeroDivisionError, "integer division or modulo by zero");
    int64_t q = x / y, m = x % y;
    if (m != 0 && ((m < 0) != (y < 0))) { --q; m += y; }
    Ref qv(int_from_i64(ts, q));
    if (!qv) return Value();
    Ref mv(int_from_i64(ts, m));
    if (!mv) return Value();
    return tuple_pack(ts, {qv.get(), mv.get()});
  }
  ZView za(a), zb(b);
  if (mpz_sgn(zb) == 0) return raise(ts, Exc::ZeroDivisionError, "integer division or modulo by zero");
  BigTmp q, r;
  mpz_fdiv_qr(q.z, r.z, za, zb);
  Ref qv(int_take(ts, q));
  if (!qv) return Value();
  Ref rv(int_take(ts, r));
  if (!rv) return Value();
  return tuple_pack(ts, {qv.get(), rv.get()});
}

// ---------------------------------------------------------------- slots
namespace {

#define INT_BINSLOT(fname, OP)                                                   \
  Value fname(ThreadState* ts, Value a, Value b) {                               \
    if (!is_intlike(a) || !is_intlike(b)) return Value::not_implemented();      \
    return int_binary(ts, a, b, BinOp::OP);                                      \
  }
INT_BINSLOT(int_add, Add)
INT_BINSLOT(int_sub, Sub)
INT_BINSLOT(int_mul, Mul)
INT_BINSLOT(int_floordiv, FloorDiv)
INT_BINSLOT(int_mod, Mod)
INT_BINSLOT(int_truediv, TrueDiv)
INT_BINSLOT(int_lshift, LShift)
INT_BINSLOT(int_rshift, RShift)
INT_BINSLOT(int_and, And)
INT_BINSLOT(int_or, Or)
INT_BINSLOT(int_xor, Xor)
#undef INT_BINSLOT

Value int_divmod(ThreadState* ts, Value a, Value b) {
  if (!is_intlike(a) || !is_intlike(b)) return Value::not_implemented();
  return int_divmod_values(ts, a, b);
}

Value int_pow(ThreadState* ts, Value a, Value b, Value m) {
  if (!is_intlike(a) || !is_intlike(b)) return Value::not_implemented();
  if (m.is_none()) return int_pow2(ts, a, b);
  if (!is_intlike(m)) return Value::not_implemented();
  return int_pow3(ts, a, b, m);
}

Value int_neg(ThreadState* ts, Value a) {
  int64_t x;
  if (get_i64(a, &x) && x != INT64_MIN) return int_from_i64(ts, -x);
  ZView za(a);
  BigTmp t;
  mpz_neg(t.z, za);
  return int_take(ts, t);
}
Value int_pos(ThreadState* ts, Value a) { return int_exact(ts, a); }
Value int_abs(ThreadState* ts, Value a) { return int_sign(ts, a) < 0 ? int_neg(ts, a) : int_exact(ts, a); }
Value int_invert(ThreadState* ts, Value a) {
  int64_t x;
  if (get_i64(a, &x)) return int_from_i64(ts, ~x);
  ZView za(a);
  BigTmp t;
  mpz_com(t.z, za);
  return int_take(ts, t);
}
int int_bool(ThreadState* ts, Value a) { return int_sign(ts, a) != 0; }
Value int_to_float(ThreadState* ts, Value a) {
  double d;
  if (!int_to_double_checked(ts, a, &d)) return Value();
  return float_new(ts, d);
}

Value int_richcompare(ThreadState* ts, Value a, Value b, CmpOp op) {
  if (!is_intlike(a) || !is_intlike(b)) return Value::not_implemented();
  int c = int_compare(ts, a, b);
  bool r = false;
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

bool int_hash_slot(ThreadState* ts, Value a, int64_t* out) {
  *out = int_hash(ts, a);
  return true;
}

Value int_repr(ThreadState* ts, Value a) {
  int64_t x;
  if (get_i64(a, &x) && !a.is_bool()) {
    char buf[24];
    auto r = std::to_chars(buf, buf + sizeof buf, x);
    return str_new(ts, std::string_view(buf, size_t(r.ptr - buf)));
  }
  if (a.is_bool()) return str_new(ts, a.is_true() ? "1" : "0");
  return int_to_str(ts, a, 10);
}

}  // namespace

// int(x) with the __int__ / __index__ / __trunc__ / text fallbacks; returns an exact int.
Value int_convert(ThreadState* ts, Value x) {
  if (is_intlike(x)) return int_exact(ts, x);
  if (is_float(ts, x)) return int_from_double(ts, float_value(x));
  TypeObject* t = type_of(ts, x);
  if (t->slots.int_ || t->slots.index) {
    Value r = t->slots.int_ ? t->slots.int_(ts, x) : t->slots.index(ts, x);
    if (!r) return r;
    if (!is_intlike(r)) {
      Ref rr(r);
      return raisef(ts, Exc::TypeError, "%s returned non-int (type %s)", t->slots.int_ ? "__int__" : "__index__",
                    type_name(ts, r));
    }
    Ref rr(r);
    return int_exact(ts, r);
  }
  bool is_method = false;
  Value trunc = lookup_special(ts, x, ts->interp->names.__trunc__, &is_method);
  if (trunc) {
    Ref f(trunc);
    Ref r(is_method ? call1(ts, trunc, x) : call0(ts, trunc));
    if (!r) return Value();
    if (is_intlike(r.get())) return int_exact(ts, r.get());
    TypeObject* rt = type_of(ts, r.get());
    if (!rt->slots.index)
      return raisef(ts, Exc::TypeError, "__trunc__ returned non-Integral (type %s)", type_name(ts, r.get()));
    return int_convert(ts, r.get());
  }
  if (err_occurred(ts)) return Value();
  if (is_str(ts, x)) return int_from_string(ts, str_view(x), 10);
  std::string_view bv;
  if (is_bytes(ts, x) || is_bytearray(ts, x)) {
    bytes_like_view(ts, x, &bv);
    BigTmp b;
    int base = 10;
    int64_t nd = 0;
    int rc = parse_int_text(ts, bv, &base, b.z, &nd);
    if (rc == 0) return int_take(ts, b);
    if (rc == 2) return int_from_string(ts, bv, 10);  // same message
    Ref rp(repr(ts, x));
    if (!rp) return Value();
    return raisef(ts, Exc::ValueError, "invalid literal for int() with base 10: %s", str_view(rp.get()).data());
  }
  if (has_buffer(ts, x)) {  // any other buffer (memoryview, array): parsed as a copy in bytes, as CPython
    if (!bytes_like_view(ts, x, &bv)) return Value();
    Ref copy(bytes_new(ts, bv));
    if (!copy) return Value();
    return int_convert(ts, copy.get());
  }
  return raisef(ts, Exc::TypeError,
                "int() argument must be a string, a bytes-like object or a real number, not '%s'", type_name(ts, x));
}

namespace {

Value int_new_slot(ThreadState* ts, TypeObject* type, const Value* args, size_t nargs, TupleObject* kwnames) {
  static constexpr const char* kNames[] = {"", "base"};
  Value av[2];
  if (!parse_args(ts, "int", args, nargs, kwnames, kNames, 2, 1, 2, 0, av)) return Value();
  Ref result;
  if (!av[0]) {
    if (av[1]) return raise(ts, Exc::TypeError, "int() missing string argument");
    result.reset(Value::small_int(0));
  } else if (!av[1]) {
    result.reset(int_convert(ts, av[0]));
  } else {
    int64_t base;
    if (!index_i64(ts, av[1], &base)) return Value();
    if (base != 0 && (base < 2 || base > 36))
      return raise(ts, Exc::ValueError, "int() base must be >= 2 and <= 36, or 0");
    Value x = av[0];
    if (is_str(ts, x)) {
      result.reset(int_from_string(ts, str_view(x), int(base)));
    } else if (is_bytes(ts, x) || is_bytearray(ts, x)) {
      std::string_view bv;
      bytes_like_view(ts, x, &bv);
      BigTmp b;
      int used = int(base);
      int64_t nd = 0;
      int rc = parse_int_text(ts, bv, &used, b.z, &nd);
      if (rc == 0) {
        result.reset(int_take(ts, b));
      } else if (rc == 2) {
        result.reset(int_from_string(ts, bv, int(base)));
      } else {
        Ref rp(repr(ts, x));
        if (!rp) return Value();
        return raisef(ts, Exc::ValueError, "invalid literal for int() with base %d: %s", int(base),
                      str_view(rp.get()).data());
      }
    } else {
      return raise(ts, Exc::TypeError, "int() can't convert non-string with explicit base");
    }
  }
  if (!result) return Value();
  if (type == ts->interp->types.int_) return result.release();
  ZView z(result.get());
  return int_of_type(ts, type, z);
}

void int_dealloc(Object* o) {
  mpz_clear(static_cast<IntObject*>(o)->z);
  free_object(o);
}

// ---------------------------------------------------------------- methods
Value self_exact(ThreadState* ts, Value self, const Value*, size_t nargs, TupleObject* kw, const char* name) {
  if (!no_kwargs(ts, name, kw) || !check_nargs(ts, name, nargs, 0, 0)) return Value();
  return int_exact(ts, self);
}
Value m_conjugate(ThreadState* ts, Value self, const Value* a, size_t n, TupleObject* kw) {
  return self_exact(ts, self, a, n, kw, "conjugate");
}
Value m_trunc(ThreadState* ts, Value self, const Value* a, size_t n, TupleObject* kw) {
  return self_exact(ts, self, a, n, kw, "__trunc__");
}
Value m_floor(ThreadState* ts, Value self, const Value* a, size_t n, TupleObject* kw) {
  return self_exact(ts, self, a, n, kw, "__floor__");
}
Value m_ceil(ThreadState* ts, Value self, const Value* a, size_t n, TupleObject* kw) {
  return self_exact(ts, self, a, n, kw, "__ceil__");
}

Value m_bit_length(ThreadState* ts, Value self, const Value*, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "bit_length", kw) || !check_nargs(ts, "bit_length", nargs, 0, 0)) return Value();
  int64_t x;
  if (get_i64(self, &x)) {
    uint64_t u = x < 0 ? uint64_t(0) - uint64_t(x) : uint64_t(x);
    return Value::small_int(u ? 64 - __builtin_clzll(u) : 0);
  }
  return int_from_u64(ts, mpz_sizeinbase(self.as<IntObject>()->z, 2));
}

Value m_bit_count(ThreadState* ts, Value self, const Value*, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "bit_count", kw) || !check_nargs(ts, "bit_count", nargs, 0, 0)) return Value();
  int64_t x;
  if (get_i64(self, &x)) {
    uint64_t u = x < 0 ? uint64_t(0) - uint64_t(x) : uint64_t(x);
    return Value::small_int(__builtin_popcountll(u));
  }
  mpz_srcptr z = self.as<IntObject>()->z;
  mpz_t az;
  mpz_roinit_n(az, mpz_limbs_read(z), mpz_size(z));
  return int_from_u64(ts, mpz_popcount(az));
}

Value m_as_integer_ratio(ThreadState* ts, Value self, const Value*, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "as_integer_ratio", kw) || !check_nargs(ts, "as_integer_ratio", nargs, 0, 0)) return Value();
  Ref e(int_exact(ts, self));
  if (!e) return Value();
  return tuple_pack(ts, {e.get(), Value::small_int(1)});
}

Value m_getnewargs(ThreadState* ts, Value self, const Value*, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "__getnewargs__", kw) || !check_nargs(ts, "__getnewargs__", nargs, 0, 0)) return Value();
  Ref e(int_exact(ts, self));
  if (!e) return Value();
  return tuple_pack(ts, {e.get()});
}

Value m_round(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  static constexpr const char* kNames[] = {"ndigits"};
  Value av[1];
  if (!parse_args(ts, "__round__", args, nargs, kw, kNames, 1, 1, 1, 0, av)) return Value();
  if (!av[0] || av[0].is_none()) return int_exact(ts, self);
  Ref nd(index(ts, av[0]));
  if (!nd) return Value();
  if (int_sign(ts, nd.get()) >= 0) return int_exact(ts, self);
  // Round half to even at 10**(-ndigits).
  int64_t k;
  if (!get_i64(nd.get(), &k) || k < -(int64_t(1) << 40)) return Value::small_int(0);
  BigTmp pw, q, r, twice;
  mpz_ui_pow_ui(pw.z, 10, (unsigned long)(-k));
  ZView z(self);
  mpz_fdiv_qr(q.z, r.z, z, pw.z);
  mpz_mul_2exp(twice.z, r.z, 1);
  int c = mpz_cmp(twice.z, pw.z);
  if (c > 0 || (c == 0 && mpz_odd_p(q.z))) mpz_add_ui(q.z, q.z, 1);
  mpz_mul(q.z, q.z, pw.z);
  return int_take(ts, q);
}

Value m_format(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "__format__", kw) || !check_nargs(ts, "__format__", nargs, 1, 1)) return Value();
  if (!is_str(ts, args[0]))
    return raisef(ts, Exc::TypeError, "__format__() argument must be str, not %s", type_name(ts, args[0]));
  std::string_view spec = str_view(args[0]);
  if (spec.empty()) return str(ts, self);
  FormatSpec fs;
  if (!parse_format_spec(ts, spec, &fs, self.is_bool() ? "bool" : type_name(ts, self))) return Value();
  return format_int(ts, self, fs);
}

Value m_to_bytes(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  static constexpr const char* kNames[] = {"length", "byteorder", "signed"};
  Value av[3];
  if (!parse_args(ts, "to_bytes", args, nargs, kw, kNames, 3, 0, 2, 0, av)) return Value();
  int64_t length = 1;
  if (av[0] && !index_i64(ts, av[0], &length)) return Value();
  if (length < 0) return raise(ts, Exc::ValueError, "length argument must be non-negative");
  bool little = false;
  if (av[1]) {
    if (!is_str(ts, av[1]))
      return raisef(ts, Exc::TypeError, "to_bytes() argument 'byteorder' must be str, not %s", type_name(ts, av[1]));
    std::string_view bo = str_view(av[1]);
    if (bo == "little") little = true;
    else if (bo != "big") return raise(ts, Exc::ValueError, "byteorder must be either 'little' or 'big'");
  }
  bool is_signed = false;
  if (av[2]) {
    int t = truthy(ts, av[2]);
    if (t < 0) return Value();
    is_signed = t;
  }
  ZView z(self);
  if (!is_signed && mpz_sgn(z) < 0) return raise(ts, Exc::OverflowError, "can't convert negative int to unsigned");
  BigTmp v;
  mpz_set(v.z, z);
  if (mpz_sgn(v.z) < 0) {  // two's complement in length bytes
    BigTmp m;
    mpz_setbit(m.z, mp_bitcnt_t(length * 8));
    mpz_add(v.z, v.z, m.z);
    if (mpz_sgn(v.z) < 0 || (length > 0 && !mpz_tstbit(v.z, mp_bitcnt_t(length * 8 - 1))))
      return raise(ts, Exc::OverflowError, "int too big to convert");
  } else {
    size_t bits = mpz_sgn(v.z) ? mpz_sizeinbase(v.z, 2) : 0;
    if (int64_t(bits) > length * 8 - (is_signed ? 1 : 0) && !(bits == 0))
      return raise(ts, Exc::OverflowError, "int too big to convert");
  }
  std::string out(size_t(length), '\0');
  size_t count = 0;
  if (mpz_sgn(v.z)) mpz_export(out.data(), &count, -1, 1, 0, 0, v.z);  // little endian into the buffer
  if (!little) std::reverse(out.begin(), out.end());
  return bytes_new(ts, out);
}

Value m_from_bytes(ThreadState* ts, Value cls, const Value* args, size_t nargs, TupleObject* kw) {
  static constexpr const char* kNames[] = {"bytes", "byteorder", "signed"};
  Value av[3];
  if (!parse_args(ts, "from_bytes", args, nargs, kw, kNames, 3, 0, 2, 1, av)) return Value();
  bool little = false;
  if (av[1]) {
    if (!is_str(ts, av[1]))
      return raisef(ts, Exc::TypeError, "from_bytes() argument 'byteorder' must be str, not %s",
                    type_name(ts, av[1]));
    std::string_view bo = str_view(av[1]);
    if (bo == "little") little = true;
    else if (bo != "big") return raise(ts, Exc::ValueError, "byteorder must be either 'little' or 'big'");
  }
  bool is_signed = false;
  if (av[2]) {
    int t = truthy(ts, av[2]);
    if (t < 0) return Value();
    is_signed = t;
  }
  Ref holder;
  std::string_view data;
  if (is_bytes(ts, av[0]) || is_bytearray(ts, av[0])) {
    bytes_like_view(ts, av[0], &data);
  } else {
    Value bt = Value::from_obj(ts->interp->types.bytes);
    holder.reset(call1(ts, bt, av[0]));
    if (!holder) return Value();
    data = holder.as<BytesObject>()->view();
  }
  BigTmp v;
  if (!data.empty()) mpz_import(v.z, data.size(), little ? -1 : 1, 1, 0, 0, data.data());
  if (is_signed && !data.empty() && (uint8_t(little ? data.back() : data.front()) & 0x80)) {
    BigTmp m;
    mpz_setbit(m.z, mp_bitcnt_t(data.size() * 8));
    mpz_sub(v.z, v.z, m.z);
  }
  Ref r(int_take(ts, v));
  if (!r) return Value();
  TypeObject* ct = cls.as<TypeObject>();
  if (ct == ts->interp->types.int_) return r.release();
  return call1(ts, cls, r.get());
}

Value g_self(ThreadState* ts, Value self) { return int_exact(ts, self); }
Value g_zero(ThreadState*, Value) { return Value::small_int(0); }
Value g_one(ThreadState*, Value) { return Value::small_int(1); }

const MethodDef kIntMethods[] = {
    {"conjugate", m_conjugate},
    {"bit_length", m_bit_length},
    {"bit_count", m_bit_count},
    {"to_bytes", m_to_bytes},
    {"from_bytes", m_from_bytes, kMethClass},
    {"as_integer_ratio", m_as_integer_ratio},
    {"__trunc__", m_trunc},
    {"__floor__", m_floor},
    {"__ceil__", m_ceil},
    {"__round__", m_round},
    {"__getnewargs__", m_getnewargs},
    {"__format__", m_format},
    {nullptr, nullptr},
};
const GetSetDef kIntGetSets[] = {
    {"real", g_self},
    {"imag", g_zero},
    {"numerator", g_self},
    {"denominator", g_one},
    {nullptr, nullptr},
};

constexpr TypeSlots int_slots() {
  TypeSlots s{};
  s.dealloc = int_dealloc;
  s.repr = int_repr;
  s.hash = int_hash_slot;
  s.richcompare = int_richcompare;
  s.new_ = int_new_slot;
  s.add = int_add;
  s.sub = int_sub;
  s.mul = int_mul;
  s.truediv = int_truediv;
  s.floordiv = int_floordiv;
  s.mod = int_mod;
  s.divmod = int_divmod;
  s.lshift = int_lshift;
  s.rshift = int_rshift;
  s.and_ = int_and;
  s.or_ = int_or;
  s.xor_ = int_xor;
  s.pow = int_pow;
  s.neg = int_neg;
  s.pos = int_pos;
  s.abs = int_abs;
  s.invert = int_invert;
  s.bool_ = int_bool;
  s.int_ = int_pos;
  s.float_ = int_to_float;
  s.index = int_pos;
  return s;
}

// ---------------------------------------------------------------- bool
Value bool_repr(ThreadState* ts, Value a) {
  return str_new(ts, int_sign(ts, a) ? "True" : "False");
}
Value bool_new_slot(ThreadState* ts, TypeObject*, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!no_kwargs(ts, "bool", kwnames) || !check_nargs(ts, "bool", nargs, 0, 1)) return Value();
  if (nargs == 0) return Value::False();
  int t = truthy(ts, args[0]);
  if (t < 0) return Value();
  return Value::boolean(t);
}
#define BOOL_BITOP(fname, OP, expr)                                        \
  Value fname(ThreadState* ts, Value a, Value b) {                         \
    if (a.is_bool() && b.is_bool()) {                                      \
      bool x = a.is_true(), y = b.is_true();                               \
      return Value::boolean(expr);                                         \
    }                                                                      \
    if (!is_intlike(a) || !is_intlike(b)) return Value::not_implemented(); \
    return int_binary(ts, a, b, BinOp::OP);                                \
  }
BOOL_BITOP(bool_and, And, x && y)
BOOL_BITOP(bool_or, Or, x || y)
BOOL_BITOP(bool_xor, Xor, x != y)
#undef BOOL_BITOP

constexpr TypeSlots bool_slots() {
  TypeSlots s = int_slots();
  s.repr = bool_repr;
  s.new_ = bool_new_slot;
  s.and_ = bool_and;
  s.or_ = bool_or;
  s.xor_ = bool_xor;
  return s;
}

}  // namespace

const TypeSpec int_type_spec = {
    .name = "int",
    .basicsize = sizeof(IntObject),
    .flags = kTypeBaseType | kTypeIntSubclass,
    .slots = int_slots(),
    .methods = kIntMethods,
    .getsets = kIntGetSets,
    .base_name = nullptr,
    .doc = "int([x]) -> integer\nint(x, base=10) -> integer",
};

const TypeSpec bool_type_spec = {
    .name = "bool",
    .basicsize = sizeof(IntObject),
    .flags = kTypeIntSubclass,
    .slots = bool_slots(),
    .methods = nullptr,
    .getsets = nullptr,
    .base_name = "int",
    .doc = "bool(x) -> bool",
};

}  // namespace minipy
