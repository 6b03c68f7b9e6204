// runtime/dict.cpp — the dict type: CPython's compact layout (a 2^k index
// table of int32 slots — EMPTY/DUMMY/entry index — in front of a dense,
// insertion-ordered entries array; 2/3 usable; growth to used*3; perturbed
// probing), a str-key fast path, __missing__ for subclasses, update/merge
// semantics and CPython's messages. Views and dict iterators: dictviews.cpp.
// Must not: run Python code while the table is inconsistent (keys' __eq__ and
// values' finalisers run only between consistent states).
#include <cstring>
#include <string>

#include "runtime/containers_impl.h"
#include "runtime/gc.h"

namespace minipy {

namespace {

constexpr int32_t kEmpty = -1;
constexpr int32_t kDummy = -2;
constexpr int64_t kPerturbShift = 5;
constexpr int64_t kLookupError = -2;
constexpr int64_t kNotFound = -1;

inline int32_t* indices(DictObject* d) { return static_cast<int32_t*>(d->indices); }
inline int64_t usable_fraction(int64_t n) { return (n << 1) / 3; }

int64_t log2_keysize(int64_t minsize) {
  int64_t k = 3;
  while ((int64_t(1) << k) < minsize) k++;
  return k;
}

// Replace the tables by ones of 2^log2 slots holding the live entries in order.
bool dict_resize(ThreadState* ts, DictObject* d, int64_t log2) {
  if (log2 > 30) { if (ts) raise_no_memory(ts); return false; }
  int64_t size = int64_t(1) << log2;
  int64_t cap = usable_fraction(size);
  size_t isz = size_t(size) * sizeof(int32_t);
  void* block = mem_alloc(isz + size_t(cap) * sizeof(DictEntry));
  if (!block) { if (ts) raise_no_memory(ts); return false; }
  auto* idx = static_cast<int32_t*>(block);
  std::memset(idx, 0xff, isz);  // all kEmpty
  auto* ents = reinterpret_cast<DictEntry*>(static_cast<char*>(block) + isz);
  int64_t n = 0;
  uint64_t mask = uint64_t(size - 1);
  for (int64_t i = 0; i < d->nentries; i++) {
    DictEntry& e = d->entries[i];
    if (!e.key) continue;
    ents[n] = e;
    uint64_t h = uint64_t(e.hash), perturb = h;
    uint64_t j = h & mask;
    while (idx[j] != kEmpty) {
      perturb >>= kPerturbShift;
      j = (j * 5 + perturb + 1) & mask;
    }
    idx[j] = int32_t(n);
    n++;
  }
  mem_free(d->indices);
  d->indices = block;
  d->entries = ents;
  d->log2_size = log2;
  d->capacity = cap;
  d->nentries = n;
  return true;
}

// Index in entries of `key`, kNotFound, or kLookupError (exception pending).
int64_t lookup(ThreadState* ts, DictObject* d, Value key, int64_t hash) {
restart:
  if (!d->indices) return kNotFound;
  int32_t* idx = indices(d);
  uint64_t mask = (uint64_t(1) << d->log2_size) - 1;
  uint64_t perturb = uint64_t(hash);
  uint64_t i = uint64_t(hash) & mask;
  bool key_is_str = is_exact_str(ts, key);
  for (;;) {
    int32_t ix = idx[i];
    if (ix == kEmpty) return kNotFound;
    if (ix >= 0) {
      DictEntry* e = &d->entries[ix];
      Value k = e->key;
      if (k == key) return ix;
      if (e->hash == hash) {
        if (key_is_str && is_exact_str(ts, k)) {
          if (str_equal(k.as<StrObject>(), key.as<StrObject>())) return ix;
        } else if (!(key.is_small_int() && k.is_small_int())) {
          DictEntry* ents = d->entries;
          incref(k);
          int c = richcompare_bool(ts, k, key, CmpOp::Eq);
          decref(k);
          if (c < 0) return kLookupError;
          if (ents != d->entries || d->entries[ix].key != k) goto restart;
          if (c) return ix;
        }
      }
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + perturb + 1) & mask;
  }
}

// The index-table slot that holds entry `ix`.
uint64_t slot_of(DictObject* d, int64_t hash, int64_t ix) {
  int32_t* idx = indices(d);
  uint64_t mask = (uint64_t(1) << d->log2_size) - 1;
  uint64_t perturb = uint64_t(hash);
  uint64_t i = uint64_t(hash) & mask;
  while (idx[i] != ix) {
    perturb >>= kPerturbShift;
    i = (i * 5 + perturb + 1) & mask;
  }
  return i;
}

bool insert_new(ThreadState* ts, DictObject* d, Value key, int64_t hash, Value value) {
  if (d->nentries >= d->capacity) {
    if (!dict_resize(ts, d, log2_keysize(d->used * 3))) return false;
  }
  int32_t* idx = indices(d);
  uint64_t mask = (uint64_t(1) << d->log2_size) - 1;
  uint64_t perturb = uint64_t(hash);
  uint64_t i = uint64_t(hash) & mask;
  while (idx[i] >= 0) {
    perturb >>= kPerturbShift;
    i = (i * 5 + perturb + 1) & mask;
  }
  if (!gc_is_tracked(d) && (gc_may_be_tracked(ts->interp, key) || gc_may_be_tracked(ts->interp, value)))
    gc_track(ts->interp, gc_head_of(d));
  DictEntry& e = d->entries[d->nentries];
  e.hash = hash;
  e.key = newref(key);
  e.value = newref(value);
  idx[i] = int32_t(d->nentries);
  d->nentries++;
  d->used++;
  d->version++;
  return true;
}

// Remove entry ix (found at index slot `slot`); references are released last.
void delete_entry(DictObject* d, uint64_t slot, int64_t ix) {
  indices(d)[slot] = kDummy;
  DictEntry& e = d->entries[ix];
  Value k = e.key, v = e.value;
  e.key = Value();
  e.value = Value();
  d->used--;
  d->version++;
  decref(k);
  decref(v);
}

}  // namespace

// ---------------------------------------------------------------- C++ API
bool is_dict(ThreadState* ts, Value v) {
  return v.is_obj() && type_has(v.obj()->type, kTypeDictSubclass);
}

DictObject* dict_new(ThreadState* ts) {
  Object* o = alloc_object(ts, ts->interp->types.dict);
  if (o) gc_untrack_new(ts->interp, o);  // tracked once it holds a container
  return static_cast<DictObject*>(o);
}

Value dict_get_known_hash(ThreadState* ts, DictObject* d, Value key, int64_t hash) {
  int64_t ix = lookup(ts, d, key, hash);
  return ix >= 0 ? d->entries[ix].value : Value();
}

Value dict_get(ThreadState* ts, DictObject* d, Value key) {
  int64_t h;  // hashed even when empty: an unhashable key raises
  if (!hash_fast(ts, key, &h)) return Value();
  int64_t ix = lookup(ts, d, key, h);
  return ix >= 0 ? d->entries[ix].value : Value();
}

Value dict_get_str(DictObject* d, StrObject* key) {
  if (!d->indices) return Value();
  int64_t hash = key->hash != -1 ? key->hash : str_hash(key);
  int32_t* idx = indices(d);
  uint64_t mask = (uint64_t(1) << d->log2_size) - 1;
  uint64_t perturb = uint64_t(hash);
  uint64_t i = uint64_t(hash) & mask;
  Value kv = Value::from_obj(key);
  for (;;) {
    int32_t ix = idx[i];
    if (ix == kEmpty) return Value();
    if (ix >= 0) {
      DictEntry* e = &d->entries[ix];
      if (e->key == kv) return e->value;
      if (e->hash == hash && e->key.is_obj() && e->key.obj()->type == key->type &&
          str_equal(e->key.as<StrObject>(), key))
        return e->value;
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + perturb + 1) & mask;
  }
}

int64_t dict_index_str(DictObject* d, StrObject* key) {
  if (!d->indices) return -1;
  int64_t hash = key->hash != -1 ? key->hash : str_hash(key);
  int32_t* idx = indices(d);
  uint64_t mask = (uint64_t(1) << d->log2_size) - 1;
  uint64_t perturb = uint64_t(hash);
  uint64_t i = uint64_t(hash) & mask;
  Value kv = Value::from_obj(key);
  for (;;) {
    int32_t ix = idx[i];
    if (ix == kEmpty) return -1;
    if (ix >= 0) {
      DictEntry* e = &d->entries[ix];
      if (e->key == kv) return ix;
      if (e->hash == hash && e->key.is_obj() && e->key.obj()->type == key->type &&
          str_equal(e->key.as<StrObject>(), key))
        return ix;
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + perturb + 1) & mask;
  }
}

bool dict_set_known_hash(ThreadState* ts, DictObject* d, Value key, int64_t hash, Value value) {
  int64_t ix = lookup(ts, d, key, hash);
  if (ix == kLookupError) return false;
  if (ix >= 0) {
    if (!gc_is_tracked(d) && gc_may_be_tracked(ts->interp, value)) gc_track(ts->interp, gc_head_of(d));
    DictEntry& e = d->entries[ix];
    Value old = e.value;
    e.value = newref(value);
    d->version++;
    decref(old);
    return true;
  }
  return insert_new(ts, d, key, hash, value);
}

bool dict_set(ThreadState* ts, DictObject* d, Value key, Value value) {
  int64_t h;
  if (!hash_fast(ts, key, &h)) return false;
  return dict_set_known_hash(ts, d, key, h, value);
}

bool dict_set_str(ThreadState* ts, DictObject* d, std::string_view key, Value value) {
  StrObject* k = intern(ts, key);
  return dict_set_known_hash(ts, d, Value::from_obj(k), str_hash(k), value);
}

int dict_del(ThreadState* ts, DictObject* d, Value key) {
  int64_t h;
  if (!hash_fast(ts, key, &h)) return -1;
  int64_t ix = lookup(ts, d, key, h);
  if (ix == kLookupError) return -1;
  if (ix < 0) return 0;
  delete_entry(d, slot_of(d, h, ix), ix);
  return 1;
}

bool dict_next(DictObject* d, int64_t* pos, Value* key, Value* value) {
  int64_t i = *pos;
  while (i < d->nentries) {
    DictEntry& e = d->entries[i++];
    if (e.key) {
      *pos = i;
      if (key) *key = e.key;
      if (value) *value = e.value;
      return true;
    }
  }
  *pos = i;
  return false;
}

void dict_clear(DictObject* d) {
  void* block = d->indices;
  DictEntry* ents = d->entries;
  int64_t n = d->nentries;
  d->indices = nullptr;
  d->entries = nullptr;
  d->used = d->nentries = d->capacity = d->log2_size = 0;
  d->version++;
  for (int64_t i = 0; i < n; i++) {
    decref(ents[i].key);
    decref(ents[i].value);
  }
  mem_free(block);
}

DictObject* dict_copy(ThreadState* ts, DictObject* d) {
  DictObject* r = dict_new(ts);
  if (!r || d->used == 0) return r;
  // Copy the live entries compactly (same order), then build the index table.
  if (!dict_resize(ts, r, log2_keysize(d->used * 3 / 2 + 1))) { decref(r); return nullptr; }
  for (int64_t i = 0; i < d->nentries; i++) {
    DictEntry& e = d->entries[i];
    if (!e.key) continue;
    if (!insert_new(ts, r, e.key, e.hash, e.value)) { decref(r); return nullptr; }
  }
  return r;
}

namespace {

// PyDict_Merge for a dict source: copies entries (hashes known).
bool merge_from_dict(ThreadState* ts, DictObject* d, DictObject* other, bool override) {
  if (other == d || other->used == 0) return true;
  if (d->used == 0 && d->capacity < other->used) {
    if (!dict_resize(ts, d, log2_keysize((d->used + other->used) * 3 / 2 + 1))) return false;
  }
  for (int64_t i = 0; i < other->nentries; i++) {
    DictEntry& e = other->entries[i];
    if (!e.key) continue;
    Ref k = Ref::borrow(e.key), v = Ref::borrow(e.value);
    int64_t h = e.hash;
    if (!override) {
      int64_t ix = lookup(ts, d, k.get(), h);
      if (ix == kLookupError) return false;
      if (ix >= 0) continue;
      if (!insert_new(ts, d, k.get(), h, v.get())) return false;
    } else if (!dict_set_known_hash(ts, d, k.get(), h, v.get())) {
      return false;
    }
    if (i >= other->nentries) break;
  }
  return true;
}

bool has_dict_iter(ThreadState* ts, Value v) {
  return v.is_obj() && type_has(v.obj()->type, kTypeDictSubclass) &&
         v.obj()->type->slots.iter == ts->interp->types.dict->slots.iter;
}

// Mapping with keys(): for k in m.keys(): d[k] = m[k].
bool merge_from_keys(ThreadState* ts, DictObject* d, Value mapping, bool override) {
  Ref keys(call_method(ts, mapping, ts->interp->names.keys, nullptr, 0));
  if (!keys) return false;
  Ref it(get_iter(ts, keys.get()));
  if (!it) return false;
  for (;;) {
    Ref k(iter_next(ts, it.get()));
    if (!k) return !err_occurred(ts);
    if (!override) {
      Value cur = dict_get(ts, d, k.get());
      if (cur) continue;
      if (err_occurred(ts)) return false;
    }
    Ref v(getitem(ts, mapping, k.get()));
    if (!v) return false;
    if (!dict_set(ts, d, k.get(), v.get())) return false;
  }
}

bool merge_from_seq2(ThreadState* ts, DictObject* d, Value seq) {
  Ref it(get_iter(ts, seq));
  if (!it) return false;
  for (int64_t i = 0;; i++) {
    Ref item(iter_next(ts, it.get()));
    if (!item) return !err_occurred(ts);
    Ref fast;
    Value v = item.get();
    if (is_tuple(ts, v) || is_list(ts, v)) {
      fast = Ref::borrow(v);
    } else {
      fast = Ref(sequence_to_tuple(ts, v));
      if (!fast) {
        if (err_matches(ts, Exc::TypeError)) {
          err_clear(ts);
          raisef(ts, Exc::TypeError, "cannot convert dictionary update sequence element #%lld to a sequence",
                 (long long)i);
        }
        return false;
      }
    }
    Value f = fast.get();
    int64_t n = is_tuple(ts, f) ? tuple_size(f) : f.as<ListObject>()->size;
    if (n != 2) {
      raisef(ts, Exc::ValueError, "dictionary update sequence element #%lld has length %lld; 2 is required",
             (long long)i, (long long)n);
      return false;
    }
    Ref k, val;
    if (is_tuple(ts, f)) {
      k = Ref::borrow(tuple_item(f, 0));
      val = Ref::borrow(tuple_item(f, 1));
    } else {
      k = Ref::borrow(f.as<ListObject>()->items[0]);
      val = Ref::borrow(f.as<ListObject>()->items[1]);
    }
    if (!dict_set(ts, d, k.get(), val.get())) return false;
  }
}

}  // namespace

bool dict_merge(ThreadState* ts, DictObject* d, Value mapping, bool override) {
  if (has_dict_iter(ts, mapping)) return merge_from_dict(ts, d, mapping.as<DictObject>(), override);
  Value keys_attr = getattr_opt(ts, mapping, ts->interp->names.keys);
  if (!keys_attr) {
    if (!err_occurred(ts)) raisef(ts, Exc::TypeError, "'%s' object is not a mapping", type_name(ts, mapping));
    return false;
  }
  decref(keys_attr);
  return merge_from_keys(ts, d, mapping, override);
}

bool dict_update(ThreadState* ts, DictObject* d, Value other) {
  if (has_dict_iter(ts, other)) return merge_from_dict(ts, d, other.as<DictObject>(), true);
  Value keys_attr = getattr_opt(ts, other, ts->interp->names.keys);
  if (keys_attr) {
    decref(keys_attr);
    return merge_from_keys(ts, d, other, true);
  }
  if (err_occurred(ts)) return false;
  return merge_from_seq2(ts, d, other);
}

namespace {

inline DictObject* as_dict(Value v) { return v.as<DictObject>(); }

// ---------------------------------------------------------------- slots
void dict_dealloc(Object* o) {
  // Deep chains: the trashcan (gc.h). An untracked dict holds no container
  // but atomic tuples, which count their own levels.
  DeallocGuard guard(o, dict_dealloc, DeallocGuard::kOnlyIfTracked);
  if (guard.deferred()) return;
  dict_clear(static_cast<DictObject*>(o));
  free_object(o);
}

void dict_traverse(Object* o, VisitFn visit, void* arg) {
  auto* d = static_cast<DictObject*>(o);
  for (int64_t i = 0; i < d->nentries; i++) {
    DictEntry& e = d->entries[i];
    if (!e.key) continue;
    if (e.key.is_obj()) visit(e.key.obj(), arg);
    if (e.value.is_obj()) visit(e.value.obj(), arg);
  }
}

void dict_clear_slot(Object* o) { dict_clear(static_cast<DictObject*>(o)); }

Value dict_repr(ThreadState* ts, Value self) {
  DictObject* d = as_dict(self);
  if (d->used == 0) return str_new(ts, "{}");
  int rc = repr_enter(ts, self.obj());
  if (rc != 0) return rc > 0 ? str_new(ts, "{...}") : Value();
  std::string out = "{";
  Value result;
  {
    // No RecursionGuard here: repr() counts each key's and value's level, as
    // CPython's PyObject_Repr does (a nested dict costs one level, not two).
    bool ok = true;
    bool first = true;
    for (int64_t i = 0; ok && i < d->nentries; i++) {
      DictEntry& e = d->entries[i];
      if (!e.key) continue;
      Ref k = Ref::borrow(e.key), v = Ref::borrow(e.value);
      if (!first) out += ", ";
      first = false;
      Ref kr(repr(ts, k.get()));
      if (!kr) { ok = false; break; }
      out += str_view(kr.get());
      out += ": ";
      Ref vr(repr(ts, v.get()));
      if (!vr) { ok = false; break; }
      out += str_view(vr.get());
    }
    if (ok) {
      out += "}";
      result = str_new(ts, out);
    }
  }
  repr_leave(ts, self.obj());
  return result;
}

int dict_equal(ThreadState* ts, DictObject* a, DictObject* b) {
  if (a->used != b->used) return 0;
  for (int64_t i = 0; i < a->nentries; i++) {
    DictEntry& e = a->entries[i];
    if (!e.key) continue;
    Ref k = Ref::borrow(e.key), av = Ref::borrow(e.value);
    int64_t ix = lookup(ts, b, k.get(), e.hash);
    if (ix == kLookupError) return -1;
    if (ix < 0) return 0;
    Ref bv = Ref::borrow(b->entries[ix].value);
    int c = eq_fast(ts, av.get(), bv.get());
    if (c <= 0) return c;
  }
  return 1;
}

Value dict_richcompare(ThreadState* ts, Value a, Value b, CmpOp op) {
  if (!is_dict(ts, a) || !is_dict(ts, b) || (op != CmpOp::Eq && op != CmpOp::Ne)) return Value::not_implemented();
  int c = dict_equal(ts, as_dict(a), as_dict(b));
  if (c < 0) return Value();
  return Value::boolean((c == 1) == (op == CmpOp::Eq));
}

bool dict_len(ThreadState* ts, Value self, int64_t* out) {
  *out = as_dict(self)->used;
  return true;
}

int dict_contains(ThreadState* ts, Value self, Value key) {
  Value v = dict_get(ts, as_dict(self), key);
  if (v) return 1;
  return err_occurred(ts) ? -1 : 0;
}

Value dict_subscript(ThreadState* ts, Value self, Value key) {
  int64_t h;
  if (!hash_fast(ts, key, &h)) return Value();
  DictObject* d = as_dict(self);
  int64_t ix = lookup(ts, d, key, h);
  if (ix >= 0) return newref(d->entries[ix].value);
  if (ix == kLookupError) return Value();
  if (self.obj()->type != ts->interp->types.dict) {
    bool is_method = false;
    Value missing = lookup_special(ts, self, ts->interp->names.__missing__, &is_method);
    if (missing) {
      Ref m(missing);
      if (is_method) return call2(ts, m.get(), self, key);
      return call1(ts, m.get(), key);
    }
    if (err_occurred(ts)) return Value();
  }
  return raise_key_error(ts, key);
}

bool dict_ass_sub(ThreadState* ts, Value self, Value key, Value v) {
  DictObject* d = as_dict(self);
  if (v) return dict_set(ts, d, key, v);
  int r = dict_del(ts, d, key);
  if (r == 0) raise_key_error(ts, key);
  return r == 1;
}

Value dict_new_slot(ThreadState* ts, TypeObject* type, const Value* args, size_t nargs, TupleObject* kwnames) {
  Object* o = alloc_object(ts, type);
  if (o && type == ts->interp->types.dict) gc_untrack_new(ts->interp, o);
  return o ? Value::from_obj(o) : Value();
}

// dict(arg) / d.update(arg, **kw) argument handling.
bool update_common(ThreadState* ts, DictObject* d, const char* fname, const Value* args, size_t nargs,
                   TupleObject* kwnames) {
  if (nargs > 1) {
    raisef(ts, Exc::TypeError, "%s expected at most 1 argument, got %zu", fname, nargs);
    return false;
  }
  if (nargs == 1 && !dict_update(ts, d, args[0])) return false;
  if (kwnames) {
    for (int64_t i = 0; i < kwnames->size; i++)
      if (!dict_set(ts, d, kwnames->items[i], args[nargs + size_t(i)])) return false;
  }
  return true;
}

bool dict_init(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  return update_common(ts, as_dict(self), "dict", args, nargs, kwnames);
}

Value dict_or(ThreadState* ts, Value a, Value b) {
  if (!is_dict(ts, a) || !is_dict(ts, b)) return Value::not_implemented();
  DictObject* r = dict_copy(ts, as_dict(a));
  if (!r) return Value();
  Ref res(Value::from_obj(r));
  if (!dict_update(ts, r, b)) return Value();
  return res.release();
}

Value dict_ior(ThreadState* ts, Value a, Value b) {
  if (!is_dict(ts, a)) return Value::not_implemented();
  if (!dict_update(ts, as_dict(a), b)) return Value();
  return newref(a);
}

// ---------------------------------------------------------------- methods
Value m_get(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "get", kw) || !check_nargs(ts, "get", nargs, 1, 2)) return Value();
  Value v = dict_get(ts, as_dict(self), args[0]);
  if (v) return newref(v);
  if (err_occurred(ts)) return Value();
  return nargs > 1 ? newref(args[1]) : Value::none();
}

