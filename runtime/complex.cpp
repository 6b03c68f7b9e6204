// runtime/complex.cpp — the complex type: construction (numbers and strings),
// CPython's repr, arithmetic mixed with int/float (CPython's division and power
// algorithms), abs, ==, hash. Must not: hold process-wide state.
#include <cerrno>
#include <cmath>
#include <cstring>

#include "runtime/int_internal.h"
#include "runtime/runtime.h"

namespace minipy {

namespace {
struct C {
  double r, i;
};
inline bool is_complex_obj(ThreadState* ts, Value v) {
  return v.is_obj() && is_subtype(v.obj()->type, ts->interp->types.complex);
}
inline C cval(Value v) {
  auto* o = v.as<ComplexObject>();
  return {o->real, o->imag};
}
}  // namespace

Value complex_new(ThreadState* ts, double real, double imag) {
  auto* o = static_cast<ComplexObject*>(alloc_object(ts, ts->interp->types.complex));
  if (!o) return Value();
  o->real = real;
  o->imag = imag;
  return Value::from_obj(o);
}

bool is_complex(ThreadState* ts, Value v) { return is_complex_obj(ts, v); }

namespace {

C c_prod(C a, C b) { return {a.r * b.r - a.i * b.i, a.r * b.i + a.i * b.r}; }

// CPython's _Py_c_quot; sets *edom on division by zero.
C c_quot(C a, C b, bool* edom) {
  double abr = std::fabs(b.r), abi = std::fabs(b.i);
  if (abr >= abi) {
    if (abr == 0.0) { *edom = true; return {0.0, 0.0}; }
    double ratio = b.i / b.r, denom = b.r + b.i * ratio;
    return {(a.r + a.i * ratio) / denom, (a.i - a.r * ratio) / denom};
  }
  if (abi >= abr) {
    double ratio = b.r / b.i, denom = b.r * ratio + b.i;
    return {(a.r * ratio + a.i) / denom, (a.i * ratio - a.r) / denom};
  }
  return {NAN, NAN};
}

C c_pow(C a, C b, bool* edom) {
  if (b.r == 0.0 && b.i == 0.0) return {1.0, 0.0};
  if (a.r == 0.0 && a.i == 0.0) {
    if (b.i != 0.0 || b.r < 0.0) *edom = true;
    return {0.0, 0.0};
  }
  double vabs = std::hypot(a.r, a.i), len = std::pow(vabs, b.r), at = std::atan2(a.i, a.r), phase = at * b.r;
  if (b.i != 0.0) {
    len /= std::exp(at * b.i);
    phase += b.i * std::log(vabs);
  }
  return {len * std::cos(phase), len * std::sin(phase)};
}

C c_powu(C x, long n) {
  C r{1.0, 0.0}, p = x;
  long mask = 1;
  while (mask > 0 && n >= mask) {
    if (n & mask) r = c_prod(r, p);
    mask <<= 1;
    p = c_prod(p, p);
  }
  return r;
}

// Operand as complex: false = NotImplemented; *err when an int is too large.
bool get_c(ThreadState* ts, Value v, C* out, bool* err) {
  if (is_complex_obj(ts, v)) { *out = cval(v); return true; }
  if (is_float(ts, v)) { *out = {float_value(v), 0.0}; return true; }
  if (is_intlike(v)) {
    double d;
    if (!int_to_double_checked(ts, v, &d)) *err = true;
    *out = {d, 0.0};
    return true;
  }
  return false;
}

#define COMPLEX_OPERANDS                                                                       \
  C x, y;                                                                                      \
  bool err = false;                                                                            \
  if (!get_c(ts, a, &x, &err) || !get_c(ts, b, &y, &err)) return Value::not_implemented();    \
  if (err) return Value();

Value cx_add(ThreadState* ts, Value a, Value b) { COMPLEX_OPERANDS return complex_new(ts, x.r + y.r, x.i + y.i); }
Value cx_sub(ThreadState* ts, Value a, Value b) { COMPLEX_OPERANDS return complex_new(ts, x.r - y.r, x.i - y.i); }
Value cx_mul(ThreadState* ts, Value a, Value b) {
  COMPLEX_OPERANDS
  C r = c_prod(x, y);
  return complex_new(ts, r.r, r.i);
}
Value cx_truediv(ThreadState* ts, Value a, Value b) {
  COMPLEX_OPERANDS
  bool edom = false;
  C r = c_quot(x, y, &edom);
  if (edom) return raise(ts, Exc::ZeroDivisionError, "complex division by zero");
  return complex_new(ts, r.r, r.i);
}
Value cx_pow(ThreadState* ts, Value a, Value b, Value m) {
  if (!m.is_none()) return raise(ts, Exc::ValueError, "complex modulo");
  COMPLEX_OPERANDS
  return complex_pow_values(ts, x.r, x.i, y.r, y.i);
}
#undef COMPLEX_OPERANDS

Value cx_neg(ThreadState* ts, Value a) { C c = cval(a); return complex_new(ts, -c.r, -c.i); }
Value cx_pos(ThreadState* ts, Value a) {
  if (a.obj()->type == ts->interp->types.complex) return newref(a);
  C c = cval(a);
  return complex_new(ts, c.r, c.i);
}
Value cx_abs(ThreadState* ts, Value a) {
  C c = cval(a);
  double r = std::hypot(c.r, c.i);
  if (std::isinf(r) && std::isfinite(c.r) && std::isfinite(c.i))
    return raise(ts, Exc::OverflowError, "absolute value too large");
  return float_new(ts, r);
}
int cx_bool(ThreadState*, Value a) { C c = cval(a); return c.r != 0.0 || c.i != 0.0; }

Value cx_richcompare(ThreadState* ts, Value a, Value b, CmpOp op) {
  if (op != CmpOp::Eq && op != CmpOp::Ne) return Value::not_implemented();
  if (!is_complex_obj(ts, a)) std::swap(a, b);
  C x = cval(a);
  bool eq;
  if (is_complex_obj(ts, b)) {
    C y = cval(b);
    eq = x.r == y.r && x.i == y.i;
  } else if (is_float(ts, b)) {
    eq = x.i == 0.0 && x.r == float_value(b);
  } else if (is_intlike(b)) {
    if (x.i != 0.0) {
      eq = false;
    } else {
      Ref f(float_new(ts, x.r));
      if (!f) return Value();
      Ref r(ts->interp->types.float_->slots.richcompare(ts, f.get(), b, CmpOp::Eq));
      if (!r) return Value();
      eq = r.get().is_true();
    }
  } else {
    return Value::not_implemented();
  }
  return Value::boolean(op == CmpOp::Eq ? eq : !eq);
}

bool cx_hash(ThreadState*, Value a, int64_t* out) {
  C c = cval(a);
  uint64_t hr = uint64_t(float_hash(c.r)), hi = uint64_t(float_hash(c.i));
  int64_t h = int64_t(hr + 1000003ULL * hi);
  *out = h == -1 ? -2 : h;
  return true;
}

std::string part_repr(double d, bool with_sign) {
  std::string s = float_repr(d);
  if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0) s.resize(s.size() - 2);
  if (with_sign && s[0] != '-') s.insert(0, "+");
  return s;
}

Value cx_repr(ThreadState* ts, Value a) {
  C c = cval(a);
  std::string s;
  if (c.r == 0.0 && !std::signbit(c.r)) {
    s = part_repr(c.i, false) + "j";
  } else {
    s = "(" + part_repr(c.r, false) + part_repr(c.i, true) + "j)";
  }
  return str_new(ts, s);
}

// Longest float token (sign, digits, '.', exponent, underscores, inf/nan) at pos.
bool scan_float(std::string_view s, size_t* pos, double* out) {
  size_t i = *pos, n = s.size(), start = i;
  if (i < n && (s[i] == '+' || s[i] == '-')) ++i;
  auto ieq_at = [&](const char* w) {
    size_t l = strlen(w);
    if (i + l > n) return false;
    for (size_t k = 0; k < l; ++k) if ((s[i + k] | 0x20) != w[k]) return false;
    return true;
  };
  if (ieq_at("infinity")) i += 8;
  else if (ieq_at("inf") || ieq_at("nan")) i += 3;
  else {
    size_t d0 = i;
    while (i < n && (isdigit(uint8_t(s[i])) || s[i] == '_' || s[i] == '.')) ++i;
    if (i == d0) return false;
    if (i < n && (s[i] | 0x20) == 'e') {
      size_t save = i++;
      if (i < n && (s[i] == '+' || s[i] == '-')) ++i;
      size_t e0 = i;
      while (i < n && (isdigit(uint8_t(s[i])) || s[i] == '_')) ++i;
      if (i == e0) i = save;
    }
  }
  std::string_view tok = s.substr(start, i - start);
  Ref f;
  double d;
  // Reuse float()'s grammar check through a scratch parse.
  std::string tmp(tok);
  char* endp = nullptr;
  std::string clean;
  for (size_t k = 0; k < tmp.size(); ++k) {
    if (tmp[k] == '_') {
      if (k == 0 || k + 1 >= tmp.size() || !isdigit(uint8_t(tmp[k - 1])) || !isdigit(uint8_t(tmp[k + 1]))) return false;
      continue;
    }
    clean.push_back(tmp[k]);
  }
  if (clean.empty() || ((clean[0] | 0x20) == 'x')) return false;
  d = std::strtod(clean.c_str(), &endp);
  if (endp != clean.c_str() + clean.size()) return false;
  if (clean.find('x') != std::string::npos || clean.find('X') != std::string::npos) return false;
  *out = d;
  *pos = i;
  return true;
}

bool parse_complex_text(std::string_view s, C* out) {
  s = strip_py_space(s);
  if (s.size() >= 2 && s.front() == '(' && s.back() == ')') s = strip_py_space(s.substr(1, s.size() - 2));
  size_t pos = 0, n = s.size();
  double x = 0, y = 0;
  if (n == 0) return false;
  if (scan_float(s, &pos, &x)) {
    if (pos == n) { *out = {x, 0.0}; return true; }
    if ((s[pos] | 0x20) == 'j' && pos + 1 == n) { *out = {0.0, x}; return true; }
    if (s[pos] != '+' && s[pos] != '-') return false;
    size_t p2 = pos;
    if (scan_float(s, &p2, &y)) {
      if (p2 + 1 == n && (s[p2] | 0x20) == 'j') { *out = {x, y}; return true; }
      return false;
    }
    if (pos + 2 == n && (s[pos + 1] | 0x20) == 'j') { *out = {x, s[pos] == '-' ? -1.0 : 1.0}; return true; }
    return false;
  }
  // "j", "+j", "-j"
  size_t p = 0;
  double sign = 1.0;
  if (s[0] == '+' || s[0] == '-') { sign = s[0] == '-' ? -1.0 : 1.0; p = 1; }
  if (p + 1 == n && (s[p] | 0x20) == 'j') { *out = {0.0, sign}; return true; }
  return false;
}

// A number's complex value for complex(x): __complex__, then float conversion.
bool to_complex_arg(ThreadState* ts, Value v, C* out, bool* is_cx) {
  *is_cx = false;
  if (is_complex_obj(ts, v)) { *out = cval(v); *is_cx = true; return true; }
  bool is_method = false;
  Value f = lookup_special(ts, v, intern(ts, "__complex__"), &is_method);
  if (f) {
    Ref fr(f);
    Ref r(is_method ? call1(ts, f, v) : call0(ts, f));
    if (!r) return false;
    if (!is_complex_obj(ts, r.get())) {
      raisef(ts, Exc::TypeError, "__complex__ returned non-complex (type %s)", type_name(ts, r.get()));
      return false;
    }
    *out = cval(r.get());
    *is_cx = true;
    return true;
  }
  if (err_occurred(ts)) return false;
  double d;
  if (!as_double(ts, v, &d)) return false;
  *out = {d, 0.0};
  return true;
}

Value cx_new_slot(ThreadState* ts, TypeObject* type, const Value* args, size_t nargs, TupleObject* kwnames) {
  static constexpr const char* kNames[] = {"real", "imag"};
  Value av[2];
  if (!parse_args(ts, "complex", args, nargs, kwnames, kNames, 2, 0, 2, 0, av)) return Value();
  C res{0.0, 0.0};
  if (av[0] && is_str(ts, av[0])) {
    if (av[1]) return raise(ts, Exc::TypeError, "complex() can't take second arg if first is a string");
    if (!parse_complex_text(str_view(av[0]), &res)) return raise(ts, Exc::ValueError, "complex() arg is a malformed string");
  } else {
    if (av[1] && is_str(ts, av[1])) return raise(ts, Exc::TypeError, "complex() second arg can't be a string");
    C a{0.0, 0.0}, b{0.0, 0.0};
    bool acx = false, bcx = false;
    if (av[0]) {
      if (av[0] && !is_complex_obj(ts, av[0]) && !is_intlike(av[0]) && !is_float(ts, av[0])) {
        TypeObject* t = type_of(ts, av[0]);
        bool is_method;
        Value f = lookup_special(ts, av[0], intern(ts, "__complex__"), &is_method);
        if (f) decref(f);
        else if (!t->slots.float_ && !t->slots.index)
          return raisef(ts, Exc::TypeError, "complex() first argument must be a string or a number, not '%s'",
                        type_name(ts, av[0]));
      }
      if (!to_complex_arg(ts, av[0], &a, &acx)) return Value();
    }
    if (av[1]) {
      TypeObject* t = type_of(ts, av[1]);
      if (!is_complex_obj(ts, av[1]) && !is_intlike(av[1]) && !is_float(ts, av[1]) && !t->slots.float_ &&
          !t->slots.index)
        return raisef(ts, Exc::TypeError, "complex() second argument must be a number, not '%s'",
                      type_name(ts, av[1]));
      if (!to_complex_arg(ts, av[1], &b, &bcx)) return Value();
    }
    // Only add the parts that exist, so signed zeros survive (complex(0.0, -0.0)).
    res.r = bcx ? a.r - b.i : a.r;
    res.i = acx ? a.i + b.r : b.r;
    if (!av[1]) res.i = acx ? a.i : 0.0;
    if (av[0] && acx && !av[1] && type == ts->interp->types.complex && av[0].obj()->type == type)
      return newref(av[0]);
  }
  auto* o = static_cast<ComplexObject*>(alloc_object(ts, type));
  if (!o) return Value();
  o->real = res.r;
  o->imag = res.i;
  return Value::from_obj(o);
}

void cx_dealloc(Object* o) { free_object(o); }

Value m_conjugate(ThreadState* ts, Value self, const Value*, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "conjugate", kw) || !check_nargs(ts, "conjugate", nargs, 0, 0)) return Value();
  C c = cval(self);
  return complex_new(ts, c.r, -c.i);
}
Value m_getnewargs(ThreadState* ts, Value self, const Value*, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "__getnewargs__", kw) || !check_nargs(ts, "__getnewargs__", nargs, 0, 0)) return Value();
  C c = cval(self);
  Ref r(float_new(ts, c.r));
  if (!r) return Value();
  Ref i(float_new(ts, c.i));
  if (!i) return Value();
  return tuple_pack(ts, {r.get(), i.get()});
}
Value m_format(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "__format__", kw) || !check_nargs(ts, "__format__", nargs, 1, 1)) return Value();
  if (!is_str(ts, args[0]))
    return raisef(ts, Exc::TypeError, "__format__() argument must be str, not %s", type_name(ts, args[0]));
  std::string_view spec = str_view(args[0]);
  if (spec.empty()) return str(ts, self);
  FormatSpec fs;
  if (!parse_format_spec(ts, spec, &fs, "complex")) return Value();
  if (fs.zero_pad || fs.fill == '0')
    return raise(ts, Exc::ValueError, "Zero padding is not allowed in complex format specifier");
  if (fs.align == '=')
    return raise(ts, Exc::ValueError, "'=' alignment flag is not allowed in complex format specifier");
  C c0 = cval(self);
  if (fs.type == 0 && fs.precision < 0) {
    // No type and no precision: repr's digits (no forced ".0"), as str() prints them,
    // with the spec's sign on the first part, then padded as a whole.
    auto part_text = [](double d, char sign) {
      std::string t = float_repr(d);
      if (t.size() > 2 && t.compare(t.size() - 2, 2, ".0") == 0) t.resize(t.size() - 2);
      if (!std::signbit(d) && (sign == '+' || sign == ' ')) t.insert(t.begin(), sign);
      return t;
    };
    std::string s;
    if (c0.r == 0.0 && !std::signbit(c0.r)) {
      s = part_text(c0.i, fs.sign) + "j";
    } else {
      s = "(" + part_text(c0.r, fs.sign) + part_text(c0.i, '+') + "j)";
    }
    return str_new(ts, pad_text(s, fs, '>'));
  }
  // Format both parts with the spec's type (without width), then pad the whole.
  FormatSpec part = fs;
  part.width = -1;
  part.fill = ' ';
  part.align = 0;
  part.zero_pad = false;
  C c = cval(self);
  if (fs.type == 0) part.type = fs.precision >= 0 ? 'g' : 0;
  Ref re(format_float(ts, c.r, part));
  if (!re) return Value();
  FormatSpec ip = part;
  ip.sign = '+';
  Ref im(format_float(ts, c.i, ip));
  if (!im) return Value();
  std::string s;
  if (fs.type == 0 && c.r == 0.0 && !std::signbit(c.r)) {
    FormatSpec ip2 = part;
    Ref im2(format_float(ts, c.i, ip2));
    if (!im2) return Value();
    s = std::string(str_view(im2.get())) + "j";
  } else {
    s = std::string(str_view(re.get())) + std::string(str_view(im.get())) + "j";
    if (fs.type == 0) s = "(" + s + ")";
  }
  return str_new(ts, pad_text(s, fs, '>'));
}
Value g_real(ThreadState* ts, Value self) { return float_new(ts, cval(self).r); }
Value g_imag(ThreadState* ts, Value self) { return float_new(ts, cval(self).i); }

