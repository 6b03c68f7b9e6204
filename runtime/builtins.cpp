// runtime/builtins.cpp — the `builtins` module: its functions (print, len,
// isinstance, min/max, sum, sorted, ...) with CPython 3.11's semantics and
// error messages, and the module's init hook that exposes the built-in types,
// exception classes and constants. Functions needing the evaluation loop
// (globals, exec, __build_class__, __import__...) call the VM hooks declared in
// objects.h. Less common functions live in builtins2.cpp.
#include <cstring>

#include "runtime/builtins_internal.h"
#include "stdlib/modules.h"  // builtins_module_def
#include "stdlib/modules.h"

namespace minipy {

namespace {

Value b_abs(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "abs", kw) || !check_nargs(ts, "abs", nargs, 1, 1)) return Value();
  Value v = args[0];
  if (v.is_small_int()) {
    int64_t i = v.as_small_int();
    return int_from_i64(ts, i < 0 ? -i : i);
  }
  return absolute(ts, v);
}

Value all_any(ThreadState* ts, const char* name, const Value* args, size_t nargs, TupleObject* kw, bool is_all) {
  if (!no_kwargs(ts, name, kw) || !check_nargs(ts, name, nargs, 1, 1)) return Value();
  Ref it(get_iter(ts, args[0]));
  if (!it) return Value();
  while (true) {
    Ref item(iter_next(ts, it.get()));
    if (!item) {
      if (err_occurred(ts)) return Value();
      return Value::boolean(is_all);
    }
    int t = truthy(ts, item.get());
    if (t < 0) return Value();
    if (is_all && !t) return Value::False();
    if (!is_all && t) return Value::True();
  }
}
Value b_all(ThreadState* ts, Value, const Value* a, size_t n, TupleObject* kw) { return all_any(ts, "all", a, n, kw, true); }
Value b_any(ThreadState* ts, Value, const Value* a, size_t n, TupleObject* kw) { return all_any(ts, "any", a, n, kw, false); }

Value b_ascii(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "ascii", kw) || !check_nargs(ts, "ascii", nargs, 1, 1)) return Value();
  return ascii(ts, args[0]);
}

Value int_text(ThreadState* ts, const char* name, const Value* args, size_t nargs, TupleObject* kw, int base,
               const char* prefix) {
  if (!no_kwargs(ts, name, kw) || !check_nargs(ts, name, nargs, 1, 1)) return Value();
  Ref i(index(ts, args[0]));
  if (!i) return Value();
  mpz_t z;
  mpz_init(z);
  int_to_mpz(ts, i.get(), z);
  bool neg = mpz_sgn(z) < 0;
  mpz_abs(z, z);
  std::string out(mpz_sizeinbase(z, base) + 4, '\0');
  mpz_get_str(out.data(), base, z);
  out.resize(std::strlen(out.c_str()));
  mpz_clear(z);
  return str_new(ts, (neg ? "-" : "") + std::string(prefix) + out);
}
Value b_bin(ThreadState* ts, Value, const Value* a, size_t n, TupleObject* kw) { return int_text(ts, "bin", a, n, kw, 2, "0b"); }
Value b_oct(ThreadState* ts, Value, const Value* a, size_t n, TupleObject* kw) { return int_text(ts, "oct", a, n, kw, 8, "0o"); }
Value b_hex(ThreadState* ts, Value, const Value* a, size_t n, TupleObject* kw) { return int_text(ts, "hex", a, n, kw, 16, "0x"); }

Value b_breakpoint(ThreadState* ts, Value, const Value*, size_t, TupleObject*) { return Value::none(); }

Value b_callable(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "callable", kw) || !check_nargs(ts, "callable", nargs, 1, 1)) return Value();
  return Value::boolean(is_callable(ts, args[0]));
}

Value b_chr(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "chr", kw) || !check_nargs(ts, "chr", nargs, 1, 1)) return Value();
  Value v = args[0];
  int64_t i;
  if (v.is_small_int()) {
    i = v.as_small_int();
  } else {
    Ref x(index(ts, v));
    if (!x) return Value();
    if (!int_as_i64(ts, x.get(), &i) || i > INT32_MAX || i < INT32_MIN) {
      err_clear(ts);
      return raise(ts, Exc::OverflowError, "Python int too large to convert to C int");
    }
  }
  if (i < 0 || i > 0x10FFFF) return raise(ts, Exc::ValueError, "chr() arg not in range(0x110000)");
  if (i < 128 && ts->interp->single_chars[i]) return newref(ts->interp->single_chars[i]);
  return str_from_codepoint(ts, uint32_t(i));
}