Value m_setdefault(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "setdefault", kw) || !check_nargs(ts, "setdefault", nargs, 1, 2)) return Value();
  DictObject* d = as_dict(self);
  int64_t h;
  if (!hash_fast(ts, args[0], &h)) return Value();
  int64_t ix = lookup(ts, d, args[0], h);
  if (ix == kLookupError) return Value();
  if (ix >= 0) return newref(d->entries[ix].value);
  Value def = nargs > 1 ? args[1] : Value::none();
  if (!insert_new(ts, d, args[0], h, def)) return Value();
  return newref(def);
}

Value m_pop(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "pop", kw) || !check_nargs(ts, "pop", nargs, 1, 2)) return Value();
  DictObject* d = as_dict(self);
  int64_t h;
  if (!hash_fast(ts, args[0], &h)) return Value();
  int64_t ix = d->used ? lookup(ts, d, args[0], h) : kNotFound;
  if (ix == kLookupError) return Value();
  if (ix < 0) {
    if (nargs > 1) return newref(args[1]);
    return raise_key_error(ts, args[0]);
  }
  Value v = newref(d->entries[ix].value);
  delete_entry(d, slot_of(d, h, ix), ix);
  return v;
}

Value m_popitem(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "popitem", kw) || !check_nargs(ts, "popitem", nargs, 0, 0)) return Value();
  DictObject* d = as_dict(self);
  if (d->used == 0) return raise(ts, Exc::KeyError, "popitem(): dictionary is empty");
  int64_t i = d->nentries - 1;
  while (i >= 0 && !d->entries[i].key) i--;
  DictEntry& e = d->entries[i];
  TupleObject* t = tuple_new(ts, 2);
  if (!t) return Value();
  uint64_t slot = slot_of(d, e.hash, i);
  indices(d)[slot] = kDummy;
  t->items[0] = e.key;   // the entry's references move to the tuple
  t->items[1] = e.value;
  e.key = Value();
  e.value = Value();
  d->used--;
  d->version++;
  // Entry slots past i are reused; the index table keeps the dummy, so usable does not grow.
  d->capacity -= d->nentries - i;
  d->nentries = i;
  return Value::from_obj(t);
}

