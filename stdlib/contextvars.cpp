// stdlib/contextvars.cpp — the native `_contextvars` module (contextvars.py
// re-exports it): ContextVar, Token, Context and copy_context().
//
// A Context maps ContextVar -> value with a dict that copies share until one of
// them is written (copy-on-write: a context writes in place only while it is
// the dict's sole owner), so copy_context() is O(1) — asyncio copies the
// context for every task and callback. Each thread's current context is
// ThreadState::context (made empty on first use; new threads start empty).
// Context.run() swaps it in and out, so a task step can run "inside" its
// task's context (context_run, for native callers).
// Must not: mutate a dict another context still shares.
#include "stdlib/modules.h"

namespace minipy {

namespace {

struct ContextObject : Object {
  DictObject* vars;  // owned; shared with copies until written
  Value prev;        // while entered by run(): the context to restore (owned)
  bool entered;
};

struct ContextVarObject : Object {
  Value name;        // str
  Value dflt;        // default, or null
  int64_t hash;      // identity hash, cached for lookups
};

struct TokenObject : Object {
  Value ctx;         // the Context the token was made in
  Value var;         // the ContextVar
  Value old_value;   // the previous value, or null (Token.MISSING)
  bool used;
};

struct MissingObject : Object {};

struct ContextVarsState {
  TypeObject* context_type = nullptr;
  TypeObject* var_type = nullptr;
  TypeObject* token_type = nullptr;
  TypeObject* missing_type = nullptr;
  Value missing;     // Token.MISSING (owned)
};

// The module state, importing _contextvars when native code needs it first.
ContextVarsState* state(ThreadState* ts) {
  StrObject* name = intern(ts, "_contextvars");
  Value m = dict_get_str(ts->interp->modules, name);
  Ref imported;
  if (!m) {
    imported = Ref(vm_import(ts, Value::from_obj(name), Value::none(), Value::none(), 0));
    if (!imported) return nullptr;
    m = imported.get();
  }
  if (!m.is_obj() || m.obj()->type != ts->interp->types.module || m.as<ModuleObject>()->def != &contextvars_module_def) {
    raise(ts, Exc::RuntimeError, "_contextvars module is not loaded");
    return nullptr;
  }
  return static_cast<ContextVarsState*>(m.as<ModuleObject>()->state);
}

ContextObject* ctx_alloc(ThreadState* ts, TypeObject* type, DictObject* shared) {
  auto* c = static_cast<ContextObject*>(alloc_object(ts, type));
  if (!c) return nullptr;
  if (shared) {
    incref(shared);
    c->vars = shared;
  } else {
    c->vars = dict_new(ts);
    if (!c->vars) {
      decref(c);
      return nullptr;
    }
  }
  return c;
}

// The calling thread's current context (borrowed), created empty on first use.
ContextObject* current(ThreadState* ts, ContextVarsState* st) {
  if (!ts->context) {
    ContextObject* c = ctx_alloc(ts, st->context_type, nullptr);
    if (!c) return nullptr;
    ts->context = Value::from_obj(c);
  }
  return ts->context.as<ContextObject>();
}

// Make c's dict private before writing to it.
bool ctx_own_vars(ThreadState* ts, ContextObject* c) {
  if (c->vars->refcnt == 1) return true;
  DictObject* d = dict_copy(ts, c->vars);
  if (!d) return false;
  decref(c->vars);
  c->vars = d;
  return true;
}

bool is_var(ThreadState* ts, Value v, ContextVarsState* st) { return v.is_obj() && v.obj()->type == st->var_type; }

// Enter ctx (make it current), call, leave. Shared by Context.run and context_run.
Value ctx_run(ThreadState* ts, ContextObject* c, Value callable, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (c->entered) {
    Ref r(object_default_repr(ts, Value::from_obj(c)));
    if (!r) return Value();
    return raisef(ts, Exc::RuntimeError, "cannot enter context: %s is already entered", str_view(r.get()).data());
  }
  c->entered = true;
  c->prev = ts->context;  // the thread's reference moves to c->prev
  ts->context = newref(Value::from_obj(c));
  Value result = call(ts, callable, args, nargs, kwnames);
  Value inner = ts->context;
  ts->context = c->prev;
  c->prev = Value();
  c->entered = false;
  decref(inner);
  return result;
}

// ---------------------------------------------------------------- Context
Value ctx_new(ThreadState* ts, TypeObject* type, const Value*, size_t nargs, TupleObject* kw) {
  if (nargs || (kw && kw->size)) return raise(ts, Exc::TypeError, "Context() does not accept any arguments");
  ContextObject* c = ctx_alloc(ts, type, nullptr);
  return c ? Value::from_obj(c) : Value();
}

void ctx_dealloc(Object* o) {
  auto* c = static_cast<ContextObject*>(o);
  xdecref(c->vars);
  decref(c->prev);
  free_object(o);
}

void ctx_traverse(Object* o, VisitFn visit, void* arg) {
  auto* c = static_cast<ContextObject*>(o);
  if (c->vars) visit(c->vars, arg);
  if (c->prev.is_obj()) visit(c->prev.obj(), arg);
}

void ctx_clear(Object* o) {
  auto* c = static_cast<ContextObject*>(o);
  DictObject* d = c->vars;
  c->vars = nullptr;
  xdecref(d);
}

// The vars dict, empty-safe after a GC clear (borrowed).
DictObject* ctx_vars(ThreadState* ts, Value self) {
  auto* c = self.as<ContextObject>();
  if (!c->vars) c->vars = dict_new(ts);
  return c->vars;
}

bool check_key(ThreadState* ts, Value key) {
  ContextVarsState* st = state(ts);
  if (!st) return false;
  if (is_var(ts, key, st)) return true;
  Ref r(repr(ts, key));
  if (!r) return false;
  raisef(ts, Exc::TypeError, "a ContextVar key was expected, got %s", str_view(r.get()).data());
  return false;
}

Value ctx_getitem(ThreadState* ts, Value self, Value key) {
  if (!check_key(ts, key)) return Value();
  DictObject* d = ctx_vars(ts, self);
  if (!d) return Value();
  Value v = dict_get_known_hash(ts, d, key, key.as<ContextVarObject>()->hash);
  if (!v) return err_occurred(ts) ? Value() : raise_key_error(ts, key);
  return newref(v);
}

int ctx_contains(ThreadState* ts, Value self, Value key) {
  if (!check_key(ts, key)) return -1;
  DictObject* d = ctx_vars(ts, self);
  if (!d) return -1;
  Value v = dict_get_known_hash(ts, d, key, key.as<ContextVarObject>()->hash);
  if (!v && err_occurred(ts)) return -1;
  return v ? 1 : 0;
}

bool ctx_len(ThreadState* ts, Value self, int64_t* out) {
  DictObject* d = ctx_vars(ts, self);
  if (!d) return false;
  *out = dict_size(d);
  return true;
}

Value ctx_iter(ThreadState* ts, Value self) {
  DictObject* d = ctx_vars(ts, self);
  return d ? get_iter(ts, Value::from_obj(d)) : Value();
}

Value ctx_richcompare(ThreadState* ts, Value a, Value b, CmpOp op) {
  if ((op != CmpOp::Eq && op != CmpOp::Ne) || type_of(ts, a) != type_of(ts, b)) return Value::not_implemented();
  DictObject* da = ctx_vars(ts, a);
  DictObject* db = ctx_vars(ts, b);
  if (!da || !db) return Value();
  int eq = da == db ? 1 : equal(ts, Value::from_obj(da), Value::from_obj(db));
  if (eq < 0) return Value();
  return Value::boolean(op == CmpOp::Eq ? eq != 0 : eq == 0);
}

Value ctx_m_get(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "get", kw) || !check_nargs(ts, "get", nargs, 1, 2)) return Value();
  if (!check_key(ts, args[0])) return Value();
  DictObject* d = ctx_vars(ts, self);
  if (!d) return Value();
  Value v = dict_get_known_hash(ts, d, args[0], args[0].as<ContextVarObject>()->hash);
  if (!v && err_occurred(ts)) return Value();
  if (v) return newref(v);
  return nargs > 1 ? newref(args[1]) : Value::none();
}

