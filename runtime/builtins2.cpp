// runtime/builtins2.cpp — the less frequently called builtins: dir, vars,
// eval/exec/compile (thin checks around the VM hooks), input, aiter/anext.
#include "runtime/builtins_internal.h"
#include "vm/code.h"  // is_code

namespace minipy {

static bool add_dict_keys(ThreadState* ts, DictObject* d, DictObject* out) {
  int64_t pos = 0;
  Value k, v;
  while (dict_next(d, &pos, &k, &v))
    if (!dict_set(ts, out, k, Value::none())) return false;
  return true;
}

static bool add_type_attrs(ThreadState* ts, TypeObject* t, DictObject* out) {
  if (t->mro) {
    for (int64_t i = 0; i < t->mro->size; i++) {
      Value b = t->mro->items[i];
      if (b.is_obj() && b.as<TypeObject>()->dict && !add_dict_keys(ts, b.as<TypeObject>()->dict, out)) return false;
    }
  } else if (t->dict) {
    return add_dict_keys(ts, t->dict, out);
  }
  return true;
}

Value default_dir(ThreadState* ts, Value obj) {
  Ref keys(Value::from_obj(dict_new(ts)));
  if (!keys) return Value();
  DictObject* out = keys.as<DictObject>();
  TypeObject* t = type_of(ts, obj);
  if (t == ts->interp->types.module || is_subtype(t, ts->interp->types.module)) {
    Ref d(getattr(ts, obj, ts->interp->names.__dict__));
    if (!d) return Value();
    if (!is_dict(ts, d.get())) return raise(ts, Exc::TypeError, "<module>.__dict__ is not a dictionary");
    if (!add_dict_keys(ts, d.as<DictObject>(), out)) return Value();
  } else if (is_subtype(t, ts->interp->types.type)) {
    if (!add_type_attrs(ts, obj.as<TypeObject>(), out)) return Value();
  } else {
    Value d = getattr_opt(ts, obj, ts->interp->names.__dict__);
    if (d) {
      Ref hold(d);
      if (is_dict(ts, d) && !add_dict_keys(ts, d.as<DictObject>(), out)) return Value();
    } else if (err_occurred(ts)) {
      if (!err_matches(ts, Exc::AttributeError)) return Value();
      err_clear(ts);
    }
    Ref cls(getattr_opt(ts, obj, ts->interp->names.__class__));
    if (!cls && err_occurred(ts)) err_clear(ts);
    TypeObject* ct = cls && is_subtype(type_of(ts, cls.get()), ts->interp->types.type) ? cls.as<TypeObject>() : t;
    if (!add_type_attrs(ts, ct, out)) return Value();
  }
  ListObject* l = list_new(ts, 0);
  if (!l) return Value();
  int64_t pos = 0;
  Value k, v;
  while (dict_next(out, &pos, &k, &v))
    if (!list_append(ts, l, k)) {
      decref(l);
      return Value();
    }
  return Value::from_obj(l);
}

Value builtin_dir(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "dir", kw) || !check_nargs(ts, "dir", nargs, 0, 1)) return Value();
  Ref names;
  if (nargs == 0) {
    Ref loc(vm_locals(ts));
    if (!loc) return Value();
    if (is_dict(ts, loc.get())) {
      ListObject* l = list_new(ts, 0);
      if (!l) return Value();
      names = Ref(Value::from_obj(l));
      int64_t pos = 0;
      Value k, v;
      while (dict_next(loc.as<DictObject>(), &pos, &k, &v))
        if (!list_append(ts, l, k)) return Value();
    } else {
      Ref keys(call_method0(ts, loc.get(), "keys"));
      if (!keys) return Value();
      names = Ref(sequence_to_list(ts, keys.get()));
    }
  } else {
    bool is_method = false;
    Ref meth(lookup_special(ts, args[0], ts->interp->names.__dir__, &is_method));
    Ref res;
    if (meth) {
      res = Ref(is_method ? call1(ts, meth.get(), args[0]) : call0(ts, meth.get()));
    } else {
      if (err_occurred(ts)) return Value();
      res = Ref(default_dir(ts, args[0]));
    }
    if (!res) return Value();
    names = Ref(sequence_to_list(ts, res.get()));
  }
  if (!names) return Value();
  if (!list_sort(ts, names.as<ListObject>(), Value(), false)) return Value();
  return names.release();
}

