// runtime/exceptions.cpp — the built-in exception classes (one per row of
// runtime/exc_table.h) with CPython 3.11's constructors, attributes, str and
// repr. Exception groups live in exceptions_group.cpp, tracebacks in
// traceback.cpp.
//
// Must not: hold per-process state; every class is built per interpreter by
// exceptions_init() from the constant TypeSpecs below.
#include <cerrno>
#include <cstddef>
#include <cstring>

#include "runtime/exceptions_internal.h"
#include "runtime/gc.h"

namespace minipy {

// ---------------------------------------------------------------- shared helpers

void exc_set_field(Value* slot, Value v) {
  Value old = *slot;
  *slot = v ? newref(v) : Value();
  decref(old);
}

void exc_base_clear(BaseExceptionObject* e) {
  Object* d = e->dict;
  e->dict = nullptr;
  xdecref(d);
  exc_set_field(&e->args, Value());
  exc_set_field(&e->notes, Value());
  exc_set_field(&e->traceback, Value());
  exc_set_field(&e->context, Value());
  exc_set_field(&e->cause, Value());
}

static inline void visit_value(Value v, VisitFn visit, void* arg) {
  if (v.is_obj()) visit(v.obj(), arg);
}

void exc_base_traverse(BaseExceptionObject* e, VisitFn visit, void* arg) {
  if (e->dict) visit(e->dict, arg);
  visit_value(e->args, visit, arg);
  visit_value(e->notes, visit, arg);
  visit_value(e->traceback, visit, arg);
  visit_value(e->context, visit, arg);
  visit_value(e->cause, visit, arg);
}

bool is_exception_instance(ThreadState* ts, Value v) {
  if (!v.is_obj()) return false;
  TypeObject* t = v.obj()->type;
  if (type_has(t, kTypeBaseExcSubclass)) return true;
  TypeObject* base = exc_type(ts, Exc::BaseException);
  return base && is_subtype(t, base);
}

bool is_exception_class(ThreadState* ts, Value v) {
  if (!v.is_obj() || !type_has(v.obj()->type, kTypeTypeSubclass)) {
    if (!v.is_obj() || !is_subtype(v.obj()->type, ts->interp->types.type)) return false;
  }
  TypeObject* t = v.as<TypeObject>();
  if (type_has(t, kTypeBaseExcSubclass)) return true;
  TypeObject* base = exc_type(ts, Exc::BaseException);
  return base && is_subtype(t, base);
}

Value exception_new(ThreadState* ts, TypeObject* type, const Value* args, size_t nargs) {
  if (!type_has(type, kTypeHeapType) && type->slots.new_ && type->slots.init) {
    Value e = type->slots.new_(ts, type, args, nargs, nullptr);
    if (!e) return Value();
    if (e.is_obj() && is_subtype(e.obj()->type, type) && !type->slots.init(ts, e, args, nargs, nullptr)) {
      decref(e);
      return Value();
    }
    return e;
  }
  return call(ts, Value::from_obj(type), args, nargs, nullptr);
}

static std::string short_type_name(TypeObject* t) { return std::string(t->name->view()); }

// ---------------------------------------------------------------- BaseException

// Every exception dealloc holds a DeallocGuard: __context__/__cause__ chains
// a million long are freed by the trashcan (gc.h), as CPython's
// BaseException_dealloc does.
static void base_dealloc(Object* o) {
  DeallocGuard guard(o, base_dealloc);
  if (guard.deferred()) return;
  exc_base_clear(static_cast<BaseExceptionObject*>(o));
  free_object(o);
}
static void base_traverse(Object* o, VisitFn visit, void* arg) {
  exc_base_traverse(static_cast<BaseExceptionObject*>(o), visit, arg);
}
static void base_clear(Object* o) { exc_base_clear(static_cast<BaseExceptionObject*>(o)); }

Value exc_base_new(ThreadState* ts, TypeObject* type, const Value* args, size_t nargs, TupleObject*) {
  Object* o = alloc_object(ts, type);
  if (!o) return Value();
  auto* e = static_cast<BaseExceptionObject*>(o);
  e->args = nargs ? tuple_from(ts, args, int64_t(nargs)) : empty_tuple(ts);
  if (!e->args) {
    decref(o);
    return Value();
  }
  return Value::from_obj(o);
}

bool exc_no_kwargs(ThreadState* ts, Value self, TupleObject* kwnames) {
  if (kwnames && kwnames->size) {
    raisef(ts, Exc::TypeError, "%s() takes no keyword arguments", short_type_name(self.obj()->type).c_str());
    return false;
  }
  return true;
}

bool exc_set_args(ThreadState* ts, Value self, const Value* args, size_t nargs) {
  Value t = nargs ? tuple_from(ts, args, int64_t(nargs)) : empty_tuple(ts);
  if (!t) return false;
  auto* e = self.as<BaseExceptionObject>();
  Value old = e->args;
  e->args = t;
  decref(old);
  return true;
}

static bool base_init(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!exc_no_kwargs(ts, self, kwnames)) return false;
  return exc_set_args(ts, self, args, nargs);
}

Value exc_base_str(ThreadState* ts, Value self) {
  Value a = self.as<BaseExceptionObject>()->args;
  if (!a || !is_tuple(ts, a)) return a ? str(ts, a) : newref(ts->interp->empty_str);
  int64_t n = tuple_size(a);
  if (n == 0) return newref(ts->interp->empty_str);
  if (n == 1) return str(ts, tuple_item(a, 0));
  return str(ts, a);
}

static Value base_repr(ThreadState* ts, Value self) {
  Value a = self.as<BaseExceptionObject>()->args;
  std::string out = short_type_name(self.obj()->type);
  Value r;
  if (a && is_tuple(ts, a) && tuple_size(a) == 1) {
    r = repr(ts, tuple_item(a, 0));
    if (!r) return Value();
    out += "(";
    out += str_view(r);
    out += ")";
  } else {
    r = a ? repr(ts, a) : str_new(ts, "()");
    if (!r) return Value();
    out += str_view(r);
  }
  decref(r);
  return str_new(ts, out);
}