Value ctx_view(ThreadState* ts, Value self, const char* which) {
  DictObject* d = ctx_vars(ts, self);
  return d ? call_method0(ts, Value::from_obj(d), which) : Value();
}
Value ctx_m_keys(ThreadState* ts, Value self, const Value*, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "keys", kw) || !check_nargs(ts, "keys", nargs, 0, 0)) return Value();
  return ctx_view(ts, self, "keys");
}
Value ctx_m_values(ThreadState* ts, Value self, const Value*, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "values", kw) || !check_nargs(ts, "values", nargs, 0, 0)) return Value();
  return ctx_view(ts, self, "values");
}
Value ctx_m_items(ThreadState* ts, Value self, const Value*, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "items", kw) || !check_nargs(ts, "items", nargs, 0, 0)) return Value();
  return ctx_view(ts, self, "items");
}

Value ctx_m_copy(ThreadState* ts, Value self, const Value*, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "copy", kw) || !check_nargs(ts, "copy", nargs, 0, 0)) return Value();
  DictObject* d = ctx_vars(ts, self);
  if (!d) return Value();
  ContextObject* c = ctx_alloc(ts, type_of(ts, self), d);
  return c ? Value::from_obj(c) : Value();
}

Value ctx_m_run(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (nargs == 0) return raise(ts, Exc::TypeError, "run() missing 1 required positional argument");
  return ctx_run(ts, self.as<ContextObject>(), args[0], args + 1, nargs - 1, kw);
}

