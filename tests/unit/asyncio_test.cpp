// tests/unit/asyncio_test.cpp — the native _asyncio module (stdlib/_asyncio_*.cpp)
// through the C++ API: asyncio rebinds Future/Task/Handle to the native types,
// the running loop is per thread, done-callbacks run in order through
// call_soon, finished tasks leave no reference cycle behind, the task
// registry is weak (a pending task nobody holds is destroyed and reported by
// its finaliser) and sys.set_asyncgen_hooks reaches async generators.
#include <doctest/doctest.h>

#include <string>

#include "runtime/gc.h"
#include "runtime/runtime.h"

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

// Run `src` and return str(name) from its globals ("<error>" if it raised).
std::string run_get_str(ThreadState* ts, const char* src, const char* name) {
  Ref g(run_source(ts, src, "<test>"));
  if (!g) {
    err_clear(ts);
    return "<error>";
  }
  Value v = dict_get_str(g.as<DictObject>(), intern(ts, name));
  if (!v) return "<missing>";
  Ref s(str(ts, v));
  return s ? std::string(str_view(s.get())) : "<error>";
}

}  // namespace

TEST_CASE("asyncio uses the native Future, Task and Handle") {
  Interp I;
  const char* src =
      "import asyncio, _asyncio\n"
      "from asyncio import events, futures, tasks\n"
      "out = [asyncio.Future is _asyncio.Future, asyncio.Task is _asyncio.Task,\n"
      "       events.Handle is _asyncio.Handle, issubclass(events.TimerHandle, _asyncio.Handle),\n"
      "       futures._PyFuture is not asyncio.Future, tasks._PyTask is not asyncio.Task,\n"
      "       issubclass(asyncio.Task, asyncio.Future)]\n";
  CHECK(run_get_str(I.ts, src, "out") == "[True, True, True, True, True, True, True]");
}

TEST_CASE("done-callbacks run in order through call_soon; tasks drive coroutines") {
  Interp I;
  const char* src =
      "import asyncio\n"
      "log = []\n"
      "async def child(f):\n"
      "    log.append('child waits')\n"
      "    v = await f\n"
      "    log.append('child got %s' % v)\n"
      "    return v * 2\n"
      "async def main():\n"
      "    loop = asyncio.get_running_loop()\n"
      "    f = loop.create_future()\n"
      "    f.add_done_callback(lambda fut: log.append('cb1'))\n"
      "    f.add_done_callback(lambda fut: log.append('cb2'))\n"
      "    t = asyncio.create_task(child(f))\n"
      "    await asyncio.sleep(0)\n"
      "    f.set_result(21)\n"
      "    log.append('set')\n"
      "    log.append(await t)\n"
      "asyncio.run(main())\n"
      "out = log\n";
  CHECK(run_get_str(I.ts, src, "out") == "['child waits', 'set', 'cb1', 'cb2', 'child got 21', 42]");
}

TEST_CASE("the running loop is per thread") {
  Interp I;
  const char* src =
      "import asyncio, threading\n"
      "seen = []\n"
      "def other():\n"
      "    seen.append(asyncio._get_running_loop())\n"
      "async def main():\n"
      "    t = threading.Thread(target=other)\n"
      "    t.start(); t.join()\n"
      "    seen.append(asyncio.get_running_loop() is asyncio._get_running_loop())\n"
      "asyncio.run(main())\n"
      "seen.append(asyncio._get_running_loop())\n"
      "out = seen\n";
  CHECK(run_get_str(I.ts, src, "out") == "[None, True, None]");
}

TEST_CASE("finished tasks are freed by reference counting") {
  Interp I;
  // A task's step/wakeup callables are not owned by the task, so task and
  // coroutine do not stay in a cycle: nothing is left for the collector.
  const char* src =
      "import asyncio, gc\n"
      "async def work(i):\n"
      "    await asyncio.sleep(0)\n"
      "    return i\n"
      "async def main():\n"
      "    return sum(await asyncio.gather(*[work(i) for i in range(50)]))\n"
      "total = asyncio.run(main())\n"
      "gc.collect()\n"
      "found = gc.collect()\n"
      "out = (total, found)\n";
  CHECK(run_get_str(I.ts, src, "out") == "(1225, 0)");
}

TEST_CASE("a pending task nobody holds is destroyed at once and reported") {
  Interp I;
  // all_tasks() holds tasks weakly and the task does not own its step
  // callable: dropping the loop's queued step frees the task by reference
  // counting, and its finaliser calls the loop's exception handler.
  const char* src =
      "import asyncio, sys\n"
      "seen = []\n"
      "async def child():\n"
      "    pass\n"
      "loop = asyncio.new_event_loop()\n"
      "loop.set_exception_handler(lambda l, c: seen.append((c['message'], c['task'].get_name())))\n"
      "coro = child()\n"
      "t = loop.create_task(coro, name='lost')\n"
      "seen.append(len(asyncio.all_tasks(loop)))\n"
      "step = loop._ready[0]._callback\n"
      "seen.append(step.__self__ is t)\n"
      "del t, step\n"
      "coro.close()\n"
      "loop.close()\n"
      "seen.append(len(asyncio.all_tasks(loop)))\n"
      "out = seen\n";
  CHECK(run_get_str(I.ts, src, "out") ==
        "[1, True, ('Task was destroyed but it is pending!', 'lost'), 0]");
}

TEST_CASE("the task registry takes foreign task objects weakly") {
  Interp I;
  const char* src =
      "import asyncio, gc\n"
      "from asyncio import tasks\n"
      "class Fake:\n"
      "    def __init__(self, loop): self._loop = loop\n"
      "    def get_loop(self): return self._loop\n"
      "    def done(self): return False\n"
      "loop = asyncio.new_event_loop()\n"
      "f = Fake(loop)\n"
      "tasks._register_task(f)\n"
      "a = [x is f for x in asyncio.all_tasks(loop)]\n"
      "b = f in tasks._all_tasks\n"
      "del f\n"
      "gc.collect()\n"
      "c = len(asyncio.all_tasks(loop))\n"
      "loop.close()\n"
      "out = (a, b, c)\n";
  CHECK(run_get_str(I.ts, src, "out") == "([True], True, 0)");
}

TEST_CASE("sys.set_asyncgen_hooks: firstiter on first iteration, finalizer instead of closing") {
  Interp I;
  const char* src =
      "import sys\n"
      "log = []\n"
      "async def gen():\n"
      "    try:\n"
      "        yield 1\n"
      "        yield 2\n"
      "    finally:\n"
      "        log.append('finally')\n"
      "sys.set_asyncgen_hooks(firstiter=lambda g: log.append('first'),\n"
      "                       finalizer=lambda g: log.append('fin'))\n"
      "g = gen()\n"
      "try:\n"
      "    g.__anext__().send(None)\n"
      "except StopIteration as e:\n"
      "    log.append(e.value)\n"
      "del g\n"
      "sys.set_asyncgen_hooks(None, None)\n"
      "g = gen()\n"
      "try:\n"
      "    g.__anext__().send(None)\n"
      "except StopIteration:\n"
      "    pass\n"
      "del g\n"
      "out = (log, sys.get_asyncgen_hooks())\n";
  CHECK(run_get_str(I.ts, src, "out") ==
        "(['first', 1, 'fin', 'finally'], asyncgen_hooks(firstiter=None, finalizer=None))");
}