static Value base_with_traceback(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "with_traceback", kw) || !check_nargs(ts, "with_traceback", nargs, 1, 1)) return Value();
  Value tb = args[0];
  if (!tb.is_none() && type_of(ts, tb) != ts->interp->types.traceback)
    return raise(ts, Exc::TypeError, "__traceback__ must be a traceback or None");
  exc_set_field(&self.as<BaseExceptionObject>()->traceback, tb.is_none() ? Value() : tb);
  return newref(self);
}

static Value base_add_note(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "add_note", kw) || !check_nargs(ts, "add_note", nargs, 1, 1)) return Value();
  Value note = args[0];
  if (!is_str(ts, note)) return raisef(ts, Exc::TypeError, "note must be a str, not '%s'", type_name(ts, note));
  auto* e = self.as<BaseExceptionObject>();
  if (!e->notes) {
    ListObject* l = list_new(ts, 0);
    if (!l) return Value();
    e->notes = Value::from_obj(l);
  }
  if (!is_list(ts, e->notes)) return raise(ts, Exc::TypeError, "Cannot add note: __notes__ is not a list");
  if (!list_append(ts, e->notes.as<ListObject>(), note)) return Value();
  return Value::none();
}

static Value base_reduce(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  auto* e = self.as<BaseExceptionObject>();
  Value a = e->args ? e->args : ts->interp->empty_tuple;
  if (e->dict && dict_size(e->dict))
    return tuple_pack(ts, {Value::from_obj(self.obj()->type), a, Value::from_obj(e->dict)});
  return tuple_pack(ts, {Value::from_obj(self.obj()->type), a});
}

static Value base_setstate(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!check_nargs(ts, "__setstate__", nargs, 1, 1)) return Value();
  Value state = args[0];
  if (state.is_none()) return Value::none();
  if (!is_dict(ts, state)) return raise(ts, Exc::TypeError, "state is not a dictionary");
  int64_t pos = 0;
  Value k, v;
  while (dict_next(state.as<DictObject>(), &pos, &k, &v)) {
    if (!is_str(ts, k)) continue;
    if (!setattr(ts, self, k.as<StrObject>(), v)) return Value();
  }
  return Value::none();
}

static Value get_args(ThreadState* ts, Value self) {
  Value a = self.as<BaseExceptionObject>()->args;
  return a ? newref(a) : empty_tuple(ts);
}
static bool set_args(ThreadState* ts, Value self, Value v) {
  if (!v) return raise(ts, Exc::TypeError, "args may not be deleted"), false;
  Value t = sequence_to_tuple(ts, v);
  if (!t) return false;
  exc_set_field(&self.as<BaseExceptionObject>()->args, t);
  decref(t);
  return true;
}
static Value get_tb(ThreadState* ts, Value self) {
  Value t = self.as<BaseExceptionObject>()->traceback;
  return t ? newref(t) : Value::none();
}
static bool set_tb(ThreadState* ts, Value self, Value v) {
  if (!v) return raise(ts, Exc::TypeError, "__traceback__ may not be deleted"), false;
  if (!v.is_none() && type_of(ts, v) != ts->interp->types.traceback)
    return raise(ts, Exc::TypeError, "__traceback__ must be a traceback or None"), false;
  exc_set_field(&self.as<BaseExceptionObject>()->traceback, v.is_none() ? Value() : v);
  return true;
}
static Value get_context(ThreadState* ts, Value self) {
  Value t = self.as<BaseExceptionObject>()->context;
  return t ? newref(t) : Value::none();
}
static bool set_context(ThreadState* ts, Value self, Value v) {
  if (!v) return raise(ts, Exc::TypeError, "__context__ may not be deleted"), false;
  if (!v.is_none() && !is_exception_instance(ts, v))
    return raise(ts, Exc::TypeError, "exception context must be None or derive from BaseException"), false;
  exc_set_field(&self.as<BaseExceptionObject>()->context, v.is_none() ? Value() : v);
  return true;
}
static Value get_cause(ThreadState* ts, Value self) {
  Value t = self.as<BaseExceptionObject>()->cause;
  return t ? newref(t) : Value::none();
}
static bool set_cause(ThreadState* ts, Value self, Value v) {
  if (!v) return raise(ts, Exc::TypeError, "__cause__ may not be deleted"), false;
  if (!v.is_none() && !is_exception_instance(ts, v))
    return raise(ts, Exc::TypeError, "exception cause must be None or derive from BaseException"), false;
  auto* e = self.as<BaseExceptionObject>();
  exc_set_field(&e->cause, v.is_none() ? Value() : v);
  e->suppress_context = true;
  return true;
}
static Value get_suppress(ThreadState* ts, Value self) {
  return Value::boolean(self.as<BaseExceptionObject>()->suppress_context);
}
static bool set_suppress(ThreadState* ts, Value self, Value v) {
  if (!v) return raise(ts, Exc::TypeError, "can't delete __suppress_context__ attribute"), false;
  int b = truthy(ts, v);
  if (b < 0) return false;
  self.as<BaseExceptionObject>()->suppress_context = b;
  return true;
}
static Value get_notes(ThreadState* ts, Value self) {
  Value n = self.as<BaseExceptionObject>()->notes;
  if (!n)
    return raisef(ts, Exc::AttributeError, "'%s' object has no attribute '__notes__'", type_name(ts, self));
  return newref(n);
}
static bool set_notes(ThreadState* ts, Value self, Value v) {
  auto* e = self.as<BaseExceptionObject>();
  if (!v && !e->notes) {
    raisef(ts, Exc::AttributeError, "__notes__");
    return false;
  }
  exc_set_field(&e->notes, v);
  return true;
}
static Value get_dict(ThreadState* ts, Value self) {
  auto* e = self.as<BaseExceptionObject>();
  if (!e->dict) {
    e->dict = dict_new(ts);
    if (!e->dict) return Value();
  }
  return newref(Value::from_obj(e->dict));
}
static bool set_dict(ThreadState* ts, Value self, Value v) {
  if (!v) return raise(ts, Exc::TypeError, "__dict__ may not be deleted"), false;
  if (!is_dict(ts, v)) return raise(ts, Exc::TypeError, "__dict__ must be a dictionary"), false;
  auto* e = self.as<BaseExceptionObject>();
  DictObject* old = e->dict;
  incref(v);
  e->dict = v.as<DictObject>();
  xdecref(old);
  return true;
}