Value class_getitem(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "__class_getitem__", kw) || !check_nargs(ts, "__class_getitem__", nargs, 1, 1)) return Value();
  return generic_alias_new(ts, self, args[0]);
}

const MethodDef ctx_methods[] = {
    {"run", ctx_m_run},
    {"copy", ctx_m_copy},
    {"get", ctx_m_get},
    {"keys", ctx_m_keys},
    {"values", ctx_m_values},
    {"items", ctx_m_items},
    {"__class_getitem__", class_getitem, kMethClass},
    {nullptr, nullptr},
};

const TypeSpec context_type_spec = {
    .name = "_contextvars.Context",
    .basicsize = sizeof(ContextObject),
    .flags = kTypeHasGC,
    .slots = {
        .dealloc = ctx_dealloc,
        .traverse = ctx_traverse,
        .clear = ctx_clear,
        .richcompare = ctx_richcompare,
        .iter = ctx_iter,
        .new_ = ctx_new,
        .len = ctx_len,
        .getitem = ctx_getitem,
        .contains = ctx_contains,
    },
    .methods = ctx_methods,
};

// ---------------------------------------------------------------- ContextVar
Value var_new(ThreadState* ts, TypeObject* type, const Value* args, size_t nargs, TupleObject* kw) {
  static constexpr const char* names[] = {"name", "default"};
  Value a[2] = {};
  if (nargs == 0 && !(kw && kw->size)) return raise(ts, Exc::TypeError, "ContextVar() takes exactly 1 positional argument (0 given)");
  if (!parse_args(ts, "ContextVar", args, nargs, kw, names, 2, 0, 1, 1, a)) return Value();
  if (!is_str(ts, a[0])) return raise(ts, Exc::TypeError, "context variable name must be a str");
  auto* v = static_cast<ContextVarObject*>(alloc_object(ts, type));
  if (!v) return Value();
  v->name = newref(a[0]);
  v->dflt = a[1] ? newref(a[1]) : Value();
  Value self = Value::from_obj(v);
  // Identity hash (like object.__hash__), cached so lookups never call into Python.
  v->hash = int64_t(reinterpret_cast<uintptr_t>(v) >> 4);
  if (v->hash == -1) v->hash = -2;
  return self;
}

