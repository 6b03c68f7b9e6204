// vm/function.cpp — code objects, function objects, argument binding and the
// frame allocator (the per-thread data stack).
#include <cstdlib>
#include <cstring>

#include "vm/vm.h"
#include "runtime/gc.h"

namespace minipy {

// ============================================================== data stack
namespace {
constexpr size_t kChunkSize = 256 * 1024;
}
struct Chunk {
  Chunk* prev;
  char* saved_top;     // top of the previous chunk when this one was pushed
  char data[1];
};

void vm_thread_init(ThreadState* ts) {
  auto* vt = new VmThread();
  ts->vm = vt;
}

void vm_thread_fini(ThreadState* ts) {
  auto* vt = static_cast<VmThread*>(ts->vm);
  if (!vt) return;
  Chunk* c = vt->chunks;
  while (c) {
    Chunk* p = c->prev;
    std::free(c);
    c = p;
  }
  delete vt;
  ts->vm = nullptr;
}

static bool push_chunk(VmThread* vt, size_t need) {
  size_t size = need + sizeof(Chunk) > kChunkSize ? need + sizeof(Chunk) : kChunkSize;
  auto* c = static_cast<Chunk*>(std::malloc(size));
  if (!c) return false;
  c->prev = vt->chunks;
  c->saved_top = vt->top;
  vt->chunks = c;
  vt->chunk = c->data;
  vt->top = c->data;
  vt->limit = reinterpret_cast<char*>(c) + size;
  return true;
}

Frame* frame_push(ThreadState* ts, CodeObject* co) {
  auto* vt = static_cast<VmThread*>(ts->vm);
  size_t size = (frame_size_for(co) + 15) & ~size_t(15);
  if (!vt->top || size_t(vt->limit - vt->top) < size) {
    if (!push_chunk(vt, size)) {
      raise_no_memory(ts);
      return nullptr;
    }
  }
  auto* f = reinterpret_cast<Frame*>(vt->top);
  vt->top += size;
  frame_init_header(f, co, FrameOwner::Thread);
  incref(co);
  for (int32_t i = 0; i < co->nlocalsplus; ++i) f->localsplus[i] = Value();
  return f;
}

void frame_pop(ThreadState* ts, Frame* f) {
  auto* vt = static_cast<VmThread*>(ts->vm);
  vt->top = reinterpret_cast<char*>(f);
  if (vt->top == vt->chunk && vt->chunks && vt->chunks->prev) {
    // Leave an empty chunk: return to the previous one (keep one chunk cached).
    Chunk* c = vt->chunks;
    vt->chunks = c->prev;
    vt->top = c->saved_top;
    vt->chunk = vt->chunks->data;
    vt->limit = reinterpret_cast<char*>(vt->chunks) + kChunkSize;
    std::free(c);
  }
}

Frame* frame_new_owned(ThreadState* ts, CodeObject* co) {
  size_t size = frame_size_for(co);
  auto* f = static_cast<Frame*>(std::calloc(1, size));
  if (!f) {
    raise_no_memory(ts);
    return nullptr;
  }
  f->code = co;
  incref(co);
  f->owner = FrameOwner::Generator;
  f->nslots = co->nlocalsplus + co->stacksize;
  f->ip = co->code;
  f->sp = f->localsplus + co->nlocalsplus;
  return f;
}

void frame_clear(Frame* f) {
  Value* base = f->localsplus;
  for (Value* p = base; p < f->sp; ++p) {
    Value v = *p;
    *p = Value();
    decref(v);
  }
  f->sp = base;
  if (f->frame_obj) {
    auto* fo = f->frame_obj.as<FrameObject>();
    fo->frame = nullptr;
    fo->lineno = frame_lineno(f);
    Value v = f->frame_obj;
    f->frame_obj = Value();
    decref(v);
  }
  decref(f->locals);
  f->locals = Value();
  if (f->func) { decref(f->func); f->func = nullptr; }
  if (f->globals) { decref(f->globals); f->globals = nullptr; }
  if (f->builtins) { decref(f->builtins); f->builtins = nullptr; }
  if (f->code) { decref(f->code); f->code = nullptr; }
}

int frame_lineno(Frame* f) {
  if (!f->code) return 0;
  int idx = f->lasti;
  if (idx < 0) idx = 0;
  if (idx >= f->code->ncode) idx = f->code->ncode - 1;
  if (idx < 0) return f->code->firstlineno;
  int line = f->code->positions[idx].line;
  return line > 0 ? line : f->code->firstlineno;
}

// ============================================================== code objects
int32_t code_total_args(const CodeObject* co) {
  return co->argcount + co->kwonlyargcount + ((co->flags & kCoVarargs) ? 1 : 0) +
         ((co->flags & kCoVarkeywords) ? 1 : 0);
}

Value code_new(ThreadState* ts, CodeDesc& d) {
  auto* co = reinterpret_cast<CodeObject*>(alloc_object(ts, ts->interp->types.code));
  if (!co) {
    for (Value v : d.consts) decref(v);
    d.consts.clear();
    return Value();
  }
  co->ncode = int32_t(d.code.size());
  co->code = static_cast<uint32_t*>(mem_alloc(sizeof(uint32_t) * d.code.size()));
  std::memcpy(co->code, d.code.data(), sizeof(uint32_t) * d.code.size());
  co->positions = static_cast<Position*>(mem_alloc(sizeof(Position) * d.code.size()));
  for (size_t i = 0; i < d.code.size(); ++i) co->positions[i] = i < d.positions.size() ? d.positions[i] : Position{};
  co->nexctable = int32_t(d.exctable.size());
  co->exctable = static_cast<ExceptionTableEntry*>(mem_alloc(sizeof(ExceptionTableEntry) * (d.exctable.size() + 1)));
  for (size_t i = 0; i < d.exctable.size(); ++i) co->exctable[i] = d.exctable[i];
  co->consts = tuple_from(ts, d.consts.data(), int64_t(d.consts.size()));
  for (Value v : d.consts) decref(v);
  d.consts.clear();
  {
    std::vector<Value> names;
    for (auto* n : d.names) names.push_back(Value::from_obj(n));
    co->names = tuple_from(ts, names.data(), int64_t(names.size()));
    names.clear();
    for (auto* n : d.localsplusnames) names.push_back(Value::from_obj(n));
    co->localsplusnames = tuple_from(ts, names.data(), int64_t(names.size()));
  }
  co->nlocalsplus = int32_t(d.localsplusnames.size());
  co->localspluskinds = static_cast<uint8_t*>(mem_alloc(d.localspluskinds.size() + 1));
  if (!d.localspluskinds.empty()) std::memcpy(co->localspluskinds, d.localspluskinds.data(), d.localspluskinds.size());
  co->nlocals = d.nlocals;
  co->ncellvars = d.ncellvars;
  co->nfreevars = d.nfreevars;
  co->argcount = d.argcount;
  co->posonlyargcount = d.posonlyargcount;
  co->kwonlyargcount = d.kwonlyargcount;
  co->stacksize = d.stacksize + 2;  // +2: room for the exception handler's lasti/exc pushes
  co->flags = d.flags;
  co->firstlineno = d.firstlineno;
  co->name = str_new(ts, d.name);
  co->qualname = str_new(ts, d.qualname.empty() ? d.name : d.qualname);
  co->filename = str_new(ts, d.filename);
  if (!co->consts || !co->names || !co->localsplusnames || !co->name || !co->qualname || !co->filename) {
    decref(co);
    return Value();
  }
  return Value::from_obj(co);
}

bool is_code(ThreadState* ts, Value v) { return v.is_obj() && v.obj()->type == ts->interp->types.code; }

static void code_dealloc(Object* o) {
  auto* co = static_cast<CodeObject*>(o);
  mem_free(co->code);
  mem_free(co->positions);
  mem_free(co->exctable);
  mem_free(co->localspluskinds);
  decref(co->consts);
  decref(co->names);
  decref(co->localsplusnames);
  decref(co->name);
  decref(co->qualname);
  decref(co->filename);
  if (co->vm_data) std::free(co->vm_data);
  free_object(o);
}

static Value code_repr(ThreadState* ts, Value v) {
  auto* co = v.as<CodeObject>();
  int line = co->firstlineno;
  return str_new(ts, strf("<code object %s at %p, file \"%s\", line %d>", std::string(str_view(co->name)).c_str(),
                          static_cast<void*>(co), std::string(str_view(co->filename)).c_str(), line));
}

#define CODE_GET(field, expr)                                   \
  static Value code_get_##field(ThreadState* ts, Value self) { \
    auto* co = self.as<CodeObject>();                           \
    (void)co;                                                   \
    return expr;                                                \
  }