const MethodDef kBaseExceptionMethods[] = {
    {"with_traceback", base_with_traceback, kMethNormal,
     "Exception.with_traceback(tb) --\n    set self.__traceback__ to tb and return self."},
    {"add_note", base_add_note, kMethNormal, "Exception.add_note(note) --\n    add a note to the exception"},
    {"__reduce__", base_reduce},
    {"__setstate__", base_setstate},
    {nullptr, nullptr},
};

#define MINIPY_BASE_GETSETS                                     \
  {"args", get_args, set_args},                                 \
  {"__traceback__", get_tb, set_tb},                            \
  {"__context__", get_context, set_context},                    \
  {"__cause__", get_cause, set_cause},                          \
  {"__suppress_context__", get_suppress, set_suppress},         \
  {"__notes__", get_notes, set_notes},                          \
  {"__dict__", get_dict, set_dict}

const GetSetDef kBaseExceptionGetsets[] = {MINIPY_BASE_GETSETS, {nullptr, nullptr}};

constexpr uint32_t kExcFlags = kTypeBaseType | kTypeHasGC | kTypeBaseExcSubclass;

constexpr TypeSlots kBaseExceptionSlots = {
    .dealloc = base_dealloc,
    .traverse = base_traverse,
    .clear = base_clear,
    .repr = base_repr,
    .str = exc_base_str,
    .new_ = exc_base_new,
    .init = base_init,
};

// Member-style accessors for the extra Value fields of the subclass layouts.
template <class T, Value T::*M>
Value member_get(ThreadState*, Value self) {
  Value v = self.as<T>()->*M;
  return v ? newref(v) : Value::none();
}
template <class T, Value T::*M>
bool member_set(ThreadState*, Value self, Value v) {
  exc_set_field(&(self.as<T>()->*M), v);
  return true;
}
#define MEMBER(T, field, pyname) {pyname, member_get<T, &T::field>, member_set<T, &T::field>}

// ---------------------------------------------------------------- StopIteration / SystemExit

static void stopiter_clear_fn(Object* o) {
  auto* e = static_cast<StopIterationObject*>(o);
  exc_set_field(&e->value, Value());
  exc_base_clear(e);
}
static void stopiter_dealloc(Object* o) {
  DeallocGuard guard(o, stopiter_dealloc);
  if (guard.deferred()) return;
  stopiter_clear_fn(o);
  free_object(o);
}
static void stopiter_traverse(Object* o, VisitFn visit, void* arg) {
  auto* e = static_cast<StopIterationObject*>(o);
  visit_value(e->value, visit, arg);
  exc_base_traverse(e, visit, arg);
}
static bool stopiter_init(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!base_init(ts, self, args, nargs, kw)) return false;
  exc_set_field(&self.as<StopIterationObject>()->value, nargs ? args[0] : Value::none());
  return true;
}
const GetSetDef kStopIterationGetsets[] = {MINIPY_BASE_GETSETS, MEMBER(StopIterationObject, value, "value"),
                                           {nullptr, nullptr}};
constexpr TypeSlots kStopIterationSlots = {
    .dealloc = stopiter_dealloc, .traverse = stopiter_traverse, .clear = stopiter_clear_fn,
    .repr = base_repr, .str = exc_base_str, .new_ = exc_base_new, .init = stopiter_init};

static void sysexit_clear_fn(Object* o) {
  auto* e = static_cast<SystemExitObject*>(o);
  exc_set_field(&e->code, Value());
  exc_base_clear(e);
}
static void sysexit_dealloc(Object* o) {
  DeallocGuard guard(o, sysexit_dealloc);
  if (guard.deferred()) return;
  sysexit_clear_fn(o);
  free_object(o);
}
static void sysexit_traverse(Object* o, VisitFn visit, void* arg) {
  auto* e = static_cast<SystemExitObject*>(o);
  visit_value(e->code, visit, arg);
  exc_base_traverse(e, visit, arg);
}
static bool sysexit_init(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!base_init(ts, self, args, nargs, kw)) return false;
  auto* e = self.as<SystemExitObject>();
  if (nargs == 0) exc_set_field(&e->code, Value::none());
  else if (nargs == 1) exc_set_field(&e->code, args[0]);
  else exc_set_field(&e->code, e->args);
  return true;
}
const GetSetDef kSystemExitGetsets[] = {MINIPY_BASE_GETSETS, MEMBER(SystemExitObject, code, "code"),
                                        {nullptr, nullptr}};
constexpr TypeSlots kSystemExitSlots = {
    .dealloc = sysexit_dealloc, .traverse = sysexit_traverse, .clear = sysexit_clear_fn,
    .repr = base_repr, .str = exc_base_str, .new_ = exc_base_new, .init = sysexit_init};

// ---------------------------------------------------------------- keyword-taking inits

// Split kwargs of an exception __init__: accepts only `allowed` names.
static bool exc_kwargs(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw,
                       const char* const* allowed, size_t nallowed, Value* out) {
  for (size_t i = 0; i < nallowed; i++) out[i] = Value();
  if (!kw) return true;
  for (int64_t i = 0; i < kw->size; i++) {
    std::string_view k = str_view(kw->items[i]);
    size_t j = 0;
    for (; j < nallowed; j++)
      if (k == allowed[j]) break;
    if (j == nallowed) {
      raisef(ts, Exc::TypeError, "'%.*s' is an invalid keyword argument for %s()", int(k.size()), k.data(),
             short_type_name(self.obj()->type).c_str());
      return false;
    }
    out[j] = args[nargs + size_t(i)];
  }
  return true;
}

