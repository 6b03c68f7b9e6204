// stdlib/sys.cpp — the `sys` module (argv, path, std streams, version info,
// limits, exc_info, hooks...) and the struct-sequence helper (structseq.h)
// shared with time.struct_time. sys.modules is installed by interpreter
// start-up (vm/lifecycle.cpp); sys.meta_path and friends by the importer.
#include <unistd.h>

#include <cfloat>
#include <climits>
#include <cstring>

#include "stdlib/modules.h"
#include "stdlib/structseq.h"
#include "vm/profile.h"  // sys.setprofile / sys.getprofile
#include "vm/trace.h"    // sys.settrace / sys.gettrace

#ifndef MINIPY_VERSION
#define MINIPY_VERSION "0.1.0"
#endif

namespace minipy {

// ---------------------------------------------------------------- struct sequences

Value structseq_new(ThreadState* ts, TypeObject* type, const Value* items, int64_t n) {
  Object* o = alloc_object(ts, type, size_t(n) * sizeof(Value));
  if (!o) return Value();
  auto* t = static_cast<TupleObject*>(o);
  t->size = n;
  t->hash = -1;
  for (int64_t i = 0; i < n; i++) t->items[i] = newref(items[i]);
  return Value::from_obj(o);
}

static int64_t structseq_nfields(TypeObject* type) {
  const TypeSpec* spec = type->spec;
  for (TypeObject* t = type; t && !spec; t = t->base) spec = t->spec;
  int64_t n = 0;
  for (const GetSetDef* g = spec ? spec->getsets : nullptr; g && g->name; g++) n++;
  return n;
}

Value structseq_new_slot(ThreadState* ts, TypeObject* type, const Value* args, size_t nargs, TupleObject* kw) {
  // CPython's structseq_new(sequence, dict=None) argument errors.
  size_t nkw = kw ? size_t(kw->size) : 0;
  if (nargs + nkw > 2)
    return raisef(ts, Exc::TypeError, "structseq() takes at most 2 arguments (%zu given)", nargs + nkw);
  if (nargs == 0) return raise(ts, Exc::TypeError, "structseq() missing required argument 'sequence' (pos 1)");
  if (nargs != 1 || nkw)
    return raisef(ts, Exc::TypeError, "%s() takes exactly 1 positional argument", std::string(type->name->view()).c_str());
  Ref seq(sequence_to_tuple(ts, args[0]));
  if (!seq) return Value();
  int64_t want = structseq_nfields(type), n = tuple_size(seq.get());
  std::string full = type->module ? std::string(type->module->view()) + "." + std::string(type->name->view())
                                  : std::string(type->name->view());
  if (n != want)
    return raisef(ts, Exc::TypeError, "%s() takes a %lld-sequence (%lld-sequence given)", full.c_str(), (long long)want,
                  (long long)n);
  return structseq_new(ts, type, seq.as<TupleObject>()->items, n);
}

Value structseq_repr(ThreadState* ts, Value self) {
  TypeObject* type = self.obj()->type;
  const TypeSpec* spec = type->spec;
  for (TypeObject* t = type; t && !spec; t = t->base) spec = t->spec;
  std::string out = spec ? spec->name : std::string(type->name->view());
  out += "(";
  auto* t = self.as<TupleObject>();
  int64_t i = 0;
  RecursionGuard guard(ts, " while getting the repr of an object");
  if (!guard.ok()) return Value();
  for (const GetSetDef* g = spec ? spec->getsets : nullptr; g && g->name && i < t->size; g++, i++) {
    if (i) out += ", ";
    out += g->name;
    out += "=";
    Ref r(repr(ts, t->items[i]));
    if (!r) return Value();
    out += str_view(r.get());
  }
  out += ")";
  return str_new(ts, out);
}

namespace {

// ---------------------------------------------------------------- struct types of sys

const GetSetDef kVersionInfoFields[] = {
    {"major", structseq_field<0>}, {"minor", structseq_field<1>}, {"micro", structseq_field<2>},
    {"releaselevel", structseq_field<3>}, {"serial", structseq_field<4>}, {nullptr, nullptr}};
const TypeSpec kVersionInfoSpec = MINIPY_STRUCTSEQ_SPEC("sys.version_info", kVersionInfoFields);

const GetSetDef kFloatInfoFields[] = {
    {"max", structseq_field<0>},     {"max_exp", structseq_field<1>},  {"max_10_exp", structseq_field<2>},
    {"min", structseq_field<3>},     {"min_exp", structseq_field<4>},  {"min_10_exp", structseq_field<5>},
    {"dig", structseq_field<6>},     {"mant_dig", structseq_field<7>}, {"epsilon", structseq_field<8>},
    {"radix", structseq_field<9>},   {"rounds", structseq_field<10>},  {nullptr, nullptr}};
const TypeSpec kFloatInfoSpec = MINIPY_STRUCTSEQ_SPEC("sys.float_info", kFloatInfoFields);

const GetSetDef kIntInfoFields[] = {
    {"bits_per_digit", structseq_field<0>}, {"sizeof_digit", structseq_field<1>},
    {"default_max_str_digits", structseq_field<2>}, {"str_digits_check_threshold", structseq_field<3>},
    {nullptr, nullptr}};
const TypeSpec kIntInfoSpec = MINIPY_STRUCTSEQ_SPEC("sys.int_info", kIntInfoFields);

const GetSetDef kHashInfoFields[] = {
    {"width", structseq_field<0>}, {"modulus", structseq_field<1>}, {"inf", structseq_field<2>},
    {"nan", structseq_field<3>}, {"imag", structseq_field<4>}, {"algorithm", structseq_field<5>},
    {"hash_bits", structseq_field<6>}, {"seed_bits", structseq_field<7>}, {"cutoff", structseq_field<8>},
    {nullptr, nullptr}};
const TypeSpec kHashInfoSpec = MINIPY_STRUCTSEQ_SPEC("sys.hash_info", kHashInfoFields);

const GetSetDef kFlagsFields[] = {
    {"debug", structseq_field<0>}, {"inspect", structseq_field<1>}, {"interactive", structseq_field<2>},
    {"optimize", structseq_field<3>}, {"dont_write_bytecode", structseq_field<4>},
    {"no_user_site", structseq_field<5>}, {"no_site", structseq_field<6>},
    {"ignore_environment", structseq_field<7>}, {"verbose", structseq_field<8>},
    {"bytes_warning", structseq_field<9>}, {"quiet", structseq_field<10>},
    {"hash_randomization", structseq_field<11>}, {"isolated", structseq_field<12>},
    {"dev_mode", structseq_field<13>}, {"utf8_mode", structseq_field<14>},
    {"warn_default_encoding", structseq_field<15>}, {"safe_path", structseq_field<16>},
    {"int_max_str_digits", structseq_field<17>}, {nullptr, nullptr}};
const TypeSpec kFlagsSpec = MINIPY_STRUCTSEQ_SPEC("sys.flags", kFlagsFields);

const GetSetDef kImplementationFields[] = {
    {"name", structseq_field<0>}, {"cache_tag", structseq_field<1>}, {"version", structseq_field<2>},
    {"hexversion", structseq_field<3>}, {nullptr, nullptr}};
const TypeSpec kImplementationSpec = MINIPY_STRUCTSEQ_SPEC("sys.implementation", kImplementationFields);

// sys.unraisablehook's argument (no module, like CPython's builtins.UnraisableHookArgs).
const GetSetDef kUnraisableArgsFields[] = {
    {"exc_type", structseq_field<0>}, {"exc_value", structseq_field<1>}, {"exc_traceback", structseq_field<2>},
    {"err_msg", structseq_field<3>}, {"object", structseq_field<4>}, {nullptr, nullptr}};
const TypeSpec kUnraisableArgsSpec = MINIPY_STRUCTSEQ_SPEC("UnraisableHookArgs", kUnraisableArgsFields);

// ---------------------------------------------------------------- functions

Value sys_exit(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "exit", kw) || !check_nargs(ts, "exit", nargs, 0, 1)) return Value();
  Value e = exception_new(ts, exc_type(ts, Exc::SystemExit), args, nargs);
  if (!e) return Value();
  raise_value(ts, e);
  decref(e);
  return Value();
}

