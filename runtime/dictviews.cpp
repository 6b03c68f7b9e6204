// runtime/dictviews.cpp — dict_keys / dict_values / dict_items views (len,
// iteration, membership, set operations and comparisons on keys and items
// views, isdisjoint, reversed) and the six dict iterator types, with CPython's
// "dictionary changed size during iteration" checks.
// Must not: reach into the dict's index table (dict.cpp owns it); entries are
// read in order only.
#include <string>

#include "runtime/containers_impl.h"

namespace minipy {

namespace {

struct DictViewObject : Object {
  Value dict;  // the dict (owned)
};

struct DictIterObject : Object {
  DictObject* dict;  // owned; null once exhausted
  int64_t used;      // dict size when iteration started (-1 after an error)
  int64_t pos;
  int64_t len;       // items left
  Value result;      // cached 2-tuple reused by the items iterator when unshared
};

enum class IterKind { Keys, Values, Items };

IterKind kind_of(ThreadState* ts, TypeObject* t) {
  BuiltinTypes& b = ts->interp->types;
  if (t == b.dict_valueiter || t == b.dict_revvalueiter || t == b.dict_values) return IterKind::Values;
  if (t == b.dict_itemiter || t == b.dict_revitemiter || t == b.dict_items) return IterKind::Items;
  return IterKind::Keys;
}

inline DictObject* view_dict(Value v) { return v.as<DictViewObject>()->dict.as<DictObject>(); }

}  // namespace

Value dict_view_new(ThreadState* ts, Value dict, TypeObject* type) {
  Object* o = alloc_object(ts, type);
  if (!o) return Value();
  static_cast<DictViewObject*>(o)->dict = newref(dict);
  return Value::from_obj(o);
}

Value dict_iter_new(ThreadState* ts, DictObject* d, TypeObject* type, bool reverse) {
  Object* o = alloc_object(ts, type);
  if (!o) return Value();
  auto* it = static_cast<DictIterObject*>(o);
  incref(d);
  it->dict = d;
  it->used = d->used;
  it->len = d->used;
  it->pos = reverse ? d->nentries - 1 : 0;
  if (kind_of(ts, type) == IterKind::Items) {
    TupleObject* t = tuple_new(ts, 2);
    if (!t) { decref(o); return Value(); }
    t->items[0] = Value::none();
    t->items[1] = Value::none();
    it->result = Value::from_obj(t);
  }
  return Value::from_obj(o);
}

namespace {

// ---------------------------------------------------------------- iterators
Value make_item(ThreadState* ts, DictIterObject* it, Value k, Value v) {
  Value r = it->result;
  if (r && r.obj()->refcnt == 1) {
    auto* t = r.as<TupleObject>();
    Value ok = t->items[0], ov = t->items[1];
    t->items[0] = newref(k);
    t->items[1] = newref(v);
    t->hash = -1;
    decref(ok);
    decref(ov);
    return newref(r);
  }
  return tuple_pack(ts, {k, v});
}

Value exhaust(DictIterObject* it) {
  DictObject* d = it->dict;
  it->dict = nullptr;
  if (d) decref(d);
  return Value();
}

Value dictiter_next(ThreadState* ts, Value self) {
  auto* it = self.as<DictIterObject>();
  DictObject* d = it->dict;
  if (!d) return Value();
  if (it->used != d->used) {
    it->used = -1;
    return raise(ts, Exc::RuntimeError, "dictionary changed size during iteration");
  }
  int64_t i = it->pos, n = d->nentries;
  while (i < n && !d->entries[i].key) i++;
  if (i >= n) return exhaust(it);
  if (it->len == 0) {
    raise(ts, Exc::RuntimeError, "dictionary keys changed during iteration");
    return exhaust(it);
  }
  it->pos = i + 1;
  it->len--;
  DictEntry& e = d->entries[i];
  switch (kind_of(ts, self.obj()->type)) {
    case IterKind::Keys: return newref(e.key);
    case IterKind::Values: return newref(e.value);
    case IterKind::Items: return make_item(ts, it, e.key, e.value);
  }
  return Value();
}

// Specialised forward iterators (no kind dispatch) for the hot for-loops.
Value dictkeyiter_next(ThreadState* ts, Value self) {
  auto* it = self.as<DictIterObject>();
  DictObject* d = it->dict;
  if (d && it->used == d->used && it->len > 0) {
    int64_t i = it->pos, n = d->nentries;
    while (i < n && !d->entries[i].key) i++;
    if (i < n) {
      it->pos = i + 1;
      it->len--;
      return newref(d->entries[i].key);
    }
  }
  return dictiter_next(ts, self);
}

Value dictreviter_next(ThreadState* ts, Value self) {
  auto* it = self.as<DictIterObject>();
  DictObject* d = it->dict;
  if (!d) return Value();
  if (it->used != d->used) {
    it->used = -1;
    return raise(ts, Exc::RuntimeError, "dictionary changed size during iteration");
  }
  int64_t i = it->pos;
  if (i >= d->nentries) i = d->nentries - 1;
  if (i < 0) return exhaust(it);
  while (!d->entries[i].key) {
    i--;
    if (i < 0) return exhaust(it);
  }
  it->pos = i - 1;
  it->len--;
  DictEntry& e = d->entries[i];
  switch (kind_of(ts, self.obj()->type)) {
    case IterKind::Keys: return newref(e.key);
    case IterKind::Values: return newref(e.value);
    case IterKind::Items: return make_item(ts, it, e.key, e.value);
  }
  return Value();
}

Value iter_self(ThreadState* ts, Value self) { return newref(self); }

void dictiter_dealloc(Object* o) {
  auto* it = static_cast<DictIterObject*>(o);
  if (it->dict) decref(it->dict);
  decref(it->result);
  free_object(o);
}
void dictiter_traverse(Object* o, VisitFn visit, void* arg) {
  auto* it = static_cast<DictIterObject*>(o);
  if (it->dict) visit(it->dict, arg);
  if (it->result.is_obj()) visit(it->result.obj(), arg);
}
void dictiter_clear(Object* o) {
  auto* it = static_cast<DictIterObject*>(o);
  DictObject* d = it->dict;
  it->dict = nullptr;
  if (d) decref(d);
  Value r = it->result;
  it->result = Value();
  decref(r);
}

Value dictiter_length_hint(ThreadState* ts, Value self, const Value*, size_t, TupleObject*) {
  auto* it = self.as<DictIterObject>();
  if (it->dict && it->used == it->dict->used) return hint_value(it->len);
  return Value::small_int(0);
}

const MethodDef dictiter_methods[] = {
    {"__length_hint__", dictiter_length_hint},
    {nullptr, nullptr},
};

// ---------------------------------------------------------------- views
void view_dealloc(Object* o) {
  decref(static_cast<DictViewObject*>(o)->dict);
  free_object(o);
}
void view_traverse(Object* o, VisitFn visit, void* arg) {
  Value d = static_cast<DictViewObject*>(o)->dict;
  if (d.is_obj()) visit(d.obj(), arg);
}
void view_clear(Object* o) {
  auto* v = static_cast<DictViewObject*>(o);
  Value d = v->dict;
  v->dict = Value::none();
  decref(d);
}

bool view_len(ThreadState* ts, Value self, int64_t* out) {
  *out = view_dict(self)->used;
  return true;
}

TypeObject* iter_type_for(ThreadState* ts, Value view, bool reverse) {
  BuiltinTypes& b = ts->interp->types;
  switch (kind_of(ts, view.obj()->type)) {
    case IterKind::Keys: return reverse ? b.dict_revkeyiter : b.dict_keyiter;
    case IterKind::Values: return reverse ? b.dict_revvalueiter : b.dict_valueiter;
    case IterKind::Items: return reverse ? b.dict_revitemiter : b.dict_itemiter;
  }
  return nullptr;
}

Value view_iter(ThreadState* ts, Value self) {
  return dict_iter_new(ts, view_dict(self), iter_type_for(ts, self, false), false);
}

Value view_reversed(ThreadState* ts, Value self, const Value*, size_t nargs, TupleObject*) {
  if (!check_nargs(ts, "__reversed__", nargs, 0, 0)) return Value();
  return dict_iter_new(ts, view_dict(self), iter_type_for(ts, self, true), true);
}

int keys_contains(ThreadState* ts, Value self, Value key) {
  Value v = dict_get(ts, view_dict(self), key);
  if (v) return 1;
  return err_occurred(ts) ? -1 : 0;
}

int items_contains(ThreadState* ts, Value self, Value obj) {
  if (!is_tuple(ts, obj) || tuple_size(obj) != 2) return 0;
  Value found = dict_get(ts, view_dict(self), tuple_item(obj, 0));
  if (!found) return err_occurred(ts) ? -1 : 0;
  Ref f = Ref::borrow(found);
  return eq_fast(ts, f.get(), tuple_item(obj, 1));
}

bool is_setlike_view(ThreadState* ts, Value v) {
  if (!v.is_obj()) return false;
  TypeObject* t = v.obj()->type;
  return is_subtype(t, ts->interp->types.dict_keys) || is_subtype(t, ts->interp->types.dict_items);
}

Value view_repr(ThreadState* ts, Value self) {
  const char* tname = type_name(ts, self);
  int rc = repr_enter(ts, self.obj());
  if (rc != 0) return rc > 0 ? str_new(ts, std::string(tname) + "(...)") : Value();
  Value result;
  Ref seq(sequence_to_list(ts, self));
  if (seq) {
    Ref r(repr(ts, seq.get()));
    if (r) result = str_new(ts, std::string(tname) + "(" + std::string(str_view(r.get())) + ")");
  }
  repr_leave(ts, self.obj());
  return result;
}

// Every element of `a` is in `b`: 1/0/-1.
int all_contained_in(ThreadState* ts, Value a, Value b) {
  Ref it(get_iter(ts, a));
  if (!it) return -1;
  for (;;) {
    Ref x(iter_next(ts, it.get()));
    if (!x) return err_occurred(ts) ? -1 : 1;
    int c = contains(ts, b, x.get());
    if (c <= 0) return c;
  }
}

Value view_richcompare(ThreadState* ts, Value self, Value other, CmpOp op) {
  if (!is_setlike_view(ts, self)) return Value::not_implemented();
  if (!is_set_or_frozenset(ts, other) && !is_setlike_view(ts, other)) return Value::not_implemented();
  int64_t ls, lo;
  if (!length(ts, self, &ls) || !length(ts, other, &lo)) return Value();
  int ok = 0;
  switch (op) {
    case CmpOp::Eq:
    case CmpOp::Ne:
      if (ls == lo) ok = all_contained_in(ts, self, other);
      if (op == CmpOp::Ne && ok >= 0) ok = !ok;
      break;
    case CmpOp::Lt: if (ls < lo) ok = all_contained_in(ts, self, other); break;
    case CmpOp::Le: if (ls <= lo) ok = all_contained_in(ts, self, other); break;
    case CmpOp::Gt: if (ls > lo) ok = all_contained_in(ts, other, self); break;
    case CmpOp::Ge: if (ls >= lo) ok = all_contained_in(ts, other, self); break;
  }
  if (ok < 0) return Value();
  return Value::boolean(ok);
}

// set(view), using the dict itself for keys views of exact dicts (like CPython).
SetObject* view_to_set(ThreadState* ts, Value v) {
  if (v.is_obj() && is_subtype(v.obj()->type, ts->interp->types.dict_keys)) {
    Value d = v.as<DictViewObject>()->dict;
    if (d.obj()->type == ts->interp->types.dict) return set_new(ts, d);
  }
  return set_new(ts, v);
}

Value view_sub(ThreadState* ts, Value a, Value b) {
  SetObject* r = view_to_set(ts, a);
  if (!r) return Value();
  Ref res(Value::from_obj(r));
  Ref t(call_method1(ts, res.get(), "difference_update", b));
  if (!t) return Value();
  return res.release();
}

Value view_or(ThreadState* ts, Value a, Value b) {
  SetObject* r = view_to_set(ts, a);
  if (!r) return Value();
  Ref res(Value::from_obj(r));
  Ref t(call_method1(ts, res.get(), "update", b));
  if (!t) return Value();
  return res.release();
}

Value view_xor(ThreadState* ts, Value a, Value b) {
  SetObject* r = view_to_set(ts, a);
  if (!r) return Value();
  Ref res(Value::from_obj(r));
  Ref t(call_method1(ts, res.get(), "symmetric_difference_update", b));
  if (!t) return Value();
  return res.release();
}

Value view_and(ThreadState* ts, Value self, Value other) {
  if (!is_setlike_view(ts, self)) std::swap(self, other);
  int64_t ls = view_dict(self)->used;
  if (other.is_obj() && other.obj()->type == ts->interp->types.set) {
    int64_t lo = other.as<SetObject>()->used;
    if (ls <= lo) return call_method1(ts, other, "intersection", self);
  }
  if (is_setlike_view(ts, other) && view_dict(other)->used > ls) std::swap(self, other);
  bool keys = is_subtype(self.obj()->type, ts->interp->types.dict_keys);
  SetObject* r = set_new(ts);
  if (!r) return Value();
  Ref res(Value::from_obj(r));
  Ref it(get_iter(ts, other));
  if (!it) return Value();
  for (;;) {
    Ref x(iter_next(ts, it.get()));
    if (!x) {
      if (err_occurred(ts)) return Value();
      break;
    }
    int c = keys ? keys_contains(ts, self, x.get()) : items_contains(ts, self, x.get());
    if (c < 0) return Value();
    if (c && !set_add(ts, r, x.get())) return Value();
  }
  return res.release();
}

Value view_isdisjoint(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "isdisjoint", kw) || !check_nargs(ts, "isdisjoint", nargs, 1, 1)) return Value();
  Value other = args[0];
  if (self == other) return Value::boolean(view_dict(self)->used == 0);
  if (is_set_or_frozenset(ts, other) || is_setlike_view(ts, other)) {
    int64_t lo;
    if (!length(ts, other, &lo)) return Value();
    if (lo > view_dict(self)->used) std::swap(self, other);
  }
  Ref it(get_iter(ts, other));
  if (!it) return Value();
  for (;;) {
    Ref x(iter_next(ts, it.get()));
    if (!x) return err_occurred(ts) ? Value() : Value::True();
    int c = contains(ts, self, x.get());
    if (c < 0) return Value();
    if (c) return Value::False();
  }
}