static void importerr_clear_fn(Object* o) {
  auto* e = static_cast<ImportErrorObject*>(o);
  exc_set_field(&e->msg, Value());
  exc_set_field(&e->name, Value());
  exc_set_field(&e->path, Value());
  exc_base_clear(e);
}
static void importerr_dealloc(Object* o) {
  DeallocGuard guard(o, importerr_dealloc);
  if (guard.deferred()) return;
  importerr_clear_fn(o);
  free_object(o);
}
static void importerr_traverse(Object* o, VisitFn visit, void* arg) {
  auto* e = static_cast<ImportErrorObject*>(o);
  visit_value(e->msg, visit, arg);
  visit_value(e->name, visit, arg);
  visit_value(e->path, visit, arg);
  exc_base_traverse(e, visit, arg);
}
static bool importerr_init(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  static constexpr const char* kNames[] = {"name", "path"};
  Value kv[2];
  if (!exc_kwargs(ts, self, args, nargs, kw, kNames, 2, kv)) return false;
  if (!exc_set_args(ts, self, args, nargs)) return false;
  auto* e = self.as<ImportErrorObject>();
  exc_set_field(&e->name, kv[0]);
  exc_set_field(&e->path, kv[1]);
  exc_set_field(&e->msg, nargs == 1 ? args[0] : Value());
  return true;
}
static Value importerr_str(ThreadState* ts, Value self) {
  auto* e = self.as<ImportErrorObject>();
  if (e->msg && !e->msg.is_none()) return str(ts, e->msg);
  return exc_base_str(ts, self);
}
const GetSetDef kImportErrorGetsets[] = {MINIPY_BASE_GETSETS, MEMBER(ImportErrorObject, msg, "msg"),
                                         MEMBER(ImportErrorObject, name, "name"),
                                         MEMBER(ImportErrorObject, path, "path"), {nullptr, nullptr}};
constexpr TypeSlots kImportErrorSlots = {
    .dealloc = importerr_dealloc, .traverse = importerr_traverse, .clear = importerr_clear_fn,
    .repr = base_repr, .str = importerr_str, .new_ = exc_base_new, .init = importerr_init};

static void nameerr_clear_fn(Object* o) {
  auto* e = static_cast<NameErrorObject*>(o);
  exc_set_field(&e->name, Value());
  exc_base_clear(e);
}
static void nameerr_dealloc(Object* o) {
  DeallocGuard guard(o, nameerr_dealloc);
  if (guard.deferred()) return;
  nameerr_clear_fn(o);
  free_object(o);
}
static void nameerr_traverse(Object* o, VisitFn visit, void* arg) {
  auto* e = static_cast<NameErrorObject*>(o);
  visit_value(e->name, visit, arg);
  exc_base_traverse(e, visit, arg);
}
static bool nameerr_init(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  static constexpr const char* kNames[] = {"name"};
  Value kv[1];
  if (!exc_kwargs(ts, self, args, nargs, kw, kNames, 1, kv)) return false;
  if (!exc_set_args(ts, self, args, nargs)) return false;
  exc_set_field(&self.as<NameErrorObject>()->name, kv[0]);
  return true;
}
const GetSetDef kNameErrorGetsets[] = {MINIPY_BASE_GETSETS, MEMBER(NameErrorObject, name, "name"),
                                       {nullptr, nullptr}};
constexpr TypeSlots kNameErrorSlots = {
    .dealloc = nameerr_dealloc, .traverse = nameerr_traverse, .clear = nameerr_clear_fn,
    .repr = base_repr, .str = exc_base_str, .new_ = exc_base_new, .init = nameerr_init};

static void attrerr_clear_fn(Object* o) {
  auto* e = static_cast<AttributeErrorObject*>(o);
  exc_set_field(&e->name, Value());
  exc_set_field(&e->obj, Value());
  exc_base_clear(e);
}
static void attrerr_dealloc(Object* o) {
  DeallocGuard guard(o, attrerr_dealloc);
  if (guard.deferred()) return;
  attrerr_clear_fn(o);
  free_object(o);
}
static void attrerr_traverse(Object* o, VisitFn visit, void* arg) {
  auto* e = static_cast<AttributeErrorObject*>(o);
  visit_value(e->name, visit, arg);
  visit_value(e->obj, visit, arg);
  exc_base_traverse(e, visit, arg);
}
static bool attrerr_init(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  static constexpr const char* kNames[] = {"name", "obj"};
  Value kv[2];
  if (!exc_kwargs(ts, self, args, nargs, kw, kNames, 2, kv)) return false;
  if (!exc_set_args(ts, self, args, nargs)) return false;
  auto* e = self.as<AttributeErrorObject>();
  exc_set_field(&e->name, kv[0]);
  exc_set_field(&e->obj, kv[1]);
  return true;
}
const GetSetDef kAttributeErrorGetsets[] = {MINIPY_BASE_GETSETS, MEMBER(AttributeErrorObject, name, "name"),
                                            MEMBER(AttributeErrorObject, obj, "obj"), {nullptr, nullptr}};
constexpr TypeSlots kAttributeErrorSlots = {
    .dealloc = attrerr_dealloc, .traverse = attrerr_traverse, .clear = attrerr_clear_fn,
    .repr = base_repr, .str = exc_base_str, .new_ = exc_base_new, .init = attrerr_init};

// ---------------------------------------------------------------- OSError

static Exc errno_subclass(int64_t err) {
  switch (err) {
    case EAGAIN:
#if EWOULDBLOCK != EAGAIN
    case EWOULDBLOCK:
#endif
    case EALREADY:
    case EINPROGRESS: return Exc::BlockingIOError;
    case ECHILD: return Exc::ChildProcessError;
    case EPIPE:
    case ESHUTDOWN: return Exc::BrokenPipeError;
    case ECONNABORTED: return Exc::ConnectionAbortedError;
    case ECONNREFUSED: return Exc::ConnectionRefusedError;
    case ECONNRESET: return Exc::ConnectionResetError;
    case EEXIST: return Exc::FileExistsError;
    case ENOENT: return Exc::FileNotFoundError;
    case EISDIR: return Exc::IsADirectoryError;
    case ENOTDIR: return Exc::NotADirectoryError;
    case EINTR: return Exc::InterruptedError;
    case EACCES:
    case EPERM: return Exc::PermissionError;
    case ESRCH: return Exc::ProcessLookupError;
    case ETIMEDOUT: return Exc::TimeoutError;
    default: return Exc::OSError;
  }
}