Value builtin_vars(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "vars", kw) || !check_nargs(ts, "vars", nargs, 0, 1)) return Value();
  if (nargs == 0) return vm_locals(ts);
  Value d = getattr_opt(ts, args[0], ts->interp->names.__dict__);
  if (d) return d;
  if (err_occurred(ts) && !err_matches(ts, Exc::AttributeError)) return Value();
  err_clear(ts);
  return raise(ts, Exc::TypeError, "vars() argument must have __dict__ attribute");
}

static bool check_source(ThreadState* ts, const char* fname, Value src) {
  if (is_str(ts, src) || is_bytes(ts, src) || is_bytearray(ts, src) || is_code(ts, src)) return true;
  raisef(ts, Exc::TypeError, "%s() arg 1 must be a string, bytes or code object", fname);
  return false;
}

static bool check_namespaces(ThreadState* ts, const char* fname, Value* globals, Value* locals) {
  if (*globals && !globals->is_none() && !is_dict(ts, *globals)) {
    if (std::string_view(fname) == "exec")
      raisef(ts, Exc::TypeError, "exec() globals must be a dict, not %s", type_name(ts, *globals));
    else
      raise(ts, Exc::TypeError, "globals must be a real dict; try eval(expr, {}, mapping)");
    return false;
  }
  if (*locals && !locals->is_none()) {
    TypeObject* lt = type_of(ts, *locals);
    if (!lt->slots.getitem) {
      if (std::string_view(fname) == "exec")
        raisef(ts, Exc::TypeError, "locals must be a mapping or None, not %s", type_name(ts, *locals));
      else
        raise(ts, Exc::TypeError, "locals must be a mapping");
      return false;
    }
  }
  if (!*globals) *globals = Value::none();
  if (!*locals) *locals = Value::none();
  return true;
}

Value builtin_eval(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "eval", kw) || !check_nargs(ts, "eval", nargs, 1, 3)) return Value();
  Value globals = nargs > 1 ? args[1] : Value(), locals = nargs > 2 ? args[2] : Value();
  if (!check_source(ts, "eval", args[0]) || !check_namespaces(ts, "eval", &globals, &locals)) return Value();
  return vm_exec(ts, args[0], globals, locals, true);
}

Value builtin_exec(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  static constexpr const char* kNames[] = {"source", "globals", "locals", "closure"};
  Value a[4];
  if (!parse_args(ts, "exec", args, nargs, kw, kNames, 4, 3, 3, 1, a)) return Value();
  Value globals = a[1], locals = a[2];
  if (!check_source(ts, "exec", a[0]) || !check_namespaces(ts, "exec", &globals, &locals)) return Value();
  Ref r(vm_exec(ts, a[0], globals, locals, false));
  if (!r) return Value();
  return Value::none();
}

// compile() flags (CPython's PyCF_* and the CO_FUTURE_* it accepts).
constexpr int64_t kCfOnlyAst = 0x400, kCfTypeComments = 0x1000, kCfTopLevelAwait = 0x2000;
constexpr int64_t kCfAllowed = 0x1FE0000 /* CO_FUTURE_* */ | 0x10 /* CO_NESTED */ | 0x200 | kCfOnlyAst |
                               kCfTypeComments | kCfTopLevelAwait | 0x4000;

// `module.name` of a Python module, imported if need be (new reference).
static Value module_attr(ThreadState* ts, const char* module, const char* name) {
  Ref mname(str_new(ts, module));
  if (!mname) return Value();
  Ref mod(vm_import(ts, mname.get(), Value(), Value(), 0));
  if (!mod) return Value();
  return getattr(ts, mod.get(), intern(ts, name));
}

// Is v an instance of _ast.AST? (1/0/-1). No tree exists before _ast is imported.
static int is_ast_node(ThreadState* ts, Value v) {
  Value mod = dict_get_str(ts->interp->modules, intern(ts, "_ast"));
  if (!mod) return 0;
  Ref cls(getattr_opt(ts, mod, intern(ts, "AST")));
  if (!cls) return err_occurred(ts) ? -1 : 0;
  return isinstance(ts, v, cls.get());
}

