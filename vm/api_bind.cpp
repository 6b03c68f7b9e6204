// vm/api_bind.cpp — the core half of the binding layer (include/minipy/bind.h):
// the Python type of functions bound from C++, native modules, C++ classes as
// Python types, and the two-way translation of errors (Python exception ->
// minipy::Error with structured frames; C++ exception -> Python exception).
// Must not: let a C++ exception unwind into the evaluation loop.
#include <new>
#include <stdexcept>

#include "vm/api_internal.h"
#include "vm/vm.h"

namespace minipy {

using api::detail::FunctionRecord;

namespace {

constexpr size_t kKeptErrors = 64;

// ---------------------------------------------------------------- bound functions
struct CppFunctionObject : Object {
  FunctionRecord* rec;  // owned
};

std::string_view bare_name(const std::string& qual) {
  size_t dot = qual.rfind('.');
  return dot == std::string::npos ? std::string_view(qual) : std::string_view(qual).substr(dot + 1);
}
std::string_view owner_name(const std::string& qual) {
  size_t dot = qual.rfind('.');
  return dot == std::string::npos ? std::string_view() : std::string_view(qual).substr(0, dot);
}

// Handles over borrowed values, released (not decref'd) on every exit.
class BorrowedArgs {
 public:
  BorrowedArgs(const Value* v, size_t n) : n_(n) {
    objs_ = n <= kInline ? inline_ : new api::Object[n];
    for (size_t i = 0; i < n; ++i) objs_[i] = api::Object::steal(v[i].bits());
  }
  ~BorrowedArgs() {
    for (size_t i = 0; i < n_; ++i) objs_[i].release();
    if (objs_ != inline_) delete[] objs_;
  }
  const api::Object* data() const { return objs_; }

