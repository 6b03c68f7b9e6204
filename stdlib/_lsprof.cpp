// stdlib/_lsprof.cpp — the native profiler behind cProfile: _lsprof.Profiler
// (enable/disable/getstats/clear; subcalls, builtins, an optional timer and
// time unit) and the profiler_entry / profiler_subentry struct sequences that
// getstats() returns, with CPython 3.11's accounting (total and inline time,
// recursive call counts, per-caller sub-entries) and its labels for builtins
// ("<built-in method builtins.len>", "<method 'append' of 'list' objects>").
// It is a C++ profile hook (vm/profile.h): no Python code runs per event
// unless a Python timer was given.
// Must not: keep references to builtins' bound objects (labels are strings).
#include <chrono>
#include <cmath>
#include <memory>
#include <unordered_map>
#include <vector>

#include "stdlib/modules.h"
#include "stdlib/structseq.h"
#include "vm/profile.h"

namespace minipy {

namespace {

enum : int {
  kPofEnabled = 0x1,
  kPofSubcalls = 0x2,
  kPofBuiltins = 0x4,
};

struct ProfEntry;
struct SubEntry {
  ProfEntry* callee;
  int64_t tt = 0, it = 0;
  int64_t callcount = 0, reccallcount = 0, recursion_level = 0;
};
struct ProfEntry {
  const void* key;
  Value user_obj;  // owned: the code object, or a label str for a builtin
  int64_t tt = 0, it = 0;
  int64_t callcount = 0, reccallcount = 0, recursion_level = 0;
  std::vector<std::unique_ptr<SubEntry>> calls;         // in first-call order
  std::unordered_map<const ProfEntry*, SubEntry*> calls_index;
};
struct Context {
  int64_t t0, subt;
  ProfEntry* entry;
};
struct ProfState {
  std::vector<std::unique_ptr<ProfEntry>> entries;       // in creation order (getstats order)
  std::unordered_map<const void*, ProfEntry*> index;
  std::vector<Context> stack;
};

struct ProfilerObject : Object {
  ProfState* st;
  int flags;
  Value timer;       // owned, or null for the built-in clock
  double timeunit;
};

ProfilerObject* as_prof(Value v) { return v.as<ProfilerObject>(); }

int64_t now_ns() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

// CPython's call_timer / CallExternalTimer: the built-in clock in ns, or the
// user's timer (seconds as float, or raw ints when a time unit was given).
int64_t call_timer(ThreadState* ts, ProfilerObject* p) {
  if (!p->timer) return now_ns();
  Value saved = err_fetch(ts);
  Ref o(call0(ts, p->timer));
  int64_t result = 0;
  if (o) {
    if (p->timeunit > 0.0) {
      if (!int_as_i64(ts, o.get(), &result)) {
        if (is_float(ts, o.get())) {
          err_clear(ts);
          result = int64_t(float_value(o.get()));
        }
      }
    } else {
      double d;
      if (as_double(ts, o.get(), &d)) result = int64_t(std::floor(d * 1e9));
    }
  }
  if (err_occurred(ts)) {
    write_unraisable(ts, p->timer);
    result = 0;
  }
  if (saved) err_restore(ts, saved);
  return result;
}

bool is_module(ThreadState* ts, Value v) { return v.is_obj() && v.obj()->type == ts->interp->types.module; }

// CPython's normalizeUserObj for a builtin function or bound builtin method.
Value builtin_label(ThreadState* ts, BuiltinFunctionObject* fn) {
  const char* name = fn->def->name;
  std::string modname;
  if (fn->module_name && is_str(ts, fn->module_name)) modname = std::string(str_view(fn->module_name));
  else if (is_module(ts, fn->self) && is_str(ts, fn->self.as<ModuleObject>()->name))
    modname = std::string(str_view(fn->self.as<ModuleObject>()->name));
  if (!fn->self) {
    if (!modname.empty() && modname != "builtins") return str_new(ts, strf("<%s.%s>", modname.c_str(), name));
    return str_new(ts, strf("<%s>", name));
  }
  Value mo = type_lookup(type_of(ts, fn->self), intern(ts, name));
  if (mo) {
    Ref hold = Ref::borrow(mo);
    Value r = repr(ts, mo);
    if (r) return r;
    err_clear(ts);
  }
  if (!modname.empty()) return str_new(ts, strf("<built-in method %s.%s>", modname.c_str(), name));
  return str_new(ts, strf("<built-in method %s>", name));
}

ProfEntry* get_entry(ThreadState* ts, ProfilerObject* p, const void* key, Value user_obj, bool create) {
  auto it = p->st->index.find(key);
  if (it != p->st->index.end()) return it->second;
  if (!create) return nullptr;
  Value label;
  if (user_obj.is_obj() && user_obj.obj()->type == ts->interp->types.builtin_function) {
    label = builtin_label(ts, user_obj.as<BuiltinFunctionObject>());
    if (!label) {
      err_clear(ts);
      return nullptr;
    }
  } else {
    label = newref(user_obj);
  }
  auto e = std::make_unique<ProfEntry>();
  e->key = key;
  e->user_obj = label;
  ProfEntry* raw = e.get();
  p->st->entries.push_back(std::move(e));
  p->st->index.emplace(key, raw);
  return raw;
}

SubEntry* get_sub(ProfEntry* caller, ProfEntry* callee, bool create) {
  auto it = caller->calls_index.find(callee);
  if (it != caller->calls_index.end()) return it->second;
  if (!create) return nullptr;
  auto s = std::make_unique<SubEntry>();
  s->callee = callee;
  SubEntry* raw = s.get();
  caller->calls.push_back(std::move(s));
  caller->calls_index.emplace(callee, raw);
  return raw;
}

void enter_call(ThreadState* ts, ProfilerObject* p, const void* key, Value user_obj) {
  Value saved = err_fetch(ts);  // a generator entered by throw() has one pending
  ProfEntry* e = get_entry(ts, p, key, user_obj, true);
  if (e) {
    ProfState* st = p->st;
    ++e->recursion_level;
    if ((p->flags & kPofSubcalls) && !st->stack.empty()) {
      SubEntry* s = get_sub(st->stack.back().entry, e, true);
      ++s->recursion_level;
    }
    st->stack.push_back(Context{call_timer(ts, p), 0, e});
  }
  if (saved) err_restore(ts, saved);
}

// CPython's Stop(): the context on top of the stack ends.
void stop_top(ThreadState* ts, ProfilerObject* p) {
  ProfState* st = p->st;
  Context c = st->stack.back();
  int64_t tt = call_timer(ts, p) - c.t0;
  int64_t it = tt - c.subt;
  st->stack.pop_back();
  ProfEntry* e = c.entry;
  if (!st->stack.empty()) st->stack.back().subt += tt;
  if (--e->recursion_level == 0) e->tt += tt;
  else ++e->reccallcount;
  e->it += it;
  ++e->callcount;
  if ((p->flags & kPofSubcalls) && !st->stack.empty()) {
    SubEntry* s = get_sub(st->stack.back().entry, e, false);
    if (s) {
      if (--s->recursion_level == 0) s->tt += tt;
      else ++s->reccallcount;
      s->it += it;
      ++s->callcount;
    }
  }
}

void leave_call(ThreadState* ts, ProfilerObject* p, const void* key) {
  ProfState* st = p->st;
  if (st->stack.empty()) return;
  if (get_entry(ts, p, key, Value(), false)) stop_top(ts, p);
  else st->stack.pop_back();
}

int profiler_callback(ThreadState* ts, Value obj, Frame* frame, int what, Value arg) {
  ProfilerObject* p = as_prof(obj);
  switch (what) {
    case kProfCall:
      enter_call(ts, p, frame->code, Value::from_obj(frame->code));
      break;
    case kProfReturn:
      leave_call(ts, p, frame->code);
      break;
    case kProfCCall:
      if ((p->flags & kPofBuiltins) && arg.is_obj() && arg.obj()->type == ts->interp->types.builtin_function)
        enter_call(ts, p, arg.as<BuiltinFunctionObject>()->def, arg);
      break;
    case kProfCReturn:
    case kProfCException:
      if ((p->flags & kPofBuiltins) && arg.is_obj() && arg.obj()->type == ts->interp->types.builtin_function)
        leave_call(ts, p, arg.as<BuiltinFunctionObject>()->def);
      break;
    default:
      break;
  }
  return 0;
}

void flush_unmatched(ThreadState* ts, ProfilerObject* p) {
  while (!p->st->stack.empty()) stop_top(ts, p);
}

void clear_entries(ProfilerObject* p) {
  for (auto& e : p->st->entries) decref(e->user_obj);
  p->st->entries.clear();
  p->st->index.clear();
  p->st->stack.clear();
}

// ---------------------------------------------------------------- the type
Value prof_new(ThreadState* ts, TypeObject* type, const Value*, size_t, TupleObject*) {
  auto* p = reinterpret_cast<ProfilerObject*>(alloc_object(ts, type));
  if (!p) return Value();
  p->st = new ProfState();
  p->flags = kPofSubcalls | kPofBuiltins;
  return Value::from_obj(p);
}

bool int_flag(ThreadState* ts, Value v, const char* what, int* out) {
  if (!v) return true;
  if (is_float(ts, v)) {
    raise(ts, Exc::TypeError, "'float' object cannot be interpreted as an integer");
    return false;
  }
  int64_t i;
  if (!int_as_i64(ts, v, &i)) {
    if (err_matches(ts, Exc::TypeError)) {
      err_clear(ts);
      raisef(ts, Exc::TypeError, "'%s' object cannot be interpreted as an integer", type_name(ts, v));
    }
    return false;
  }
  (void)what;
  *out = i != 0;
  return true;
}

void set_flag(ProfilerObject* p, int flag, int on) {
  if (on < 0) return;
  if (on) p->flags |= flag;
  else p->flags &= ~flag;
}

bool prof_init(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  static constexpr const char* kNames[] = {"timer", "timeunit", "subcalls", "builtins"};
  Value a[4];
  if (!parse_args(ts, "Profiler", args, nargs, kw, kNames, 4, 0, 4, 0, a)) return false;
  double unit = 0.0;
  if (a[1] && !as_double(ts, a[1], &unit)) return false;
  int subcalls = 1, builtins = 1;
  if (!int_flag(ts, a[2], "subcalls", &subcalls) || !int_flag(ts, a[3], "builtins", &builtins)) return false;
  ProfilerObject* p = as_prof(self);
  set_flag(p, kPofSubcalls, subcalls);
  set_flag(p, kPofBuiltins, builtins);
  p->timeunit = unit;
  Value old = p->timer;
  p->timer = a[0] && !a[0].is_none() ? newref(a[0]) : Value();
  decref(old);
  return true;
}

void prof_dealloc(Object* o) {
  auto* p = static_cast<ProfilerObject*>(o);
  // (An enabled profiler is never freed: the hook holds a reference.)
  if (p->st) {
    clear_entries(p);
    delete p->st;
    p->st = nullptr;
  }
  decref(p->timer);
  p->timer = Value();
  free_object(o);
}

void prof_traverse(Object* o, VisitFn visit, void* arg) {
  auto* p = static_cast<ProfilerObject*>(o);
  if (p->timer.is_obj()) visit(p->timer.obj(), arg);
}

void prof_clear_slot(Object* o) {
  auto* p = static_cast<ProfilerObject*>(o);
  Value t = p->timer;
  p->timer = Value();
  decref(t);
}

bool pbool(ThreadState* ts, Value v, int* out) {
  if (!v) return true;
  int t = truthy(ts, v);
  if (t < 0) return false;
  *out = t;
  return true;
}

Value prof_enable(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  static constexpr const char* kNames[] = {"subcalls", "builtins"};
  Value a[2];
  if (!parse_args(ts, "enable", args, nargs, kw, kNames, 2, 0, 2, 0, a)) return Value();
  int subcalls = -1, builtins = -1;
  if (!pbool(ts, a[0], &subcalls) || !pbool(ts, a[1], &builtins)) return Value();
  ProfilerObject* p = as_prof(self);
  set_flag(p, kPofSubcalls, subcalls);
  set_flag(p, kPofBuiltins, builtins);
  profile_set(ts, profiler_callback, self);
  p->flags |= kPofEnabled;
  return Value::none();
}

Value prof_disable(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "disable", kw) || !check_nargs(ts, "disable", nargs, 0, 0)) return Value();
  ProfilerObject* p = as_prof(self);
  p->flags &= ~kPofEnabled;
  Ref keep = Ref::borrow(self);
  profile_set(ts, nullptr, Value());
  flush_unmatched(ts, p);
  return Value::none();
}

