// runtime/genericalias.cpp — types.GenericAlias: the object `list[int]`
// evaluates to. Holds __origin__ and __args__, prints like CPython
// ("list[int]", "dict[str, list[int]]"), compares and hashes by both, calls
// its origin, and forwards other attribute lookups to the origin.
// Must not: implement TypeVar substitution (__parameters__ is always ()).
#include <string>

#include "runtime/runtime.h"

namespace minipy {

namespace {

struct GenericAliasObject : Object {
  Value origin;
  Value args;   // tuple
};

void ga_dealloc(Object* o) {
  auto* g = static_cast<GenericAliasObject*>(o);
  decref(g->origin);
  decref(g->args);
  free_object(o);
}
void ga_traverse(Object* o, VisitFn visit, void* arg) {
  auto* g = static_cast<GenericAliasObject*>(o);
  if (g->origin.is_obj()) visit(g->origin.obj(), arg);
  if (g->args.is_obj()) visit(g->args.obj(), arg);
}
void ga_clear(Object* o) {
  auto* g = static_cast<GenericAliasObject*>(o);
  Value a = g->origin, b = g->args;
  g->origin = Value();
  g->args = Value();
  decref(a);
  decref(b);
}

bool repr_item(ThreadState* ts, Value v, std::string* out) {
  if (v.is_ellipsis()) {
    *out += "...";
    return true;
  }
  Ref origin(getattr_opt(ts, v, intern(ts, "__origin__")));
  if (err_occurred(ts)) return false;
  if (origin) {
    Ref args(getattr_opt(ts, v, intern(ts, "__args__")));
    if (err_occurred(ts)) return false;
    if (args) {
      Ref r(repr(ts, v));
      if (!r) return false;
      *out += str_view(r.get());
      return true;
    }
  }
  Ref qual(getattr_opt(ts, v, ts->interp->names.__qualname__));
  if (err_occurred(ts)) return false;
  if (qual) {
    Ref mod(getattr_opt(ts, v, ts->interp->names.__module__));
    if (err_occurred(ts)) return false;
    if (mod && is_str(ts, mod.get()) && is_str(ts, qual.get())) {
      if (str_view(mod.get()) != "builtins") {
        *out += str_view(mod.get());
        *out += ".";
      }
      *out += str_view(qual.get());
      return true;
    }
  }
  Ref r(repr(ts, v));
  if (!r) return false;
  *out += str_view(r.get());
  return true;
}

Value ga_repr(ThreadState* ts, Value self) {
  auto* g = self.as<GenericAliasObject>();
  std::string out;
  RecursionGuard guard(ts, " while getting the repr of an object");
  if (!guard.ok()) return Value();
  if (!repr_item(ts, g->origin, &out)) return Value();
  out += "[";
  int64_t n = tuple_size(g->args);
  if (n == 0) out += "()";
  for (int64_t i = 0; i < n; i++) {
    if (i) out += ", ";
    Value item = tuple_item(g->args, i);
    if (is_list(ts, item)) {  // Callable[[int, str], int]
      out += "[";
      ListObject* l = item.as<ListObject>();
      for (int64_t j = 0; j < l->size; j++) {
        if (j) out += ", ";
        if (!repr_item(ts, l->items[j], &out)) return Value();
      }
      out += "]";
    } else if (!repr_item(ts, item, &out)) {
      return Value();
    }
  }
  out += "]";
  return str_new(ts, out);
}

bool is_ga(ThreadState* ts, Value v) {
  return v.is_obj() && ts->interp->generic_alias_type && v.obj()->type == ts->interp->generic_alias_type.as<TypeObject>();
}

Value ga_richcompare(ThreadState* ts, Value a, Value b, CmpOp op) {
  if ((op != CmpOp::Eq && op != CmpOp::Ne) || !is_ga(ts, a) || !is_ga(ts, b)) return Value::not_implemented();
  auto* x = a.as<GenericAliasObject>();
  auto* y = b.as<GenericAliasObject>();
  int r = equal(ts, x->origin, y->origin);
  if (r < 0) return Value();
  if (r) {
    r = equal(ts, x->args, y->args);
    if (r < 0) return Value();
  }
  return Value::boolean(op == CmpOp::Eq ? r : !r);
}

bool ga_hash(ThreadState* ts, Value self, int64_t* out) {
  auto* g = self.as<GenericAliasObject>();
  int64_t h1, h2;
  if (!hash(ts, g->origin, &h1) || !hash(ts, g->args, &h2)) return false;
  int64_t h = h1 ^ h2;
  *out = h == -1 ? -2 : h;
  return true;
}

Value ga_call(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  auto* g = self.as<GenericAliasObject>();
  Ref r(call(ts, g->origin, args, nargs, kwnames));
  if (!r) return Value();
  if (!setattr(ts, r.get(), intern(ts, "__orig_class__"), self)) {
    if (!err_matches(ts, Exc::AttributeError) && !err_matches(ts, Exc::TypeError)) return Value();
    err_clear(ts);
  }
  return r.release();
}

constexpr const char* kOwnAttrs[] = {
    "__class__", "__origin__", "__args__", "__unpacked__", "__parameters__", "__typing_unpacked_tuple_args__",
    "__mro_entries__", "__reduce_ex__", "__reduce__", "__copy__", "__deepcopy__", "__instancecheck__",
    "__subclasscheck__", "__eq__", "__ne__", "__hash__", "__repr__", "__call__", "__getattribute__",
    "__or__", "__ror__", "__getitem__", "__dir__",
};

Value ga_getattr(ThreadState* ts, Value self, StrObject* name) {
  std::string_view n = name->view();
  bool own = false;
  for (const char* a : kOwnAttrs)
    if (n == a) own = true;
  if (!own) return getattr(ts, self.as<GenericAliasObject>()->origin, name);
  return generic_getattr(ts, self, name);
}

Value ga_origin(ThreadState*, Value self) { return newref(self.as<GenericAliasObject>()->origin); }
Value ga_args(ThreadState*, Value self) { return newref(self.as<GenericAliasObject>()->args); }
Value ga_parameters(ThreadState* ts, Value) { return empty_tuple(ts); }

Value ga_mro_entries(ThreadState* ts, Value self, const Value*, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "__mro_entries__", kw) || !check_nargs(ts, "__mro_entries__", nargs, 1, 1)) return Value();
  return tuple_pack(ts, {self.as<GenericAliasObject>()->origin});
}
Value ga_instancecheck(ThreadState* ts, Value, const Value*, size_t, TupleObject*) {
  return raise(ts, Exc::TypeError, "isinstance() argument 2 cannot be a parameterized generic");
}
Value ga_subclasscheck(ThreadState* ts, Value, const Value*, size_t, TupleObject*) {
  return raise(ts, Exc::TypeError, "issubclass() argument 2 cannot be a parameterized generic");
}
Value ga_reduce(ThreadState* ts, Value self, const Value*, size_t, TupleObject*) {
  auto* g = self.as<GenericAliasObject>();
  Ref a(tuple_pack(ts, {g->origin, g->args}));
  if (!a) return Value();
  return tuple_pack(ts, {Value::from_obj(self.obj()->type), a.get()});
}