bool attr_name(ThreadState* ts, Value name) {
  if (is_str(ts, name)) return true;
  raisef(ts, Exc::TypeError, "attribute name must be string, not '%s'", type_name(ts, name));
  return false;
}

Value b_delattr(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "delattr", kw) || !check_nargs(ts, "delattr", nargs, 2, 2)) return Value();
  if (!attr_name(ts, args[1])) return Value();
  if (!delattr(ts, args[0], intern(ts, str_view(args[1])))) return Value();
  return Value::none();
}

Value b_getattr(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "getattr", kw) || !check_nargs(ts, "getattr", nargs, 2, 3)) return Value();
  if (!attr_name(ts, args[1])) return Value();
  StrObject* name = args[1].as<StrObject>()->interned ? args[1].as<StrObject>() : intern(ts, str_view(args[1]));
  if (nargs == 2) return getattr(ts, args[0], name);
  Value r = getattr_opt(ts, args[0], name);
  if (r) return r;
  if (err_occurred(ts)) {
    if (!err_matches(ts, Exc::AttributeError)) return Value();
    err_clear(ts);
  }
  return newref(args[2]);
}

Value b_hasattr(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "hasattr", kw) || !check_nargs(ts, "hasattr", nargs, 2, 2)) return Value();
  if (!attr_name(ts, args[1])) return Value();
  StrObject* name = args[1].as<StrObject>()->interned ? args[1].as<StrObject>() : intern(ts, str_view(args[1]));
  Value r = getattr_opt(ts, args[0], name);
  if (r) {
    decref(r);
    return Value::True();
  }
  if (err_occurred(ts)) {
    if (!err_matches(ts, Exc::AttributeError)) return Value();
    err_clear(ts);
  }
  return Value::False();
}

Value b_setattr(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "setattr", kw) || !check_nargs(ts, "setattr", nargs, 3, 3)) return Value();
  if (!attr_name(ts, args[1])) return Value();
  if (!setattr(ts, args[0], intern(ts, str_view(args[1])), args[2])) return Value();
  return Value::none();
}

// divmod(a, b) with the binary-operator dispatch rules (subclass first).
Value b_divmod(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "divmod", kw) || !check_nargs(ts, "divmod", nargs, 2, 2)) return Value();
  Value a = args[0], b = args[1];
  TypeObject* ta = type_of(ts, a);
  TypeObject* tb = type_of(ts, b);
  BinaryFn sa = ta->slots.divmod;
  BinaryFn sb = tb != ta ? tb->slots.divmod : nullptr;
  if (sb == sa) sb = nullptr;
  if (sa) {
    if (sb && is_subtype(tb, ta)) {
      Value r = sb(ts, a, b);
      if (!r || !r.is_not_implemented()) return r;
      sb = nullptr;
    }
    Value r = sa(ts, a, b);
    if (!r || !r.is_not_implemented()) return r;
  }
  if (sb) {
    Value r = sb(ts, a, b);
    if (!r || !r.is_not_implemented()) return r;
  }
  return raisef(ts, Exc::TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'", type_name(ts, a),
                type_name(ts, b));
}

Value b_format(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "format", kw) || !check_nargs(ts, "format", nargs, 1, 2)) return Value();
  Value spec = nargs > 1 ? args[1] : ts->interp->empty_str;
  if (!is_str(ts, spec))
    return raisef(ts, Exc::TypeError, "format() argument 2 must be str, not %s", type_name(ts, spec));
  return format(ts, args[0], spec);
}

Value b_hash(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "hash", kw) || !check_nargs(ts, "hash", nargs, 1, 1)) return Value();
  int64_t h;
  if (!hash(ts, args[0], &h)) return Value();
  return int_from_i64(ts, h);
}

Value b_id(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "id", kw) || !check_nargs(ts, "id", nargs, 1, 1)) return Value();
  return int_from_u64(ts, uint64_t(args[0].bits()));
}

