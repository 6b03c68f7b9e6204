// vm/attr_cache.cpp — the out-of-line half of the attribute inline caches
// (layout and hit paths in vm/attr_cache.h): the cached forms that call out
// (descriptors, bound methods, attributes of classes), the analysis that
// specialises a site from what a lookup finds, and the policy for misses.
// Must not: specialise anything whose fast form could answer differently from
// the generic protocol (abstract.cpp's generic_getattr / lookup_method /
// generic_setattr and typeobject.cpp's type_getattro) while the recorded
// versions still match.
//
// Policy. An unspecialised site tries to specialise on its first execution.
// A failed try waits 2^exp executions (exp grows up to kMaxBackoff) before the
// next. A specialised site has a budget of kMissBudget misses; a miss whose
// type would get the same entry (a subclass sharing a base-class method, a
// class whose version moved) adds that version to the site instead of
// replacing it. When the budget is spent the site goes back to unspecialised
// with the next back-off, so megamorphic sites settle on the generic path.
#include "vm/attr_cache.h"

namespace minipy {
namespace attr_cache {

namespace {

constexpr uint32_t kMissBudget = 32;
constexpr uint32_t kMaxBackoff = 12;
constexpr uint32_t kCounterShift = 14;
constexpr uint32_t kCounterOne = 1u << kCounterShift;

inline uint32_t backoff_exp(uint32_t s) { return (s >> 8) & 0xf; }
inline uint32_t rotate_of(uint32_t s) { return (s >> 12) & 3; }
inline uint32_t counter_of(uint32_t s) { return s >> kCounterShift; }
inline uint32_t make_state(uint32_t kind, uint32_t exp, uint32_t rot, uint32_t counter) {
  return kind | (exp << 8) | (rot << 12) | (counter << kCounterShift);
}

// What a site would be specialised to for one receiver.
struct Entry {
  uint32_t kind = kUnspecialised;
  uint32_t aux = 0;
  uint32_t guard = 0;
  Value ptr;
  uint32_t version = 0;
};

void write_entry(uint32_t* c, const Entry& e, uint32_t exp) {
  c[0] = make_state(e.kind, exp, 1, kMissBudget);
  c[1] = e.aux;
  c[2] = e.guard;
  uintptr_t p = e.ptr.bits();
  std::memcpy(c + 3, &p, sizeof p);
  for (uint32_t i = 0; i < kVersionSlots; i++) c[kFirstVersion + i] = e.version;
}

// Can the site's entry serve this receiver too (only the version differs)?
bool same_entry(const uint32_t* c, const Entry& e) {
  if (kind_of(c) != e.kind || c[2] != e.guard || cached_ptr(c) != e.ptr) return false;
  // An instance-dict hint is per receiver anyway; offsets and metaclass versions must agree.
  return e.kind == kInstanceValue || e.kind == kStoreInstance || c[1] == e.aux;
}

// The receiver was not served by the site: spend one miss and adapt.
// `ok` tells whether the receiver could be cached at all (e is its entry).
void on_miss(uint32_t* c, bool ok, const Entry& e) {
  uint32_t s = c[0];
  uint32_t kind = s & 0xff, exp = backoff_exp(s), counter = counter_of(s);
  if (kind == kUnspecialised) {
    if (ok) {
      write_entry(c, e, exp);
    } else {
      exp = exp < kMaxBackoff ? exp + 1 : exp;
      c[0] = make_state(kUnspecialised, exp, 0, (1u << exp) - 1);
    }
    return;
  }
  if (counter <= 1) {  // budget spent: back to the generic path for a while
    exp = exp < kMaxBackoff ? exp + 1 : exp;
    c[0] = make_state(kUnspecialised, exp, 0, (1u << exp) - 1);
    return;
  }
  uint32_t rot = rotate_of(s);
  if (ok && same_entry(c, e)) {
    c[kFirstVersion + rot] = e.version;
    rot = (rot + 1) % kVersionSlots;
  }
  c[0] = make_state(kind, exp, rot, counter - 1);
}

// Unspecialised and still backing off? Then count the execution down.
inline bool backing_off(uint32_t* c) {
  uint32_t s = c[0];
  if ((s & 0xff) != kUnspecialised || counter_of(s) == 0) return false;
  c[0] = s - kCounterOne;
  return true;
}

inline bool is_heap(TypeObject* t) { return type_has(t, kTypeHeapType); }

// Record what the site relies on about a cached object: its type's version
// when that type is a Python class. False when it cannot be relied on.
bool set_guard(ThreadState* ts, Value v, Entry* e) {
  TypeObject* vt = type_of(ts, v);
  e->ptr = v;
  e->guard = is_heap(vt) ? vt->version : 0;
  return !is_heap(vt) || vt->version != 0;
}

inline bool guard_ok(ThreadState* ts, const uint32_t* c, Value p) { return c[2] == 0 || type_of(ts, p)->version == c[2]; }

// The instance-dict hint for `name` in obj's __dict__, when it holds the
// interned name itself (an equal but distinct key would never pass hint_ok).
bool dict_hint(Value obj, TypeObject* t, StrObject* name, uint32_t* hint) {
  if (!t->dictoffset) return false;
  DictObject* d = *dict_slot(obj, t);
  if (!d) return false;
  int64_t ix = dict_index_str(d, name);
  if (ix < 0 || ix > int64_t(UINT32_MAX) || d->entries[ix].key != Value::from_obj(name)) return false;
  *hint = uint32_t(ix);
  return true;
}

// __slots__ member usable by offset: it must belong to a class on t's MRO
// (a member descriptor copied into an unrelated class must keep raising).
bool member_offset(ThreadState* ts, TypeObject* t, Value descr, uint32_t* off) {
  if (type_of(ts, descr) != ts->interp->types.member_descr) return false;
  auto* m = descr.as<MemberDescrObject>();
  if (!is_subtype(t, m->owner) || m->offset <= 0 || m->offset > int64_t(UINT32_MAX)) return false;
  *off = uint32_t(m->offset);
  return true;
}

// ----------------------------------------------------------------- loads: analysis
// Mirrors generic_getattr (instances) and type_getattro (classes).
bool analyse_instance_load(ThreadState* ts, Value obj, TypeObject* t, StrObject* name, bool hook, Entry* e) {
  e->version = t->version;
  Value descr = type_lookup(t, name);
  if (!descr) {
    e->kind = kInstanceValue;
    return dict_hint(obj, t, name, &e->aux);
  }
  TypeObject* dt = type_of(ts, descr);
  if (dt->slots.descr_set) {  // data descriptors come before the instance dict
    if (member_offset(ts, t, descr, &e->aux)) {
      e->kind = kSlotValue;  // an empty slot misses, and the generic path raises (or calls __getattr__)
      return true;
    }
    // A getter's AttributeError must reach __getattr__: only without a hook.
    if (hook || !dt->slots.descr_get) return false;
    e->kind = kDataDescr;
    return set_guard(ts, descr, e);
  }
  // A value in the instance dict shadows a class attribute that cannot turn
  // into a data descriptor (its type is built in).
  if (!is_heap(dt) && dict_hint(obj, t, name, &e->aux)) {
    e->kind = kInstanceValue;
    return true;
  }
  if (dt == ts->interp->types.function || dt == ts->interp->types.method_descr) {
    e->kind = kMethod;
  } else if (dt->slots.descr_get) {
    if (hook) return false;
    e->kind = kNonDataDescr;
  } else {
    e->kind = kClassValue;
  }
  return set_guard(ts, descr, e);
}

bool analyse_class_load(ThreadState* ts, Value obj, TypeObject* meta, StrObject* name, bool hook, Entry* e) {
  TypeObject* cls = obj.as<TypeObject>();
  Value meta_attr = type_lookup(meta, name);
  if (meta_attr) {
    TypeObject* mdt = type_of(ts, meta_attr);
    if (mdt->slots.descr_set) {  // a metaclass data descriptor (C.__name__, C.__dict__...) wins
      if (hook || !mdt->slots.descr_get) return false;
      e->kind = kDataDescr;
      e->version = meta->version;
      return set_guard(ts, meta_attr, e);
    }
    if (is_heap(mdt)) return false;  // could become a data descriptor behind the metaclass's back
  }
  Value attr = type_lookup(cls, name);
  if (!attr || cls->version == 0) return false;
  TypeObject* adt = type_of(ts, attr);
  if (adt->slots.descr_get && adt != ts->interp->types.function) {  // function.__get__(None, C) is the function
    if (hook) return false;
    e->kind = kClassAttrDescr;
  } else {
    e->kind = kClassAttrValue;
  }
  e->aux = meta->version;
  e->version = cls->version;
  return set_guard(ts, attr, e);
}

bool analyse_load(ThreadState* ts, Value obj, StrObject* name, Entry* e) {
  TypeObject* t = type_of(ts, obj);
  if (t->version == 0) return false;
  switch (type_attr_protocol(ts, t)) {
    case AttrProtocol::Generic: return analyse_instance_load(ts, obj, t, name, false, e);
    case AttrProtocol::GenericHook: return analyse_instance_load(ts, obj, t, name, true, e);
    case AttrProtocol::Class: return analyse_class_load(ts, obj, t, name, false, e);
    case AttrProtocol::ClassHook: return analyse_class_load(ts, obj, t, name, true, e);
    case AttrProtocol::Other: break;
  }
  return false;
}

// ----------------------------------------------------------------- loads: cached forms
// Serve obj.name from the site. True when served (*out is the result, or null
// with an error pending); false for a miss (nothing was done).
bool try_load(ThreadState* ts, uint32_t* c, Value obj, StrObject* name, bool method, Value* out,
              bool* is_method) {
  TypeObject* t = type_of(ts, obj);
  uint32_t kind = kind_of(c);
  if (kind == kClassAttrValue || kind == kClassAttrDescr) {
    // t is a metaclass only if its version is the one recorded.
    if (t->version != c[1] || !version_ok(c, obj.as<TypeObject>()->version)) return false;
    Value p = cached_ptr(c);
    if (!guard_ok(ts, c, p)) return false;
    if (kind == kClassAttrValue) {
      *out = newref(p);
      return true;
    }
    TypeObject* pt = type_of(ts, p);
    if (method && pt == ts->interp->types.classmethod) {
      // C.f(...) for a classmethod: call the function with C, no bound method.
      Value f = p.as<ClassMethodObject>()->func;
      if (type_of(ts, f) == ts->interp->types.function) {
        *is_method = true;
        *out = newref(f);
        return true;
      }
    }
    Ref hold = Ref::borrow(p);
    *out = pt->slots.descr_get(ts, p, Value(), obj);
    return true;
  }
  if (!version_ok(c, t->version)) return false;
  switch (kind) {
    case kInstanceValue: {
      // The inline path already tried the hint: look the name up, and move
      // the hint when this instance keeps it elsewhere.
      DictObject* d = *dict_slot(obj, t);
      if (!d) return false;
      int64_t ix = dict_index_str(d, name);
      if (ix < 0) return false;  // a class attribute, __getattr__ or AttributeError: the generic path decides
      if (d->entries[ix].key == Value::from_obj(name) && ix <= int64_t(UINT32_MAX))
        c[1] = uint32_t(ix);
      *out = newref(d->entries[ix].value);
      return true;
    }
    case kSlotValue: {
      Value v = *reinterpret_cast<Value*>(reinterpret_cast<char*>(obj.obj()) + c[1]);
      if (!v) return false;
      *out = newref(v);
      return true;
    }
    case kDataDescr: {
      Value p = cached_ptr(c);
      if (!guard_ok(ts, c, p)) return false;
      Ref hold = Ref::borrow(p);  // the getter may change the class and drop it
      *out = type_of(ts, p)->slots.descr_get(ts, p, obj, Value::from_obj(t));
      return true;
    }
    case kMethod:
    case kNonDataDescr:
    case kClassValue: {
      Value p = cached_ptr(c);
      if (!guard_ok(ts, c, p)) return false;
      if (t->dictoffset) {  // the instance dict shadows non-data descriptors
        DictObject* d = *dict_slot(obj, t);
        if (d && d->used) {
          if (Value v = dict_get_str(d, name)) {
            *out = newref(v);
            return true;
          }
        }
      }
      if (kind == kClassValue) {
        *out = newref(p);
        return true;
      }
      TypeObject* pt = type_of(ts, p);
      if (kind == kMethod) {
        if (method) {
          *is_method = true;
          *out = newref(p);
          return true;
        }
        if (pt == ts->interp->types.function) {
          *out = method_new(ts, p, obj);
          return true;
        }
      }
      Ref hold = Ref::borrow(p);
      *out = pt->slots.descr_get(ts, p, obj, Value::from_obj(t));
      return true;
    }
    default:
      return false;
  }
}

// A miss: analyse the receiver first (the analysis runs no code), let the
// policy adapt the site (on_miss: a receiver that gets the entry the site
// already has only adds its version, e.g. after a class attribute was
// assigned, which renews the versions of the class and its subclasses), and
// serve the access from the site when it now can; the generic lookup is left
// for what the site cannot serve.
Value load_common(ThreadState* ts, uint32_t* c, Value obj, StrObject* name, bool method, bool* is_method) {
  *is_method = false;
  Value out;
  if (kind_of(c) != kUnspecialised) {
    if (try_load(ts, c, obj, name, method, &out, is_method)) return out;
  } else if (backing_off(c)) {
    return method ? lookup_method(ts, obj, name, is_method) : getattr(ts, obj, name);
  }
  Entry e;
  bool ok = analyse_load(ts, obj, name, &e);
  on_miss(c, ok, e);
  if (ok && kind_of(c) != kUnspecialised && try_load(ts, c, obj, name, method, &out, is_method)) return out;
  *is_method = false;
  return method ? lookup_method(ts, obj, name, is_method) : getattr(ts, obj, name);
}

// ----------------------------------------------------------------- stores
// Mirrors generic_setattr.
bool analyse_store(ThreadState* ts, Value obj, StrObject* name, Entry* e) {
  TypeObject* t = type_of(ts, obj);
  if (t->version == 0) return false;
  if (t->slots.setattr && t->slots.setattr != generic_setattr) return false;
  e->version = t->version;
  Value descr = type_lookup(t, name);
  if (descr) {
    TypeObject* dt = type_of(ts, descr);
    if (dt->slots.descr_set) {
      if (member_offset(ts, t, descr, &e->aux)) {
        e->kind = kStoreSlot;
        return true;
      }
      e->kind = kStoreDescr;
      return set_guard(ts, descr, e);
    }
    if (is_heap(dt)) return false;  // could gain __set__ later
  }
  // An instance-dict store: the hint (where the key is now) is per instance
  // and optional; a __dict__ to store into is what it needs.
  e->kind = kStoreInstance;
  if (!dict_hint(obj, t, name, &e->aux)) e->aux = 0;
  return t->dictoffset != 0;
}

bool try_store(ThreadState* ts, const uint32_t* c, Value obj, StrObject* name, Value v, bool* ok) {
  TypeObject* t = type_of(ts, obj);
  if (!version_ok(c, t->version)) return false;
  switch (kind_of(c)) {
    case kStoreInstance: {
      // The hint missed (e.g. __init__ adding the attribute): a plain dict store.
      DictObject** dp = dict_slot(obj, t);
      if (!*dp && !(*dp = dict_new(ts))) {
        *ok = false;
        return true;
      }
      *ok = dict_set(ts, *dp, Value::from_obj(name), v);
      return true;
    }
    case kStoreSlot: {
      Value* slot = reinterpret_cast<Value*>(reinterpret_cast<char*>(obj.obj()) + c[1]);
      Value old = *slot;
      *slot = newref(v);
      decref(old);
      *ok = true;
      return true;
    }
    case kStoreDescr: {
      Value p = cached_ptr(c);
      if (!guard_ok(ts, c, p)) return false;
      Ref hold = Ref::borrow(p);
      *ok = type_of(ts, p)->slots.descr_set(ts, p, obj, v);
      return true;
    }
    default:
      return false;
  }
}

}  // namespace

Value load_attr_slow(ThreadState* ts, uint32_t* c, Value obj, StrObject* name) {
  bool is_method;
  return load_common(ts, c, obj, name, false, &is_method);
}

Value load_method_slow(ThreadState* ts, uint32_t* c, Value obj, StrObject* name, bool* is_method) {
  return load_common(ts, c, obj, name, true, is_method);
}

bool store_attr_slow(ThreadState* ts, uint32_t* c, Value obj, StrObject* name, Value v) {
  bool ok;
  if (kind_of(c) != kUnspecialised) {
    if (try_store(ts, c, obj, name, v, &ok)) return ok;
  } else if (backing_off(c)) {
    return setattr(ts, obj, name, v);
  }
  // As load_common: analyse, adapt, then serve from the site when it can.
  Entry e;
  bool cacheable = analyse_store(ts, obj, name, &e);
  on_miss(c, cacheable, e);
  if (cacheable && kind_of(c) != kUnspecialised && try_store(ts, c, obj, name, v, &ok)) return ok;
  return setattr(ts, obj, name, v);
}

}  // namespace attr_cache
}  // namespace minipy