static void oserr_clear_fn(Object* o) {
  auto* e = static_cast<OSErrorObject*>(o);
  exc_set_field(&e->myerrno, Value());
  exc_set_field(&e->strerror, Value());
  exc_set_field(&e->filename, Value());
  exc_set_field(&e->filename2, Value());
  exc_base_clear(e);
}
static void oserr_dealloc(Object* o) {
  DeallocGuard guard(o, oserr_dealloc);
  if (guard.deferred()) return;
  oserr_clear_fn(o);
  free_object(o);
}
static void oserr_traverse(Object* o, VisitFn visit, void* arg) {
  auto* e = static_cast<OSErrorObject*>(o);
  visit_value(e->myerrno, visit, arg);
  visit_value(e->strerror, visit, arg);
  visit_value(e->filename, visit, arg);
  visit_value(e->filename2, visit, arg);
  exc_base_traverse(e, visit, arg);
}

// Parse OSError(errno, strerror[, filename[, winerror[, filename2]]]).
static bool oserr_parse(ThreadState* ts, Value self, const Value* args, size_t nargs) {
  if (!exc_set_args(ts, self, args, nargs)) return false;
  auto* e = self.as<OSErrorObject>();
  exc_set_field(&e->myerrno, Value());
  exc_set_field(&e->strerror, Value());
  exc_set_field(&e->filename, Value());
  exc_set_field(&e->filename2, Value());
  if (nargs >= 2 && nargs <= 5) {
    exc_set_field(&e->myerrno, args[0]);
    exc_set_field(&e->strerror, args[1]);
    if (nargs >= 3 && !args[2].is_none()) {
      exc_set_field(&e->filename, args[2]);
      if (nargs == 5 && !args[4].is_none()) exc_set_field(&e->filename2, args[4]);
      Value t = tuple_from(ts, args, 2);
      if (!t) return false;
      exc_set_field(&e->args, t);
      decref(t);
    }
  }
  return true;
}

static Value oserr_new(ThreadState* ts, TypeObject* type, const Value* args, size_t nargs, TupleObject* kw) {
  if (type == exc_type(ts, Exc::OSError) && nargs >= 2 && args[0].is_small_int()) {
    type = exc_type(ts, errno_subclass(args[0].as_small_int()));
  }
  Value self = exc_base_new(ts, type, args, nargs, kw);
  if (!self) return Value();
  if (!oserr_parse(ts, self, args, nargs)) {
    decref(self);
    return Value();
  }
  return self;
}

static bool oserr_init(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!exc_no_kwargs(ts, self, kw)) return false;
  // Arguments were parsed by __new__; re-parse only when a subclass's __init__
  // passes different arguments up (args differ from what __new__ stored).
  auto* e = self.as<OSErrorObject>();
  Value a = e->args;
  bool same = a && is_tuple(ts, a) &&
              (tuple_size(a) == int64_t(nargs) || (e->filename && nargs >= 3 && tuple_size(a) == 2));
  if (same)
    for (int64_t i = 0; i < tuple_size(a); i++)
      if (tuple_item(a, i) != args[i]) same = false;
  if (same) return true;
  return oserr_parse(ts, self, args, nargs);
}

static Value oserr_str(ThreadState* ts, Value self) {
  auto* e = self.as<OSErrorObject>();
  auto s = [&](Value v, bool use_repr) -> std::string {
    Value r = use_repr ? repr(ts, v ? v : Value::none()) : str(ts, v ? v : Value::none());
    if (!r) return std::string("\x01");
    std::string out(str_view(r));
    decref(r);
    return out;
  };
  if (e->filename) {
    std::string a = s(e->myerrno, false), b = s(e->strerror, false), c = s(e->filename, true);
    if (err_occurred(ts)) return Value();
    std::string out = "[Errno " + a + "] " + b + ": " + c;
    if (e->filename2) {
      std::string d = s(e->filename2, true);
      if (err_occurred(ts)) return Value();
      out += " -> " + d;
    }
    return str_new(ts, out);
  }
  if (e->myerrno && e->strerror) {
    std::string a = s(e->myerrno, false), b = s(e->strerror, false);
    if (err_occurred(ts)) return Value();
    return str_new(ts, "[Errno " + a + "] " + b);
  }
  return exc_base_str(ts, self);
}

static Value oserr_reduce(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  auto* e = self.as<OSErrorObject>();
  Value a = e->args;
  Ref full;
  if (e->filename && is_tuple(ts, a) && tuple_size(a) == 2) {
    if (e->filename2)
      full = Ref(tuple_pack(ts, {tuple_item(a, 0), tuple_item(a, 1), e->filename, Value::none(), e->filename2}));
    else
      full = Ref(tuple_pack(ts, {tuple_item(a, 0), tuple_item(a, 1), e->filename}));
    if (!full) return Value();
    a = full.get();
  }
  if (e->dict && dict_size(e->dict))
    return tuple_pack(ts, {Value::from_obj(self.obj()->type), a, Value::from_obj(e->dict)});
  return tuple_pack(ts, {Value::from_obj(self.obj()->type), a});
}

const MethodDef kOSErrorMethods[] = {
    {"with_traceback", base_with_traceback},
    {"add_note", base_add_note},
    {"__reduce__", oserr_reduce},
    {"__setstate__", base_setstate},
    {nullptr, nullptr},
};
const GetSetDef kOSErrorGetsets[] = {MINIPY_BASE_GETSETS,
                                     MEMBER(OSErrorObject, myerrno, "errno"),
                                     MEMBER(OSErrorObject, strerror, "strerror"),
                                     MEMBER(OSErrorObject, filename, "filename"),
                                     MEMBER(OSErrorObject, filename2, "filename2"),
                                     {nullptr, nullptr}};
constexpr TypeSlots kOSErrorSlots = {
    .dealloc = oserr_dealloc, .traverse = oserr_traverse, .clear = oserr_clear_fn,
    .repr = base_repr, .str = oserr_str, .new_ = oserr_new, .init = oserr_init};

// ---------------------------------------------------------------- SyntaxError

#define SYNTAX_FIELDS(X) X(msg) X(filename) X(lineno) X(offset) X(text) X(end_lineno) X(end_offset) X(print_file_and_line)

