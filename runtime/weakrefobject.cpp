// runtime/weakrefobject.cpp — weak references: the per-referent lists, the
// weakref.ReferenceType type, and the hooks that clear weak references when
// their referent dies (reference counting: memory.cpp / typeobject.cpp) or is
// found to be cyclic garbage (gc.cpp). The proxy types are in weakproxy.cpp,
// the `_weakref` module in stdlib/_weakref.cpp.
//
// CPython's rules, which programs can observe:
//  * a callback-less weakref.ref(o) is shared: there is at most one, first in
//    o's list; the callback-less proxy is second; every other weakref goes
//    right after those, so callbacks run newest first;
//  * when o dies by reference counting, every weakref to it is cleared first,
//    then the callbacks run in list order (__callback__ reads None afterwards);
//    for instances of Python classes this happens after __del__;
//  * when o is cyclic garbage, its weakrefs are cleared before any finaliser
//    runs, and only the callbacks of weakrefs that are not garbage themselves
//    run (their __callback__ stays set).
// Must not: hold a strong reference to a referent, or touch a referent whose
// list was detached (it is being freed).
#include "runtime/weakrefobject.h"

#include <cstdio>
#include <cstring>
#include <string>
#include <utility>

#include "runtime/gc.h"

namespace minipy {

namespace {

inline WeakrefObject* as_wr(Value v) { return v.as<WeakrefObject>(); }
inline WeakrefObject* as_wr(Object* o) { return static_cast<WeakrefObject*>(o); }

// The built-in weakref type an object's type derives from, or null.
const TypeSpec* weakref_kind(TypeObject* t) {
  while (t && type_has(t, kTypeHeapType)) t = t->base;
  if (!t) return nullptr;
  const TypeSpec* s = t->spec;
  if (s == &weakref_ref_type_spec || s == &weakref_proxy_type_spec || s == &weakref_callable_proxy_type_spec) return s;
  return nullptr;
}
inline bool is_exact_ref(WeakrefObject* wr) { return wr->type->spec == &weakref_ref_type_spec; }
inline bool is_proxy(WeakrefObject* wr) {
  return wr->type->spec == &weakref_proxy_type_spec || wr->type->spec == &weakref_callable_proxy_type_spec;
}

// CPython's tp_name: the dotted spec name of a built-in type, __name__ of a class.
const char* tp_name(TypeObject* t) {
  if (!type_has(t, kTypeHeapType) && t->spec && t->spec->name) return t->spec->name;
  return t->name ? t->name->data : "?";
}

WeakrefObject* list_head(Interpreter* in, Object* o) {
  if (!(gc_head_of(o)->flags & kGcHasWeakrefs)) return nullptr;
  auto it = in->gc->weakrefs.find(o);
  return it == in->gc->weakrefs.end() ? nullptr : it->second;
}
void set_list_head(Interpreter* in, Object* o, WeakrefObject* head) {
  if (head) {
    in->gc->weakrefs[o] = head;
    gc_head_of(o)->flags |= kGcHasWeakrefs;
  } else {
    in->gc->weakrefs.erase(o);
    gc_head_of(o)->flags &= ~kGcHasWeakrefs;
  }
}

void insert_head(Interpreter* in, WeakrefObject* wr, Object* o) {
  WeakrefObject* head = list_head(in, o);
  wr->wr_prev = nullptr;
  wr->wr_next = head;
  if (head) head->wr_prev = wr;
  set_list_head(in, o, wr);
}
void insert_after(WeakrefObject* wr, WeakrefObject* prev) {
  wr->wr_prev = prev;
  wr->wr_next = prev->wr_next;
  if (prev->wr_next) prev->wr_next->wr_prev = wr;
  prev->wr_next = wr;
}

// Take wr out of its referent's list; it reads as dead from now on.
void unlink(Interpreter* in, WeakrefObject* wr) {
  Object* o = wr->referent;
  if (!o) return;
  if (wr->wr_prev) wr->wr_prev->wr_next = wr->wr_next;
  else set_list_head(in, o, wr->wr_next);
  if (wr->wr_next) wr->wr_next->wr_prev = wr->wr_prev;
  wr->wr_prev = wr->wr_next = nullptr;
  wr->referent = nullptr;
}

// The shared callback-less ref and proxy at the front of a list (either may be null).
void basic_refs(WeakrefObject* head, WeakrefObject** ref, WeakrefObject** proxy) {
  *ref = *proxy = nullptr;
  if (head && !head->callback && is_exact_ref(head)) {
    *ref = head;
    head = head->wr_next;
  }
  if (head && !head->callback && is_proxy(head)) *proxy = head;
}

Value cannot_weakref(ThreadState* ts, Value o) {
  return raisef(ts, Exc::TypeError, "cannot create weak reference to '%s' object", tp_name(type_of(ts, o)));
}

// A new weakref of `type` to o, linked where CPython links it.
Value make_weakref(ThreadState* ts, TypeObject* type, Object* o, Value callback, bool shared_slot) {
  Interpreter* in = ts->interp;
  auto* wr = static_cast<WeakrefObject*>(alloc_object(ts, type));
  if (!wr) return Value();
  wr->referent = o;
  wr->callback = callback ? newref(callback) : Value();
  wr->hash = -1;
  WeakrefObject *ref, *proxy;
  basic_refs(list_head(in, o), &ref, &proxy);
  if (shared_slot && is_exact_ref(wr)) {
    insert_head(in, wr, o);
  } else {
    WeakrefObject* prev = shared_slot ? ref : (proxy ? proxy : ref);
    if (prev) insert_after(wr, prev);
    else insert_head(in, wr, o);
  }
  return Value::from_obj(wr);
}

// ---------------------------------------------------------------- weakref.ref
Value ref_new(ThreadState* ts, TypeObject* type, const Value* args, size_t nargs, TupleObject* /*kwnames*/) {
  // Like CPython, __new__ ignores keyword arguments (__init__ rejects them), so
  // subclasses may take extra ones.
  size_t npos = nargs;
  if (!check_nargs(ts, "__new__", npos, 1, 2)) return Value();
  Value ob = args[0];
  Value callback = npos > 1 && !args[1].is_none() ? args[1] : Value();
  if (!ob.is_obj() || !weakref_supported(ob.obj()->type)) return cannot_weakref(ts, ob);
  bool exact = type->spec == &weakref_ref_type_spec;
  if (!callback && exact) {
    WeakrefObject *ref, *proxy;
    basic_refs(list_head(ts->interp, ob.obj()), &ref, &proxy);
    if (ref) return newref(Value::from_obj(ref));
  }
  return make_weakref(ts, type, ob.obj(), callback, !callback && exact);
}

bool ref_init(ThreadState* ts, Value, const Value*, size_t nargs, TupleObject* kwnames) {
  if (!no_kwargs(ts, "ref", kwnames)) return false;
  return check_nargs(ts, "__init__", nargs, 1, 2);
}

void ref_dealloc(Object* o) {
  WeakrefObject* wr = as_wr(o);
  if (wr->referent)
    if (ThreadState* ts = current_thread_state()) unlink(ts->interp, wr);
  Value cb = wr->callback;
  wr->callback = Value();
  decref(cb);
  free_object(o);
}

void ref_traverse(Object* o, VisitFn visit, void* arg) {
  Value cb = as_wr(o)->callback;
  if (cb.is_obj()) visit(cb.obj(), arg);
}

void ref_clear(Object* o) {
  WeakrefObject* wr = as_wr(o);
  if (wr->referent)
    if (ThreadState* ts = current_thread_state()) unlink(ts->interp, wr);
  Value cb = wr->callback;
  wr->callback = Value();
  decref(cb);
}

Value ref_call(ThreadState* ts, Value self, const Value*, size_t nargs, TupleObject* kwnames) {
  if (!no_kwargs(ts, "weakref", kwnames)) return Value();
  if (nargs) return raisef(ts, Exc::TypeError, "weakref expected 0 arguments, got %zu", nargs);
  Object* o = as_wr(self)->referent;
  return o ? newref(Value::from_obj(o)) : Value::none();
}

bool ref_hash(ThreadState* ts, Value self, int64_t* out) {
  WeakrefObject* wr = as_wr(self);
  if (wr->hash != -1) {
    *out = wr->hash;
    return true;
  }
  if (!wr->referent) {
    raise(ts, Exc::TypeError, "weak object has gone away");
    return false;
  }
  Ref o = Ref::borrow(Value::from_obj(wr->referent));
  int64_t h;
  if (!hash(ts, o.get(), &h)) return false;
  wr->hash = h;
  *out = h;
  return true;
}

Value ref_richcompare(ThreadState* ts, Value a, Value b, CmpOp op) {
  if ((op != CmpOp::Eq && op != CmpOp::Ne) || !is_weakref_or_proxy(a) || !is_weakref_or_proxy(b))
    return Value::not_implemented();
  Object* oa = as_wr(a)->referent;
  Object* ob = as_wr(b)->referent;
  if (!oa || !ob) {
    bool same = a == b;
    return Value::boolean(op == CmpOp::Eq ? same : !same);
  }
  Ref ha = Ref::borrow(Value::from_obj(oa));
  Ref hb = Ref::borrow(Value::from_obj(ob));
  return richcompare(ts, ha.get(), hb.get(), op);
}

Value ref_repr(ThreadState* ts, Value self) {
  WeakrefObject* wr = as_wr(self);
  char buf[160];
  if (!wr->referent) {
    snprintf(buf, sizeof buf, "<weakref at %p; dead>", static_cast<void*>(wr));
    return str_new(ts, buf);
  }
  Ref o = Ref::borrow(Value::from_obj(wr->referent));
  // CPython 3.11 looks __name__ up on the type (a module's name does not show).
  bool is_method = false;
  Ref name(lookup_special(ts, o.get(), ts->interp->names.__name__, &is_method));
  if (!name && err_occurred(ts)) return Value();
  std::string s;
  snprintf(buf, sizeof buf, "<weakref at %p; to '", static_cast<void*>(wr));
  s += buf;
  s += tp_name(o.obj()->type);
  snprintf(buf, sizeof buf, "' at %p", static_cast<void*>(o.obj()));
  s += buf;
  if (name && is_str(ts, name.get())) {
    s += " (";
    s += str_view(name.get());
    s += ")";
  }
  s += ">";
  return str_new(ts, s);
}

Value ref_get_callback(ThreadState*, Value self) {
  Value cb = as_wr(self)->callback;
  return cb ? newref(cb) : Value::none();
}

Value ref_class_getitem(ThreadState* ts, Value cls, const Value* args, size_t nargs, TupleObject*) {
  if (!check_nargs(ts, "__class_getitem__", nargs, 1, 1)) return Value();
  return generic_alias_new(ts, cls, args[0]);
}

const MethodDef kRefMethods[] = {
    {"__class_getitem__", ref_class_getitem, kMethClass, "See PEP 585"},
    {nullptr, nullptr},
};
const GetSetDef kRefGetSets[] = {
    {"__callback__", ref_get_callback, nullptr, nullptr},
    {nullptr, nullptr},
};

}  // namespace

const TypeSpec weakref_ref_type_spec = {
    .name = "weakref.ReferenceType",
    .basicsize = sizeof(WeakrefObject),
    .flags = kTypeBaseType | kTypeHasGC,
    .slots = {
        .dealloc = ref_dealloc,
        .traverse = ref_traverse,
        .clear = ref_clear,
        .repr = ref_repr,
        .hash = ref_hash,
        .richcompare = ref_richcompare,
        .call = ref_call,
        .new_ = ref_new,
        .init = ref_init,
    },
    .methods = kRefMethods,
    .getsets = kRefGetSets,
};

// ---------------------------------------------------------------- creation and queries
bool is_weakref_or_proxy(Value v) { return v.is_obj() && weakref_kind(v.obj()->type) != nullptr; }

bool weakref_types_init(ThreadState* ts) {
  TypeObject** t = ts->interp->gc->weakref_types;
  if (t[0]) return true;
  // The types live as long as the interpreter (like the other native types).
  t[0] = type_from_spec(ts, &weakref_ref_type_spec, nullptr);
  if (!t[0]) return false;
  t[1] = type_from_spec(ts, &weakref_proxy_type_spec, nullptr);
  if (!t[1]) return false;
  t[2] = type_from_spec(ts, &weakref_callable_proxy_type_spec, nullptr);
  return t[2] != nullptr;
}

Value weakref_new_ref(ThreadState* ts, Value o, Value callback) {
  if (!weakref_types_init(ts)) return Value();
  Value args[2] = {o, callback ? callback : Value::none()};
  return ref_new(ts, ts->interp->gc->weakref_types[0], args, 2, nullptr);
}

Value weakref_new_proxy(ThreadState* ts, Value ob, Value callback) {
  if (!weakref_types_init(ts)) return Value();
  if (!ob.is_obj() || !weakref_supported(ob.obj()->type)) return cannot_weakref(ts, ob);
  if (callback && callback.is_none()) callback = Value();
  Object* o = ob.obj();
  WeakrefObject *ref, *proxy;
  basic_refs(list_head(ts->interp, o), &ref, &proxy);
  if (!callback && proxy) return newref(Value::from_obj(proxy));
  TypeObject* type = ts->interp->gc->weakref_types[is_callable(ts, ob) ? 2 : 1];
  auto* wr = static_cast<WeakrefObject*>(alloc_object(ts, type));
  if (!wr) return Value();
  wr->referent = o;
  wr->callback = callback ? newref(callback) : Value();
  wr->hash = -1;
  basic_refs(list_head(ts->interp, o), &ref, &proxy);
  WeakrefObject* prev = callback ? (proxy ? proxy : ref) : ref;
  if (prev) insert_after(wr, prev);
  else insert_head(ts->interp, wr, o);
  return Value::from_obj(wr);
}

int64_t weakref_count(ThreadState* ts, Value o) {
  if (!o.is_obj() || !weakref_supported(o.obj()->type)) return 0;
  int64_t n = 0;
  for (WeakrefObject* wr = list_head(ts->interp, o.obj()); wr; wr = wr->wr_next) n++;
  return n;
}

Value weakref_list(ThreadState* ts, Value o) {
  ListObject* l = list_new(ts, 0);
  if (!l || !o.is_obj() || !weakref_supported(o.obj()->type)) return Value::from_obj(l);
  for (WeakrefObject* wr = list_head(ts->interp, o.obj()); wr; wr = wr->wr_next)
    if (!list_append(ts, l, Value::from_obj(wr))) {
      decref(l);
      return Value();
    }
  return Value::from_obj(l);
}

Value weakref_first(ThreadState* ts, Object* o) {
  if (!type_has(o->type, kTypeHasGC)) return Value::none();
  WeakrefObject* head = list_head(ts->interp, o);
  return head ? newref(Value::from_obj(head)) : Value::none();
}

bool weakref_spec_supported(const TypeSpec* spec) {
  // CPython's built-in types with a weak reference list (tp_weaklistoffset),
  // among those that are containers here. Others are not weakly referenceable.
  static constexpr const char* kNames[] = {
      "type", "set", "frozenset", "function", "method", "builtin_function_or_method", "module",
      "generator", "coroutine", "async_generator", "types.GenericAlias", "collections.deque",
      "_asyncio.Future", "_asyncio.Task", "functools.partial", "collections.OrderedDict",
      "_io.TextIOWrapper", "_io.BufferedReader", "_io.BufferedWriter", "_io.FileIO", "_io.StringIO",
      "_io.BytesIO", "_thread.lock", "_thread.RLock", "_socket.socket", "re.Pattern", "array.array",
  };
  if (spec->flags & kTypeWeakrefable) return true;
  if (!spec->name) return false;
  for (const char* n : kNames)
    if (strcmp(n, spec->name) == 0) return true;
  return false;
}

// ---------------------------------------------------------------- death of a referent
void weakref_clear_referent(ThreadState* ts, Object* o) {
  Interpreter* in = ts->interp;
  WeakrefObject* head = list_head(in, o);
  set_list_head(in, o, nullptr);  // the list is detached: nothing can find o any more
  if (!head) return;
  // One callback is the common case (a WeakValueDictionary entry, a WeakSet item).
  std::vector<std::pair<WeakrefObject*, Value>> calls;
  std::vector<Value> drop;
  for (WeakrefObject* wr = head; wr;) {
    WeakrefObject* next = wr->wr_next;
    Value cb = wr->callback;
    wr->callback = Value();
    wr->referent = nullptr;
    wr->wr_prev = wr->wr_next = nullptr;
    if (cb) {
      if (wr->refcnt > 0) {
        incref(wr);
        calls.emplace_back(wr, cb);
      } else {
        drop.push_back(cb);
      }
    }
    wr = next;
  }
  for (Value cb : drop) decref(cb);
  if (calls.empty()) return;
  Value saved = err_fetch(ts);
  for (auto& [wr, cb] : calls) {
    Value r = call1(ts, cb, Value::from_obj(wr));
    if (!r) write_unraisable(ts, cb);
    decref(r);
    decref(cb);
    decref(wr);
  }
  err_restore(ts, saved);
}

bool weakref_dealloc_hook(Object* o) {
  ThreadState* ts = current_thread_state();
  if (!ts) return true;
  // Alive again for the callbacks, so a collection they trigger sees an
  // outside reference instead of garbage.
  o->refcnt = 1;
  weakref_clear_referent(ts, o);
  return --o->refcnt == 0;
}

// ---------------------------------------------------------------- cycle collector
void weakref_clear_garbage(ThreadState* ts, const std::vector<Object*>& garbage, std::vector<Object*>& to_call) {
  Interpreter* in = ts->interp;
  if (in->gc->weakrefs.empty()) {
    // No object has weak references: only garbage weakrefs (already dead) could matter.
    return;
  }
  for (Object* o : garbage) {
    // A weakref that is garbage itself is cleared, its callback kept for
    // the collector to break cycles through (CPython's _PyWeakref_ClearRef).
    if (weakref_kind(o->type)) unlink(in, as_wr(o));
    if (!(gc_head_of(o)->flags & kGcHasWeakrefs)) continue;
    WeakrefObject* head = list_head(in, o);
    set_list_head(in, o, nullptr);
    for (WeakrefObject* wr = head; wr;) {
      WeakrefObject* next = wr->wr_next;
      wr->referent = nullptr;
      wr->wr_prev = wr->wr_next = nullptr;
      bool wr_is_garbage = gc_head_of(wr)->flags & kGcInSet;
      if (wr->callback && !wr_is_garbage && wr->refcnt > 0) {
        incref(wr);
        to_call.push_back(wr);
      }
      wr = next;
    }
  }
}

void weakref_call_callbacks(ThreadState* ts, std::vector<Object*>& to_call) {
  if (to_call.empty()) return;
  Value saved = err_fetch(ts);
  for (Object* o : to_call) {
    Value cb = as_wr(o)->callback;
    if (cb) {
      Ref hold = Ref::borrow(cb);
      Value r = call1(ts, cb, Value::from_obj(o));
      if (!r) write_unraisable(ts, cb);
      decref(r);
    }
    decref(o);
  }
  to_call.clear();
  err_restore(ts, saved);
}

}  // namespace minipy
