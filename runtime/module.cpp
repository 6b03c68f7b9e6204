// runtime/module.cpp — the module type (module_new, module_add, attribute
// lookup with module-level __getattr__), the singleton types of the immediates
// None / NotImplemented / Ellipsis, and cells (closure variables).
// Must not: import anything (vm/import.cpp owns the import system).
#include <cstddef>

#include "runtime/typeobject_internal.h"
#include "runtime/gc.h"

namespace minipy {

#pragma GCC diagnostic ignored "-Winvalid-offsetof"

// ================================================================ modules
static bool module_init_dict(ThreadState* ts, ModuleObject* m, Value name, Value doc) {
  Names& N = ts->interp->names;
  DictObject* d = m->dict;
  StrObject* keys[] = {N.__name__ ? N.__name__ : intern(ts, "__name__"), N.__doc__ ? N.__doc__ : intern(ts, "__doc__"),
                       N.__package__ ? N.__package__ : intern(ts, "__package__"),
                       N.__loader__ ? N.__loader__ : intern(ts, "__loader__"),
                       N.__spec__ ? N.__spec__ : intern(ts, "__spec__")};
  Value vals[] = {name, doc ? doc : Value::none(), Value::none(), Value::none(), Value::none()};
  for (int i = 0; i < 5; i++)
    if (!dict_set(ts, d, Value::from_obj(keys[i]), vals[i])) return false;
  Value old = m->name;
  m->name = newref(name);
  decref(old);
  return true;
}

static Value module_type_new(ThreadState* ts, TypeObject* type, const Value* args, size_t nargs, TupleObject* kw) {
  auto* m = static_cast<ModuleObject*>(alloc_object(ts, type));
  if (!m) return Value();
  m->dict = dict_new(ts);
  if (!m->dict) {
    decref(m);
    return Value();
  }
  return Value::from_obj(m);
}

static bool module_type_init(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  static const char* const kNames[] = {"name", "doc"};
  Value a[2];
  if (!parse_args(ts, "module", args, nargs, kwnames, kNames, 2, 0, 2, 1, a)) return false;
  if (!is_str(ts, a[0])) {
    raisef(ts, Exc::TypeError, "module.__init__() argument 'name' must be str, not %s", type_name(ts, a[0]));
    return false;
  }
  return module_init_dict(ts, self.as<ModuleObject>(), a[0], a[1]);
}

Value module_new(ThreadState* ts, std::string_view name) {
  TypeObject* t = ts->interp->types.module;
  Ref m(module_type_new(ts, t, nullptr, 0, nullptr));
  if (!m) return Value();
  Ref n(str_new(ts, name));
  if (!n || !module_init_dict(ts, m.as<ModuleObject>(), n.get(), Value())) return Value();
  return m.release();
}

bool module_add(ThreadState* ts, ModuleObject* m, std::string_view name, Value v) {
  if (!v) return false;
  return dict_set(ts, m->dict, Value::from_obj(intern(ts, name)), v);
}

static void module_dealloc(Object* o) {
  auto* m = static_cast<ModuleObject*>(o);
  xdecref(m->dict);
  decref(m->name);
  free_object(o);
}
static void module_traverse(Object* o, VisitFn visit, void* arg) {
  auto* m = static_cast<ModuleObject*>(o);
  if (m->dict) visit(m->dict, arg);
}
static void module_clear(Object* o) {
  auto* m = static_cast<ModuleObject*>(o);
  if (m->dict) dict_clear(m->dict);
}

static Value module_repr(ThreadState* ts, Value self) {
  auto* m = self.as<ModuleObject>();
  Names& N = ts->interp->names;
  Value name = m->dict ? dict_get_str(m->dict, N.__name__) : Value();
  std::string n = name && is_str(ts, name) ? std::string(str_view(name)) : "?";
  Value file = m->dict ? dict_get_str(m->dict, N.__file__) : Value();
  if (file && is_str(ts, file)) return str_new(ts, "<module '" + n + "' from '" + std::string(str_view(file)) + "'>");
  if (m->def) return str_new(ts, "<module '" + n + "' (built-in)>");
  return str_new(ts, "<module '" + n + "'>");
}

// getattr_opt would recurse into module_getattro; implement the generic part directly.
static Value module_getattro_full(ThreadState* ts, Value self, StrObject* name) {
  auto* m = self.as<ModuleObject>();
  Value r = generic_getattr(ts, self, name);
  if (r || !err_matches(ts, Exc::AttributeError)) return r;
  if (!m->dict) return r;
  Names& N = ts->interp->names;
  if (Value hook = dict_get_str(m->dict, N.__getattr__)) {
    err_clear(ts);
    Ref h = Ref::borrow(hook);
    return call1(ts, hook, Value::from_obj(name));
  }
  err_clear(ts);
  Value mn = dict_get_str(m->dict, N.__name__);
  if (mn && is_str(ts, mn))
    raisef(ts, Exc::AttributeError, "module '%s' has no attribute '%s'", str_view(mn).data(), name->data);
  else
    raisef(ts, Exc::AttributeError, "module has no attribute '%s'", name->data);
  Value e = ts->curexc;
  if (e.is_obj() && is_subtype(e.obj()->type, exc_type(ts, Exc::AttributeError))) {
    auto* ae = e.as<AttributeErrorObject>();
    if (!ae->name) ae->name = newref(Value::from_obj(name));
    if (!ae->obj) ae->obj = newref(self);
  }
  return Value();
}

static Value module_get_dict(ThreadState* ts, Value self) {
  auto* m = self.as<ModuleObject>();
  if (!m->dict) return Value::none();
  return newref(Value::from_obj(m->dict));
}

static Value module_dir(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  auto* m = self.as<ModuleObject>();
  if (!check_nargs(ts, "__dir__", nargs, 0, 0)) return Value();
  if (m->dict) {
    if (Value d = dict_get_str(m->dict, ts->interp->names.__dir__)) return call0(ts, d);
  }
  ListObject* l = list_new(ts, 0);
  if (!l) return Value();
  if (m->dict) {
    int64_t pos = 0;
    Value k, v;
    while (dict_next(m->dict, &pos, &k, &v))
      if (!list_append(ts, l, k)) { decref(l); return Value(); }
  }
  return Value::from_obj(l);
}

static const MethodDef kModuleMethods[] = {
    {"__dir__", module_dir, kMethNormal, "__dir__() -> list\nspecialized dir() implementation"},
    {nullptr, nullptr},
};
static const GetSetDef kModuleGetSets[] = {
    {"__dict__", module_get_dict},
    {nullptr, nullptr},
};

const TypeSpec module_type_spec = {
    .name = "module",
    .basicsize = sizeof(ModuleObject),
    .flags = kTypeBaseType | kTypeHasGC,
    .slots = {.dealloc = module_dealloc, .traverse = module_traverse, .clear = module_clear, .repr = module_repr,
              .getattr = module_getattro_full, .new_ = module_type_new, .init = module_type_init},
    .methods = kModuleMethods,
    .getsets = kModuleGetSets,
    .doc = "Create a module object.\n\nThe name must be a string; the optional doc argument can have any type.",
};

// ================================================================ None / NotImplemented / Ellipsis
static void immortal_dealloc(Object* o) {}

static Value none_repr(ThreadState* ts, Value v) { return str_from_cstr(ts, "None"); }
static int none_bool(ThreadState* ts, Value v) { return 0; }
static Value none_new(ThreadState* ts, TypeObject* t, const Value* args, size_t nargs, TupleObject* kw) {
  if (nargs || kwcount(kw)) return raise(ts, Exc::TypeError, "NoneType takes no arguments");
  return Value::none();
}
// CPython 3.11 hashes these singletons by address. The low bits of those
// hashes are the same in every run of a given CPython build (addresses only
// move by whole pages), and they decide where the singletons land in small
// sets and dicts, i.e. the order print() shows. These constants carry the low
// bits of CPython 3.11.7's values so {0, None} prints in CPython's order.
static bool none_hash(ThreadState*, Value, int64_t* out) { *out = 8750907546558; return true; }
static bool notimpl_hash(ThreadState*, Value, int64_t* out) { *out = 8750907546531; return true; }
static bool ellipsis_hash(ThreadState*, Value, int64_t* out) { *out = 8750907547110; return true; }

const TypeSpec none_type_spec = {
    .name = "NoneType",
    .basicsize = sizeof(Object),
    .flags = 0,
    .slots = {.dealloc = immortal_dealloc, .repr = none_repr, .hash = none_hash, .new_ = none_new, .bool_ = none_bool},
};

static Value notimpl_repr(ThreadState* ts, Value v) { return str_from_cstr(ts, "NotImplemented"); }
static Value notimpl_new(ThreadState* ts, TypeObject* t, const Value* args, size_t nargs, TupleObject* kw) {
  if (nargs || kwcount(kw)) return raise(ts, Exc::TypeError, "NotImplementedType takes no arguments");
  return Value::not_implemented();
}
static Value notimpl_reduce(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  return str_from_cstr(ts, "NotImplemented");
}
static const MethodDef kNotImplMethods[] = {{"__reduce__", notimpl_reduce}, {nullptr, nullptr}};
const TypeSpec notimplemented_type_spec = {
    .name = "NotImplementedType",
    .basicsize = sizeof(Object),
    .flags = 0,
    .slots = {.dealloc = immortal_dealloc, .repr = notimpl_repr, .hash = notimpl_hash, .new_ = notimpl_new},
    .methods = kNotImplMethods,
};

static Value ellipsis_repr(ThreadState* ts, Value v) { return str_from_cstr(ts, "Ellipsis"); }
static Value ellipsis_new(ThreadState* ts, TypeObject* t, const Value* args, size_t nargs, TupleObject* kw) {
  if (nargs || kwcount(kw)) return raise(ts, Exc::TypeError, "ellipsis takes no arguments");
  return Value::ellipsis();
}
static Value ellipsis_reduce(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  return str_from_cstr(ts, "Ellipsis");
}
static const MethodDef kEllipsisMethods[] = {{"__reduce__", ellipsis_reduce}, {nullptr, nullptr}};
const TypeSpec ellipsis_type_spec = {
    .name = "ellipsis",
    .basicsize = sizeof(Object),
    .flags = 0,
    .slots = {.dealloc = immortal_dealloc, .repr = ellipsis_repr, .hash = ellipsis_hash, .new_ = ellipsis_new},
    .methods = kEllipsisMethods,
};

// ================================================================ cells
Value cell_new(ThreadState* ts, Value v) {
  auto* c = static_cast<CellObject*>(alloc_object(ts, ts->interp->types.cell));
  if (!c) return Value();
  c->ref = v ? newref(v) : Value();
  return Value::from_obj(c);
}
static void cell_dealloc(Object* o) {
  DeallocGuard guard(o, cell_dealloc, DeallocGuard::kWhenStackLow);  // deep chains: runtime/gc.h
  if (guard.deferred()) return;
  decref(static_cast<CellObject*>(o)->ref);
  free_object(o);
}
static void cell_traverse(Object* o, VisitFn visit, void* arg) {
  Value v = static_cast<CellObject*>(o)->ref;
  if (v.is_obj()) visit(v.obj(), arg);
}
static void cell_clear(Object* o) {
  auto* c = static_cast<CellObject*>(o);
  Value v = c->ref;
  c->ref = Value();
  decref(v);
}
static Value cell_repr(ThreadState* ts, Value self) {
  auto* c = self.as<CellObject>();
  if (!c->ref) return str_new(ts, strf("<cell at %p: empty>", static_cast<void*>(c)));
  void* p = c->ref.is_obj() ? static_cast<void*>(c->ref.obj()) : reinterpret_cast<void*>(c->ref.bits());
  return str_new(ts, strf("<cell at %p: %s object at %p>", static_cast<void*>(c), type_name(ts, c->ref), p));
}
static Value cell_richcompare(ThreadState* ts, Value a, Value b, CmpOp op) {
  TypeObject* ct = ts->interp->types.cell;
  if (type_of(ts, a) != ct || type_of(ts, b) != ct) return Value::not_implemented();
  Value x = a.as<CellObject>()->ref, y = b.as<CellObject>()->ref;
  if (x && y) return richcompare(ts, x, y, op);
  int c = (x ? 1 : 0) - (y ? 1 : 0);
  bool r = false;
  switch (op) {
    case CmpOp::Lt: r = c < 0; break;
    case CmpOp::Le: r = c <= 0; break;
    case CmpOp::Eq: r = c == 0; break;
    case CmpOp::Ne: r = c != 0; break;
    case CmpOp::Gt: r = c > 0; break;
    case CmpOp::Ge: r = c >= 0; break;
  }
  return Value::boolean(r);
}
static Value cell_type_new(ThreadState* ts, TypeObject* t, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "cell", kw) || !check_nargs(ts, "cell", nargs, 0, 1)) return Value();
  return cell_new(ts, nargs ? args[0] : Value());
}
static Value cell_get_contents(ThreadState* ts, Value self) {
  Value v = self.as<CellObject>()->ref;
  if (!v) return raise(ts, Exc::ValueError, "Cell is empty");
  return newref(v);
}
static bool cell_set_contents(ThreadState* ts, Value self, Value v) {
  auto* c = self.as<CellObject>();
  Value old = c->ref;
  c->ref = v ? newref(v) : Value();
  decref(old);
  return true;
}
static const GetSetDef kCellGetSets[] = {
    {"cell_contents", cell_get_contents, cell_set_contents},
    {nullptr, nullptr},
};
const TypeSpec cell_type_spec = {
    .name = "cell",
    .basicsize = sizeof(CellObject),
    .flags = kTypeHasGC,
    .slots = {.dealloc = cell_dealloc, .traverse = cell_traverse, .clear = cell_clear, .repr = cell_repr,
              .hash = nullptr, .richcompare = cell_richcompare, .new_ = cell_type_new},
    .getsets = kCellGetSets,
    .doc = "Create a new cell object.\n\n  contents\n    the contents of the cell. If not specified, the cell will be empty,\n"
           "    and \n further attempts to access its cell_contents attribute will\n    raise a ValueError.",
};

}  // namespace minipy