static void syntaxerr_clear_fn(Object* o) {
  auto* e = static_cast<SyntaxErrorObject*>(o);
#define X(f) exc_set_field(&e->f, Value());
  SYNTAX_FIELDS(X)
#undef X
  exc_base_clear(e);
}
static void syntaxerr_dealloc(Object* o) {
  DeallocGuard guard(o, syntaxerr_dealloc);
  if (guard.deferred()) return;
  syntaxerr_clear_fn(o);
  free_object(o);
}
static void syntaxerr_traverse(Object* o, VisitFn visit, void* arg) {
  auto* e = static_cast<SyntaxErrorObject*>(o);
#define X(f) visit_value(e->f, visit, arg);
  SYNTAX_FIELDS(X)
#undef X
  exc_base_traverse(e, visit, arg);
}
static bool syntaxerr_init(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!base_init(ts, self, args, nargs, kw)) return false;
  auto* e = self.as<SyntaxErrorObject>();
  if (nargs >= 1) exc_set_field(&e->msg, args[0]);
  if (nargs == 2) {
    Ref info(sequence_to_tuple(ts, args[1]));
    if (!info) return false;
    int64_t n = tuple_size(info.get());
    if (n < 4 || n > 6) {
      raise(ts, Exc::IndexError, "tuple index out of range");
      return false;
    }
    exc_set_field(&e->filename, tuple_item(info.get(), 0));
    exc_set_field(&e->lineno, tuple_item(info.get(), 1));
    exc_set_field(&e->offset, tuple_item(info.get(), 2));
    exc_set_field(&e->text, tuple_item(info.get(), 3));
    exc_set_field(&e->end_lineno, n >= 5 ? tuple_item(info.get(), 4) : Value());
    exc_set_field(&e->end_offset, n >= 6 ? tuple_item(info.get(), 5) : Value());
  }
  return true;
}
static Value syntaxerr_str(ThreadState* ts, Value self) {
  auto* e = self.as<SyntaxErrorObject>();
  std::string filename;
  bool have_file = false;
  if (e->filename && is_str(ts, e->filename)) {
    std::string_view f = str_view(e->filename);
    size_t slash = f.rfind('/');
    filename = std::string(slash == std::string_view::npos ? f : f.substr(slash + 1));
    have_file = true;
  }
  bool have_line = e->lineno && (e->lineno.is_small_int());
  Ref m(str(ts, e->msg ? e->msg : Value::none()));
  if (!m) return Value();
  if (!have_file && !have_line) return m.release();
  std::string out(str_view(m.get()));
  if (have_file && have_line)
    out += strf(" (%s, line %lld)", filename.c_str(), (long long)e->lineno.as_small_int());
  else if (have_file)
    out += " (" + filename + ")";
  else
    out += strf(" (line %lld)", (long long)e->lineno.as_small_int());
  return str_new(ts, out);
}
const GetSetDef kSyntaxErrorGetsets[] = {MINIPY_BASE_GETSETS,
#define X(f) MEMBER(SyntaxErrorObject, f, #f),
                                         SYNTAX_FIELDS(X)
#undef X
                                         {nullptr, nullptr}};
constexpr TypeSlots kSyntaxErrorSlots = {
    .dealloc = syntaxerr_dealloc, .traverse = syntaxerr_traverse, .clear = syntaxerr_clear_fn,
    .repr = base_repr, .str = syntaxerr_str, .new_ = exc_base_new, .init = syntaxerr_init};

// ---------------------------------------------------------------- KeyError

static Value keyerr_str(ThreadState* ts, Value self) {
  Value a = self.as<BaseExceptionObject>()->args;
  if (a && is_tuple(ts, a) && tuple_size(a) == 1) return repr(ts, tuple_item(a, 0));
  return exc_base_str(ts, self);
}
constexpr TypeSlots kKeyErrorSlots = {
    .dealloc = base_dealloc, .traverse = base_traverse, .clear = base_clear,
    .repr = base_repr, .str = keyerr_str, .new_ = exc_base_new, .init = base_init};

// ---------------------------------------------------------------- Unicode errors
// Their attributes (encoding, object, start, end, reason) live in the instance
// __dict__, so the BaseException layout suffices.

static Value dict_attr(BaseExceptionObject* e, ThreadState* ts, const char* name) {
  if (!e->dict) return Value();
  return dict_get_str(e->dict, intern(ts, name));
}

static bool unicode_err_init(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw,
                             bool has_encoding, bool object_is_bytes) {
  if (!base_init(ts, self, args, nargs, kw)) return false;
  const char* tname = has_encoding ? (object_is_bytes ? "UnicodeDecodeError" : "UnicodeEncodeError")
                                   : "UnicodeTranslateError";
  size_t want = has_encoding ? 5 : 4;
  if (nargs == 0 && !has_encoding) return true;
  if (nargs != want) {
    raisef(ts, Exc::TypeError, "function takes exactly %zu arguments (%zu given)", want, nargs);
    return false;
  }
  size_t i = 0;
  auto* e = self.as<BaseExceptionObject>();
  if (!e->dict && !(e->dict = dict_new(ts))) return false;
  if (has_encoding) {
    if (!is_str(ts, args[0])) {
      raisef(ts, Exc::TypeError, "%s() argument 1 must be str, not %s", tname, type_name(ts, args[0]));
      return false;
    }
    if (!dict_set_str(ts, e->dict, "encoding", args[0])) return false;
    i = 1;
  }
  Value obj = args[i];
  if (object_is_bytes) {
    std::string_view bv;
    if (!bytes_like_view(ts, obj, &bv)) return false;
    Ref b(bytes_new(ts, bv));
    if (!b || !dict_set_str(ts, e->dict, "object", b.get())) return false;
  } else {
    if (!is_str(ts, obj)) {
      raisef(ts, Exc::TypeError, "%s() argument %zu must be str, not %s", tname, i + 1, type_name(ts, obj));
      return false;
    }
    if (!dict_set_str(ts, e->dict, "object", obj)) return false;
  }
  for (int k = 0; k < 2; k++) {
    Value v = args[i + 1 + size_t(k)];
    if (!is_int(ts, v)) {
      raisef(ts, Exc::TypeError, "'%s' object cannot be interpreted as an integer", type_name(ts, v));
      return false;
    }
    if (!dict_set_str(ts, e->dict, k == 0 ? "start" : "end", v)) return false;
  }
  Value reason = args[i + 3];
  if (!is_str(ts, reason)) {
    raisef(ts, Exc::TypeError, "%s() argument %zu must be str, not %s", tname, i + 4, type_name(ts, reason));
    return false;
  }
  return dict_set_str(ts, e->dict, "reason", reason);
}
static bool udecode_init(ThreadState* ts, Value self, const Value* a, size_t n, TupleObject* kw) {
  return unicode_err_init(ts, self, a, n, kw, true, true);
}
static bool uencode_init(ThreadState* ts, Value self, const Value* a, size_t n, TupleObject* kw) {
  return unicode_err_init(ts, self, a, n, kw, true, false);
}
static bool utranslate_init(ThreadState* ts, Value self, const Value* a, size_t n, TupleObject* kw) {
  return unicode_err_init(ts, self, a, n, kw, false, false);
}