Value builtin_compile(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  static constexpr const char* kNames[] = {"source", "filename", "mode", "flags", "dont_inherit", "optimize",
                                           "_feature_version"};
  Value a[7];
  if (!parse_args(ts, "compile", args, nargs, kw, kNames, 7, 0, 6, 3, a)) return Value();
  int64_t flags = 0, optimize = -1;
  if (a[3] && !int_as_i64(ts, a[3], &flags)) return Value();
  if (a[5] && !int_as_i64(ts, a[5], &optimize)) return Value();
  Ref filename = Ref::borrow(a[1]);
  if (!is_str(ts, a[1])) {
    // str, bytes or os.PathLike, as PyUnicode_FSDecoder
    Ref fsdecode(module_attr(ts, "os", "fsdecode"));
    if (!fsdecode) return Value();
    filename = Ref(call1(ts, fsdecode.get(), a[1]));
    if (!filename) return Value();
  }
  if (!is_str(ts, a[2]))
    return raisef(ts, Exc::TypeError, "compile() argument 'mode' must be str, not %s", type_name(ts, a[2]));
  if (flags & ~kCfAllowed) return raise(ts, Exc::ValueError, "compile(): unrecognised flags");
  if (optimize < -1 || optimize > 2) return raise(ts, Exc::ValueError, "compile(): invalid optimize value");
  std::string_view mode = str_view(a[2]);
  if (mode == "func_type") {
    if (!(flags & kCfOnlyAst)) return raise(ts, Exc::ValueError, "compile() mode 'func_type' requires flag PyCF_ONLY_AST");
  } else if (mode != "exec" && mode != "eval" && mode != "single") {
    return raise(ts, Exc::ValueError, (flags & kCfOnlyAst)
                                          ? "compile() mode must be 'exec', 'eval', 'single' or 'func_type'"
                                          : "compile() mode must be 'exec', 'eval' or 'single'");
  }
  int ast_in = is_ast_node(ts, a[0]);
  if (ast_in < 0) return Value();
  if (ast_in) {
    if (flags & kCfOnlyAst) return newref(a[0]);
    // The tree back to minipy's parse tree, checked, then compiled (stdlib/_astconv_compile.cpp).
    Ref conv(module_attr(ts, "_astconv", "compile"));
    if (!conv) return Value();
    Value cargs[5] = {a[0], filename.get(), a[2], Value::small_int(flags), Value::small_int(optimize)};
    return call(ts, conv.get(), cargs, 5);
  }
  if (is_code(ts, a[0])) return newref(a[0]);
  if (!is_str(ts, a[0]) && !is_bytes(ts, a[0]) && !is_bytearray(ts, a[0]))
    return raise(ts, Exc::TypeError, "compile() arg 1 must be a string, bytes or AST object");
  if (flags & kCfOnlyAst) {
    // ast.parse(source, filename, mode, type_comments=..., feature_version=...)
    Ref parse(module_attr(ts, "ast", "parse"));
    if (!parse) return Value();
    Ref kwn(tuple_pack(ts, {Value::from_obj(intern(ts, "type_comments")),
                            Value::from_obj(intern(ts, "feature_version"))}));
    if (!kwn) return Value();
    Value feature = a[6] && !(a[6].is_small_int() && a[6].as_small_int() < 0) ? a[6] : Value::none();
    Value pargs[5] = {a[0], filename.get(), a[2], Value::boolean(flags & kCfTypeComments), feature};
    return call(ts, parse.get(), pargs, 3, kwn.as<TupleObject>());
  }
  return vm_compile(ts, a[0], filename.get(), a[2], int(flags), int(optimize));
}

