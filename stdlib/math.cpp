// stdlib/math.cpp — the math module (CPython 3.11's function set): libm
// wrappers with CPython's domain/range error rules, exact integer functions on
// GMP (isqrt, gcd, lcm, factorial, comb, perm), fsum (Shewchuk, like CPython),
// logs of arbitrarily large ints. Must not: hold mutable process-wide state.
#include <cerrno>
#include <cfloat>
#include <cmath>
#include <vector>

#include "runtime/int_internal.h"
#include "runtime/runtime.h"
#include "stdlib/modules.h"

namespace minipy {
namespace {

Value domain_error(ThreadState* ts) { return raise(ts, Exc::ValueError, "math domain error"); }
Value range_error(ThreadState* ts) { return raise(ts, Exc::OverflowError, "math range error"); }

bool one_arg(ThreadState* ts, const char* name, size_t nargs, TupleObject* kw) {
  if (kw && kw->size) {
    raisef(ts, Exc::TypeError, "math.%s() takes no keyword arguments", name);
    return false;
  }
  if (nargs != 1) {
    raisef(ts, Exc::TypeError, "math.%s() takes exactly one argument (%zu given)", name, nargs);
    return false;
  }
  return true;
}

bool n_args(ThreadState* ts, const char* name, size_t nargs, TupleObject* kw, size_t n) {
  if (!no_kwargs(ts, name, kw)) return false;
  if (nargs != n) {
    raisef(ts, Exc::TypeError, "%s expected %zu arguments, got %zu", name, n, nargs);
    return false;
  }
  return true;
}

// CPython's math_1: NaN from non-NaN is a domain error; inf from finite is a
// range error when the function can overflow, else a domain error.
Value math_1(ThreadState* ts, double x, double (*f)(double), bool can_overflow) {
  errno = 0;
  double r = f(x);
  if (std::isnan(r) && !std::isnan(x)) return domain_error(ts);
  if (std::isinf(r) && std::isfinite(x)) return can_overflow ? range_error(ts) : domain_error(ts);
  if (std::isfinite(r) && errno == ERANGE && std::fabs(r) >= 1.0) return range_error(ts);
  return float_new(ts, r);
}

#define MATH_FUNC1(pyname, expr, can_overflow)                                                   \
  Value m_##pyname(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {   \
    if (!one_arg(ts, #pyname, nargs, kw)) return Value();                                        \
    double x;                                                                                    \
    if (!as_double(ts, args[0], &x)) return Value();                                             \
    return math_1(ts, x, [](double v) -> double { return expr; }, can_overflow);                 \
  }
MATH_FUNC1(sqrt, std::sqrt(v), false)
MATH_FUNC1(exp, std::exp(v), true)
MATH_FUNC1(exp2, std::exp2(v), true)
MATH_FUNC1(expm1, std::expm1(v), true)
MATH_FUNC1(log1p, std::log1p(v), false)
MATH_FUNC1(sin, std::sin(v), false)
MATH_FUNC1(cos, std::cos(v), false)
MATH_FUNC1(tan, std::tan(v), false)
MATH_FUNC1(asin, std::asin(v), false)
MATH_FUNC1(acos, std::acos(v), false)
MATH_FUNC1(atan, std::atan(v), false)
MATH_FUNC1(sinh, std::sinh(v), true)
MATH_FUNC1(cosh, std::cosh(v), true)
MATH_FUNC1(tanh, std::tanh(v), false)
MATH_FUNC1(asinh, std::asinh(v), false)
MATH_FUNC1(acosh, std::acosh(v), false)
MATH_FUNC1(atanh, std::atanh(v), false)
MATH_FUNC1(erf, std::erf(v), false)
MATH_FUNC1(erfc, std::erfc(v), false)
MATH_FUNC1(cbrt, std::cbrt(v), false)
MATH_FUNC1(fabs, std::fabs(v), false)
MATH_FUNC1(degrees, v * (180.0 / 3.141592653589793238462643383279502884), false)
MATH_FUNC1(radians, v * (3.141592653589793238462643383279502884 / 180.0), false)
#undef MATH_FUNC1

Value m_gamma(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!one_arg(ts, "gamma", nargs, kw)) return Value();
  double x;
  if (!as_double(ts, args[0], &x)) return Value();
  if (std::isnan(x)) return float_new(ts, x);
  if (std::isinf(x)) {
    if (x < 0) return domain_error(ts);
    return float_new(ts, x);
  }
  if (x <= 0 && x == std::floor(x)) return domain_error(ts);
  double r = std::tgamma(x);
  if (std::isinf(r)) return range_error(ts);
  return float_new(ts, r);
}

Value m_lgamma(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!one_arg(ts, "lgamma", nargs, kw)) return Value();
  double x;
  if (!as_double(ts, args[0], &x)) return Value();
  if (!std::isfinite(x)) return float_new(ts, std::isnan(x) ? x : std::fabs(x));
  if (x <= 0 && x == std::floor(x)) return domain_error(ts);
  double r = std::lgamma(x);
  if (std::isinf(r)) return range_error(ts);
  return float_new(ts, r);
}

// log of any real, including ints too large for a double.
bool log_value(ThreadState* ts, Value x, double (*f)(double), double* out) {
  if (is_intlike(x)) {
    if (int_sign(ts, x) <= 0) { domain_error(ts); return false; }
    bool ovf;
    double d = int_as_double(ts, x, &ovf);
    if (!ovf) { *out = f(d); return true; }
    ZView z(x);
    long e;
    double m = mpz_get_d_2exp(&e, z);  // z = m * 2**e, 0.5 <= m < 1 (truncated mantissa is fine here)
    *out = f(m) + f(2.0) * double(e);
    return true;
  }
  double d;
  if (!as_double(ts, x, &d)) return false;
  if (std::isnan(d)) { *out = d; return true; }
  if (d <= 0) { domain_error(ts); return false; }
  *out = f(d);
  return true;
}

double ln(double v) { return std::log(v); }
double lg2(double v) { return std::log2(v); }
double lg10(double v) { return std::log10(v); }

Value m_log(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "log", kw)) return Value();
  if (nargs < 1 || nargs > 2)
    return raisef(ts, Exc::TypeError, "log expected %s, got %zu", nargs < 1 ? "at least 1 argument" : "at most 2 arguments", nargs);
  double num;
  if (!log_value(ts, args[0], ln, &num)) return Value();
  if (nargs == 2) {
    double den;
    if (!log_value(ts, args[1], ln, &den)) return Value();
    if (den == 0.0) return raise(ts, Exc::ZeroDivisionError, "float division by zero");
    num /= den;
  }
  return float_new(ts, num);
}
Value m_log2(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!one_arg(ts, "log2", nargs, kw)) return Value();
  double r;
  if (!log_value(ts, args[0], lg2, &r)) return Value();
  return float_new(ts, r);
}
Value m_log10(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!one_arg(ts, "log10", nargs, kw)) return Value();
  double r;
  if (!log_value(ts, args[0], lg10, &r)) return Value();
  return float_new(ts, r);
}

