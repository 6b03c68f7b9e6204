// runtime/weakproxy.cpp — weakref.ProxyType and weakref.CallableProxyType:
// weak references that stand in for their referent. Every operation unwraps
// the proxy operands (a dead one raises ReferenceError "weakly-referenced
// object no longer exists") and repeats the operation on the referents, as
// CPython's proxies do; attribute access is forwarded too (so p.__class__ is
// the referent's class). Proxies are unhashable and cannot be subclassed.
// The layout and the lists are weakrefobject.cpp's.
#include <cstdio>
#include <string>

#include "runtime/weakrefobject.h"

namespace minipy {

namespace {

inline bool is_proxy_value(Value v) {
  if (!v.is_obj()) return false;
  const TypeSpec* s = v.obj()->type->spec;
  return s == &weakref_proxy_type_spec || s == &weakref_callable_proxy_type_spec;
}

// Replace a proxy operand by a strong reference to its referent (other values
// are borrowed as they are); false + ReferenceError for a dead proxy.
bool unwrap(ThreadState* ts, Value v, Ref* out) {
  if (is_proxy_value(v)) {
    Object* o = v.as<WeakrefObject>()->referent;
    if (!o) {
      raise(ts, Exc::ReferenceError, "weakly-referenced object no longer exists");
      return false;
    }
    *out = Ref::borrow(Value::from_obj(o));
  } else {
    *out = Ref::borrow(v);
  }
  return true;
}

#define PROXY_BINARY(fname, expr)                         \
  Value fname(ThreadState* ts, Value a, Value b) {        \
    Ref x, y;                                             \
    if (!unwrap(ts, a, &x) || !unwrap(ts, b, &y)) return Value(); \
    Value l = x.get(), r = y.get();                       \
    return expr;                                          \
  }
#define PROXY_BINOP(fname, op) PROXY_BINARY(fname, binary_op(ts, l, r, BinOp::op))
#define PROXY_INPLACE(fname, op) PROXY_BINARY(fname, inplace_op(ts, l, r, BinOp::op))

PROXY_BINOP(p_add, Add)
PROXY_BINOP(p_sub, Sub)
PROXY_BINOP(p_mul, Mul)
PROXY_BINOP(p_matmul, MatMul)
PROXY_BINOP(p_truediv, TrueDiv)
PROXY_BINOP(p_floordiv, FloorDiv)
PROXY_BINOP(p_mod, Mod)
PROXY_BINOP(p_lshift, LShift)
PROXY_BINOP(p_rshift, RShift)
PROXY_BINOP(p_and, And)
PROXY_BINOP(p_or, Or)
PROXY_BINOP(p_xor, Xor)
PROXY_INPLACE(p_iadd, Add)
PROXY_INPLACE(p_isub, Sub)
PROXY_INPLACE(p_imul, Mul)
PROXY_INPLACE(p_imatmul, MatMul)
PROXY_INPLACE(p_itruediv, TrueDiv)
PROXY_INPLACE(p_ifloordiv, FloorDiv)
PROXY_INPLACE(p_imod, Mod)
PROXY_INPLACE(p_ilshift, LShift)
PROXY_INPLACE(p_irshift, RShift)
PROXY_INPLACE(p_iand, And)
PROXY_INPLACE(p_ior, Or)
PROXY_INPLACE(p_ixor, Xor)

Value builtin_call(ThreadState* ts, const char* name, Value a, Value b) {
  Value f = dict_get_str(ts->interp->builtins_dict, intern(ts, name));
  if (!f) return raisef(ts, Exc::NameError, "name '%s' is not defined", name);
  return call2(ts, f, a, b);
}
PROXY_BINARY(p_divmod, builtin_call(ts, "divmod", l, r))

Value p_pow(ThreadState* ts, Value a, Value b, Value c) {
  Ref x, y, z;
  if (!unwrap(ts, a, &x) || !unwrap(ts, b, &y) || !unwrap(ts, c, &z)) return Value();
  return power(ts, x.get(), y.get(), z.get());
}
Value p_ipow(ThreadState* ts, Value a, Value b, Value c) {
  Ref x, y, z;
  if (!unwrap(ts, a, &x) || !unwrap(ts, b, &y) || !unwrap(ts, c, &z)) return Value();
  if (!z.get().is_none()) return power(ts, x.get(), y.get(), z.get());
  return inplace_op(ts, x.get(), y.get(), BinOp::Pow);
}

#define PROXY_UNARY(fname, expr)                  \
  Value fname(ThreadState* ts, Value a) {         \
    Ref x;                                        \
    if (!unwrap(ts, a, &x)) return Value();       \
    Value o = x.get();                            \
    return expr;                                  \
  }
PROXY_UNARY(p_neg, negative(ts, o))
PROXY_UNARY(p_pos, positive(ts, o))
PROXY_UNARY(p_abs, absolute(ts, o))
PROXY_UNARY(p_invert, invert(ts, o))
PROXY_UNARY(p_int, number_int(ts, o))
PROXY_UNARY(p_float, number_float(ts, o))
PROXY_UNARY(p_index, index(ts, o))
PROXY_UNARY(p_str, str(ts, o))
PROXY_UNARY(p_iter, get_iter(ts, o))

Value p_iternext(ThreadState* ts, Value a) {
  Ref x;
  if (!unwrap(ts, a, &x)) return Value();
  TypeObject* t = type_of(ts, x.get());
  if (!t->slots.iternext)
    return raisef(ts, Exc::TypeError, "Weakref proxy referenced a non-iterator '%s' object", type_name(ts, x.get()));
  return t->slots.iternext(ts, x.get());
}

int p_bool(ThreadState* ts, Value a) {
  Ref x;
  if (!unwrap(ts, a, &x)) return -1;
  return truthy(ts, x.get());
}
bool p_len(ThreadState* ts, Value a, int64_t* out) {
  Ref x;
  if (!unwrap(ts, a, &x)) return false;
  return length(ts, x.get(), out);
}
Value p_getitem(ThreadState* ts, Value a, Value key) {
  Ref x;
  if (!unwrap(ts, a, &x)) return Value();
  return getitem(ts, x.get(), key);
}
bool p_setitem(ThreadState* ts, Value a, Value key, Value v) {
  Ref x;
  if (!unwrap(ts, a, &x)) return false;
  return v ? setitem(ts, x.get(), key, v) : delitem(ts, x.get(), key);
}
int p_contains(ThreadState* ts, Value a, Value item) {
  Ref x;
  if (!unwrap(ts, a, &x)) return -1;
  return contains(ts, x.get(), item);
}
Value p_richcompare(ThreadState* ts, Value a, Value b, CmpOp op) {
  Ref x, y;
  if (!unwrap(ts, a, &x) || !unwrap(ts, b, &y)) return Value();
  return richcompare(ts, x.get(), y.get(), op);
}
Value p_getattr(ThreadState* ts, Value a, StrObject* name) {
  Ref x;
  if (!unwrap(ts, a, &x)) return Value();
  return getattr(ts, x.get(), name);
}
bool p_setattr(ThreadState* ts, Value a, StrObject* name, Value v) {
  Ref x;
  if (!unwrap(ts, a, &x)) return false;
  return setattr(ts, x.get(), name, v);
}
Value p_call(ThreadState* ts, Value a, const Value* args, size_t nargs, TupleObject* kwnames) {
  Ref x;
  if (!unwrap(ts, a, &x)) return Value();
  return call(ts, x.get(), args, nargs, kwnames);
}
bool p_hash(ThreadState* ts, Value a, int64_t*) {
  raisef(ts, Exc::TypeError, "unhashable type: '%s'", a.obj()->type->spec->name);
  return false;
}

Value p_repr(ThreadState* ts, Value a) {
  Object* o = a.as<WeakrefObject>()->referent;
  std::string s;
  char buf[64];
  snprintf(buf, sizeof buf, "<weakproxy at %p to ", static_cast<void*>(a.obj()));
  s += buf;
  if (o) {
    TypeObject* t = o->type;
    s += !type_has(t, kTypeHeapType) && t->spec && t->spec->name ? t->spec->name : type_name(ts, Value::from_obj(o));
    snprintf(buf, sizeof buf, " at %p>", static_cast<void*>(o));
  } else {
    // CPython shows None and its address for a dead proxy.
    s += "NoneType";
    snprintf(buf, sizeof buf, " at %p>", reinterpret_cast<void*>(Value::none().bits()));
  }
  s += buf;
  return str_new(ts, s);
}

Value p_bytes(ThreadState* ts, Value self, const Value*, size_t nargs, TupleObject* kwnames) {
  if (!no_kwargs(ts, "__bytes__", kwnames) || !check_nargs(ts, "__bytes__", nargs, 0, 0)) return Value();
  Ref x;
  if (!unwrap(ts, self, &x)) return Value();
  return call_method0(ts, x.get(), "__bytes__");
}
Value p_reversed(ThreadState* ts, Value self, const Value*, size_t nargs, TupleObject* kwnames) {
  if (!no_kwargs(ts, "__reversed__", kwnames) || !check_nargs(ts, "__reversed__", nargs, 0, 0)) return Value();
  Ref x;
  if (!unwrap(ts, self, &x)) return Value();
  return call_method0(ts, x.get(), "__reversed__");
}

// The proxy lives in the weakref list of its referent and never outlives
// its own memory: same dealloc/traverse/clear as weakref.ref.
void proxy_dealloc(Object* o) { weakref_ref_type_spec.slots.dealloc(o); }
void proxy_traverse(Object* o, VisitFn visit, void* arg) { weakref_ref_type_spec.slots.traverse(o, visit, arg); }
void proxy_clear(Object* o) { weakref_ref_type_spec.slots.clear(o); }

const MethodDef kProxyMethods[] = {
    {"__bytes__", p_bytes},
    {"__reversed__", p_reversed},
    {nullptr, nullptr},
};

#define PROXY_SLOTS(CALL)                                                                                   \
  {                                                                                                         \
    .dealloc = proxy_dealloc, .traverse = proxy_traverse, .clear = proxy_clear, .repr = p_repr,             \
    .str = p_str, .hash = p_hash, .richcompare = p_richcompare, .getattr = p_getattr,                       \
    .setattr = p_setattr, .call = CALL, .iter = p_iter, .iternext = p_iternext, .add = p_add,               \
    .sub = p_sub, .mul = p_mul, .matmul = p_matmul, .truediv = p_truediv, .floordiv = p_floordiv,           \
    .mod = p_mod, .divmod = p_divmod, .lshift = p_lshift, .rshift = p_rshift, .and_ = p_and, .or_ = p_or,   \
    .xor_ = p_xor, .pow = p_pow, .iadd = p_iadd, .isub = p_isub, .imul = p_imul, .imatmul = p_imatmul,      \
    .itruediv = p_itruediv, .ifloordiv = p_ifloordiv, .imod = p_imod, .ilshift = p_ilshift,                 \
    .irshift = p_irshift, .iand = p_iand, .ior = p_ior, .ixor = p_ixor, .ipow = p_ipow, .neg = p_neg,       \
    .pos = p_pos, .abs = p_abs, .invert = p_invert, .bool_ = p_bool, .int_ = p_int, .float_ = p_float,      \
    .index = p_index, .len = p_len, .getitem = p_getitem, .setitem = p_setitem, .contains = p_contains,     \
  }

}  // namespace

const TypeSpec weakref_proxy_type_spec = {
    .name = "weakref.ProxyType",
    .basicsize = sizeof(WeakrefObject),
    .flags = kTypeHasGC,
    .slots = PROXY_SLOTS(nullptr),
    .methods = kProxyMethods,
};

const TypeSpec weakref_callable_proxy_type_spec = {
    .name = "weakref.CallableProxyType",
    .basicsize = sizeof(WeakrefObject),
    .flags = kTypeHasGC,
    .slots = PROXY_SLOTS(p_call),
    .methods = kProxyMethods,
};

}  // namespace minipy