CODE_GET(co_name, newref(co->name))
CODE_GET(co_qualname, newref(co->qualname))
CODE_GET(co_filename, newref(co->filename))
CODE_GET(co_consts, newref(co->consts))
CODE_GET(co_names, newref(co->names))
CODE_GET(co_firstlineno, Value::small_int(co->firstlineno))
CODE_GET(co_argcount, Value::small_int(co->argcount))
CODE_GET(co_posonlyargcount, Value::small_int(co->posonlyargcount))
CODE_GET(co_kwonlyargcount, Value::small_int(co->kwonlyargcount))
CODE_GET(co_flags, Value::small_int(co->flags))
CODE_GET(co_nlocals, Value::small_int(co->nlocals))
CODE_GET(co_stacksize, Value::small_int(co->stacksize))
#undef CODE_GET

static Value names_of_kind(ThreadState* ts, CodeObject* co, uint8_t want, uint8_t exclude) {
  ListObject* l = list_new(ts);
  if (!l) return Value();
  for (int i = 0; i < co->nlocalsplus; ++i) {
    uint8_t k = co->localspluskinds[i];
    if ((k & want) && !(k & exclude)) list_append(ts, l, tuple_item(co->localsplusnames, i));
  }
  Value t = list_as_tuple(ts, l);
  decref(l);
  return t;
}
static Value code_get_co_varnames(ThreadState* ts, Value self) {
  return names_of_kind(ts, self.as<CodeObject>(), kLocalFast, 0);
}
static Value code_get_co_cellvars(ThreadState* ts, Value self) {
  return names_of_kind(ts, self.as<CodeObject>(), kLocalCell, 0);
}
static Value code_get_co_freevars(ThreadState* ts, Value self) {
  return names_of_kind(ts, self.as<CodeObject>(), kLocalFree, 0);
}