Value b_isinstance(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "isinstance", kw) || !check_nargs(ts, "isinstance", nargs, 2, 2)) return Value();
  if (Value::from_obj(type_of(ts, args[0])) == args[1]) return Value::True();
  int r = isinstance(ts, args[0], args[1]);
  if (r < 0) return Value();
  return Value::boolean(r);
}

Value b_issubclass(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "issubclass", kw) || !check_nargs(ts, "issubclass", nargs, 2, 2)) return Value();
  int r = issubclass(ts, args[0], args[1]);
  if (r < 0) return Value();
  return Value::boolean(r);
}

Value b_iter(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "iter", kw) || !check_nargs(ts, "iter", nargs, 1, 2)) return Value();
  if (nargs == 1) return get_iter(ts, args[0]);
  if (!is_callable(ts, args[0])) return raise(ts, Exc::TypeError, "iter(v, w): v must be callable");
  return callable_iter_new(ts, args[0], args[1]);
}

Value b_len(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (nargs != 1 || kw) {
    if (!no_kwargs(ts, "len", kw) || !check_nargs(ts, "len", nargs, 1, 1)) return Value();
  }
  Value v = args[0];
  if (v.is_obj()) {
    TypeObject* t = v.obj()->type;
    const BuiltinTypes& bt = ts->interp->types;
    if (t == bt.str) return Value::small_int(v.as<StrObject>()->length);
    if (t == bt.list) return Value::small_int(v.as<ListObject>()->size);
    if (t == bt.tuple) return Value::small_int(v.as<TupleObject>()->size);
    if (t == bt.dict) return Value::small_int(v.as<DictObject>()->used);
  }
  int64_t n;
  if (!length(ts, v, &n)) return Value();
  return int_from_i64(ts, n);
}

Value b_next(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "next", kw) || !check_nargs(ts, "next", nargs, 1, 2)) return Value();
  Value it = args[0];
  TypeObject* t = type_of(ts, it);
  if (!t->slots.iternext)
    return raisef(ts, Exc::TypeError, "'%s' object is not an iterator", type_name(ts, it));
  Value r = t->slots.iternext(ts, it);
  if (r) return r;
  if (err_occurred(ts)) {
    if (nargs < 2 || !err_matches(ts, Exc::StopIteration)) return Value();
    err_clear(ts);
    return newref(args[1]);
  }
  if (nargs == 2) return newref(args[1]);
  Value e = exception_new(ts, exc_type(ts, Exc::StopIteration), nullptr, 0);
  if (!e) return Value();
  raise_value(ts, e);
  decref(e);
  return Value();
}

Value b_ord(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "ord", kw) || !check_nargs(ts, "ord", nargs, 1, 1)) return Value();
  Value v = args[0];
  if (is_str(ts, v)) {
    auto* s = v.as<StrObject>();
    if (s->length != 1)
      return raisef(ts, Exc::TypeError, "ord() expected a character, but string of length %lld found",
                    (long long)s->length);
    const unsigned char* p = reinterpret_cast<const unsigned char*>(s->data);
    uint32_t c = p[0];
    if (c >= 0x80) {
      int len = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
      c &= len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07;
      for (int k = 1; k < len; k++) c = (c << 6) | (p[k] & 0x3F);
    }
    return Value::small_int(c);
  }
  if (is_bytes(ts, v) || is_bytearray(ts, v)) {
    std::string_view b;
    if (!bytes_like_view(ts, v, &b)) return Value();
    if (b.size() != 1)
      return raisef(ts, Exc::TypeError, "ord() expected a character, but string of length %zu found", b.size());
    return Value::small_int(static_cast<unsigned char>(b[0]));
  }
  return raisef(ts, Exc::TypeError, "ord() expected string of length 1, but %s found", type_name(ts, v));
}

Value b_pow(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  static constexpr const char* kNames[] = {"base", "exp", "mod"};
  Value a[3];
  if (!parse_args(ts, "pow", args, nargs, kw, kNames, 3, 0, 3, 2, a)) return Value();
  return power(ts, a[0], a[1], a[2] ? a[2] : Value::none());
}

Value b_repr(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "repr", kw) || !check_nargs(ts, "repr", nargs, 1, 1)) return Value();
  return repr(ts, args[0]);
}