Value prof_clear(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "clear", kw) || !check_nargs(ts, "clear", nargs, 0, 0)) return Value();
  clear_entries(as_prof(self));
  return Value::none();
}

Value prof_getstats(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "getstats", kw) || !check_nargs(ts, "getstats", nargs, 0, 0)) return Value();
  ProfilerObject* p = as_prof(self);
  Value lsmod = dict_get_str(ts->interp->modules, intern(ts, "_lsprof"));
  TypeObject* entry_t = lsmod ? structseq_type_of(ts, lsmod, "profiler_entry") : nullptr;
  TypeObject* sub_t = lsmod ? structseq_type_of(ts, lsmod, "profiler_subentry") : nullptr;
  if (!entry_t || !sub_t) return raise(ts, Exc::SystemError, "_lsprof types missing");
  double factor = (!p->timer || p->timeunit == 0.0) ? 1e-9 : p->timeunit;
  Ref out(Value::from_obj(list_new(ts, 0)));
  if (!out) return Value();
  for (auto& e : p->st->entries) {
    if (e->callcount == 0) continue;
    Ref calls;
    if (e->calls.empty()) {
      calls = Ref(Value::none());
    } else {
      calls = Ref(Value::from_obj(list_new(ts, 0)));
      if (!calls) return Value();
      for (auto& s : e->calls) {
        Ref tt(float_new(ts, factor * double(s->tt))), it(float_new(ts, factor * double(s->it)));
        if (!tt || !it) return Value();
        Value items[5] = {s->callee->user_obj, Value::small_int(s->callcount), Value::small_int(s->reccallcount),
                          tt.get(), it.get()};
        Ref sv(structseq_new(ts, sub_t, items, 5));
        if (!sv || !list_append(ts, calls.as<ListObject>(), sv.get())) return Value();
      }
    }
    Ref tt(float_new(ts, factor * double(e->tt))), it(float_new(ts, factor * double(e->it)));
    if (!tt || !it) return Value();
    Value items[6] = {e->user_obj, Value::small_int(e->callcount), Value::small_int(e->reccallcount),
                      tt.get(), it.get(), calls.get()};
    Ref ev(structseq_new(ts, entry_t, items, 6));
    if (!ev || !list_append(ts, out.as<ListObject>(), ev.get())) return Value();
  }
  return out.release();
}