Value builtin_input(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "input", kw) || !check_nargs(ts, "input", nargs, 0, 1)) return Value();
  Value in_f = current_std_stream(ts, 0), out_f = current_std_stream(ts, 1);
  if (!in_f || in_f.is_none()) return raise(ts, Exc::RuntimeError, "input(): lost sys.stdin");
  if (!out_f || out_f.is_none()) return raise(ts, Exc::RuntimeError, "input(): lost sys.stdout");
  Ref hold_in = Ref::borrow(in_f), hold_out = Ref::borrow(out_f);
  Value err_f = current_std_stream(ts, 2);
  if (err_f && !err_f.is_none()) {
    Ref r(call_method0(ts, err_f, "flush"));
    if (!r) err_clear(ts);
  }
  if (nargs == 1) {
    Ref s(str(ts, args[0]));
    if (!s) return Value();
    if (!file_write_text(ts, out_f, str_view(s.get()))) return Value();
  }
  {
    Ref r(call_method0(ts, out_f, "flush"));
    if (!r) err_clear(ts);
  }
  Ref line(call_method0(ts, in_f, "readline"));
  if (!line) return Value();
  if (!is_str(ts, line.get())) return raise(ts, Exc::TypeError, "object.readline() returned non-string");
  std::string_view v = str_view(line.get());
  if (v.empty()) return raise(ts, Exc::EOFError, "EOF when reading a line");
  if (v.back() == '\n') v.remove_suffix(1);
  return str_new(ts, v);
}

Value builtin_aiter(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "aiter", kw) || !check_nargs(ts, "aiter", nargs, 1, 1)) return Value();
  bool is_method = false;
  Ref m(lookup_special(ts, args[0], ts->interp->names.__aiter__, &is_method));
  if (!m) {
    if (err_occurred(ts)) return Value();
    return raisef(ts, Exc::TypeError, "'%s' object is not an async iterable", type_name(ts, args[0]));
  }
  return is_method ? call1(ts, m.get(), args[0]) : call0(ts, m.get());
}

// ---- anext(it, default): an awaitable that runs it.__anext__()'s awaitable and
// turns its StopAsyncIteration into a return of `default` (CPython's
// anext_awaitable type).
namespace {
struct AnextAwaitableObject : Object {
  Value wrapped;   // the awaitable __anext__() returned
  Value inner;     // its iterator (null until first resumed)
  Value default_;  // returned when the iteration is over
};

void anext_aw_dealloc(Object* o) {
  auto* a = static_cast<AnextAwaitableObject*>(o);
  decref(a->wrapped);
  decref(a->inner);
  decref(a->default_);
  free_object(o);
}
void anext_aw_traverse(Object* o, VisitFn visit, void* arg) {
  auto* a = static_cast<AnextAwaitableObject*>(o);
  for (Value v : {a->wrapped, a->inner, a->default_})
    if (v && v.is_obj()) visit(v.obj(), arg);
}
void anext_aw_clear(Object* o) {
  auto* a = static_cast<AnextAwaitableObject*>(o);
  for (Value* slot : {&a->wrapped, &a->inner, &a->default_}) {
    Value v = *slot;
    *slot = Value();
    decref(v);
  }
}

// The iterator to drive: a coroutine itself, else what __await__() returns.
Value anext_aw_inner(ThreadState* ts, AnextAwaitableObject* a) {
  if (a->inner) return a->inner;
  Value w = a->wrapped;
  if (type_of(ts, w) == ts->interp->types.coroutine) {
    a->inner = newref(w);
    return a->inner;
  }
  bool is_method = false;
  Ref aw(lookup_special(ts, w, ts->interp->names.__await__, &is_method));
  if (!aw) {
    if (err_occurred(ts)) return Value();
    return raisef(ts, Exc::TypeError, "'%s' object is not awaitable", type_name(ts, w));
  }
  Value it = is_method ? call1(ts, aw.get(), w) : call0(ts, aw.get());
  if (!it) return Value();
  if (!type_of(ts, it)->slots.iternext) {
    decref(it);
    return raise(ts, Exc::TypeError, "__await__ returned a non-iterable");
  }
  a->inner = it;
  return it;
}

// A failed step: StopAsyncIteration means "use the default".
Value anext_aw_finish(ThreadState* ts, AnextAwaitableObject* a) {
  if (err_matches(ts, Exc::StopAsyncIteration)) {
    err_clear(ts);
    Value arg = a->default_;
    Value exc = exception_new(ts, exc_type(ts, Exc::StopIteration), &arg, 1);
    if (exc) err_restore(ts, exc);
  }
  return Value();
}

Value anext_aw_send_value(ThreadState* ts, Value self, Value v) {
  auto* a = self.as<AnextAwaitableObject>();
  Value inner = anext_aw_inner(ts, a);
  if (!inner) return Value();
  TypeObject* t = type_of(ts, inner);
  Value r = v.is_none() && t->slots.iternext ? t->slots.iternext(ts, inner) : call_method1(ts, inner, "send", v);
  if (r) return r;
  if (!err_occurred(ts)) return Value();  // the awaitable returned None
  return anext_aw_finish(ts, a);
}

Value anext_aw_iternext(ThreadState* ts, Value self) { return anext_aw_send_value(ts, self, Value::none()); }

Value anext_aw_send(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "send", kw) || !check_nargs(ts, "send", nargs, 1, 1)) return Value();
  Value r = anext_aw_send_value(ts, self, args[0]);
  if (!r && !err_occurred(ts)) {
    Value none = Value::none();
    Value exc = exception_new(ts, exc_type(ts, Exc::StopIteration), &none, 0);
    if (exc) err_restore(ts, exc);
  }
  return r;
}