Value view_mapping(ThreadState* ts, Value self) {
  // CPython returns a read-only mappingproxy; the dict itself is the closest we have.
  return newref(self.as<DictViewObject>()->dict);
}

const MethodDef setview_methods[] = {
    {"isdisjoint", view_isdisjoint},
    {"__reversed__", view_reversed},
    {nullptr, nullptr},
};
const MethodDef values_methods[] = {
    {"__reversed__", view_reversed},
    {nullptr, nullptr},
};
const GetSetDef view_getsets[] = {
    {"mapping", view_mapping},
    {nullptr, nullptr},
};

}  // namespace

#define MINIPY_DICT_VIEW_SLOTS                                             \
  .dealloc = view_dealloc, .traverse = view_traverse, .clear = view_clear, \
  .repr = view_repr

const TypeSpec dict_keys_type_spec = {
    .name = "dict_keys",
    .basicsize = sizeof(DictViewObject),
    .flags = kTypeHasGC,
    .slots = {
        MINIPY_DICT_VIEW_SLOTS,
        .richcompare = view_richcompare,
        .iter = view_iter,
        .sub = view_sub,
        .and_ = view_and,
        .or_ = view_or,
        .xor_ = view_xor,
        .len = view_len,
        .contains = keys_contains,
    },
    .methods = setview_methods,
    .getsets = view_getsets,
};