Value sys_getrecursionlimit(ThreadState* ts, Value, const Value*, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "getrecursionlimit", kw) || !check_nargs(ts, "getrecursionlimit", nargs, 0, 0)) return Value();
  return Value::small_int(ts->interp->recursion_limit);
}

Value sys_setrecursionlimit(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "setrecursionlimit", kw) || !check_nargs(ts, "setrecursionlimit", nargs, 1, 1)) return Value();
  if (is_float(ts, args[0])) return raise(ts, Exc::TypeError, "'float' object cannot be interpreted as an integer");
  int64_t n;
  if (!index_i64(ts, args[0], &n)) return Value();
  if (n < 1) return raise(ts, Exc::ValueError, "recursion limit must be greater or equal than 1");
  if (n > INT_MAX) return raise(ts, Exc::OverflowError, "Python int too large to convert to C int");
  if (n <= ts->py_depth)
    return raisef(ts, Exc::RecursionError,
                  "cannot set the recursion limit to %lld at the recursion depth %d: the limit is too low",
                  (long long)n, ts->py_depth);
  ts->interp->recursion_limit = int(n);
  ts->interp->config.recursion_limit = int(n);
  return Value::none();
}

Value sys_get_int_max_str_digits(ThreadState* ts, Value, const Value*, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "get_int_max_str_digits", kw) || !check_nargs(ts, "get_int_max_str_digits", nargs, 0, 0))
    return Value();
  return Value::small_int(ts->interp->int_max_str_digits);
}