const MethodDef kComplexMethods[] = {
    {"conjugate", m_conjugate},
    {"__getnewargs__", m_getnewargs},
    {"__format__", m_format},
    {nullptr, nullptr},
};
const GetSetDef kComplexGetSets[] = {
    {"real", g_real},
    {"imag", g_imag},
    {nullptr, nullptr},
};

}  // namespace

Value complex_pow_values(ThreadState* ts, double ar, double ai, double br, double bi) {
  C a{ar, ai}, b{br, bi}, p;
  bool edom = false;
  long n = long(br);
  if (bi == 0.0 && br == double(n) && n >= -100 && n <= 100) {
    if (n >= 0) p = c_powu(a, n);
    else p = c_quot({1.0, 0.0}, c_powu(a, -n), &edom);
  } else {
    p = c_pow(a, b, &edom);
  }
  if (edom) return raise(ts, Exc::ZeroDivisionError, "0.0 to a negative or complex power");
  if (std::isinf(p.r) || std::isinf(p.i)) return raise(ts, Exc::OverflowError, "complex exponentiation");
  return complex_new(ts, p.r, p.i);
}

const TypeSpec complex_type_spec = {
    .name = "complex",
    .basicsize = sizeof(ComplexObject),
    .flags = kTypeBaseType,
    .slots =
        {
            .dealloc = cx_dealloc,
            .repr = cx_repr,
            .hash = cx_hash,
            .richcompare = cx_richcompare,
            .new_ = cx_new_slot,
            .add = cx_add,
            .sub = cx_sub,
            .mul = cx_mul,
            .truediv = cx_truediv,
            .pow = cx_pow,
            .neg = cx_neg,
            .pos = cx_pos,
            .abs = cx_abs,
            .bool_ = cx_bool,
        },
    .methods = kComplexMethods,
    .getsets = kComplexGetSets,
    .base_name = nullptr,
    .doc = "Create a complex number from a real part and an optional imaginary part.",
};

}  // namespace minipy