Value b_round(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  static constexpr const char* kNames[] = {"number", "ndigits"};
  Value a[2];
  if (!parse_args(ts, "round", args, nargs, kw, kNames, 2, 0, 2, 1, a)) return Value();
  bool is_method = false;
  Ref meth(lookup_special(ts, a[0], ts->interp->names.__round__, &is_method));
  if (!meth) {
    if (err_occurred(ts)) return Value();
    return raisef(ts, Exc::TypeError, "type %s doesn't define __round__ method", type_name(ts, a[0]));
  }
  bool has_nd = a[1] && !a[1].is_none();
  if (is_method) return has_nd ? call2(ts, meth.get(), a[0], a[1]) : call1(ts, meth.get(), a[0]);
  return has_nd ? call1(ts, meth.get(), a[1]) : call0(ts, meth.get());
}

Value b_sorted(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (nargs != 1) return raisef(ts, Exc::TypeError, "sorted expected 1 argument, got %zu", nargs);
  Value key, reverse;
  if (kw) {
    for (int64_t i = 0; i < kw->size; i++) {
      std::string_view k = str_view(kw->items[i]);
      if (k == "key") key = args[nargs + size_t(i)];
      else if (k == "reverse") reverse = args[nargs + size_t(i)];
      else
        return raisef(ts, Exc::TypeError, "sort() got an unexpected keyword argument '%.*s'", int(k.size()), k.data());
    }
  }
  bool rev = false;
  if (reverse) {  // list.sort's rule: an int (bool included), not any truthy value
    if (reverse.is_bool()) rev = reverse.is_true();
    else {
      int64_t iv;
      if (!index_i64(ts, reverse, &iv)) return Value();
      rev = iv != 0;
    }
  }
  Ref l(sequence_to_list(ts, args[0]));
  if (!l) return Value();
  if (!list_sort(ts, l.as<ListObject>(), key && !key.is_none() ? key : Value(), rev)) return Value();
  return l.release();
}

