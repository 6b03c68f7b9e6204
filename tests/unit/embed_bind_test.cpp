// tests/unit/embed_bind_test.cpp — the binding layer (include/minipy/bind.h):
// C++ functions and lambdas as Python functions (argument conversion and
// CPython's TypeErrors), native modules, C++ classes as Python types, and
// C++ exceptions crossing into Python.
#undef MINIPY_BUILD_CORE  // the embedder's view: public headers only
#include "minipy/minipy.h"

#include <doctest/doctest.h>

#include <new>
#include <stdexcept>
#include <string>
#include <vector>

using minipy::Object;

namespace {

int add(int a, int b) { return a + b; }

struct Counter {
  int value = 0;
  int step = 1;
  std::string label;
  explicit Counter(int start) : value(start) {}
  int bump() { return value += step; }
  int get() const { return value; }
  void set(int v) { value = v; }
};

// Counts live instances through a pointer the test owns (no globals).
struct Tracked {
  int* alive;
  int id;
  Tracked(int* a, int i) : alive(a), id(i) { ++*alive; }
  Tracked(Tracked&& o) noexcept : alive(o.alive), id(o.id) { o.alive = nullptr; }
  ~Tracked() { if (alive) --*alive; }
};

std::string run(minipy::VM& vm, const std::string& expr) { return vm.eval(expr).as<std::string>(); }

}  // namespace

TEST_CASE("embed: functions and lambdas in a native module") {
  minipy::VM vm;
  int calls = 0;
  auto mod = vm.def_module("native", "C++ helpers");
  mod.def("add", add)
      .def("add_kw", add, {"a", "b"})
      .def("count", [&calls]() { return ++calls; })
      .def("join", [](const std::vector<std::string>& parts, const std::string& sep) {
        std::string r;
        for (size_t i = 0; i < parts.size(); ++i) r += (i ? sep : "") + parts[i];
        return r;
      })
      .def("scale", [](double x, std::optional<double> k) { return x * k.value_or(2.0); })
      .def("nothing", [] {})
      .def("echo", [](Object o) { return o; })
      .add("VERSION", Object("1.0"));
  vm.exec("import native\n");
  CHECK(vm.eval("native.add(2, 3)").as<int>() == 5);
  CHECK(vm.eval("native.add_kw(b=4, a=1)").as<int>() == 5);
  CHECK(vm.eval("native.count() + native.count()").as<int>() == 3);
  CHECK(calls == 2);
  CHECK(run(vm, "native.join(['a', 'b', 'c'], '-')") == "a-b-c");
  CHECK(vm.eval("native.scale(1.5, None)").as<double>() == 3.0);
  CHECK(vm.eval("native.scale(2, 3)").as<double>() == 6.0);
  CHECK(vm.eval("native.nothing()").is_none());
  CHECK(vm.eval("native.echo([1])").repr() == "[1]");
  CHECK(run(vm, "native.VERSION") == "1.0");
  CHECK(run(vm, "native.__doc__") == "C++ helpers");
  CHECK(run(vm, "repr(native.add)") == "<built-in function add>");
  CHECK(run(vm, "native.add.__name__") == "add");
  // A function object made directly, called from C++ as well.
  Object twice = minipy::function("twice", [](int x) { return 2 * x; });
  CHECK(twice(21).as<int>() == 42);

  vm.exec(
      "def err(f, *a, **k):\n"
      "    try:\n"
      "        f(*a, **k)\n"
      "    except Exception as e:\n"
      "        return f'{type(e).__name__}: {e}'\n");
  CHECK(run(vm, "err(native.add, 1, 'x')") == "TypeError: add() argument 2 must be int, not str");
  CHECK(run(vm, "err(native.add, 1)") == "TypeError: add expected 2 arguments, got 1");
  CHECK(run(vm, "err(native.add, 1, b=2)") == "TypeError: add() takes no keyword arguments");
  CHECK(run(vm, "err(native.add_kw, 1, c=2)") == "TypeError: 'c' is an invalid keyword argument for add_kw()");
  CHECK(run(vm, "err(native.join, 'ab', '-')") == "TypeError: join() argument 1 must be list, not str");
  CHECK(run(vm, "err(native.add, 2**80, 1)") == "OverflowError: Python int too large to convert to C long");
  CHECK(run(vm, "err(native.add, 2**40, 1)") == "OverflowError: Python int too large to convert to C int");
}