Value m_pow(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!n_args(ts, "pow", nargs, kw, 2)) return Value();
  double x, y, r = 0.0;
  if (!as_double(ts, args[0], &x) || !as_double(ts, args[1], &y)) return Value();
  if (!std::isfinite(x) || !std::isfinite(y)) {
    if (std::isnan(x)) r = y == 0.0 ? 1.0 : x;
    else if (std::isnan(y)) r = x == 1.0 ? 1.0 : y;
    else if (std::isinf(x)) {
      bool odd_y = std::isfinite(y) && std::fmod(std::fabs(y), 2.0) == 1.0;
      if (y > 0.0) r = odd_y ? x : std::fabs(x);
      else if (y == 0.0) r = 1.0;
      else r = odd_y ? std::copysign(0.0, x) : 0.0;
    } else {
      if (std::fabs(x) == 1.0) r = 1.0;
      else if (y > 0.0 && std::fabs(x) > 1.0) r = y;
      else if (y < 0.0 && std::fabs(x) < 1.0) r = -y;
      else r = 0.0;
    }
    return float_new(ts, r);
  }
  r = std::pow(x, y);
  if (std::isnan(r)) return domain_error(ts);
  if (std::isinf(r)) return x == 0.0 ? domain_error(ts) : range_error(ts);
  return float_new(ts, r);
}