void var_dealloc(Object* o) {
  auto* v = static_cast<ContextVarObject*>(o);
  decref(v->name);
  decref(v->dflt);
  free_object(o);
}

void var_traverse(Object* o, VisitFn visit, void* arg) {
  auto* v = static_cast<ContextVarObject*>(o);
  if (v->dflt.is_obj()) visit(v->dflt.obj(), arg);
}

void var_clear(Object* o) {
  auto* v = static_cast<ContextVarObject*>(o);
  Value d = v->dflt;
  v->dflt = Value();
  decref(d);
}

bool var_hash(ThreadState*, Value self, int64_t* out) {
  *out = self.as<ContextVarObject>()->hash;
  return true;
}

Value var_repr(ThreadState* ts, Value self) {
  auto* v = self.as<ContextVarObject>();
  Ref name(repr(ts, v->name));
  if (!name) return Value();
  std::string s = "<ContextVar name=";
  s += str_view(name.get());
  if (v->dflt) {
    Ref d(repr(ts, v->dflt));
    if (!d) return Value();
    s += " default=";
    s += str_view(d.get());
  }
  s += strf(" at %p>", static_cast<void*>(v));
  return str_new(ts, s);
}

Value var_m_get(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "get", kw) || !check_nargs(ts, "get", nargs, 0, 1)) return Value();
  auto* v = self.as<ContextVarObject>();
  if (ts->context) {
    DictObject* d = ts->context.as<ContextObject>()->vars;
    if (d) {
      Value r = dict_get_known_hash(ts, d, self, v->hash);
      if (r) return newref(r);
      if (err_occurred(ts)) return Value();
    }
  }
  if (nargs > 0) return newref(args[0]);
  if (v->dflt) return newref(v->dflt);
  Ref exc(exception_new(ts, exc_type(ts, Exc::LookupError), &self, 1));
  if (!exc) return Value();
  return raise_value(ts, exc.get());
}

Value var_m_set(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "set", kw) || !check_nargs(ts, "set", nargs, 1, 1)) return Value();
  ContextVarsState* st = state(ts);
  if (!st) return Value();
  ContextObject* c = current(ts, st);
  if (!c) return Value();
  DictObject* d = ctx_vars(ts, ts->context);
  if (!d) return Value();
  int64_t h = self.as<ContextVarObject>()->hash;
  Value old = dict_get_known_hash(ts, d, self, h);
  if (!old && err_occurred(ts)) return Value();
  auto* t = static_cast<TokenObject*>(alloc_object(ts, st->token_type));
  if (!t) return Value();
  Ref token(Value::from_obj(t));
  t->ctx = newref(Value::from_obj(c));
  t->var = newref(self);
  t->old_value = old ? newref(old) : Value();
  if (!ctx_own_vars(ts, c) || !dict_set_known_hash(ts, c->vars, self, h, args[0])) return Value();
  return token.release();
}

Value var_m_reset(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "reset", kw) || !check_nargs(ts, "reset", nargs, 1, 1)) return Value();
  ContextVarsState* st = state(ts);
  if (!st) return Value();
  Value tv = args[0];
  if (!tv.is_obj() || tv.obj()->type != st->token_type)
    return raisef(ts, Exc::TypeError, "expected an instance of Token, got '%s'", type_name(ts, tv));
  auto* t = tv.as<TokenObject>();
  if (t->used) {
    Ref r(repr(ts, tv));
    if (!r) return Value();
    return raisef(ts, Exc::RuntimeError, "%s has already been used once", str_view(r.get()).data());
  }
  if (t->var != self) {
    Ref r(repr(ts, tv));
    if (!r) return Value();
    return raisef(ts, Exc::ValueError, "%s was created by a different ContextVar", str_view(r.get()).data());
  }
  ContextObject* c = current(ts, st);
  if (!c) return Value();
  if (t->ctx != Value::from_obj(c)) {
    Ref r(repr(ts, tv));
    if (!r) return Value();
    return raisef(ts, Exc::ValueError, "%s was created in a different Context", str_view(r.get()).data());
  }
  t->used = true;
  if (!ctx_own_vars(ts, c)) return Value();
  int64_t h = self.as<ContextVarObject>()->hash;
  if (t->old_value) {
    if (!dict_set_known_hash(ts, c->vars, self, h, t->old_value)) return Value();
  } else if (dict_del(ts, c->vars, self) < 0) {
    return Value();
  }
  return Value::none();
}