static const GetSetDef code_getsets[] = {
    {"co_name", code_get_co_name},
    {"co_qualname", code_get_co_qualname},
    {"co_filename", code_get_co_filename},
    {"co_consts", code_get_co_consts},
    {"co_names", code_get_co_names},
    {"co_varnames", code_get_co_varnames},
    {"co_cellvars", code_get_co_cellvars},
    {"co_freevars", code_get_co_freevars},
    {"co_firstlineno", code_get_co_firstlineno},
    {"co_argcount", code_get_co_argcount},
    {"co_posonlyargcount", code_get_co_posonlyargcount},
    {"co_kwonlyargcount", code_get_co_kwonlyargcount},
    {"co_flags", code_get_co_flags},
    {"co_nlocals", code_get_co_nlocals},
    {"co_stacksize", code_get_co_stacksize},
    {nullptr, nullptr},
};

const TypeSpec code_type_spec = {
    .name = "code",
    .basicsize = sizeof(CodeObject),
    .flags = 0,
    .slots = {.dealloc = code_dealloc, .repr = code_repr},
    .getsets = code_getsets,
};

// ============================================================== function objects
Value function_new(ThreadState* ts, Value code, Value globals, Value qualname) {
  auto* co = code.as<CodeObject>();
  auto* fn = reinterpret_cast<FunctionObject*>(alloc_object(ts, ts->interp->types.function));
  if (!fn) return Value();
  fn->code = newref(code);
  fn->globals = newref(globals);
  // Builtins come from the globals' __builtins__ (a module or dict), else the interpreter's.
  Value b = dict_get_str(globals.as<DictObject>(), ts->interp->names.__builtins__);
  if (b && b.is_obj() && b.obj()->type == ts->interp->types.module) b = Value::from_obj(b.as<ModuleObject>()->dict);
  if (!b || !is_dict(ts, b)) b = Value::from_obj(ts->interp->builtins_dict);
  fn->builtins = newref(b);
  fn->name = newref(co->name);
  fn->qualname = newref(qualname ? qualname : co->qualname);
  // Docstring: CPython stores it as consts[0] when the first statement is a string.
  fn->doc = Value::none();
  if (tuple_size(co->consts) > 0) {
    Value c0 = tuple_item(co->consts, 0);
    if (is_str(ts, c0) && (co->flags & kCoOptimized)) fn->doc = newref(c0);
  }
  Value mod = dict_get_str(globals.as<DictObject>(), ts->interp->names.__name__);
  fn->module = mod ? newref(mod) : Value::none();
  fn->version = 1;
  return Value::from_obj(fn);
}