Value m_atan2(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!n_args(ts, "atan2", nargs, kw, 2)) return Value();
  double y, x;
  if (!as_double(ts, args[0], &y) || !as_double(ts, args[1], &x)) return Value();
  return float_new(ts, std::atan2(y, x));
}

Value m_copysign(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!n_args(ts, "copysign", nargs, kw, 2)) return Value();
  double x, y;
  if (!as_double(ts, args[0], &x) || !as_double(ts, args[1], &y)) return Value();
  return float_new(ts, std::copysign(x, y));
}

Value m_fmod(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!n_args(ts, "fmod", nargs, kw, 2)) return Value();
  double x, y;
  if (!as_double(ts, args[0], &x) || !as_double(ts, args[1], &y)) return Value();
  if (std::isinf(y) && std::isfinite(x)) return float_new(ts, x);
  double r = std::fmod(x, y);
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) return domain_error(ts);
  return float_new(ts, r);
}

Value m_remainder(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!n_args(ts, "remainder", nargs, kw, 2)) return Value();
  double x, y;
  if (!as_double(ts, args[0], &x) || !as_double(ts, args[1], &y)) return Value();
  if (std::isnan(x) || std::isnan(y)) return float_new(ts, std::isnan(x) ? x : y);
  if (std::isinf(x) || y == 0.0) return domain_error(ts);
  if (std::isinf(y)) return float_new(ts, x);
  return float_new(ts, std::remainder(x, y));
}

Value m_nextafter(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!n_args(ts, "nextafter", nargs, kw, 2)) return Value();
  double x, y;
  if (!as_double(ts, args[0], &x) || !as_double(ts, args[1], &y)) return Value();
  return float_new(ts, std::nextafter(x, y));
}

Value m_ulp(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!one_arg(ts, "ulp", nargs, kw)) return Value();
  double x;
  if (!as_double(ts, args[0], &x)) return Value();
  if (std::isnan(x)) return float_new(ts, x);
  x = std::fabs(x);
  if (std::isinf(x)) return float_new(ts, x);
  double x2 = std::nextafter(x, HUGE_VAL);
  if (std::isinf(x2)) return float_new(ts, x - std::nextafter(x, -HUGE_VAL));
  return float_new(ts, x2 - x);
}

Value m_modf(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!one_arg(ts, "modf", nargs, kw)) return Value();
  double x, ip, fp;
  if (!as_double(ts, args[0], &x)) return Value();
  if (std::isinf(x)) { ip = x; fp = std::copysign(0.0, x); }
  else fp = std::modf(x, &ip);
  Ref a(float_new(ts, fp));
  if (!a) return Value();
  Ref b(float_new(ts, ip));
  if (!b) return Value();
  return tuple_pack(ts, {a.get(), b.get()});
}

Value m_frexp(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!one_arg(ts, "frexp", nargs, kw)) return Value();
  double x;
  if (!as_double(ts, args[0], &x)) return Value();
  int e = 0;
  double m = (std::isnan(x) || std::isinf(x) || x == 0.0) ? x : std::frexp(x, &e);
  Ref a(float_new(ts, m));
  if (!a) return Value();
  return tuple_pack(ts, {a.get(), Value::small_int(e)});
}