Value var_get_name(ThreadState* ts, Value self) { return newref(self.as<ContextVarObject>()->name); }

const MethodDef var_methods[] = {
    {"get", var_m_get, kMethNormal,
     "Return a value for the context variable for the current context.\n\nIf there is no value for the variable "
     "in the current context, the method will:\n * return the value of the default argument of the method, if "
     "provided; or\n * return the default value for the context variable, if it was created\n   with one; or\n * "
     "raise a LookupError."},
    {"set", var_m_set, kMethNormal,
     "Call to set a new value for the context variable in the current context.\n\nThe required value argument is "
     "the new value for the context variable.\n\nReturns a Token object that can be used to restore the variable "
     "to its previous\nvalue via the `ContextVar.reset()` method."},
    {"reset", var_m_reset, kMethNormal,
     "Reset the context variable.\n\nThe variable is reset to the value it had before the `ContextVar.set()` that"
     "\ncreated the token was used."},
    {"__class_getitem__", class_getitem, kMethClass},
    {nullptr, nullptr},
};

const GetSetDef var_getsets[] = {
    {"name", var_get_name},
    {nullptr, nullptr},
};

const TypeSpec var_type_spec = {
    .name = "_contextvars.ContextVar",
    .basicsize = sizeof(ContextVarObject),
    .flags = kTypeHasGC,
    .slots = {
        .dealloc = var_dealloc,
        .traverse = var_traverse,
        .clear = var_clear,
        .repr = var_repr,
        .hash = var_hash,
        .new_ = var_new,
    },
    .methods = var_methods,
    .getsets = var_getsets,
};

// ---------------------------------------------------------------- Token
Value token_new(ThreadState* ts, TypeObject*, const Value*, size_t, TupleObject*) {
  return raise(ts, Exc::RuntimeError, "Tokens can only be created by ContextVars");
}

void token_dealloc(Object* o) {
  auto* t = static_cast<TokenObject*>(o);
  decref(t->ctx);
  decref(t->var);
  decref(t->old_value);
  free_object(o);
}

void token_traverse(Object* o, VisitFn visit, void* arg) {
  auto* t = static_cast<TokenObject*>(o);
  for (Value v : {t->ctx, t->var, t->old_value})
    if (v.is_obj()) visit(v.obj(), arg);
}

void token_clear(Object* o) {
  auto* t = static_cast<TokenObject*>(o);
  Value vs[3] = {t->ctx, t->var, t->old_value};
  t->ctx = t->var = t->old_value = Value();
  for (Value v : vs) decref(v);
}

Value token_repr(ThreadState* ts, Value self) {
  auto* t = self.as<TokenObject>();
  Ref var(t->var ? repr(ts, t->var) : str_new(ts, "None"));
  if (!var) return Value();
  return str_new(ts, strf("<Token%s var=%s at %p>", t->used ? " used" : "", str_view(var.get()).data(),
                          static_cast<void*>(t)));
}

Value token_get_var(ThreadState* ts, Value self) {
  Value v = self.as<TokenObject>()->var;
  return v ? newref(v) : Value::none();
}