Value m_update(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!update_common(ts, as_dict(self), "update", args, nargs, kw)) return Value();
  return Value::none();
}

Value m_fromkeys(ThreadState* ts, Value cls, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "fromkeys", kw) || !check_nargs(ts, "fromkeys", nargs, 1, 2)) return Value();
  Value value = nargs > 1 ? args[1] : Value::none();
  Ref d(call0(ts, cls));
  if (!d) return Value();
  bool exact = d.get().is_obj() && d.obj()->type == ts->interp->types.dict;
  Ref it(get_iter(ts, args[0]));
  if (!it) return Value();
  for (;;) {
    Ref k(iter_next(ts, it.get()));
    if (!k) {
      if (err_occurred(ts)) return Value();
      break;
    }
    bool ok = exact ? dict_set(ts, d.as<DictObject>(), k.get(), value) : setitem(ts, d.get(), k.get(), value);
    if (!ok) return Value();
  }
  return d.release();
}

Value m_copy(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (nargs || (kw && kw->size)) return raisef(ts, Exc::TypeError, "dict.copy() takes no arguments (%zu given)", nargs);
  DictObject* r = dict_copy(ts, as_dict(self));
  return r ? Value::from_obj(r) : Value();
}

Value m_clear(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (nargs || (kw && kw->size)) return raisef(ts, Exc::TypeError, "dict.clear() takes no arguments (%zu given)", nargs);
  dict_clear(as_dict(self));
  return Value::none();
}

