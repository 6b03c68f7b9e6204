// tests/unit/weakref_test.cpp — weak references through the C++ API: the
// per-referent lists (sharing, CPython's order), the kGcHasWeakrefs flag and
// GcState::weakrefs staying in step with them, clearing on death by reference
// counting and by the cycle collector.
#include <doctest/doctest.h>

#include "runtime/gc.h"
#include "runtime/runtime.h"
#include "runtime/weakrefobject.h"

using namespace minipy;

namespace {

struct Interp {
  Interpreter* interp;
  ThreadState* ts;
  Interp() {
    InterpreterConfig cfg;
    interp = interpreter_create(cfg);
    ts = interpreter_main_thread(interp);
  }
  ~Interp() { interpreter_destroy(interp); }
};

bool has_flag(Object* o) { return (gc_head_of(o)->flags & kGcHasWeakrefs) != 0; }

Value run_get(ThreadState* ts, const char* src, const char* name) {
  Ref g(run_source(ts, src, "<test>"));
  REQUIRE(g);
  Value v = dict_get_str(g.as<DictObject>(), intern(ts, name));
  REQUIRE(v);
  return newref(v);
}

}  // namespace

TEST_CASE("weakref lists: sharing, order, flag and map") {
  Interp I;
  ThreadState* ts = I.ts;
  size_t before = I.interp->gc->weakrefs.size();
  Ref s(Value::from_obj(set_new(ts)));
  CHECK_FALSE(has_flag(s.obj()));
  Ref r1(weakref_new_ref(ts, s.get(), Value()));
  Ref r2(weakref_new_ref(ts, s.get(), Value::none()));
  REQUIRE(r1);
  CHECK(r1.get() == r2.get());  // the callback-less ref is shared
  CHECK(has_flag(s.obj()));
  CHECK(I.interp->gc->weakrefs.size() == before + 1);
  Ref cb(run_get(ts, "def cb(w): pass\n", "cb"));
  Ref c1(weakref_new_ref(ts, s.get(), cb.get()));
  Ref p(weakref_new_proxy(ts, s.get(), Value()));
  Ref c2(weakref_new_ref(ts, s.get(), cb.get()));
  CHECK(weakref_count(ts, s.get()) == 4);
  // CPython's order: shared ref, shared proxy, then callbacks newest first.
  Ref l(weakref_list(ts, s.get()));
  auto* lo = l.as<ListObject>();
  REQUIRE(lo->size == 4);
  CHECK(lo->items[0] == r1.get());
  CHECK(lo->items[1] == p.get());
  CHECK(lo->items[2] == c2.get());
  CHECK(lo->items[3] == c1.get());
  Ref first(weakref_first(ts, s.obj()));
  CHECK(first.get() == r1.get());
  // Dropping weakrefs unlinks them; the last one clears the flag and the map entry.
  l.reset();
  first.reset();
  r2.reset();
  r1.reset();
  c1.reset();
  CHECK(weakref_count(ts, s.get()) == 2);  // r1 and r2 were one object
  c2.reset();
  p.reset();
  CHECK(weakref_count(ts, s.get()) == 0);
  CHECK_FALSE(has_flag(s.obj()));
  CHECK(I.interp->gc->weakrefs.size() == before);
}

TEST_CASE("weakrefs die with their referent") {
  Interp I;
  ThreadState* ts = I.ts;
  size_t before = I.interp->gc->weakrefs.size();
  Value s = Value::from_obj(set_new(ts));
  Ref r(weakref_new_ref(ts, s, Value()));
  CHECK(r.as<WeakrefObject>()->referent == s.obj());
  decref(s);
  CHECK(r.as<WeakrefObject>()->referent == nullptr);
  CHECK(I.interp->gc->weakrefs.size() == before);
  Ref called(call0(ts, r.get()));
  CHECK(called.get().is_none());
}

TEST_CASE("unsupported objects raise TypeError") {
  Interp I;
  ThreadState* ts = I.ts;
  CHECK_FALSE(weakref_new_ref(ts, Value::small_int(1), Value()));
  CHECK(err_matches(ts, Exc::TypeError));
  err_clear(ts);
  Ref l(Value::from_obj(list_new(ts, 0)));
  CHECK_FALSE(weakref_new_proxy(ts, l.get(), Value()));
  CHECK(err_matches(ts, Exc::TypeError));
  err_clear(ts);
  CHECK(weakref_count(ts, l.get()) == 0);
}

TEST_CASE("the cycle collector clears weakrefs to garbage and calls reachable callbacks") {
  Interp I;
  ThreadState* ts = I.ts;
  size_t before = I.interp->gc->weakrefs.size();
  Ref g(run_source(ts,
                   "import _weakref, gc\n"
                   "gc.disable()\n"
                   "log = []\n"
                   "class N: pass\n"
                   "a = N(); b = N(); a.b = b; b.a = a\n"
                   "r = _weakref.ref(a, lambda w: log.append('a'))\n"
                   "b.r = _weakref.ref(b, lambda w: log.append('garbage callback'))\n"
                   "del a, b\n"
                   "n = gc.collect()\n"
                   "dead = r() is None\n",
                   "<test>"));
  REQUIRE(g);
  auto* d = g.as<DictObject>();
  Value log = dict_get_str(d, intern(ts, "log"));
  REQUIRE(log);
  REQUIRE(log.as<ListObject>()->size == 1);
  CHECK(str_view(log.as<ListObject>()->items[0]) == "a");
  CHECK(dict_get_str(d, intern(ts, "dead")).is_true());
  CHECK(I.interp->gc->weakrefs.size() == before);
}