Value token_get_old_value(ThreadState* ts, Value self) {
  Value v = self.as<TokenObject>()->old_value;
  if (v) return newref(v);
  ContextVarsState* st = state(ts);
  return st ? newref(st->missing) : Value();
}

const MethodDef token_methods[] = {
    {"__class_getitem__", class_getitem, kMethClass},
    {nullptr, nullptr},
};

const GetSetDef token_getsets[] = {
    {"var", token_get_var},
    {"old_value", token_get_old_value},
    {nullptr, nullptr},
};

const TypeSpec token_type_spec = {
    .name = "_contextvars.Token",
    .basicsize = sizeof(TokenObject),
    .flags = kTypeHasGC,
    .slots = {
        .dealloc = token_dealloc,
        .traverse = token_traverse,
        .clear = token_clear,
        .repr = token_repr,
        .new_ = token_new,
    },
    .methods = token_methods,
    .getsets = token_getsets,
};

// Token.MISSING: a marker whose repr is <Token.MISSING>.
Value missing_repr(ThreadState* ts, Value) { return str_new(ts, "<Token.MISSING>"); }
void missing_dealloc(Object* o) { free_object(o); }

const TypeSpec missing_type_spec = {
    .name = "_contextvars.Token.MISSING",
    .basicsize = sizeof(MissingObject),
    .flags = 0,
    .slots = {
        .dealloc = missing_dealloc,
        .repr = missing_repr,
    },
};

// ---------------------------------------------------------------- module
Value m_copy_context(ThreadState* ts, Value, const Value*, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "copy_context", kw) || !check_nargs(ts, "copy_context", nargs, 0, 0)) return Value();
  return context_copy_current(ts);
}

const MethodDef module_methods[] = {
    {"copy_context", m_copy_context},
    {nullptr, nullptr},
};

bool contextvars_init(ThreadState* ts, ModuleObject* m) {
  auto* st = new ContextVarsState();
  m->state = st;
  st->context_type = type_from_spec(ts, &context_type_spec, nullptr);
  st->var_type = type_from_spec(ts, &var_type_spec, nullptr);
  st->token_type = type_from_spec(ts, &token_type_spec, nullptr);
  st->missing_type = type_from_spec(ts, &missing_type_spec, nullptr);
  if (!st->context_type || !st->var_type || !st->token_type || !st->missing_type) return false;
  Object* missing = alloc_object(ts, st->missing_type);
  if (!missing) return false;
  st->missing = Value::from_obj(missing);
  if (!dict_set_str(ts, st->token_type->dict, "MISSING", st->missing)) return false;
  type_modified(ts, st->token_type, intern(ts, "MISSING"));
  return module_add(ts, m, "Context", Value::from_obj(st->context_type)) &&
         module_add(ts, m, "ContextVar", Value::from_obj(st->var_type)) &&
         module_add(ts, m, "Token", Value::from_obj(st->token_type));
}

}  // namespace

Value context_copy_current(ThreadState* ts) {
  ContextVarsState* st = state(ts);
  if (!st) return Value();
  ContextObject* cur = current(ts, st);
  if (!cur) return Value();
  DictObject* d = ctx_vars(ts, ts->context);
  if (!d) return Value();
  ContextObject* c = ctx_alloc(ts, st->context_type, d);
  return c ? Value::from_obj(c) : Value();
}

Value context_run(ThreadState* ts, Value ctx, Value callable, const Value* args, size_t nargs, TupleObject* kwnames) {
  ContextVarsState* st = state(ts);
  if (!st) return Value();
  if (!ctx.is_obj() || ctx.obj()->type != st->context_type)
    return raisef(ts, Exc::TypeError, "an instance of Context was expected, got '%s'", type_name(ts, ctx));
  return ctx_run(ts, ctx.as<ContextObject>(), callable, args, nargs, kwnames);
}

const ModuleDef contextvars_module_def = {
    .name = "_contextvars",
    .doc = "Context Variables",
    .methods = module_methods,
    .init = contextvars_init,
};

}  // namespace minipy