Value m_class_getitem(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!check_nargs(ts, "__class_getitem__", nargs, 1, 1)) return Value();
  return generic_alias_new(ts, self, args[0]);  // list[int]
}

}  // namespace

// Views and iterators (dictviews.cpp).
Value dict_view_new(ThreadState* ts, Value dict, TypeObject* type);
Value dict_iter_new(ThreadState* ts, DictObject* d, TypeObject* type, bool reverse);

namespace {

Value dict_iter(ThreadState* ts, Value self) {
  return dict_iter_new(ts, as_dict(self), ts->interp->types.dict_keyiter, false);
}

Value m_keys(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (nargs || (kw && kw->size)) return raisef(ts, Exc::TypeError, "dict.keys() takes no arguments (%zu given)", nargs);
  return dict_view_new(ts, self, ts->interp->types.dict_keys);
}
Value m_values(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (nargs || (kw && kw->size)) return raisef(ts, Exc::TypeError, "dict.values() takes no arguments (%zu given)", nargs);
  return dict_view_new(ts, self, ts->interp->types.dict_values);
}
Value m_items(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (nargs || (kw && kw->size)) return raisef(ts, Exc::TypeError, "dict.items() takes no arguments (%zu given)", nargs);
  return dict_view_new(ts, self, ts->interp->types.dict_items);
}
Value m_reversed(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!check_nargs(ts, "__reversed__", nargs, 0, 0)) return Value();
  return dict_iter_new(ts, as_dict(self), ts->interp->types.dict_revkeyiter, true);
}

