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

static bool contains_identity(Value tuple, Value v) {
  for (int64_t i = 0; i < tuple_size(tuple); i++)
    if (tuple_item(tuple, i) == v) return true;
  return false;
}

static Value union_richcompare(ThreadState* ts, Value a, Value b, CmpOp op) {
  if ((op != CmpOp::Eq && op != CmpOp::Ne) || type_of(ts, a) != type_of(ts, b)) return Value::not_implemented();
  Value x = a.as<UnionObject>()->args, y = b.as<UnionObject>()->args;
  bool eq = true;
  for (int64_t i = 0; i < tuple_size(x) && eq; i++) eq = contains_identity(y, tuple_item(x, i));
  for (int64_t i = 0; i < tuple_size(y) && eq; i++) eq = contains_identity(x, tuple_item(y, i));
  return Value::boolean(op == CmpOp::Eq ? eq : !eq);
}

static bool union_hash(ThreadState* ts, Value self, int64_t* out) {
  Value args = self.as<UnionObject>()->args;
  uint64_t h = 0x345678;
  for (int64_t i = 0; i < tuple_size(args); i++) h ^= uint64_t(tuple_item(args, i).bits()) * 0x9E3779B97F4A7C15ull;
  *out = int64_t(h >> 1);
  return true;
}

static Value union_instancecheck(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!check_nargs(ts, "__instancecheck__", nargs, 1, 1)) return Value();
  Value t = self.as<UnionObject>()->args;
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
  if (type_has(type_of(ts, v), kTypeTypeSubclass)) {
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
  std::vector<Value> uniq;
  for (Value m : members) {
    bool dup = false;
    for (Value u : uniq) dup = dup || u == m;
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