const MethodDef kProfilerMethods[] = {
    {"getstats", prof_getstats, kMethNormal,
     "getstats() -> list of profiler_entry objects\n\nReturn all information collected by the profiler.\n"
     "Each profiler_entry is a tuple-like object with the\nfollowing attributes:\n\n"
     "    code          code object\n    callcount     how many times this was called\n"
     "    reccallcount  how many times called recursively\n"
     "    totaltime     total time in this entry\n"
     "    inlinetime    inline time in this entry (not in subcalls)\n"
     "    calls         details of the calls\n\n"
     "The calls attribute is either None or a list of\nprofiler_subentry objects:\n\n"
     "    code          called code object\n    callcount     how many times this is called\n"
     "    reccallcount  how many times this is called recursively\n"
     "    totaltime     total time spent in this call\n"
     "    inlinetime    inline time (not in further subcalls)\n"},
    {"enable", prof_enable, kMethNormal,
     "enable(subcalls=True, builtins=True)\n\nStart collecting profiling information.\n"
     "If 'subcalls' is True, also records for each function\n"
     "statistics separated according to its current caller.\n"
     "If 'builtins' is True, records the time spent in\nbuilt-in functions separately from their caller.\n"},
    {"disable", prof_disable, kMethNormal, "disable()\n\nStop collecting profiling information.\n"},
    {"clear", prof_clear, kMethNormal, "clear()\n\nClear all profiling information collected so far.\n"},
    {nullptr, nullptr},
};