const MethodDef dict_methods[] = {
    {"get", m_get},
    {"setdefault", m_setdefault},
    {"pop", m_pop},
    {"popitem", m_popitem},
    {"keys", m_keys},
    {"values", m_values},
    {"items", m_items},
    {"update", m_update},
    {"fromkeys", m_fromkeys, kMethClass},
    {"copy", m_copy},
    {"clear", m_clear},
    {"__reversed__", m_reversed},
    {"__class_getitem__", m_class_getitem, kMethClass},
    {nullptr, nullptr},
};

}  // namespace

const TypeSpec dict_type_spec = {
    .name = "dict",
    .basicsize = sizeof(DictObject),
    .flags = kTypeBaseType | kTypeHasGC | kTypeDictSubclass,
    .slots = {
        .dealloc = dict_dealloc,
        .traverse = dict_traverse,
        .clear = dict_clear_slot,
        .repr = dict_repr,
        .richcompare = dict_richcompare,
        .iter = dict_iter,
        .new_ = dict_new_slot,
        .init = dict_init,
        .or_ = dict_or,
        .ior = dict_ior,
        .len = dict_len,
        .getitem = dict_subscript,
        .setitem = dict_ass_sub,
        .contains = dict_contains,
    },
    .methods = dict_methods,
    .doc = "Built-in mapping.",
};

}  // namespace minipy