// Code point at index `idx` of UTF-8 text (or -1).
static int64_t utf8_codepoint_at(std::string_view s, int64_t idx) {
  size_t i = 0;
  int64_t n = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (n == idx) {
      uint32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
      for (size_t k = 1; k < len && i + k < s.size(); k++) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
      return cp;
    }
    i += len;
    n++;
  }
  return -1;
}

static Value unicode_err_str(ThreadState* ts, Value self, int kind /*0 decode 1 encode 2 translate*/) {
  auto* e = self.as<BaseExceptionObject>();
  Value enc = dict_attr(e, ts, "encoding"), obj = dict_attr(e, ts, "object"), st = dict_attr(e, ts, "start"),
        en = dict_attr(e, ts, "end"), reason = dict_attr(e, ts, "reason");
  if (!obj || !st || !en || !reason || (kind != 2 && !enc)) return newref(ts->interp->empty_str);
  int64_t start = 0, end = 0;
  if (!int_as_i64(ts, st, &start) || !int_as_i64(ts, en, &end)) return Value();
  Ref rs(str(ts, reason));
  if (!rs) return Value();
  std::string encs;
  if (kind != 2) {
    Ref es(str(ts, enc));
    if (!es) return Value();
    encs = std::string(str_view(es.get()));
  }
  std::string rstr(str_view(rs.get()));
  std::string out;
  if (kind == 0) {
    std::string_view b;
    if (!bytes_like_view(ts, obj, &b)) return Value();
    if (start < int64_t(b.size()) && start >= 0 && end == start + 1)
      out = strf("'%s' codec can't decode byte 0x%02x in position %lld: %s", encs.c_str(),
                 static_cast<unsigned char>(b[size_t(start)]), (long long)start, rstr.c_str());
    else
      out = strf("'%s' codec can't decode bytes in position %lld-%lld: %s", encs.c_str(), (long long)start,
                 (long long)(end - 1), rstr.c_str());
  } else {
    std::string_view s = is_str(ts, obj) ? str_view(obj) : std::string_view();
    int64_t len = is_str(ts, obj) ? obj.as<StrObject>()->length : 0;
    std::string prefix = kind == 1 ? strf("'%s' codec can't encode", encs.c_str()) : std::string("can't translate");
    if (start < len && start >= 0 && end == start + 1) {
      int64_t cp = utf8_codepoint_at(s, start);
      std::string ch = cp <= 0xff ? strf("\\x%02x", unsigned(cp)) : cp <= 0xffff ? strf("\\u%04x", unsigned(cp))
                                                                                 : strf("\\U%08x", unsigned(cp));
      out = prefix + strf(" character '%s' in position %lld: %s", ch.c_str(), (long long)start, rstr.c_str());
    } else {
      out = prefix + strf(" characters in position %lld-%lld: %s", (long long)start, (long long)(end - 1),
                          rstr.c_str());
    }
  }
  return str_new(ts, out);
}
static Value udecode_str(ThreadState* ts, Value self) { return unicode_err_str(ts, self, 0); }
static Value uencode_str(ThreadState* ts, Value self) { return unicode_err_str(ts, self, 1); }
static Value utranslate_str(ThreadState* ts, Value self) { return unicode_err_str(ts, self, 2); }

constexpr TypeSlots kUnicodeDecodeErrorSlots = {
    .dealloc = base_dealloc, .traverse = base_traverse, .clear = base_clear,
    .repr = base_repr, .str = udecode_str, .new_ = exc_base_new, .init = udecode_init};
constexpr TypeSlots kUnicodeEncodeErrorSlots = {
    .dealloc = base_dealloc, .traverse = base_traverse, .clear = base_clear,
    .repr = base_repr, .str = uencode_str, .new_ = exc_base_new, .init = uencode_init};
constexpr TypeSlots kUnicodeTranslateErrorSlots = {
    .dealloc = base_dealloc, .traverse = base_traverse, .clear = base_clear,
    .repr = base_repr, .str = utranslate_str, .new_ = exc_base_new, .init = utranslate_init};

Value unicode_decode_error_new(ThreadState* ts, const char* encoding, std::string_view object, int64_t start,
                               int64_t end, const char* reason) {
  Ref enc(str_from_cstr(ts, encoding)), obj(bytes_new(ts, object)), rs(str_from_cstr(ts, reason));
  if (!enc || !obj || !rs) return Value();
  Value args[5] = {enc.get(), obj.get(), Value::small_int(start), Value::small_int(end), rs.get()};
  return exception_new(ts, exc_type(ts, Exc::UnicodeDecodeError), args, 5);
}

Value unicode_encode_error_new(ThreadState* ts, const char* encoding, std::string_view object, int64_t start,
                               int64_t end, const char* reason) {
  Ref enc(str_from_cstr(ts, encoding)), obj(str_new(ts, object)), rs(str_from_cstr(ts, reason));
  if (!enc || !obj || !rs) return Value();
  Value args[5] = {enc.get(), obj.get(), Value::small_int(start), Value::small_int(end), rs.get()};
  return exception_new(ts, exc_type(ts, Exc::UnicodeEncodeError), args, 5);
}

// ---------------------------------------------------------------- exception groups
// (behaviour in exceptions_group.cpp)

