// tests/unit/stdlib_runtime_test.cpp — the native runtime modules of stdlib
// part A through their C++ entry points: contextvars for native callers
// (context_copy_current / context_run, as asyncio uses them), the atexit list
// on the Interpreter (atexit_run_exitfuncs: last registered first, cleared),
// and the Python signal-handler table read by vm/thread.cpp.
#include <doctest/doctest.h>

#include <signal.h>

#include "runtime/runtime.h"
#include "stdlib/modules.h"

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

Value run_get(ThreadState* ts, DictObject* g, const char* src, const char* name) {
  Ref r(run_source(ts, src, "<test>", g));
  REQUIRE(r);
  Value v = dict_get_str(g, intern(ts, name));
  REQUIRE(v);
  return newref(v);
}

}  // namespace

TEST_CASE("contextvars: native copy and run isolate a task's changes") {
  Interp I;
  ThreadState* ts = I.ts;
  Ref g(Value::from_obj(dict_new(ts)));
  Ref var(run_get(ts, g.as<DictObject>(),
                  "import contextvars\nv = contextvars.ContextVar('v', default=0)\nv.set(1)\n"
                  "def step(n):\n    old = v.get()\n    v.set(n)\n    return old\n",
                  "step"));
  Ref ctx(context_copy_current(ts));
  REQUIRE(ctx);
  Value arg = Value::small_int(5);
  Ref r1(context_run(ts, ctx.get(), var.get(), &arg, 1));
  REQUIRE(r1);
  CHECK(r1.get() == Value::small_int(1));  // the copy saw the value set before copying
  arg = Value::small_int(7);
  Ref r2(context_run(ts, ctx.get(), var.get(), &arg, 1));
  REQUIRE(r2);
  CHECK(r2.get() == Value::small_int(5));  // the copy kept the step's change
  Ref outside(run_get(ts, g.as<DictObject>(), "now = v.get()\n", "now"));
  CHECK(outside.get() == Value::small_int(1));  // the thread's own context is untouched
  // A non-Context is a TypeError, not a crash.
  Ref bad(context_run(ts, Value::small_int(3), var.get(), &arg, 1));
  CHECK(bad.is_null());
  CHECK(err_matches(ts, Exc::TypeError));
  err_clear(ts);
}

TEST_CASE("atexit: callbacks run last-registered first, once") {
  Interp I;
  ThreadState* ts = I.ts;
  Ref g(Value::from_obj(dict_new(ts)));
  Ref calls(run_get(ts, g.as<DictObject>(),
                    "import atexit\ncalls = []\natexit.register(calls.append, 1)\n"
                    "atexit.register(calls.append, 2)\n",
                    "calls"));
  REQUIRE(I.interp->atexit_callbacks);
  atexit_run_exitfuncs(ts);
  CHECK(!err_occurred(ts));
  auto* l = calls.as<ListObject>();
  REQUIRE(l->size == 2);
  CHECK(l->items[0] == Value::small_int(2));
  CHECK(l->items[1] == Value::small_int(1));
  CHECK(I.interp->atexit_callbacks.is_null());
  atexit_run_exitfuncs(ts);  // nothing left to run
  CHECK(l->size == 2);
}

TEST_CASE("signal: handler table starts from the OS dispositions") {
  Interp I;
  ThreadState* ts = I.ts;
  Ref g(Value::from_obj(dict_new(ts)));
  Ref h(run_get(ts, g.as<DictObject>(), "import _signal\nh = _signal.getsignal(_signal.SIGINT)\n", "h"));
  REQUIRE(I.interp->signal_handlers);
  auto* table = I.interp->signal_handlers.as<ListObject>();
  CHECK(table->size == NSIG);
  CHECK(table->items[SIGINT] == h.get());  // default_int_handler: minipy installed its SIGINT handler
  CHECK(is_callable(ts, h.get()));
}
