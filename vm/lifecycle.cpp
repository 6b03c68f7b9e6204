// vm/lifecycle.cpp — interpreter start-up and shutdown (the composition root): creates every
// built-in type (per interpreter), the interned names, the exception classes,
// the builtins and sys modules, and the main thread state.
#include <cstring>
#include <string>
#include <unordered_map>

#include "runtime/gc.h"
#include "runtime/runtime.h"
#include "stdlib/modules.h"
#include <pthread.h>

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
  return interp;
}

ThreadState* interpreter_main_thread(Interpreter* interp) { return interp->main_thread; }

void interpreter_destroy(Interpreter* interp) {
  ThreadState* ts = interp->main_thread;
  if (ts) {
    // Wait for non-daemon threads (threading._shutdown), like CPython at exit.
    Value threading = interp->modules ? dict_get_str(interp->modules, intern(ts, "threading")) : Value();
    if (threading) {
      Value r = call_method0(ts, threading, "_shutdown");
      if (!r) {
        Value exc = err_fetch(ts);
        if (exc && !is_subtype(type_of(ts, exc), exc_type(ts, Exc::AttributeError))) print_exception(ts, exc);
        decref(exc);
      }
      decref(r);
    }
    // atexit callbacks run after the non-daemon threads are joined, like CPython.
    atexit_run_exitfuncs(ts);
    // The main thread's contextvars.Context goes before the modules, so the
    // values it holds are finalised like the modules' own.
    decref(ts->context);
    ts->context = Value();
    flush_std_streams(ts);
    // Modules are cleared so __del__ methods run and files are closed, like
    // CPython's finalisation; the rest of the memory goes with the process
    // when the host exits (embedders that create many interpreters should
    // call this; a full teardown of every type is future work).
    if (interp->modules) {
      int64_t pos = 0;
      Value k, v;
      std::vector<Value> mods;
      while (dict_next(interp->modules, &pos, &k, &v)) mods.push_back(newref(v));
      for (auto it = mods.rbegin(); it != mods.rend(); ++it) {
        Value m = *it;
        if (m.is_obj() && m.obj()->type == interp->types.module && m.as<ModuleObject>() != interp->builtins &&
            m.as<ModuleObject>() != interp->sys) {
          // Clear the module namespace (CPython sets globals to None in a similar pass).
          dict_clear(m.as<ModuleObject>()->dict);
        }
        decref(m);
      }
      gc_collect(ts);
    }
    flush_std_streams(ts);
    gil_report(interp);
    vm_thread_fini(ts);
    set_current_thread_state(nullptr);
  }
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