Value m_ldexp(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!n_args(ts, "ldexp", nargs, kw, 2)) return Value();
  double x;
  if (!as_double(ts, args[0], &x)) return Value();
  if (!is_intlike(args[1])) return raise(ts, Exc::TypeError, "Expected an int as second argument to ldexp.");
  int64_t e;
  if (!get_i64(args[1], &e)) e = int_sign(ts, args[1]) > 0 ? INT64_MAX : INT64_MIN;
  if (x == 0.0 || !std::isfinite(x)) return float_new(ts, x);
  if (e > 100000) return range_error(ts);
  if (e < -100000) return float_new(ts, std::copysign(0.0, x));
  double r = std::ldexp(x, int(e));
  if (std::isinf(r)) return range_error(ts);
  return float_new(ts, r);
}

Value m_isfinite(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!one_arg(ts, "isfinite", nargs, kw)) return Value();
  double x;
  if (!as_double(ts, args[0], &x)) return Value();
  return Value::boolean(std::isfinite(x));
}
Value m_isinf(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!one_arg(ts, "isinf", nargs, kw)) return Value();
  double x;
  if (!as_double(ts, args[0], &x)) return Value();
  return Value::boolean(std::isinf(x));
}
Value m_isnan(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!one_arg(ts, "isnan", nargs, kw)) return Value();
  double x;
  if (!as_double(ts, args[0], &x)) return Value();
  return Value::boolean(std::isnan(x));
}

Value m_isclose(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  static constexpr const char* kNames[] = {"a", "b", "rel_tol", "abs_tol"};
  Value av[4];
  if (!parse_args(ts, "isclose", args, nargs, kw, kNames, 4, 0, 2, 2, av)) return Value();
  double a, b, rel = 1e-9, abs_tol = 0.0;
  if (!as_double(ts, av[0], &a) || !as_double(ts, av[1], &b)) return Value();
  if (av[2] && !as_double(ts, av[2], &rel)) return Value();
  if (av[3] && !as_double(ts, av[3], &abs_tol)) return Value();
  if (rel < 0.0 || abs_tol < 0.0) return raise(ts, Exc::ValueError, "tolerances must be non-negative");
  if (a == b) return Value::True();
  if (std::isinf(a) || std::isinf(b)) return Value::False();
  double diff = std::fabs(b - a);
  return Value::boolean((diff <= std::fabs(rel * b)) || (diff <= std::fabs(rel * a)) || (diff <= abs_tol));
}

// floor/ceil: ints pass through, floats directly, others via __floor__/__ceil__ then float().
Value floor_ceil(ThreadState* ts, const Value* args, size_t nargs, TupleObject* kw, bool is_floor) {
  const char* name = is_floor ? "floor" : "ceil";
  if (!one_arg(ts, name, nargs, kw)) return Value();
  Value x = args[0];
  if (is_float(ts, x) && x.obj()->type == ts->interp->types.float_) {
    double d = float_value(x);
    return int_from_double(ts, is_floor ? std::floor(d) : std::ceil(d));
  }
  if (is_intlike(x) && !x.is_obj()) return int_exact(ts, x);
  bool is_method = false;
  Value f = lookup_special(ts, x, is_floor ? ts->interp->names.__floor__ : ts->interp->names.__ceil__, &is_method);
  if (f) {
    Ref fr(f);
    return is_method ? call1(ts, f, x) : call0(ts, f);
  }
  if (err_occurred(ts)) return Value();
  double d;
  if (!as_double(ts, x, &d)) return Value();
  return int_from_double(ts, is_floor ? std::floor(d) : std::ceil(d));
}
Value m_floor(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  return floor_ceil(ts, args, nargs, kw, true);
}
Value m_ceil(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  return floor_ceil(ts, args, nargs, kw, false);
}

Value m_trunc(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!one_arg(ts, "trunc", nargs, kw)) return Value();
  Value x = args[0];
  if (is_float(ts, x) && x.obj()->type == ts->interp->types.float_) return int_from_double(ts, float_value(x));
  bool is_method = false;
  Value f = lookup_special(ts, x, ts->interp->names.__trunc__, &is_method);
  if (!f) {
    if (err_occurred(ts)) return Value();
    return raisef(ts, Exc::TypeError, "type %s doesn't define __trunc__ method", type_name(ts, x));
  }
  Ref fr(f);
  return is_method ? call1(ts, f, x) : call0(ts, f);
}