 private:
  static constexpr size_t kInline = 8;
  api::Object inline_[kInline];
  api::Object* objs_;
  size_t n_;
};

// Call rec with args (self first for methods) and keyword arguments, raising
// CPython's TypeErrors for counts, keywords and conversions, and turning C++
// exceptions into Python ones.
Value invoke_record(ThreadState* ts, FunctionRecord* rec, const Value* args, size_t nargs, TupleObject* kwnames) {
  const size_t self_n = rec->method ? 1 : 0;
  const std::string fname(bare_name(rec->name));
  const size_t want = rec->nargs;
  std::vector<Value> matched;
  const Value* argv = args;
  if (kwnames && kwnames->size > 0) {
    if (rec->arg_names.empty() || rec->arg_names.size() + self_n != want)
      return raisef(ts, Exc::TypeError, "%s() takes no keyword arguments", fname.c_str());
    if (nargs < self_n) return raisef(ts, Exc::TypeError, "%s() missing self", fname.c_str());
    std::vector<const char*> names;
    for (const std::string& n : rec->arg_names) names.push_back(n.c_str());
    matched.assign(want, Value());
    if (self_n) matched[0] = args[0];
    if (!parse_args(ts, fname.c_str(), args + self_n, nargs - self_n, kwnames, names.data(), names.size(), 0,
                    names.size(), names.size(), matched.data() + self_n))
      return Value();
    argv = matched.data();
    nargs = want;
  } else if (nargs != want) {
    if (self_n && nargs == 0)
      return raisef(ts, Exc::TypeError, "descriptor '%s' of '%s' object needs an argument", fname.c_str(),
                    std::string(owner_name(rec->name)).c_str());
    if (!check_nargs(ts, fname.c_str(), nargs - self_n, want - self_n, want - self_n)) return Value();
  }
  try {
    BorrowedArgs objs(argv, nargs);
    api::Object r = rec->invoke(rec->data, objs.data());
    if (r.is_null()) return raise(ts, Exc::SystemError, fname + "() returned a null object");
    return Value::from_bits(r.release());
  } catch (const api::detail::ArgError& e) {
    Value bad = argv[e.index];
    if (self_n && e.index == 0)
      return raisef(ts, Exc::TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                    fname.c_str(), std::string(owner_name(rec->name)).c_str(), type_name(ts, bad));
    return raisef(ts, Exc::TypeError, "%s() argument %zu must be %s, not %s", fname.c_str(), e.index - self_n + 1,
                  e.expected ? e.expected : "?", type_name(ts, bad));
  } catch (const Error& e) {
    api_raise_error(ts, e);
  } catch (const std::invalid_argument& e) {
    raise(ts, Exc::ValueError, e.what());
  } catch (const std::out_of_range& e) {
    raise(ts, Exc::IndexError, e.what());
  } catch (const std::overflow_error& e) {
    raise(ts, Exc::OverflowError, e.what());
  } catch (const std::bad_alloc& e) {
    raise(ts, Exc::MemoryError, e.what());
  } catch (const std::exception& e) {
    raise(ts, Exc::RuntimeError, e.what());
  } catch (...) {
    raise(ts, Exc::RuntimeError, "unknown C++ exception");
  }
  return Value();
}

Value cppfn_call(ThreadState* ts, Value callable, const Value* args, size_t nargs, TupleObject* kwnames) {
  return invoke_record(ts, callable.as<CppFunctionObject>()->rec, args, nargs, kwnames);
}

// Like Python functions, bound functions become methods when looked up on an instance.
Value cppfn_descr_get(ThreadState* ts, Value descr, Value obj, Value type) {
  if (!obj || !descr.as<CppFunctionObject>()->rec->method) return newref(descr);
  return method_new(ts, descr, obj);
}

void cppfn_dealloc(Object* o) {
  delete static_cast<CppFunctionObject*>(o)->rec;
  free_object(o);
}

Value cppfn_repr(ThreadState* ts, Value self) {
  const FunctionRecord* rec = self.as<CppFunctionObject>()->rec;
  if (rec->method) return str_new(ts, "<method '" + std::string(bare_name(rec->name)) + "' of '" +
                                          std::string(owner_name(rec->name)) + "' objects>");
  return str_new(ts, "<built-in function " + std::string(bare_name(rec->name)) + ">");
}

Value cppfn_get_name(ThreadState* ts, Value self) {
  return str_new(ts, bare_name(self.as<CppFunctionObject>()->rec->name));
}
Value cppfn_get_qualname(ThreadState* ts, Value self) { return str_new(ts, self.as<CppFunctionObject>()->rec->name); }
Value cppfn_get_doc(ThreadState* ts, Value self) {
  const std::string& d = self.as<CppFunctionObject>()->rec->doc;
  return d.empty() ? Value::none() : str_new(ts, d);
}

const GetSetDef cppfn_getsets[] = {
    {"__name__", cppfn_get_name},
    {"__qualname__", cppfn_get_qualname},
    {"__doc__", cppfn_get_doc},
    {nullptr, nullptr},
};

const TypeSpec cpp_function_type_spec = {
    .name = "builtin_function_or_method",
    .basicsize = sizeof(CppFunctionObject),
    .flags = 0,
    .slots = {.dealloc = cppfn_dealloc, .repr = cppfn_repr, .call = cppfn_call, .descr_get = cppfn_descr_get},
    .getsets = cppfn_getsets,
};

// ---------------------------------------------------------------- bound classes
struct CppInstance : Object {
  void* ptr;                 // the C++ object (owned), null until __init__
  void (*destroy)(void*);
};

void inst_dealloc(Object* o) {
  auto* i = static_cast<CppInstance*>(o);
  if (i->ptr && i->destroy) i->destroy(i->ptr);
  i->ptr = nullptr;
  free_object(o);
}

Value inst_new(ThreadState* ts, TypeObject* type, const Value* args, size_t nargs, TupleObject* kwnames) {
  Object* o = alloc_object(ts, type);
  return o ? Value::from_obj(o) : Value();
}

// The record of the bound class `t` is, or derives from (Python subclasses).
ClassRecord* class_of(ApiState* st, TypeObject* t) {
  for (; t; t = t->base)
    if (t->slots.dealloc == inst_dealloc || t->spec)
      for (const auto& rec : st->class_records)
        if (rec->type == t) return rec.get();
  return nullptr;
}

bool inst_init(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  ClassRecord* rec = class_of(api_state(ts->interp), type_of(ts, self));
  if (!rec || !rec->init) {
    raisef(ts, Exc::TypeError, "cannot create '%s' instances", rec ? rec->name.c_str() : type_name(ts, self));
    return false;
  }
  size_t nkw = kwnames ? size_t(kwnames->size) : 0;
  std::vector<Value> all(nargs + nkw + 1);
  all[0] = self;
  for (size_t i = 0; i < nargs + nkw; ++i) all[i + 1] = args[i];
  Value r = invoke_record(ts, rec->init.get(), all.data(), nargs + 1, kwnames);
  if (!r) return false;
  decref(r);
  return true;
}

TypeObject* function_type(ThreadState* ts) {
  ApiState* st = api_state(ts->interp);
  if (!st->function_type) {
    st->function_type = type_from_spec(ts, &cpp_function_type_spec, nullptr);
    if (!st->function_type) throw api_make_error(ts);
  }
  return st->function_type;
}

ClassRecord* record_of(ThreadState* ts, const std::type_info& ti) {
  ApiState* st = api_state(ts->interp);
  auto it = st->classes.find(std::type_index(ti));
  return it == st->classes.end() ? nullptr : it->second;
}

// The stripped source line after each `  File "...", line N, in F` of the
// last traceback block of a formatted report.
std::vector<StackFrame> parse_frames(const std::string& text) {
  std::vector<StackFrame> frames;
  size_t start = text.rfind("Traceback (most recent call last):\n");
  if (start == std::string::npos) return frames;
  size_t pos = start;
  std::vector<std::string> lines;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string::npos) nl = text.size();
    lines.push_back(text.substr(pos, nl - pos));
    pos = nl + 1;
  }
  for (size_t i = 0; i < lines.size(); ++i) {
    const std::string& l = lines[i];
    if (l.rfind("  File \"", 0) != 0) continue;
    size_t q = l.find("\", line ", 8);
    if (q == std::string::npos) continue;
    StackFrame f;
    f.file = l.substr(8, q - 8);
    size_t num = q + 8;
    f.line = std::atoi(l.c_str() + num);
    size_t in = l.find(", in ", num);
    if (in != std::string::npos) f.function = l.substr(in + 5);
    if (i + 1 < lines.size() && lines[i + 1].rfind("    ", 0) == 0) {
      std::string src = lines[i + 1];
      size_t b = src.find_first_not_of(' ');
      src = b == std::string::npos ? "" : src.substr(b);
      if (src.find_first_not_of("^~ ") != std::string::npos) {
        f.source_line = src;
        ++i;
      }
    }
    frames.push_back(std::move(f));
  }
  return frames;
}

}  // namespace

