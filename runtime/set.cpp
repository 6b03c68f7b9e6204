// runtime/set.cpp — set and frozenset with CPython's table exactly: 8 slots in
// the object, 9 linear probes then perturbed probing, fill limit 3/5, growth to
// used*4 (used*2 above 50000), dummies for deleted slots, and the same merge /
// intersection / difference strategies, so iteration (print) order matches
// CPython for ints, floats and tuples. Also frozenset's hash and set_iterator.
// Must not: run Python code while an entry is half-written.
#include <cstring>
#include <string>

#include "runtime/containers_impl.h"
#include "runtime/gc.h"

namespace minipy {

namespace {

constexpr int64_t kMinSize = 8;
constexpr int64_t kLinearProbes = 9;
constexpr int kPerturbShift = 5;
// Deleted slots hold this key (never a valid Value: not an object, int or immediate).
const Value kDummy = Value::from_bits(0x3A);

inline SetObject* as_set(Value v) { return v.as<SetObject>(); }
inline bool is_live(Value k) { return k && k != kDummy; }

bool is_anyset_type(ThreadState* ts, TypeObject* t) {
  return t == ts->interp->types.set || t == ts->interp->types.frozenset ||
         is_subtype(t, ts->interp->types.set) || is_subtype(t, ts->interp->types.frozenset);
}
bool anyset(ThreadState* ts, Value v) { return v.is_obj() && is_anyset_type(ts, v.obj()->type); }
bool is_frozen(ThreadState* ts, Value v) { return is_subtype(v.obj()->type, ts->interp->types.frozenset); }

void insert_clean(SetEntry* table, uint64_t mask, Value key, int64_t hash) {
  uint64_t perturb = uint64_t(hash);
  uint64_t i = uint64_t(hash) & mask;
  for (;;) {
    SetEntry* e = &table[i];
    if (!e->key) goto found;
    if (i + kLinearProbes <= mask) {
      for (int j = 0; j < kLinearProbes; j++) {
        e++;
        if (!e->key) goto found;
      }
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
    continue;
  found:
    e->key = key;
    e->hash = hash;
    return;
  }
}

bool table_resize(ThreadState* ts, SetObject* so, int64_t minused) {
  int64_t newsize = kMinSize;
  while (newsize <= minused) newsize <<= 1;
  SetEntry* oldtable = so->table;
  bool old_is_small = oldtable == so->smalltable;
  SetEntry small_copy[kMinSize];
  SetEntry* newtable;
  if (newsize == kMinSize) {
    newtable = so->smalltable;
    if (newtable == oldtable) {
      if (so->fill == so->used) return true;  // nothing to clean
      std::memcpy(static_cast<void*>(small_copy), oldtable, sizeof(small_copy));
      oldtable = small_copy;
    }
  } else {
    newtable = static_cast<SetEntry*>(mem_alloc(size_t(newsize) * sizeof(SetEntry)));
    if (!newtable) { raise_no_memory(ts); return false; }
  }
  std::memset(static_cast<void*>(newtable), 0, size_t(newsize) * sizeof(SetEntry));
  int64_t oldmask = so->mask;
  so->mask = newsize - 1;
  so->table = newtable;
  so->fill = so->used;
  for (int64_t i = 0; i <= oldmask; i++) {
    SetEntry& e = oldtable[i];
    if (is_live(e.key)) insert_clean(newtable, uint64_t(newsize - 1), e.key, e.hash);
  }
  if (!old_is_small && oldtable != small_copy) mem_free(oldtable);
  return true;
}

// Lookup: the entry holding key, or the first empty one (key null); null on error.
SetEntry* lookkey(ThreadState* ts, SetObject* so, Value key, int64_t hash) {
restart:
  uint64_t mask = uint64_t(so->mask);
  uint64_t i = uint64_t(hash) & mask;
  uint64_t perturb = uint64_t(hash);
  for (;;) {
    SetEntry* e = &so->table[i];
    int probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
    do {
      if (e->hash == 0 && !e->key) return e;
      if (e->hash == hash) {
        Value start = e->key;
        if (start == key) return e;
        if (is_exact_str(ts, start) && is_exact_str(ts, key)) {
          if (str_equal(start.as<StrObject>(), key.as<StrObject>())) return e;
        } else if (!(start.is_small_int() && key.is_small_int())) {
          SetEntry* table = so->table;
          incref(start);
          int c = richcompare_bool(ts, start, key, CmpOp::Eq);
          decref(start);
          if (c < 0) return nullptr;
          if (table != so->table || e->key != start) goto restart;
          if (c) return e;
          mask = uint64_t(so->mask);
        }
      }
      e++;
    } while (probes--);
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

bool add_entry(ThreadState* ts, SetObject* so, Value key, int64_t hash) {
  incref(key);  // held across __eq__ calls
restart:
  uint64_t mask = uint64_t(so->mask);
  uint64_t i = uint64_t(hash) & mask;
  uint64_t perturb = uint64_t(hash);
  SetEntry* freeslot = nullptr;
  SetEntry* e;
  for (;;) {
    e = &so->table[i];
    int probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
    do {
      if (e->hash == 0 && !e->key) goto found_unused_or_dummy;
      if (e->hash == hash) {
        Value start = e->key;
        if (start == key) goto found_active;
        if (is_exact_str(ts, start) && is_exact_str(ts, key)) {
          if (str_equal(start.as<StrObject>(), key.as<StrObject>())) goto found_active;
        } else if (!(start.is_small_int() && key.is_small_int())) {
          SetEntry* table = so->table;
          incref(start);
          int c = richcompare_bool(ts, start, key, CmpOp::Eq);
          decref(start);
          if (c > 0) goto found_active;
          if (c < 0) { decref(key); return false; }
          if (table != so->table || e->key != start) goto restart;
          mask = uint64_t(so->mask);
        }
      } else if (e->hash == -1) {
        freeslot = e;  // CPython 3.11 keeps the last dummy seen before an empty slot
      }
      e++;
    } while (probes--);
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
found_unused_or_dummy:
  if (freeslot) {
    so->used++;
    freeslot->key = key;
    freeslot->hash = hash;
    return true;
  }
  so->fill++;
  so->used++;
  e->key = key;
  e->hash = hash;
  if (so->fill * 5 < int64_t(mask) * 3) return true;
  return table_resize(ts, so, so->used > 50000 ? so->used * 2 : so->used * 4);
found_active:
  decref(key);
  return true;
}

inline bool set_hash(ThreadState* ts, Value key, int64_t* h) { return hash_fast(ts, key, h); }

// 1 found, 0 missing, -1 error.
int contains_entry(ThreadState* ts, SetObject* so, Value key, int64_t hash) {
  SetEntry* e = lookkey(ts, so, key, hash);
  if (!e) return -1;
  return e->key ? 1 : 0;
}

int discard_entry(ThreadState* ts, SetObject* so, Value key, int64_t hash) {
  SetEntry* e = lookkey(ts, so, key, hash);
  if (!e) return -1;
  if (!e->key) return 0;
  Value old = e->key;
  e->key = kDummy;
  e->hash = -1;
  so->used--;
  decref(old);
  return 1;
}

int contains_key(ThreadState* ts, SetObject* so, Value key) {
  int64_t h;
  if (!set_hash(ts, key, &h)) return -1;
  return contains_entry(ts, so, key, h);
}

int discard_key(ThreadState* ts, SetObject* so, Value key) {
  int64_t h;
  if (!set_hash(ts, key, &h)) return -1;
  return discard_entry(ts, so, key, h);
}

void clear_table(SetObject* so) {
  SetEntry* table = so->table;
  int64_t mask = so->mask;
  bool small = table == so->smalltable;
  SetEntry copy[kMinSize];
  if (small) {
    std::memcpy(static_cast<void*>(copy), table, sizeof(copy));
    table = copy;
  }
  std::memset(static_cast<void*>(so->smalltable), 0, sizeof(so->smalltable));
  so->table = so->smalltable;
  so->mask = kMinSize - 1;
  so->fill = so->used = 0;
  so->hash = -1;
  for (int64_t i = 0; i <= mask; i++)
    if (is_live(table[i].key)) decref(table[i].key);
  if (!small) mem_free(table);
}

bool set_next_entry(SetObject* so, int64_t* pos, SetEntry** out) {
  int64_t i = *pos;
  while (i <= so->mask && !is_live(so->table[i].key)) i++;
  *pos = i + 1;
  if (i > so->mask) return false;
  *out = &so->table[i];
  return true;
}

bool merge(ThreadState* ts, SetObject* so, SetObject* other) {
  if (other == so || other->used == 0) return true;
  if ((so->fill + other->used) * 5 >= so->mask * 3) {
    if (!table_resize(ts, so, (so->used + other->used) * 2)) return false;
  }
  if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
    for (int64_t i = 0; i <= other->mask; i++) {
      Value k = other->table[i].key;
      if (k) {
        so->table[i].key = newref(k);
        so->table[i].hash = other->table[i].hash;
      }
    }
    so->fill = other->fill;
    so->used = other->used;
    return true;
  }
  if (so->fill == 0) {
    so->fill = other->used;
    so->used = other->used;
    for (int64_t i = 0; i <= other->mask; i++) {
      Value k = other->table[i].key;
      if (is_live(k)) insert_clean(so->table, uint64_t(so->mask), newref(k), other->table[i].hash);
    }
    return true;
  }
  for (int64_t i = 0; i <= other->mask; i++) {
    SetEntry& e = other->table[i];
    if (is_live(e.key) && !add_entry(ts, so, e.key, e.hash)) return false;
  }
  return true;
}

}  // namespace

bool set_update_internal(ThreadState* ts, SetObject* so, Value other) {
  if (anyset(ts, other)) return merge(ts, so, as_set(other));
  if (other.is_obj() && other.obj()->type == ts->interp->types.dict) {
    DictObject* d = other.as<DictObject>();
    int64_t dictsize = d->used;
    if ((so->fill + dictsize) * 5 >= so->mask * 3) {
      if (!table_resize(ts, so, (so->used + dictsize) * 2)) return false;
    }
    for (int64_t i = 0; i < d->nentries; i++) {
      DictEntry& e = d->entries[i];
      if (e.key && !add_entry(ts, so, e.key, e.hash)) return false;
    }
    return true;
  }
  Ref it(get_iter(ts, other));
  if (!it) return false;
  for (;;) {
    Ref k(iter_next(ts, it.get()));
    if (!k) return !err_occurred(ts);
    int64_t h;
    if (!set_hash(ts, k.get(), &h) || !add_entry(ts, so, k.get(), h)) return false;
  }
}

namespace {

SetObject* alloc_set(ThreadState* ts, TypeObject* type) {
  Object* o = alloc_object(ts, type);
  if (!o) return nullptr;
  auto* so = static_cast<SetObject*>(o);
  so->table = so->smalltable;
  so->mask = kMinSize - 1;
  so->hash = -1;
  return so;
}

SetObject* make_new_set(ThreadState* ts, TypeObject* type, Value iterable) {
  SetObject* so = alloc_set(ts, type);
  if (!so) return nullptr;
  if (iterable && !set_update_internal(ts, so, iterable)) {
    decref(so);
    return nullptr;
  }
  return so;
}

// set or frozenset (the base type) for results of operations on subclasses.
SetObject* make_new_set_basetype(ThreadState* ts, TypeObject* type, Value iterable) {
  BuiltinTypes& b = ts->interp->types;
  TypeObject* t = (type == b.set || type == b.frozenset) ? type : is_subtype(type, b.set) ? b.set : b.frozenset;
  return make_new_set(ts, t, iterable);
}

}  // namespace

SetObject* set_new(ThreadState* ts, Value iterable) { return make_new_set(ts, ts->interp->types.set, iterable); }
SetObject* frozenset_new(ThreadState* ts, Value iterable) {
  return make_new_set(ts, ts->interp->types.frozenset, iterable);
}

bool set_add(ThreadState* ts, SetObject* s, Value key) {
  int64_t h;
  if (!set_hash(ts, key, &h)) return false;
  return add_entry(ts, s, key, h);
}

int set_contains(ThreadState* ts, SetObject* s, Value key) { return contains_key(ts, s, key); }
int set_discard(ThreadState* ts, SetObject* s, Value key) { return discard_key(ts, s, key); }

bool set_next(SetObject* s, int64_t* pos, Value* key) {
  SetEntry* e;
  if (!set_next_entry(s, pos, &e)) return false;
  *key = e->key;
  return true;
}

bool is_set_or_frozenset(ThreadState* ts, Value v) { return anyset(ts, v); }

namespace {

Value set_copy_value(ThreadState* ts, Value so) {
  SetObject* r = make_new_set_basetype(ts, so.obj()->type, so);
  return r ? Value::from_obj(r) : Value();
}

// For `key in s`, remove and discard: an unhashable set key is looked up as a frozenset.
template <class F>
int with_frozen_key(ThreadState* ts, Value key, F f) {
  int r = f(key);
  if (r < 0 && key.is_obj() && is_subtype(key.obj()->type, ts->interp->types.set) && err_matches(ts, Exc::TypeError)) {
    err_clear(ts);
    SetObject* tmp = make_new_set(ts, ts->interp->types.frozenset, key);
    if (!tmp) return -1;
    Ref t(Value::from_obj(tmp));
    r = f(t.get());
  }
  return r;
}

// ---------------------------------------------------------------- algebra
Value set_intersection(ThreadState* ts, Value so_v, Value other) {
  if (so_v == other) return set_copy_value(ts, so_v);
  SetObject* result = make_new_set_basetype(ts, so_v.obj()->type, Value());
  if (!result) return Value();
  Ref res(Value::from_obj(result));
  SetObject* so = as_set(so_v);
  if (anyset(ts, other)) {
    SetObject* o = as_set(other);
    if (o->used > so->used) std::swap(so, o);
    int64_t pos = 0;
    SetEntry* e;
    while (set_next_entry(o, &pos, &e)) {
      Ref k = Ref::borrow(e->key);
      int64_t h = e->hash;
      int rv = contains_entry(ts, so, k.get(), h);
      if (rv < 0) return Value();
      if (rv && !add_entry(ts, result, k.get(), h)) return Value();
    }
    return res.release();
  }
  Ref it(get_iter(ts, other));
  if (!it) return Value();
  for (;;) {
    Ref k(iter_next(ts, it.get()));
    if (!k) return err_occurred(ts) ? Value() : res.release();
    int64_t h;
    if (!set_hash(ts, k.get(), &h)) return Value();
    int rv = contains_entry(ts, so, k.get(), h);
    if (rv < 0) return Value();
    if (rv && !add_entry(ts, result, k.get(), h)) return Value();
  }
}

void swap_bodies(SetObject* a, SetObject* b) {
  // Exchange table contents (the small tables live inside the objects).
  SetEntry tab[kMinSize];
  auto fix = [](SetObject* s, bool was_small) { if (was_small) s->table = s->smalltable; };
  bool a_small = a->table == a->smalltable, b_small = b->table == b->smalltable;
  std::swap(a->fill, b->fill);
  std::swap(a->used, b->used);
  std::swap(a->mask, b->mask);
  std::swap(a->table, b->table);
  std::memcpy(static_cast<void*>(tab), a->smalltable, sizeof(tab));
  std::memcpy(static_cast<void*>(a->smalltable), b->smalltable, sizeof(tab));
  std::memcpy(static_cast<void*>(b->smalltable), tab, sizeof(tab));
  fix(a, b_small);
  fix(b, a_small);
  a->hash = b->hash = -1;
}

bool intersection_update(ThreadState* ts, Value so, Value other) {
  Value tmp = set_intersection(ts, so, other);
  if (!tmp) return false;
  swap_bodies(as_set(so), as_set(tmp));
  decref(tmp);
  return true;
}

bool difference_update_internal(ThreadState* ts, SetObject* so, Value other) {
  if (other.is_obj() && other.obj() == so) {
    clear_table(so);
    return true;
  }
  if (anyset(ts, other)) {
    Ref o;
    if ((as_set(other)->used >> 3) > so->used) {
      o = Ref(set_intersection(ts, Value::from_obj(so), other));
      if (!o) return false;
    } else {
      o = Ref::borrow(other);
    }
    SetObject* os = o.as<SetObject>();
    int64_t pos = 0;
    SetEntry* e;
    while (set_next_entry(os, &pos, &e)) {
      Ref k = Ref::borrow(e->key);
      if (discard_entry(ts, so, k.get(), e->hash) < 0) return false;
    }
  } else {
    Ref it(get_iter(ts, other));
    if (!it) return false;
    for (;;) {
      Ref k(iter_next(ts, it.get()));
      if (!k) {
        if (err_occurred(ts)) return false;
        break;
      }
      if (discard_key(ts, so, k.get()) < 0) return false;
    }
  }
  if (so->fill - so->used <= so->mask / 4) return true;
  return table_resize(ts, so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

Value set_difference(ThreadState* ts, Value so_v, Value other) {
  SetObject* so = as_set(so_v);
  int64_t other_size;
  bool other_dict = other.is_obj() && other.obj()->type == ts->interp->types.dict;
  bool copy_and_diff = false;
  if (anyset(ts, other)) other_size = as_set(other)->used;
  else if (other_dict) other_size = other.as<DictObject>()->used;
  else copy_and_diff = true;
  if (copy_and_diff || (so->used >> 2) > other_size) {
    Value r = set_copy_value(ts, so_v);
    if (!r) return Value();
    if (!difference_update_internal(ts, as_set(r), other)) { decref(r); return Value(); }
    return r;
  }
  SetObject* result = make_new_set_basetype(ts, so_v.obj()->type, Value());
  if (!result) return Value();
  Ref res(Value::from_obj(result));
  int64_t pos = 0;
  SetEntry* e;
  while (set_next_entry(so, &pos, &e)) {
    Ref k = Ref::borrow(e->key);
    int64_t h = e->hash;
    int rv;
    if (other_dict) {
      Value v = dict_get_known_hash(ts, other.as<DictObject>(), k.get(), h);
      rv = v ? 1 : (err_occurred(ts) ? -1 : 0);
    } else {
      rv = contains_entry(ts, as_set(other), k.get(), h);
    }
    if (rv < 0) return Value();
    if (!rv && !add_entry(ts, result, k.get(), h)) return Value();
  }
  return res.release();
}

bool symmetric_difference_update(ThreadState* ts, SetObject* so, Value other) {
  if (other.is_obj() && other.obj() == so) {
    clear_table(so);
    return true;
  }
  if (other.is_obj() && other.obj()->type == ts->interp->types.dict) {
    DictObject* d = other.as<DictObject>();
    int64_t pos = 0;
    Value k, v;
    while (dict_next(d, &pos, &k, &v)) {
      Ref key = Ref::borrow(k);
      int64_t h = d->entries[pos - 1].hash;
      int rv = discard_entry(ts, so, key.get(), h);
      if (rv < 0) return false;
      if (rv == 0 && !add_entry(ts, so, key.get(), h)) return false;
    }
    return true;
  }
  Ref os;
  if (anyset(ts, other)) {
    os = Ref::borrow(other);
  } else {
    SetObject* t = make_new_set_basetype(ts, so->type, other);
    if (!t) return false;
    os = Ref(Value::from_obj(t));
  }
  int64_t pos = 0;
  SetEntry* e;
  while (set_next_entry(os.as<SetObject>(), &pos, &e)) {
    Ref key = Ref::borrow(e->key);
    int64_t h = e->hash;
    int rv = discard_entry(ts, so, key.get(), h);
    if (rv < 0) return false;
    if (rv == 0 && !add_entry(ts, so, key.get(), h)) return false;
  }
  return true;
}

Value set_symmetric_difference(ThreadState* ts, Value so, Value other) {
  SetObject* r = make_new_set_basetype(ts, so.obj()->type, other);
  if (!r) return Value();
  Ref res(Value::from_obj(r));
  if (!symmetric_difference_update(ts, r, so)) return Value();
  return res.release();
}

int issubset(ThreadState* ts, Value so_v, Value other) {
  Ref o;
  if (!anyset(ts, other)) {
    SetObject* t = make_new_set(ts, ts->interp->types.set, other);
    if (!t) return -1;
    o = Ref(Value::from_obj(t));
  } else {
    o = Ref::borrow(other);
  }
  SetObject *so = as_set(so_v), *os = o.as<SetObject>();
  if (so->used > os->used) return 0;
  int64_t pos = 0;
  SetEntry* e;
  while (set_next_entry(so, &pos, &e)) {
    Ref k = Ref::borrow(e->key);
    int rv = contains_entry(ts, os, k.get(), e->hash);
    if (rv <= 0) return rv;
  }
  return 1;
}

int issuperset(ThreadState* ts, Value so_v, Value other) {
  if (anyset(ts, other)) return issubset(ts, other, so_v);
  Ref it(get_iter(ts, other));
  if (!it) return -1;
  for (;;) {
    Ref k(iter_next(ts, it.get()));
    if (!k) return err_occurred(ts) ? -1 : 1;
    int rv = contains_key(ts, as_set(so_v), k.get());
    if (rv <= 0) return rv;
  }
}

// ---------------------------------------------------------------- slots
void set_dealloc(Object* o) {
  DeallocGuard guard(o, set_dealloc);  // deep chains: the trashcan (gc.h)
  if (guard.deferred()) return;
  clear_table(static_cast<SetObject*>(o));
  free_object(o);
}
void set_traverse(Object* o, VisitFn visit, void* arg) {
  auto* so = static_cast<SetObject*>(o);
  for (int64_t i = 0; i <= so->mask; i++) {
    Value k = so->table[i].key;
    if (is_live(k) && k.is_obj()) visit(k.obj(), arg);
  }
}
void set_clear_slot(Object* o) { clear_table(static_cast<SetObject*>(o)); }

Value set_repr(ThreadState* ts, Value self) {
  SetObject* so = as_set(self);
  TypeObject* t = self.obj()->type;
  bool exact_set = t == ts->interp->types.set;
  std::string tname = type_name(ts, self);
  if (so->used == 0) return str_new(ts, tname + "()");
  int rc = repr_enter(ts, self.obj());
  if (rc != 0) return rc > 0 ? str_new(ts, tname + "(...)") : Value();
  std::string out;
  if (!exact_set) out = tname + "(";
  out += "{";
  Value result;
  {
    RecursionGuard g(ts, " while getting the repr of an object");
    bool ok = g.ok();
    Ref keys(ok ? sequence_to_list(ts, self) : Value());
    if (!keys) ok = false;
    ListObject* l = ok ? keys.as<ListObject>() : nullptr;
    for (int64_t i = 0; ok && i < l->size; i++) {
      if (i) out += ", ";
      Ref r(repr(ts, l->items[i]));
      if (!r) { ok = false; break; }
      out += str_view(r.get());
    }
    if (ok) {
      out += "}";
      if (!exact_set) out += ")";
      result = str_new(ts, out);
    }
  }
  repr_leave(ts, self.obj());
  return result;
}

inline uint64_t shuffle_bits(uint64_t h) { return ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL; }

bool frozenset_hash(ThreadState* ts, Value self, int64_t* out) {
  SetObject* so = as_set(self);
  if (so->hash != -1) { *out = so->hash; return true; }
  uint64_t hash = 0;
  for (int64_t i = 0; i <= so->mask; i++) hash ^= shuffle_bits(uint64_t(so->table[i].hash));
  if ((so->mask + 1 - so->fill) & 1) hash ^= shuffle_bits(0);
  if ((so->fill - so->used) & 1) hash ^= shuffle_bits(uint64_t(-1));
  hash ^= (uint64_t(so->used) + 1) * 1927868237UL;
  hash ^= (hash >> 11) ^ (hash >> 25);
  hash = hash * 69069U + 907133923UL;
  if (hash == uint64_t(-1)) hash = 590923713UL;
  so->hash = int64_t(hash);
  *out = so->hash;
  return true;
}

Value set_richcompare(ThreadState* ts, Value a, Value b, CmpOp op) {
  if (!anyset(ts, a) || !anyset(ts, b)) return Value::not_implemented();
  SetObject *x = as_set(a), *y = as_set(b);
  int r;
  switch (op) {
    case CmpOp::Eq:
    case CmpOp::Ne:
      if (x->used != y->used) r = 0;
      else if (x->hash != -1 && y->hash != -1 && x->hash != y->hash) r = 0;
      else r = issubset(ts, a, b);
      if (r < 0) return Value();
      return Value::boolean((r == 1) == (op == CmpOp::Eq));
    case CmpOp::Le: r = issubset(ts, a, b); break;
    case CmpOp::Ge: r = issuperset(ts, a, b); break;
    case CmpOp::Lt: r = x->used < y->used ? issubset(ts, a, b) : 0; break;
    case CmpOp::Gt: r = x->used > y->used ? issuperset(ts, a, b) : 0; break;
    default: r = 0;
  }
  if (r < 0) return Value();
  return Value::boolean(r == 1);
}

bool set_len(ThreadState* ts, Value self, int64_t* out) {
  *out = as_set(self)->used;
  return true;
}

int set_contains_slot(ThreadState* ts, Value self, Value key) {
  return with_frozen_key(ts, key, [&](Value k) { return contains_key(ts, as_set(self), k); });
}

Value set_or(ThreadState* ts, Value a, Value b) {
  if (!anyset(ts, a) || !anyset(ts, b)) return Value::not_implemented();
  Value r = set_copy_value(ts, a);
  if (!r || a == b) return r;
  if (!set_update_internal(ts, as_set(r), b)) { decref(r); return Value(); }
  return r;
}
Value set_and(ThreadState* ts, Value a, Value b) {
  if (!anyset(ts, a) || !anyset(ts, b)) return Value::not_implemented();
  return set_intersection(ts, a, b);
}
Value set_sub(ThreadState* ts, Value a, Value b) {
  if (!anyset(ts, a) || !anyset(ts, b)) return Value::not_implemented();
  return set_difference(ts, a, b);
}
Value set_xor(ThreadState* ts, Value a, Value b) {
  if (!anyset(ts, a) || !anyset(ts, b)) return Value::not_implemented();
  return set_symmetric_difference(ts, a, b);
}
bool mutable_set(ThreadState* ts, Value a) { return a.is_obj() && is_subtype(a.obj()->type, ts->interp->types.set); }
Value set_ior(ThreadState* ts, Value a, Value b) {
  if (!mutable_set(ts, a) || !anyset(ts, b)) return Value::not_implemented();
  if (!set_update_internal(ts, as_set(a), b)) return Value();
  return newref(a);
}
Value set_iand(ThreadState* ts, Value a, Value b) {
  if (!mutable_set(ts, a) || !anyset(ts, b)) return Value::not_implemented();
  if (!intersection_update(ts, a, b)) return Value();
  return newref(a);
}
Value set_isub(ThreadState* ts, Value a, Value b) {
  if (!mutable_set(ts, a) || !anyset(ts, b)) return Value::not_implemented();
  if (!difference_update_internal(ts, as_set(a), b)) return Value();
  return newref(a);
}
Value set_ixor(ThreadState* ts, Value a, Value b) {
  if (!mutable_set(ts, a) || !anyset(ts, b)) return Value::not_implemented();
  if (!symmetric_difference_update(ts, as_set(a), b)) return Value();
  return newref(a);
}

Value set_new_slot(ThreadState* ts, TypeObject* type, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (kwnames && kwnames->size && type == ts->interp->types.set)
    return raise(ts, Exc::TypeError, "set() takes no keyword arguments");
  SetObject* so = alloc_set(ts, type);
  return so ? Value::from_obj(so) : Value();
}

bool set_init(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (kwnames && kwnames->size && self.obj()->type == ts->interp->types.set) {
    raise(ts, Exc::TypeError, "set() takes no keyword arguments");
    return false;
  }
  if (!check_nargs(ts, "set", nargs, 0, 1)) return false;
  SetObject* so = as_set(self);
  if (so->fill) clear_table(so);
  if (nargs == 1) return set_update_internal(ts, so, args[0]);
  return true;
}

Value frozenset_new_slot(ThreadState* ts, TypeObject* type, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (kwnames && kwnames->size && type == ts->interp->types.frozenset)
    return raise(ts, Exc::TypeError, "frozenset() takes no keyword arguments");
  if (!check_nargs(ts, "frozenset", nargs, 0, 1)) return Value();
  if (type == ts->interp->types.frozenset && nargs == 1 && args[0].is_obj() && args[0].obj()->type == type)
    return newref(args[0]);
  SetObject* so = make_new_set(ts, type, nargs ? args[0] : Value());
  return so ? Value::from_obj(so) : Value();
}

// ---------------------------------------------------------------- methods
#define SET_NOARGS(name)                                                       \
  if (nargs || (kw && kw->size))                                               \
    return raisef(ts, Exc::TypeError, "%s." name "() takes no arguments (%zu given)", type_name(ts, self), nargs);

Value m_add(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (nargs != 1 || (kw && kw->size))
    return raisef(ts, Exc::TypeError, "set.add() takes exactly one argument (%zu given)", nargs);
  if (!set_add(ts, as_set(self), args[0])) return Value();
  return Value::none();
}

Value m_remove(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (nargs != 1 || (kw && kw->size))
    return raisef(ts, Exc::TypeError, "set.remove() takes exactly one argument (%zu given)", nargs);
  int r = with_frozen_key(ts, args[0], [&](Value k) { return discard_key(ts, as_set(self), k); });
  if (r < 0) return Value();
  if (r == 0) return raise_key_error(ts, args[0]);
  return Value::none();
}

Value m_discard(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (nargs != 1 || (kw && kw->size))
    return raisef(ts, Exc::TypeError, "set.discard() takes exactly one argument (%zu given)", nargs);
  int r = with_frozen_key(ts, args[0], [&](Value k) { return discard_key(ts, as_set(self), k); });
  if (r < 0) return Value();
  return Value::none();
}

Value m_pop(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  SET_NOARGS("pop")
  SetObject* so = as_set(self);
  if (so->used == 0) return raise(ts, Exc::KeyError, "pop from an empty set");
  SetEntry* e = so->table + (so->finger & so->mask);
  SetEntry* limit = so->table + so->mask;
  while (!is_live(e->key)) {
    e++;
    if (e > limit) e = so->table;
  }
  Value key = e->key;
  e->key = kDummy;
  e->hash = -1;
  so->used--;
  so->finger = (e - so->table) + 1;
  return key;
}

Value m_clear(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  SET_NOARGS("clear")
  clear_table(as_set(self));
  return Value::none();
}

Value m_copy(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  SET_NOARGS("copy")
  if (self.obj()->type == ts->interp->types.frozenset) return newref(self);
  return set_copy_value(ts, self);
}

Value m_update(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "set.update", kw)) return Value();
  for (size_t i = 0; i < nargs; i++)
    if (!set_update_internal(ts, as_set(self), args[i])) return Value();
  return Value::none();
}

Value m_union(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "union", kw)) return Value();
  Value r = set_copy_value(ts, self);
  if (!r) return Value();
  for (size_t i = 0; i < nargs; i++) {
    if (args[i] == self) continue;
    if (!set_update_internal(ts, as_set(r), args[i])) { decref(r); return Value(); }
  }
  return r;
}

Value m_intersection(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "intersection", kw)) return Value();
  if (nargs == 0) return set_copy_value(ts, self);
  Ref result = Ref::borrow(self);
  for (size_t i = 0; i < nargs; i++) {
    Value t = set_intersection(ts, result.get(), args[i]);
    if (!t) return Value();
    result.reset(t);
  }
  return result.release();
}

Value m_intersection_update(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "intersection_update", kw)) return Value();
  Ref tmp(m_intersection(ts, self, args, nargs, nullptr));
  if (!tmp) return Value();
  swap_bodies(as_set(self), tmp.as<SetObject>());
  return Value::none();
}

