// vm/eval.cpp — the evaluation loop: a flat computed-goto dispatch over the
// instructions of vm/opcodes.h. Instruction bodies stay short and call into the
// runtime for anything long.
//
// Python-to-Python calls switch frames inside this loop (no C++ recursion), so
// deep Python recursion is bounded by the recursion limit, not the C++ stack.
// Exceptions unwind through the code object's exception table.
// Check points (eval breaker: GIL drop requests, signals, GC, budgets) are the
// backward jumps and the calls.
//
// Register pressure: the loop's state (ip, sp, instr, oparg, the label table)
// must stay in registers, so eval_frame must not need a frame pointer. Keep
// out of it anything that forces one: __builtin_frame_address (stack checks go
// through entry_stack_exhausted) and calls with more than six arguments (their
// stack pushes; wrap them in a helper, as store_slice and call_ex_frame do).
// Check with objdump that eval_frame starts with `push %r15`, not `push %rbp;
// mov %rsp,%rbp`, after changing it.
#include <cmath>
#include <cstring>

#include "runtime/float_internal.h"
#include "runtime/gc.h"
#include "runtime/fast_paths.h"
#include "vm/attr_cache.h"
#include "vm/generator_internal.h"
#include "vm/gil.h"
#include "vm/profile.h"
#include "vm/trace.h"
#include "vm/vm.h"