const GetSetDef kEntryGetSets[] = {
    {"code", structseq_field<0>, nullptr, "code object or built-in function name"},
    {"callcount", structseq_field<1>, nullptr, "how many times this was called"},
    {"reccallcount", structseq_field<2>, nullptr, "how many times called recursively"},
    {"totaltime", structseq_field<3>, nullptr, "total time in this entry"},
    {"inlinetime", structseq_field<4>, nullptr, "inline time in this entry (not in subcalls)"},
    {"calls", structseq_field<5>, nullptr, "details of the calls"},
    {nullptr, nullptr},
};
const GetSetDef kSubEntryGetSets[] = {
    {"code", structseq_field<0>, nullptr, "called code object or built-in function name"},
    {"callcount", structseq_field<1>, nullptr, "how many times this is called"},
    {"reccallcount", structseq_field<2>, nullptr, "how many times this is called recursively"},
    {"totaltime", structseq_field<3>, nullptr, "total time spent in this call"},
    {"inlinetime", structseq_field<4>, nullptr, "inline time (not in further subcalls)"},
    {nullptr, nullptr},
};
const TypeSpec kEntrySpec = MINIPY_STRUCTSEQ_SPEC("_lsprof.profiler_entry", kEntryGetSets);
const TypeSpec kSubEntrySpec = MINIPY_STRUCTSEQ_SPEC("_lsprof.profiler_subentry", kSubEntryGetSets);

