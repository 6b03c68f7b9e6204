// runtime/gc_module_extras.cpp — the gc module's introspection and debugging
// API (see gc_module_extras.h): get_objects, get_referrers, get_referents,
// freeze / unfreeze / get_freeze_count, set_debug / get_debug and the DEBUG_*
// constants, gc.garbage and gc.callbacks, plus the hooks the collector calls
// around each collection (callbacks, DEBUG_STATS / DEBUG_COLLECTABLE reports,
// DEBUG_SAVEALL).
//
// Must not: change how the collector decides what is garbage (runtime/gc.cpp
// owns that); everything here only reads the generation lists, except
// freeze / unfreeze, which move whole lists.
#include "runtime/gc_module_extras.h"

#include <chrono>
#include <unordered_set>
#include <vector>

namespace minipy {

namespace {

GcExtras* extras_of(ThreadState* ts) { return ts->interp->gc->extras; }

double now_seconds() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

int64_t list_length(const GcHead* l) {
  int64_t n = 0;
  for (const GcHead* h = l->next; h != l; h = h->next) n++;
  return n;
}

// Move every object of `from` to the end of `to`.
void move_all(GcHead* from, GcHead* to) {
  if (from->next == from) return;
  GcHead* first = from->next;
  GcHead* last = from->prev;
  first->prev = to->prev;
  to->prev->next = first;
  last->next = to;
  to->prev = last;
  from->next = from->prev = from;
}

// The generation lists in order, youngest first.
GcHead* generation_head(GcState* st, int g) { return g == 0 ? &st->young : g == 1 ? &st->middle : &st->old; }

// New list of the objects (new references).
Value list_of(ThreadState* ts, const std::vector<Object*>& objs) {
  ListObject* l = list_new(ts, 0);
  if (!l) return Value();
  Ref out(Value::from_obj(l));
  for (Object* o : objs)
    if (!list_append(ts, l, Value::from_obj(o))) return Value();
  return out.release();
}

// ---------------------------------------------------------------- gc.get_objects
Value gcx_get_objects(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  static const char* const names[] = {"generation"};
  Value out[1];
  if (!parse_args(ts, "get_objects", args, nargs, kw, names, 1, 0, 1, 0, out)) return Value();
  int64_t gen = -1;  // all generations (CPython's clinic default)
  if (out[0] && !out[0].is_none()) {
    if (!is_int(ts, out[0]))
      return raisef(ts, Exc::TypeError, "argument should be integer or None, not '%s'", type_name(ts, out[0]));
    if (!int_as_i64(ts, out[0], &gen)) return Value();
    if (gen >= 3)
      return raise(ts, Exc::ValueError,
                   "generation parameter must be less than the number of available generations (3)");
    if (gen < -1) return raise(ts, Exc::ValueError, "generation parameter cannot be negative");
  }
  GcState* st = ts->interp->gc;
  std::vector<Object*> objs;
  for (int g = 0; g < 3; g++) {
    if (gen != -1 && g != gen) continue;
    GcHead* l = generation_head(st, g);
    for (GcHead* h = l->next; h != l; h = h->next) objs.push_back(gc_object_of(h));
  }
  return list_of(ts, objs);
}

// ---------------------------------------------------------------- gc.get_referrers
struct ReferrerSearch {
  const std::unordered_set<Object*>* targets;
  bool found;
};
void visit_find(Object* o, void* arg) {
  auto* s = static_cast<ReferrerSearch*>(arg);
  if (o && s->targets->count(o)) s->found = true;
}

Value gcx_get_referrers(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "get_referrers", kw)) return Value();
  std::unordered_set<Object*> targets;
  for (size_t i = 0; i < nargs; i++)
    if (args[i].is_obj()) targets.insert(args[i].obj());
  std::vector<Object*> found;
  if (!targets.empty()) {
    GcState* st = ts->interp->gc;
    for (int g = 0; g < 3; g++) {
      GcHead* l = generation_head(st, g);
      for (GcHead* h = l->next; h != l; h = h->next) {
        Object* o = gc_object_of(h);
        if (!o->type->slots.traverse) continue;
        ReferrerSearch s{&targets, false};
        o->type->slots.traverse(o, visit_find, &s);
        if (s.found) found.push_back(o);
      }
    }
  }
  return list_of(ts, found);
}

// ---------------------------------------------------------------- gc.get_referents
void visit_collect(Object* o, void* arg) {
  if (o) static_cast<std::vector<Value>*>(arg)->push_back(Value::from_obj(o));
}

