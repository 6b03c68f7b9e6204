// runtime/unionobject.cpp — `X | Y` on types (types.UnionType, PEP 604):
// the union object with isinstance/issubclass support, repr "int | None",
// order-insensitive equality, and type's __or__/__ror__ slot.
// The UnionType object is created lazily per interpreter and kept in the
// `metadata` field of the interpreter's `type` type object.
#include <vector>

#include "runtime/typeobject_internal.h"

namespace minipy {

struct UnionObject : Object {
  Value args;  // tuple of types (None stored as NoneType)
};

static void union_dealloc(Object* o) {
  decref(static_cast<UnionObject*>(o)->args);
  free_object(o);
}
static void union_traverse(Object* o, VisitFn visit, void* arg) {
  Value a = static_cast<UnionObject*>(o)->args;
  if (a.is_obj()) visit(a.obj(), arg);
}

static bool is_generic_alias(ThreadState* ts, Value v) {
  Value ga = ts->interp->generic_alias_type;
  return ga && Value::from_obj(type_of(ts, v)) == ga;
}

// isinstance() rejects a union holding list[int] & co. up front (issubclass()
// only when it reaches that member, as in CPython).
static bool reject_generic_members(ThreadState* ts, Value args, const char* fn) {
  for (int64_t i = 0; i < tuple_size(args); i++)
    if (is_generic_alias(ts, tuple_item(args, i))) {
      raisef(ts, Exc::TypeError, "%s() argument 2 cannot be a parameterized generic", fn);
      return true;
    }
  return false;
}

static Value union_repr(ThreadState* ts, Value self) {
  Value args = self.as<UnionObject>()->args;
  std::string out;
  for (int64_t i = 0; i < tuple_size(args); i++) {
    if (i) out += " | ";
    Value a = tuple_item(args, i);
    if (a.obj() == ts->interp->types.none) {
      out += "None";
    } else if (type_has(type_of(ts, a), kTypeTypeSubclass)) {
      out += type_qualified_name(ts, a.as<TypeObject>());
    } else {
      Ref r(repr(ts, a));
      if (!r) return Value();
      out += str_view(r.get());
    }
  }
  return str_new(ts, out);
}

// Is `v` among `members`, by identity or (for list[int] & co.) equality? -1 on error.
static int union_has(ThreadState* ts, Value members, Value v) {
  for (int64_t i = 0; i < tuple_size(members); i++) {
    Value m = tuple_item(members, i);
    if (m == v) return 1;
    if (is_generic_alias(ts, m) && is_generic_alias(ts, v)) {
      int r = richcompare_bool(ts, m, v, CmpOp::Eq);
      if (r) return r;
    }
  }
  return 0;
}

// Unions compare and hash like the frozensets of their members.
static Value union_richcompare(ThreadState* ts, Value a, Value b, CmpOp op) {
  if ((op != CmpOp::Eq && op != CmpOp::Ne) || type_of(ts, a) != type_of(ts, b)) return Value::not_implemented();
  Value x = a.as<UnionObject>()->args, y = b.as<UnionObject>()->args;
  bool eq = true;
  for (int pass = 0; pass < 2 && eq; pass++) {
    Value from = pass ? y : x, in = pass ? x : y;
    for (int64_t i = 0; i < tuple_size(from) && eq; i++) {
      int r = union_has(ts, in, tuple_item(from, i));
      if (r < 0) return Value();
      eq = r > 0;
    }
  }
  return Value::boolean(op == CmpOp::Eq ? eq : !eq);
}

static bool union_hash(ThreadState* ts, Value self, int64_t* out) {
  Value args = self.as<UnionObject>()->args;
  uint64_t h = 0x345678;
  for (int64_t i = 0; i < tuple_size(args); i++) {
    int64_t mh = 0;
    if (!hash(ts, tuple_item(args, i), &mh)) return false;
    h ^= (uint64_t(mh) ^ (uint64_t(mh) << 16) ^ 89869747ull) * 3644798167ull;
  }
  *out = int64_t(h >> 1) == -1 ? -2 : int64_t(h >> 1);
  return true;
}

static Value union_instancecheck(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!check_nargs(ts, "__instancecheck__", nargs, 1, 1)) return Value();
  Value t = self.as<UnionObject>()->args;
  if (reject_generic_members(ts, t, "isinstance")) return Value();
  for (int64_t i = 0; i < tuple_size(t); i++) {
    int r = isinstance(ts, args[0], tuple_item(t, i));
    if (r < 0) return Value();
    if (r) return Value::True();
  }
  return Value::False();
}
static Value union_subclasscheck(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!check_nargs(ts, "__subclasscheck__", nargs, 1, 1)) return Value();
  Value t = self.as<UnionObject>()->args;
  for (int64_t i = 0; i < tuple_size(t); i++) {
    int r = issubclass(ts, args[0], tuple_item(t, i));
    if (r < 0) return Value();
    if (r) return Value::True();
  }
  return Value::False();
}
static Value union_get_args(ThreadState* ts, Value self) { return newref(self.as<UnionObject>()->args); }