bool is_function(ThreadState* ts, Value v) { return v.is_obj() && v.obj()->type == ts->interp->types.function; }

static void function_dealloc(Object* o) {
  DeallocGuard guard(o, function_dealloc, DeallocGuard::kWhenStackLow);  // deep chains: runtime/gc.h
  if (guard.deferred()) return;
  auto* fn = static_cast<FunctionObject*>(o);
  decref(fn->code);
  decref(fn->globals);
  decref(fn->builtins);
  decref(fn->name);
  decref(fn->qualname);
  decref(fn->defaults);
  decref(fn->kwdefaults);
  decref(fn->closure);
  decref(fn->doc);
  decref(fn->module);
  decref(fn->annotations);
  xdecref(fn->dict);
  free_object(o);
}

static void function_traverse(Object* o, VisitFn visit, void* arg) {
  auto* fn = static_cast<FunctionObject*>(o);
  Value vals[] = {fn->code, fn->globals, fn->builtins, fn->defaults, fn->kwdefaults, fn->closure, fn->doc,
                  fn->module, fn->annotations};
  for (Value v : vals)
    if (v.is_obj()) visit(v.obj(), arg);
  if (fn->dict) visit(fn->dict, arg);
}

static void function_clear(Object* o) {
  auto* fn = static_cast<FunctionObject*>(o);
  // globals stay: a cleared function may still be called by a finaliser; the
  // module dict's own clear slot breaks function <-> globals cycles.
  Value old[] = {fn->defaults, fn->kwdefaults, fn->closure, fn->annotations};
  fn->defaults = fn->kwdefaults = fn->closure = fn->annotations = Value();
  DictObject* d = fn->dict;
  fn->dict = nullptr;
  for (Value v : old) decref(v);
  xdecref(d);
}

static Value function_repr(ThreadState* ts, Value v) {
  auto* fn = v.as<FunctionObject>();
  return str_new(ts, strf("<function %s at %p>", std::string(str_view(fn->qualname)).c_str(), static_cast<void*>(fn)));
}

static Value function_descr_get(ThreadState* ts, Value descr, Value obj, Value type) {
  if (!obj || obj.is_none()) return newref(descr);
  return method_new(ts, descr, obj);
}

#define FN_FIELD(field)                                                      \
  static Value fn_get_##field(ThreadState* ts, Value self) {                \
    Value v = self.as<FunctionObject>()->field;                              \
    return v ? newref(v) : Value::none();                                    \
  }
FN_FIELD(code)
FN_FIELD(globals)
FN_FIELD(defaults)
FN_FIELD(kwdefaults)
FN_FIELD(closure)
FN_FIELD(doc)
FN_FIELD(module)
FN_FIELD(name)
FN_FIELD(qualname)
FN_FIELD(builtins)
#undef FN_FIELD

