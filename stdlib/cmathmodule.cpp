// stdlib/cmathmodule.cpp — the cmath module: complex elementary functions
// with CPython 3.11's algorithms (Kahan's branch cuts; overflow-avoiding
// forms for large and tiny arguments), its special values for infinite and
// NaN parts (tables in cmath_special.inc, generated from CPython), and its
// errors ("math domain error" / "math range error").
// Must not: hold mutable process-wide state.
#include <cerrno>
#include <cfloat>
#include <cmath>

#include "runtime/runtime.h"
#include "stdlib/modules.h"

namespace minipy {
namespace {

struct CComplex {
  double real, imag;
};

constexpr double kInf = __builtin_inf();
constexpr double kNan = __builtin_nan("");
constexpr double kPi = 3.141592653589793238462643383279502884;
constexpr double kE = 2.718281828459045235360287471352662498;
constexpr double kLn2 = 0.6931471805599453094;
constexpr double kLn10 = 2.302585092994045684;

#include "stdlib/cmath_special.inc"

// Thresholds (as in CPython): beyond kLargeDouble squaring overflows, so the
// functions switch to scaled formulas.
constexpr double kLargeDouble = DBL_MAX / 4.0;
const double kSqrtLargeDouble = std::sqrt(kLargeDouble);
const double kLogLargeDouble = std::log(kLargeDouble);
const double kSqrtDblMin = std::sqrt(DBL_MIN);
// Scaling exponents for sqrt of subnormal arguments.
constexpr int kScaleUp = 2 * (DBL_MANT_DIG / 2) + 1;
constexpr int kScaleDown = -(kScaleUp + 1) / 2;

// The class of a double for the special-value tables.
int special_class(double d) {
  if (std::isfinite(d)) {
    if (d != 0) return std::copysign(1.0, d) == 1.0 ? 4 : 1;
    return std::copysign(1.0, d) == 1.0 ? 3 : 2;
  }
  if (std::isnan(d)) return 6;
  return std::copysign(1.0, d) == 1.0 ? 5 : 0;
}

bool non_finite(CComplex z) { return !std::isfinite(z.real) || !std::isfinite(z.imag); }
CComplex table(const CComplex t[7][7], CComplex z) { return t[special_class(z.real)][special_class(z.imag)]; }
CComplex neg(CComplex z) { return {-z.real, -z.imag}; }

// Each function sets errno: 0, EDOM (ValueError) or ERANGE (OverflowError).
CComplex c_sqrt(CComplex z) {
  if (non_finite(z)) {
    errno = 0;
    return table(kSqrtSpecial, z);
  }
  if (z.real == 0.0 && z.imag == 0.0) {
    errno = 0;
    return {0.0, z.imag};
  }
  double ax = std::fabs(z.real), ay = std::fabs(z.imag), s;
  if (ax < DBL_MIN && ay < DBL_MIN) {
    // hypot(ax, ay) would be subnormal: scale up first
    ax = std::ldexp(ax, kScaleUp);
    s = std::ldexp(std::sqrt(ax + std::hypot(ax, std::ldexp(ay, kScaleUp))), kScaleDown);
  } else {
    ax /= 8.0;
    s = 2.0 * std::sqrt(ax + std::hypot(ax, ay / 8.0));
  }
  double d = ay / (2.0 * s);
  errno = 0;
  if (z.real >= 0.0) return {s, std::copysign(d, z.imag)};
  return {d, std::copysign(s, z.imag)};
}

CComplex c_acos(CComplex z) {
  if (non_finite(z)) {
    errno = 0;
    return table(kAcosSpecial, z);
  }
  CComplex r;
  if (std::fabs(z.real) > kLargeDouble || std::fabs(z.imag) > kLargeDouble) {
    r.real = std::atan2(std::fabs(z.imag), z.real);
    double m = std::log(std::hypot(z.real / 2.0, z.imag / 2.0)) + kLn2 * 2.0;
    r.imag = z.real < 0.0 ? -std::copysign(m, z.imag) : std::copysign(m, -z.imag);
  } else {
    CComplex s1 = c_sqrt({1.0 - z.real, -z.imag});
    CComplex s2 = c_sqrt({1.0 + z.real, z.imag});
    r.real = 2.0 * std::atan2(s1.real, s2.real);
    r.imag = std::asinh(s2.real * s1.imag - s2.imag * s1.real);
  }
  errno = 0;
  return r;
}

CComplex c_acosh(CComplex z) {
  if (non_finite(z)) {
    errno = 0;
    return table(kAcoshSpecial, z);
  }
  CComplex r;
  if (std::fabs(z.real) > kLargeDouble || std::fabs(z.imag) > kLargeDouble) {
    r.real = std::log(std::hypot(z.real / 2.0, z.imag / 2.0)) + kLn2 * 2.0;
    r.imag = std::atan2(z.imag, z.real);
  } else {
    CComplex s1 = c_sqrt({z.real - 1.0, z.imag});
    CComplex s2 = c_sqrt({z.real + 1.0, z.imag});
    r.real = std::asinh(s1.real * s2.real + s1.imag * s2.imag);
    r.imag = 2.0 * std::atan2(s1.imag, s2.real);
  }
  errno = 0;
  return r;
}

CComplex c_asinh(CComplex z) {
  if (non_finite(z)) {
    errno = 0;
    return table(kAsinhSpecial, z);
  }
  CComplex r;
  if (std::fabs(z.real) > kLargeDouble || std::fabs(z.imag) > kLargeDouble) {
    double m = std::log(std::hypot(z.real / 2.0, z.imag / 2.0)) + kLn2 * 2.0;
    r.real = z.imag >= 0.0 ? std::copysign(m, z.real) : -std::copysign(m, -z.real);
    r.imag = std::atan2(z.imag, std::fabs(z.real));
  } else {
    CComplex s1 = c_sqrt({1.0 + z.imag, -z.real});
    CComplex s2 = c_sqrt({1.0 - z.imag, z.real});
    r.real = std::asinh(s1.real * s2.imag - s2.real * s1.imag);
    r.imag = std::atan2(z.imag, s1.real * s2.real - s1.imag * s2.imag);
  }
  errno = 0;
  return r;
}

// asin(z) = -i asinh(iz)
CComplex c_asin(CComplex z) {
  CComplex s = c_asinh({-z.imag, z.real});
  return {s.imag, -s.real};
}

CComplex c_atanh(CComplex z) {
  if (non_finite(z)) {
    errno = 0;
    return table(kAtanhSpecial, z);
  }
  if (z.real < 0.0) return neg(c_atanh(neg(z)));   // atanh(z) = -atanh(-z)
  CComplex r;
  double ay = std::fabs(z.imag);
  if (z.real > kSqrtLargeDouble || ay > kSqrtLargeDouble) {
    // large |z|: atanh(z) ~ 1/z +/- i*pi/2
    double h = std::hypot(z.real / 2.0, z.imag / 2.0);
    r.real = z.real / 4.0 / h / h;
    r.imag = -std::copysign(kPi / 2.0, -z.imag);
    errno = 0;
  } else if (z.real == 1.0 && ay < kSqrtDblMin) {
    if (ay == 0.0) {
      // atanh(1 +/- 0i) is infinite: a domain error
      r.real = kInf;
      r.imag = z.imag;
      errno = EDOM;
    } else {
      r.real = -std::log(std::sqrt(ay) / std::sqrt(std::hypot(ay, 2.0)));
      r.imag = std::copysign(std::atan2(2.0, -ay) / 2, z.imag);
      errno = 0;
    }
  } else {
    r.real = std::log1p(4.0 * z.real / ((1 - z.real) * (1 - z.real) + ay * ay)) / 4.0;
    r.imag = -std::atan2(-2.0 * z.imag, (1 - z.real) * (1 + z.real) - ay * ay) / 2.0;
    errno = 0;
  }
  return r;
}

// atan(z) = -i atanh(iz)
CComplex c_atan(CComplex z) {
  CComplex s = c_atanh({-z.imag, z.real});
  return {s.imag, -s.real};
}

// The infinite-real-part case shared by cosh, sinh and exp: +/-inf times the
// signs of cos(y) and sin(y).
CComplex c_cosh(CComplex z) {
  if (non_finite(z)) {
    CComplex r;
    if (std::isinf(z.real) && std::isfinite(z.imag) && z.imag != 0.0) {
      r.real = std::copysign(kInf, std::cos(z.imag));
      r.imag = z.real > 0 ? std::copysign(kInf, std::sin(z.imag)) : -std::copysign(kInf, std::sin(z.imag));
    } else {
      r = table(kCoshSpecial, z);
    }
    errno = std::isinf(z.imag) && !std::isnan(z.real) ? EDOM : 0;
    return r;
  }
  CComplex r;
  if (std::fabs(z.real) > kLogLargeDouble) {
    // cosh(x) overflows before cosh(z) does
    double x_minus_one = z.real - std::copysign(1.0, z.real);
    r.real = std::cos(z.imag) * std::cosh(x_minus_one) * kE;
    r.imag = std::sin(z.imag) * std::sinh(x_minus_one) * kE;
  } else {
    r.real = std::cos(z.imag) * std::cosh(z.real);
    r.imag = std::sin(z.imag) * std::sinh(z.real);
  }
  errno = std::isinf(r.real) || std::isinf(r.imag) ? ERANGE : 0;
  return r;
}

// cos(z) = cosh(iz)
CComplex c_cos(CComplex z) { return c_cosh({-z.imag, z.real}); }

CComplex c_sinh(CComplex z) {
  if (non_finite(z)) {
    CComplex r;
    if (std::isinf(z.real) && std::isfinite(z.imag) && z.imag != 0.0) {
      r.real = z.real > 0 ? std::copysign(kInf, std::cos(z.imag)) : -std::copysign(kInf, std::cos(z.imag));
      r.imag = std::copysign(kInf, std::sin(z.imag));
    } else {
      r = table(kSinhSpecial, z);
    }
    errno = std::isinf(z.imag) && !std::isnan(z.real) ? EDOM : 0;
    return r;
  }
  CComplex r;
  if (std::fabs(z.real) > kLogLargeDouble) {
    double x_minus_one = z.real - std::copysign(1.0, z.real);
    r.real = std::cos(z.imag) * std::sinh(x_minus_one) * kE;
    r.imag = std::sin(z.imag) * std::cosh(x_minus_one) * kE;
  } else {
    r.real = std::cos(z.imag) * std::sinh(z.real);
    r.imag = std::sin(z.imag) * std::cosh(z.real);
  }
  errno = std::isinf(r.real) || std::isinf(r.imag) ? ERANGE : 0;
  return r;
}

// sin(z) = -i sinh(iz)
CComplex c_sin(CComplex z) {
  CComplex s = c_sinh({-z.imag, z.real});
  return {s.imag, -s.real};
}

CComplex c_tanh(CComplex z) {
  if (non_finite(z)) {
    CComplex r;
    if (std::isinf(z.real) && std::isfinite(z.imag) && z.imag != 0.0) {
      r.real = z.real > 0 ? 1.0 : -1.0;
      r.imag = std::copysign(0.0, 2.0 * std::sin(z.imag) * std::cos(z.imag));
    } else {
      r = table(kTanhSpecial, z);
    }
    errno = std::isinf(z.imag) && std::isfinite(z.real) ? EDOM : 0;
    return r;
  }
  CComplex r;
  if (std::fabs(z.real) > kLogLargeDouble) {
    // 2*x would overflow
    r.real = std::copysign(1.0, z.real);
    r.imag = 4.0 * std::sin(z.imag) * std::cos(z.imag) * std::exp(-2.0 * std::fabs(z.real));
  } else {
    double tx = std::tanh(z.real);
    double ty = std::tan(z.imag);
    double cx = 1.0 / std::cosh(z.real);
    double txty = tx * ty;
    double denom = 1.0 + txty * txty;
    r.real = tx * (1.0 + ty * ty) / denom;
    r.imag = ((ty / denom) * cx) * cx;
  }
  errno = 0;
  return r;
}

// tan(z) = -i tanh(iz)
CComplex c_tan(CComplex z) {
  CComplex s = c_tanh({-z.imag, z.real});
  return {s.imag, -s.real};
}

CComplex c_exp(CComplex z) {
  if (non_finite(z)) {
    CComplex r;
    if (std::isinf(z.real) && std::isfinite(z.imag) && z.imag != 0.0) {
      if (z.real > 0) {
        r.real = std::copysign(kInf, std::cos(z.imag));
        r.imag = std::copysign(kInf, std::sin(z.imag));
      } else {
        r.real = std::copysign(0.0, std::cos(z.imag));
        r.imag = std::copysign(0.0, std::sin(z.imag));
      }
    } else {
      r = table(kExpSpecial, z);
    }
    errno = std::isinf(z.imag) && (std::isfinite(z.real) || (std::isinf(z.real) && z.real > 0)) ? EDOM : 0;
    return r;
  }
  CComplex r;
  if (z.real > kLogLargeDouble) {
    double l = std::exp(z.real - 1.0);
    r.real = l * std::cos(z.imag) * kE;
    r.imag = l * std::sin(z.imag) * kE;
  } else {
    double l = std::exp(z.real);
    r.real = l * std::cos(z.imag);
    r.imag = l * std::sin(z.imag);
  }
  errno = std::isinf(r.real) || std::isinf(r.imag) ? ERANGE : 0;
  return r;
}

CComplex c_log(CComplex z) {
  if (non_finite(z)) {
    errno = 0;
    return table(kLogSpecial, z);
  }
  CComplex r;
  double ax = std::fabs(z.real), ay = std::fabs(z.imag);
  if (ax > kLargeDouble || ay > kLargeDouble) {
    r.real = std::log(std::hypot(ax / 2.0, ay / 2.0)) + kLn2;
  } else if (ax < DBL_MIN && ay < DBL_MIN) {
    if (ax > 0.0 || ay > 0.0) {
      // hypot would be subnormal
      r.real = std::log(std::hypot(std::ldexp(ax, DBL_MANT_DIG), std::ldexp(ay, DBL_MANT_DIG))) -
               DBL_MANT_DIG * kLn2;
    } else {
      // log(+/-0 +/- 0i)
      r.real = -kInf;
      r.imag = std::atan2(z.imag, z.real);
      errno = EDOM;
      return r;
    }
  } else {
    double h = std::hypot(ax, ay);
    if (0.71 <= h && h <= 1.73) {
      // near |z| = 1, log1p keeps the precision
      double am = ax > ay ? ax : ay;
      double an = ax > ay ? ay : ax;
      r.real = std::log1p((am - 1) * (am + 1) + an * an) / 2.0;
    } else {
      r.real = std::log(h);
    }
  }
  r.imag = std::atan2(z.imag, z.real);
  errno = 0;
  return r;
}

CComplex c_log10(CComplex z) {
  CComplex s = c_log(z);
  int saved = errno;
  CComplex r{s.real / kLn10, s.imag / kLn10};
  errno = saved;
  return r;
}

// complex division as CPython's _Py_c_quot (EDOM on division by zero)
CComplex c_quot(CComplex a, CComplex b) {
  double abs_breal = b.real < 0 ? -b.real : b.real;
  double abs_bimag = b.imag < 0 ? -b.imag : b.imag;
  if (abs_breal >= abs_bimag) {
    if (abs_breal == 0.0) {
      errno = EDOM;
      return {0.0, 0.0};
    }
    double ratio = b.imag / b.real;
    double denom = b.real + b.imag * ratio;
    return {(a.real + a.imag * ratio) / denom, (a.imag - a.real * ratio) / denom};
  }
  if (abs_bimag >= abs_breal) {
    double ratio = b.real / b.imag;
    double denom = b.real * ratio + b.imag;
    return {(a.real * ratio + a.imag) / denom, (a.imag * ratio - a.real) / denom};
  }
  return {kNan, kNan};   // a NaN part
}

// atan2 with C99's special values (as CPython's c_atan2).
double c_atan2(CComplex z) {
  if (std::isnan(z.real) || std::isnan(z.imag)) return kNan;
  if (std::isinf(z.imag)) {
    if (std::isinf(z.real)) {
      if (std::copysign(1.0, z.real) == 1.0) return std::copysign(0.25 * kPi, z.imag);
      return std::copysign(0.75 * kPi, z.imag);
    }
    return std::copysign(0.5 * kPi, z.imag);
  }
  if (std::isinf(z.real) || z.imag == 0.0) {
    if (std::copysign(1.0, z.real) == 1.0) return std::copysign(0.0, z.imag);
    return std::copysign(kPi, z.imag);
  }
  return std::atan2(z.imag, z.real);
}

// abs(z) as CPython's _Py_c_abs (ERANGE when finite parts overflow)
double c_abs(CComplex z) {
  if (non_finite(z)) {
    errno = 0;
    if (std::isinf(z.real)) return std::fabs(z.real);
    if (std::isinf(z.imag)) return std::fabs(z.imag);
    return kNan;
  }
  double r = std::hypot(z.real, z.imag);
  errno = std::isfinite(r) ? 0 : ERANGE;
  return r;
}

// ---------------------------------------------------------------- arguments and errors
Value math_error(ThreadState* ts) {
  if (errno == EDOM) return raise(ts, Exc::ValueError, "math domain error");
  if (errno == ERANGE) return raise(ts, Exc::OverflowError, "math range error");
  return raise(ts, Exc::ValueError, "unexpected math error");
}

// A complex argument: complex, __complex__, or a real number (CPython's "D").
bool as_ccomplex(ThreadState* ts, Value v, CComplex* out) {
  if (v.is_obj() && is_complex(ts, v)) {
    auto* c = v.as<ComplexObject>();
    *out = {c->real, c->imag};
    return true;
  }
  bool is_method = false;
  Value f = lookup_special(ts, v, intern(ts, "__complex__"), &is_method);
  if (f) {
    Ref fr(f);
    Ref r(is_method ? call1(ts, f, v) : call0(ts, f));
    if (!r) return false;
    if (!r.get().is_obj() || !is_complex(ts, r.get())) {
      raisef(ts, Exc::TypeError, "__complex__ returned non-complex (type %s)", type_name(ts, r.get()));
      return false;
    }
    auto* c = r.as<ComplexObject>();
    *out = {c->real, c->imag};
    return true;
  }
  if (err_occurred(ts)) return false;
  double d;
  if (!as_double(ts, v, &d)) return false;
  *out = {d, 0.0};
  return true;
}

bool one_arg(ThreadState* ts, const char* name, size_t nargs, TupleObject* kw) {
  if (kw && kw->size) {
    raisef(ts, Exc::TypeError, "cmath.%s() takes no keyword arguments", name);
    return false;
  }
  if (nargs != 1) {
    raisef(ts, Exc::TypeError, "cmath.%s() takes exactly one argument (%zu given)", name, nargs);
    return false;
  }
  return true;
}

Value complex_result(ThreadState* ts, CComplex r) {
  if (errno != 0) return math_error(ts);
  return complex_new(ts, r.real, r.imag);
}

#define CMATH_FUNC1(pyname, cfunc)                                                              \
  Value m_##pyname(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {  \
    if (!one_arg(ts, #pyname, nargs, kw)) return Value();                                       \
    CComplex z;                                                                                 \
    if (!as_ccomplex(ts, args[0], &z)) return Value();                                          \
    errno = 0;                                                                                  \
    return complex_result(ts, cfunc(z));                                                        \
  }
CMATH_FUNC1(acos, c_acos)
CMATH_FUNC1(acosh, c_acosh)
CMATH_FUNC1(asin, c_asin)
CMATH_FUNC1(asinh, c_asinh)
CMATH_FUNC1(atan, c_atan)
CMATH_FUNC1(atanh, c_atanh)
CMATH_FUNC1(cos, c_cos)
CMATH_FUNC1(cosh, c_cosh)
CMATH_FUNC1(exp, c_exp)
CMATH_FUNC1(log10, c_log10)
CMATH_FUNC1(sin, c_sin)
CMATH_FUNC1(sinh, c_sinh)
CMATH_FUNC1(sqrt, c_sqrt)
CMATH_FUNC1(tan, c_tan)
CMATH_FUNC1(tanh, c_tanh)
#undef CMATH_FUNC1

Value m_log(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (kw && kw->size) return raise(ts, Exc::TypeError, "cmath.log() takes no keyword arguments");
  if (nargs < 1) return raisef(ts, Exc::TypeError, "log expected at least 1 argument, got %zu", nargs);
  if (nargs > 2) return raisef(ts, Exc::TypeError, "log expected at most 2 arguments, got %zu", nargs);
  CComplex x, y;
  if (!as_ccomplex(ts, args[0], &x)) return Value();
  if (nargs == 2 && !as_ccomplex(ts, args[1], &y)) return Value();
  errno = 0;
  CComplex r = c_log(x);
  if (nargs == 2) {
    // as in CPython, log(y)'s errno replaces log(x)'s; the division may add EDOM
    CComplex ly = c_log(y);
    r = c_quot(r, ly);
  }
  return complex_result(ts, r);
}

Value m_phase(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!one_arg(ts, "phase", nargs, kw)) return Value();
  CComplex z;
  if (!as_ccomplex(ts, args[0], &z)) return Value();
  errno = 0;
  double phi = c_atan2(z);
  if (errno != 0) return math_error(ts);
  return float_new(ts, phi);
}

Value m_polar(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!one_arg(ts, "polar", nargs, kw)) return Value();
  CComplex z;
  if (!as_ccomplex(ts, args[0], &z)) return Value();
  errno = 0;
  double phi = c_atan2(z);
  double r = c_abs(z);
  if (errno != 0) return math_error(ts);
  Ref a(float_new(ts, r));
  Ref b(float_new(ts, phi));
  if (!a || !b) return Value();
  return tuple_pack(ts, {a.get(), b.get()});
}

Value m_rect(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "rect", kw)) return Value();
  if (nargs != 2) return raisef(ts, Exc::TypeError, "rect expected 2 arguments, got %zu", nargs);
  double r, phi;
  if (!as_double(ts, args[0], &r) || !as_double(ts, args[1], &phi)) return Value();
  CComplex z;
  errno = 0;
  if (!std::isfinite(r) || !std::isfinite(phi)) {
    if (std::isinf(r) && std::isfinite(phi) && phi != 0.0) {
      if (r > 0) {
        z.real = std::copysign(kInf, std::cos(phi));
        z.imag = std::copysign(kInf, std::sin(phi));
      } else {
        z.real = -std::copysign(kInf, std::cos(phi));
        z.imag = -std::copysign(kInf, std::sin(phi));
      }
    } else {
      z = kRectSpecial[special_class(r)][special_class(phi)];
    }
    // a nonzero modulus with an infinite angle has no direction
    errno = r != 0.0 && !std::isnan(r) && std::isinf(phi) ? EDOM : 0;
  } else if (phi == 0.0) {
    z.real = r;
    z.imag = r * phi;
  } else {
    z.real = r * std::cos(phi);
    z.imag = r * std::sin(phi);
  }
  return complex_result(ts, z);
}