const TypeSpec profiler_type_spec = {
    .name = "_lsprof.Profiler",
    .basicsize = sizeof(ProfilerObject),
    .flags = kTypeBaseType | kTypeHasGC,
    .slots = {
        .dealloc = prof_dealloc,
        .traverse = prof_traverse,
        .clear = prof_clear_slot,
        .new_ = prof_new,
        .init = prof_init,
    },
    .methods = kProfilerMethods,
    .doc = "Profiler(timer=None, timeunit=None, subcalls=True, builtins=True)\n\n"
           "    Builds a profiler object using the specified timer function.\n"
           "    The default timer is a fast built-in one based on real time.\n"
           "    For custom timer functions returning integers, timeunit can\n"
           "    be a float specifying a scale (i.e. how long each integer unit\n"
           "    is, in seconds).\n",
};

bool lsprof_init(ThreadState* ts, ModuleObject* m) {
  TypeObject* t = type_from_spec(ts, &profiler_type_spec, ts->interp->types.object_);
  if (!t) return false;
  if (!module_add(ts, m, "Profiler", Value::from_obj(t))) return false;
  return structseq_add_type(ts, m, &kEntrySpec) && structseq_add_type(ts, m, &kSubEntrySpec);
}

const MethodDef kLsprofMethods[] = {
    {nullptr, nullptr},
};

}  // namespace

const ModuleDef lsprof_module_def = {
    .name = "_lsprof",
    .doc = "Fast profiler",
    .methods = kLsprofMethods,
    .init = lsprof_init,
};

}  // namespace minipy