// ---------------------------------------------------------------- state
ApiState* api_state(Interpreter* interp) {
  if (!interp->api) interp->api = new ApiState();
  return interp->api;
}

void api_state_clear(Interpreter* interp) {
  ApiState* st = interp->api;
  if (!st) return;
  for (auto& e : st->errors) decref(e.second);
  st->errors.clear();
}

void api_state_free(Interpreter* interp) {
  // The class records (TypeSpecs) are kept: the interpreter's type objects
  // are never freed (vm/lifecycle.cpp) and still point at them.
  if (ApiState* st = interp->api)
    for (auto& rec : st->class_records) (void)rec.release();
  delete interp->api;
  interp->api = nullptr;
}

// ---------------------------------------------------------------- errors
Error api_make_error(ThreadState* ts) {
  Value exc = err_fetch(ts);
  if (!exc) return Error("SystemError", "error return without exception set", "");
  Ref excref(exc);
  std::string type = type_name(ts, exc);
  std::string msg;
  {
    Ref s(str(ts, exc));
    if (s) msg = std::string(str_view(s.get()));
    else err_clear(ts);
  }
  std::string tb = format_exception(ts, exc);
  if (err_occurred(ts)) err_clear(ts);
  ApiState* st = api_state(ts->interp);
  uint64_t id = st->next_error_id++;
  st->errors.emplace_back(id, newref(exc));
  if (st->errors.size() > kKeptErrors) {
    decref(st->errors.front().second);
    st->errors.pop_front();
  }
  return Error(type, msg, tb, parse_frames(tb), id);
}