Value b_sum(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  static constexpr const char* kNames[] = {"", "start"};
  Value a[2];
  if (!parse_args(ts, "sum", args, nargs, kw, kNames, 2, 1, 2, 1, a)) return Value();
  Value start = a[1] ? a[1] : Value::small_int(0);
  if (is_str(ts, start)) return raise(ts, Exc::TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
  if (is_bytes(ts, start)) return raise(ts, Exc::TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
  if (is_bytearray(ts, start))
    return raise(ts, Exc::TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]");
  Ref it(get_iter(ts, a[0]));
  if (!it) return Value();
  Ref result = Ref::borrow(start);
  TypeObject* float_t = ts->interp->types.float_;
  // Fast path: exact ints (and bools) in int64.
  if (result.get().is_small_int() || result.get().is_bool()) {
    int64_t acc = result.get().is_small_int() ? result.get().as_small_int() : result.get().is_true();
    while (true) {
      Ref item(iter_next(ts, it.get()));
      if (!item) {
        if (err_occurred(ts)) return Value();
        return int_from_i64(ts, acc);
      }
      Value v = item.get();
      int64_t x;
      if (v.is_small_int() || v.is_bool()) {
        x = v.is_small_int() ? v.as_small_int() : v.is_true();
        int64_t s;
        if (!__builtin_add_overflow(acc, x, &s) && Value::fits_small(s)) {
          acc = s;
          continue;
        }
      }
      if (v.is_obj() && v.obj()->type == float_t) {
        result.reset(float_new(ts, double(acc) + float_value(v)));
        if (!result) return Value();
        break;
      }
      Ref cur(int_from_i64(ts, acc));
      if (!cur) return Value();
      result.reset(binary_op(ts, cur.get(), v, BinOp::Add));
      if (!result) return Value();
      break;
    }
  }
  // Fast path: floats (ints that fit in int64 are converted).
  if (result.get().is_obj() && result.get().obj()->type == float_t) {
    double acc = float_value(result.get());
    while (true) {
      Ref item(iter_next(ts, it.get()));
      if (!item) {
        if (err_occurred(ts)) return Value();
        return float_new(ts, acc);
      }
      Value v = item.get();
      if (v.is_obj() && v.obj()->type == float_t) {
        acc += float_value(v);
        continue;
      }
      if (v.is_small_int() || v.is_bool()) {
        acc += double(v.is_small_int() ? v.as_small_int() : int64_t(v.is_true()));
        continue;
      }
      Ref cur(float_new(ts, acc));
      if (!cur) return Value();
      result.reset(binary_op(ts, cur.get(), v, BinOp::Add));
      if (!result) return Value();
      break;
    }
  }
  while (true) {
    Ref item(iter_next(ts, it.get()));
    if (!item) {
      if (err_occurred(ts)) return Value();
      return result.release();
    }
    Value r = binary_op(ts, result.get(), item.get(), BinOp::Add);
    if (!r) return Value();
    result.reset(r);
  }
}

// min/max(iterable, *, key, default) or min/max(a, b, *args, key)
Value min_max(ThreadState* ts, const char* name, const Value* args, size_t nargs, TupleObject* kw, CmpOp op) {
  Value key, dflt;
  if (kw) {
    for (int64_t i = 0; i < kw->size; i++) {
      std::string_view k = str_view(kw->items[i]);
      if (k == "key") key = args[nargs + size_t(i)];
      else if (k == "default") dflt = args[nargs + size_t(i)];
      else
        return raisef(ts, Exc::TypeError, "%s() got an unexpected keyword argument '%.*s'", name, int(k.size()),
                      k.data());
    }
  }
  if (nargs == 0) return raisef(ts, Exc::TypeError, "%s expected at least 1 argument, got 0", name);
  if (key && key.is_none()) key = Value();
  if (nargs > 1 && dflt)
    return raisef(ts, Exc::TypeError, "Cannot specify a default for %s() with multiple positional arguments", name);
  Ref it;
  size_t pos = 0;
  if (nargs == 1) {
    it = Ref(get_iter(ts, args[0]));
    if (!it) return Value();
  }
  auto next = [&]() -> Value {
    if (nargs == 1) return iter_next(ts, it.get());
    if (pos < nargs) return newref(args[pos++]);
    return Value();
  };
  Ref best, best_key;
  while (true) {
    Ref item(next());
    if (!item) {
      if (err_occurred(ts)) return Value();
      break;
    }
    Ref k;
    if (key) {
      k = Ref(call1(ts, key, item.get()));
      if (!k) return Value();
    } else {
      k = Ref::borrow(item.get());
    }
    if (!best) {
      best = std::move(item);
      best_key = std::move(k);
      continue;
    }
    int c;
    if (k.get().is_small_int() && best_key.get().is_small_int()) {
      int64_t x = k.get().as_small_int(), y = best_key.get().as_small_int();
      c = op == CmpOp::Gt ? x > y : x < y;
    } else {
      c = richcompare_bool(ts, k.get(), best_key.get(), op);
      if (c < 0) return Value();
    }
    if (c) {
      best = std::move(item);
      best_key = std::move(k);
    }
  }
  if (!best) {
    if (dflt) return newref(dflt);
    return raisef(ts, Exc::ValueError, "%s() arg is an empty sequence", name);
  }
  return best.release();
}
Value b_max(ThreadState* ts, Value, const Value* a, size_t n, TupleObject* kw) { return min_max(ts, "max", a, n, kw, CmpOp::Gt); }
Value b_min(ThreadState* ts, Value, const Value* a, size_t n, TupleObject* kw) { return min_max(ts, "min", a, n, kw, CmpOp::Lt); }

// print(*objects, sep=' ', end='\n', file=None, flush=False)
Value b_print(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  Value sep, end, file, flush;
  if (kw) {
    for (int64_t i = 0; i < kw->size; i++) {
      std::string_view k = str_view(kw->items[i]);
      Value v = args[nargs + size_t(i)];
      if (k == "sep") sep = v;
      else if (k == "end") end = v;
      else if (k == "file") file = v;
      else if (k == "flush") flush = v;
      else
        return raisef(ts, Exc::TypeError, "'%.*s' is an invalid keyword argument for print()", int(k.size()), k.data());
    }
  }
  if (sep && !sep.is_none() && !is_str(ts, sep))
    return raisef(ts, Exc::TypeError, "sep must be None or a string, not %s", type_name(ts, sep));
  if (end && !end.is_none() && !is_str(ts, end))
    return raisef(ts, Exc::TypeError, "end must be None or a string, not %s", type_name(ts, end));
  if (!file || file.is_none()) {
    file = current_std_stream(ts, 1);
    if (!file || file.is_none()) return Value::none();
  }
  std::string_view sepv = sep && !sep.is_none() ? str_view(sep) : std::string_view(" ");
  std::string_view endv = end && !end.is_none() ? str_view(end) : std::string_view("\n");
  Ref hold = Ref::borrow(file);
  if (type_of(ts, file) == ts->interp->types.text_file) {
    // Our own file type: build the whole line and write once.
    std::string buf;
    for (size_t i = 0; i < nargs; i++) {
      if (i) buf += sepv;
      Value a = args[i];
      if (a.is_obj() && a.obj()->type == ts->interp->types.str) {
        buf += str_view(a);
      } else {
        Ref s(str(ts, a));
        if (!s) return Value();
        buf += str_view(s.get());
      }
    }
    buf += endv;
    if (!file_write_text(ts, file, buf)) return Value();
  } else {
    for (size_t i = 0; i < nargs; i++) {
      if (i) {
        Ref s(str_new(ts, sepv));
        if (!s) return Value();
        Value sv = s.get();
        Ref r(call_method(ts, file, ts->interp->names.write, &sv, 1));
        if (!r) return Value();
      }
      Ref s(str(ts, args[i]));
      if (!s) return Value();
      Value sv = s.get();
      Ref r(call_method(ts, file, ts->interp->names.write, &sv, 1));
      if (!r) return Value();
    }
    Ref e(str_new(ts, endv));
    if (!e) return Value();
    Value ev = e.get();
    Ref r(call_method(ts, file, ts->interp->names.write, &ev, 1));
    if (!r) return Value();
  }
  if (flush) {
    int t = truthy(ts, flush);
    if (t < 0) return Value();
    if (t) {
      Ref r(call_method(ts, file, ts->interp->names.flush, nullptr, 0));
      if (!r) return Value();
    }
  }
  return Value::none();
}

Value b_open(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  static constexpr const char* kNames[] = {"file", "mode", "buffering", "encoding", "errors", "newline", "closefd",
                                           "opener"};
  Value a[8];
  if (!parse_args(ts, "open", args, nargs, kw, kNames, 8, 0, 8, 1, a)) return Value();
  std::string_view mode = "r";
  if (a[1]) {
    if (!is_str(ts, a[1]))
      return raisef(ts, Exc::TypeError, "open() argument 'mode' must be str, not %s", type_name(ts, a[1]));
    mode = str_view(a[1]);
  }
  int64_t buffering = -1;
  if (a[2] && !index_i64(ts, a[2], &buffering)) return Value();
  bool closefd = true;
  if (a[6]) {
    int t = truthy(ts, a[6]);
    if (t < 0) return Value();
    closefd = t;
  }
  auto opt = [](Value v) { return v ? v : Value::none(); };
  return file_open(ts, a[0], mode, buffering, opt(a[3]), opt(a[4]), opt(a[5]), closefd);
}

Value b_globals(ThreadState* ts, Value, const Value*, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "globals", kw) || !check_nargs(ts, "globals", nargs, 0, 0)) return Value();
  return vm_globals(ts);
}