Value anext_aw_throw(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "throw", kw) || !check_nargs(ts, "throw", nargs, 1, 3)) return Value();
  auto* a = self.as<AnextAwaitableObject>();
  Value inner = anext_aw_inner(ts, a);
  if (!inner) return Value();
  Ref m(getattr_str(ts, inner, "throw"));
  if (!m) return Value();
  Value r = call(ts, m.get(), args, nargs);
  if (r) return r;
  return anext_aw_finish(ts, a);
}

Value anext_aw_close(ThreadState* ts, Value self, const Value*, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "close", kw) || !check_nargs(ts, "close", nargs, 0, 0)) return Value();
  auto* a = self.as<AnextAwaitableObject>();
  Value inner = anext_aw_inner(ts, a);
  if (!inner) return Value();
  return call_method0(ts, inner, "close");
}

Value anext_aw_await(ThreadState*, Value self, const Value*, size_t, TupleObject*) { return newref(self); }

const MethodDef kAnextAwaitableMethods[] = {
    {"__await__", anext_aw_await},
    {"send", anext_aw_send, kMethNormal, "send(arg) -> send 'arg' into the wrapped iterator,\nreturn next yielded value or raise StopIteration."},
    {"throw", anext_aw_throw, kMethNormal, "throw(typ[,val[,tb]]) -> raise exception in the wrapped iterator,\nreturn next yielded value or raise StopIteration."},
    {"close", anext_aw_close, kMethNormal, "close() -> raise GeneratorExit inside generator."},
    {nullptr, nullptr},
};

const TypeSpec anext_awaitable_type_spec = {
    .name = "anext_awaitable",
    .basicsize = sizeof(AnextAwaitableObject),
    .flags = kTypeHasGC,
    .slots = {.dealloc = anext_aw_dealloc, .traverse = anext_aw_traverse, .clear = anext_aw_clear,
              .iter = [](ThreadState*, Value self) { return newref(self); }, .iternext = anext_aw_iternext},
    .methods = kAnextAwaitableMethods,
};

Value anext_awaitable_new(ThreadState* ts, Value awaitable, Value default_value) {
  Interpreter* in = ts->interp;
  if (!in->anext_awaitable_type) {
    TypeObject* t = type_from_spec(ts, &anext_awaitable_type_spec, in->types.object_);
    if (!t) return Value();
    in->anext_awaitable_type = Value::from_obj(t);
  }
  auto* a = static_cast<AnextAwaitableObject*>(alloc_object(ts, in->anext_awaitable_type.as<TypeObject>()));
  if (!a) return Value();
  a->wrapped = newref(awaitable);
  a->default_ = newref(default_value);
  return Value::from_obj(a);
}
}  // namespace

Value builtin_anext(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "anext", kw) || !check_nargs(ts, "anext", nargs, 1, 2)) return Value();
  bool is_method = false;
  Ref m(lookup_special(ts, args[0], ts->interp->names.__anext__, &is_method));
  if (!m) {
    if (err_occurred(ts)) return Value();
    return raisef(ts, Exc::TypeError, "'%s' object is not an async iterator", type_name(ts, args[0]));
  }
  Value awaitable = is_method ? call1(ts, m.get(), args[0]) : call0(ts, m.get());
  if (!awaitable || nargs == 1) return awaitable;
  Ref owned(awaitable);
  return anext_awaitable_new(ts, awaitable, args[1]);
}

}  // namespace minipy