namespace minipy {

namespace {

// ----------------------------------------------------------------- helpers
#define EVAL_INLINE inline __attribute__((always_inline))
// Reference counting for values that cannot be null (stack operands other
// than call markers, list and tuple items, constants): one tag test instead
// of Value::is_obj's two.
EVAL_INLINE void incref_nn(Value v) {
  if ((v.bits() & 7) == 0) ++v.obj()->refcnt;
}
// Drop a non-null value. Exact floats that die go straight back to the free
// list: arithmetic temporaries die at this rate in numeric code.
EVAL_INLINE void drop_nn(Interpreter* in, Value v) {
  if ((v.bits() & 7) != 0) return;
  Object* o = v.obj();
  if (--o->refcnt != 0) return;
  if (o->type == in->types.float_) float_release(in, o);
  else dealloc_object(o);
}
// The same for a value that may be null (a local being overwritten).
EVAL_INLINE void drop(Interpreter* in, Value v) {
  if (v) drop_nn(in, v);
}
// Drop an exact float operand.
EVAL_INLINE void release_float_operand(Interpreter* in, Object* o) {
  if (--o->refcnt == 0) float_release(in, o);
}
// |i| < 2**53: converts to double exactly, so float/int comparisons on doubles are exact.
EVAL_INLINE bool exact_in_double(int64_t i) { return i > -(int64_t(1) << 53) && i < (int64_t(1) << 53); }

// ----------------------------------------------------------------- operator forms
// BINARY_OP / COMPARE_OP rewrite themselves to the opcode of their operator
// on first execution; each form's fast paths are these helpers with the
// operator a constant, so no per-execution switch on the operator remains.
constexpr uint8_t kBinaryOpForm[16] = {
    uint8_t(Op::BINARY_OP_ADD), uint8_t(Op::BINARY_OP_SUB), uint8_t(Op::BINARY_OP_MUL), 0 /* @ */,
    uint8_t(Op::BINARY_OP_TRUEDIV), uint8_t(Op::BINARY_OP_FLOORDIV), uint8_t(Op::BINARY_OP_MOD), 0 /* ** */,
    uint8_t(Op::BINARY_OP_LSHIFT), uint8_t(Op::BINARY_OP_RSHIFT), uint8_t(Op::BINARY_OP_AND),
    uint8_t(Op::BINARY_OP_OR), uint8_t(Op::BINARY_OP_XOR), 0, 0, 0};
static_assert(int(BinOp::Add) == 0 && int(BinOp::TrueDiv) == 4 && int(BinOp::LShift) == 8 && int(BinOp::Xor) == 12);
constexpr uint8_t kCompareOpForm[6] = {uint8_t(Op::COMPARE_OP_LT), uint8_t(Op::COMPARE_OP_LE),
                                       uint8_t(Op::COMPARE_OP_EQ), uint8_t(Op::COMPARE_OP_NE),
                                       uint8_t(Op::COMPARE_OP_GT), uint8_t(Op::COMPARE_OP_GE)};

// small int OP small int: 1 with *r set, 0 when the generic path must do it
// (overflow, division by zero, big shifts), -1 on error (MemoryError).
EVAL_INLINE int small_int_binop(ThreadState* ts, BinOp op, int64_t x, int64_t y, Value* r) {
  int64_t z;
  switch (op) {
    case BinOp::Add:
      z = x + y;  // 63-bit operands cannot overflow int64
      if (!Value::fits_small(z)) return 0;
      break;
    case BinOp::Sub:
      z = x - y;
      if (!Value::fits_small(z)) return 0;
      break;
    case BinOp::Mul:
      if (__builtin_mul_overflow(x, y, &z) || !Value::fits_small(z)) return 0;
      break;
    case BinOp::FloorDiv:
      if (y == 0) return 0;
      z = x / y;
      if ((x % y != 0) && ((x < 0) != (y < 0))) --z;
      if (!Value::fits_small(z)) return 0;
      break;
    case BinOp::Mod:
      if (y == 0) return 0;
      z = x % y;
      if (z != 0 && ((z < 0) != (y < 0))) z += y;
      break;
    case BinOp::And: z = x & y; break;
    case BinOp::Or: z = x | y; break;
    case BinOp::Xor: z = x ^ y; break;
    case BinOp::RShift:
      if (y < 0) return 0;
      z = y >= 63 ? (x < 0 ? -1 : 0) : (x >> y);
      break;
    case BinOp::LShift:
      if (y < 0 || y >= 62) return 0;
      z = x << y;
      if ((z >> y) != x || !Value::fits_small(z)) return 0;
      break;
    case BinOp::TrueDiv:
      // Both exact in a double: one correctly rounded division, as CPython's.
      if (y == 0 || !exact_in_double(x) || !exact_in_double(y)) return 0;
      *r = float_new_inline(ts, double(x) / double(y));
      return *r ? 1 : -1;
    default:
      return 0;
  }
  *r = Value::small_int(z);
  return 1;
}
constexpr bool binop_has_float_form(BinOp op) {
  return op == BinOp::Add || op == BinOp::Sub || op == BinOp::Mul || op == BinOp::TrueDiv;
}
// float OP float for + - * /: false for a zero divisor (the float type raises).
EVAL_INLINE bool float_binop(BinOp op, double x, double y, double* z) {
  switch (op) {
    case BinOp::Add: *z = x + y; return true;
    case BinOp::Sub: *z = x - y; return true;
    case BinOp::Mul: *z = x * y; return true;
    case BinOp::TrueDiv:
      if (y == 0.0) return false;
      *z = x / y;
      return true;
    default: return false;
  }
}
template <class T>
EVAL_INLINE bool compare_values(CmpOp op, T x, T y) {
  switch (op) {
    case CmpOp::Lt: return x < y;
    case CmpOp::Le: return x <= y;
    case CmpOp::Eq: return x == y;
    case CmpOp::Ne: return x != y;
    case CmpOp::Gt: return x > y;
    default: return x >= y;
  }
}

// obj[start:stop:step] = v (STORE_SLICE; all borrowed): exact lists with
// None/int bounds without a slice object. Out of line: calls with more than
// six arguments inside eval_frame cost it its frame-pointer-free layout.
__attribute__((noinline)) bool store_slice(ThreadState* ts, Value obj, Value start, Value stop, Value step, Value v) {
  int64_t a, b, st, n;
  if (obj.is_obj() && obj.obj()->type == ts->interp->types.list &&
      resolve_slice(start, stop, step, obj.as<ListObject>()->size, &a, &b, &st, &n))
    return list_assign_slice(ts, obj.as<ListObject>(), a, b, st, n, v);
  Value sl = slice_new(ts, start, stop, step);
  bool ok = sl && setitem(ts, obj, sl, v);
  decref(sl);
  return ok;
}

// f(*args, **kwargs) for a Python function `fn` with an exact tuple and an
// exact dict (or null): a frame with the arguments bound, ready to run.
// Null with *handled false when the generic path must do it (a key that is
// not an exact str: its messages are call_function_ex's), with *handled
// true on error.
__attribute__((noinline)) Frame* call_ex_frame(ThreadState* ts, FunctionObject* fn, TupleObject* targs, DictObject* kwd,
                                               bool* handled) {
  size_t npos = size_t(targs->size), nkw = kwd ? size_t(kwd->used) : 0;
  constexpr size_t kSmall = 16;
  Value small[2 * kSmall];
  Value* buf = small;
  *handled = true;
  if (nkw) {
    if (npos + 2 * nkw > 2 * kSmall) buf = static_cast<Value*>(mem_alloc((npos + 2 * nkw) * sizeof(Value)));
    if (!buf) {
      raise_no_memory(ts);
      return nullptr;
    }
    for (size_t i = 0; i < npos; ++i) buf[i] = targs->items[i];
    int64_t pos = 0;
    Value k, v;
    size_t i = 0;
    while (dict_next(kwd, &pos, &k, &v)) {
      if (!(k.is_obj() && k.obj()->type == ts->interp->types.str)) {
        if (buf != small) mem_free(buf);
        *handled = false;
        return nullptr;
      }
      buf[npos + i] = v;
      buf[npos + nkw + i] = k;
      ++i;
    }
  }
  Frame* nf = frame_for_function(ts, fn, false);
  bool ok = nf && bind_arguments_kw(ts, fn, nf, nkw ? buf : targs->items, npos, buf + npos + nkw, nkw);
  if (buf != small) mem_free(buf);
  if (!ok && nf) {
    frame_clear(nf);
    frame_pop(ts, nf);
  }
  return ok ? nf : nullptr;
}

// frame_clear + frame_pop for a finished data-stack frame of a Python call,
// with the common case (no frame object, no locals mapping) inline.
EVAL_INLINE void release_call_frame(ThreadState* ts, Interpreter* in, Frame* f) {
  if (__builtin_expect(f->frame_obj.is_null() && f->locals.is_null() && f->func, 1)) {
    for (Value* p = f->localsplus; p < f->sp; ++p) {
      Value v = *p;
      *p = Value();
      drop(in, v);
    }
    f->sp = f->localsplus;
    Object* fn = f->func;
    Object* g = f->globals;
    Object* b = f->builtins;
    Object* co = f->code;
    f->func = nullptr;
    f->globals = nullptr;
    f->builtins = nullptr;
    f->code = nullptr;
    decref(fn);
    decref(g);
    decref(b);
    decref(co);
  } else {
    frame_object_detach(ts, f);
    frame_clear(f);
  }
  frame_pop_fast(ts, f);
}

Value unbound_local(ThreadState* ts, CodeObject* co, uint32_t idx) {
  return raisef(ts, Exc::UnboundLocalError, "cannot access local variable '%s' where it is not associated with a value",
                std::string(str_view(tuple_item(co->localsplusnames, idx))).c_str());
}

Value unbound_deref(ThreadState* ts, CodeObject* co, uint32_t idx) {
  std::string name(str_view(tuple_item(co->localsplusnames, idx)));
  if (co->localspluskinds[idx] & kLocalFree)
    return raisef(ts, Exc::NameError,
                  "cannot access free variable '%s' where it is not associated with a value in enclosing scope",
                  name.c_str());
  return raisef(ts, Exc::UnboundLocalError, "cannot access local variable '%s' where it is not associated with a value",
                name.c_str());
}

Value name_error(ThreadState* ts, StrObject* name) {
  Value r = raisef(ts, Exc::NameError, "name '%s' is not defined", std::string(name->view()).c_str());
  Value exc = ts->curexc;
  if (exc && is_subtype(exc.obj()->type, exc_type(ts, Exc::NameError))) {
    auto* ne = exc.as<NameErrorObject>();
    decref(ne->name);
    ne->name = newref(Value::from_obj(name));
  }
  return r;
}

// Look up a name in a mapping that may not be an exact dict (class namespaces
// from __prepare__, exec locals). Returns a new reference or null; null without
// an error means "missing".
Value mapping_lookup(ThreadState* ts, Value mapping, StrObject* name) {
  if (type_of(ts, mapping) == ts->interp->types.dict) {
    Value v = dict_get_str(mapping.as<DictObject>(), name);
    return v ? newref(v) : Value();
  }
  Value v = getitem(ts, mapping, Value::from_obj(name));
  if (!v && err_matches(ts, Exc::KeyError)) err_clear(ts);
  return v;
}

bool mapping_store(ThreadState* ts, Value mapping, StrObject* name, Value v) {
  if (type_of(ts, mapping) == ts->interp->types.dict) return dict_set(ts, mapping.as<DictObject>(), Value::from_obj(name), v);
  return setitem(ts, mapping, Value::from_obj(name), v);
}

// stack_exhausted() out of line: it reads the frame address, which would
// make eval_frame keep a frame pointer (one register fewer for the loop).
__attribute__((noinline)) bool entry_stack_exhausted(ThreadState* ts) { return stack_exhausted(ts); }

bool handle_eval_breaker(ThreadState* ts) {
  uint32_t bits = ts->eval_breaker.exchange(0, std::memory_order_acq_rel);
  // kBreakProfile stays set while a profile hook is installed (vm/profile.cpp).
  if ((bits & kBreakProfile) && (ts->profile_fn || ts->trace_fn)) ts->eval_breaker.fetch_or(kBreakProfile, std::memory_order_relaxed);
  if (bits & kBreakGc) gc_collect_auto(ts);
  // GIL switches first, so a pending KeyboardInterrupt cannot drop the
  // deterministic schedule's kBreakBudget (gil_sched_tick re-arms it).
  if (bits & kBreakGilDropRequest) gil_yield(ts);
  if (bits & kBreakBudget) gil_sched_tick(ts);  // deterministic schedule (-X gil-schedule)
  if ((bits & kBreakBudget) && ts->interp->budget && !budget_check(ts)) return false;  // embedder's limits (vm/budget.cpp)
  if (bits & kBreakSignalsPending) {
    if (!signals_check(ts)) return false;
  }
  if (bits & kBreakAsyncException) {
    // An exception delivered from outside (KeyboardInterrupt, thread async exc).
    if (ts->curexc) return false;
  }
  return true;
}

// The eval breaker at a Python call's entry (f is the callee): the profile
// hook's 'call' event first (kBreakProfile), then the other bits.
__attribute__((noinline, cold)) bool handle_eval_breaker_entry(ThreadState* ts, Frame* f) {
  if (ts->use_profile && !profile_enter(ts, f, f->previous)) return false;
  return handle_eval_breaker(ts);
}

Value build_string(ThreadState* ts, Value* items, uint32_t n) {
  size_t total = 0;
  for (uint32_t i = 0; i < n; ++i) total += size_t(items[i].as<StrObject>()->size);
  std::string s;
  s.reserve(total);
  for (uint32_t i = 0; i < n; ++i) s.append(str_view(items[i]));
  return str_new(ts, s);
}

// UNPACK_SEQUENCE / UNPACK_EX: store items so that the first ends on top.
bool unpack(ThreadState* ts, Value seq, uint32_t before, int32_t after, Value* out_top) {
  // out_top points one past the slots to fill; slots are filled downward.
  const bool star = after >= 0;
  const uint32_t need = before + (star ? uint32_t(after) : 0);
  Value* dst = out_top;
  TypeObject* t = type_of(ts, seq);
  if (!star && (t == ts->interp->types.tuple || t == ts->interp->types.list)) {
    int64_t size;
    Value* items;
    if (t == ts->interp->types.tuple) {
      size = seq.as<TupleObject>()->size;
      items = seq.as<TupleObject>()->items;
    } else {
      size = seq.as<ListObject>()->size;
      items = seq.as<ListObject>()->items;
    }
    if (size == int64_t(need)) {
      for (uint32_t i = 0; i < need; ++i) *--dst = newref(items[i]);
      return true;
    }
    if (size < int64_t(need)) {
      raisef(ts, Exc::ValueError, "not enough values to unpack (expected %u, got %lld)", need, (long long)size);
    } else {
      raisef(ts, Exc::ValueError, "too many values to unpack (expected %u)", need);
    }
    return false;
  }
  Ref it(get_iter(ts, seq));
  if (!it) {
    if (err_matches(ts, Exc::TypeError) && !t->slots.iter && !type_lookup(t, ts->interp->names.__getitem__)) {
      err_clear(ts);
      raisef(ts, Exc::TypeError, "cannot unpack non-iterable %s object", type_name(ts, seq));
    }
    return false;
  }
  uint32_t got = 0;
  for (; got < before; ++got) {
    Value v = iter_next(ts, it.get());
    if (!v) {
      if (err_occurred(ts)) goto fail;
      if (star)
        raisef(ts, Exc::ValueError, "not enough values to unpack (expected at least %u, got %u)", need, got);
      else
        raisef(ts, Exc::ValueError, "not enough values to unpack (expected %u, got %u)", need, got);
      goto fail;
    }
    *--dst = v;
  }
  if (!star) {
    Value extra = iter_next(ts, it.get());
    if (extra) {
      decref(extra);
      raisef(ts, Exc::ValueError, "too many values to unpack (expected %u)", need);
      goto fail;
    }
    if (err_occurred(ts)) goto fail;
    return true;
  }
  {
    Value rest = sequence_to_list(ts, it.get());
    if (!rest) goto fail;
    auto* l = rest.as<ListObject>();
    if (l->size < after) {
      raisef(ts, Exc::ValueError, "not enough values to unpack (expected at least %u, got %lld)", need,
             (long long)(before + l->size));
      decref(rest);
      goto fail;
    }
    // The last `after` items of the list move to their own slots.
    Value* tail_dst = dst - 1;  // the list slot
    *tail_dst = rest;
    Value* p = tail_dst;
    for (int32_t i = 0; i < after; ++i) {
      *--p = l->items[l->size - after + i];
    }
    l->size -= after;
    return true;
  }
fail:
  for (Value* p = dst; p < out_top; ++p) decref(*p);
  return false;
}

Value exc_match_check(ThreadState* ts, Value type) {
  // CHECK_EXC_MATCH: type must be an exception class or a tuple of them.
  if (is_tuple(ts, type)) {
    for (int64_t i = 0; i < tuple_size(type); ++i)
      if (!is_exception_class(ts, tuple_item(type, i)))
        return raise(ts, Exc::TypeError, "catching classes that do not inherit from BaseException is not allowed");
    return Value::True();
  }
  if (!is_exception_class(ts, type))
    return raise(ts, Exc::TypeError, "catching classes that do not inherit from BaseException is not allowed");
  return Value::True();
}

int exception_matches(ThreadState* ts, Value exc, Value type) {
  TypeObject* et = type_of(ts, exc);
  if (is_tuple(ts, type)) {
    for (int64_t i = 0; i < tuple_size(type); ++i)
      if (is_subtype(et, tuple_item(type, i).as<TypeObject>())) return 1;
    return 0;
  }
  return is_subtype(et, type.as<TypeObject>()) ? 1 : 0;
}

Value format_value(ThreadState* ts, Value v, uint32_t which, Value spec) {
  Ref conv;
  switch (which & 3) {
    case 1: conv = Ref(str(ts, v)); break;
    case 2: conv = Ref(repr(ts, v)); break;
    case 3: conv = Ref(ascii(ts, v)); break;
    default: conv = Ref::borrow(v); break;
  }
  if (!conv) return Value();
  if (!spec && type_of(ts, conv.get()) == ts->interp->types.str) return conv.release();
  if (!spec || (spec.is_obj() && spec.obj()->type == ts->interp->types.str)) {
    bool handled;
    Value r = format_exact_builtin(ts, conv.get(), spec ? str_view(spec) : std::string_view(), &handled);
    if (handled) return r;
  }
  return format(ts, conv.get(), spec ? spec : ts->interp->empty_str);
}

bool is_mapping_for_match(ThreadState* ts, Value v) {
  TypeObject* t = type_of(ts, v);
  return is_subtype(t, ts->interp->types.dict);
}

bool is_sequence_for_match(ThreadState* ts, Value v) {
  TypeObject* t = type_of(ts, v);
  auto& ty = ts->interp->types;
  if (is_subtype(t, ty.str) || is_subtype(t, ty.bytes) || is_subtype(t, ty.bytearray)) return false;
  if (is_subtype(t, ty.list) || is_subtype(t, ty.tuple) || is_subtype(t, ty.range)) return true;
  // collections.deque and friends advertise themselves with __match_sequence__ (our convention).
  return bool(type_lookup(t, intern(ts, "__minipy_sequence__")));
}

Value match_keys(ThreadState* ts, Value subj, Value keys) {
  int64_t n = tuple_size(keys);
  Ref get(getattr_opt(ts, subj, ts->interp->names.get));
  if (!get) {
    if (!err_occurred(ts)) raise(ts, Exc::TypeError, "mapping has no get method");
    return Value();
  }
  // A unique sentinel: a fresh empty list.
  Ref dummy(Value::from_obj(list_new(ts)));
  TupleObject* out = tuple_new(ts, n);
  if (!out) return Value();
  Ref outref(Value::from_obj(out));
  for (int64_t i = 0; i < n; ++i) {
    out->items[i] = Value::none();
  }
  for (int64_t i = 0; i < n; ++i) {
    Value k = tuple_item(keys, i);
    for (int64_t j = 0; j < i; ++j) {
      int eq = equal(ts, tuple_item(keys, j), k);
      if (eq < 0) return Value();
      if (eq) {
        Ref r(repr(ts, k));
        return raisef(ts, Exc::ValueError, "mapping pattern checks duplicate key (%s)", r ? std::string(str_view(r.get())).c_str() : "?");
      }
    }
    Value v = call2(ts, get.get(), k, dummy.get());
    if (!v) return Value();
    if (v == dummy.get()) {
      decref(v);
      return Value::none();
    }
    out->items[i] = v;
  }
  return outref.release();
}

bool match_self_type(ThreadState* ts, TypeObject* t) {
  auto& ty = ts->interp->types;
  TypeObject* selfs[] = {ty.bool_, ty.bytearray, ty.bytes, ty.dict, ty.float_, ty.frozenset, ty.int_, ty.list, ty.set, ty.str, ty.tuple};
  for (TypeObject* s : selfs)
    if (is_subtype(t, s)) return true;
  return false;
}

Value match_class(ThreadState* ts, Value subj, Value cls, Value kwnames, uint32_t npos) {
  if (!cls.is_obj() || !type_has(cls.obj()->type, kTypeTypeSubclass))
    return raise(ts, Exc::TypeError, "called match pattern must be a class");
  int r = isinstance(ts, subj, cls);
  if (r < 0) return Value();
  if (!r) return Value::none();
  auto* type = cls.as<TypeObject>();
  std::string tname(str_view(Value::from_obj(type->name)));
  int64_t nkw = tuple_size(kwnames);
  ListObject* attrs = list_new(ts);
  if (!attrs) return Value();
  Ref attrs_ref(Value::from_obj(attrs));
  std::vector<StrObject*> seen;
  auto get_attr = [&](StrObject* name) -> int {
    for (StrObject* s : seen)
      if (str_equal(s, name)) {
        raisef(ts, Exc::TypeError, "%s() got multiple sub-patterns for attribute '%s'", tname.c_str(),
               std::string(name->view()).c_str());
        return -1;
      }
    seen.push_back(name);
    Value v = getattr_opt(ts, subj, name);
    if (!v) return err_occurred(ts) ? -1 : 0;
    list_append(ts, attrs, v);
    decref(v);
    return 1;
  };
  if (npos) {
    Ref match_args(getattr_opt(ts, cls, ts->interp->names.__match_args__));
    if (!match_args && err_occurred(ts)) return Value();
    if (match_args) {
      if (!is_tuple(ts, match_args.get()))
        return raisef(ts, Exc::TypeError, "%s.__match_args__ must be a tuple (got %s)", tname.c_str(),
                      type_name(ts, match_args.get()));
      if (int64_t(npos) > tuple_size(match_args.get()))
        return raisef(ts, Exc::TypeError, "%s() accepts %lld positional sub-pattern%s (%u given)", tname.c_str(),
                      (long long)tuple_size(match_args.get()), tuple_size(match_args.get()) == 1 ? "" : "s", npos);
      for (uint32_t i = 0; i < npos; ++i) {
        Value name = tuple_item(match_args.get(), i);
        if (!is_str(ts, name))
          return raisef(ts, Exc::TypeError, "__match_args__ elements must be strings (got %s)", type_name(ts, name));
        int g = get_attr(name.as<StrObject>());
        if (g < 0) return Value();
        if (g == 0) return Value::none();
      }
    } else if (match_self_type(ts, type)) {
      if (npos > 1)
        return raisef(ts, Exc::TypeError, "%s() accepts 1 positional sub-pattern (%u given)", tname.c_str(), npos);
      list_append(ts, attrs, subj);
    } else {
      return raisef(ts, Exc::TypeError, "%s() accepts 0 positional sub-patterns (%u given)", tname.c_str(), npos);
    }
  }
  for (int64_t i = 0; i < nkw; ++i) {
    int g = get_attr(tuple_item(kwnames, i).as<StrObject>());
    if (g < 0) return Value();
    if (g == 0) return Value::none();
  }
  return list_as_tuple(ts, attrs);
}

// Saved by PUSH_EXC_INFO in a generator frame in place of the resumer's
// handled exception (a small int: never a real exception, no refcount).
constexpr Value kResumerExcMarker = Value::small_int(-0x5eed);

Value get_awaitable(ThreadState* ts, Value v, uint32_t where) {
  TypeObject* t = type_of(ts, v);
  if (t == ts->interp->types.coroutine) {
    auto* g = v.as<GenObject>();
    if (gen_awaiting(g)) return raise(ts, Exc::RuntimeError, "coroutine is being awaited already");
    return newref(v);
  }
  if (t == ts->interp->types.generator) {
    auto* g = v.as<GenObject>();
    if (g->code && (g->code.as<CodeObject>()->flags & kCoIterableCoroutine)) return newref(v);
  }
  bool is_method = false;
  Value aw = lookup_special(ts, v, ts->interp->names.__await__, &is_method);
  if (!aw) {
    if (err_occurred(ts)) return Value();
    if (where == 1)
      return raisef(ts, Exc::TypeError, "'async with' received an object from __aenter__ that does not implement __await__: %s", type_name(ts, v));
    if (where == 2)
      return raisef(ts, Exc::TypeError, "'async with' received an object from __aexit__ that does not implement __await__: %s", type_name(ts, v));
    return raisef(ts, Exc::TypeError, "object %s can't be used in 'await' expression", type_name(ts, v));
  }
  Value res = is_method ? call1(ts, aw, v) : call0(ts, aw);
  decref(aw);
  if (!res) return Value();
  TypeObject* rt = type_of(ts, res);
  if (rt == ts->interp->types.coroutine) {
    decref(res);
    return raise(ts, Exc::TypeError, "__await__() returned a coroutine");
  }
  if (!rt->slots.iternext) {
    Value r = raisef(ts, Exc::TypeError, "__await__() returned non-iterator of type '%s'", type_name(ts, res));
    decref(res);
    return r;
  }
  return res;
}

// Send `v` into the delegate of a yield-from/await. Returns the yielded value
// (and *done = false) or the delegate's return value (*done = true).
Value send_to_delegate(ThreadState* ts, Value sub, Value v, bool* done) {
  *done = false;
  if (is_generator_like(ts, sub)) {
    bool returned = false;
    Value r = gen_send_ex(ts, sub.as<GenObject>(), v, &returned);
    if (r && returned) *done = true;
    return r;
  }
  Value r;
  TypeObject* t = type_of(ts, sub);
  if (v.is_none() && t->slots.iternext) {
    // A class's __next__ is called as such, so the value of the StopIteration
    // it raises becomes the result (the iternext slot drops the exception).
    r = type_has(t, kTypeHeapType) ? call_method0(ts, sub, "__next__") : t->slots.iternext(ts, sub);
  } else {
    r = call_method1(ts, sub, "send", v);
  }
  if (r) return r;
  if (!err_occurred(ts)) {
    *done = true;
    return Value::none();
  }
  if (err_matches(ts, Exc::StopIteration)) {
    Value exc = err_fetch(ts);
    Value val = exc.as<StopIterationObject>()->value;
    Value res = val ? newref(val) : Value::none();
    decref(exc);
    *done = true;
    return res;
  }
  return Value();
}

void add_traceback(ThreadState* ts, Frame* f) {
  if (!ts->curexc) return;
  int lasti = f->lasti;
  int line = 0;
  if (lasti >= 0 && lasti < f->code->ncode) line = f->code->positions[lasti].line;
  if (line <= 0) line = frame_lineno(f);
  // tb_frame is the frame's object, as CPython's PyTraceBack_Here.
  Value fo = f->frame_obj ? newref(f->frame_obj) : Value();
  if (!fo) {
    Value saved = err_fetch(ts);
    fo = frame_object_of(ts, f);
    if (!fo) err_clear(ts);  // MemoryError: the entry goes without its frame
    err_restore(ts, saved);
  }
  traceback_add(ts, ts->curexc, fo, Value::from_obj(f->code), lasti, line);
  decref(fo);
}

const ExceptionTableEntry* find_handler(CodeObject* co, int32_t lasti) {
  const ExceptionTableEntry* t = co->exctable;
  int32_t lo = 0, hi = co->nexctable;
  while (lo < hi) {
    int32_t mid = (lo + hi) / 2;
    if (uint32_t(lasti) < t[mid].start)
      hi = mid;
    else if (uint32_t(lasti) >= t[mid].end)
      lo = mid + 1;
    else
      return &t[mid];
  }
  return nullptr;
}

std::string callable_desc(ThreadState* ts, Value fn);
bool is_iterable_type(ThreadState* ts, Value v);

Value call_function_ex(ThreadState* ts, Value callable, Value args, Value kwargs) {
  if (!is_tuple(ts, args)) {
    if (!is_iterable_type(ts, args)) {
      std::string fn = callable_desc(ts, callable);
      return raisef(ts, Exc::TypeError, "%s argument after * must be an iterable, not %s", fn.c_str(), type_name(ts, args));
    }
    Ref t(sequence_to_tuple(ts, args));
    if (!t) return Value();
    return call_tuple_dict(ts, callable, t.as<TupleObject>(), kwargs ? kwargs.as<DictObject>() : nullptr);
  }
  return call_tuple_dict(ts, callable, args.as<TupleObject>(), kwargs ? kwargs.as<DictObject>() : nullptr);
}

// CALL_FUNCTION_EX with a profile hook: the arguments as a tuple (and a
// dict) first, as CPython, then the call with c_call events around a builtin.
__attribute__((noinline, cold)) Value profile_call_function_ex(ThreadState* ts, Frame* f, Value callable, Value args,
                                                             Value kwargs) {
  if (kwargs && !(kwargs.is_obj() && kwargs.obj()->type == ts->interp->types.dict))
    return call_function_ex(ts, callable, args, kwargs);
  if (is_tuple(ts, args)) return profile_c_call_ex(ts, f, callable, args, kwargs);
  if (!is_iterable_type(ts, args)) return call_function_ex(ts, callable, args, kwargs);
  Ref t(sequence_to_tuple(ts, args));
  if (!t) return Value();
  return profile_c_call_ex(ts, f, callable, t.get(), kwargs);
}

// How CPython names a callable in call errors: "mod.qualname()" (module
// omitted for builtins), else "<type> object".
std::string callable_desc(ThreadState* ts, Value fn) {
  Ref qn(getattr_opt(ts, fn, ts->interp->names.__qualname__));
  if (!qn) err_clear(ts);
  if (qn && is_str(ts, qn.get())) {
    Ref mod(getattr_opt(ts, fn, ts->interp->names.__module__));
    if (!mod) err_clear(ts);
    if (mod && is_str(ts, mod.get()) && str_view(mod.get()) != "builtins")
      return std::string(str_view(mod.get())) + "." + std::string(str_view(qn.get())) + "()";
    return std::string(str_view(qn.get())) + "()";
  }
  return std::string(type_name(ts, fn)) + " object";
}

bool is_iterable_type(ThreadState* ts, Value v) {
  TypeObject* t = type_of(ts, v);
  return t->slots.iter || type_lookup(t, ts->interp->names.__getitem__);
}

}  // namespace

void chain_context(ThreadState* ts, Value exc) {
  Value handled = ts->handled_exc;
  if (!handled || handled.is_none() || !exc || handled == exc) return;
  if (!is_exception_instance(ts, exc)) return;
  auto* e = exc.as<BaseExceptionObject>();
  if (e->context) return;
  // Avoid creating a cycle in the context chain (CPython breaks it the same way).
  Value o = handled;
  int steps = 0;
  while (o && steps++ < 10000) {
    auto* oe = o.as<BaseExceptionObject>();
    Value ctx = oe->context;
    if (ctx == exc) {
      oe->context = Value();
      decref(ctx);
      break;
    }
    o = ctx;
  }
  e->context = newref(handled);
}

// ----------------------------------------------------------------- the loop
// The loop's hottest state (ip, sp, instr, oparg) goes in callee-saved
// registers. GCC's allocator cannot tell which of the ~150 handlers are hot
// and otherwise gives those registers to values used in many cold paths
// (ts, interp...), spilling ip and oparg to memory: +5-10% instructions.
// It is a placement hint (GNU local register variables), not a semantic
// change; other compilers ignore it.
// Only when optimising (an unoptimised build keeps locals in memory anyway),
// never rbp, which may be the frame pointer, and not under the sanitizers
// (their instrumentation needs the registers).
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__) && defined(__OPTIMIZE__) && \
    !defined(__SANITIZE_ADDRESS__) && !defined(__SANITIZE_THREAD__)