Value b_locals(ThreadState* ts, Value, const Value*, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "locals", kw) || !check_nargs(ts, "locals", nargs, 0, 0)) return Value();
  return vm_locals(ts);
}

Value b_build_class(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  return vm_build_class(ts, args, nargs, kw);
}

Value b_import(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  static constexpr const char* kNames[] = {"name", "globals", "locals", "fromlist", "level"};
  Value a[5];
  if (!parse_args(ts, "__import__", args, nargs, kw, kNames, 5, 0, 5, 1, a)) return Value();
  if (!is_str(ts, a[0]))
    return raisef(ts, Exc::TypeError, "__import__() argument 1 must be str, not %s", type_name(ts, a[0]));
  int64_t level = 0;
  if (a[4] && !index_i64(ts, a[4], &level)) return Value();
  if (level < 0) return raise(ts, Exc::ValueError, "level must be >= 0");
  return vm_import(ts, a[0], a[1] ? a[1] : Value::none(), a[3] ? a[3] : Value::none(), int(level));
}

// exit()/quit(): site's Quitter objects in CPython; here plain functions.
Value b_exit(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "exit", kw) || !check_nargs(ts, "exit", nargs, 0, 1)) return Value();
  Value e = exception_new(ts, exc_type(ts, Exc::SystemExit), args, nargs);
  if (!e) return Value();
  raise_value(ts, e);
  decref(e);
  return Value();
}

}  // namespace