Value bool_result(bool b) { return Value::boolean(b); }

#define CMATH_PRED(pyname, expr)                                                                 \
  Value m_##pyname(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {  \
    if (!one_arg(ts, #pyname, nargs, kw)) return Value();                                       \
    CComplex z;                                                                                 \
    if (!as_ccomplex(ts, args[0], &z)) return Value();                                          \
    return bool_result(expr);                                                                   \
  }
CMATH_PRED(isfinite, std::isfinite(z.real) && std::isfinite(z.imag))
CMATH_PRED(isnan, std::isnan(z.real) || std::isnan(z.imag))
CMATH_PRED(isinf, std::isinf(z.real) || std::isinf(z.imag))
#undef CMATH_PRED

Value m_isclose(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kwnames) {
  static constexpr const char* kNames[] = {"a", "b", "rel_tol", "abs_tol"};
  if (nargs > 2)
    return raisef(ts, Exc::TypeError, "isclose() takes exactly 2 positional arguments (%zu given)", nargs);
  Value av[4];
  if (!parse_args(ts, "isclose", args, nargs, kwnames, kNames, 4, 0, 2, 2, av)) return Value();
  CComplex a, b;
  if (!as_ccomplex(ts, av[0], &a) || !as_ccomplex(ts, av[1], &b)) return Value();
  double rel_tol = 1e-09, abs_tol = 0.0;
  if (av[2] && !as_double(ts, av[2], &rel_tol)) return Value();
  if (av[3] && !as_double(ts, av[3], &abs_tol)) return Value();
  if (rel_tol < 0.0 || abs_tol < 0.0) return raise(ts, Exc::ValueError, "tolerances must be non-negative");
  if (a.real == b.real && a.imag == b.imag) return Value::True();
  // infinities of opposite sign, or an infinity and a finite number
  if (std::isinf(a.real) || std::isinf(a.imag) || std::isinf(b.real) || std::isinf(b.imag)) return Value::False();
  double diff = c_abs({a.real - b.real, a.imag - b.imag});
  bool close = diff <= rel_tol * c_abs(b) || diff <= rel_tol * c_abs(a) || diff <= abs_tol;
  return Value::boolean(close);
}

const MethodDef kCmathMethods[] = {
    {"acos", m_acos, kMethNormal, "Return the arc cosine of z."},
    {"acosh", m_acosh, kMethNormal, "Return the inverse hyperbolic cosine of z."},
    {"asin", m_asin, kMethNormal, "Return the arc sine of z."},
    {"asinh", m_asinh, kMethNormal, "Return the inverse hyperbolic sine of z."},
    {"atan", m_atan, kMethNormal, "Return the arc tangent of z."},
    {"atanh", m_atanh, kMethNormal, "Return the inverse hyperbolic tangent of z."},
    {"cos", m_cos, kMethNormal, "Return the cosine of z."},
    {"cosh", m_cosh, kMethNormal, "Return the hyperbolic cosine of z."},
    {"exp", m_exp, kMethNormal, "Return the exponential value e**z."},
    {"isclose", m_isclose, kMethNormal, "Determine whether two complex numbers are close in value."},
    {"isfinite", m_isfinite, kMethNormal, "Return True if both the real and imaginary parts of z are finite, else False."},
    {"isinf", m_isinf, kMethNormal, "Checks if the real or imaginary part of z is infinite."},
    {"isnan", m_isnan, kMethNormal, "Checks if the real or imaginary part of z not a number (NaN)."},
    {"log", m_log, kMethNormal, "log(z[, base]) -> the logarithm of z to the given base."},
    {"log10", m_log10, kMethNormal, "Return the base-10 logarithm of z."},
    {"phase", m_phase, kMethNormal, "Return argument, also known as the phase angle, of a complex."},
    {"polar", m_polar, kMethNormal, "Convert a complex from rectangular coordinates to polar coordinates."},
    {"rect", m_rect, kMethNormal, "Convert from polar coordinates to rectangular coordinates."},
    {"sin", m_sin, kMethNormal, "Return the sine of z."},
    {"sinh", m_sinh, kMethNormal, "Return the hyperbolic sine of z."},
    {"sqrt", m_sqrt, kMethNormal, "Return the square root of z."},
    {"tan", m_tan, kMethNormal, "Return the tangent of z."},
    {"tanh", m_tanh, kMethNormal, "Return the hyperbolic tangent of z."},
    {nullptr, nullptr},
};

bool cmath_init(ThreadState* ts, ModuleObject* m) {
  struct Const {
    const char* name;
    double real, imag;
    bool is_complex;
  };
  const Const consts[] = {
      {"pi", kPi, 0, false},  {"e", kE, 0, false},      {"tau", 2 * kPi, 0, false}, {"inf", kInf, 0, false},
      {"infj", 0, kInf, true}, {"nan", kNan, 0, false}, {"nanj", 0, kNan, true},
  };
  for (const Const& c : consts) {
    Ref v(c.is_complex ? complex_new(ts, c.real, c.imag) : float_new(ts, c.real));
    if (!v || !module_add(ts, m, c.name, v.get())) return false;
  }
  return true;
}

}  // namespace

const ModuleDef cmath_module_def = {
    .name = "cmath",
    .doc = "This module provides access to mathematical functions for complex\nnumbers.",
    .methods = kCmathMethods,
    .init = cmath_init,
};

}  // namespace minipy
