// runtime/int_internal.h — private helpers shared by the number files
// (int.cpp, float.cpp, complex.cpp, format.cpp, stdlib/math.cpp): read-only GMP
// views of any int value and exact int <-> double conversions.
// Nothing outside the number code should include it; the contract is objects.h.
#pragma once
#include <gmp.h>

#include <string>
#include <string_view>

#include "runtime/runtime.h"

namespace minipy {

// int or bool or an IntObject (of int or a subclass).
inline bool is_intlike(Value v) {
  return v.is_small_int() || v.is_bool() || (v.is_obj() && type_has(v.obj()->type, kTypeIntSubclass));
}
// The value as int64 when it fits. Precondition: is_intlike(v).
inline bool get_i64(Value v, int64_t* out) {
  if (v.is_small_int()) { *out = v.as_small_int(); return true; }
  if (v.is_bool()) { *out = v.is_true() ? 1 : 0; return true; }
  mpz_srcptr z = v.as<IntObject>()->z;
  if (mpz_fits_slong_p(z)) { *out = mpz_get_si(z); return true; }
  return false;
}

// A read-only mpz for any int value, without allocating for immediates.
class ZView {
 public:
  explicit ZView(Value v);
  ZView(const ZView&) = delete;
  ZView& operator=(const ZView&) = delete;
  mpz_srcptr get() const { return p_; }
  operator mpz_srcptr() const { return p_; }
  const __mpz_struct* operator->() const { return p_; }  // for the mpz_sgn macro
 private:
  mp_limb_t limb_ = 0;
  mpz_t tmp_;
  mpz_srcptr p_;
};

// A scratch mpz freed on scope exit unless int_take() moved it into an int.
struct BigTmp {
  mpz_t z;
  bool live = true;
  BigTmp() { mpz_init(z); }
  ~BigTmp() { if (live) mpz_clear(z); }
  BigTmp(const BigTmp&) = delete;
  BigTmp& operator=(const BigTmp&) = delete;
};
Value int_take(ThreadState* ts, BigTmp& b);               // normalised int, moves b's limbs
Value int_exact(ThreadState* ts, Value v);                 // exact int with v's value (v int-like)
Value int_of_type(ThreadState* ts, TypeObject* type, mpz_srcptr z);
Value int_convert(ThreadState* ts, Value x);               // int(x), one argument
Value int_divmod_values(ThreadState* ts, Value a, Value b);
bool int_to_string(ThreadState* ts, Value v, int base, std::string* out);  // digits with '-', no prefix
// Correctly rounded conversions (CPython's rules).
double mpz_to_double(mpz_srcptr z, bool* overflow);
int mpz_true_div(mpz_srcptr a, mpz_srcptr b, double* out);  // 0 ok, 1 overflow
bool int_to_double_checked(ThreadState* ts, Value v, double* out);  // OverflowError raised
std::string_view strip_py_space(std::string_view s);

// float.cpp
Value float_pow_values(ThreadState* ts, double a, double b);
Value float_divmod_values(ThreadState* ts, double a, double b);
// Exact float of value d and the integral float helpers used by math.
Value float_round_ndigits(ThreadState* ts, double x, int64_t ndigits);

// complex.cpp
Value complex_pow_values(ThreadState* ts, double ar, double ai, double br, double bi);

}  // namespace minipy
