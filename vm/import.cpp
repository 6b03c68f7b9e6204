// vm/import.cpp — the import system: sys.modules, native (C++) modules, the
// Python-source modules embedded in the binary (stdlib/*.py), and .py files and
// packages found along sys.path; relative imports; `from m import *`.
#include <sys/stat.h>

#include <fstream>
#include <sstream>

#include "stdlib/modules.h"
#include "vm/codecache.h"
#include "vm/frozen.h"
#include "vm/vm.h"

namespace minipy {

namespace {

std::string to_std(Value s) { return std::string(str_view(s)); }

bool file_exists(const std::string& p) {
  struct stat st;
  return ::stat(p.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}
bool dir_exists(const std::string& p) {
  struct stat st;
  return ::stat(p.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

bool read_file(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return true;
}

const FrozenModule* find_frozen(const std::string& name) {
  for (const FrozenModule* m = kFrozenModules; m->name; ++m)
    if (name == m->name) return m;
  return nullptr;
}

const ModuleDef* find_native(const std::string& name) {
  for (const ModuleDef* const* d = kNativeModules; *d; ++d)
    if (name == (*d)->name) return *d;
  return nullptr;
}

Value module_not_found(ThreadState* ts, const std::string& name) {
  // CPython formats the name with %r: quotes and escapes (a NUL must not cut the message).
  Value nv = str_new(ts, name);
  Value r = nv ? repr(ts, nv) : Value();
  decref(nv);
  if (!r) return Value();
  std::string_view rv = str_view(r);
  raisef(ts, Exc::ModuleNotFoundError, "No module named %.*s", int(rv.size()), rv.data());
  decref(r);
  if (ts->curexc) {
    auto* e = ts->curexc.as<ImportErrorObject>();
    decref(e->name);
    e->name = str_new(ts, name);
  }
  return Value();
}

// importlib support: once importlib is imported, its bootstrap module is
// registered as sys.modules['_frozen_importlib'] (stdlib/importlib/_bootstrap.py),
// and from then on every module the importer creates is given its __spec__ and
// __loader__ by that module's _minipy_init_module(module, origin, kind) before
// its code runs (kind: 'source', 'frozen' or 'builtin'). Until then modules keep
// __spec__ = None, and importing costs one dict lookup more.
bool call_spec_hook(ThreadState* ts, Value m, const std::string& origin, const char* kind) {
  Value bs = dict_get_str(ts->interp->modules, intern(ts, "_frozen_importlib"));
  if (!bs || !bs.is_obj()) return true;
  Ref hook(getattr_opt(ts, bs, intern(ts, "_minipy_init_module")));
  if (!hook) return !err_occurred(ts);
  Ref o(str_new(ts, origin));
  Ref k(str_new(ts, kind));
  if (!o || !k) return false;
  Value args[3] = {m, o.get(), k.get()};
  Value r = call(ts, hook.get(), args, 3);
  if (!r) return false;
  decref(r);
  return true;
}

// Create the module, register it in sys.modules, run `source` in it (or, for
// an embedded module `frozen`, its precompiled bytecode or else its own
// source: vm/codecache.h). On failure the module is removed from sys.modules again.
Value exec_module_source(ThreadState* ts, const std::string& name, const std::string& source,
                         const std::string& filename, bool is_package, const std::string& pkg_dir,
                         const FrozenModule* frozen) {
  Interpreter* interp = ts->interp;
  Value m = module_new(ts, name);
  if (!m) return Value();
  Ref mod(m);
  auto* mo = m.as<ModuleObject>();
  DictObject* d = mo->dict;
  Value fname = str_new(ts, filename);
  if (!fname) return Value();
  Ref fname_ref(fname);
  if (!frozen) dict_set(ts, d, Value::from_obj(interp->names.__file__), fname);
  std::string package = name;
  if (!is_package) {
    auto dot = name.rfind('.');
    package = dot == std::string::npos ? "" : name.substr(0, dot);
  }
  Ref pkg(str_new(ts, package));
  dict_set(ts, d, Value::from_obj(interp->names.__package__), pkg.get());
  if (is_package) {
    ListObject* path = list_new(ts);
    Ref pathref(Value::from_obj(path));
    Ref dir(str_new(ts, pkg_dir));
    list_append(ts, path, dir.get());
    dict_set(ts, d, Value::from_obj(interp->names.__path__), pathref.get());
  }
  dict_set(ts, d, Value::from_obj(interp->names.__builtins__), Value::from_obj(interp->builtins));
  if (!dict_set(ts, interp->modules, Value::from_obj(intern(ts, name)), m)) return Value();
  if (!call_spec_hook(ts, m, frozen ? name : filename, frozen ? "frozen" : "source")) {
    Value saved = err_fetch(ts);
    dict_del(ts, interp->modules, Value::from_obj(intern(ts, name)));
    err_restore(ts, saved);
    return Value();
  }
  Value code = frozen ? frozen_module_code(ts, frozen, filename) : compile_source(ts, source, filename, CompileMode::Exec);
  if (!code) {
    dict_del(ts, interp->modules, Value::from_obj(intern(ts, name)));
    return Value();
  }
  Value r = run_code(ts, code, d, Value::from_obj(d));
  decref(code);
  if (!r) {
    Value saved = err_fetch(ts);
    dict_del(ts, interp->modules, Value::from_obj(intern(ts, name)));
    err_restore(ts, saved);
    return Value();
  }
  decref(r);
  // The module may have replaced itself in sys.modules.
  Value final_mod = dict_get_str(interp->modules, intern(ts, name));
  return final_mod ? newref(final_mod) : mod.release();
}

Value load_native(ThreadState* ts, const std::string& name, const ModuleDef* def) {
  Value m = module_new(ts, name);
  if (!m) return Value();
  Ref mod(m);
  auto* mo = m.as<ModuleObject>();
  mo->def = def;
  Ref modname(str_new(ts, name));
  if (def->doc) {
    Ref doc(str_new(ts, def->doc));
    dict_set(ts, mo->dict, Value::from_obj(ts->interp->names.__doc__), doc.get());
  }
  for (const MethodDef* md = def->methods; md && md->name; ++md) {
    Value fn = builtin_function_new(ts, md, m, modname.get());
    if (!fn) return Value();
    bool ok = dict_set(ts, mo->dict, Value::from_obj(intern(ts, md->name)), fn);
    decref(fn);
    if (!ok) return Value();
  }
  if (!dict_set(ts, ts->interp->modules, Value::from_obj(intern(ts, name)), m)) return Value();
  if (!call_spec_hook(ts, m, name, "builtin") || (def->init && !def->init(ts, mo))) {
    Value saved = err_fetch(ts);
    dict_del(ts, ts->interp->modules, Value::from_obj(intern(ts, name)));
    err_restore(ts, saved);
    return Value();
  }
  return mod.release();
}

}  // namespace

// The search rule of the importer (also used by importlib's PathFinder through
// _imp.find_in_path): in each directory of `paths`, a package directory with an
// __init__.py first, then a .py file. `src` (may be null) receives the source.
bool import_locate(ThreadState* ts, const std::string& last, Value paths, std::string* file, bool* is_package,
                   std::string* pkgdir, std::string* src) {
  if (!paths || !is_list(ts, paths)) return false;
  auto* l = paths.as<ListObject>();
  for (int64_t i = 0; i < l->size; ++i) {
    Value entry = l->items[i];
    if (!is_str(ts, entry)) continue;
    std::string dir = to_std(entry);
    if (dir.empty()) dir = ".";
    std::string pdir = dir + "/" + last;
    std::string init = pdir + "/__init__.py";
    if (dir_exists(pdir) && file_exists(init)) {
      if (src && !read_file(init, src)) continue;
      *file = init;
      *is_package = true;
      *pkgdir = pdir;
      return true;
    }
    std::string f = dir + "/" + last + ".py";
    if (file_exists(f)) {
      if (src && !read_file(f, src)) continue;
      *file = f;
      *is_package = false;
      pkgdir->clear();
      return true;
    }
  }
  return false;
}

namespace {

// Search `paths` (a list of directory strings) for `last` as a module or package.
Value find_in_paths(ThreadState* ts, const std::string& fullname, const std::string& last, Value paths, bool* found) {
  std::string file, pkgdir, src;
  bool is_package = false;
  *found = import_locate(ts, last, paths, &file, &is_package, &pkgdir, &src);
  if (!*found) return Value();
  return exec_module_source(ts, fullname, src, file, is_package, pkgdir, nullptr);
}

// Finders a program put on sys.meta_path (once importlib is imported, with
// its defaults describing this importer): when the list holds any other
// finder, _frozen_importlib._minipy_find_custom(name, path) asks them in
// order. *handled is set when it provided the module (returned) or failed
// (null, exception pending); otherwise the importer goes on as usual.
Value custom_finders(ThreadState* ts, const std::string& fullname, bool* handled) {
  *handled = false;
  Interpreter* interp = ts->interp;
  Value bs = dict_get_str(interp->modules, intern(ts, "_frozen_importlib"));
  Value mp = bs ? dict_get_str(interp->sys->dict, intern(ts, "meta_path")) : Value();
  if (!mp || !is_list(ts, mp)) return Value();
  Ref defaults(getattr_opt(ts, bs, intern(ts, "_minipy_default_finders")));
  if (!defaults || !is_tuple(ts, defaults.get())) {
    err_clear(ts);
    return Value();
  }
  bool custom = false;
  auto* l = mp.as<ListObject>();
  for (int64_t i = 0; i < l->size && !custom; ++i) {
    bool known = false;
    for (int64_t j = 0; j < tuple_size(defaults.get()); ++j) known |= l->items[i] == tuple_item(defaults.get(), j);
    custom = !known;
  }
  if (!custom) return Value();
  auto dot = fullname.rfind('.');
  Ref path(Value::none());
  Value pmod;
  if (dot != std::string::npos) {
    pmod = dict_get_str(interp->modules, intern(ts, fullname.substr(0, dot)));
    if (!pmod) return Value();
    Value p = getattr_opt(ts, pmod, interp->names.__path__);
    if (!p) {
      err_clear(ts);
      return Value();
    }
    path = Ref(p);
  }
  Ref hook(getattr_opt(ts, bs, intern(ts, "_minipy_find_custom")));
  Ref name(str_new(ts, fullname));
  if (!hook || !name) {
    *handled = err_occurred(ts);
    return Value();
  }
  Value args[2] = {name.get(), path.get()};
  Value r = call(ts, hook.get(), args, 2);
  if (!r || !r.is_none()) *handled = true;
  if (!r || r.is_none()) {
    if (r) decref(r);
    return Value();
  }
  if (pmod && !setattr(ts, pmod, intern(ts, fullname.substr(dot + 1)), r)) {
    decref(r);
    return Value();
  }
  return r;
}

// Import one fully qualified module (its parent already imported).
Value import_single(ThreadState* ts, const std::string& fullname) {
  Interpreter* interp = ts->interp;
  Value existing = dict_get_str(interp->modules, intern(ts, fullname));
  if (existing) {
    if (existing.is_none())
      return raisef(ts, Exc::ModuleNotFoundError, "import of %s halted; None in sys.modules", fullname.c_str());
    return newref(existing);
  }
  bool handled = false;
  Value custom = custom_finders(ts, fullname, &handled);
  if (handled) return custom;
  auto dot = fullname.rfind('.');
  if (dot == std::string::npos) {
    if (const ModuleDef* def = find_native(fullname)) return load_native(ts, fullname, def);
    // sys.path (the script's directory first) is searched before the standard
    // library embedded in the binary, as CPython searches the script dir first.
    Value sys_path = dict_get_str(interp->sys->dict, interp->names.path);
    bool found = false;
    Value m = find_in_paths(ts, fullname, fullname, sys_path, &found);
    if (found) return m;
    if (const FrozenModule* fm = find_frozen(fullname)) {
      return exec_module_source(ts, fullname, std::string(), "<frozen " + fullname + ">", fm->is_package != 0,
                                "<frozen " + fullname + ">", fm);
    }
    return module_not_found(ts, fullname);
  }
  std::string parent = fullname.substr(0, dot);
  std::string last = fullname.substr(dot + 1);
  Value pmod = dict_get_str(interp->modules, intern(ts, parent));
  if (!pmod) return module_not_found(ts, fullname);
  if (const FrozenModule* fm = find_frozen(fullname)) {
    Value m = exec_module_source(ts, fullname, std::string(), "<frozen " + fullname + ">", fm->is_package != 0,
                                 "<frozen " + fullname + ">", fm);
    if (m) setattr(ts, pmod, intern(ts, last), m);
    return m;
  }
  Ref ppath(getattr_opt(ts, pmod, interp->names.__path__));
  if (!ppath) {
    if (err_occurred(ts)) return Value();
    raisef(ts, Exc::ModuleNotFoundError, "No module named '%s'; '%s' is not a package", fullname.c_str(), parent.c_str());
    return Value();
  }
  bool found = false;
  Value m = find_in_paths(ts, fullname, last, ppath.get(), &found);
  if (!found) return module_not_found(ts, fullname);
  if (!m) return Value();
  if (!setattr(ts, pmod, intern(ts, last), m)) {
    decref(m);
    return Value();
  }
  return m;
}

// Import `name` and all its parents; returns the last module (new ref).
Value import_dotted(ThreadState* ts, const std::string& name) {
  Value existing = dict_get_str(ts->interp->modules, intern(ts, name));
  if (existing && !existing.is_none()) return newref(existing);
  size_t pos = 0;
  Value last;
  while (true) {
    size_t dot = name.find('.', pos);
    std::string prefix = dot == std::string::npos ? name : name.substr(0, dot);
    decref(last);
    last = import_single(ts, prefix);
    if (!last) return Value();
    if (dot == std::string::npos) break;
    pos = dot + 1;
  }
  return last;
}

bool resolve_relative(ThreadState* ts, const std::string& name, Value globals, int level, std::string* out) {
  Interpreter* interp = ts->interp;
  if (!globals || !is_dict(ts, globals)) {
    if (globals && !globals.is_none()) raise(ts, Exc::TypeError, "globals must be a dict");
    else raise(ts, Exc::KeyError, "'__name__' not in globals");
    return false;
  }
  auto* g = globals.as<DictObject>();
  std::string package;
  Value pkg = dict_get_str(g, interp->names.__package__);
  if (pkg && !pkg.is_none() && !is_str(ts, pkg)) {
    raise(ts, Exc::TypeError, "package must be a string");
    return false;
  }
  if (pkg && is_str(ts, pkg)) {
    package = to_std(pkg);
  } else {
    Value modname = dict_get_str(g, interp->names.__name__);
    if (!modname || !is_str(ts, modname)) {
      if (modname) raise(ts, Exc::TypeError, "__name__ must be a string");
      else raise(ts, Exc::KeyError, "'__name__' not in globals");
      return false;
    }
    package = to_std(modname);
    if (!dict_get_str(g, interp->names.__path__)) {
      auto dot = package.rfind('.');
      package = dot == std::string::npos ? "" : package.substr(0, dot);
    }
  }
  if (package.empty()) {
    raise(ts, Exc::ImportError, "attempted relative import with no known parent package");
    return false;
  }
  std::string base = package;
  for (int i = 1; i < level; ++i) {
    auto dot = base.rfind('.');
    if (dot == std::string::npos) {
      raise(ts, Exc::ImportError, "attempted relative import beyond top-level package");
      return false;
    }
    base = base.substr(0, dot);
  }
  *out = name.empty() ? base : base + "." + name;
  return true;
}

}  // namespace

Value import_module_level(ThreadState* ts, Value name_v, Value globals, Value fromlist, int level) {
  if (!is_str(ts, name_v)) return raise(ts, Exc::TypeError, "module name must be a string");
  std::string name = to_std(name_v);
  if (level < 0) return raise(ts, Exc::ValueError, "level must be >= 0");
  std::string absname = name;
  if (level > 0) {
    if (!resolve_relative(ts, name, globals, level, &absname)) return Value();
  } else if (name.empty()) {
    return raise(ts, Exc::ValueError, "Empty module name");
  }
  Value mod = import_dotted(ts, absname);
  if (!mod) return Value();
  bool has_fromlist = fromlist && !fromlist.is_none() && truthy(ts, fromlist) > 0;
  if (!has_fromlist) {
    if (level == 0) {
      // `import a.b.c` binds the top-level package.
      auto dot = name.find('.');
      if (dot == std::string::npos) return mod;
      decref(mod);
      Value top = dict_get_str(ts->interp->modules, intern(ts, name.substr(0, dot)));
      if (!top) return module_not_found(ts, name.substr(0, dot));
      return newref(top);
    }
    return mod;
  }
  // from package import submodule: import submodules named in fromlist that are not attributes.
  Ref path(getattr_opt(ts, mod, ts->interp->names.__path__));
  if (!path) err_clear(ts);
  if (path && is_tuple(ts, fromlist)) {
    for (int64_t i = 0; i < tuple_size(fromlist); ++i) {
      Value item = tuple_item(fromlist, i);
      if (!is_str(ts, item) || str_view(item) == "*") continue;
      Value attr = getattr_opt(ts, mod, item.as<StrObject>());
      if (attr) {
        decref(attr);
        continue;
      }
      if (err_occurred(ts)) {
        decref(mod);
        return Value();
      }
      Value sub = import_single(ts, absname + "." + to_std(item));
      if (!sub) {
        if (err_matches(ts, Exc::ModuleNotFoundError)) {
          err_clear(ts);  // reported later by IMPORT_FROM as "cannot import name"
          continue;
        }
        decref(mod);
        return Value();
      }
      decref(sub);
    }
  }
  return mod;
}

Value import_from(ThreadState* ts, Value module, StrObject* name) {
  Value v = getattr_opt(ts, module, name);
  if (v || err_occurred(ts)) return v;
  // A submodule imported as a side effect may be in sys.modules only.
  Ref modname(getattr_opt(ts, module, ts->interp->names.__name__));
  if (!modname) err_clear(ts);
  if (modname && is_str(ts, modname.get())) {
    std::string full = to_std(modname.get()) + "." + std::string(name->view());
    Value sub = dict_get_str(ts->interp->modules, intern(ts, full));
    if (sub) return newref(sub);
  }
  std::string mname = modname && is_str(ts, modname.get()) ? to_std(modname.get()) : "<unknown module name>";
  Ref file(getattr_opt(ts, module, ts->interp->names.__file__));
  if (!file) err_clear(ts);
  if (file && is_str(ts, file.get()))
    raisef(ts, Exc::ImportError, "cannot import name '%s' from '%s' (%s)", std::string(name->view()).c_str(),
           mname.c_str(), to_std(file.get()).c_str());
  else
    raisef(ts, Exc::ImportError, "cannot import name '%s' from '%s' (unknown location)", std::string(name->view()).c_str(),
           mname.c_str());
  if (ts->curexc && modname && is_str(ts, modname.get())) {
    auto* e = ts->curexc.as<ImportErrorObject>();
    decref(e->name);
    e->name = newref(modname.get());
    if (file && is_str(ts, file.get())) {
      decref(e->path);
      e->path = newref(file.get());
    }
  }
  return Value();
}

bool import_star(ThreadState* ts, Value module, Value locals) {
  Ref all(getattr_opt(ts, module, ts->interp->names.__all__));
  if (!all && err_occurred(ts)) return false;
  Ref dict(getattr(ts, module, ts->interp->names.__dict__));
  if (!dict) return false;
  auto store = [&](Value k, Value v) -> bool {
    if (is_dict(ts, locals)) return dict_set(ts, locals.as<DictObject>(), k, v);
    return setitem(ts, locals, k, v);
  };
  if (all) {
    Ref it(get_iter(ts, all.get()));
    if (!it) return false;
    while (Value name = iter_next(ts, it.get())) {
      Ref nref(name);
      if (!is_str(ts, name)) {
        raisef(ts, Exc::TypeError, "Item in %s.__all__ must be str, not %s", "module", type_name(ts, name));
        return false;
      }
      Ref v(getattr(ts, module, name.as<StrObject>()));
      if (!v || !store(name, v.get())) return false;
    }
    return !err_occurred(ts);
  }
  if (!is_dict(ts, dict.get())) return true;
  int64_t pos = 0;
  Value k, v;
  auto* d = dict.as<DictObject>();
  while (dict_next(d, &pos, &k, &v)) {
    if (is_str(ts, k) && !str_view(k).empty() && str_view(k)[0] == '_') continue;
    if (!store(k, v)) return false;
  }
  return true;
}

Value vm_import(ThreadState* ts, Value name, Value globals, Value fromlist, int level) {
  return import_module_level(ts, name, globals, fromlist, level);
}

}  // namespace minipy

namespace minipy {

// sys.path = the configured entries (the script's directory first, then
// MINIPYPATH); the embedded standard library is searched after them.
void import_init(ThreadState* ts) {
  Interpreter* interp = ts->interp;
  if (!interp->sys) return;
  ListObject* path = list_new(ts);
  if (!path) return;
  for (const std::string& p : interp->config.path) {
    Ref s(str_new(ts, p));
    if (s) list_append(ts, path, s.get());
  }
  dict_set(ts, interp->sys->dict, Value::from_obj(interp->names.path), Value::from_obj(path));
  decref(path);
  ListObject* argv = list_new(ts);
  if (!argv) return;
  for (const std::string& a : interp->config.argv) {
    Ref s(str_new(ts, a));
    if (s) list_append(ts, argv, s.get());
  }
  if (argv->size == 0) {
    Ref s(str_new(ts, ""));
    list_append(ts, argv, s.get());
  }
  dict_set(ts, interp->sys->dict, Value::from_obj(interp->names.argv), Value::from_obj(argv));
  decref(argv);
}

}  // namespace minipy