Value sys_set_int_max_str_digits(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  static constexpr const char* kNames[] = {"maxdigits"};
  Value a[1];
  if (!parse_args(ts, "set_int_max_str_digits", args, nargs, kw, kNames, 1, 0, 1, 1, a)) return Value();
  int64_t n;
  if (!index_i64(ts, a[0], &n)) return Value();
  if (n != 0 && n < 640) return raise(ts, Exc::ValueError, "maxdigits must be 0 or larger than 640");
  ts->interp->int_max_str_digits = n;
  return Value::none();
}

Value sys_getrefcount(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "getrefcount", kw) || !check_nargs(ts, "getrefcount", nargs, 1, 1)) return Value();
  if (!args[0].is_obj()) return Value::small_int(4294967295LL);
  return int_from_i64(ts, args[0].obj()->refcnt + 1);
}

Value sys_getsizeof(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  static constexpr const char* kNames[] = {"object", "default"};
  Value a[2];
  if (!parse_args(ts, "getsizeof", args, nargs, kw, kNames, 2, 0, 2, 1, a)) return Value();
  bool is_method = false;
  Ref m(lookup_special(ts, a[0], ts->interp->names.__sizeof__, &is_method));
  int64_t size = -1;
  if (m) {
    Ref r(is_method ? call1(ts, m.get(), a[0]) : call0(ts, m.get()));
    if (!r) {
      if (a[1] && err_matches(ts, Exc::TypeError)) {
        err_clear(ts);
        return newref(a[1]);
      }
      return Value();
    }
    if (!index_i64(ts, r.get(), &size)) return Value();
    if (size < 0) return raise(ts, Exc::ValueError, "__sizeof__() should return >= 0");
  } else {
    if (err_occurred(ts)) return Value();
    if (a[1]) return newref(a[1]);
    TypeObject* t = type_of(ts, a[0]);
    size = int64_t(t->basicsize);
  }
  if (type_has(type_of(ts, a[0]), kTypeHasGC)) size += 16;
  return int_from_i64(ts, size);
}

Value sys_exc_info(ThreadState* ts, Value, const Value*, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "exc_info", kw) || !check_nargs(ts, "exc_info", nargs, 0, 0)) return Value();
  Value e = ts->handled_exc;
  if (!e || e.is_none()) return tuple_pack(ts, {Value::none(), Value::none(), Value::none()});
  Value tb = e.as<BaseExceptionObject>()->traceback;
  return tuple_pack(ts, {Value::from_obj(type_of(ts, e)), e, tb ? tb : Value::none()});
}