TEST_CASE("embed: C++ classes as Python types") {
  minipy::VM vm;
  auto mod = vm.def_module("shapes");
  minipy::Class<Counter>(mod, "Counter", "A counter.")
      .init<int>({"start"})
      .def("bump", &Counter::bump)
      .def("add", [](Counter& c, int n) { c.value += n; return c.value; }, {"n"})
      .property("value", &Counter::get, &Counter::set)
      .property("doubled", [](const Counter& c) { return c.value * 2; })
      .def_readwrite("step", &Counter::step)
      .def_readwrite("label", &Counter::label)
      .def_static("make", [](int v) { return Counter(v); });
  vm.exec(
      "from shapes import Counter\n"
      "c = Counter(10)\n"
      "c.step = 5\n"
      "c.bump()\n"
      "c.add(n=1)\n"
      "c.label = 'x'\n");
  CHECK(vm.eval("c.value").as<int>() == 16);
  CHECK(vm.eval("c.doubled").as<int>() == 32);
  CHECK(run(vm, "c.label") == "x");
  CHECK(run(vm, "type(c).__name__ + ' ' + type(c).__module__") == "Counter shapes");
  CHECK(run(vm, "Counter.__doc__") == "A counter.");
  CHECK(vm.eval("Counter.make(7).value").as<int>() == 7);
  CHECK(vm.eval("Counter(start=3).value").as<int>() == 3);
  // The C++ object is reachable from C++.
  Counter& cref = vm.eval("c").as<Counter&>();
  CHECK(cref.value == 16);
  cref.value = 1;
  CHECK(vm.eval("c.value").as<int>() == 1);
  // Python subclasses work and keep the C++ part.
  vm.exec(
      "class Loud(Counter):\n"
      "    def bump(self):\n"
      "        return super().bump() * 100\n"
      "l = Loud(1)\n"
      "l.extra = 'yes'\n");
  CHECK(vm.eval("l.bump()").as<int>() == 200);
  CHECK(run(vm, "l.extra") == "yes");
  CHECK(vm.eval("isinstance(l, Counter)").as<bool>());
  // Errors.
  vm.exec(
      "def err(f, *a):\n"
      "    try:\n"
      "        f(*a)\n"
      "    except Exception as e:\n"
      "        return f'{type(e).__name__}: {e}'\n");
  CHECK(run(vm, "err(Counter, 'a')") == "TypeError: __init__() argument 1 must be int, not str");
  CHECK(run(vm, "err(Counter.bump, 5)") == "TypeError: descriptor 'bump' for 'Counter' objects doesn't apply to a 'int' object");
  CHECK(run(vm, "err(lambda: setattr(c, 'doubled', 1))").find("AttributeError") == 0);
}

TEST_CASE("embed: the Python object owns the C++ object") {
  minipy::VM vm;
  int alive = 0;
  auto mod = vm.def_module("tracked");
  minipy::Class<Tracked>(mod, "Tracked").init_with([&alive](int id) { return Tracked(&alive, id); });
  mod.def("ident", [](const Tracked& t) { return t.id; });
  vm.exec("import tracked\nts = [tracked.Tracked(i) for i in range(3)]\n");
  CHECK(alive == 3);
  CHECK(vm.eval("tracked.ident(ts[2])").as<int>() == 2);
  vm.exec("del ts[0]\n");
  CHECK(alive == 2);
  vm.exec("ts = None\n");
  CHECK(alive == 0);
}

TEST_CASE("embed: C++ exceptions become Python exceptions") {
  minipy::VM vm;
  auto mod = vm.def_module("throws");
  mod.def("invalid", [] { throw std::invalid_argument("bad value"); })
      .def("range", [] { throw std::out_of_range("too far"); })
      .def("oom", [] { throw std::bad_alloc(); })
      .def("other", [] { throw std::runtime_error("boom"); })
      .def("weird", [] { throw 42; })
      .def("typed", [] { throw minipy::Error("LookupError", "no such key", ""); })
      .def("call", [](Object f) { return f(); });
  vm.exec(
      "import throws\n"
      "def err(f, *a):\n"
      "    try:\n"
      "        f(*a)\n"
      "    except BaseException as e:\n"
      "        return f'{type(e).__name__}: {e}'\n");
  CHECK(run(vm, "err(throws.invalid)") == "ValueError: bad value");
  CHECK(run(vm, "err(throws.range)") == "IndexError: too far");
  CHECK(run(vm, "err(throws.oom)") == "MemoryError: std::bad_alloc");
  CHECK(run(vm, "err(throws.other)") == "RuntimeError: boom");
  CHECK(run(vm, "err(throws.weird)") == "RuntimeError: unknown C++ exception");
  CHECK(run(vm, "err(throws.typed)") == "LookupError: no such key");
  // A Python exception passing through C++ comes back as the same object.
  vm.exec(
      "class Custom(Exception): pass\n"
      "orig = Custom('mine')\n"
      "def raiser():\n"
      "    raise orig\n"
      "try:\n"
      "    throws.call(raiser)\n"
      "except Custom as e:\n"
      "    same = e is orig\n");
  CHECK(vm.eval("same").as<bool>());
  // And from C++, the Error says what it was.
  try {
    vm.eval("throws.invalid()");
    FAIL("no error");
  } catch (const minipy::Error& e) {
    CHECK(e.type() == "ValueError");
    CHECK(e.message() == "bad value");
  }
}