static bool fn_set_name(ThreadState* ts, Value self, Value v) {
  if (!v || !is_str(ts, v)) {
    raise(ts, Exc::TypeError, "__name__ must be set to a string object");
    return false;
  }
  auto* fn = self.as<FunctionObject>();
  decref(fn->name);
  fn->name = newref(v);
  return true;
}
static bool fn_set_qualname(ThreadState* ts, Value self, Value v) {
  if (!v || !is_str(ts, v)) {
    raise(ts, Exc::TypeError, "__qualname__ must be set to a string object");
    return false;
  }
  auto* fn = self.as<FunctionObject>();
  decref(fn->qualname);
  fn->qualname = newref(v);
  return true;
}
static bool fn_set_tuple_or_none(ThreadState* ts, Value* slot, Value v, const char* what) {
  if (v && !v.is_none() && !is_tuple(ts, v)) {
    raisef(ts, Exc::TypeError, "%s must be set to a tuple object", what);
    return false;
  }
  decref(*slot);
  *slot = (v && !v.is_none()) ? newref(v) : Value();
  return true;
}
static bool fn_set_defaults(ThreadState* ts, Value self, Value v) {
  return fn_set_tuple_or_none(ts, &self.as<FunctionObject>()->defaults, v, "__defaults__");
}
static bool fn_set_kwdefaults(ThreadState* ts, Value self, Value v) {
  auto* fn = self.as<FunctionObject>();
  if (v && !v.is_none() && !is_dict(ts, v)) {
    raise(ts, Exc::TypeError, "__kwdefaults__ must be set to a dict object");
    return false;
  }
  decref(fn->kwdefaults);
  fn->kwdefaults = (v && !v.is_none()) ? newref(v) : Value();
  return true;
}
static bool fn_set_doc(ThreadState* ts, Value self, Value v) {
  auto* fn = self.as<FunctionObject>();
  decref(fn->doc);
  fn->doc = v ? newref(v) : Value::none();
  return true;
}
static bool fn_set_module(ThreadState* ts, Value self, Value v) {
  auto* fn = self.as<FunctionObject>();
  decref(fn->module);
  fn->module = v ? newref(v) : Value::none();
  return true;
}
static bool fn_set_code(ThreadState* ts, Value self, Value v) {
  if (!v || !is_code(ts, v)) {
    raise(ts, Exc::TypeError, "__code__ must be set to a code object");
    return false;
  }
  auto* fn = self.as<FunctionObject>();
  // The frame takes its free-variable cells from fn->closure: a code object that
  // expects a different number of them would read past the closure tuple
  // (found by scripts/fuzz.py; same check and message as CPython).
  int64_t nclosure = fn->closure && !fn->closure.is_none() ? tuple_size(fn->closure) : 0;
  int64_t nfree = v.as<CodeObject>()->nfreevars;
  if (nfree != nclosure) {
    std::string_view name = str_view(fn->name);
    raisef(ts, Exc::ValueError, "%.*s() requires a code object with %lld free vars, not %lld", int(name.size()),
           name.data(), (long long)nclosure, (long long)nfree);
    return false;
  }
  decref(fn->code);
  fn->code = newref(v);
  fn->version++;
  return true;
}
static Value fn_get_annotations(ThreadState* ts, Value self) {
  auto* fn = self.as<FunctionObject>();
  if (!fn->annotations) {
    fn->annotations = Value::from_obj(dict_new(ts));
    if (!fn->annotations) return Value();
  }
  return newref(fn->annotations);
}
static bool fn_set_annotations(ThreadState* ts, Value self, Value v) {
  auto* fn = self.as<FunctionObject>();
  decref(fn->annotations);
  fn->annotations = (v && !v.is_none()) ? newref(v) : Value();
  return true;
}
static Value fn_get_dict(ThreadState* ts, Value self) {
  auto* fn = self.as<FunctionObject>();
  if (!fn->dict) {
    fn->dict = dict_new(ts);
    if (!fn->dict) return Value();
  }
  return newref(fn->dict);
}

static const GetSetDef function_getsets[] = {
    {"__code__", fn_get_code, fn_set_code},
    {"__globals__", fn_get_globals},
    {"__builtins__", fn_get_builtins},
    {"__defaults__", fn_get_defaults, fn_set_defaults},
    {"__kwdefaults__", fn_get_kwdefaults, fn_set_kwdefaults},
    {"__closure__", fn_get_closure},
    {"__doc__", fn_get_doc, fn_set_doc},
    {"__module__", fn_get_module, fn_set_module},
    {"__name__", fn_get_name, fn_set_name},
    {"__qualname__", fn_get_qualname, fn_set_qualname},
    {"__annotations__", fn_get_annotations, fn_set_annotations},
    {"__dict__", fn_get_dict},
    {nullptr, nullptr},
};

// Function attributes (f.x = 1) live in fn->dict.
static Value function_getattr(ThreadState* ts, Value obj, StrObject* name) {
  auto* fn = obj.as<FunctionObject>();
  Value r = generic_getattr(ts, obj, name);
  if (r || !fn->dict || !err_matches(ts, Exc::AttributeError)) return r;
  Value v = dict_get_str(fn->dict, name);
  if (!v) return Value();
  err_clear(ts);
  return newref(v);
}
static bool function_setattr(ThreadState* ts, Value obj, StrObject* name, Value v) {
  auto* fn = obj.as<FunctionObject>();
  Value descr = type_lookup(obj.obj()->type, name);
  if (descr) return generic_setattr(ts, obj, name, v);
  if (!fn->dict) {
    fn->dict = dict_new(ts);
    if (!fn->dict) return false;
  }
  if (!v) {
    int r = dict_del(ts, fn->dict, Value::from_obj(name));
    if (r == 0) {
      raisef(ts, Exc::AttributeError, "'function' object has no attribute '%s'", std::string(name->view()).c_str());
      return false;
    }
    return r > 0;
  }
  return dict_set(ts, fn->dict, Value::from_obj(name), v);
}