const TypeSpec dict_values_type_spec = {
    .name = "dict_values",
    .basicsize = sizeof(DictViewObject),
    .flags = kTypeHasGC,
    .slots = {
        MINIPY_DICT_VIEW_SLOTS,
        .iter = view_iter,
        .len = view_len,
    },
    .methods = values_methods,
    .getsets = view_getsets,
};

const TypeSpec dict_items_type_spec = {
    .name = "dict_items",
    .basicsize = sizeof(DictViewObject),
    .flags = kTypeHasGC,
    .slots = {
        MINIPY_DICT_VIEW_SLOTS,
        .richcompare = view_richcompare,
        .iter = view_iter,
        .sub = view_sub,
        .and_ = view_and,
        .or_ = view_or,
        .xor_ = view_xor,
        .len = view_len,
        .contains = items_contains,
    },
    .methods = setview_methods,
    .getsets = view_getsets,
};

#undef MINIPY_DICT_VIEW_SLOTS

#define MINIPY_DICT_ITER_SPEC(cname, pyname, nextfn)                                           \
  const TypeSpec cname = {                                                                     \
      .name = pyname,                                                                          \
      .basicsize = sizeof(DictIterObject),                                                     \
      .flags = kTypeHasGC,                                                                     \
      .slots = {.dealloc = dictiter_dealloc, .traverse = dictiter_traverse,                    \
                .clear = dictiter_clear, .iter = iter_self, .iternext = nextfn},                \
      .methods = dictiter_methods,                                                             \
  };
MINIPY_DICT_ITER_SPEC(dict_keyiter_type_spec, "dict_keyiterator", dictkeyiter_next)
MINIPY_DICT_ITER_SPEC(dict_valueiter_type_spec, "dict_valueiterator", dictiter_next)
MINIPY_DICT_ITER_SPEC(dict_itemiter_type_spec, "dict_itemiterator", dictiter_next)
MINIPY_DICT_ITER_SPEC(dict_revkeyiter_type_spec, "dict_reversekeyiterator", dictreviter_next)
MINIPY_DICT_ITER_SPEC(dict_revvalueiter_type_spec, "dict_reversevalueiterator", dictreviter_next)
MINIPY_DICT_ITER_SPEC(dict_revitemiter_type_spec, "dict_reverseitemiterator", dictreviter_next)
#undef MINIPY_DICT_ITER_SPEC

}  // namespace minipy