Value sys_exception(ThreadState* ts, Value, const Value*, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "exception", kw) || !check_nargs(ts, "exception", nargs, 0, 0)) return Value();
  Value e = ts->handled_exc;
  return e ? newref(e) : Value::none();
}

Value sys_intern(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "intern", kw) || !check_nargs(ts, "intern", nargs, 1, 1)) return Value();
  if (!is_str(ts, args[0]) || args[0].obj()->type != ts->interp->types.str)
    return raisef(ts, Exc::TypeError, "intern() argument must be str, not %s", type_name(ts, args[0]));
  return newref(Value::from_obj(intern(ts, str_view(args[0]))));
}

Value sys_getdefaultencoding(ThreadState* ts, Value, const Value*, size_t, TupleObject*) {
  return str_from_cstr(ts, "utf-8");
}

Value sys_displayhook(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "displayhook", kw) || !check_nargs(ts, "displayhook", nargs, 1, 1)) return Value();
  Value v = args[0];
  if (v.is_none()) return Value::none();
  DictObject* b = ts->interp->builtins_dict;
  if (b && !dict_set_str(ts, b, "_", Value::none())) return Value();
  Value out = current_std_stream(ts, 1);
  if (!out || out.is_none()) return raise(ts, Exc::RuntimeError, "lost sys.stdout");
  Ref r(repr(ts, v));
  if (!r) return Value();
  std::string text(str_view(r.get()));
  text += "\n";
  if (!file_write_text(ts, out, text)) return Value();
  if (b && !dict_set_str(ts, b, "_", v)) return Value();
  return Value::none();
}

Value sys_excepthook(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "excepthook", kw) || !check_nargs(ts, "excepthook", nargs, 3, 3)) return Value();
  Value exc = args[1];
  if (!is_exception_instance(ts, exc)) {
    write_stderr(ts, strf("TypeError: print_exception(): Exception expected for value, %s found\n",
                          type_name(ts, exc)));
    return Value::none();
  }
  print_exception(ts, exc);
  return Value::none();
}

// sys.unraisablehook / sys.__unraisablehook__: CPython's default printer
// (runtime/errors.cpp) for an UnraisableHookArgs.
Value sys_unraisablehook(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "unraisablehook", kw)) return Value();
  if (nargs != 1)
    return raisef(ts, Exc::TypeError, "sys.unraisablehook() takes exactly one argument (%zu given)", nargs);
  Value a = args[0];
  if (!ts->interp->unraisable_args_type || type_of(ts, a) != ts->interp->unraisable_args_type)
    return raise(ts, Exc::TypeError, "sys.unraisablehook argument type must be UnraisableHookArgs");
  auto* t = a.as<TupleObject>();
  Value f[5];
  for (int64_t i = 0; i < 5; i++) f[i] = i < t->size ? t->items[i] : Value::none();
  if (!unraisable_print_default(ts, f[0], f[1], f[2], f[3], f[4])) return Value();
  return Value::none();
}

Value sys_getframe(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "_getframe", kw) || !check_nargs(ts, "_getframe", nargs, 0, 1)) return Value();
  int64_t depth = 0;
  if (nargs && !index_i64(ts, args[0], &depth)) return Value();
  return vm_getframe(ts, int(depth));
}

Value sys_getswitchinterval(ThreadState* ts, Value, const Value*, size_t, TupleObject*) {
  return float_new(ts, ts->interp->config.switch_interval);
}

Value sys_setswitchinterval(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "setswitchinterval", kw) || !check_nargs(ts, "setswitchinterval", nargs, 1, 1)) return Value();
  double d;
  if (!as_double(ts, args[0], &d)) return Value();
  if (!(d > 0.0)) return raise(ts, Exc::ValueError, "switch interval must be strictly positive");
  ts->interp->config.switch_interval = d;
  return Value::none();
}