const TypeSpec function_type_spec = {
    .name = "function",
    .basicsize = sizeof(FunctionObject),
    .flags = kTypeHasGC,
    .slots = {.dealloc = function_dealloc,
              .traverse = function_traverse,
              .clear = function_clear,
              .repr = function_repr,
              .getattr = function_getattr,
              .setattr = function_setattr,
              .call = function_vectorcall,
              .descr_get = function_descr_get},
    .getsets = function_getsets,
};

// ============================================================== argument binding
static std::string fn_qualname(FunctionObject* fn) { return std::string(str_view(fn->qualname)); }

static Value format_missing(ThreadState* ts, FunctionObject* fn, const std::vector<std::string>& names,
                            const char* kind) {
  std::string list;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i > 0) list += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
    list += "'" + names[i] + "'";
  }
  return raisef(ts, Exc::TypeError, "%s() missing %zu required %s argument%s: %s", fn_qualname(fn).c_str(), names.size(),
                kind, names.size() == 1 ? "" : "s", list.c_str());
}

bool bind_arguments(ThreadState* ts, FunctionObject* fn, Frame* f, const Value* args, size_t nargs,
                    TupleObject* kwnames) {
  return bind_arguments_kw(ts, fn, f, args, nargs, kwnames ? kwnames->items : nullptr,
                           kwnames ? size_t(kwnames->size) : 0);
}

