// vm/lifecycle.cpp — interpreter start-up and shutdown (the composition root): creates every
// built-in type (per interpreter), the interned names, the exception classes,
// the builtins and sys modules, and the main thread state.
#include <cstring>
#include <string>
#include <unordered_map>
#include <vector>

#include "runtime/gc.h"
#include "runtime/unicode.h"
#include "runtime/runtime.h"
#include "runtime/weakrefobject.h"
#include "stdlib/modules.h"
#include <pthread.h>
#include <signal.h>

#include "vm/gil.h"
#include "vm/vm.h"

namespace minipy {

namespace {
thread_local ThreadState* tls_current = nullptr;

Value make_module_from_def(ThreadState* ts, const ModuleDef* def) {
  Value m = module_new(ts, def->name);
  if (!m) return Value();
  auto* mo = m.as<ModuleObject>();
  mo->def = def;
  Ref modname(str_new(ts, def->name));
  for (const MethodDef* md = def->methods; md && md->name; ++md) {
    Value fn = builtin_function_new(ts, md, m, modname.get());
    if (!fn || !dict_set(ts, mo->dict, Value::from_obj(intern(ts, md->name)), fn)) {
      decref(fn);
      decref(m);
      return Value();
    }
    decref(fn);
  }
  if (def->init && !def->init(ts, mo)) {
    decref(m);
    return Value();
  }
  return m;
}

bool fail(const char* what) {
  std::fprintf(stderr, "minipy: fatal error during start-up: %s\n", what);
  return false;
}
}  // namespace

ThreadState* current_thread_state() { return tls_current; }
void set_current_thread_state(ThreadState* ts) { tls_current = ts; }

void vm_init_types(ThreadState* ts) {
  auto& T = ts->interp->types;
  T.function = type_from_spec(ts, &function_type_spec, nullptr);
  T.code = type_from_spec(ts, &code_type_spec, nullptr);
  T.frame = type_from_spec(ts, &frame_type_spec, nullptr);
  T.generator = type_from_spec(ts, &generator_type_spec, nullptr);
  T.coroutine = type_from_spec(ts, &coroutine_type_spec, nullptr);
  T.async_generator = type_from_spec(ts, &async_generator_type_spec, nullptr);
}

static bool bootstrap(Interpreter* interp, ThreadState* ts) {
  gc_init(interp);
  // Built-in types in table order; each spec names its base by name.
  std::unordered_map<std::string, TypeObject*> by_name;
  auto& T = interp->types;
#define MINIPY_X(field, spec)                                                  \
  {                                                                            \
    TypeObject* base = nullptr;                                                \
    if ((spec).base_name) {                                                    \
      auto it = by_name.find((spec).base_name);                                \
      if (it == by_name.end()) return fail("unknown base type");               \
      base = it->second;                                                       \
    }                                                                          \
    TypeObject* t = type_from_spec(ts, &(spec), base);                         \
    if (!t) return fail("cannot create type " #field);                         \
    T.field = t;                                                               \
    by_name[(spec).name] = t;                                                  \
  }
  MINIPY_BUILTIN_TYPES(MINIPY_X)
#undef MINIPY_X
  interp->immediate_types[0] = T.none;
  interp->immediate_types[1] = T.bool_;
  interp->immediate_types[2] = T.bool_;
  interp->immediate_types[3] = T.notimplemented;
  interp->immediate_types[4] = T.ellipsis;
  if (!str_init_interpreter(interp)) return fail("str");
#define MINIPY_X(n) interp->names.n = intern(interp, #n);
  MINIPY_NAMES(MINIPY_X)
#undef MINIPY_X
#define MINIPY_Y(field, text) interp->names.field = intern(interp, text);
  MINIPY_NAMES2(MINIPY_Y)
#undef MINIPY_Y
  interp->empty_tuple = empty_tuple(ts);
  vm_init_types(ts);
  if (!T.function || !T.code || !T.frame || !T.generator || !T.coroutine || !T.async_generator)
    return fail("VM types");
  if (!exceptions_init(ts)) return fail("exceptions");

  interp->modules = dict_new(ts);
  if (!interp->modules) return fail("sys.modules");
  // builtins
  Value b = make_module_from_def(ts, &builtins_module_def);
  if (!b) return fail("builtins module");
  interp->builtins = b.as<ModuleObject>();
  interp->builtins_dict = interp->builtins->dict;
  dict_set(ts, interp->modules, Value::from_obj(intern(ts, "builtins")), b);
  // sys
  Value s = make_module_from_def(ts, &sys_module_def);
  if (!s) return fail("sys module");
  interp->sys = s.as<ModuleObject>();
  dict_set(ts, interp->modules, Value::from_obj(intern(ts, "sys")), s);
  dict_set(ts, interp->sys->dict, Value::from_obj(interp->names.modules), Value::from_obj(interp->modules));
  return true;
}

Interpreter* interpreter_create(const InterpreterConfig& cfg) {
  auto* interp = new Interpreter();
  interp->config = cfg;
  interp->recursion_limit = cfg.recursion_limit;
  hash_key_init(interp, cfg.hash_seed);  // before the first str is hashed
  auto* ts = new ThreadState();
  ts->interp = interp;
  ts->name = "MainThread";
  interp->main_thread = ts;
  interp->threads.push_back(ts);
  set_current_thread_state(ts);
  vm_thread_init(ts);
  ts->thread_id = uint64_t(pthread_self());
  thread_stack_init(ts);
  gil_init(interp);
  gil_register_thread(ts);
  gil_acquire(ts);
  if (!bootstrap(interp, ts)) {
    if (ts->curexc) {
      std::string text = format_exception(ts, ts->curexc);
      std::fprintf(stderr, "%s", text.c_str());
    }
    return nullptr;
  }
  import_init(ts);
  signals_install(ts);
  // What finalisation restores builtins to (CPython's builtins_copy).
  DictObject* copy = dict_copy(ts, interp->builtins_dict);
  if (copy) interp->builtins_copy = Value::from_obj(copy);
  else err_clear(ts);
  return interp;
}

ThreadState* interpreter_main_thread(Interpreter* interp) { return interp->main_thread; }

// ---------------------------------------------------------------- finalisation
// interpreter_destroy follows CPython 3.11's Py_FinalizeEx step by step,
// because programs see the order: which __del__ methods, generator `finally`
// blocks and weakref callbacks run at exit, in which order, and what globals
// they still find.
//   1. wait for the non-daemon threads (threading._shutdown);
//   2. run the atexit callbacks;
//   3. flush sys.stdout / sys.stderr, put the signals back to SIG_DFL;
//   4. a garbage collection, with every module intact (finalisers of
//      unreachable cycles see their globals);
//   5. finalize_modules: sys.last_* and friends go; each module leaves
//      sys.modules, builtins go back to their start-up state (most modules
//      die right away, or as the garbage cycles they are, in one
//      collection); the namespaces of modules still alive are set to None
//      (last imported first), then sys's and builtins';
//   6. the main thread's contextvars context goes, a last collection.

// Implemented in vm/thread.cpp: a signal's OS-level disposition (0: SIG_DFL).
bool signals_set_os_handler(int signum, int how);

namespace {

void wait_for_thread_shutdown(ThreadState* ts) {
  Interpreter* interp = ts->interp;
  Value threading = interp->modules ? dict_get_str(interp->modules, intern(ts, "threading")) : Value();
  if (!threading) return;
  Ref keep = Ref::borrow(threading);
  Value r = call_method0(ts, threading, "_shutdown");
  if (!r) {
    Value exc = err_fetch(ts);
    if (exc && !is_subtype(type_of(ts, exc), exc_type(ts, Exc::AttributeError))) print_exception(ts, exc);
    decref(exc);
  }
  decref(r);
}

// CPython's _PySignal_Fini: signals with a Python handler (SIGINT's default
// one included) go back to SIG_DFL, and the handlers are dropped, so a
// signal during finalisation acts as in a process without Python.
void signals_fini(ThreadState* ts) {
  Interpreter* interp = ts->interp;
  bool sigint_done = false;
  if (interp->signal_handlers) {
    Ref list = Ref::borrow(interp->signal_handlers);
    auto* l = list.as<ListObject>();
    for (int64_t signum = 1; signum < l->size; ++signum) {
      Value h = l->items[signum];
      if (!h || h.is_none() || h.is_small_int()) continue;  // SIG_DFL, SIG_IGN, unknown
      if (signum == SIGINT) sigint_done = true;
      signals_set_os_handler(int(signum), 0);
      l->items[signum] = Value::none();
      decref(h);
    }
    if (l->size > SIGINT) sigint_done = true;  // the table says what SIGINT does
  }
  // minipy's own SIGINT handler (no signal module imported): unless ignored.
  struct sigaction cur;
  if (!sigint_done && sigaction(SIGINT, nullptr, &cur) == 0 && cur.sa_handler != SIG_IGN && cur.sa_handler != SIG_DFL)
    signals_set_os_handler(SIGINT, 0);
}

void set_dict_item(ThreadState* ts, DictObject* d, std::string_view key, Value v) {
  if (!dict_set(ts, d, Value::from_obj(intern(ts, key)), v)) write_unraisable(ts, Value());
}

// CPython's finalize_modules_delete_special: values that programs often
// leave in sys and builtins go first (sys.last_traceback keeps the frames of
// an uncaught exception alive), and the standard streams are restored.
void delete_special(ThreadState* ts) {
  Interpreter* interp = ts->interp;
  set_dict_item(ts, interp->builtins_dict, "_", Value::none());
  DictObject* sd = interp->sys->dict;
  static constexpr const char* kSysDeletes[] = {
      "path", "argv", "ps1", "ps2", "last_type", "last_value", "last_traceback",
      "path_hooks", "path_importer_cache", "meta_path", "__interactivehook__",
  };
  for (const char* name : kSysDeletes) set_dict_item(ts, sd, name, Value::none());
  static constexpr const char* kSysFiles[][2] = {
      {"stdin", "__stdin__"}, {"stdout", "__stdout__"}, {"stderr", "__stderr__"}};
  for (const auto& f : kSysFiles) {
    Value orig = dict_get_str(sd, intern(ts, f[1]));
    set_dict_item(ts, sd, f[0], orig ? orig : Value::none());
  }
}

// CPython's _PyModule_ClearDict: names with a single leading underscore are
// set to None first, then every other name but __builtins__, in dict order
// (each replaced value may run a __del__ that sees the names cleared so far).
void module_clear_dict(ThreadState* ts, DictObject* d) {
  Ref hold = Ref::borrow(Value::from_obj(d));
  for (int pass = 0; pass < 2; ++pass) {
    int64_t pos = 0;
    Value k, v;
    while (dict_next(d, &pos, &k, &v)) {
      if (v.is_none() || !is_str(ts, k)) continue;
      std::string_view name = str_view(k);
      bool underscore = !name.empty() && name[0] == '_';
      if (pass == 0 && !(underscore && (name.size() < 2 || name[1] != '_'))) continue;
      if (pass == 1 && name == "__builtins__") continue;
      Ref key = Ref::borrow(k);
      if (!dict_set(ts, d, k, Value::none())) write_unraisable(ts, Value());
    }
  }
}

// CPython's finalize_restore_builtins: builtins go back to what start-up
// made; what a program added there dies now, with everything else intact.
void restore_builtins(ThreadState* ts) {
  Interpreter* interp = ts->interp;
  if (!interp->builtins_copy) return;
  DictObject* b = interp->builtins_dict;
  Ref added(Value::from_obj(dict_copy(ts, b)));  // the values die once builtins are whole again
  if (!added) write_unraisable(ts, Value());
  dict_clear(b);
  if (!dict_update(ts, b, interp->builtins_copy)) err_clear(ts);
}

// CPython's finalize_modules (Python/pylifecycle.c).
void finalize_modules(ThreadState* ts) {
  Interpreter* interp = ts->interp;
  if (!interp->modules || !interp->sys || !interp->builtins) return;
  delete_special(ts);
  // Every module leaves sys.modules (its entry becomes None, then the dict is
  // emptied): most die here, by reference counting or in the collection
  // below. Weak references tell which ones something still keeps alive.
  DictObject* modules = interp->modules;
  std::vector<Ref> keys;
  {
    int64_t pos = 0;
    Value k, v;
    while (dict_next(modules, &pos, &k, &v)) keys.push_back(Ref::borrow(k));
  }
  std::vector<Ref> weaklist;
  for (const Ref& k : keys) {
    Value m = dict_get(ts, modules, k.get());
    if (!m) {
      err_clear(ts);
      continue;
    }
    if (!is_subtype(type_of(ts, m), interp->types.module)) continue;
    Ref wr(weakref_new_ref(ts, m, Value()));
    if (wr) weaklist.push_back(std::move(wr));
    else write_unraisable(ts, Value());
    if (!dict_set(ts, modules, k.get(), Value::none())) write_unraisable(ts, Value());
  }
  keys.clear();
  dict_clear(modules);
  restore_builtins(ts);
  gc_collect(ts);
  // The modules still alive have their globals set to None, the last
  // imported first; sys and builtins last of all.
  for (auto it = weaklist.rbegin(); it != weaklist.rend(); ++it) {
    Object* o = it->as<WeakrefObject>()->referent;
    if (!o) continue;
    auto* mod = static_cast<ModuleObject*>(o);
    if (mod == interp->sys || mod == interp->builtins || !mod->dict) continue;
    Ref keep = Ref::borrow(Value::from_obj(o));
    module_clear_dict(ts, mod->dict);
  }
  weaklist.clear();
  module_clear_dict(ts, interp->sys->dict);
  module_clear_dict(ts, interp->builtins_dict);
  // Modules imported by destructors meanwhile.
  dict_clear(modules);
  gc_collect(ts);
}

}  // namespace

bool interpreter_destroy(Interpreter* interp) {
  ThreadState* ts = interp->main_thread;
  if (!ts) return true;
  wait_for_thread_shutdown(ts);
  atexit_run_exitfuncs(ts);
  const bool flushed = flush_std_streams(ts, true);
  signals_fini(ts);
  if (interp->gc->enabled) gc_collect(ts);
  finalize_modules(ts);
  // The thread states are cleared after the modules (CPython's
  // finalize_interp_clear): values held by the main thread's contextvars
  // context die last.
  decref(ts->handled_exc);
  ts->handled_exc = Value();
  decref(ts->context);
  ts->context = Value();
  gc_collect(ts);
  gc_run_deferred_deallocs(ts);
  flush_std_streams(ts);
  // The rest of the memory goes with the process when the host exits
  // (embedders that create many interpreters should call this; a full
  // teardown of every type is future work).
  gil_report(interp);
  vm_thread_fini(ts);
  set_current_thread_state(nullptr);
  return flushed;
}

Value run_source(ThreadState* ts, const std::string& source, const std::string& filename, DictObject* globals) {
  Ref g;
  if (globals) {
    g = Ref::borrow(Value::from_obj(globals));
  } else {
    g = Ref(Value::from_obj(dict_new(ts)));
    if (!g) return Value();
    Ref name(str_new(ts, "__main__"));
    dict_set(ts, g.as<DictObject>(), Value::from_obj(ts->interp->names.__name__), name.get());
  }
  auto* gd = g.as<DictObject>();
  if (!dict_get_str(gd, ts->interp->names.__builtins__))
    dict_set(ts, gd, Value::from_obj(ts->interp->names.__builtins__), Value::from_obj(ts->interp->builtins));
  Value code = compile_source(ts, source, filename, CompileMode::Exec);
  if (!code) return Value();
  Value r = run_code(ts, code, gd, Value::from_obj(gd));
  decref(code);
  if (!r) return Value();
  decref(r);
  return g.release();
}

}  // namespace minipy