// What CPython's tp_traverse of `v` visits, in its order. The common
// containers are read directly so that immediates (small ints, None...)
// count as referents, as CPython's heap ints do.
void referents_of(ThreadState* ts, Value v, std::vector<Value>* out) {
  if (!v.is_obj()) return;
  Object* o = v.obj();
  if (!type_has(o->type, kTypeHasGC) || !o->type->slots.traverse) return;
  Interpreter* in = ts->interp;
  if (o->type == in->types.list) {
    auto* l = static_cast<ListObject*>(o);
    for (int64_t i = l->size; i-- > 0;) out->push_back(l->items[i]);  // list_traverse runs backwards
    return;
  }
  if (o->type == in->types.tuple) {
    auto* t = static_cast<TupleObject*>(o);
    for (int64_t i = t->size; i-- > 0;) out->push_back(t->items[i]);
    return;
  }
  if (o->type == in->types.dict) {
    auto* d = static_cast<DictObject*>(o);
    bool str_keys = true;  // CPython's unicode-keys tables visit only the values
    int64_t pos = 0;
    Value k, val;
    while (dict_next(d, &pos, &k, &val))
      if (!k.is_obj() || k.obj()->type != in->types.str) str_keys = false;
    pos = 0;
    while (dict_next(d, &pos, &k, &val)) {
      out->push_back(val);
      if (!str_keys) out->push_back(k);
    }
    return;
  }
  if (o->type == in->types.set || o->type == in->types.frozenset) {
    int64_t pos = 0;
    Value k;
    while (set_next(static_cast<SetObject*>(o), &pos, &k)) out->push_back(k);
    return;
  }
  o->type->slots.traverse(o, visit_collect, out);
}

Value gcx_get_referents(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "get_referents", kw)) return Value();
  std::vector<Value> found;
  for (size_t i = 0; i < nargs; i++) referents_of(ts, args[i], &found);
  ListObject* l = list_new(ts, 0);
  if (!l) return Value();
  Ref out(Value::from_obj(l));
  for (Value v : found)
    if (!list_append(ts, l, v)) return Value();
  return out.release();
}

// ---------------------------------------------------------------- freeze / debug flags
Value gcx_freeze(ThreadState* ts, Value, const Value*, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "freeze", kw) || !check_nargs(ts, "freeze", nargs, 0, 0)) return Value();
  GcState* st = ts->interp->gc;
  GcExtras* x = extras_of(ts);
  for (int g = 0; g < 3; g++) move_all(generation_head(st, g), &x->permanent);
  st->allocations = 0;
  st->old_pending = 0;
  return Value::none();
}

Value gcx_unfreeze(ThreadState* ts, Value, const Value*, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "unfreeze", kw) || !check_nargs(ts, "unfreeze", nargs, 0, 0)) return Value();
  move_all(&extras_of(ts)->permanent, &ts->interp->gc->old);
  return Value::none();
}

Value gcx_get_freeze_count(ThreadState* ts, Value, const Value*, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "get_freeze_count", kw) || !check_nargs(ts, "get_freeze_count", nargs, 0, 0))
    return Value();
  return int_from_i64(ts, list_length(&extras_of(ts)->permanent));
}

Value gcx_set_debug(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "gc.set_debug", kw) || !check_nargs(ts, "gc.set_debug", nargs, 1, 1)) return Value();
  int64_t flags;
  if (!is_int(ts, args[0]))
    return raisef(ts, Exc::TypeError, "'%s' object cannot be interpreted as an integer", type_name(ts, args[0]));
  if (!int_as_i64(ts, args[0], &flags)) return Value();
  extras_of(ts)->debug = flags;
  return Value::none();
}

Value gcx_get_debug(ThreadState* ts, Value, const Value*, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "get_debug", kw) || !check_nargs(ts, "get_debug", nargs, 0, 0)) return Value();
  return int_from_i64(ts, extras_of(ts)->debug);
}

const MethodDef gc_extra_methods[] = {
    {"get_objects", gcx_get_objects, kMethNormal,
     "Return a list of objects tracked by the collector (excluding the list returned)."},
    {"get_referrers", gcx_get_referrers, kMethNormal, "Return the list of objects that directly refer to any of objs."},
    {"get_referents", gcx_get_referents, kMethNormal, "Return the list of objects that are directly referred to by objs."},
    {"freeze", gcx_freeze, kMethNormal,
     "Freeze all current tracked objects and ignore them for future collections."},
    {"unfreeze", gcx_unfreeze, kMethNormal, "Unfreeze all objects in the permanent generation."},
    {"get_freeze_count", gcx_get_freeze_count, kMethNormal,
     "Return the number of objects in the permanent generation."},
    {"set_debug", gcx_set_debug, kMethNormal, "Set the garbage collection debugging flags."},
    {"get_debug", gcx_get_debug, kMethNormal, "Get the garbage collection debugging flags."},
    {nullptr, nullptr},
};