bool bind_arguments_kw(ThreadState* ts, FunctionObject* fn, Frame* f, const Value* args, size_t nargs,
                       const Value* kwnames, size_t nkw) {
  CodeObject* co = fn->code.as<CodeObject>();
  Value* locals = f->localsplus;
  const int32_t argcount = co->argcount;
  const int32_t total = argcount + co->kwonlyargcount;

  // Fast paths: positional arguments only, no *args/**kwargs/keyword-only
  // parameters: exact, or the missing trailing ones from __defaults__.
  if (nkw == 0 && int32_t(nargs) <= argcount && co->kwonlyargcount == 0 &&
      !(co->flags & (kCoVarargs | kCoVarkeywords))) {
    int32_t missing = argcount - int32_t(nargs);
    if (missing == 0 || (fn->defaults && tuple_size(fn->defaults) >= missing)) {
      for (size_t i = 0; i < nargs; ++i) locals[i] = newref(args[i]);
      if (missing) {
        const Value* defs = fn->defaults.as<TupleObject>()->items + (tuple_size(fn->defaults) - missing);
        for (int32_t i = 0; i < missing; ++i) locals[int32_t(nargs) + i] = newref(defs[i]);
      }
      return true;
    }
  }

  int32_t idx_varargs = total;
  int32_t idx_kwargs = total + ((co->flags & kCoVarargs) ? 1 : 0);
  DictObject* kwdict = nullptr;
  if (co->flags & kCoVarkeywords) {
    kwdict = dict_new(ts);
    if (!kwdict) return false;
    locals[idx_kwargs] = Value::from_obj(kwdict);
  }
  // Positional arguments.
  size_t npos = nargs < size_t(argcount) ? nargs : size_t(argcount);
  for (size_t i = 0; i < npos; ++i) locals[i] = newref(args[i]);
  if (co->flags & kCoVarargs) {
    Value t = nargs > npos ? tuple_from(ts, args + npos, int64_t(nargs - npos)) : empty_tuple(ts);
    if (!t) return false;
    locals[idx_varargs] = t;
  } else if (nargs > size_t(argcount)) {
    // Too many positional arguments.
    int32_t ndefaults = fn->defaults ? int32_t(tuple_size(fn->defaults)) : 0;
    int kwonly_given = 0;
    for (size_t k = 0; k < nkw; ++k) {
      StrObject* name = kwnames[k].as<StrObject>();
      for (int32_t j = argcount; j < total; ++j)
        if (str_equal(tuple_item(co->localsplusnames, j).as<StrObject>(), name)) kwonly_given++;
    }
    std::string takes;
    if (ndefaults > 0 && ndefaults < argcount + 1 && ndefaults != 0)
      takes = strf("from %d to %d positional arguments", argcount - ndefaults, argcount);
    else
      takes = strf("%d positional argument%s", argcount, argcount == 1 ? "" : "s");
    std::string given = strf("%zu", nargs);
    std::string kwpart;
    if (kwonly_given)
      kwpart = strf(" positional argument%s (and %d keyword-only argument%s)", nargs == 1 ? "" : "s", kwonly_given,
                    kwonly_given == 1 ? "" : "s");
    raisef(ts, Exc::TypeError, "%s() takes %s but %s%s %s given", fn_qualname(fn).c_str(), takes.c_str(),
           given.c_str(), kwpart.c_str(), (nargs == 1 && !kwonly_given) ? "was" : "were");
    return false;
  }
  // Keyword arguments.
  std::vector<std::string> posonly_as_kw;
  for (size_t k = 0; k < nkw; ++k) {
    Value kwname = kwnames[k];
    Value value = args[nargs + k];
    StrObject* name = kwname.as<StrObject>();
    int32_t found = -1;
    for (int32_t j = co->posonlyargcount; j < total; ++j) {
      StrObject* pn = tuple_item(co->localsplusnames, j).as<StrObject>();
      if (pn == name) { found = j; break; }
    }
    if (found < 0) {
      for (int32_t j = co->posonlyargcount; j < total; ++j) {
        if (str_equal(tuple_item(co->localsplusnames, j).as<StrObject>(), name)) { found = j; break; }
      }
    }
    if (found < 0) {
      if (kwdict) {
        if (!dict_set(ts, kwdict, kwname, value)) return false;
        continue;
      }
      bool is_posonly = false;
      for (int32_t j = 0; j < co->posonlyargcount; ++j)
        if (str_equal(tuple_item(co->localsplusnames, j).as<StrObject>(), name)) is_posonly = true;
      if (is_posonly) {
        posonly_as_kw.push_back(std::string(name->view()));
        continue;
      }
      raisef(ts, Exc::TypeError, "%s() got an unexpected keyword argument '%s'", fn_qualname(fn).c_str(),
             std::string(name->view()).c_str());
      return false;
    }
    if (locals[found]) {
      raisef(ts, Exc::TypeError, "%s() got multiple values for argument '%s'", fn_qualname(fn).c_str(),
             std::string(name->view()).c_str());
      return false;
    }
    locals[found] = newref(value);
  }
  if (!posonly_as_kw.empty()) {
    std::string list;
    for (size_t i = 0; i < posonly_as_kw.size(); ++i) list += (i ? ", " : "") + std::string("'") + posonly_as_kw[i] + "'";
    raisef(ts, Exc::TypeError, "%s() got some positional-only arguments passed as keyword arguments: %s",
           fn_qualname(fn).c_str(), list.c_str());
    return false;
  }
  // Defaults for missing positional arguments.
  if (nargs < size_t(argcount)) {
    int32_t ndefaults = fn->defaults ? int32_t(tuple_size(fn->defaults)) : 0;
    int32_t first_default = argcount - ndefaults;
    std::vector<std::string> missing;
    for (int32_t i = int32_t(nargs); i < argcount; ++i) {
      if (locals[i]) continue;
      if (i >= first_default) {
        locals[i] = newref(tuple_item(fn->defaults, i - first_default));
      } else {
        missing.push_back(std::string(str_view(tuple_item(co->localsplusnames, i))));
      }
    }
    if (!missing.empty()) {
      format_missing(ts, fn, missing, "positional");
      return false;
    }
  }
  // Keyword-only defaults.
  if (co->kwonlyargcount) {
    std::vector<std::string> missing;
    for (int32_t i = argcount; i < total; ++i) {
      if (locals[i]) continue;
      Value name = tuple_item(co->localsplusnames, i);
      // Parameter names are interned: the str-key lookup finds them in the
      // usual dict of str keys, the general one decides anything else.
      Value def;
      if (fn->kwdefaults) {
        def = dict_get_str(fn->kwdefaults.as<DictObject>(), name.as<StrObject>());
        if (!def) def = dict_get(ts, fn->kwdefaults.as<DictObject>(), name);
      }
      if (def) {
        locals[i] = newref(def);
      } else {
        if (err_occurred(ts)) return false;
        missing.push_back(std::string(str_view(name)));
      }
    }
    if (!missing.empty()) {
      format_missing(ts, fn, missing, "keyword-only");
      return false;
    }
  }
  return true;
}