// ---------------------------------------------------------------- async generator hooks
// set_asyncgen_hooks([firstiter[, finalizer]]): per thread (ThreadState), an
// argument left out keeps its hook, None removes it. As in CPython 3.11 the
// finalizer is checked and set before firstiter is checked, and the argument
// errors name no function ("function takes at most 2 arguments").
const GetSetDef kAsyncgenHooksFields[] = {
    {"firstiter", structseq_field<0>}, {"finalizer", structseq_field<1>}, {nullptr, nullptr}};
const TypeSpec kAsyncgenHooksSpec = MINIPY_STRUCTSEQ_SPEC("asyncgen_hooks", kAsyncgenHooksFields);

bool set_hook(ThreadState* ts, Value* slot, Value v, const char* what) {
  if (!v) return true;  // not given
  if (!v.is_none() && !is_callable(ts, v)) {
    raisef(ts, Exc::TypeError, "callable %s expected, got %.50s", what, type_name(ts, v));
    return false;
  }
  Value old = *slot;
  *slot = v.is_none() ? Value() : newref(v);
  decref(old);
  return true;
}

Value sys_set_asyncgen_hooks(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  static const char* const kNames[] = {"firstiter", "finalizer"};
  size_t nkw = kw ? size_t(kw->size) : 0;
  if (nargs + nkw > 2)
    return raisef(ts, Exc::TypeError, "function takes at most 2 arguments (%zu given)", nargs + nkw);
  Value a[2] = {nargs > 0 ? args[0] : Value(), nargs > 1 ? args[1] : Value()};
  for (size_t k = 0; k < nkw; k++) {
    std::string_view name = str_view(kw->items[k]);
    size_t i = name == kNames[0] ? 0 : name == kNames[1] ? 1 : 2;
    if (i == 2)
      return raisef(ts, Exc::TypeError, "'%s' is an invalid keyword argument for this function",
                    std::string(name).c_str());
    if (i < nargs)
      return raisef(ts, Exc::TypeError, "argument for function given by name ('%s') and position (%zu)", kNames[i],
                    i + 1);
    a[i] = args[nargs + k];
  }
  if (!set_hook(ts, &ts->asyncgen_finalizer, a[1], "finalizer")) return Value();
  if (!set_hook(ts, &ts->asyncgen_firstiter, a[0], "firstiter")) return Value();
  return Value::none();
}

Value sys_get_asyncgen_hooks(ThreadState* ts, Value, const Value*, size_t nargs, TupleObject* kw) {
  if (kw && kw->size) return raise(ts, Exc::TypeError, "sys.get_asyncgen_hooks() takes no keyword arguments");
  if (nargs) return raisef(ts, Exc::TypeError, "sys.get_asyncgen_hooks() takes no arguments (%zu given)", nargs);
  Interpreter* in = ts->interp;
  if (!in->asyncgen_hooks_type) {
    in->asyncgen_hooks_type = type_from_spec(ts, &kAsyncgenHooksSpec, in->types.tuple);
    if (!in->asyncgen_hooks_type) return Value();
  }
  Value items[2] = {ts->asyncgen_firstiter ? ts->asyncgen_firstiter : Value::none(),
                    ts->asyncgen_finalizer ? ts->asyncgen_finalizer : Value::none()};
  return structseq_new(ts, in->asyncgen_hooks_type, items, 2);
}

Value sys_noop(ThreadState*, Value, const Value*, size_t, TupleObject*) { return Value::none(); }

Value sys_is_finalizing(ThreadState*, Value, const Value*, size_t, TupleObject*) { return Value::False(); }