void api_raise_error(ThreadState* ts, const Error& e) {
  if (uint64_t id = e.exception_id()) {
    for (auto& [eid, exc] : api_state(ts->interp)->errors)
      if (eid == id) {
        err_restore(ts, newref(exc));
        return;
      }
  }
  Value cls = dict_get_str(ts->interp->builtins_dict, intern(ts, e.type()));
  if (cls && is_exception_class(ts, cls)) {
    raise(ts, cls.as<TypeObject>(), e.message());
    return;
  }
  raise(ts, Exc::RuntimeError, e.type().empty() ? e.message() : e.type() + ": " + e.message());
}

// ---------------------------------------------------------------- binding entry points
namespace api::detail {

Object make_function(std::unique_ptr<FunctionRecord> rec) {
  ThreadState* ts = api_ts();
  TypeObject* t = function_type(ts);
  auto* f = static_cast<CppFunctionObject*>(alloc_object(ts, t));
  if (!f) throw api_make_error(ts);
  f->rec = rec.release();
  return Object::steal(Value::from_obj(f).bits());
}

Object make_property(const Object& getter, const Object& setter) {
  ThreadState* ts = api_ts();
  Value args[2] = {Value::from_bits(getter.bits()), setter.is_null() ? Value::none() : Value::from_bits(setter.bits())};
  Value r = call(ts, Value::from_obj(ts->interp->types.property), args, 2);
  if (!r) throw api_make_error(ts);
  return Object::steal(r.bits());
}

Object make_staticmethod(const Object& fn) {
  ThreadState* ts = api_ts();
  Value r = call1(ts, Value::from_obj(ts->interp->types.staticmethod), Value::from_bits(fn.bits()));
  if (!r) throw api_make_error(ts);
  return Object::steal(r.bits());
}

Object class_create(const std::type_info& ti, const std::string& module, const std::string& name,
                    const std::string& doc) {
  ThreadState* ts = api_ts();
  ApiState* st = api_state(ts->interp);
  auto rec = std::make_unique<ClassRecord>();
  rec->name = module.empty() ? name : module + "." + name;
  rec->ti = &ti;
  rec->spec.name = rec->name.c_str();
  rec->spec.basicsize = sizeof(CppInstance);
  rec->spec.flags = kTypeBaseType;
  rec->spec.slots.dealloc = inst_dealloc;
  rec->spec.slots.new_ = inst_new;
  rec->spec.slots.init = inst_init;
  TypeObject* t = type_from_spec(ts, &rec->spec, nullptr);
  if (!t) throw api_make_error(ts);
  Object type = Object::steal(Value::from_obj(t).bits());
  if (!doc.empty()) {
    Ref d(str_new(ts, doc));
    if (!d || !dict_set(ts, t->dict, Value::from_obj(ts->interp->names.__doc__), d.get())) throw api_make_error(ts);
  }
  rec->type = t;
  st->classes[std::type_index(ti)] = rec.get();
  st->class_records.push_back(std::move(rec));
  return type;
}

void class_set_init(const Object& type, std::unique_ptr<FunctionRecord> init) {
  ThreadState* ts = api_ts();
  ClassRecord* rec = class_of(api_state(ts->interp), Value::from_bits(type.bits()).as<TypeObject>());
  if (!rec) throw Error("TypeError", "not a bound C++ class", "");
  rec->init = std::move(init);
}

void class_add(const Object& type, const std::string& name, const Object& value) {
  ThreadState* ts = api_ts();
  auto* t = Value::from_bits(type.bits()).as<TypeObject>();
  StrObject* n = intern(ts, name);
  if (!dict_set(ts, t->dict, Value::from_obj(n), Value::from_bits(value.bits()))) throw api_make_error(ts);
  // A bound class is a built-in type (type_modified re-derives the slots only
  // for heap types): flagged as one for the call, a __repr__, __len__,
  // __eq__... bound from C++ fills its slot like a Python class's would.
  const bool heap = type_has(t, kTypeHeapType);
  t->flags |= kTypeHeapType;
  type_modified(ts, t, n);
  if (!heap) t->flags &= ~uint32_t(kTypeHeapType);
}

void instance_set(const Object& self, const std::type_info& ti, void* p, void (*destroy)(void*)) {
  ThreadState* ts = api_ts();
  ClassRecord* rec = record_of(ts, ti);
  Value v = Value::from_bits(self.bits());
  if (!rec || !v.is_obj() || !is_subtype(type_of(ts, v), rec->type)) {
    destroy(p);
    throw Error("TypeError", "__init__ called on an object of another class", "");
  }
  auto* inst = v.as<CppInstance>();
  if (inst->ptr && inst->destroy) inst->destroy(inst->ptr);  // __init__ called again
  inst->ptr = p;
  inst->destroy = destroy;
}

void* instance_ptr(uintptr_t bits, const std::type_info& ti) {
  Value v = Value::from_bits(bits);
  if (!v.is_obj()) return nullptr;
  ThreadState* ts = api_ts();
  ClassRecord* rec = record_of(ts, ti);
  if (!rec || !is_subtype(type_of(ts, v), rec->type)) return nullptr;
  return v.as<CppInstance>()->ptr;
}

uintptr_t wrap_instance(const std::type_info& ti, void* p, void (*destroy)(void*)) {
  ThreadState* ts = api_ts();
  ClassRecord* rec = record_of(ts, ti);
  if (!rec) {
    destroy(p);
    throw Error("TypeError", std::string("C++ type ") + ti.name() + " is not bound to a Python class", "");
  }
  auto* inst = static_cast<CppInstance*>(alloc_object(ts, rec->type));
  if (!inst) {
    destroy(p);
    throw api_make_error(ts);
  }
  inst->ptr = p;
  inst->destroy = destroy;
  return Value::from_obj(inst).bits();
}

const char* class_name(const std::type_info& ti) {
  ThreadState* ts = current_thread_state();
  ClassRecord* rec = ts ? record_of(ts, ti) : nullptr;
  if (!rec) return ti.name();
  size_t dot = rec->name.rfind('.');
  return rec->name.c_str() + (dot == std::string::npos ? 0 : dot + 1);
}

Object module_create(VM& vm, const std::string& name, const std::string& doc) {
  ThreadState* ts = vm.impl()->enter();
  Value m = module_new(ts, name);
  if (!m) throw api_make_error(ts);
  Object mod = Object::steal(m.bits());
  auto* mo = m.as<ModuleObject>();
  if (!doc.empty()) {
    Ref d(str_new(ts, doc));
    if (!d || !dict_set(ts, mo->dict, Value::from_obj(ts->interp->names.__doc__), d.get())) throw api_make_error(ts);
  }
  Ref n(str_new(ts, name));
  if (!n || !dict_set(ts, ts->interp->modules, n.get(), m)) throw api_make_error(ts);
  return mod;
}

}  // namespace api::detail

api::Module VM::def_module(const std::string& name, const std::string& doc) {
  return api::Module(api::detail::module_create(*this, name, doc));
}

}  // namespace minipy
