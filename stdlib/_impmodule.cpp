// stdlib/_impmodule.cpp — the native `_imp` module: what importlib needs to
// know about minipy's import system without duplicating it. It answers which
// modules are native (compiled in) or embedded (the frozen stdlib/*.py), gives
// the source of an embedded module, creates native modules, and runs the
// importer's own path search (vm/import.cpp import_locate) for PathFinder.
// Must not: keep state or execute module code (importlib/_bootstrap*.py does).
#include "stdlib/modules.h"
#include "vm/frozen.h"

namespace minipy {

namespace {

const FrozenModule* frozen_lookup(std::string_view name) {
  for (const FrozenModule* m = kFrozenModules; m->name; ++m)
    if (name == m->name) return m;
  return nullptr;
}

const ModuleDef* native_lookup(std::string_view name) {
  for (const ModuleDef* const* d = kNativeModules; *d; ++d)
    if (name == (*d)->name) return *d;
  return nullptr;
}

bool str_arg(ThreadState* ts, const char* fname, const Value* args, size_t nargs, TupleObject* kw,
             std::string_view* out) {
  if (!no_kwargs(ts, fname, kw) || !check_nargs(ts, fname, nargs, 1, 1)) return false;
  if (!is_str(ts, args[0])) {
    raisef(ts, Exc::TypeError, "%s() argument must be str, not %s", fname, type_name(ts, args[0]));
    return false;
  }
  *out = str_view(args[0]);
  return true;
}

// is_builtin(name) -> 1 for a native module, -1 for sys/builtins (cannot be re-initialised), else 0.
Value imp_is_builtin(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  std::string_view name;
  if (!str_arg(ts, "is_builtin", args, nargs, kw, &name)) return Value();
  if (name == "sys" || name == "builtins") return Value::small_int(-1);
  return Value::small_int(native_lookup(name) ? 1 : 0);
}

Value imp_is_frozen(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  std::string_view name;
  if (!str_arg(ts, "is_frozen", args, nargs, kw, &name)) return Value();
  return Value::boolean(frozen_lookup(name) != nullptr);
}

Value no_frozen(ThreadState* ts, std::string_view name) {
  return raisef(ts, Exc::ImportError, "No such frozen object named '%.*s'", int(name.size()), name.data());
}

Value imp_is_frozen_package(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  std::string_view name;
  if (!str_arg(ts, "is_frozen_package", args, nargs, kw, &name)) return Value();
  const FrozenModule* m = frozen_lookup(name);
  if (!m) return no_frozen(ts, name);
  return Value::boolean(m->is_package != 0);
}

// get_frozen_source(name) -> str
Value imp_get_frozen_source(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  std::string_view name;
  if (!str_arg(ts, "get_frozen_source", args, nargs, kw, &name)) return Value();
  const FrozenModule* m = frozen_lookup(name);
  if (!m) return no_frozen(ts, name);
  return str_new(ts, std::string_view(m->source, m->size));
}

// frozen_names() -> list of the embedded module names, in table order.
Value imp_frozen_names(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "frozen_names", kw) || !check_nargs(ts, "frozen_names", nargs, 0, 0)) return Value();
  ListObject* l = list_new(ts);
  if (!l) return Value();
  Ref hold(Value::from_obj(l));
  for (const FrozenModule* m = kFrozenModules; m->name; ++m) {
    Ref s(str_new(ts, m->name));
    if (!s || !list_append(ts, l, s.get())) return Value();
  }
  return hold.release();
}

// create_builtin(spec) -> the native module named spec.name (imported once, then shared).
Value imp_create_builtin(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "create_builtin", kw) || !check_nargs(ts, "create_builtin", nargs, 1, 1)) return Value();
  Ref name(getattr(ts, args[0], ts->interp->names.name));
  if (!name) return Value();
  if (!is_str(ts, name.get())) return raise(ts, Exc::TypeError, "spec name must be a string");
  std::string_view n = str_view(name.get());
  if (n != "sys" && n != "builtins" && !native_lookup(n))
    return raisef(ts, Exc::ImportError, "no built-in module named %.*s", int(n.size()), n.data());
  Value existing = dict_get_str(ts->interp->modules, intern(ts, n));
  if (existing && !existing.is_none()) return newref(existing);
  Ref m(vm_import(ts, name.get(), Value::none(), Value::none(), 0));
  if (!m) return Value();
  Value mod = dict_get_str(ts->interp->modules, intern(ts, n));
  return mod ? newref(mod) : m.release();
}

// find_in_path(name, paths) -> (file, is_package, package_dir) or None: the
// importer's own search of `paths` (a list of directories) for the last
// component of a module name.
Value imp_find_in_path(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "find_in_path", kw) || !check_nargs(ts, "find_in_path", nargs, 2, 2)) return Value();
  if (!is_str(ts, args[0]))
    return raisef(ts, Exc::TypeError, "find_in_path() argument 1 must be str, not %s", type_name(ts, args[0]));
  Ref paths(is_list(ts, args[1]) ? newref(args[1]) : sequence_to_list(ts, args[1]));
  if (!paths) return Value();
  std::string file, pkgdir;
  bool is_package = false;
  if (!import_locate(ts, std::string(str_view(args[0])), paths.get(), &file, &is_package, &pkgdir, nullptr))
    return Value::none();
  Ref f(str_new(ts, file));
  Ref d(is_package ? str_new(ts, pkgdir) : Value::none());
  if (!f || !d) return Value();
  return tuple_pack(ts, {f.get(), Value::boolean(is_package), d.get()});
}

Value imp_extension_suffixes(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "extension_suffixes", kw) || !check_nargs(ts, "extension_suffixes", nargs, 0, 0))
    return Value();
  return Value::from_obj(list_new(ts));  // minipy cannot load C extensions
}

// The import lock: minipy's importer runs under the GIL, so these are no-ops.
Value imp_noop(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  return Value::none();
}
Value imp_lock_held(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  return Value::False();
}

const MethodDef kMethods[] = {
    {"is_builtin", imp_is_builtin, kMethNormal, "Returns True if the module name corresponds to a built-in module."},
    {"is_frozen", imp_is_frozen, kMethNormal, "Returns True if the module name corresponds to a frozen module."},
    {"is_frozen_package", imp_is_frozen_package, kMethNormal, "Returns True if the module name is of a frozen package."},
    {"get_frozen_source", imp_get_frozen_source, kMethNormal, "Source text of an embedded (frozen) module."},
    {"frozen_names", imp_frozen_names, kMethNormal, "Names of the embedded (frozen) modules."},
    {"create_builtin", imp_create_builtin, kMethNormal, "Create an extension module."},
    {"find_in_path", imp_find_in_path, kMethNormal, "The importer's search of a list of directories."},
    {"extension_suffixes", imp_extension_suffixes, kMethNormal, "Returns the list of file suffixes used to identify extension modules."},
    {"acquire_lock", imp_noop, kMethNormal, "Acquires the interpreter's import lock for the current thread."},
    {"release_lock", imp_noop, kMethNormal, "Release the interpreter's import lock."},
    {"lock_held", imp_lock_held, kMethNormal, "Return True if the import lock is currently held, else False."},
    {nullptr, nullptr},
};

bool imp_init(ThreadState* ts, ModuleObject* m) {
  Ref s(str_new(ts, "never"));
  return s && module_add(ts, m, "check_hash_based_pycs", s.get());
}

}  // namespace

const ModuleDef imp_module_def = {
    .name = "_imp",
    .doc = "(Extremely) low-level import machinery bits as used by importlib.",
    .methods = kMethods,
    .init = imp_init,
};

}  // namespace minipy