Value m_difference(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "difference", kw)) return Value();
  if (nargs == 0) return set_copy_value(ts, self);
  Value r = set_difference(ts, self, args[0]);
  if (!r) return Value();
  for (size_t i = 1; i < nargs; i++)
    if (!difference_update_internal(ts, as_set(r), args[i])) { decref(r); return Value(); }
  return r;
}

Value m_difference_update(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "difference_update", kw)) return Value();
  for (size_t i = 0; i < nargs; i++)
    if (!difference_update_internal(ts, as_set(self), args[i])) return Value();
  return Value::none();
}

Value m_symmetric_difference(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (nargs != 1 || (kw && kw->size))
    return raisef(ts, Exc::TypeError, "%s.symmetric_difference() takes exactly one argument (%zu given)",
                  type_name(ts, self), nargs);
  return set_symmetric_difference(ts, self, args[0]);
}

Value m_symmetric_difference_update(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (nargs != 1 || (kw && kw->size))
    return raisef(ts, Exc::TypeError, "set.symmetric_difference_update() takes exactly one argument (%zu given)", nargs);
  if (!symmetric_difference_update(ts, as_set(self), args[0])) return Value();
  return Value::none();
}

Value m_issubset(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (nargs != 1 || (kw && kw->size))
    return raisef(ts, Exc::TypeError, "%s.issubset() takes exactly one argument (%zu given)", type_name(ts, self), nargs);
  int r = issubset(ts, self, args[0]);
  return r < 0 ? Value() : Value::boolean(r);
}