Value ga_new_slot(ThreadState* ts, TypeObject*, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "GenericAlias", kw) || !check_nargs(ts, "GenericAlias", nargs, 2, 2)) return Value();
  return generic_alias_new(ts, args[0], args[1]);
}

const MethodDef kGaMethods[] = {
    {"__mro_entries__", ga_mro_entries},
    {"__instancecheck__", ga_instancecheck},
    {"__subclasscheck__", ga_subclasscheck},
    {"__reduce__", ga_reduce},
    {nullptr, nullptr},
};
const GetSetDef kGaGetSets[] = {
    {"__origin__", ga_origin},
    {"__args__", ga_args},
    {"__parameters__", ga_parameters},
    {nullptr, nullptr},
};

}  // namespace

Value type_or(ThreadState* ts, Value a, Value b);  // unionobject.cpp

const TypeSpec generic_alias_type_spec = {
    .name = "types.GenericAlias",
    .basicsize = sizeof(GenericAliasObject),
    .flags = kTypeBaseType | kTypeHasGC,
    .slots = {
        .dealloc = ga_dealloc,
        .traverse = ga_traverse,
        .clear = ga_clear,
        .repr = ga_repr,
        .hash = ga_hash,
        .richcompare = ga_richcompare,
        .getattr = ga_getattr,
        .call = ga_call,
        .new_ = ga_new_slot,
        .or_ = type_or,  // list[int] | None (unionobject.cpp)
    },
    .methods = kGaMethods,
    .getsets = kGaGetSets,
    .doc = "Represent a PEP 585 generic type\n\nE.g. for t = list[int], t.__origin__ is list and t.__args__ is (int,).",
};

Value generic_alias_type(ThreadState* ts) {
  Interpreter* in = ts->interp;
  if (!in->generic_alias_type) {
    TypeObject* t = type_from_spec(ts, &generic_alias_type_spec, in->types.object_);
    if (!t) return Value();
    in->generic_alias_type = Value::from_obj(t);  // the creation reference
  }
  return in->generic_alias_type;
}

Value generic_alias_new(ThreadState* ts, Value origin, Value args) {
  Value t = generic_alias_type(ts);
  if (!t) return Value();
  Ref targs(is_tuple(ts, args) ? newref(args) : tuple_pack(ts, {args}));
  if (!targs) return Value();
  Object* o = alloc_object(ts, t.as<TypeObject>());
  if (!o) return Value();
  auto* g = static_cast<GenericAliasObject*>(o);
  g->origin = newref(origin);
  g->args = targs.release();
  return Value::from_obj(o);
}

}  // namespace minipy
