// stdlib/_warnings.cpp — the `_warnings` module: warn(), warn_explicit(), the
// filter list and the "already shown" registries, as CPython 3.11's C
// accelerator (Python/_warnings.c). stdlib/warnings.py takes them from here,
// so a warning turned into an exception (-W error) has no warnings.py frame
// in its traceback, exactly as in CPython.
//
// State: `filters` (list), `_defaultaction` (str) and `_onceregistry` (dict)
// live in this module's dict; once the warnings module is imported, its
// `filters` / `defaultaction` / `onceregistry` attributes win (catch_warnings
// assigns new ones). Interpreter::warnings_filters_version stamps registries.
// Display goes through warnings._showwarnmsg (imported on demand), with a
// plain fallback printer when that module cannot be imported.
// Also C++'s entry point warn_cpp() (stdlib/modules.h).
#include <fstream>

#include "stdlib/modules.h"
#include "vm/frame.h"
#include "vm/vm.h"

namespace minipy {

namespace {

// ---------------------------------------------------------------- state

ModuleObject* self_module(ThreadState* ts) {
  if (!ts->interp->modules) return nullptr;
  Value m = dict_get_str(ts->interp->modules, intern(ts, "_warnings"));
  if (m && m.is_obj() && m.obj()->type == ts->interp->types.module) return m.as<ModuleObject>();
  Ref name(str_new(ts, "_warnings"));
  Ref mod(name ? import_module_level(ts, name.get(), Value(), Value(), 0) : Value());
  if (!mod || mod.get().obj()->type != ts->interp->types.module) {
    err_clear(ts);
    return nullptr;
  }
  return mod.as<ModuleObject>();  // sys.modules keeps it alive
}

// An attribute of the Python warnings module (new reference), or null: when
// the module is not imported (importing it first if try_import), or it lacks
// the attribute. Null with a pending error only for real failures.
Value warnings_attr(ThreadState* ts, const char* attr, bool try_import) {
  if (!ts->interp->modules) return Value();
  Value w = dict_get_str(ts->interp->modules, intern(ts, "warnings"));
  Ref hold;
  if (!w && try_import) {
    Ref name(str_new(ts, "warnings"));
    hold = Ref(name ? import_module_level(ts, name.get(), Value(), Value(), 0) : Value());
    if (!hold) {
      if (err_matches(ts, Exc::ImportError)) err_clear(ts);
      return Value();
    }
    w = hold.get();
  }
  if (!w || w.is_none()) return Value();
  Ref keep = Ref::borrow(w);
  Value v = getattr_opt(ts, w, intern(ts, attr));
  return v;
}

// The current filter list (borrowed from this module's dict, refreshed from
// warnings.filters), or null with ValueError.
Value get_filters(ThreadState* ts, ModuleObject* self) {
  Ref wf(warnings_attr(ts, "filters", false));
  if (!wf && err_occurred(ts)) return Value();
  if (wf && !dict_set_str(ts, self->dict, "filters", wf.get())) return Value();
  Value f = dict_get_str(self->dict, intern(ts, "filters"));
  if (!f || !is_list(ts, f)) return raise(ts, Exc::ValueError, "_warnings.filters must be a list");
  return f;
}

Value get_default_action(ThreadState* ts, ModuleObject* self) {
  Ref a(warnings_attr(ts, "defaultaction", false));
  if (!a) {
    if (err_occurred(ts)) return Value();
    Value d = dict_get_str(self->dict, intern(ts, "_defaultaction"));
    return d ? newref(d) : str_new(ts, "default");
  }
  if (!is_str(ts, a.get()))
    return raisef(ts, Exc::TypeError, "_warnings.defaultaction must be a string, not '%.200s'",
                  type_name(ts, a.get()));
  if (!dict_set_str(ts, self->dict, "_defaultaction", a.get())) return Value();
  return a.release();
}

Value get_once_registry(ThreadState* ts, ModuleObject* self) {
  Ref r(warnings_attr(ts, "onceregistry", false));
  if (!r) {
    if (err_occurred(ts)) return Value();
    Value d = dict_get_str(self->dict, intern(ts, "_onceregistry"));
    if (!d) return raise(ts, Exc::ValueError, "_warnings._onceregistry is missing");
    return newref(d);
  }
  if (!is_dict(ts, r.get()))
    return raisef(ts, Exc::TypeError, "_warnings.onceregistry must be a dict, not '%.200s'", type_name(ts, r.get()));
  if (!dict_set_str(ts, self->dict, "_onceregistry", r.get())) return Value();
  return r.release();
}

// ---------------------------------------------------------------- registries

// 1: `key` was already shown since the filters last changed; 0: not (and it
// is recorded when should_set); -1: error. A registry stamped with another
// filters version is cleared first.
int already_warned(ThreadState* ts, Value registry, Value key, bool should_set) {
  auto* reg = registry.as<DictObject>();
  int64_t version = ts->interp->warnings_filters_version;
  Value v = dict_get_str(reg, intern(ts, "version"));
  bool stale = !v || !v.is_small_int() || v.as_small_int() != version;
  if (stale) {
    dict_clear(reg);
    Ref vv(int_from_i64(ts, version));
    if (!vv || !dict_set_str(ts, reg, "version", vv.get())) return -1;
  } else {
    Value seen = dict_get(ts, reg, key);
    if (seen) {
      int t = truthy(ts, seen);
      if (t != 0) return t;
    } else if (err_occurred(ts)) {
      return -1;
    }
  }
  if (should_set && !dict_set(ts, reg, key, Value::True())) return -1;
  return 0;
}

int update_registry(ThreadState* ts, Value registry, Value text, Value category) {
  Ref altkey(tuple_pack(ts, {text, category}));
  if (!altkey) return -1;
  return already_warned(ts, registry, altkey.get(), true);
}

// A filter's message or module part: None matches everything, a plain str
// (the built-in default filters) matches exactly, else it is a regex.
int check_matched(ThreadState* ts, Value pattern, Value arg) {
  if (pattern.is_none()) return 1;
  if (is_str(ts, pattern) && type_of(ts, pattern) == ts->interp->types.str)
    return is_str(ts, arg) && str_view(pattern) == str_view(arg) ? 1 : 0;
  Ref r(call_method1(ts, pattern, "match", arg));
  if (!r) return -1;
  return truthy(ts, r.get());
}

// The action of the first matching filter (new reference; *item is the
// filter tuple, or None for the default action).
Value get_filter(ThreadState* ts, ModuleObject* self, Value category, Value text, int64_t lineno, Value module,
                 Ref* item) {
  Value filters = get_filters(ts, self);
  if (!filters) return Value();
  Ref hold = Ref::borrow(filters);
  auto* l = filters.as<ListObject>();
  for (int64_t i = 0; i < l->size; i++) {  // the list may change while we look
    Value it = l->items[i];
    if (!is_tuple(ts, it) || tuple_size(it) != 5)
      return raisef(ts, Exc::ValueError, "_warnings.filters item %lld isn't a 5-tuple", (long long)i);
    Ref tmp = Ref::borrow(it);
    Value action = tuple_item(it, 0), msg = tuple_item(it, 1), cat = tuple_item(it, 2), mod = tuple_item(it, 3),
          ln_obj = tuple_item(it, 4);
    if (!is_str(ts, action))
      return raisef(ts, Exc::TypeError, "action must be a string, not '%.200s'", type_name(ts, action));
    int good_msg = check_matched(ts, msg, text);
    if (good_msg < 0) return Value();
    int good_mod = check_matched(ts, mod, module);
    if (good_mod < 0) return Value();
    int sub = issubclass(ts, category, cat);
    if (sub < 0) return Value();
    int64_t ln = 0;
    if (!int_as_i64(ts, ln_obj, &ln)) return Value();
    if (good_msg && sub && good_mod && (ln == 0 || lineno == ln)) {
      *item = std::move(tmp);
      return newref(action);
    }
  }
  Value a = get_default_action(ts, self);
  if (a) *item = Ref(Value::none());
  return a;
}

// ---------------------------------------------------------------- display

// "  <line>" of a source file, as CPython's _Py_DisplaySourceLine: the line
// without its indentation and newline; nothing for "<...>" names.
std::string display_source_line(const std::string& filename, int64_t lineno) {
  if (filename.empty() || lineno <= 0) return std::string();
  if (filename.front() == '<' && filename.back() == '>') return std::string();
  std::ifstream in(filename, std::ios::binary);
  if (!in) return std::string();
  std::string line;
  for (int64_t i = 0; i < lineno; ++i)
    if (!std::getline(in, line)) return std::string();
  size_t b = line.find_first_not_of(" \t\f");
  if (b == std::string::npos) b = line.size();
  return "  " + line.substr(b) + "\n";
}

// The fallback printer (warnings.py could not be imported, e.g. at shutdown).
void show_warning_plain(ThreadState* ts, Value filename, int64_t lineno, Value text, Value category) {
  Value saved = err_fetch(ts);
  Ref name(getattr_opt(ts, category, ts->interp->names.__name__));
  Ref t(str(ts, text));
  if (name && t && is_str(ts, name.get()) && is_str(ts, filename)) {
    std::string fn(str_view(filename));
    std::string out = fn + ":" + std::to_string(lineno) + ": " + std::string(str_view(name.get())) + ": " +
                      std::string(str_view(t.get())) + "\n" + display_source_line(fn, lineno);
    write_stderr(ts, out);
  }
  err_clear(ts);
  err_restore(ts, saved);
}

bool call_show_warning(ThreadState* ts, Value category, Value text, Value message, Value filename, int64_t lineno,
                       Value lineno_obj, Value source) {
  Ref show(warnings_attr(ts, "_showwarnmsg", true));
  if (!show) {
    if (err_occurred(ts)) return false;
    show_warning_plain(ts, filename, lineno, text, category);
    return true;
  }
  if (!is_callable(ts, show.get())) {
    raise(ts, Exc::TypeError, "warnings._showwarnmsg() must be set to a callable");
    return false;
  }
  Ref cls(warnings_attr(ts, "WarningMessage", false));
  if (!cls) {
    if (!err_occurred(ts)) raise(ts, Exc::RuntimeError, "unable to get warnings.WarningMessage");
    return false;
  }
  Value none = Value::none();
  Value args[7] = {message, category, filename, lineno_obj, none, none, source ? source : none};
  Ref msg(call(ts, cls.get(), args, 7));
  if (!msg) return false;
  Ref r(call1(ts, show.get(), msg.get()));
  return bool(r);
}

// ---------------------------------------------------------------- the core

// "foo.py" -> "foo", "" -> "<unknown>" (CPython's normalize_module).
Value normalize_module(ThreadState* ts, Value filename) {
  std::string_view f = str_view(filename);
  if (f.empty()) return str_new(ts, "<unknown>");
  if (f.size() >= 3 && f.substr(f.size() - 3) == ".py") return str_new(ts, f.substr(0, f.size() - 3));
  return newref(filename);
}

// CPython's warn_explicit(): None, or null with the exception (the warning
// itself under the "error" action).
Value do_warn_explicit(ThreadState* ts, Value category, Value message, Value filename, int64_t lineno,
                       Value module, Value registry, Value source) {
  // module None: emitted late at shutdown; the filters are gone, ignore it.
  if (module && module.is_none()) return Value::none();
  if (registry && !registry.is_none() && !is_dict(ts, registry))
    return raise(ts, Exc::TypeError, "'registry' must be a dict or None");
  if (registry && registry.is_none()) registry = Value();
  ModuleObject* self = self_module(ts);
  if (!self) return raise(ts, Exc::RuntimeError, "the _warnings module is missing");
  Ref modref(module ? newref(module) : normalize_module(ts, filename));
  if (!modref) return Value();
  Ref text, msg;
  int rc = isinstance(ts, message, Value::from_obj(exc_type(ts, Exc::Warning)));
  if (rc < 0) return Value();
  if (rc == 1) {
    text = Ref(str(ts, message));
    if (!text) return Value();
    category = Value::from_obj(type_of(ts, message));
    msg = Ref::borrow(message);
  } else {
    text = Ref::borrow(message);
    msg = Ref(call1(ts, category, message));
    if (!msg) return Value();
  }
  Ref lineno_obj(int_from_i64(ts, lineno));
  if (!lineno_obj) return Value();
  Ref key(tuple_pack(ts, {text.get(), category, lineno_obj.get()}));
  if (!key) return Value();
  if (registry) {
    int w = already_warned(ts, registry, key.get(), false);
    if (w < 0) return Value();
    if (w == 1) return Value::none();
  }
  Ref item;
  Ref action(get_filter(ts, self, category, text.get(), lineno, modref.get(), &item));
  if (!action) return Value();
  std::string_view act = str_view(action.get());
  if (act == "error") {
    raise_value(ts, msg.get());
    return Value();
  }
  if (act == "ignore") return Value::none();
  // Remember it was shown, except under "always".
  rc = 0;
  if (act != "always") {
    if (registry && !dict_set(ts, registry.as<DictObject>(), key.get(), Value::True())) return Value();
    if (act == "once") {
      Ref reg(registry ? Ref::borrow(registry) : Ref(get_once_registry(ts, self)));
      if (!reg) return Value();
      rc = update_registry(ts, reg.get(), text.get(), category);
    } else if (act == "module") {
      if (registry) rc = update_registry(ts, registry, text.get(), category);
    } else if (act != "default") {
      Ref ar(repr(ts, action.get()));
      Ref ir(repr(ts, item.get()));
      if (!ar || !ir) return Value();
      return raisef(ts, Exc::RuntimeError, "Unrecognized action (%s) in warnings.filters:\n %s",
                    std::string(str_view(ar.get())).c_str(), std::string(str_view(ir.get())).c_str());
    }
  }
  if (rc < 0) return Value();
  if (rc == 1) return Value::none();
  if (!call_show_warning(ts, category, text.get(), msg.get(), filename, lineno, lineno_obj.get(), source))
    return Value();
  return Value::none();
}

bool is_internal_frame(Frame* f) {
  if (!f || !f->code || !f->code->filename) return false;
  std::string_view fn = str_view(f->code->filename);
  return fn.find("importlib") != std::string_view::npos && fn.find("_bootstrap") != std::string_view::npos;
}

Frame* next_external_frame(Frame* f) {
  do f = f->previous;
  while (f && is_internal_frame(f));
  return f;
}

// The place a warning is attributed to, `stacklevel` Python frames up
// (CPython's setup_context): filename, lineno, module name and that module's
// __warningregistry__ (created if missing). Frames of importlib's bootstrap
// are skipped unless the warning comes from there.
bool setup_context(ThreadState* ts, int64_t stack_level, Ref* filename, int64_t* lineno, Ref* module,
                   Ref* registry) {
  Frame* f = ts->frame;
  if (stack_level <= 0 || is_internal_frame(f)) {
    while (--stack_level > 0 && f) f = f->previous;
  } else {
    while (--stack_level > 0 && f) f = next_external_frame(f);
  }
  DictObject* globals;
  if (!f) {
    globals = ts->interp->sys->dict;
    *filename = Ref(str_new(ts, "sys"));
    *lineno = 1;
  } else {
    globals = f->globals;
    *filename = Ref::borrow(f->code->filename);
    *lineno = frame_lineno(f);
  }
  if (!*filename) return false;
  Value reg = dict_get_str(globals, intern(ts, "__warningregistry__"));
  if (reg) {
    *registry = Ref::borrow(reg);
  } else {
    Ref d(Value::from_obj(dict_new(ts)));
    if (!d || !dict_set_str(ts, globals, "__warningregistry__", d.get())) return false;
    *registry = std::move(d);
  }
  Value mod = dict_get_str(globals, ts->interp->names.__name__);
  if (mod && (mod.is_none() || is_str(ts, mod))) *module = Ref::borrow(mod);
  else *module = Ref(str_new(ts, "<string>"));
  return bool(*module);
}

// warn()'s category: the message's class if it is a Warning, else the given
// one (UserWarning by default), which must subclass Warning.
Value get_category(ThreadState* ts, Value message, Value category) {
  int rc = isinstance(ts, message, Value::from_obj(exc_type(ts, Exc::Warning)));
  if (rc < 0) return Value();
  if (rc == 1) category = Value::from_obj(type_of(ts, message));
  else if (!category || category.is_none()) category = Value::from_obj(exc_type(ts, Exc::UserWarning));
  rc = issubclass(ts, category, Value::from_obj(exc_type(ts, Exc::Warning)));
  if (rc <= 0) {
    err_clear(ts);
    return raisef(ts, Exc::TypeError, "category must be a Warning subclass, not '%s'", type_name(ts, category));
  }
  return category;
}

Value do_warn(ThreadState* ts, Value message, Value category, int64_t stack_level, Value source) {
  Ref filename, module, registry;
  int64_t lineno = 0;
  if (!setup_context(ts, stack_level, &filename, &lineno, &module, &registry)) return Value();
  return do_warn_explicit(ts, category, message, filename.get(), lineno, module.get(), registry.get(), source);
}

// ---------------------------------------------------------------- Python functions

Value w_warn(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  static constexpr const char* kNames[] = {"message", "category", "stacklevel", "source"};
  Value a[4];
  if (!parse_args(ts, "warn", args, nargs, kw, kNames, 4, 0, 4, 1, a)) return Value();
  int64_t level = 1;
  if (a[2] && !index_i64(ts, a[2], &level)) return Value();
  Value category = get_category(ts, a[0], a[1]);
  if (!category) return Value();
  return do_warn(ts, a[0], category, level, a[3] && !a[3].is_none() ? a[3] : Value());
}

Value w_warn_explicit(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  static constexpr const char* kNames[] = {"message", "category", "filename", "lineno",
                                           "module", "registry", "module_globals", "source"};
  Value a[8];
  if (!parse_args(ts, "warn_explicit", args, nargs, kw, kNames, 8, 0, 8, 4, a)) return Value();
  if (!is_str(ts, a[2]))
    return raisef(ts, Exc::TypeError, "warn_explicit() argument 'filename' must be str, not %s",
                  type_name(ts, a[2]));
  int64_t lineno = 0;
  if (is_float(ts, a[3])) return raise(ts, Exc::TypeError, "'float' object cannot be interpreted as an integer");
  if (!index_i64(ts, a[3], &lineno)) return Value();
  if (a[6] && !a[6].is_none() && !is_dict(ts, a[6]))
    return raisef(ts, Exc::TypeError, "module_globals must be a dict, not '%.200s'", type_name(ts, a[6]));
  return do_warn_explicit(ts, a[1], a[0], a[2], lineno, a[4], a[5] ? a[5] : Value::none(),
                          a[7] && !a[7].is_none() ? a[7] : Value());
}

Value w_filters_mutated(ThreadState* ts, Value, const Value*, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "_filters_mutated", kw) || !check_nargs(ts, "_filters_mutated", nargs, 0, 0)) return Value();
  ts->interp->warnings_filters_version++;
  return Value::none();
}