Value m_issuperset(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (nargs != 1 || (kw && kw->size))
    return raisef(ts, Exc::TypeError, "%s.issuperset() takes exactly one argument (%zu given)", type_name(ts, self), nargs);
  int r = issuperset(ts, self, args[0]);
  return r < 0 ? Value() : Value::boolean(r);
}

Value m_isdisjoint(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (nargs != 1 || (kw && kw->size))
    return raisef(ts, Exc::TypeError, "%s.isdisjoint() takes exactly one argument (%zu given)", type_name(ts, self), nargs);
  Value other = args[0];
  SetObject* so = as_set(self);
  if (self == other) return Value::boolean(so->used == 0);
  if (anyset(ts, other)) {
    SetObject* o = as_set(other);
    if (o->used > so->used) std::swap(so, o);
    int64_t pos = 0;
    SetEntry* e;
    while (set_next_entry(o, &pos, &e)) {
      Ref k = Ref::borrow(e->key);
      int rv = contains_entry(ts, so, k.get(), e->hash);
      if (rv < 0) return Value();
      if (rv) return Value::False();
    }
    return Value::True();
  }
  Ref it(get_iter(ts, other));
  if (!it) return Value();
  for (;;) {
    Ref k(iter_next(ts, it.get()));
    if (!k) return err_occurred(ts) ? Value() : Value::True();
    int rv = contains_key(ts, so, k.get());
    if (rv < 0) return Value();
    if (rv) return Value::False();
  }
}