Value type_or(ThreadState* ts, Value a, Value b);

static const MethodDef kUnionMethods[] = {
    {"__instancecheck__", union_instancecheck},
    {"__subclasscheck__", union_subclasscheck},
    {nullptr, nullptr},
};
static const GetSetDef kUnionGetSets[] = {
    {"__args__", union_get_args},
    {nullptr, nullptr},
};
const TypeSpec union_type_spec = {
    .name = "types.UnionType",
    .basicsize = sizeof(UnionObject),
    .flags = kTypeHasGC,
    .slots = {.dealloc = union_dealloc, .traverse = union_traverse, .repr = union_repr, .hash = union_hash,
              .richcompare = union_richcompare, .or_ = type_or},
    .methods = kUnionMethods,
    .getsets = kUnionGetSets,
    .doc = "Represent a PEP 604 union type\n\nE.g. for int | str",
};

static TypeObject* union_type(ThreadState* ts) {
  TypeObject* tt = ts->interp->types.type;
  if (tt->metadata) return tt->metadata.as<TypeObject>();
  TypeObject* u = type_from_spec(ts, &union_type_spec, nullptr);
  if (!u) return nullptr;
  tt->metadata = Value::from_obj(u);  // owns the reference
  return u;
}

// Members a union operand contributes, or false if it cannot be part of a union.
static bool union_members(ThreadState* ts, Value v, TypeObject* ut, std::vector<Value>* out) {
  if (v.is_none()) {
    out->push_back(Value::from_obj(ts->interp->types.none));
    return true;
  }
  if (type_of(ts, v) == ut) {
    Value args = v.as<UnionObject>()->args;
    for (int64_t i = 0; i < tuple_size(args); i++) out->push_back(tuple_item(args, i));
    return true;
  }
  if (type_has(type_of(ts, v), kTypeTypeSubclass) || is_generic_alias(ts, v)) {
    out->push_back(v);
    return true;
  }
  return false;
}

Value type_or(ThreadState* ts, Value a, Value b) {
  TypeObject* ut = union_type(ts);
  if (!ut) return Value();
  std::vector<Value> members;
  if (!union_members(ts, a, ut, &members) || !union_members(ts, b, ut, &members)) return Value::not_implemented();
  // Duplicates go, the first occurrence stays; list[int] | list[int] is one
  // member (parameterized generics compare by value, types by identity).
  std::vector<Value> uniq;
  for (Value m : members) {
    bool dup = false;
    for (Value u : uniq) {
      if (u == m) dup = true;
      else if (is_generic_alias(ts, u) && is_generic_alias(ts, m)) {
        int r = richcompare_bool(ts, u, m, CmpOp::Eq);
        if (r < 0) return Value();
        dup = r > 0;
      }
      if (dup) break;
    }
    if (!dup) uniq.push_back(m);
  }
  if (uniq.size() == 1) return newref(uniq[0]);
  Value t = tuple_from(ts, uniq.data(), int64_t(uniq.size()));
  if (!t) return Value();
  auto* u = static_cast<UnionObject*>(alloc_object(ts, ut));
  if (!u) {
    decref(t);
    return Value();
  }
  u->args = t;
  return Value::from_obj(u);
}

}  // namespace minipy