// Exact integer argument (via __index__), as a new exact int.
Value int_arg(ThreadState* ts, Value v) { return index(ts, v); }

Value m_isqrt(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!one_arg(ts, "isqrt", nargs, kw)) return Value();
  Ref n(int_arg(ts, args[0]));
  if (!n) return Value();
  if (int_sign(ts, n.get()) < 0) return raise(ts, Exc::ValueError, "isqrt() argument must be nonnegative");
  ZView z(n.get());
  BigTmp r;
  mpz_sqrt(r.z, z);
  return int_take(ts, r);
}

Value gcd_lcm(ThreadState* ts, const Value* args, size_t nargs, TupleObject* kw, bool lcm) {
  if (!no_kwargs(ts, lcm ? "lcm" : "gcd", kw)) return Value();
  BigTmp acc;
  if (lcm) mpz_set_ui(acc.z, 1);
  for (size_t i = 0; i < nargs; ++i) {
    Ref n(int_arg(ts, args[i]));
    if (!n) return Value();
    ZView z(n.get());
    if (lcm) mpz_lcm(acc.z, acc.z, z);
    else mpz_gcd(acc.z, acc.z, z);
  }
  return int_take(ts, acc);
}
Value m_gcd(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  return gcd_lcm(ts, args, nargs, kw, false);
}
Value m_lcm(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  return gcd_lcm(ts, args, nargs, kw, true);
}

Value m_factorial(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!one_arg(ts, "factorial", nargs, kw)) return Value();
  Ref n(int_arg(ts, args[0]));
  if (!n) return Value();
  int64_t v;
  if (!get_i64(n.get(), &v)) {
    if (int_sign(ts, n.get()) < 0) return raise(ts, Exc::ValueError, "factorial() not defined for negative values");
    return raise(ts, Exc::OverflowError, "factorial() argument should not exceed 9223372036854775807");
  }
  if (v < 0) return raise(ts, Exc::ValueError, "factorial() not defined for negative values");
  BigTmp r;
  mpz_fac_ui(r.z, (unsigned long)v);
  return int_take(ts, r);
}

bool nk_args(ThreadState* ts, Value nv, Value kv, Ref* n, Ref* k) {
  n->reset(int_arg(ts, nv));
  if (!*n) return false;
  k->reset(int_arg(ts, kv));
  if (!*k) return false;
  if (int_sign(ts, n->get()) < 0) { raise(ts, Exc::ValueError, "n must be a non-negative integer"); return false; }
  if (int_sign(ts, k->get()) < 0) { raise(ts, Exc::ValueError, "k must be a non-negative integer"); return false; }
  return true;
}

Value m_comb(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!n_args(ts, "comb", nargs, kw, 2)) return Value();
  Ref n, k;
  if (!nk_args(ts, args[0], args[1], &n, &k)) return Value();
  ZView zn(n.get()), zk(k.get());
  if (mpz_cmp(zk, zn) > 0) return Value::small_int(0);
  BigTmp d, r;
  mpz_sub(d.z, zn, zk);
  mpz_srcptr kk = mpz_cmp(d.z, zk) < 0 ? d.z : zk.get();
  if (!mpz_fits_ulong_p(kk))
    return raise(ts, Exc::OverflowError, "min(n - k, k) must not exceed 9223372036854775807");
  mpz_bin_ui(r.z, zn, mpz_get_ui(kk));
  return int_take(ts, r);
}