Value m_contains(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!check_nargs(ts, "__contains__", nargs, 1, 1)) return Value();
  int r = set_contains_slot(ts, self, args[0]);
  return r < 0 ? Value() : Value::boolean(r);
}

Value m_class_getitem(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!check_nargs(ts, "__class_getitem__", nargs, 1, 1)) return Value();
  return generic_alias_new(ts, self, args[0]);  // list[int]
}

// ---------------------------------------------------------------- iterator
struct SetIterObject : Object {
  SetObject* set;   // owned, null when exhausted
  int64_t used;
  int64_t pos;
  int64_t len;
};

Value set_iter(ThreadState* ts, Value self) {
  Object* o = alloc_object(ts, ts->interp->types.set_iter);
  if (!o) return Value();
  auto* it = static_cast<SetIterObject*>(o);
  SetObject* so = as_set(self);
  incref(so);
  it->set = so;
  it->used = so->used;
  it->len = so->used;
  return Value::from_obj(o);
}

Value setiter_next(ThreadState* ts, Value self) {
  auto* it = self.as<SetIterObject>();
  SetObject* so = it->set;
  if (!so) return Value();
  if (it->used != so->used) {
    it->used = -1;
    return raise(ts, Exc::RuntimeError, "Set changed size during iteration");
  }
  int64_t i = it->pos;
  while (i <= so->mask && !is_live(so->table[i].key)) i++;
  it->pos = i + 1;
  if (i > so->mask) {
    it->set = nullptr;
    decref(so);
    return Value();
  }
  it->len--;
  return newref(so->table[i].key);
}