const MethodDef kSysMethods[] = {
    {"exit", sys_exit},
    {"getrecursionlimit", sys_getrecursionlimit},
    {"setrecursionlimit", sys_setrecursionlimit},
    {"get_int_max_str_digits", sys_get_int_max_str_digits},
    {"set_int_max_str_digits", sys_set_int_max_str_digits},
    {"getrefcount", sys_getrefcount},
    {"getsizeof", sys_getsizeof},
    {"exc_info", sys_exc_info},
    {"exception", sys_exception},
    {"intern", sys_intern},
    {"getdefaultencoding", sys_getdefaultencoding},
    {"getfilesystemencoding", sys_getdefaultencoding},
    {"displayhook", sys_displayhook},
    {"excepthook", sys_excepthook},
    {"unraisablehook", sys_unraisablehook, kMethNormal,
     "unraisablehook($module, unraisable, /)\n--\n\nHandle an unraisable exception.\n\n"
     "The unraisable argument has the following attributes:\n\n"
     "* exc_type: Exception type.\n* exc_value: Exception value, can be None.\n"
     "* exc_traceback: Exception traceback, can be None.\n* err_msg: Error message, can be None.\n"
     "* object: Object causing the exception, can be None."},
    {"_getframe", sys_getframe},
    {"getswitchinterval", sys_getswitchinterval},
    {"setswitchinterval", sys_setswitchinterval},
    {"settrace", sys_settrace_fn, kMethNormal,
     "settrace(function)\n\nSet the global debug tracing function.  It will be called on each\n"
     "function call.  See the debugger chapter in the library manual."},
    {"setprofile", sys_setprofile_fn, kMethNormal,
     "setprofile(function)\n\nSet the profiling function.  It will be called on each function call\n"
     "and return.  See the profiler chapter in the library manual."},
    {"gettrace", sys_gettrace_fn, kMethNormal,
     "gettrace()\n\nReturn the global debug tracing function set with sys.settrace.\n\n"
     "See the debugger chapter in the library manual."},
    {"getprofile", sys_getprofile_fn, kMethNormal,
     "Return the profiling function set with sys.setprofile.\n\nSee the profiler chapter in the library manual."},
    {"audit", sys_noop},
    {"addaudithook", sys_noop},
    {"is_finalizing", sys_is_finalizing},
    {"set_asyncgen_hooks", sys_set_asyncgen_hooks, kMethNormal,
     "set_asyncgen_hooks(* [, firstiter] [, finalizer])\n\nSet a finalizer for async generators objects."},
    {"get_asyncgen_hooks", sys_get_asyncgen_hooks, kMethNormal,
     "Return the installed asynchronous generators hooks.\n\nThis returns a namedtuple of the form "
     "(firstiter, finalizer)."},
    {nullptr, nullptr},
};

// ---------------------------------------------------------------- module init

Value make_struct(ThreadState* ts, ModuleObject* m, const TypeSpec* spec, std::initializer_list<Value> items) {
  TypeObject* t = type_from_spec(ts, spec, ts->interp->types.tuple);
  if (!t) return Value();
  Value v = structseq_new(ts, t, items.begin(), int64_t(items.size()));
  // The new type reference is kept for the interpreter's lifetime (instances point at it).
  for (Value i : items) decref(i);
  return v;
}

Value str_list(ThreadState* ts, const std::vector<std::string>& items) {
  ListObject* l = list_new(ts, 0);
  if (!l) return Value();
  Ref hold(Value::from_obj(l));
  for (const std::string& s : items) {
    Ref v(str_new(ts, s));
    if (!v || !list_append(ts, l, v.get())) return Value();
  }
  return hold.release();
}

bool add_owned(ThreadState* ts, ModuleObject* m, std::string_view name, Value v) {
  if (!v) return false;
  bool ok = module_add(ts, m, name, v);
  decref(v);
  return ok;
}