Value m_perm(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "perm", kw)) return Value();
  if (nargs < 1 || nargs > 2)
    return raisef(ts, Exc::TypeError, "perm expected %s, got %zu", nargs < 1 ? "at least 1 argument" : "at most 2 arguments", nargs);
  if (nargs == 1 || args[1].is_none()) return m_factorial(ts, Value(), args, 1, nullptr);
  Ref n, k;
  if (!nk_args(ts, args[0], args[1], &n, &k)) return Value();
  ZView zn(n.get()), zk(k.get());
  if (mpz_cmp(zk, zn) > 0) return Value::small_int(0);
  if (!mpz_fits_ulong_p(zk)) return raise(ts, Exc::OverflowError, "k must not exceed 9223372036854775807");
  unsigned long kk = mpz_get_ui(zk);
  BigTmp r, f;
  mpz_bin_ui(r.z, zn, kk);
  mpz_fac_ui(f.z, kk);
  mpz_mul(r.z, r.z, f.z);
  return int_take(ts, r);
}

Value m_fsum(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!one_arg(ts, "fsum", nargs, kw)) return Value();
  Ref it(get_iter(ts, args[0]));
  if (!it) return Value();
  std::vector<double> p;
  double special_sum = 0.0, inf_sum = 0.0;
  for (;;) {
    Ref item(iter_next(ts, it.get()));
    if (!item) {
      if (err_occurred(ts)) return Value();
      break;
    }
    double x;
    if (!as_double(ts, item.get(), &x)) return Value();
    double xsave = x;
    size_t i = 0;
    for (size_t j = 0; j < p.size(); ++j) {
      double y = p[j];
      if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
      double hi = x + y, lo = y - (hi - x);
      if (lo != 0.0) p[i++] = lo;
      x = hi;
    }
    p.resize(i);
    if (x != 0.0) {
      if (!std::isfinite(x)) {
        if (std::isfinite(xsave)) return raise(ts, Exc::OverflowError, "intermediate overflow in fsum");
        if (std::isinf(xsave)) inf_sum += xsave;
        special_sum += xsave;
        p.clear();
      } else {
        p.push_back(x);
      }
    }
  }
  if (special_sum != 0.0) {
    if (std::isnan(inf_sum)) return raise(ts, Exc::ValueError, "-inf + inf in fsum");
    return float_new(ts, special_sum);
  }
  double hi = 0.0, lo = 0.0;
  size_t n = p.size();
  if (n > 0) {
    hi = p[--n];
    while (n > 0) {
      double x = hi, y = p[--n];
      hi = x + y;
      double yr = hi - x;
      lo = y - yr;
      if (lo != 0.0) break;
    }
    if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
      double y = lo * 2.0, x = hi + y, yr = x - hi;
      if (y == yr) hi = x;
    }
  }
  return float_new(ts, hi);
}

Value m_prod(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  static constexpr const char* kNames[] = {"iterable", "start"};
  Value av[2];
  if (!parse_args(ts, "prod", args, nargs, kw, kNames, 2, 1, 1, 1, av)) return Value();
  Ref acc(av[1] ? newref(av[1]) : Value::small_int(1));
  Ref it(get_iter(ts, av[0]));
  if (!it) return Value();
  for (;;) {
    Ref item(iter_next(ts, it.get()));
    if (!item) {
      if (err_occurred(ts)) return Value();
      break;
    }
    acc.reset(binary_op(ts, acc.get(), item.get(), BinOp::Mul));
    if (!acc) return Value();
  }
  return acc.release();
}

// Euclidean norm with scaling and compensated summation (close to CPython's vector_norm).
double vector_norm(const std::vector<double>& v, bool found_nan) {
  double mx = 0.0;
  for (double x : v) {
    if (std::isinf(x)) return HUGE_VAL;
    mx = std::max(mx, std::fabs(x));
  }
  if (found_nan) return NAN;
  if (mx == 0.0 || v.size() <= 1) return mx;
  if (v.size() == 2) return std::hypot(v[0], v[1]);
  int e;
  std::frexp(mx, &e);
  double sum = 0.0, comp = 0.0;
  for (double x : v) {
    double s = std::ldexp(x, -e);
    double t = s * s, nsum = sum + t;
    comp += std::fabs(sum) >= std::fabs(t) ? (sum - nsum) + t : (t - nsum) + sum;
    sum = nsum;
  }
  return std::ldexp(std::sqrt(sum + comp), e);
}