Value iter_self(ThreadState* ts, Value self) { return newref(self); }

void setiter_dealloc(Object* o) {
  auto* it = static_cast<SetIterObject*>(o);
  if (it->set) decref(it->set);
  free_object(o);
}
void setiter_traverse(Object* o, VisitFn visit, void* arg) {
  auto* it = static_cast<SetIterObject*>(o);
  if (it->set) visit(it->set, arg);
}
void setiter_clear(Object* o) {
  auto* it = static_cast<SetIterObject*>(o);
  SetObject* s = it->set;
  it->set = nullptr;
  if (s) decref(s);
}
Value setiter_length_hint(ThreadState* ts, Value self, const Value*, size_t, TupleObject*) {
  auto* it = self.as<SetIterObject>();
  if (it->set && it->used == it->set->used) return hint_value(it->len);
  return Value::small_int(0);
}

const MethodDef set_methods[] = {
    {"add", m_add},
    {"remove", m_remove},
    {"discard", m_discard},
    {"pop", m_pop},
    {"clear", m_clear},
    {"copy", m_copy},
    {"update", m_update},
    {"union", m_union},
    {"intersection", m_intersection},
    {"intersection_update", m_intersection_update},
    {"difference", m_difference},
    {"difference_update", m_difference_update},
    {"symmetric_difference", m_symmetric_difference},
    {"symmetric_difference_update", m_symmetric_difference_update},
    {"issubset", m_issubset},
    {"issuperset", m_issuperset},
    {"isdisjoint", m_isdisjoint},
    {"__contains__", m_contains},
    {"__class_getitem__", m_class_getitem, kMethClass},
    {nullptr, nullptr},
};