#define EVAL_HOT_REGISTER register
#define EVAL_HOT_REG(r) __asm__(r)
#else
#define EVAL_HOT_REGISTER
#define EVAL_HOT_REG(r)
#endif
Value eval_frame(ThreadState* ts, Frame* entry, bool throwing) {
  static const void* const kLabels[] = {
#define MINIPY_X(name, ncache, doc) &&L_##name,
      MINIPY_OPCODES(MINIPY_X)
#undef MINIPY_X
      &&L_TRACE,  // kTraceOp: instructions of traced copies (vm/trace.h)
  };
  static_assert(sizeof(kLabels) / sizeof(kLabels[0]) == size_t(kTraceOp) + 1);

  Interpreter* const interp = ts->interp;
  Frame* f = entry;
  entry->is_entry = true;
  entry->previous = ts->frame;
  ts->frame = entry;
  // CPython 3.11 counts Python frames and C re-entries (RecursionGuard)
  // against one limit; a frame entered from C++ is one unit, as CPython's
  // _PyEval_EvalFrameDefault entry (its frame itself is not counted again).
  if (++ts->py_depth + ts->c_depth > interp->recursion_limit || entry_stack_exhausted(ts)) {
    --ts->py_depth;
    ts->frame = entry->previous;
    raise(ts, Exc::RecursionError, "maximum recursion depth exceeded");
    frame_clear(entry);
    if (entry->owner == FrameOwner::Thread) frame_pop(ts, entry);
    else entry->state = FrameState::Completed;
    return Value();
  }
  entry->state = FrameState::Running;
  // A generator suspended deep in a yield-from/await chain resumes at the
  // chain's innermost frame (vm/generator.cpp, "Delegation chains").
  if (entry->chain_leaf) f = gen_chain_enter(ts, entry);

  CodeObject* co;
  uint32_t* first;
  EVAL_HOT_REGISTER uint32_t* ip EVAL_HOT_REG("rbx");
  EVAL_HOT_REGISTER uint32_t* instr EVAL_HOT_REG("r13") = nullptr;
  EVAL_HOT_REGISTER Value* sp EVAL_HOT_REG("r14");
  Value* localsplus;
  Value* consts;
  Value* names;
  TupleObject* kwnames = nullptr;
  EVAL_HOT_REGISTER uint32_t oparg EVAL_HOT_REG("r12") = 0;
  bool reraise = false;
  // Results handed from the operator forms to their common tails.
  double bin_fz = 0;
  bool bin_res = false;

#define LOAD_FRAME()                                     \
  do {                                                   \
    co = f->code;                                        \
    first = co->code;                                    \
    ip = f->ip;                                          \
    sp = f->sp;                                          \
    localsplus = f->localsplus;                          \
    consts = co->consts.as<TupleObject>()->items;        \
    names = co->names.as<TupleObject>()->items;          \
  } while (0)
#define SAVE_FRAME() \
  do {               \
    f->ip = ip;      \
    f->sp = sp;      \
  } while (0)
#define DISPATCH()                        \
  do {                                    \
    instr = ip;                           \
    uint32_t w_ = *ip++;                  \
    oparg = w_ >> 8;                      \
    goto *kLabels[w_ & 0xff];             \
  } while (0)
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define SECOND() (sp[-2])
#define PEEK(n) (sp[-int64_t(n)])
#define SKIP_CACHE(op) (ip += kOpCacheWords[uint8_t(Op::op)])
// A frame moves to its code's traced copy (vm/trace.h) while a trace hook is
// set: at the check points, which the hook's sticky kBreakProfile makes fire.
// ip may already be in the copy (a frame that was traced returned to), first
// may not be; instr is remapped too when it is in the real code.
#define TRACE_SWITCH()                                                          \
  do {                                                                          \
    if (__builtin_expect(ts->use_trace, 0)) {                                   \
      if (uint32_t* tc_ = trace_code(co)) {                                     \
        uint32_t* real_ = co->code;                                             \
        if (ip >= real_ && ip <= real_ + co->ncode) ip = tc_ + (ip - real_);    \
        if (instr >= real_ && instr < real_ + co->ncode) instr = tc_ + (instr - real_); \
        first = tc_;                                                            \
      }                                                                         \
    }                                                                           \
  } while (0)
#define CHECK_BREAKER()                                                         \
  do {                                                                          \
    if (ts->eval_breaker.load(std::memory_order_relaxed)) {                      \
      SAVE_FRAME();                                                             \
      f->lasti = int32_t(instr - first);                                        \
      if (!handle_eval_breaker(ts)) goto error;                                 \
      TRACE_SWITCH();                                                           \
    }                                                                           \
  } while (0)

// CHECK_BREAKER at a Python call's entry, after the switch to the callee's
// frame: the profile hook's 'call' event is delivered from here.
#define CHECK_BREAKER_ENTRY()                                                   \
  do {                                                                          \
    if (ts->eval_breaker.load(std::memory_order_relaxed)) {                      \
      instr = ip;                                                               \
      SAVE_FRAME();                                                             \
      if (!handle_eval_breaker_entry(ts, f)) goto error;                        \
      TRACE_SWITCH();                                                           \
    }                                                                           \
  } while (0)
// 'call' events for frames switched to in this loop other than by CALL (they
// have no check point): `stop` is the frame that resumed or called them.
#define PROFILE_ENTER(stop)                                                     \
  do {                                                                          \
    if (__builtin_expect(ts->use_profile, 0)) {                                 \
      instr = first + f->lasti;                                                 \
      SAVE_FRAME();                                                             \
      if (!profile_enter(ts, f, (stop))) goto error;                            \
      TRACE_SWITCH();                                                           \
    }                                                                           \
  } while (0)

// The fast paths of one BINARY_OP form: small ints, then floats (+ - * /);
// anything else (and overflow) takes binop_generic.
#define BINARY_OP_FORM(KOP)                                                                          \
  {                                                                                                  \
    SKIP_CACHE(BINARY_OP);                                                                           \
    Value b_ = TOP(), a_ = SECOND();                                                                 \
    if (a_.is_small_int() && b_.is_small_int()) {                                                    \
      Value r_;                                                                                      \
      int k_ = small_int_binop(ts, KOP, a_.as_small_int(), b_.as_small_int(), &r_);                  \
      if (k_ > 0) {                                                                                  \
        --sp;                                                                                        \
        TOP() = r_;                                                                                  \
        DISPATCH();                                                                                  \
      }                                                                                              \
      if (k_ < 0) goto error;                                                                        \
    } else if (binop_has_float_form(KOP) && a_.is_obj() && a_.obj()->type == interp->types.float_) { \
      double y_;                                                                                     \
      if (b_.is_small_int()) y_ = double(b_.as_small_int());                                         \
      else if (b_.is_obj() && b_.obj()->type == interp->types.float_) y_ = float_value(b_);          \
      else goto binop_generic;                                                                       \
      if (float_binop(KOP, float_value(a_), y_, &bin_fz)) goto binop_float_a;                        \
    } else if (binop_has_float_form(KOP) && a_.is_small_int() && b_.is_obj() &&                      \
               b_.obj()->type == interp->types.float_) {                                             \
      if (float_binop(KOP, double(a_.as_small_int()), float_value(b_), &bin_fz)) goto binop_float_b; \
    }                                                                                                \
    goto binop_generic;                                                                              \
  }
// The fast paths of one COMPARE_OP form: small ints, floats (and float/int
// within 2**53, exact as doubles; NaN compares false but !=), exact strs for
// == and !=. Anything else takes compare_generic.
#define COMPARE_OP_FORM(KCMP)                                                                        \
  {                                                                                                  \
    SKIP_CACHE(COMPARE_OP);                                                                          \
    Value b_ = TOP(), a_ = SECOND();                                                                 \
    if (a_.is_small_int()) {                                                                         \
      if (b_.is_small_int()) {                                                                       \
        bin_res = compare_values(KCMP, a_.as_small_int(), b_.as_small_int());                        \
        goto compare_done;                                                                           \
      }                                                                                              \
      if (b_.is_obj() && b_.obj()->type == interp->types.float_ && exact_in_double(a_.as_small_int())) { \
        bin_res = compare_values(KCMP, double(a_.as_small_int()), float_value(b_));                  \
        goto compare_done;                                                                           \
      }                                                                                              \
    } else if (a_.is_obj()) {                                                                        \
      TypeObject* at_ = a_.obj()->type;                                                              \
      if (at_ == interp->types.float_) {                                                             \
        if (b_.is_obj() && b_.obj()->type == interp->types.float_) {                                 \
          bin_res = compare_values(KCMP, float_value(a_), float_value(b_));                          \
          goto compare_done;                                                                         \
        }                                                                                            \
        if (b_.is_small_int() && exact_in_double(b_.as_small_int())) {                               \
          bin_res = compare_values(KCMP, float_value(a_), double(b_.as_small_int()));                \
          goto compare_done;                                                                         \
        }                                                                                            \
      } else if ((KCMP == CmpOp::Eq || KCMP == CmpOp::Ne) && at_ == interp->types.str &&            \
                 b_.is_obj() && b_.obj()->type == interp->types.str) {                               \
        bool eq_ = a_ == b_ || str_equal(a_.as<StrObject>(), b_.as<StrObject>());                    \
        bin_res = KCMP == CmpOp::Eq ? eq_ : !eq_;                                                    \
        goto compare_done;                                                                           \
      }                                                                                              \
    }                                                                                                \
    goto compare_generic;                                                                            \
  }

  LOAD_FRAME();
  if (__builtin_expect(ts->use_profile, 0)) {
    // 'call' for the entry frame (and a resumed chain down to f); a failing
    // hook raises in f (a thrown exception is lost, as in CPython).
    instr = first + f->lasti;
    if (!profile_enter(ts, f, entry->previous)) {
      if (throwing) goto exit_unwind;
      goto error;
    }
    TRACE_SWITCH();
  }
  if (throwing) {
    // gen.throw(): the exception is pending; raise it at the suspended yield.
    instr = first + (f->lasti > 0 ? f->lasti : 0);
    reraise = true;  // no __context__ chaining for thrown exceptions
    goto error;
  }
  DISPATCH();

L_TRACE: {
  // An instruction of a traced copy (vm/trace.h): its events, then the real
  // instruction at the same index, with ip left in the copy.
  uint32_t* tc = static_cast<uint32_t*>(co->vm_data);
  int32_t idx = int32_t(instr - tc);
  if (__builtin_expect(!ts->use_trace, 0)) {
    // Tracing stopped (or a hook is running): back to the real code.
    first = co->code;
    ip = first + idx;
    DISPATCH();
  }
  first = tc;
  SAVE_FRAME();
  int32_t to = trace_instruction(ts, f, idx);
  if (to < 0) goto error;
  if (to != idx) {
    // A trace function set f_lineno: run the instruction there (untraced, as CPython).
    idx = to;
    instr = tc + to;
    ip = instr + 1;
    sp = f->sp;  // the jump may have popped a loop's iterator
  }
  if (__builtin_expect(!ts->use_trace, 0)) {
    // The hook stopped tracing: this instruction already runs in the real code.
    first = co->code;
    instr = first + idx;
    ip = instr + 1;
  }
  uint32_t w = co->code[idx];
  uint32_t op = w & 0xff;
  // The first run of a BINARY_OP / COMPARE_OP site rewrites it to its form:
  // here, in the real code (rewriting *instr would lose this TRACE).
  if (op == uint32_t(Op::BINARY_OP) && kBinaryOpForm[(w >> 8) & (kInplace - 1)]) {
    op = kBinaryOpForm[(w >> 8) & (kInplace - 1)];
    co->code[idx] = (w & ~0xffu) | op;
  } else if (op == uint32_t(Op::COMPARE_OP) && (w >> 8) <= uint32_t(CmpOp::Ge)) {
    op = kCompareOpForm[w >> 8];
    co->code[idx] = (w & ~0xffu) | op;
  }
  oparg = w >> 8;
  goto *kLabels[op];
}

L_NOP:
  DISPATCH();
L_POP_TOP: {
  Value v = POP();
  drop(interp, v);
  DISPATCH();
}
L_PUSH_NULL:
  PUSH(Value());
  DISPATCH();
L_COPY: {
  Value v = PEEK(oparg);
  incref(v);
  PUSH(v);
  DISPATCH();
}
L_SWAP: {
  Value t = TOP();
  TOP() = PEEK(oparg);
  PEEK(oparg) = t;
  DISPATCH();
}
L_LOAD_CONST: {
  Value v = consts[oparg];
  incref_nn(v);
  PUSH(v);
  DISPATCH();
}
L_LOAD_FAST: {
  Value v = localsplus[oparg];
  if (__builtin_expect(v.is_null(), 0)) {
    unbound_local(ts, co, oparg);
    goto error;
  }
  incref(v);
  PUSH(v);
  DISPATCH();
}
L_STORE_FAST: {
  Value old = localsplus[oparg];
  localsplus[oparg] = POP();
  drop(interp, old);
  DISPATCH();
}
L_DELETE_FAST: {
  Value old = localsplus[oparg];
  if (old.is_null()) {
    unbound_local(ts, co, oparg);
    goto error;
  }
  localsplus[oparg] = Value();
  decref(old);
  DISPATCH();
}
L_MAKE_CELL: {
  Value v = localsplus[oparg];
  Value cell = cell_new(ts, v);
  if (!cell) goto error;
  decref(v);
  localsplus[oparg] = cell;
  DISPATCH();
}
L_COPY_FREE_VARS: {
  Value closure = f->func ? f->func->closure : Value();
  int32_t start = co->nlocalsplus - int32_t(oparg);
  for (uint32_t i = 0; i < oparg; ++i) localsplus[start + int32_t(i)] = newref(tuple_item(closure, i));
  DISPATCH();
}
L_LOAD_DEREF: {
  Value v = localsplus[oparg].as<CellObject>()->ref;
  if (v.is_null()) {
    unbound_deref(ts, co, oparg);
    goto error;
  }
  incref(v);
  PUSH(v);
  DISPATCH();
}
L_STORE_DEREF: {
  auto* cell = localsplus[oparg].as<CellObject>();
  Value old = cell->ref;
  cell->ref = POP();
  decref(old);
  DISPATCH();
}
L_DELETE_DEREF: {
  auto* cell = localsplus[oparg].as<CellObject>();
  Value old = cell->ref;
  if (old.is_null()) {
    unbound_deref(ts, co, oparg);
    goto error;
  }
  cell->ref = Value();
  decref(old);
  DISPATCH();
}
L_LOAD_CLOSURE: {
  Value v = localsplus[oparg];
  incref(v);
  PUSH(v);
  DISPATCH();
}
L_LOAD_CLASSDEREF: {
  StrObject* name = tuple_item(co->localsplusnames, oparg).as<StrObject>();
  if (f->locals) {
    Value v = mapping_lookup(ts, f->locals, name);
    if (v) {
      PUSH(v);
      DISPATCH();
    }
    if (err_occurred(ts)) goto error;
  }
  Value v = localsplus[oparg].as<CellObject>()->ref;
  if (v.is_null()) {
    unbound_deref(ts, co, oparg);
    goto error;
  }
  incref(v);
  PUSH(v);
  DISPATCH();
}
L_LOAD_GLOBAL: {
  uint32_t* cache = ip;
  SKIP_CACHE(LOAD_GLOBAL);
  StrObject* name = names[oparg >> 1].as<StrObject>();
  DictObject* g = f->globals;
  Value v;
  // Inline cache: word 1 = (entry index << 2) | kind (1 globals, 2 builtins);
  // word 0 = low 32 bits of the globals version for builtins hits.
  uint32_t c1 = cache[1];
  if (c1 & 1) {
    int64_t idx = int64_t(c1 >> 2);
    if (idx < g->nentries && g->entries[idx].key.bits() == Value::from_obj(name).bits() && g->entries[idx].value) {
      v = g->entries[idx].value;
      goto global_found;
    }
  } else if (c1 & 2) {
    DictObject* b = f->builtins;
    int64_t idx = int64_t(c1 >> 2);
    if (cache[0] == uint32_t(g->version) && idx < b->nentries &&
        b->entries[idx].key.bits() == Value::from_obj(name).bits() && b->entries[idx].value) {
      v = b->entries[idx].value;
      goto global_found;
    }
  }
  v = dict_get_str(g, name);
  if (v) {
    // Find the entry index for the cache.
    for (int64_t i = 0; i < g->nentries && i < (int64_t(1) << 29); ++i)
      if (g->entries[i].key.bits() == Value::from_obj(name).bits()) {
        cache[1] = uint32_t(i << 2) | 1;
        break;
      }
  } else {
    DictObject* b = f->builtins;
    v = dict_get_str(b, name);
    if (!v) {
      name_error(ts, name);
      goto error;
    }
    for (int64_t i = 0; i < b->nentries && i < (int64_t(1) << 29); ++i)
      if (b->entries[i].key.bits() == Value::from_obj(name).bits()) {
        cache[1] = uint32_t(i << 2) | 2;
        cache[0] = uint32_t(g->version);
        break;
      }
  }
global_found:
  if (oparg & 1) PUSH(Value());
  incref(v);
  PUSH(v);
  DISPATCH();
}
L_STORE_GLOBAL: {
  Value v = POP();
  bool ok = dict_set(ts, f->globals, names[oparg], v);
  decref(v);
  if (!ok) goto error;
  DISPATCH();
}
L_DELETE_GLOBAL: {
  int r = dict_del(ts, f->globals, names[oparg]);
  if (r < 0) goto error;
  if (r == 0) {
    name_error(ts, names[oparg].as<StrObject>());
    goto error;
  }
  DISPATCH();
}
L_LOAD_NAME: {
  StrObject* name = names[oparg].as<StrObject>();
  Value v;
  if (f->locals) {
    v = mapping_lookup(ts, f->locals, name);
    if (v) {
      PUSH(v);
      DISPATCH();
    }
    if (err_occurred(ts)) goto error;
  }
  v = dict_get_str(f->globals, name);
  if (!v) v = dict_get_str(f->builtins, name);
  if (!v) {
    name_error(ts, name);
    goto error;
  }
  incref(v);
  PUSH(v);
  DISPATCH();
}
L_STORE_NAME: {
  Value v = POP();
  if (!f->locals) {
    decref(v);
    raisef(ts, Exc::SystemError, "no locals found when storing %s", std::string(str_view(names[oparg])).c_str());
    goto error;
  }
  bool ok = mapping_store(ts, f->locals, names[oparg].as<StrObject>(), v);
  decref(v);
  if (!ok) goto error;
  DISPATCH();
}
L_DELETE_NAME: {
  StrObject* name = names[oparg].as<StrObject>();
  if (type_of(ts, f->locals) == interp->types.dict) {
    int r = dict_del(ts, f->locals.as<DictObject>(), Value::from_obj(name));
    if (r < 0) goto error;
    if (r == 0) {
      name_error(ts, name);
      goto error;
    }
  } else if (!delitem(ts, f->locals, Value::from_obj(name))) {
    if (err_matches(ts, Exc::KeyError)) {
      err_clear(ts);
      name_error(ts, name);
    }
    goto error;
  }
  DISPATCH();
}
L_LOAD_ATTR: {
  uint32_t* cache = ip;  // inline cache: vm/attr_cache.h
  SKIP_CACHE(LOAD_ATTR);
  Value obj = TOP();
  Value v = attr_cache::load_attr(ts, cache, obj, names[oparg].as<StrObject>());
  if (!v) goto error;
  TOP() = v;
  decref(obj);
  DISPATCH();
}
L_STORE_ATTR: {
  uint32_t* cache = ip;
  SKIP_CACHE(STORE_ATTR);
  Value obj = POP();
  Value v = POP();
  bool ok = attr_cache::store_attr(ts, cache, obj, names[oparg].as<StrObject>(), v);
  decref(obj);
  decref(v);
  if (!ok) goto error;
  DISPATCH();
}
L_DELETE_ATTR: {
  Value obj = POP();
  bool ok = delattr(ts, obj, names[oparg].as<StrObject>());
  decref(obj);
  if (!ok) goto error;
  DISPATCH();
}
L_LOAD_METHOD: {
  uint32_t* cache = ip;
  SKIP_CACHE(LOAD_METHOD);
  Value obj = TOP();
  bool is_method = false;
  Value m = attr_cache::load_method(ts, cache, obj, names[oparg].as<StrObject>(), &is_method);
  if (!m) goto error;
  if (is_method) {
    TOP() = m;
    PUSH(obj);
  } else {
    TOP() = Value();
    decref(obj);
    PUSH(m);
  }
  DISPATCH();
}
L_LOAD_BUILD_CLASS: {
  Value v = dict_get_str(f->builtins, interp->names.__build_class__);
  if (!v) {
    raise(ts, Exc::NameError, "__build_class__ not found");
    goto error;
  }
  incref(v);
  PUSH(v);
  DISPATCH();
}
L_LOAD_ASSERTION_ERROR: {
  PUSH(newref(Value::from_obj(exc_type(ts, Exc::AssertionError))));
  DISPATCH();
}
L_LOAD_LOCALS: {
  if (!f->locals) {
    raise(ts, Exc::SystemError, "no locals found");
    goto error;
  }
  PUSH(newref(f->locals));
  DISPATCH();
}
L_SETUP_ANNOTATIONS: {
  StrObject* name = interp->names.__annotations__;
  Value v = mapping_lookup(ts, f->locals, name);
  if (v) {
    decref(v);
    DISPATCH();
  }
  if (err_occurred(ts)) goto error;
  Ref d(Value::from_obj(dict_new(ts)));
  if (!d || !mapping_store(ts, f->locals, name, d.get())) goto error;
  DISPATCH();
}
L_UNARY_POSITIVE: {
  Value v = TOP();
  Value r = positive(ts, v);
  if (!r) goto error;
  TOP() = r;
  decref(v);
  DISPATCH();
}
L_UNARY_NEGATIVE: {
  Value v = TOP();
  Value r;
  if (v.is_small_int() && v.as_small_int() != Value::kSmallMin) {
    r = Value::small_int(-v.as_small_int());
  } else if (v.is_obj() && v.obj()->type == interp->types.float_) {
    if (v.obj()->refcnt == 1) {
      v.as<FloatObject>()->value = -float_value(v);
      DISPATCH();
    }
    r = float_new_inline(ts, -float_value(v));
  } else {
    r = negative(ts, v);
  }
  if (!r) goto error;
  TOP() = r;
  decref(v);
  DISPATCH();
}
L_UNARY_NOT: {
  Value v = TOP();
  int t;
  if (v.is_bool())
    t = v.is_true();
  else if (v.is_none())
    t = 0;
  else
    t = truthy(ts, v);
  if (t < 0) goto error;
  TOP() = Value::boolean(!t);
  decref(v);
  DISPATCH();
}
L_UNARY_INVERT: {
  Value v = TOP();
  Value r = v.is_small_int() ? Value::small_int(~v.as_small_int()) : invert(ts, v);
  if (!r) goto error;
  TOP() = r;
  decref(v);
  DISPATCH();
}
L_BINARY_OP: {
  // First run of the site: rewrite it to the form for its operator (the
  // operator never changes, so the form never needs undoing).
  uint32_t spec = kBinaryOpForm[oparg & (kInplace - 1)];
  if (spec) {
    *instr = (*instr & ~0xffu) | spec;
    goto *kLabels[spec];
  }
  SKIP_CACHE(BINARY_OP);
  goto binop_generic;
}
L_BINARY_OP_ADD: BINARY_OP_FORM(BinOp::Add)
L_BINARY_OP_SUB: BINARY_OP_FORM(BinOp::Sub)
L_BINARY_OP_MUL: BINARY_OP_FORM(BinOp::Mul)
L_BINARY_OP_TRUEDIV: BINARY_OP_FORM(BinOp::TrueDiv)
L_BINARY_OP_FLOORDIV: BINARY_OP_FORM(BinOp::FloorDiv)
L_BINARY_OP_MOD: BINARY_OP_FORM(BinOp::Mod)
L_BINARY_OP_AND: BINARY_OP_FORM(BinOp::And)
L_BINARY_OP_OR: BINARY_OP_FORM(BinOp::Or)
L_BINARY_OP_XOR: BINARY_OP_FORM(BinOp::Xor)
L_BINARY_OP_LSHIFT: BINARY_OP_FORM(BinOp::LShift)
L_BINARY_OP_RSHIFT: BINARY_OP_FORM(BinOp::RShift)
binop_float_a: {
  // Second is an exact float, top an exact float or a small int; bin_fz is
  // the result. It goes into an operand only the stack holds, else into a
  // new float.
  Value b = POP();
  Object* ao = TOP().obj();
  bool b_float = !b.is_small_int();
  if (ao->refcnt == 1) {
    static_cast<FloatObject*>(ao)->value = bin_fz;
    if (b_float) release_float_operand(interp, b.obj());
    DISPATCH();
  }
  if (b_float && b.obj()->refcnt == 1) {
    b.as<FloatObject>()->value = bin_fz;
    TOP() = b;
    --ao->refcnt;  // was > 1
    DISPATCH();
  }
  Value r = float_new_inline(ts, bin_fz);
  if (!r) {
    PUSH(b);
    goto error;
  }
  TOP() = r;
  --ao->refcnt;  // was > 1
  if (b_float) release_float_operand(interp, b.obj());
  DISPATCH();
}
binop_float_b: {
  // Second is a small int, top an exact float.
  Value b = POP();
  Object* bo = b.obj();
  if (bo->refcnt == 1) {
    static_cast<FloatObject*>(bo)->value = bin_fz;
    TOP() = b;
    DISPATCH();
  }
  Value r = float_new_inline(ts, bin_fz);
  if (!r) {
    PUSH(b);
    goto error;
  }
  TOP() = r;
  --bo->refcnt;  // was > 1
  DISPATCH();
}
binop_generic: {
  Value b = POP();
  Value a = TOP();
  uint32_t op = oparg & (kInplace - 1);
  if ((oparg & kInplace) && BinOp(op) == BinOp::Add && a.is_obj() && b.is_obj() &&
      a.obj()->type == interp->types.str && b.obj()->type == interp->types.str) {
    // s += t: extend in place when this stack slot holds the only other reference
    // (the variable itself is about to be overwritten by the following STORE).
    Value left = a;
    TOP() = Value();
    // Like CPython: when the result is stored straight back into the variable
    // that holds the left operand, drop that reference first so the string can
    // grow in place (refcount 1) instead of being copied every time.
    {
      uint32_t next = *ip;
      if (insn_op(next) == Op::STORE_FAST && localsplus[insn_arg(next)] == left) {
        localsplus[insn_arg(next)] = Value();
        decref(left);
      } else if (insn_op(next) == Op::STORE_NAME && f->locals && type_of(ts, f->locals) == interp->types.dict) {
        // CPython deletes the name (so it moves to the end of the dict's order).
        StrObject* nm = names[insn_arg(next)].as<StrObject>();
        if (dict_get_str(f->locals.as<DictObject>(), nm) == left) {
          if (dict_del(ts, f->locals.as<DictObject>(), Value::from_obj(nm)) < 0) err_clear(ts);
        }
      } else if (insn_op(next) == Op::STORE_DEREF) {
        auto* cell = localsplus[insn_arg(next)].as<CellObject>();
        if (cell->ref == left) {
          cell->ref = Value();
          decref(left);
        }
      }
    }
    if (!str_concat_inplace(ts, &left, b)) {
      TOP() = left;
      decref(b);
      goto error;
    }
    TOP() = left;
    decref(b);
    DISPATCH();
  }
  Value r = (oparg & kInplace) ? inplace_op(ts, a, b, BinOp(op)) : binary_op(ts, a, b, BinOp(op));
  if (!r) {
    decref(b);
    goto error;
  }
  TOP() = r;
  drop_nn(interp, a);
  drop_nn(interp, b);
  DISPATCH();
}
L_COMPARE_OP: {
  uint32_t spec = oparg <= uint32_t(CmpOp::Ge) ? kCompareOpForm[oparg] : 0;
  if (spec) {
    *instr = (*instr & ~0xffu) | spec;
    goto *kLabels[spec];
  }
  SKIP_CACHE(COMPARE_OP);
  goto compare_generic;
}
L_COMPARE_OP_LT: COMPARE_OP_FORM(CmpOp::Lt)
L_COMPARE_OP_LE: COMPARE_OP_FORM(CmpOp::Le)
L_COMPARE_OP_EQ: COMPARE_OP_FORM(CmpOp::Eq)
L_COMPARE_OP_NE: COMPARE_OP_FORM(CmpOp::Ne)
L_COMPARE_OP_GT: COMPARE_OP_FORM(CmpOp::Gt)
L_COMPARE_OP_GE: COMPARE_OP_FORM(CmpOp::Ge)
compare_done:
  // bin_res is the outcome; both operands are still on the stack and owned
  // there. A conditional jump right after takes it without making the bool.
  {
    Value b = POP();
    Value a = TOP();
    uint32_t next = *ip;
    if (insn_op(next) == Op::POP_JUMP_IF_FALSE) {
      --sp;
      ip = bin_res ? ip + 1 : first + insn_arg(next);
    } else if (insn_op(next) == Op::POP_JUMP_IF_TRUE) {
      --sp;
      ip = bin_res ? first + insn_arg(next) : ip + 1;
    } else {
      TOP() = Value::boolean(bin_res);
    }
    drop_nn(interp, a);
    drop_nn(interp, b);
    DISPATCH();
  }
compare_generic: {
  Value b = POP();
  Value a = TOP();
  Value r = richcompare(ts, a, b, CmpOp(oparg));
  if (!r) {
    decref(b);
    goto error;
  }
  TOP() = r;
  drop_nn(interp, a);
  drop_nn(interp, b);
  DISPATCH();
}
L_IS_OP: {
  Value b = POP();
  Value a = TOP();
  bool res = (a == b) != bool(oparg);
  TOP() = Value::boolean(res);
  decref(a);
  decref(b);
  DISPATCH();
}
L_CONTAINS_OP: {
  Value b = POP();
  Value a = TOP();
  int res = contains(ts, b, a);
  decref(b);
  if (res < 0) goto error;
  TOP() = Value::boolean((res != 0) != bool(oparg));
  decref(a);
  DISPATCH();
}
L_BINARY_SUBSCR: {
  SKIP_CACHE(BINARY_SUBSCR);
  Value key = POP();
  Value obj = TOP();
  Value r;
  if (key.is_small_int() && obj.is_obj()) {
    TypeObject* t = obj.obj()->type;
    int64_t i = key.as_small_int();
    if (t == interp->types.list) {
      auto* l = obj.as<ListObject>();
      if (i < 0) i += l->size;
      if (uint64_t(i) < uint64_t(l->size)) {
        r = l->items[i];
        incref_nn(r);
        goto subscr_done;
      }
    } else if (t == interp->types.tuple) {
      auto* tu = obj.as<TupleObject>();
      if (i < 0) i += tu->size;
      if (uint64_t(i) < uint64_t(tu->size)) {
        r = tu->items[i];
        incref_nn(r);
        goto subscr_done;
      }
    } else if (t == interp->types.str && obj.as<StrObject>()->ascii) {
      // One character of an ASCII str: the interpreter's shared one-char strs.
      auto* so = obj.as<StrObject>();
      if (i < 0) i += so->length;
      if (uint64_t(i) < uint64_t(so->length)) {
        r = interp->single_chars[uint8_t(so->data[i])];
        if (r) {
          incref_nn(r);
          goto subscr_done;
        }
      }
    }
  } else if (obj.is_obj() && obj.obj()->type == interp->types.dict) {
    r = dict_get(ts, obj.as<DictObject>(), key);
    if (r) {
      incref(r);
      goto subscr_done;
    }
    if (err_occurred(ts)) {
      decref(key);
      goto error;
    }
    raise_key_error(ts, key);
    decref(key);
    goto error;
  }
  r = getitem(ts, obj, key);
  if (!r) {
    decref(key);
    goto error;
  }
subscr_done:
  TOP() = r;
  drop_nn(interp, obj);
  drop_nn(interp, key);
  DISPATCH();
}
L_STORE_SUBSCR: {
  SKIP_CACHE(STORE_SUBSCR);
  Value key = POP();
  Value obj = POP();
  Value v = POP();
  bool ok;
  if (key.is_small_int() && obj.is_obj() && obj.obj()->type == interp->types.list) {
    auto* l = obj.as<ListObject>();
    int64_t i = key.as_small_int();
    if (i < 0) i += l->size;
    if (uint64_t(i) < uint64_t(l->size)) {
      Value old = l->items[i];
      l->items[i] = v;
      drop_nn(interp, old);
      drop_nn(interp, obj);
      DISPATCH();
    }
  }
  if (obj.is_obj() && obj.obj()->type == interp->types.dict)
    ok = dict_set(ts, obj.as<DictObject>(), key, v);
  else
    ok = setitem(ts, obj, key, v);
  decref(key);
  decref(obj);
  decref(v);
  if (!ok) goto error;
  DISPATCH();
}
L_DELETE_SUBSCR: {
  Value key = POP();
  Value obj = POP();
  bool ok = delitem(ts, obj, key);
  decref(key);
  decref(obj);
  if (!ok) goto error;
  DISPATCH();
}
L_BUILD_SLICE: {
  Value step = oparg == 3 ? POP() : Value::none();
  Value stop = POP();
  Value start = TOP();
  Value s = slice_new(ts, start, stop, step);
  decref(step);
  decref(stop);
  if (!s) goto error;
  decref(start);
  TOP() = s;
  DISPATCH();
}
L_BINARY_SLICE: {
  // obj[start:stop(:step)]: exact list/tuple/str with None/int bounds are
  // sliced from the resolved indices; anything else gets a slice object.
  Value step = oparg == 3 ? POP() : Value::none();
  Value stop = POP();
  Value start = POP();
  Value obj = TOP();
  Value r;
  if (obj.is_obj()) {
    TypeObject* t = obj.obj()->type;
    int64_t a, b, st, n;
    if (t == interp->types.list) {
      if (resolve_slice(start, stop, step, obj.as<ListObject>()->size, &a, &b, &st, &n)) {
        r = list_slice_items(ts, obj.as<ListObject>(), a, st, n);
        goto binary_slice_done;
      }
    } else if (t == interp->types.str) {
      if (resolve_slice(start, stop, step, obj.as<StrObject>()->length, &a, &b, &st, &n)) {
        r = str_slice_items(ts, obj, a, st, n);
        goto binary_slice_done;
      }
    } else if (t == interp->types.tuple) {
      if (resolve_slice(start, stop, step, obj.as<TupleObject>()->size, &a, &b, &st, &n)) {
        r = tuple_slice_items(ts, obj, a, st, n);
        goto binary_slice_done;
      }
    }
  }
  {
    Value sl = slice_new(ts, start, stop, step);
    r = sl ? getitem(ts, obj, sl) : Value();
    decref(sl);
  }
binary_slice_done:
  drop_nn(interp, start);
  drop_nn(interp, stop);
  drop_nn(interp, step);
  if (!r) goto error;
  TOP() = r;
  drop_nn(interp, obj);
  DISPATCH();
}
L_STORE_SLICE: {
  Value step = oparg == 3 ? POP() : Value::none();
  Value stop = POP();
  Value start = POP();
  Value obj = POP();
  Value v = POP();
  bool ok = store_slice(ts, obj, start, stop, step, v);
  drop_nn(interp, start);
  drop_nn(interp, stop);
  drop_nn(interp, step);
  drop_nn(interp, obj);
  drop_nn(interp, v);
  if (!ok) goto error;
  DISPATCH();
}
L_BUILD_TUPLE: {
  TupleObject* t = tuple_new(ts, oparg);
  if (!t) goto error;
  for (uint32_t i = oparg; i > 0; --i) t->items[i - 1] = POP();
  PUSH(Value::from_obj(t));
  DISPATCH();
}
L_BUILD_LIST: {
  ListObject* l = list_new(ts, oparg);
  if (!l) goto error;
  for (uint32_t i = oparg; i > 0; --i) l->items[i - 1] = POP();
  PUSH(Value::from_obj(l));
  DISPATCH();
}
L_BUILD_SET: {
  SetObject* s = set_new(ts);
  if (!s) goto error;
  bool ok = true;
  for (uint32_t i = oparg; i > 0; --i)
    if (ok && !set_add(ts, s, PEEK(i))) ok = false;
  for (uint32_t i = 0; i < oparg; ++i) decref(POP());
  if (!ok) {
    decref(s);
    goto error;
  }
  PUSH(Value::from_obj(s));
  DISPATCH();
}
L_BUILD_MAP: {
  DictObject* d = dict_new(ts);
  if (!d) goto error;
  bool ok = true;
  for (uint32_t i = oparg; i > 0; --i)
    if (ok && !dict_set(ts, d, PEEK(2 * i), PEEK(2 * i - 1))) ok = false;
  for (uint32_t i = 0; i < 2 * oparg; ++i) decref(POP());
  if (!ok) {
    decref(d);
    goto error;
  }
  PUSH(Value::from_obj(d));
  DISPATCH();
}
L_BUILD_CONST_KEY_MAP: {
  Value keys = POP();
  DictObject* d = dict_new(ts);
  bool ok = d != nullptr;
  for (uint32_t i = 0; ok && i < oparg; ++i)
    if (!dict_set(ts, d, tuple_item(keys, i), PEEK(oparg - i))) ok = false;
  for (uint32_t i = 0; i < oparg; ++i) decref(POP());
  decref(keys);
  if (!ok) {
    xdecref(d);
    goto error;
  }
  PUSH(Value::from_obj(d));
  DISPATCH();
}
L_BUILD_STRING: {
  Value s = build_string(ts, sp - oparg, oparg);
  for (uint32_t i = 0; i < oparg; ++i) decref(POP());
  if (!s) goto error;
  PUSH(s);
  DISPATCH();
}
L_LIST_APPEND: {
  Value v = POP();
  auto* l = PEEK(oparg).as<ListObject>();
  bool ok = list_append(ts, l, v);
  decref(v);
  if (!ok) goto error;
  DISPATCH();
}
L_SET_ADD: {
  Value v = POP();
  bool ok = set_add(ts, PEEK(oparg).as<SetObject>(), v);
  decref(v);
  if (!ok) goto error;
  DISPATCH();
}
L_MAP_ADD: {
  Value v = POP();
  Value k = POP();
  bool ok = dict_set(ts, PEEK(oparg).as<DictObject>(), k, v);
  decref(k);
  decref(v);
  if (!ok) goto error;
  DISPATCH();
}
L_LIST_EXTEND: {
  Value it = POP();
  bool ok = list_extend(ts, PEEK(oparg).as<ListObject>(), it);
  if (!ok && err_matches(ts, Exc::TypeError)) {
    TypeObject* t = type_of(ts, it);
    if (!t->slots.iter && !type_lookup(t, interp->names.__getitem__)) {
      err_clear(ts);
      raisef(ts, Exc::TypeError, "Value after * must be an iterable, not %s", type_name(ts, it));
    }
  }
  decref(it);
  if (!ok) goto error;
  DISPATCH();
}
L_SET_UPDATE: {
  Value it = POP();
  bool ok = set_update_internal(ts, PEEK(oparg).as<SetObject>(), it);
  decref(it);
  if (!ok) goto error;
  DISPATCH();
}
L_DICT_UPDATE: {
  Value m = POP();
  bool ok;
  if (!is_dict(ts, m) && !type_lookup(type_of(ts, m), interp->names.keys)) {
    raisef(ts, Exc::TypeError, "'%s' object is not a mapping", type_name(ts, m));
    ok = false;
  } else {
    ok = dict_merge(ts, PEEK(oparg).as<DictObject>(), m, true);
  }
  decref(m);
  if (!ok) goto error;
  DISPATCH();
}
L_DICT_MERGE: {
  Value m = POP();
  auto* d = PEEK(oparg).as<DictObject>();
  bool ok = true;
  if (!is_dict(ts, m) && !type_lookup(type_of(ts, m), interp->names.keys)) {
    std::string fn = callable_desc(ts, PEEK(oparg + 2));
    raisef(ts, Exc::TypeError, "%s argument after ** must be a mapping, not %s", fn.c_str(), type_name(ts, m));
    ok = false;
  } else {
    // Detect duplicate keys first for CPython's message.
    Ref keys(is_dict(ts, m) ? Value() : call_method0(ts, m, "keys"));
    if (is_dict(ts, m)) {
      int64_t pos = 0;
      Value k, v;
      while (ok && dict_next(m.as<DictObject>(), &pos, &k, &v)) {
        if (dict_get(ts, d, k)) {
          std::string fn = callable_desc(ts, PEEK(oparg + 2));
          Ref kr(str(ts, k));
          raisef(ts, Exc::TypeError, "%s got multiple values for keyword argument '%s'", fn.c_str(),
                 kr ? std::string(str_view(kr.get())).c_str() : "?");
          ok = false;
        } else if (!dict_set(ts, d, k, v)) {
          ok = false;
        }
      }
    } else if (!keys) {
      ok = false;
    } else {
      Ref it(get_iter(ts, keys.get()));
      if (!it) ok = false;
      while (ok) {
        Value k = iter_next(ts, it.get());
        if (!k) {
          if (err_occurred(ts)) ok = false;
          break;
        }
        Ref kref(k);
        if (dict_get(ts, d, k)) {
          std::string fn = callable_desc(ts, PEEK(oparg + 2));
          Ref kr(str(ts, k));
          raisef(ts, Exc::TypeError, "%s got multiple values for keyword argument '%s'", fn.c_str(),
                 kr ? std::string(str_view(kr.get())).c_str() : "?");
          ok = false;
          break;
        }
        Ref v(getitem(ts, m, k));
        if (!v || !dict_set(ts, d, k, v.get())) ok = false;
      }
    }
  }
  decref(m);
  if (!ok) goto error;
  DISPATCH();
}
L_LIST_TO_TUPLE: {
  Value l = TOP();
  Value t = list_as_tuple(ts, l.as<ListObject>());
  if (!t) goto error;
  TOP() = t;
  decref(l);
  DISPATCH();
}
L_UNPACK_SEQUENCE: {
  SKIP_CACHE(UNPACK_SEQUENCE);
  Value seq = POP();
  if (seq.is_obj() && seq.obj()->type == interp->types.tuple && seq.as<TupleObject>()->size == int64_t(oparg)) {
    // a, b = <tuple of two>: the first item ends on top.
    Value* items = seq.as<TupleObject>()->items;
    for (uint32_t i = oparg; i-- > 0;) {
      incref_nn(items[i]);
      PUSH(items[i]);
    }
    drop_nn(interp, seq);
    DISPATCH();
  }
  if (!unpack(ts, seq, oparg, -1, sp + oparg)) {
    decref(seq);
    goto error;
  }
  sp += oparg;
  decref(seq);
  DISPATCH();
}
L_UNPACK_EX: {
  uint32_t before = oparg & 0xff;
  int32_t after = int32_t(oparg >> 8);
  Value seq = POP();
  uint32_t total = before + 1 + uint32_t(after);
  if (!unpack(ts, seq, before, after, sp + total)) {
    decref(seq);
    goto error;
  }
  sp += total;
  decref(seq);
  DISPATCH();
}
L_FORMAT_VALUE: {
  Value spec = (oparg & 4) ? POP() : Value();
  Value v = TOP();
  Value r = format_value(ts, v, oparg, spec);
  decref(spec);
  if (!r) goto error;
  TOP() = r;
  decref(v);
  DISPATCH();
}
L_JUMP_FORWARD:
  ip = first + oparg;
  DISPATCH();
L_JUMP_BACKWARD:
  ip = first + oparg;
  CHECK_BREAKER();
  DISPATCH();
L_JUMP_BACKWARD_NO_INTERRUPT:
  ip = first + oparg;
  DISPATCH();
L_POP_JUMP_IF_FALSE: {
  Value v = POP();
  if (v.is_false()) {
    ip = first + oparg;
  } else if (!v.is_true()) {
    int t = v.is_none() ? 0 : truthy(ts, v);
    decref(v);
    if (t < 0) goto error;
    if (!t) ip = first + oparg;
  }
  DISPATCH();
}
L_POP_JUMP_IF_TRUE: {
  Value v = POP();
  if (v.is_true()) {
    ip = first + oparg;
  } else if (!v.is_false()) {
    int t = v.is_none() ? 0 : truthy(ts, v);
    decref(v);
    if (t < 0) goto error;
    if (t) ip = first + oparg;
  }
  DISPATCH();
}
L_POP_JUMP_IF_NONE: {
  Value v = POP();
  if (v.is_none()) ip = first + oparg;
  decref(v);
  DISPATCH();
}
L_POP_JUMP_IF_NOT_NONE: {
  Value v = POP();
  if (!v.is_none()) ip = first + oparg;
  decref(v);
  DISPATCH();
}
L_JUMP_IF_FALSE_OR_POP: {
  Value v = TOP();
  int t = v.is_bool() ? v.is_true() : truthy(ts, v);
  if (t < 0) goto error;
  if (!t) {
    ip = first + oparg;
  } else {
    (void)POP();
    decref(v);
  }
  DISPATCH();
}
L_JUMP_IF_TRUE_OR_POP: {
  Value v = TOP();
  int t = v.is_bool() ? v.is_true() : truthy(ts, v);
  if (t < 0) goto error;
  if (t) {
    ip = first + oparg;
  } else {
    (void)POP();
    decref(v);
  }
  DISPATCH();
}
L_GET_ITER: {
  Value v = TOP();
  Value it = get_iter(ts, v);
  if (!it) goto error;
  TOP() = it;
  decref(v);
  DISPATCH();
}
L_FOR_ITER: {
  SKIP_CACHE(FOR_ITER);
  Value it = TOP();
  // A generator runs on top of this frame in this loop: its yield pushes the
  // value here, its return ends the loop (RETURN_VALUE), its exception is
  // raised at this FOR_ITER.
  if (it.is_obj() && it.obj()->type == interp->types.generator) {
    SAVE_FRAME();
    f->lasti = int32_t(instr - first);
    Frame* nf = gen_resume_for_iter(ts, f, it.as<GenObject>());
    if (nf) {
      f = nf;
      LOAD_FRAME();
      PROFILE_ENTER(f->chain_root->previous);  // the root of a resumed chain returns to this FOR_ITER
      DISPATCH();
    }
  }
  TypeObject* t = type_of(ts, it);
  Value v = t->slots.iternext ? t->slots.iternext(ts, it) : iter_next(ts, it);
  if (v) {
    PUSH(v);
    DISPATCH();
  }
  if (err_occurred(ts)) {
    if (!err_matches(ts, Exc::StopIteration)) goto error;
    if (__builtin_expect(ts->use_trace, 0)) {
      // CPython 3.11 reports the StopIteration that ends a loop to the trace hook.
      f->lasti = int32_t(instr - first);
      if (!trace_exception(ts, f)) goto error;
    }
    err_clear(ts);
  }
  (void)POP();
  decref(it);
  ip = first + oparg;
  DISPATCH();
}
L_RETURN_VALUE: {
  Value retval = POP();
  // The profile hook's 'return' event: check_on_return is set on every frame
  // that got a 'call' event (vm/profile.cpp), so the common path tests
  // nothing it did not test before.
#define PROFILE_RETURN()                                \
  if (__builtin_expect(ts->use_profile, 0)) {            \
    f->lasti = int32_t(instr - first);                  \
    f->sp = sp;                                         \
    if (!profile_return(ts, f, retval)) {               \
      decref(retval);                                   \
      goto exit_unwind;                                 \
    }                                                   \
  }
  if (f->is_entry) {
    if (__builtin_expect(f->check_on_return, 0)) PROFILE_RETURN();
    f->sp = sp;
    ts->frame = f->previous;
    --ts->py_depth;
    f->state = FrameState::Completed;
    if (f->owner == FrameOwner::Thread) {
      release_call_frame(ts, interp, f);
    } else {
      frame_clear(f);
    }
    return retval;
  }
  Frame* caller = f->previous;
  f->sp = sp;
  if (f->owner == FrameOwner::Generator) {
    if (__builtin_expect(f->check_on_return, 0)) PROFILE_RETURN();
    bool by_for = f->for_iter;
    f = gen_leave_inline(ts, f, false);
    LOAD_FRAME();
    TRACE_SWITCH();
    if (by_for) {
      // The generator a FOR_ITER was running is exhausted: leave the loop.
      Value it = POP();
      ip = first + insn_arg(first[f->lasti]);
      decref(it);
      decref(retval);
      DISPATCH();
    }
    // A delegate run inline by the caller's SEND returned: pop it, push the
    // result and leave the SEND loop.
    Value sub = POP();
    PUSH(retval);
    ip = first + insn_arg(*ip);
    decref(sub);
    if (__builtin_expect(ts->use_trace, 0) && !trace_stop_iteration(ts, f, retval)) goto error;
    DISPATCH();
  }
  if (__builtin_expect(f->check_on_return, 0)) goto return_checked;
  release_call_frame(ts, interp, f);
  --ts->py_depth;
  f = caller;
  ts->frame = f;
  LOAD_FRAME();
  PUSH(retval);
  DISPATCH();
return_checked:
  PROFILE_RETURN();
#undef PROFILE_RETURN
  release_call_frame(ts, interp, f);
  --ts->py_depth;
  f = caller;
  ts->frame = f;
  LOAD_FRAME();
  PUSH(retval);
  instr = first + f->lasti;  // the CALL
  CHECK_BREAKER();
  DISPATCH();
}
L_KW_NAMES:
  kwnames = consts[oparg].as<TupleObject>();
  DISPATCH();
L_CALL: {
  uint32_t* call_instr = instr;
  SKIP_CACHE(CALL);
  TupleObject* kw = kwnames;
  kwnames = nullptr;
  Value* base = sp - oparg - 2;  // [NULL | meth] [callable | self] args...
  Value callable = base[1];
  bool via_method = false;
  if (base[0].is_null() && callable.is_obj() && callable.obj()->type == interp->types.method) {
    // A bound method called as a value (m = obj.f; m(x)): take it apart into
    // the LOAD_METHOD form, so a Python function runs in this loop.
    auto* mo = callable.as<MethodObject>();
    base[0] = newref(mo->func);
    base[1] = newref(mo->self);
    decref(callable);
    via_method = true;
  }
  Value* args;
  size_t total;
  if (!base[0].is_null()) {
    callable = base[0];
    args = base + 1;
    total = oparg + 1;
  } else {
    callable = base[1];
    args = base + 2;
    total = oparg;
  }
  size_t nkw = kw ? size_t(kw->size) : 0;
  // Python function: switch frames without recursing in C++.
  if (callable.is_obj() && callable.obj()->type == interp->types.function) {
    auto* fn = callable.as<FunctionObject>();
    auto* fco = fn->code.as<CodeObject>();
    if (!(fco->flags & (kCoGenerator | kCoCoroutine | kCoAsyncGenerator))) {
      // Python frames only here (the hottest check); a C++ caller's levels
      // are counted where the loop is entered from C++ (eval_frame's entry).
      if (ts->py_depth >= interp->recursion_limit) {
        raise(ts, Exc::RecursionError, "maximum recursion depth exceeded");
        goto call_cleanup_error;
      }
      f->lasti = int32_t(call_instr - first);
      Frame* nf;
      if (nkw == 0 && int32_t(total) == fco->argcount && fco->kwonlyargcount == 0 &&
          !(fco->flags & (kCoVarargs | kCoVarkeywords))) {
        // Exact positional call: the frame takes over the stack's references
        // to the function and the arguments.
        nf = frame_push_fast(ts, fco);
        if (!nf) goto call_cleanup_error;
        nf->func = fn;
        nf->globals = fn->globals.as<DictObject>();
        incref(nf->globals);
        nf->builtins = fn->builtins.as<DictObject>();
        incref(nf->builtins);
        for (size_t i = 0; i < total; ++i) nf->localsplus[i] = args[i];
      } else {
        nf = frame_for_function(ts, fn, false);
        if (!nf) goto call_cleanup_error;
        if (!bind_arguments(ts, fn, nf, args, total - nkw, kw)) {
          frame_clear(nf);
          frame_pop(ts, nf);
          goto call_cleanup_error;
        }
        // Drop the callable and arguments from the caller's stack.
        for (Value* p = base; p < sp; ++p) decref(*p);
      }
      sp = base;
      SAVE_FRAME();
      nf->previous = f;
      nf->is_entry = false;
      nf->state = FrameState::Running;
      ++ts->py_depth;
      f = nf;
      ts->frame = f;
      LOAD_FRAME();
      // Check points stay where they were when a bound method's call ran in
      // C++ (after it returns), so thread schedules do not move.
      if (via_method) {
        f->check_on_return = true;
        PROFILE_ENTER(f->previous);
        DISPATCH();
      }
      CHECK_BREAKER_ENTRY();
      DISPATCH();
    }
  }
  {
    SAVE_FRAME();
    f->lasti = int32_t(call_instr - first);
    Value r;
    TypeObject* ct = callable.is_obj() ? callable.obj()->type : nullptr;
    if (__builtin_expect(ts->use_profile, 0)) {
      r = profile_c_call(ts, f, callable, args, total - nkw, kw);
    } else if (ct == interp->types.method_descr && total > nkw && type_of(ts, args[0]) == callable.as<MethodDescrObject>()->owner) {
      // A built-in type's method on an instance of exactly that type (what
      // method_descr_call does once its self check passes).
      r = callable.as<MethodDescrObject>()->def->fn(ts, args[0], args + 1, total - nkw - 1, kw);
    } else if (ct == interp->types.builtin_function) {
      auto* bf = callable.as<BuiltinFunctionObject>();  // what builtin_call does
      // One unit of the recursion limit while it runs, as CPython 3.11's
      // call of a builtin (cfunction_vectorcall_O's Py_EnterRecursiveCall),
      // so recursion through repr() and the like reaches the limit at the
      // same level (the checks that report it are the callee's).
      ++ts->c_depth;
      r = bf->def->fn(ts, (bf->def->flags & kMethStatic) ? Value() : bf->self, args, total - nkw, kw);
      --ts->c_depth;
    } else {
      r = call(ts, callable, args, total - nkw, kw);
    }
    for (Value* p = base; p < sp; ++p) decref(*p);
    sp = base;
    if (!r) goto error;
    PUSH(r);
    CHECK_BREAKER();
    DISPATCH();
  }
call_cleanup_error: {
  Value* base = sp - oparg - 2;
  for (Value* p = base; p < sp; ++p) decref(*p);
  sp = base;
  goto error;
}
}
L_CALL_FUNCTION_EX: {
  Value kwargs = (oparg & 1) ? POP() : Value();
  Value cargs = POP();
  Value callable = POP();
  Value null_or = POP();
  if (callable.is_obj() && callable.obj()->type == interp->types.function && cargs.is_obj() &&
      cargs.obj()->type == interp->types.tuple &&
      (!kwargs || (kwargs.is_obj() && kwargs.obj()->type == interp->types.dict)) &&
      !(callable.as<FunctionObject>()->code.as<CodeObject>()->flags & (kCoGenerator | kCoCoroutine | kCoAsyncGenerator)) &&
      ts->py_depth + ts->c_depth < interp->recursion_limit) {
    // f(*args, **kwargs) of a Python function: bind straight from the tuple
    // and the dict and run the callee in this loop.
    f->lasti = int32_t(instr - first);
    bool handled;
    Frame* nf = call_ex_frame(ts, callable.as<FunctionObject>(), cargs.as<TupleObject>(),
                              kwargs ? kwargs.as<DictObject>() : nullptr, &handled);
    if (nf) {
      SAVE_FRAME();
      decref(kwargs);
      decref(cargs);
      decref(callable);
      decref(null_or);
      nf->previous = f;
      nf->is_entry = false;
      nf->state = FrameState::Running;
      ++ts->py_depth;
      f = nf;
      ts->frame = f;
      LOAD_FRAME();
      // No check point: CALL_FUNCTION_EX has none (when its call ran in C++,
      // none happened either), so thread schedules do not move.
      PROFILE_ENTER(f->previous);
      DISPATCH();
    }
    if (handled) goto call_ex_fail;
  }
  {
    SAVE_FRAME();
    f->lasti = int32_t(instr - first);
    Value r = __builtin_expect(ts->use_profile, 0) ? profile_call_function_ex(ts, f, callable, cargs, kwargs)
                                                   : call_function_ex(ts, callable, cargs, kwargs);
    decref(kwargs);
    decref(cargs);
    decref(callable);
    decref(null_or);
    if (!r) goto error;
    PUSH(r);
    DISPATCH();
  }
call_ex_fail:
  decref(kwargs);
  decref(cargs);
  decref(callable);
  decref(null_or);
  goto error;
}
L_MAKE_FUNCTION: {
  Value code = POP();
  Value closure = (oparg & kFnClosure) ? POP() : Value();
  Value annotations = (oparg & kFnAnnotations) ? POP() : Value();
  Value kwdefaults = (oparg & kFnKwDefaults) ? POP() : Value();
  Value defaults = (oparg & kFnDefaults) ? POP() : Value();
  Value fnv = function_new(ts, code, Value::from_obj(f->globals));
  decref(code);
  if (!fnv) {
    decref(closure);
    decref(annotations);
    decref(kwdefaults);
    decref(defaults);
    goto error;
  }
  auto* fn = fnv.as<FunctionObject>();
  fn->closure = closure;
  fn->defaults = defaults;
  fn->kwdefaults = kwdefaults;
  if (annotations) {
    // A tuple of (name, value) pairs flattened: build the dict.
    if (is_tuple(ts, annotations)) {
      DictObject* d = dict_new(ts);
      for (int64_t i = 0; d && i + 1 < tuple_size(annotations); i += 2)
        dict_set(ts, d, tuple_item(annotations, i), tuple_item(annotations, i + 1));
      fn->annotations = Value::from_obj(d);
      decref(annotations);
    } else {
      fn->annotations = annotations;
    }
  }
  PUSH(fnv);
  DISPATCH();
}
L_RAISE_VARARGS: {
  if (oparg == 0) {
    Value h = ts->handled_exc;
    if (!h || h.is_none()) {
      raise(ts, Exc::RuntimeError, "No active exception to reraise");
      goto error;
    }
    err_restore(ts, newref(h));
    f->lasti = int32_t(instr - first);
    goto exception_unwind;
  }
  Value cause = oparg == 2 ? POP() : Value();
  Value exc = POP();
  raise_value(ts, exc);
  decref(exc);
  if (oparg == 2 && ts->curexc && is_exception_instance(ts, ts->curexc)) {
    Value c;
    bool ok = true;
    if (cause.is_none()) {
      c = Value();
    } else if (is_exception_class(ts, cause)) {
      c = call0(ts, cause);
      if (!c) ok = false;
      else if (!is_exception_instance(ts, c)) {
        raisef(ts, Exc::TypeError, "calling %s should have returned an instance of BaseException, not %s",
               type_name(ts, cause), type_name(ts, c));
        decref(c);
        ok = false;
      }
    } else if (is_exception_instance(ts, cause)) {
      c = newref(cause);
    } else {
      raise(ts, Exc::TypeError, "exception causes must derive from BaseException");
      ok = false;
    }
    if (ok) {
      auto* e = ts->curexc.as<BaseExceptionObject>();
      decref(e->cause);
      e->cause = c;
      e->suppress_context = true;
    } else {
      // The TypeError above replaced the original exception (as in CPython).
    }
  }
  decref(cause);
  goto error;
}
L_RERAISE: {
  Value exc = POP();
  if (oparg) {
    Value lasti = PEEK(oparg);
    if (lasti.is_small_int()) f->lasti = int32_t(lasti.as_small_int());
  } else {
    f->lasti = int32_t(instr - first);
  }
  err_restore(ts, exc);
  goto exception_unwind;
}
L_PUSH_EXC_INFO: {
  Value exc = TOP();
  Value prev;
  if (f->owner == FrameOwner::Generator && ts->handled_exc == f->gen.as<GenObject>()->resumer_exc) {
    // A generator entering its first except block: the exception being handled
    // so far is its resumer's (owned by the resumer, and a later resumer may
    // have another one). Save a marker, not that exception: POP_EXCEPT then
    // restores whatever the current resumer's is (CPython's per-generator
    // exc_info chain).
    prev = kResumerExcMarker;
  } else {
    prev = ts->handled_exc ? ts->handled_exc : Value::none();
  }
  ts->handled_exc = newref(exc);
  TOP() = prev;
  PUSH(exc);
  DISPATCH();
}
L_POP_EXCEPT: {
  Value prev = POP();
  Value cur = ts->handled_exc;
  if (prev == kResumerExcMarker) ts->handled_exc = f->gen.as<GenObject>()->resumer_exc;
  else ts->handled_exc = prev.is_none() ? Value() : prev;
  decref(cur);
  DISPATCH();
}
L_CHECK_EXC_MATCH: {
  Value type = POP();
  Value exc = TOP();
  if (!exc_match_check(ts, type)) {
    decref(type);
    goto error;
  }
  int m = exception_matches(ts, exc, type);
  decref(type);
  PUSH(Value::boolean(m));
  DISPATCH();
}
L_CHECK_EG_MATCH: {
  Value type = POP();
  Value eg = POP();
  if (!exc_match_check(ts, type)) {
    decref(type);
    decref(eg);
    goto error;
  }
  Value match, rest;
  if (!exception_group_match(ts, eg, type, &match, &rest)) {
    decref(type);
    decref(eg);
    goto error;
  }
  decref(type);
  decref(eg);
  PUSH(rest);
  PUSH(match);
  if (!match.is_none()) {
    // The matched group becomes the handled exception (sys.exc_info()).
  }
  DISPATCH();
}
L_PREP_RERAISE_STAR: {
  Value excs = POP();
  Value orig = POP();
  Value r = exception_group_prep_reraise(ts, orig, excs);
  decref(excs);
  decref(orig);
  if (!r) goto error;
  PUSH(r);
  DISPATCH();
}
L_WITH_EXCEPT_START: {
  Value exc = PEEK(1);
  Value exit_fn = PEEK(4);
  Value tb = exc.is_obj() && is_exception_instance(ts, exc) ? exc.as<BaseExceptionObject>()->traceback : Value();
  Value args[3] = {Value::from_obj(type_of(ts, exc)), exc, tb ? tb : Value::none()};
  Value r = call(ts, exit_fn, args, 3, nullptr);
  if (!r) goto error;
  PUSH(r);
  DISPATCH();
}
L_BEFORE_WITH: {
  Value mgr = TOP();
  bool enter_m = false, exit_m = false;
  Value enter = lookup_special(ts, mgr, interp->names.__enter__, &enter_m);
  if (!enter) {
    if (!err_occurred(ts))
      raisef(ts, Exc::TypeError, "'%s' object does not support the context manager protocol", type_name(ts, mgr));
    goto error;
  }
  Value exit = lookup_special(ts, mgr, interp->names.__exit__, &exit_m);
  if (!exit) {
    decref(enter);
    if (!err_occurred(ts))
      raisef(ts, Exc::TypeError, "'%s' object does not support the context manager protocol (missed __exit__ method)",
             type_name(ts, mgr));
    goto error;
  }
  Value bound_exit = exit_m ? method_new(ts, exit, mgr) : newref(exit);
  decref(exit);
  if (!bound_exit) {
    decref(enter);
    goto error;
  }
  Value res = enter_m ? call1(ts, enter, mgr) : call0(ts, enter);
  decref(enter);
  if (!res) {
    decref(bound_exit);
    goto error;
  }
  TOP() = bound_exit;
  decref(mgr);
  PUSH(res);
  DISPATCH();
}
L_BEFORE_ASYNC_WITH: {
  Value mgr = TOP();
  bool enter_m = false, exit_m = false;
  Value enter = lookup_special(ts, mgr, interp->names.__aenter__, &enter_m);
  if (!enter) {
    if (!err_occurred(ts))
      raisef(ts, Exc::TypeError, "'%s' object does not support the asynchronous context manager protocol",
             type_name(ts, mgr));
    goto error;
  }
  Value exit = lookup_special(ts, mgr, interp->names.__aexit__, &exit_m);
  if (!exit) {
    decref(enter);
    if (!err_occurred(ts))
      raisef(ts, Exc::TypeError,
             "'%s' object does not support the asynchronous context manager protocol (missed __aexit__ method)",
             type_name(ts, mgr));
    goto error;
  }
  Value bound_exit = exit_m ? method_new(ts, exit, mgr) : newref(exit);
  decref(exit);
  Value res = enter_m ? call1(ts, enter, mgr) : call0(ts, enter);
  decref(enter);
  if (!res || !bound_exit) {
    decref(bound_exit);
    decref(res);
    goto error;
  }
  Value aw = get_awaitable(ts, res, 1);
  decref(res);
  if (!aw) {
    decref(bound_exit);
    goto error;
  }
  TOP() = bound_exit;
  decref(mgr);
  PUSH(aw);
  DISPATCH();
}
L_YIELD_VALUE: {
  Value v = POP();
  f->lasti = int32_t(instr - first);
  SAVE_FRAME();
  if (__builtin_expect(ts->use_profile, 0)) {
    if (first != co->code) f->ip = co->code + (ip - first);  // a suspended frame's ip is in the real code
    if (!profile_yield(ts, f, v)) {
      decref(v);
      goto exit_unwind;
    }
  }
  f->state = FrameState::Suspended;
  f->yield_from = oparg != 0;
  if (!f->is_entry) {
    // Run inline by an awaiter's SEND or a FOR_ITER: the value leaves the
    // whole delegation chain at once (vm/generator.cpp, "Delegation chains"),
    // to the for loop or out of this C++ call.
    Frame* up = gen_yield_inline(ts, f);
    if (!up) return v;
    f = up;
    LOAD_FRAME();
    PUSH(v);
    DISPATCH();
  }
  ts->frame = f->previous;
  --ts->py_depth;
  return v;
}
L_SEND: {
  Value v = POP();
  Value sub = TOP();
  bool done = false;
  SAVE_FRAME();
  f->lasti = int32_t(instr - first);
  // A generator or coroutine delegate runs on top of this frame in this loop
  // (no C++ recursion per level); its return or exception comes back to this SEND.
  if (sub.is_obj() && (sub.obj()->type == interp->types.generator || sub.obj()->type == interp->types.coroutine) &&
      insn_op(*ip) == Op::YIELD_VALUE && ts->py_depth + ts->c_depth < interp->recursion_limit) {
    f->ip = instr;
    Frame* nf = gen_resume_inline(ts, f, sub.as<GenObject>(), v);
    if (nf) {
      decref(v);
      Frame* resumer = f;
      f = nf;
      ts->frame = f;
      LOAD_FRAME();
      PROFILE_ENTER(resumer);
      DISPATCH();
    }
  }
  Value r = send_to_delegate(ts, sub, v, &done);
  decref(v);
  if (!r) goto error;
  if (done) {
    (void)POP();
    decref(sub);
    PUSH(r);
    ip = first + oparg;
    if (__builtin_expect(ts->use_trace, 0) && !trace_stop_iteration(ts, f, r)) goto error;
  } else {
    PUSH(r);
  }
  DISPATCH();
}
L_GET_YIELD_FROM_ITER: {
  Value v = TOP();
  TypeObject* t = type_of(ts, v);
  if (t == interp->types.coroutine) {
    if (!(co->flags & (kCoCoroutine | kCoIterableCoroutine))) {
      raise(ts, Exc::TypeError, "cannot 'yield from' a coroutine object in a non-coroutine generator");
      goto error;
    }
    DISPATCH();
  }
  if (t == interp->types.generator) DISPATCH();
  Value it = get_iter(ts, v);
  if (!it) goto error;
  TOP() = it;
  decref(v);
  DISPATCH();
}
L_GET_AWAITABLE: {
  Value v = TOP();
  Value aw = get_awaitable(ts, v, oparg);
  if (!aw) goto error;
  TOP() = aw;
  decref(v);
  DISPATCH();
}
L_GET_AITER: {
  Value v = TOP();
  bool m = false;
  Value fn = lookup_special(ts, v, interp->names.__aiter__, &m);
  if (!fn) {
    if (!err_occurred(ts))
      raisef(ts, Exc::TypeError, "'async for' requires an object with __aiter__ method, got %s", type_name(ts, v));
    goto error;
  }
  Value it = m ? call1(ts, fn, v) : call0(ts, fn);
  decref(fn);
  if (!it) goto error;
  bool m2 = false;
  Value anext = lookup_special(ts, it, interp->names.__anext__, &m2);
  if (!anext) {
    if (!err_occurred(ts))
      raisef(ts, Exc::TypeError, "'async for' received an object from __aiter__ that does not implement __anext__: %s",
             type_name(ts, it));
    decref(it);
    goto error;
  }
  decref(anext);
  TOP() = it;
  decref(v);
  DISPATCH();
}
L_GET_ANEXT: {
  Value it = TOP();
  bool m = false;
  Value fn = lookup_special(ts, it, interp->names.__anext__, &m);
  if (!fn) {
    if (!err_occurred(ts))
      raisef(ts, Exc::TypeError, "'async for' requires an iterator with __anext__ method, got %s", type_name(ts, it));
    goto error;
  }
  Value aw0 = m ? call1(ts, fn, it) : call0(ts, fn);
  decref(fn);
  if (!aw0) goto error;
  Value aw = get_awaitable(ts, aw0, 0);
  if (!aw) {
    if (err_matches(ts, Exc::TypeError)) {
      err_clear(ts);
      raisef(ts, Exc::TypeError, "'async for' received an invalid object from __anext__: %s", type_name(ts, aw0));
    }
    decref(aw0);
    goto error;
  }
  decref(aw0);
  PUSH(aw);
  DISPATCH();
}
L_END_ASYNC_FOR: {
  Value exc = POP();
  Value aiter = POP();
  if (is_exception_instance(ts, exc) && is_subtype(type_of(ts, exc), exc_type(ts, Exc::StopAsyncIteration))) {
    decref(exc);
    decref(aiter);
    DISPATCH();
  }
  decref(aiter);
  err_restore(ts, exc);
  goto exception_unwind;
}
L_ASYNC_GEN_WRAP: {
  Value v = TOP();
  Value w = async_gen_wrap_value(ts, v);
  if (!w) goto error;
  TOP() = w;
  decref(v);
  DISPATCH();
}
L_CLEANUP_THROW: {
  Value exc = POP();
  Value last = POP();
  Value sub = POP();
  if (is_exception_instance(ts, exc) && is_subtype(type_of(ts, exc), exc_type(ts, Exc::StopIteration))) {
    Value val = exc.as<StopIterationObject>()->value;
    PUSH(val ? newref(val) : Value::none());
    decref(exc);
    decref(last);
    decref(sub);
    DISPATCH();
  }
  decref(last);
  decref(sub);
  err_restore(ts, exc);
  goto exception_unwind;
}
L_RETURN_GENERATOR:
L_EXTENDED_ARG:
  raise(ts, Exc::SystemError, "unexpected opcode");
  goto error;
L_IMPORT_NAME: {
  Value fromlist = POP();
  Value level = TOP();
  SAVE_FRAME();
  f->lasti = int32_t(instr - first);
  int lvl = level.is_small_int() ? int(level.as_small_int()) : 0;
  Value m = import_module_level(ts, names[oparg], Value::from_obj(f->globals), fromlist, lvl);
  decref(fromlist);
  if (!m) goto error;
  TOP() = m;
  decref(level);
  DISPATCH();
}
L_IMPORT_FROM: {
  Value m = TOP();
  Value v = import_from(ts, m, names[oparg].as<StrObject>());
  if (!v) goto error;
  PUSH(v);
  DISPATCH();
}
L_IMPORT_STAR: {
  Value m = POP();
  bool ok = import_star(ts, m, f->locals ? f->locals : Value::from_obj(f->globals));
  decref(m);
  if (!ok) goto error;
  DISPATCH();
}
L_PRINT_EXPR: {
  Value v = POP();
  Value hook = getattr_str(ts, Value::from_obj(interp->sys), "displayhook");
  if (!hook) {
    decref(v);
    goto error;
  }
  Value r = call1(ts, hook, v);
  decref(hook);
  decref(v);
  if (!r) goto error;
  decref(r);
  DISPATCH();
}
L_GET_LEN: {
  int64_t n;
  if (!length(ts, TOP(), &n)) goto error;
  Value v = int_from_i64(ts, n);
  PUSH(v);
  DISPATCH();
}
L_MATCH_MAPPING: {
  {
    bool m = is_mapping_for_match(ts, TOP());
    PUSH(Value::boolean(m));
  }
  DISPATCH();
}
L_MATCH_SEQUENCE: {
  {
    bool m = is_sequence_for_match(ts, TOP());
    PUSH(Value::boolean(m));
  }
  DISPATCH();
}
L_MATCH_KEYS: {
  Value r = match_keys(ts, SECOND(), TOP());
  if (!r) goto error;
  PUSH(r);
  DISPATCH();
}
L_MATCH_CLASS: {
  Value kwn = POP();
  Value cls = POP();
  Value subj = TOP();
  Value r = match_class(ts, subj, cls, kwn, oparg);
  decref(kwn);
  decref(cls);
  if (!r) goto error;
  TOP() = r;
  decref(subj);
  DISPATCH();
}

  // ---------------------------------------------------------------- errors
error:
  f->lasti = int32_t(instr - first);
  f->sp = sp;
  if (!ts->curexc) raise(ts, Exc::SystemError, "error return without exception set");
  if (!reraise) chain_context(ts, ts->curexc);
  reraise = false;
  add_traceback(ts, f);
  if (__builtin_expect(ts->use_trace, 0)) {
    trace_exception(ts, f);
    TRACE_SWITCH();
  }
exception_unwind:
  kwnames = nullptr;
  {
    // The handler is found from the instruction being executed, not from
    // f->lasti, which RERAISE may have set back to the original raise point.
    const ExceptionTableEntry* h = find_handler(co, int32_t(instr - first));
    if (h) {
      Value* target = f->localsplus + co->nlocalsplus + h->depth;
      while (sp > target) decref(POP());
      if (h->lasti) PUSH(Value::small_int(f->lasti));
      Value exc = err_fetch(ts);
      PUSH(exc);
      ip = first + h->handler;
      DISPATCH();
    }
  }
  // No handler in this frame: pop it and continue in the caller.
  if (__builtin_expect(f->check_on_return, 0) && ts->use_profile) {
    while (sp > f->localsplus + co->nlocalsplus) decref(POP());
    f->sp = sp;
    profile_unwind(ts, f);
  }
exit_unwind:  // leave the frame with the pending exception, no handler of its own consulted
  while (sp > f->localsplus + co->nlocalsplus) decref(POP());
  f->sp = sp;
  if (f->is_entry) {
    ts->frame = f->previous;
    --ts->py_depth;
    f->state = FrameState::Completed;
    if (f->frame_obj) frame_object_detach(ts, f);
    frame_clear(f);
    if (f->owner == FrameOwner::Thread) frame_pop(ts, f);
    return Value();
  }
  {
    Frame* caller = f->previous;
    if (f->owner == FrameOwner::Generator) {
      caller = gen_leave_inline(ts, f, true);  // run by the caller's SEND or FOR_ITER
    } else {
      if (f->frame_obj) frame_object_detach(ts, f);
      frame_clear(f);
      frame_pop(ts, f);
      --ts->py_depth;
    }
    f = caller;
    ts->frame = f;
    LOAD_FRAME();
    instr = first + f->lasti;  // the CALL (SEND, FOR_ITER) that is failing
    // The call already removed its callable and arguments from the caller's stack.
    add_traceback(ts, f);
    if (__builtin_expect(ts->use_trace, 0)) {
      trace_exception(ts, f);
      TRACE_SWITCH();
    }
    goto exception_unwind;
  }
}

}  // namespace minipy