const MethodDef kWarningsMethods[] = {
    {"warn", w_warn, kMethNormal,
     "warn($module, /, message, category=None, stacklevel=1, source=None)\n--\n\n"
     "Issue a warning, or maybe ignore it or raise an exception."},
    {"warn_explicit", w_warn_explicit, kMethNormal,
     "warn_explicit($module, /, message, category, filename, lineno, module=<unrepresentable>,\n"
     "              registry=None, module_globals=None, source=None)\n--\n\n"
     "Issue a warning, or maybe ignore it or raise an exception."},
    {"_filters_mutated", w_filters_mutated},
    {nullptr, nullptr},
};

// A default filter: (action, None, category, module-or-None, 0), the module
// as a plain str as CPython's C filters have it.
bool add_default_filter(ThreadState* ts, ListObject* l, const char* action, Exc category, const char* module) {
  Ref a(str_new(ts, action));
  Ref m(module ? str_new(ts, module) : Value::none());
  if (!a || !m) return false;
  Ref f(tuple_pack(ts, {a.get(), Value::none(), Value::from_obj(exc_type(ts, category)), m.get(),
                        Value::small_int(0)}));
  return f && list_append(ts, l, f.get());
}

bool warnings_init(ThreadState* ts, ModuleObject* m) {
  // CPython 3.11's default filters of a release build.
  ListObject* l = list_new(ts, 0);
  if (!l) return false;
  Ref hold(Value::from_obj(l));
  if (!add_default_filter(ts, l, "default", Exc::DeprecationWarning, "__main__") ||
      !add_default_filter(ts, l, "ignore", Exc::DeprecationWarning, nullptr) ||
      !add_default_filter(ts, l, "ignore", Exc::PendingDeprecationWarning, nullptr) ||
      !add_default_filter(ts, l, "ignore", Exc::ImportWarning, nullptr) ||
      !add_default_filter(ts, l, "ignore", Exc::ResourceWarning, nullptr))
    return false;
  if (!module_add(ts, m, "filters", hold.get())) return false;
  Ref once(Value::from_obj(dict_new(ts)));
  Ref action(str_new(ts, "default"));
  return once && action && module_add(ts, m, "_onceregistry", once.get()) &&
         module_add(ts, m, "_defaultaction", action.get());
}

}  // namespace

bool warn_cpp(ThreadState* ts, Exc category, const std::string& message, int stacklevel) {
  Ref msg(str_new(ts, message));
  if (!msg) return false;
  Ref r(do_warn(ts, msg.get(), Value::from_obj(exc_type(ts, category)), stacklevel, Value()));
  return bool(r);
}

const ModuleDef warnings_native_module_def = {
    .name = "_warnings",
    .doc = "_warnings provides basic warning filtering support.\n"
           "It is a helper module to speed up interpreter start-up.",
    .methods = kWarningsMethods,
    .init = warnings_init,
};

}  // namespace minipy