Value m_hypot(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "hypot", kw)) return Value();
  std::vector<double> v(nargs);
  bool nan = false;
  for (size_t i = 0; i < nargs; ++i) {
    if (!as_double(ts, args[i], &v[i])) return Value();
    nan |= std::isnan(v[i]);
    v[i] = std::fabs(v[i]);
  }
  return float_new(ts, vector_norm(v, nan));
}

Value m_dist(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!n_args(ts, "dist", nargs, kw, 2)) return Value();
  Ref p(sequence_to_tuple(ts, args[0]));
  if (!p) return Value();
  Ref q(sequence_to_tuple(ts, args[1]));
  if (!q) return Value();
  int64_t n = tuple_size(p.get());
  if (n != tuple_size(q.get()))
    return raise(ts, Exc::ValueError, "both points must have the same number of dimensions");
  std::vector<double> v(static_cast<size_t>(n));
  bool nan = false;
  for (int64_t i = 0; i < n; ++i) {
    double a, b;
    if (!as_double(ts, tuple_item(p.get(), i), &a) || !as_double(ts, tuple_item(q.get(), i), &b)) return Value();
    v[size_t(i)] = std::fabs(a - b);
    nan |= std::isnan(v[size_t(i)]);
  }
  return float_new(ts, vector_norm(v, nan));
}

bool math_init(ThreadState* ts, ModuleObject* m) {
  const struct { const char* name; double v; } consts[] = {
      {"pi", 3.141592653589793238462643383279502884},
      {"e", 2.718281828459045235360287471352662498},
      {"tau", 6.283185307179586476925286766559005768},
      {"inf", HUGE_VAL},
      {"nan", NAN},
  };
  for (const auto& c : consts) {
    Ref f(float_new(ts, c.v));
    if (!f || !module_add(ts, m, c.name, f.get())) return false;
  }
  return true;
}

const MethodDef kMathMethods[] = {
    {"sqrt", m_sqrt}, {"exp", m_exp}, {"exp2", m_exp2}, {"expm1", m_expm1}, {"log", m_log},
    {"log2", m_log2}, {"log10", m_log10}, {"log1p", m_log1p}, {"pow", m_pow}, {"fabs", m_fabs},
    {"floor", m_floor}, {"ceil", m_ceil}, {"trunc", m_trunc}, {"sin", m_sin}, {"cos", m_cos},
    {"tan", m_tan}, {"asin", m_asin}, {"acos", m_acos}, {"atan", m_atan}, {"atan2", m_atan2},
    {"sinh", m_sinh}, {"cosh", m_cosh}, {"tanh", m_tanh}, {"asinh", m_asinh}, {"acosh", m_acosh},
    {"atanh", m_atanh}, {"hypot", m_hypot}, {"dist", m_dist}, {"degrees", m_degrees},
    {"radians", m_radians}, {"isfinite", m_isfinite}, {"isinf", m_isinf}, {"isnan", m_isnan},
    {"isclose", m_isclose}, {"isqrt", m_isqrt}, {"gcd", m_gcd}, {"lcm", m_lcm},
    {"factorial", m_factorial}, {"comb", m_comb}, {"perm", m_perm}, {"fsum", m_fsum},
    {"prod", m_prod}, {"copysign", m_copysign}, {"fmod", m_fmod}, {"remainder", m_remainder},
    {"modf", m_modf}, {"frexp", m_frexp}, {"ldexp", m_ldexp}, {"erf", m_erf}, {"erfc", m_erfc},
    {"gamma", m_gamma}, {"lgamma", m_lgamma}, {"cbrt", m_cbrt}, {"nextafter", m_nextafter},
    {"ulp", m_ulp},
    {nullptr, nullptr},
};

}  // namespace

const ModuleDef math_module_def = {
    .name = "math",
    .doc = "This module provides access to the mathematical functions\ndefined by the C standard.",
    .methods = kMathMethods,
    .init = math_init,
};

}  // namespace minipy