const MethodDef frozenset_methods[] = {
    {"copy", m_copy},
    {"union", m_union},
    {"intersection", m_intersection},
    {"difference", m_difference},
    {"symmetric_difference", m_symmetric_difference},
    {"issubset", m_issubset},
    {"issuperset", m_issuperset},
    {"isdisjoint", m_isdisjoint},
    {"__contains__", m_contains},
    {"__class_getitem__", m_class_getitem, kMethClass},
    {nullptr, nullptr},
};

const MethodDef setiter_methods[] = {
    {"__length_hint__", setiter_length_hint},
    {nullptr, nullptr},
};

}  // namespace

const TypeSpec set_type_spec = {
    .name = "set",
    .basicsize = sizeof(SetObject),
    .flags = kTypeBaseType | kTypeHasGC,
    .slots = {
        .dealloc = set_dealloc,
        .traverse = set_traverse,
        .clear = set_clear_slot,
        .repr = set_repr,
        .richcompare = set_richcompare,
        .iter = set_iter,
        .new_ = set_new_slot,
        .init = set_init,
        .sub = set_sub,
        .and_ = set_and,
        .or_ = set_or,
        .xor_ = set_xor,
        .isub = set_isub,
        .iand = set_iand,
        .ior = set_ior,
        .ixor = set_ixor,
        .len = set_len,
        .contains = set_contains_slot,
    },
    .methods = set_methods,
    .doc = "Build an unordered collection of unique elements.",
};

const TypeSpec frozenset_type_spec = {
    .name = "frozenset",
    .basicsize = sizeof(SetObject),
    .flags = kTypeBaseType | kTypeHasGC,
    .slots = {
        .dealloc = set_dealloc,
        .traverse = set_traverse,
        .clear = set_clear_slot,
        .repr = set_repr,
        .hash = frozenset_hash,
        .richcompare = set_richcompare,
        .iter = set_iter,
        .new_ = frozenset_new_slot,
        .sub = set_sub,
        .and_ = set_and,
        .or_ = set_or,
        .xor_ = set_xor,
        .len = set_len,
        .contains = set_contains_slot,
    },
    .methods = frozenset_methods,
    .doc = "Build an immutable unordered collection of unique elements.",
};

const TypeSpec set_iter_type_spec = {
    .name = "set_iterator",
    .basicsize = sizeof(SetIterObject),
    .flags = kTypeHasGC,
    .slots = {
        .dealloc = setiter_dealloc,
        .traverse = setiter_traverse,
        .clear = setiter_clear,
        .iter = iter_self,
        .iternext = setiter_next,
    },
    .methods = setiter_methods,
};

}  // namespace minipy