bool sys_init(ThreadState* ts, ModuleObject* m) {
  Interpreter* in = ts->interp;
  const InterpreterConfig& cfg = in->config;
  // Standard streams.
  if (!in->sys_stdout) {
    bool unbuf = cfg.unbuffered;
    in->sys_stdin = file_from_fd(ts, 0, "<stdin>", "r", false);
    in->sys_stdout = file_from_fd(ts, 1, "<stdout>", "w", unbuf || isatty(1));
    in->sys_stderr = file_from_fd(ts, 2, "<stderr>", "w", true);
    if (!in->sys_stdin || !in->sys_stdout || !in->sys_stderr) return false;
  }
  const std::pair<const char*, Value> streams[] = {
      {"stdin", in->sys_stdin},   {"stdout", in->sys_stdout},   {"stderr", in->sys_stderr},
      {"__stdin__", in->sys_stdin}, {"__stdout__", in->sys_stdout}, {"__stderr__", in->sys_stderr}};
  for (auto& s : streams)
    if (!module_add(ts, m, s.first, s.second)) return false;
  std::vector<std::string> argv = cfg.argv.empty() ? std::vector<std::string>{""} : cfg.argv;
  if (!add_owned(ts, m, "argv", str_list(ts, argv))) return false;
  std::vector<std::string> orig = cfg.orig_argv;
  if (orig.empty()) {
    orig.push_back("minipy");
    orig.insert(orig.end(), cfg.argv.begin(), cfg.argv.end());
  }
  if (!add_owned(ts, m, "orig_argv", str_list(ts, orig))) return false;
  if (!add_owned(ts, m, "path", str_list(ts, cfg.path))) return false;
  if (in->modules && !module_add(ts, m, "modules", Value::from_obj(in->modules))) return false;
  if (!add_owned(ts, m, "version", str_new(ts, "3.11.7 (main, minipy " MINIPY_VERSION ") [GCC]"))) return false;
  Value vi = make_struct(ts, m, &kVersionInfoSpec,
                         {Value::small_int(3), Value::small_int(11), Value::small_int(7), str_new(ts, "final"),
                          Value::small_int(0)});
  if (!vi || !module_add(ts, m, "version_info", vi)) return false;
  Value impl = make_struct(ts, m, &kImplementationSpec,
                           {str_new(ts, "minipy"), Value::none(), newref(vi), Value::small_int(0x030B07F0)});
  decref(vi);
  if (!add_owned(ts, m, "implementation", impl)) return false;
  if (!add_owned(ts, m, "hexversion", Value::small_int(0x030B07F0))) return false;
  if (!add_owned(ts, m, "api_version", Value::small_int(1013))) return false;
  if (!add_owned(ts, m, "platform", str_new(ts, "linux"))) return false;
  if (!add_owned(ts, m, "byteorder", str_new(ts, "little"))) return false;
  if (!add_owned(ts, m, "maxsize", int_from_i64(ts, INT64_MAX))) return false;
  if (!add_owned(ts, m, "maxunicode", Value::small_int(0x10FFFF))) return false;
  if (!add_owned(ts, m, "float_info",
                 make_struct(ts, m, &kFloatInfoSpec,
                             {float_new(ts, DBL_MAX), Value::small_int(DBL_MAX_EXP), Value::small_int(DBL_MAX_10_EXP),
                              float_new(ts, DBL_MIN), Value::small_int(DBL_MIN_EXP), Value::small_int(DBL_MIN_10_EXP),
                              Value::small_int(DBL_DIG), Value::small_int(DBL_MANT_DIG), float_new(ts, DBL_EPSILON),
                              Value::small_int(FLT_RADIX), Value::small_int(FLT_ROUNDS)})))
    return false;
  if (!add_owned(ts, m, "int_info",
                 make_struct(ts, m, &kIntInfoSpec,
                             {Value::small_int(30), Value::small_int(4), Value::small_int(4300), Value::small_int(640)})))
    return false;
  if (!add_owned(ts, m, "hash_info",
                 make_struct(ts, m, &kHashInfoSpec,
                             {Value::small_int(64), Value::small_int(2305843009213693951LL), Value::small_int(314159),
                              Value::small_int(0), Value::small_int(1000003), str_new(ts, "siphash13"),
                              Value::small_int(64), Value::small_int(128), Value::small_int(0)})))
    return false;
  // sys.flags, in CPython 3.11's field order (vm/api.cpp fills the config
  // from the command line; -X dev in xoptions counts for an embedder too).
  bool dev_mode = cfg.dev_mode;
  for (const std::string& x : cfg.xoptions) dev_mode |= x == "dev";
  auto i = [](int v) { return Value::small_int(v); };
  if (!add_owned(ts, m, "flags",
                 make_struct(ts, m, &kFlagsSpec,
                             {i(cfg.debug), i(cfg.inspect), i(cfg.interactive), i(cfg.optimize),
                              i(cfg.dont_write_bytecode), i(cfg.no_user_site), i(cfg.no_site),
                              i(cfg.ignore_environment), i(cfg.verbose), i(cfg.bytes_warning), i(cfg.quiet),
                              i(cfg.hash_randomization), i(cfg.isolated), Value::boolean(dev_mode), i(cfg.utf8_mode),
                              i(cfg.warn_default_encoding), Value::boolean(cfg.safe_path),
                              i(cfg.int_max_str_digits)})))
    return false;
  if (cfg.int_max_str_digits >= 0) in->int_max_str_digits = cfg.int_max_str_digits;
  // sys.unraisablehook's argument type (kept for the interpreter's lifetime).
  if (!in->unraisable_args_type) {
    in->unraisable_args_type = type_from_spec(ts, &kUnraisableArgsSpec, in->types.tuple);
    if (!in->unraisable_args_type) return false;
  }
  char exe[4096];
  ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
  std::string exe_path = n > 0 ? std::string(exe, size_t(n)) : std::string();
  if (!add_owned(ts, m, "executable", str_new(ts, exe_path))) return false;
  if (!add_owned(ts, m, "_base_executable", str_new(ts, exe_path))) return false;
  for (const char* k : {"prefix", "exec_prefix", "base_prefix", "base_exec_prefix"})
    if (!add_owned(ts, m, k, str_new(ts, "/usr/local"))) return false;
  if (!module_add(ts, m, "dont_write_bytecode", Value::boolean(cfg.dont_write_bytecode))) return false;
  if (!add_owned(ts, m, "warnoptions", str_list(ts, cfg.warnoptions))) return false;
  DictObject* xo = dict_new(ts);
  if (!xo) return false;
  Ref xo_hold(Value::from_obj(xo));
  for (const std::string& x : cfg.xoptions) {
    size_t eq = x.find('=');
    Ref k(str_new(ts, x.substr(0, eq)));
    Ref v(eq == std::string::npos ? Value::True() : str_new(ts, x.substr(eq + 1)));
    if (!k || !v || !dict_set(ts, xo, k.get(), v.get())) return false;
  }
  if (!module_add(ts, m, "_xoptions", xo_hold.get())) return false;
  if (!add_owned(ts, m, "copyright", str_new(ts, "Copyright (c) minipy authors."))) return false;
  if (!add_owned(ts, m, "float_repr_style", str_new(ts, "short"))) return false;
  if (!add_owned(ts, m, "abiflags", str_new(ts, ""))) return false;
  if (!add_owned(ts, m, "platlibdir", str_new(ts, "lib"))) return false;
  // Names of the native modules compiled in.
  {
    ListObject* names = list_new(ts, 0);
    if (!names) return false;
    Ref hold(Value::from_obj(names));
    for (const char* nm : {"builtins", "sys"}) {
      Ref s(str_new(ts, nm));
      if (!s || !list_append(ts, names, s.get())) return false;
    }
    for (const ModuleDef* const* d = kNativeModules; *d; d++) {
      Ref s(str_new(ts, (*d)->name));
      if (!s || !list_append(ts, names, s.get())) return false;
    }
    if (!list_sort(ts, names, Value(), false)) return false;
    if (!add_owned(ts, m, "builtin_module_names", list_as_tuple(ts, names))) return false;
  }
  // The original hooks, like CPython's sys.__displayhook__ / __excepthook__ / __unraisablehook__.
  for (const char* hook : {"displayhook", "excepthook", "unraisablehook"}) {
    Value h = dict_get_str(m->dict, intern(ts, hook));
    if (h && !module_add(ts, m, std::string("__") + hook + "__", h)) return false;
  }
  return true;
}

}  // namespace

const ModuleDef sys_module_def = {
    .name = "sys",
    .doc = "This module provides access to some objects used or maintained by the\n"
           "interpreter and to functions that interact strongly with the interpreter.",
    .methods = kSysMethods,
    .init = sys_init,
};

}  // namespace minipy