static void group_clear_fn(Object* o) {
  auto* e = static_cast<ExceptionGroupObject*>(o);
  exc_set_field(&e->msg, Value());
  exc_set_field(&e->excs, Value());
  exc_base_clear(e);
}
static void group_dealloc(Object* o) {
  DeallocGuard guard(o, group_dealloc);
  if (guard.deferred()) return;
  group_clear_fn(o);
  free_object(o);
}
static void group_traverse(Object* o, VisitFn visit, void* arg) {
  auto* e = static_cast<ExceptionGroupObject*>(o);
  visit_value(e->msg, visit, arg);
  visit_value(e->excs, visit, arg);
  exc_base_traverse(e, visit, arg);
}
static bool group_init(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!exc_no_kwargs(ts, self, kw)) return false;
  return exc_set_args(ts, self, args, nargs);
}
const MethodDef kExceptionGroupMethods[] = {
    {"with_traceback", base_with_traceback},
    {"add_note", base_add_note},
    {"__reduce__", base_reduce},
    {"__setstate__", base_setstate},
    {"derive", exception_group_derive},
    {"split", exception_group_split},
    {"subgroup", exception_group_subgroup},
    {"__class_getitem__", exception_group_class_getitem, kMethClass},
    {nullptr, nullptr},
};
const GetSetDef kExceptionGroupGetsets[] = {MINIPY_BASE_GETSETS,
                                            {"message", member_get<ExceptionGroupObject, &ExceptionGroupObject::msg>},
                                            {"exceptions", member_get<ExceptionGroupObject, &ExceptionGroupObject::excs>},
                                            {nullptr, nullptr}};
constexpr TypeSlots kExceptionGroupSlots = {
    .dealloc = group_dealloc, .traverse = group_traverse, .clear = group_clear_fn,
    .repr = base_repr, .str = exception_group_str, .new_ = exception_group_new, .init = group_init};

// ---------------------------------------------------------------- the class table

#define MINIPY_LAYOUT_BaseException kBaseExceptionSlots, kBaseExceptionMethods, kBaseExceptionGetsets
#define MINIPY_LAYOUT_StopIteration kStopIterationSlots, kBaseExceptionMethods, kStopIterationGetsets
#define MINIPY_LAYOUT_SystemExit kSystemExitSlots, kBaseExceptionMethods, kSystemExitGetsets
#define MINIPY_LAYOUT_ImportError kImportErrorSlots, kBaseExceptionMethods, kImportErrorGetsets
#define MINIPY_LAYOUT_NameError kNameErrorSlots, kBaseExceptionMethods, kNameErrorGetsets
#define MINIPY_LAYOUT_AttributeError kAttributeErrorSlots, kBaseExceptionMethods, kAttributeErrorGetsets
#define MINIPY_LAYOUT_OSError kOSErrorSlots, kOSErrorMethods, kOSErrorGetsets
#define MINIPY_LAYOUT_SyntaxError kSyntaxErrorSlots, kBaseExceptionMethods, kSyntaxErrorGetsets
#define MINIPY_LAYOUT_ExceptionGroup kExceptionGroupSlots, kExceptionGroupMethods, kExceptionGroupGetsets

constexpr TypeSpec make_exc_spec(const char* name, size_t size, const TypeSlots& slots, const MethodDef* methods,
                                 const GetSetDef* getsets, const char* base) {
  return TypeSpec{.name = name, .basicsize = size, .flags = kExcFlags, .slots = slots, .methods = methods,
                  .getsets = getsets, .base_name = base};
}

#define MINIPY_X(name, base, layout) \
  make_exc_spec(#name, sizeof(layout##Object), MINIPY_LAYOUT_##layout, #base),
const TypeSpec kExceptionSpecs[] = {MINIPY_EXCEPTIONS(MINIPY_X)};
#undef MINIPY_X

// Rows whose behaviour differs from their layout's defaults.
const TypeSpec kKeyErrorSpec =
    make_exc_spec("KeyError", sizeof(BaseExceptionObject), kKeyErrorSlots, kBaseExceptionMethods,
                  kBaseExceptionGetsets, "LookupError");
const TypeSpec kUnicodeDecodeErrorSpec =
    make_exc_spec("UnicodeDecodeError", sizeof(BaseExceptionObject), kUnicodeDecodeErrorSlots,
                  kBaseExceptionMethods, kBaseExceptionGetsets, "UnicodeError");
const TypeSpec kUnicodeEncodeErrorSpec =
    make_exc_spec("UnicodeEncodeError", sizeof(BaseExceptionObject), kUnicodeEncodeErrorSlots,
                  kBaseExceptionMethods, kBaseExceptionGetsets, "UnicodeError");
const TypeSpec kUnicodeTranslateErrorSpec =
    make_exc_spec("UnicodeTranslateError", sizeof(BaseExceptionObject), kUnicodeTranslateErrorSlots,
                  kBaseExceptionMethods, kBaseExceptionGetsets, "UnicodeError");

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"
constexpr int64_t kExcDictOffset = int64_t(offsetof(BaseExceptionObject, dict));
#pragma GCC diagnostic pop

bool exceptions_init(ThreadState* ts) {
  Interpreter* interp = ts->interp;
  for (size_t i = 0; i < size_t(Exc::Count_); i++) {
    const TypeSpec* spec = &kExceptionSpecs[i];
    switch (Exc(i)) {
      case Exc::KeyError: spec = &kKeyErrorSpec; break;
      case Exc::UnicodeDecodeError: spec = &kUnicodeDecodeErrorSpec; break;
      case Exc::UnicodeEncodeError: spec = &kUnicodeEncodeErrorSpec; break;
      case Exc::UnicodeTranslateError: spec = &kUnicodeTranslateErrorSpec; break;
      default: break;
    }
    TypeObject* base = interp->types.object_;
    if (spec->base_name && std::strcmp(spec->base_name, "object") != 0) {
      for (size_t j = 0; j < i; j++) {
        if (interp->exc_types[j] && interp->exc_types[j]->name->view() == spec->base_name) {
          base = interp->exc_types[j];
          break;
        }
      }
    }
    TypeObject* t = type_from_spec(ts, spec, base);
    if (!t) return false;
    t->flags |= kExcFlags;
    t->dictoffset = kExcDictOffset;
    interp->exc_types[i] = t;
  }
  return exception_group_fix_bases(ts);
}

}  // namespace minipy