const MethodDef kBuiltinFunctions[] = {
    {"__build_class__", b_build_class},
    {"__import__", b_import},
    {"abs", b_abs},
    {"aiter", builtin_aiter},
    {"all", b_all},
    {"anext", builtin_anext},
    {"any", b_any},
    {"ascii", b_ascii},
    {"bin", b_bin},
    {"breakpoint", b_breakpoint},
    {"callable", b_callable},
    {"chr", b_chr},
    {"compile", builtin_compile},
    {"delattr", b_delattr},
    {"dir", builtin_dir},
    {"divmod", b_divmod},
    {"eval", builtin_eval},
    {"exit", b_exit},
    {"exec", builtin_exec},
    {"format", b_format},
    {"getattr", b_getattr},
    {"globals", b_globals},
    {"hasattr", b_hasattr},
    {"hash", b_hash},
    {"hex", b_hex},
    {"id", b_id},
    {"input", builtin_input},
    {"isinstance", b_isinstance},
    {"issubclass", b_issubclass},
    {"iter", b_iter},
    {"len", b_len},
    {"locals", b_locals},
    {"max", b_max},
    {"min", b_min},
    {"next", b_next},
    {"oct", b_oct},
    {"open", b_open},
    {"ord", b_ord},
    {"pow", b_pow},
    {"print", b_print},
    {"quit", b_exit},
    {"repr", b_repr},
    {"round", b_round},
    {"setattr", b_setattr},
    {"sorted", b_sorted},
    {"sum", b_sum},
    {"vars", builtin_vars},
    {nullptr, nullptr},
};

static bool builtins_init(ThreadState* ts, ModuleObject* m) {
  Interpreter* in = ts->interp;
  const BuiltinTypes& t = in->types;
  struct Entry {
    const char* name;
    TypeObject* type;
  };
  const Entry types[] = {
      {"object", t.object_}, {"type", t.type}, {"int", t.int_}, {"bool", t.bool_}, {"float", t.float_},
      {"complex", t.complex}, {"str", t.str}, {"bytes", t.bytes}, {"bytearray", t.bytearray}, {"memoryview", t.memoryview},
      {"tuple", t.tuple}, {"list", t.list}, {"dict", t.dict}, {"set", t.set}, {"frozenset", t.frozenset},
      {"range", t.range}, {"slice", t.slice}, {"super", t.super}, {"property", t.property},
      {"staticmethod", t.staticmethod}, {"classmethod", t.classmethod}, {"enumerate", t.enumerate},
      {"zip", t.zip}, {"map", t.map}, {"filter", t.filter}, {"reversed", t.reversed},
  };
  for (const Entry& e : types)
    if (e.type && !module_add(ts, m, e.name, Value::from_obj(e.type))) return false;
  for (size_t i = 0; i < size_t(Exc::Count_); i++) {
    TypeObject* et = in->exc_types[i];
    if (et && !module_add(ts, m, et->name->view(), Value::from_obj(et))) return false;
  }
  Value oserror = Value::from_obj(in->exc_types[size_t(Exc::OSError)]);
  if (!module_add(ts, m, "EnvironmentError", oserror) || !module_add(ts, m, "IOError", oserror)) return false;
  if (!module_add(ts, m, "None", Value::none()) || !module_add(ts, m, "True", Value::True()) ||
      !module_add(ts, m, "False", Value::False()) || !module_add(ts, m, "Ellipsis", Value::ellipsis()) ||
      !module_add(ts, m, "NotImplemented", Value::not_implemented()) || !module_add(ts, m, "__debug__", Value::True()))
    return false;
  return true;
}

const ModuleDef builtins_module_def = {
    .name = "builtins",
    .doc = "Built-in functions, exceptions, and other objects.",
    .methods = kBuiltinFunctions,
    .init = builtins_init,
};

}  // namespace minipy