Frame* frame_for_function(ThreadState* ts, FunctionObject* fn, bool owned) {
  auto* co = fn->code.as<CodeObject>();
  Frame* f = owned ? frame_new_owned(ts, co) : frame_push(ts, co);
  if (!f) return nullptr;
  f->func = fn;
  incref(fn);
  f->globals = fn->globals.as<DictObject>();
  incref(f->globals);
  f->builtins = fn->builtins.as<DictObject>();
  incref(f->builtins);
  // Module-level code made into a function (FunctionType(code, ns), as
  // asyncio's REPL does) names its variables in the globals, as CPython.
  if (!(co->flags & kCoOptimized)) f->locals = newref(Value::from_obj(f->globals));
  return f;
}

static void discard_frame(ThreadState* ts, Frame* f) {
  frame_clear(f);
  if (f->owner == FrameOwner::Thread)
    frame_pop(ts, f);
  else
    std::free(f);
}

Value function_vectorcall(ThreadState* ts, Value callable, const Value* args, size_t nargs, TupleObject* kwnames) {
  auto* fn = callable.as<FunctionObject>();
  auto* co = fn->code.as<CodeObject>();
  size_t npos = nargs;  // keyword values follow the nargs positional arguments
  if (!kwnames && int32_t(nargs) == co->argcount && co->kwonlyargcount == 0 &&
      !(co->flags & (kCoVarargs | kCoVarkeywords | kCoGenerator | kCoCoroutine | kCoAsyncGenerator))) {
    // Exact positional call of a plain function (dunder methods, __init__,
    // callbacks from C++): the frame without the general binding.
    Frame* f = frame_push_fast(ts, co);
    if (!f) return Value();
    f->func = fn;
    incref(fn);
    f->globals = fn->globals.as<DictObject>();
    incref(f->globals);
    f->builtins = fn->builtins.as<DictObject>();
    incref(f->builtins);
    for (size_t i = 0; i < nargs; ++i) f->localsplus[i] = newref(args[i]);
    return eval_frame(ts, f);
  }
  bool is_gen = co->flags & (kCoGenerator | kCoCoroutine | kCoAsyncGenerator);
  Frame* f = frame_for_function(ts, fn, is_gen);
  if (!f) return Value();
  if (!bind_arguments(ts, fn, f, args, npos, kwnames)) {
    discard_frame(ts, f);
    return Value();
  }
  if (is_gen) return gen_new(ts, f, fn);
  return eval_frame(ts, f);
}

Value call_with_locals(ThreadState* ts, FunctionObject* fn, Value locals) {
  Frame* f = frame_for_function(ts, fn, false);
  if (!f) return Value();
  if (f->locals) decref(f->locals);
  f->locals = newref(locals);
  return eval_frame(ts, f);
}

Value run_code(ThreadState* ts, Value code, DictObject* globals, Value locals) {
  auto* co = code.as<CodeObject>();
  // Top-level await (compiled with PyCF_ALLOW_TOP_LEVEL_AWAIT): running the
  // code makes a coroutine over its frame, as CPython's eval() does.
  bool is_coro = co->flags & kCoCoroutine;
  Frame* f = is_coro ? frame_new_owned(ts, co) : frame_push(ts, co);
  if (!f) return Value();
  f->globals = globals;
  incref(globals);
  Value b = dict_get_str(globals, ts->interp->names.__builtins__);
  if (b && b.is_obj() && b.obj()->type == ts->interp->types.module) b = Value::from_obj(b.as<ModuleObject>()->dict);
  if (!b || !is_dict(ts, b)) {
    b = Value::from_obj(ts->interp->builtins_dict);
    if (!dict_get_str(globals, ts->interp->names.__builtins__)) {
      if (!dict_set(ts, globals, Value::from_obj(ts->interp->names.__builtins__), Value::from_obj(ts->interp->builtins))) {
        discard_frame(ts, f);
        return Value();
      }
    }
  }
  f->builtins = b.as<DictObject>();
  incref(f->builtins);
  f->locals = newref(locals ? locals : Value::from_obj(globals));
  if (is_coro) return gen_new(ts, f, nullptr);
  return eval_frame(ts, f);
}

}  // namespace minipy