// ---------------------------------------------------------------- collection hooks
void run_callbacks(ThreadState* ts, GcExtras* x, const char* phase, int generation, int64_t collected) {
  auto* cbs = x->callbacks.as<ListObject>();
  if (cbs->size == 0) return;
  Value saved = err_fetch(ts);
  Ref info(Value::from_obj(dict_new(ts)));
  Ref ph(str_new(ts, phase));
  if (!info || !ph || !dict_set_str(ts, info.as<DictObject>(), "generation", Value::small_int(generation)) ||
      !dict_set_str(ts, info.as<DictObject>(), "collected", Value::small_int(collected)) ||
      !dict_set_str(ts, info.as<DictObject>(), "uncollectable", Value::small_int(0))) {
    err_clear(ts);
    err_restore(ts, saved);
    return;
  }
  // The live list, by index (callbacks may change it).
  for (int64_t i = 0; i < cbs->size; i++) {
    Ref cb(newref(cbs->items[i]));
    Value r = call2(ts, cb.get(), ph.get(), info.get());
    if (!r) write_unraisable(ts, cb.get());
    decref(r);
  }
  err_restore(ts, saved);
}

}  // namespace

void gc_extras_collect_start(ThreadState* ts, int generation) {
  GcExtras* x = extras_of(ts);
  if (!x) return;
  if (x->debug & kGcDebugStats) {
    GcState* st = ts->interp->gc;
    write_stderr(ts, strf("gc: collecting generation %d...\n", generation));
    write_stderr(ts, strf("gc: objects in each generation: %lld %lld %lld\n"
                          "gc: objects in permanent generation: %lld\n",
                          (long long)list_length(&st->young), (long long)list_length(&st->middle),
                          (long long)list_length(&st->old), (long long)list_length(&x->permanent)));
    x->started = now_seconds();
  }
  run_callbacks(ts, x, "start", generation, 0);
}

void gc_extras_collect_stop(ThreadState* ts, int generation, int64_t collected) {
  GcExtras* x = extras_of(ts);
  if (!x) return;
  if (x->debug & kGcDebugStats)
    write_stderr(ts, strf("gc: done, %lld unreachable, 0 uncollectable, %.4fs elapsed\n", (long long)collected,
                          now_seconds() - x->started));
  run_callbacks(ts, x, "stop", generation, collected);
}

bool gc_extras_keep_garbage(ThreadState* ts, GcHead* unreachable, GcHead* survivors) {
  GcExtras* x = extras_of(ts);
  if (!x || !(x->debug & (kGcDebugCollectable | kGcDebugSaveAll))) return false;
  if (x->debug & kGcDebugCollectable) {
    for (GcHead* h = unreachable->next; h != unreachable; h = h->next) {
      Object* o = gc_object_of(h);
      write_stderr(ts, strf("gc: collectable <%s %p>\n", std::string(o->type->name->view()).c_str(),
                            static_cast<void*>(o)));
    }
  }
  if (!(x->debug & kGcDebugSaveAll)) return false;
  auto* garbage = x->garbage.as<ListObject>();
  Value saved = err_fetch(ts);
  for (GcHead* h = unreachable->next; h != unreachable; h = h->next) {
    h->flags &= ~(kGcInSet | kGcUnreachable);
    if (!list_append(ts, garbage, Value::from_obj(gc_object_of(h)))) err_clear(ts);
  }
  err_restore(ts, saved);
  move_all(unreachable, survivors);
  return true;
}

bool gc_module_extras_init(ThreadState* ts, ModuleObject* m) {
  GcState* st = ts->interp->gc;
  if (!st->extras) {  // a re-import shares the interpreter's lists, as in CPython
    auto* x = new GcExtras();
    x->permanent.next = x->permanent.prev = &x->permanent;
    x->permanent.gc_refs = 0;
    x->permanent.flags = 0;
    ListObject* cbs = list_new(ts, 0);
    ListObject* garbage = cbs ? list_new(ts, 0) : nullptr;
    if (!garbage) {
      if (cbs) decref(Value::from_obj(cbs));
      delete x;
      return false;
    }
    x->callbacks = Value::from_obj(cbs);
    x->garbage = Value::from_obj(garbage);
    st->extras = x;
  }
  Ref modname(newref(m->name));
  for (const MethodDef* md = gc_extra_methods; md->name; ++md) {
    Ref fn(builtin_function_new(ts, md, Value::from_obj(m), modname.get()));
    if (!fn || !module_add(ts, m, md->name, fn.get())) return false;
  }
  const std::pair<const char*, int64_t> constants[] = {
      {"DEBUG_STATS", kGcDebugStats},
      {"DEBUG_COLLECTABLE", kGcDebugCollectable},
      {"DEBUG_UNCOLLECTABLE", kGcDebugUncollectable},
      {"DEBUG_SAVEALL", kGcDebugSaveAll},
      {"DEBUG_LEAK", kGcDebugLeak},
  };
  for (const auto& [name, value] : constants)
    if (!module_add(ts, m, name, Value::small_int(value))) return false;
  return module_add(ts, m, "garbage", st->extras->garbage) && module_add(ts, m, "callbacks", st->extras->callbacks);
}

}  // namespace minipy
