// runtime/abstract.cpp — the generic operations of object.h: repr/str/hash/
// truth/length, rich comparison and the binary/unary operators with CPython's
// NotImplemented and reflection rules, attribute access (type_lookup with its
// per-type cache, generic_getattr/setattr, lookup_method), item access,
// iteration, calls, isinstance/issubclass, and the C++ recursion guard.
// Must not: know concrete layouts beyond the public APIs of objects.h (type
// internals live in typeobject.cpp), or keep any process-wide mutable state.
#include <pthread.h>

#include <cstring>
#include <new>

#include "runtime/typeobject_internal.h"

namespace minipy {

// ================================================================ recursion guard
void thread_stack_init(ThreadState* ts) {
  pthread_attr_t attr;
  if (pthread_getattr_np(pthread_self(), &attr) != 0) return;
  void* addr = nullptr;
  size_t size = 0;
  if (pthread_attr_getstack(&attr, &addr, &size) == 0 && addr && size) {
    ts->stack_lo = reinterpret_cast<uintptr_t>(addr);
    ts->stack_hi = ts->stack_lo + size;
    // Head-room for the deepest C++ path between two checks (sanitizers
    // make frames several times larger).
#if defined(MINIPY_SANITIZE) || defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
    size_t margin = size_t(2) << 20;
#else
    size_t margin = size_t(256) << 10;
#endif
    if (margin > size / 2) margin = size / 2;
    ts->stack_limit = ts->stack_lo + margin;
  }
  pthread_attr_destroy(&attr);
}

RecursionGuard::RecursionGuard(ThreadState* ts, const char* where) : ts_(ts), ok_(true) {
  ++ts->c_depth;
  int limit = ts->interp->recursion_limit;
  if (stack_exhausted(ts)) {
    ok_ = false;
    raisef(ts, Exc::RecursionError, "maximum recursion depth exceeded%s", where);
    return;
  }
  // CPython 3.11 counts C re-entries and Python frames together against the
  // limit (Py_EnterRecursiveCall and Python calls share recursion_remaining).
  if (ts->c_depth + ts->py_depth > limit) {
    ok_ = false;
    raisef(ts, Exc::RecursionError, "maximum recursion depth exceeded%s", where);
  }
}
RecursionGuard::~RecursionGuard() { --ts_->c_depth; }

// ================================================================ type lookup with cache
struct TypeLookupCache {
  struct Entry {
    StrObject* name;
    Value value;       // borrowed from a dict along the MRO; null = not found
    uint32_t version;  // the type's version when cached (0 = empty)
  };
  static constexpr size_t kSize = 64;
  Entry e[kSize];
};

static Value type_lookup_uncached(TypeObject* type, StrObject* name) {
  if (TupleObject* mro = type->mro) {
    for (int64_t i = 0, n = mro->size; i < n; i++) {
      TypeObject* t = mro->items[i].as<TypeObject>();
      if (t->dict) {
        Value v = dict_get_str(t->dict, name);
        if (v) return v;
      }
    }
    return Value();
  }
  for (TypeObject* t = type; t; t = t->base) {  // during construction, before the MRO exists
    if (t->dict) {
      Value v = dict_get_str(t->dict, name);
      if (v) return v;
    }
  }
  return Value();
}

Value type_lookup(TypeObject* type, StrObject* name) {
  if (!name->interned || type->version == 0) return type_lookup_uncached(type, name);
  TypeLookupCache* c = type->lookup_cache;
  if (!c) {
    c = static_cast<TypeLookupCache*>(mem_alloc(sizeof(TypeLookupCache)));
    if (!c) return type_lookup_uncached(type, name);
    new (c) TypeLookupCache{};
    type->lookup_cache = c;
  }
  uintptr_t h = reinterpret_cast<uintptr_t>(name);
  TypeLookupCache::Entry& e = c->e[((h >> 4) ^ (h >> 11)) & (TypeLookupCache::kSize - 1)];
  if (e.name == name && e.version == type->version) return e.value;
  Value v = type_lookup_uncached(type, name);
  e.name = name;
  e.value = v;
  e.version = type->version;
  return v;
}

// ================================================================ repr / str / ascii / format
static Value check_str_result(ThreadState* ts, Value r, const char* what) {
  if (!r) return r;
  if (!is_str(ts, r)) {
    const char* tn = type_name(ts, r);
    decref(r);
    return raisef(ts, Exc::TypeError, "%s returned non-string (type %s)", what, tn);
  }
  return r;
}

Value repr(ThreadState* ts, Value v) {
  TypeObject* t = type_of(ts, v);
  RecursionGuard g(ts, " while getting the repr of an object");
  if (!g.ok()) return Value();
  Value r = t->slots.repr ? t->slots.repr(ts, v) : object_default_repr(ts, v);
  return check_str_result(ts, r, "__repr__");
}

Value str(ThreadState* ts, Value v) {
  TypeObject* t = type_of(ts, v);
  if (t == ts->interp->types.str) return newref(v);
  RecursionGuard g(ts, " while getting the str of an object");
  if (!g.ok()) return Value();
  Value r = t->slots.str ? t->slots.str(ts, v) : repr(ts, v);
  return check_str_result(ts, r, "__str__");
}

static void append_utf8_escape(std::string& out, uint32_t cp) {
  char buf[16];
  if (cp < 0x100) snprintf(buf, sizeof buf, "\\x%02x", cp);
  else if (cp < 0x10000) snprintf(buf, sizeof buf, "\\u%04x", cp);
  else snprintf(buf, sizeof buf, "\\U%08x", cp);
  out += buf;
}

Value ascii(ThreadState* ts, Value v) {
  Ref r(repr(ts, v));
  if (!r) return Value();
  StrObject* s = r.as<StrObject>();
  if (s->ascii) return r.release();
  std::string out;
  const unsigned char* p = reinterpret_cast<const unsigned char*>(s->data);
  const unsigned char* e = p + s->size;
  while (p < e) {
    unsigned c = *p;
    if (c < 0x80) { out += char(c); p++; continue; }
    uint32_t cp; int n;
    if (c >= 0xF0) { cp = c & 7; n = 3; }
    else if (c >= 0xE0) { cp = c & 15; n = 2; }
    else { cp = c & 31; n = 1; }
    p++;
    for (int i = 0; i < n && p < e; i++, p++) cp = (cp << 6) | (*p & 63);
    append_utf8_escape(out, cp);
  }
  return str_new(ts, out);
}

Value format(ThreadState* ts, Value v, Value spec) {
  TypeObject* t = type_of(ts, v);
  bool empty = !spec || (spec.is_obj() && is_str(ts, spec) && spec.as<StrObject>()->size == 0);
  if (empty) {
    if (t == ts->interp->types.str) return newref(v);
    if (t == ts->interp->types.int_) return str(ts, v);
  }
  bool is_method = false;
  Ref meth(lookup_special(ts, v, ts->interp->names.__format__, &is_method));
  if (!meth) {
    if (err_occurred(ts)) return Value();
    return raisef(ts, Exc::TypeError, "Type %s doesn't define __format__", type_cname(t));
  }
  Value sp = spec ? spec : ts->interp->empty_str;
  Value r = is_method ? call2(ts, meth.get(), v, sp) : call1(ts, meth.get(), sp);
  if (r && !is_str(ts, r)) {
    const char* tn = type_name(ts, r);
    decref(r);
    return raisef(ts, Exc::TypeError, "__format__ must return a str, not %s", tn);
  }
  return r;
}

// ================================================================ hash / truth / length
bool hash(ThreadState* ts, Value v, int64_t* out) {
  if (v.is_small_int()) { *out = int_hash(ts, v); return true; }
  TypeObject* t = type_of(ts, v);
  if (t == ts->interp->types.str) { *out = str_hash(v.as<StrObject>()); return true; }
  if (!t->slots.hash) {
    raisef(ts, Exc::TypeError, "unhashable type: '%s'", type_cname(t));
    return false;
  }
  return t->slots.hash(ts, v, out);
}

int truthy(ThreadState* ts, Value v) {
  if (v.is_true()) return 1;
  if (v.is_false() || v.is_none()) return 0;
  if (v.is_small_int()) return v.as_small_int() != 0;
  TypeObject* t = type_of(ts, v);
  if (t->slots.bool_) return t->slots.bool_(ts, v);
  if (t->slots.len) {
    int64_t n;
    if (!t->slots.len(ts, v, &n)) return -1;
    return n != 0;
  }
  return 1;
}

bool length(ThreadState* ts, Value v, int64_t* out) {
  TypeObject* t = type_of(ts, v);
  if (!t->slots.len) {
    raisef(ts, Exc::TypeError, "object of type '%s' has no len()", type_cname(t));
    return false;
  }
  return t->slots.len(ts, v, out);
}

// ================================================================ rich comparison
static const char* const kCmpSymbols[] = {"<", "<=", "==", "!=", ">", ">="};
static inline CmpOp swapped(CmpOp op) {
  static constexpr CmpOp kSwap[] = {CmpOp::Gt, CmpOp::Ge, CmpOp::Eq, CmpOp::Ne, CmpOp::Lt, CmpOp::Le};
  return kSwap[int(op)];
}

static Value do_richcompare(ThreadState* ts, Value v, Value w, CmpOp op) {
  TypeObject* tv = type_of(ts, v);
  TypeObject* tw = type_of(ts, w);
  bool checked_reverse = false;
  if (tv != tw && tw->slots.richcompare && is_subtype(tw, tv)) {
    checked_reverse = true;
    Value r = tw->slots.richcompare(ts, w, v, swapped(op));
    if (!r.is_not_implemented()) return r;
  }
  if (tv->slots.richcompare) {
    Value r = tv->slots.richcompare(ts, v, w, op);
    if (!r.is_not_implemented()) return r;
  }
  if (!checked_reverse && tw->slots.richcompare) {
    Value r = tw->slots.richcompare(ts, w, v, swapped(op));
    if (!r.is_not_implemented()) return r;
  }
  if (op == CmpOp::Eq) return Value::boolean(v == w);
  if (op == CmpOp::Ne) return Value::boolean(v != w);
  return raisef(ts, Exc::TypeError, "'%s' not supported between instances of '%s' and '%s'", kCmpSymbols[int(op)],
                type_cname(tv), type_cname(tw));
}

Value richcompare(ThreadState* ts, Value a, Value b, CmpOp op) {
  if (a.is_small_int() && b.is_small_int()) {
    int64_t x = a.as_small_int(), y = b.as_small_int();
    switch (op) {
      case CmpOp::Lt: return Value::boolean(x < y);
      case CmpOp::Le: return Value::boolean(x <= y);
      case CmpOp::Eq: return Value::boolean(x == y);
      case CmpOp::Ne: return Value::boolean(x != y);
      case CmpOp::Gt: return Value::boolean(x > y);
      case CmpOp::Ge: return Value::boolean(x >= y);
    }
  }
  RecursionGuard g(ts, " in comparison");
  if (!g.ok()) return Value();
  return do_richcompare(ts, a, b, op);
}

int richcompare_bool(ThreadState* ts, Value a, Value b, CmpOp op) {
  if (a == b) {
    if (op == CmpOp::Eq) return 1;
    if (op == CmpOp::Ne) return 0;
  }
  if (a.is_small_int() && b.is_small_int()) {
    int64_t x = a.as_small_int(), y = b.as_small_int();
    switch (op) {
      case CmpOp::Lt: return x < y;
      case CmpOp::Le: return x <= y;
      case CmpOp::Eq: return x == y;
      case CmpOp::Ne: return x != y;
      case CmpOp::Gt: return x > y;
      case CmpOp::Ge: return x >= y;
    }
  }
  if ((op == CmpOp::Eq || op == CmpOp::Ne) && a.is_obj() && b.is_obj()) {
    TypeObject* st = ts->interp->types.str;
    if (a.obj()->type == st && b.obj()->type == st) {
      bool e = str_equal(a.as<StrObject>(), b.as<StrObject>());
      return op == CmpOp::Eq ? e : !e;
    }
  }
  Value r = richcompare(ts, a, b, op);
  if (!r) return -1;
  if (r.is_bool()) return r.is_true();
  int t = truthy(ts, r);
  decref(r);
  return t;
}

int equal(ThreadState* ts, Value a, Value b) { return richcompare_bool(ts, a, b, CmpOp::Eq); }

// ================================================================ binary operators
static const char* const kBinSymbols[] = {"+", "-", "*", "@", "/", "//", "%", "**", "<<", ">>", "&", "|", "^"};
static const char* const kInplaceSymbols[] = {"+=", "-=", "*=", "@=", "/=", "//=", "%=", "**=", "<<=", ">>=",
                                              "&=", "|=", "^="};
const char* binop_symbol(BinOp op) { return kBinSymbols[int(op)]; }

static BinaryFn binary_slot(TypeObject* t, BinOp op) {
  const TypeSlots& s = t->slots;
  switch (op) {
    case BinOp::Add: return s.add;
    case BinOp::Sub: return s.sub;
    case BinOp::Mul: return s.mul;
    case BinOp::MatMul: return s.matmul;
    case BinOp::TrueDiv: return s.truediv;
    case BinOp::FloorDiv: return s.floordiv;
    case BinOp::Mod: return s.mod;
    case BinOp::LShift: return s.lshift;
    case BinOp::RShift: return s.rshift;
    case BinOp::And: return s.and_;
    case BinOp::Or: return s.or_;
    case BinOp::Xor: return s.xor_;
    default: return nullptr;
  }
}
static BinaryFn inplace_slot(TypeObject* t, BinOp op) {
  const TypeSlots& s = t->slots;
  switch (op) {
    case BinOp::Add: return s.iadd;
    case BinOp::Sub: return s.isub;
    case BinOp::Mul: return s.imul;
    case BinOp::MatMul: return s.imatmul;
    case BinOp::TrueDiv: return s.itruediv;
    case BinOp::FloorDiv: return s.ifloordiv;
    case BinOp::Mod: return s.imod;
    case BinOp::LShift: return s.ilshift;
    case BinOp::RShift: return s.irshift;
    case BinOp::And: return s.iand;
    case BinOp::Or: return s.ior;
    case BinOp::Xor: return s.ixor;
    default: return nullptr;
  }
}

// CPython's binary_op1: returns NotImplemented when neither side handles it.
static Value binary_op1(ThreadState* ts, Value a, Value b, BinOp op) {
  TypeObject* ta = type_of(ts, a);
  TypeObject* tb = type_of(ts, b);
  BinaryFn sa = binary_slot(ta, op);
  BinaryFn sb = nullptr;
  if (tb != ta) {
    sb = binary_slot(tb, op);
    if (sb == sa) sb = nullptr;
  }
  if (sa) {
    if (sb && is_subtype(tb, ta)) {
      Value x = sb(ts, a, b);
      if (!x.is_not_implemented()) return x;
      sb = nullptr;
    }
    Value x = sa(ts, a, b);
    if (!x.is_not_implemented()) return x;
  }
  if (sb) return sb(ts, a, b);
  return Value::not_implemented();
}

static Value ternary_op(ThreadState* ts, Value a, Value b, Value c, bool inplace) {
  TypeObject* ta = type_of(ts, a);
  TypeObject* tb = type_of(ts, b);
  if (inplace && ta->slots.ipow) {
    Value x = ta->slots.ipow(ts, a, b, c);
    if (!x.is_not_implemented()) return x;
  }
  TernaryFn sa = ta->slots.pow;
  TernaryFn sb = nullptr;
  if (tb != ta) {
    sb = tb->slots.pow;
    if (sb == sa) sb = nullptr;
  }
  if (sa) {
    if (sb && is_subtype(tb, ta)) {
      Value x = sb(ts, a, b, c);
      if (!x.is_not_implemented()) return x;
      sb = nullptr;
    }
    Value x = sa(ts, a, b, c);
    if (!x.is_not_implemented()) return x;
  }
  if (sb) {
    Value x = sb(ts, a, b, c);
    if (!x.is_not_implemented()) return x;
  }
  if (!c.is_none()) {
    TypeObject* tc = type_of(ts, c);
    TernaryFn sc = tc->slots.pow;
    if (sc && sc != sa && sc != sb) {
      Value x = sc(ts, a, b, c);
      if (!x.is_not_implemented()) return x;
    }
    return raisef(ts, Exc::TypeError, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
                  type_cname(ta), type_cname(tb), type_cname(tc));
  }
  return raisef(ts, Exc::TypeError, "unsupported operand type(s) for %s: '%s' and '%s'",
                inplace ? "**=" : "** or pow()", type_cname(ta), type_cname(tb));
}

// CPython falls back to sq_repeat for `seq * x`; our sequences fold repeat into
// the mul slot, so only the error of that fallback is left to produce here.
static bool is_repeatable_sequence(ThreadState* ts, TypeObject* t) {
  return type_has(t, kTypeStrSubclass | kTypeBytesSubclass | kTypeListSubclass | kTypeTupleSubclass) ||
         is_subtype(t, ts->interp->types.bytearray);
}
static Value mul_fallback_error(ThreadState* ts, Value a, Value b) {
  if (is_repeatable_sequence(ts, type_of(ts, a)))
    return raisef(ts, Exc::TypeError, "can't multiply sequence by non-int of type '%s'", type_name(ts, b));
  if (is_repeatable_sequence(ts, type_of(ts, b)))
    return raisef(ts, Exc::TypeError, "can't multiply sequence by non-int of type '%s'", type_name(ts, a));
  return Value();
}

Value binary_op(ThreadState* ts, Value a, Value b, BinOp op) {
  if (op == BinOp::Pow) return ternary_op(ts, a, b, Value::none(), false);
  Value x = binary_op1(ts, a, b, op);
  if (!x.is_not_implemented()) return x;
  if (op == BinOp::Mul && (mul_fallback_error(ts, a, b), err_occurred(ts))) return Value();
  return raisef(ts, Exc::TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", kBinSymbols[int(op)],
                type_name(ts, a), type_name(ts, b));
}

Value inplace_op(ThreadState* ts, Value a, Value b, BinOp op) {
  if (op == BinOp::Pow) return ternary_op(ts, a, b, Value::none(), true);
  TypeObject* ta = type_of(ts, a);
  if (BinaryFn f = inplace_slot(ta, op)) {
    Value x = f(ts, a, b);
    if (!x.is_not_implemented()) return x;
  }
  Value x = binary_op1(ts, a, b, op);
  if (!x.is_not_implemented()) return x;
  if (op == BinOp::Mul && (mul_fallback_error(ts, a, b), err_occurred(ts))) return Value();
  return raisef(ts, Exc::TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", kInplaceSymbols[int(op)],
                type_name(ts, a), type_name(ts, b));
}

Value power(ThreadState* ts, Value a, Value b, Value mod) {
  return ternary_op(ts, a, b, mod ? mod : Value::none(), false);
}

static Value unary(ThreadState* ts, Value a, UnaryFn f, const char* what) {
  if (!f) return raisef(ts, Exc::TypeError, "bad operand type for %s: '%s'", what, type_name(ts, a));
  return f(ts, a);
}
Value negative(ThreadState* ts, Value a) {
  if (a.is_small_int() && a.as_small_int() != Value::kSmallMin) return Value::small_int(-a.as_small_int());
  return unary(ts, a, type_of(ts, a)->slots.neg, "unary -");
}
Value positive(ThreadState* ts, Value a) { return unary(ts, a, type_of(ts, a)->slots.pos, "unary +"); }
Value absolute(ThreadState* ts, Value a) { return unary(ts, a, type_of(ts, a)->slots.abs, "abs()"); }
Value invert(ThreadState* ts, Value a) { return unary(ts, a, type_of(ts, a)->slots.invert, "unary ~"); }

// ================================================================ numbers
Value index(ThreadState* ts, Value v) {
  if (v.is_small_int() || v.is_bool()) return v;
  TypeObject* t = type_of(ts, v);
  if (type_has(t, kTypeIntSubclass)) return newref(v);
  if (!t->slots.index)
    return raisef(ts, Exc::TypeError, "'%s' object cannot be interpreted as an integer", type_cname(t));
  Value r = t->slots.index(ts, v);
  if (r && !is_int(ts, r)) {
    const char* tn = type_name(ts, r);
    decref(r);
    return raisef(ts, Exc::TypeError, "__index__ returned non-int (type %s)", tn);
  }
  return r;
}

bool index_i64(ThreadState* ts, Value v, int64_t* out) {
  if (v.is_small_int()) { *out = v.as_small_int(); return true; }
  Ref i(index(ts, v));
  if (!i) return false;
  if (!int_as_i64(ts, i.get(), out)) {
    if (err_matches(ts, Exc::OverflowError)) {
      err_clear(ts);
      raisef(ts, Exc::OverflowError, "cannot fit '%s' into an index-sized integer", type_name(ts, v));
    }
    return false;
  }
  return true;
}

// An int-subclass instance (or bool) converted to an exact int.
static Value exact_int(ThreadState* ts, Value v) {
  if (v.is_small_int()) return v;
  if (v.is_bool()) return Value::small_int(v.is_true() ? 1 : 0);
  if (is_int_exact(ts, v)) return newref(v);
  mpz_t z;
  mpz_init(z);
  int_to_mpz(ts, v, z);
  Value r = int_from_mpz(ts, z);
  mpz_clear(z);
  return r;
}

Value number_int(ThreadState* ts, Value v) {
  if (v.is_small_int()) return v;
  TypeObject* t = type_of(ts, v);
  if (t == ts->interp->types.int_) return newref(v);
  if (t->slots.int_) {
    Ref r(t->slots.int_(ts, v));
    if (!r) return Value();
    if (!is_int(ts, r.get()))
      return raisef(ts, Exc::TypeError, "__int__ returned non-int (type %s)", type_name(ts, r.get()));
    return exact_int(ts, r.get());
  }
  if (type_has(t, kTypeIntSubclass)) return exact_int(ts, v);
  if (t->slots.index) {
    Ref r(index(ts, v));
    if (!r) return Value();
    return exact_int(ts, r.get());
  }
  bool is_method = false;
  Ref trunc(lookup_special(ts, v, ts->interp->names.__trunc__, &is_method));
  if (trunc) {
    Ref r(is_method ? call1(ts, trunc.get(), v) : call0(ts, trunc.get()));
    if (!r) return Value();
    if (is_int(ts, r.get())) return exact_int(ts, r.get());
    return index(ts, r.get());
  }
  if (err_occurred(ts)) return Value();
  if (is_str(ts, v)) return int_from_string(ts, str_view(v), 10);
  std::string_view bv;
  if (is_bytes(ts, v) || is_bytearray(ts, v)) {
    if (!bytes_like_view(ts, v, &bv)) return Value();
    return int_from_string(ts, bv, 10);
  }
  if (has_buffer(ts, v)) {  // memoryview, array...: parsed as a bytes copy, as CPython
    if (!bytes_like_view(ts, v, &bv)) return Value();
    Ref copy(bytes_new(ts, bv));
    if (!copy) return Value();
    return number_int(ts, copy.get());
  }
  return raisef(ts, Exc::TypeError, "int() argument must be a string, a bytes-like object or a real number, not '%s'",
                type_cname(t));
}

Value number_float(ThreadState* ts, Value v) {
  TypeObject* t = type_of(ts, v);
  if (t == ts->interp->types.float_) return newref(v);
  if (t->slots.float_) {
    Ref r(t->slots.float_(ts, v));
    if (!r) return Value();
    if (!is_float(ts, r.get()))
      return raisef(ts, Exc::TypeError, "%s.__float__ returned non-float (type %s)", type_cname(t),
                    type_name(ts, r.get()));
    if (type_of(ts, r.get()) != ts->interp->types.float_) return float_new(ts, float_value(r.get()));
    return r.release();
  }
  if (type_has(t, kTypeFloatSubclass)) return float_new(ts, float_value(v));
  if (v.is_small_int() || v.is_bool() || t->slots.index || type_has(t, kTypeIntSubclass)) {
    Ref i(index(ts, v));
    if (!i) return Value();
    bool overflow = false;
    double d = int_as_double(ts, i.get(), &overflow);
    if (overflow) return raise(ts, Exc::OverflowError, "int too large to convert to float");
    return float_new(ts, d);
  }
  if (is_str(ts, v)) return float_from_string(ts, str_view(v));
  std::string_view bv;
  if (is_bytes(ts, v) || is_bytearray(ts, v)) {
    if (!bytes_like_view(ts, v, &bv)) return Value();
    return float_from_string(ts, bv);
  }
  return raisef(ts, Exc::TypeError, "float() argument must be a string or a real number, not '%s'", type_cname(t));
}

// ================================================================ attributes
Value raise_no_attribute(ThreadState* ts, Value obj, StrObject* name) {
  TypeObject* t = type_of(ts, obj);
  if (type_has(t, kTypeTypeSubclass))
    raisef(ts, Exc::AttributeError, "type object '%s' has no attribute '%s'", type_cname(obj.as<TypeObject>()),
           name->data);
  else
    raisef(ts, Exc::AttributeError, "'%s' object has no attribute '%s'", type_cname(t), name->data);
  // Record name/obj for "Did you mean" suggestions in tracebacks.
  Value e = ts->curexc;
  if (e.is_obj() && is_subtype(e.obj()->type, exc_type(ts, Exc::AttributeError))) {
    AttributeErrorObject* ae = e.as<AttributeErrorObject>();
    if (!ae->name) ae->name = newref(Value::from_obj(name));
    if (!ae->obj) ae->obj = newref(obj);
  }
  return Value();
}

static inline bool is_data_descr(TypeObject* dt) { return dt->slots.descr_set != nullptr; }

// The generic attribute protocol. `suppress`: return null without an error when missing.
static Value generic_getattr_impl(ThreadState* ts, Value obj, StrObject* name, bool suppress) {
  TypeObject* type = type_of(ts, obj);
  Value descr = type_lookup(type, name);
  DescrGetFn f = nullptr;
  Ref hold;
  if (descr) {
    hold = Ref::borrow(descr);  // the lookup result must survive __get__/dict side effects
    TypeObject* dt = type_of(ts, descr);
    f = dt->slots.descr_get;
    if (f && is_data_descr(dt)) {
      Value r = f(ts, descr, obj, Value::from_obj(type));
      if (!r && suppress && err_matches(ts, Exc::AttributeError)) err_clear(ts);
      return r;
    }
  }
  if (obj.is_obj() && type->dictoffset) {
    DictObject* d = *instance_dict_ptr(obj.obj());
    if (d) {
      Value v = dict_get_str(d, name);
      if (v) return newref(v);
    }
  }
  if (f) {
    Value r = f(ts, descr, obj, Value::from_obj(type));
    if (!r && suppress && err_matches(ts, Exc::AttributeError)) err_clear(ts);
    return r;
  }
  if (descr) return hold.release();
  if (suppress) return Value();
  return raise_no_attribute(ts, obj, name);
}

Value generic_getattr(ThreadState* ts, Value obj, StrObject* name) {
  return generic_getattr_impl(ts, obj, name, false);
}

bool generic_setattr(ThreadState* ts, Value obj, StrObject* name, Value v) {
  TypeObject* type = type_of(ts, obj);
  Value descr = type_lookup(type, name);
  if (descr) {
    TypeObject* dt = type_of(ts, descr);
    if (dt->slots.descr_set) {
      Ref hold = Ref::borrow(descr);
      return dt->slots.descr_set(ts, descr, obj, v);
    }
  }
  DictObject** dp = obj.is_obj() ? instance_dict_ptr(obj.obj()) : nullptr;
  if (!dp) {
    if (descr)
      raisef(ts, Exc::AttributeError, "'%s' object attribute '%s' is read-only", type_cname(type), name->data);
    else
      raise_no_attribute(ts, obj, name);
    return false;
  }
  if (!v) {
    int r = *dp ? dict_del(ts, *dp, Value::from_obj(name)) : 0;
    if (r < 0) return false;
    if (r == 0) {
      raise_no_attribute(ts, obj, name);
      return false;
    }
    return true;
  }
  if (!*dp) {
    *dp = dict_new(ts);
    if (!*dp) return false;
  }
  return dict_set(ts, *dp, Value::from_obj(name), v);
}

Value getattr(ThreadState* ts, Value obj, StrObject* name) {
  GetAttrFn f = type_of(ts, obj)->slots.getattr;
  if (!f || f == generic_getattr) return generic_getattr_impl(ts, obj, name, false);
  return f(ts, obj, name);
}

Value getattr_opt(ThreadState* ts, Value obj, StrObject* name) {
  GetAttrFn f = type_of(ts, obj)->slots.getattr;
  if (!f || f == generic_getattr) return generic_getattr_impl(ts, obj, name, true);
  Value r = f(ts, obj, name);
  if (!r && err_matches(ts, Exc::AttributeError)) err_clear(ts);
  return r;
}

bool setattr(ThreadState* ts, Value obj, StrObject* name, Value v) {
  SetAttrFn f = type_of(ts, obj)->slots.setattr;
  if (!f) return generic_setattr(ts, obj, name, v);
  return f(ts, obj, name, v);
}
bool delattr(ThreadState* ts, Value obj, StrObject* name) { return setattr(ts, obj, name, Value()); }

Value getattr_str(ThreadState* ts, Value obj, std::string_view name) { return getattr(ts, obj, intern(ts, name)); }

static inline bool is_method_descriptor_type(ThreadState* ts, TypeObject* dt) {
  return dt == ts->interp->types.function || dt == ts->interp->types.method_descr;
}

Value lookup_method(ThreadState* ts, Value obj, StrObject* name, bool* is_method) {
  *is_method = false;
  TypeObject* type = type_of(ts, obj);
  GetAttrFn ga = type->slots.getattr;
  if (ga && ga != generic_getattr) return ga(ts, obj, name);
  Value descr = type_lookup(type, name);
  DescrGetFn f = nullptr;
  bool meth_found = false;
  if (descr) {
    TypeObject* dt = type_of(ts, descr);
    if (is_method_descriptor_type(ts, dt)) {
      meth_found = true;
    } else {
      f = dt->slots.descr_get;
      if (f && is_data_descr(dt)) {
        Ref hold = Ref::borrow(descr);
        return f(ts, descr, obj, Value::from_obj(type));
      }
    }
  }
  if (obj.is_obj() && type->dictoffset) {
    DictObject* d = *instance_dict_ptr(obj.obj());
    if (d) {
      Value v = dict_get_str(d, name);
      if (v) return newref(v);
    }
  }
  if (meth_found) {
    *is_method = true;
    return newref(descr);
  }
  if (f) {
    Ref hold = Ref::borrow(descr);
    return f(ts, descr, obj, Value::from_obj(type));
  }
  if (descr) return newref(descr);
  return raise_no_attribute(ts, obj, name);
}

Value lookup_special(ThreadState* ts, Value obj, StrObject* name, bool* is_method) {
  *is_method = false;
  TypeObject* type = type_of(ts, obj);
  Value descr = type_lookup(type, name);
  if (!descr) return Value();
  TypeObject* dt = type_of(ts, descr);
  if (is_method_descriptor_type(ts, dt)) {
    *is_method = true;
    return newref(descr);
  }
  if (dt->slots.descr_get) {
    Ref hold = Ref::borrow(descr);
    return dt->slots.descr_get(ts, descr, obj, Value::from_obj(type));
  }
  return newref(descr);
}

// ================================================================ items
Value getitem(ThreadState* ts, Value obj, Value key) {
  TypeObject* t = type_of(ts, obj);
  if (t->slots.getitem) return t->slots.getitem(ts, obj, key);
  if (type_has(t, kTypeTypeSubclass)) {
    Ref meth(getattr_opt(ts, obj, ts->interp->names.__class_getitem__));
    if (meth) return call1(ts, meth.get(), key);
    if (err_occurred(ts)) return Value();
    return raisef(ts, Exc::TypeError, "type '%s' is not subscriptable", type_cname(obj.as<TypeObject>()));
  }
  return raisef(ts, Exc::TypeError, "'%s' object is not subscriptable", type_cname(t));
}

bool setitem(ThreadState* ts, Value obj, Value key, Value v) {
  TypeObject* t = type_of(ts, obj);
  if (t->slots.setitem) return t->slots.setitem(ts, obj, key, v);
  raisef(ts, Exc::TypeError, "'%s' object does not support item assignment", type_cname(t));
  return false;
}

bool delitem(ThreadState* ts, Value obj, Value key) {
  TypeObject* t = type_of(ts, obj);
  if (t->slots.setitem) return t->slots.setitem(ts, obj, key, Value());
  raisef(ts, Exc::TypeError, "'%s' object doesn't support item deletion", type_cname(t));
  return false;
}

int contains(ThreadState* ts, Value container, Value item) {
  TypeObject* t = type_of(ts, container);
  if (t->slots.contains) return t->slots.contains(ts, container, item);
  if (!t->slots.iter && !t->slots.getitem) {
    raisef(ts, Exc::TypeError, "argument of type '%s' is not iterable", type_cname(t));
    return -1;
  }
  Ref it(get_iter(ts, container));
  if (!it) return -1;
  for (;;) {
    Ref x(iter_next(ts, it.get()));
    if (!x) return err_occurred(ts) ? -1 : 0;
    int r = equal(ts, x.get(), item);
    if (r != 0) return r;
  }
}

// ================================================================ iteration
Value get_iter(ThreadState* ts, Value v) {
  TypeObject* t = type_of(ts, v);
  if (t->slots.iter) {
    Value r = t->slots.iter(ts, v);
    if (r && !type_of(ts, r)->slots.iternext) {
      const char* tn = type_name(ts, r);
      decref(r);
      return raisef(ts, Exc::TypeError, "iter() returned non-iterator of type '%s'", tn);
    }
    return r;
  }
  if (t->slots.getitem && !type_has(t, kTypeDictSubclass)) {
    return seq_iter_new(ts, v);
  }
  return raisef(ts, Exc::TypeError, "'%s' object is not iterable", type_cname(t));
}

Value iter_next(ThreadState* ts, Value it) {
  TypeObject* t = type_of(ts, it);
  if (!t->slots.iternext) return raisef(ts, Exc::TypeError, "'%s' object is not an iterator", type_cname(t));
  Value r = t->slots.iternext(ts, it);
  if (!r && ts->curexc && err_matches(ts, Exc::StopIteration)) err_clear(ts);
  return r;
}

// ================================================================ calls
Value call(ThreadState* ts, Value callable, const Value* args, size_t nargs, TupleObject* kwnames) {
  TypeObject* t = type_of(ts, callable);
  if (!t->slots.call) return raisef(ts, Exc::TypeError, "'%s' object is not callable", type_cname(t));
  return t->slots.call(ts, callable, args, nargs, kwnames);
}
Value call0(ThreadState* ts, Value callable) { return call(ts, callable, nullptr, 0, nullptr); }
Value call1(ThreadState* ts, Value callable, Value a) { return call(ts, callable, &a, 1, nullptr); }
Value call2(ThreadState* ts, Value callable, Value a, Value b) {
  Value args[2] = {a, b};
  return call(ts, callable, args, 2, nullptr);
}

Value call_prepend(ThreadState* ts, Value f, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  size_t total = nargs + kwcount(kwnames);
  Value small[8];
  Value* buf = total + 1 <= 8 ? small : static_cast<Value*>(mem_alloc((total + 1) * sizeof(Value)));
  if (!buf) return raise_no_memory(ts);
  buf[0] = self;
  if (total) memcpy(buf + 1, args, total * sizeof(Value));
  Value r = call(ts, f, buf, nargs + 1, kwnames);
  if (buf != small) mem_free(buf);
  return r;
}

Value call_tuple_dict(ThreadState* ts, Value callable, TupleObject* args, DictObject* kwargs) {
  size_t nargs = args ? size_t(args->size) : 0;
  if (!kwargs || dict_size(kwargs) == 0) return call(ts, callable, nargs ? args->items : nullptr, nargs, nullptr);
  int64_t nkw = dict_size(kwargs);
  TupleObject* names = tuple_new(ts, nkw);
  if (!names) return Value();
  Ref hold_names(Value::from_obj(names));
  Value* buf = static_cast<Value*>(mem_alloc((nargs + nkw) * sizeof(Value)));
  if (!buf) return raise_no_memory(ts);
  for (size_t i = 0; i < nargs; i++) buf[i] = args->items[i];
  int64_t pos = 0, i = 0;
  Value k, v;
  while (dict_next(kwargs, &pos, &k, &v)) {
    if (!is_str(ts, k)) {
      for (int64_t j = i; j < nkw; j++) names->items[j] = newref(Value::none());
      mem_free(buf);
      return raise(ts, Exc::TypeError, "keywords must be strings");
    }
    names->items[i] = newref(k);
    buf[nargs + i] = v;
    i++;
  }
  Value r = call(ts, callable, buf, nargs, names);
  mem_free(buf);
  return r;
}

Value call_method(ThreadState* ts, Value obj, StrObject* name, const Value* args, size_t nargs, TupleObject* kwnames) {
  bool is_method = false;
  Ref f(lookup_method(ts, obj, name, &is_method));
  if (!f) return Value();
  if (is_method) return call_prepend(ts, f.get(), obj, args, nargs, kwnames);
  return call(ts, f.get(), args, nargs, kwnames);
}
Value call_method0(ThreadState* ts, Value obj, std::string_view name) {
  return call_method(ts, obj, intern(ts, name), nullptr, 0);
}
Value call_method1(ThreadState* ts, Value obj, std::string_view name, Value a) {
  return call_method(ts, obj, intern(ts, name), &a, 1);
}

bool is_callable(ThreadState* ts, Value v) { return type_of(ts, v)->slots.call != nullptr; }

// ================================================================ isinstance / issubclass
static bool is_type(ThreadState* ts, Value v) { return type_has(type_of(ts, v), kTypeTypeSubclass); }

// cls.__bases__ as a tuple for "abstract" classes (objects with __bases__), or null.
static Value abstract_get_bases(ThreadState* ts, Value cls) {
  Value b = getattr_opt(ts, cls, ts->interp->names.__bases__);
  if (b && !is_tuple(ts, b)) {
    decref(b);
    return Value();
  }
  return b;
}

static int abstract_issubclass(ThreadState* ts, Value derived, Value cls) {
  RecursionGuard g(ts, " in __subclasscheck__");
  if (!g.ok()) return -1;
  for (;;) {
    if (derived == cls) return 1;
    Ref bases(abstract_get_bases(ts, derived));
    if (!bases) return err_occurred(ts) ? -1 : 0;
    int64_t n = tuple_size(bases.get());
    if (n == 0) return 0;
    if (n == 1) {
      derived = tuple_item(bases.get(), 0);
      // keep bases alive for the next round
      Ref keep = Ref::borrow(derived);
      int r = abstract_issubclass(ts, derived, cls);
      return r;
    }
    for (int64_t i = 0; i < n; i++) {
      int r = abstract_issubclass(ts, tuple_item(bases.get(), i), cls);
      if (r != 0) return r;
    }
    return 0;
  }
}

// Does `inst.__class__` certainly give type(inst)? True when the type keeps
// the generic attribute protocol and inherits object's __class__ descriptor
// (a data descriptor, so no instance __dict__ can shadow it). Built-in types
// with the generic protocol never redefine __class__; proxies (weakref.proxy),
// classes with a __class__ property (unittest.mock) or their own
// __getattribute__ must be asked.
static bool class_attr_is_type(ThreadState* ts, TypeObject* t) {
  GetAttrFn ga = t->slots.getattr;
  if (ga && ga != generic_getattr) return false;
  if (!type_has(t, kTypeHeapType)) return true;
  StrObject* name = ts->interp->names.__class__;
  return type_lookup(t, name) == type_lookup(ts->interp->types.object_, name);
}

static int recursive_isinstance(ThreadState* ts, Value inst, Value cls) {
  if (is_type(ts, cls)) {
    TypeObject* t = type_of(ts, inst);
    if (is_subtype(t, cls.as<TypeObject>())) return 1;
    // CPython's object_isinstance: fall back to inst.__class__ (proxies, mocks).
    if (class_attr_is_type(ts, t)) return 0;
    Ref c(getattr_opt(ts, inst, ts->interp->names.__class__));
    if (!c) return err_occurred(ts) ? -1 : 0;
    if (c.get() != Value::from_obj(t) && is_type(ts, c.get()))
      return is_subtype(c.as<TypeObject>(), cls.as<TypeObject>());
    return 0;
  }
  Ref b(abstract_get_bases(ts, cls));
  if (!b) {
    if (err_occurred(ts)) return -1;
    raise(ts, Exc::TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
    return -1;
  }
  Ref c(getattr_opt(ts, inst, ts->interp->names.__class__));
  if (!c) return err_occurred(ts) ? -1 : 0;
  return abstract_issubclass(ts, c.get(), cls);
}

int isinstance(ThreadState* ts, Value obj, Value cls) {
  TypeObject* t = type_of(ts, obj);
  if (Value::from_obj(t) == cls) return 1;
  TypeObject* ct = type_of(ts, cls);
  if (ct == ts->interp->types.type) return is_subtype(t, cls.as<TypeObject>()) ? 1 : recursive_isinstance(ts, obj, cls);
  if (ct == ts->interp->types.tuple) {
    RecursionGuard g(ts, " in __instancecheck__");
    if (!g.ok()) return -1;
    for (int64_t i = 0, n = tuple_size(cls); i < n; i++) {
      int r = isinstance(ts, obj, tuple_item(cls, i));
      if (r != 0) return r;
    }
    return 0;
  }
  bool is_method = false;
  Ref checker(lookup_special(ts, cls, ts->interp->names.__instancecheck__, &is_method));
  if (checker) {
    RecursionGuard g(ts, " in __instancecheck__");
    if (!g.ok()) return -1;
    Ref r(is_method ? call2(ts, checker.get(), cls, obj) : call1(ts, checker.get(), obj));
    if (!r) return -1;
    return truthy(ts, r.get());
  }
  if (err_occurred(ts)) return -1;
  return recursive_isinstance(ts, obj, cls);
}

static int recursive_issubclass(ThreadState* ts, Value derived, Value cls) {
  if (is_type(ts, cls) && is_type(ts, derived)) return is_subtype(derived.as<TypeObject>(), cls.as<TypeObject>());
  Ref db(abstract_get_bases(ts, derived));
  if (!db) {
    if (err_occurred(ts)) return -1;
    raise(ts, Exc::TypeError, "issubclass() arg 1 must be a class");
    return -1;
  }
  Ref cb(abstract_get_bases(ts, cls));
  if (!cb) {
    if (err_occurred(ts)) return -1;
    raise(ts, Exc::TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
    return -1;
  }
  return abstract_issubclass(ts, derived, cls);
}

int issubclass(ThreadState* ts, Value cls, Value base) {
  TypeObject* bt = type_of(ts, base);
  if (bt == ts->interp->types.type) {
    if (cls == base) return 1;
    if (is_type(ts, cls)) return is_subtype(cls.as<TypeObject>(), base.as<TypeObject>());
    return recursive_issubclass(ts, cls, base);
  }
  if (bt == ts->interp->types.tuple) {
    RecursionGuard g(ts, " in __subclasscheck__");
    if (!g.ok()) return -1;
    for (int64_t i = 0, n = tuple_size(base); i < n; i++) {
      int r = issubclass(ts, cls, tuple_item(base, i));
      if (r != 0) return r;
    }
    return 0;
  }
  bool is_method = false;
  Ref checker(lookup_special(ts, base, ts->interp->names.__subclasscheck__, &is_method));
  if (checker) {
    RecursionGuard g(ts, " in __subclasscheck__");
    if (!g.ok()) return -1;
    Ref r(is_method ? call2(ts, checker.get(), base, cls) : call1(ts, checker.get(), cls));
    if (!r) return -1;
    return truthy(ts, r.get());
  }
  if (err_occurred(ts)) return -1;
  return recursive_issubclass(ts, cls, base);
}

// ================================================================ sequences
Value sequence_to_list(ThreadState* ts, Value iterable) {
  ListObject* l = list_new(ts, 0);
  if (!l) return Value();
  Ref r(Value::from_obj(l));
  if (!list_extend(ts, l, iterable)) return Value();
  return r.release();
}

Value sequence_to_tuple(ThreadState* ts, Value iterable) {
  if (type_of(ts, iterable) == ts->interp->types.tuple) return newref(iterable);
  Ref l(sequence_to_list(ts, iterable));
  if (!l) return Value();
  return list_as_tuple(ts, l.as<ListObject>());
}

}  // namespace minipy
