// tests/unit/lifecycle_test.cpp — interpreter exit through the public API
// (vm/api.cpp, vm/lifecycle.cpp): exit statuses and exit_signal() for an
// uncaught KeyboardInterrupt, the order of finalisers when a VM is finalised
// (CPython 3.11's Py_FinalizeEx: garbage collection before the modules are
// cleared, builtins restored first), and deep generator chains that must not
// crash the finalisation. The Python-visible behaviour is pinned by
// tests/conformance/lifecycle/.
#include "minipy/minipy.h"

#include <doctest/doctest.h>

#include <csignal>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <unistd.h>

namespace {

// A file the finalisers of a VM write to: its contents once the VM is gone.
struct Transcript {
  std::string path;
  Transcript() {
    char buf[] = "/tmp/minipy_lifecycle_XXXXXX";
    int fd = ::mkstemp(buf);
    if (fd >= 0) ::close(fd);
    path = buf;
  }
  ~Transcript() { std::remove(path.c_str()); }
  std::string text() const {
    std::ifstream in(path);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
  }
  // Python source that defines note(text): append a line to the transcript.
  std::string prelude() const {
    return "def note(*args):\n"
           "    with open(" + std::string("'") + path + "', 'a') as f:\n"
           "        f.write(' '.join(str(a) for a in args) + '\\n')\n";
  }
};

}  // namespace

TEST_CASE("lifecycle: an uncaught KeyboardInterrupt gives 130 and exit_signal() SIGINT") {
  minipy::VM vm;
  // Keep the traceback off the test's stderr.
  CHECK(vm.run_string("import sys, io\nsys.stderr = io.StringIO()") == 0);
  CHECK(vm.exit_signal() == 0);
  CHECK(vm.run_string("raise KeyboardInterrupt") == 130);
  CHECK(vm.exit_signal() == SIGINT);
  // Only exactly KeyboardInterrupt, like CPython.
  CHECK(vm.run_string("class K(KeyboardInterrupt): pass\nraise K") == 1);
  CHECK(vm.exit_signal() == 0);
  CHECK(vm.run_string("raise KeyboardInterrupt") == 130);
  CHECK(vm.run_string("pass") == 0);
  CHECK(vm.exit_signal() == 0);
  // The exception stays in sys.last_value, as CPython's PyErr_Print leaves it.
  CHECK(vm.run_string("raise ValueError('kept')") == 1);
  CHECK(vm.eval_repr("sys.last_value.args") == "('kept',)");
  CHECK(vm.eval_repr("sys.last_type.__name__") == "'ValueError'");
}

TEST_CASE("lifecycle: SystemExit codes") {
  minipy::VM vm;
  CHECK(vm.run_string("import sys, io\nsys.stderr = io.StringIO()") == 0);
  CHECK(vm.run_string("raise SystemExit") == 0);
  CHECK(vm.run_string("raise SystemExit(None)") == 0);
  CHECK(vm.run_string("raise SystemExit(4)") == 4);
  CHECK(vm.run_string("raise SystemExit(256 + 5)") == 5);
  CHECK(vm.run_string("raise SystemExit(-1)") == 255);
  CHECK(vm.run_string("raise SystemExit('message')") == 1);
  CHECK(vm.eval_repr("sys.stderr.getvalue()") == "'message\\n'");
  CHECK(vm.exit_signal() == 0);
}

TEST_CASE("lifecycle: finalisers at exit run with the globals intact, in CPython's order") {
  Transcript t;
  {
    minipy::VM vm;
    vm.exec(t.prelude() +
            "import sys, builtins, gc\n"
            "class A:\n"
            "    def __init__(self, n): self.n = n\n"
            "    def __del__(self): note('del', self.n, type(sys).__name__)\n"
            "def gen():\n"
            "    try:\n"
            "        yield 1\n"
            "    finally:\n"
            "        note('gen finally', sys is not None)\n"
            "objs = []\n"
            "for i in range(3): objs.append(A(i))\n"
            "a = A('a')\n"
            "g = gen(); next(g)\n"
            "builtins.extra = A('builtins.extra')\n"
            "c = A('cycle'); c.me = c; del c\n"
            "gc.set_threshold(0)\n");
    vm.finalize();
  }
  // CPython 3.11 prints the same for this program.
  CHECK(t.text() ==
        "del cycle module\n"
        "del builtins.extra module\n"
        "del 0 module\n"
        "del 1 module\n"
        "del 2 module\n"
        "del a module\n"
        "gen finally True\n");
}

TEST_CASE("lifecycle: deep generator chains are closed at exit without crashing") {
  Transcript t;
  {
    minipy::VM vm;
    vm.exec(t.prelude() +
            "import sys\n"
            "sys.setrecursionlimit(10000)\n"
            "def chain(n):\n"
            "    try:\n"
            "        if n == 0:\n"
            "            yield 'leaf'\n"
            "        else:\n"
            "            yield from chain(n - 1)\n"
            "    finally:\n"
            "        if n % 1000 == 0: note('chain finally', n)\n"
            "deep = chain(2000)\n"
            "next(deep)\n"
            "def linked(nxt, n):\n"
            "    try:\n"
            "        yield n\n"
            "    finally:\n"
            "        if n % 10000 == 0: note('linked finally', n)\n"
            "head = None\n"
            "for i in range(30001):\n"
            "    head = linked(head, i)\n"
            "    next(head)\n");
    CHECK(vm.run_string("raise SystemExit(1)") == 1);
    vm.finalize();
  }
  CHECK(t.text() ==
        "chain finally 0\n"
        "chain finally 1000\n"
        "chain finally 2000\n"
        "linked finally 30000\n"
        "linked finally 20000\n"
        "linked finally 10000\n"
        "linked finally 0\n");
}

TEST_CASE("lifecycle: a long chain of generators freed at run time finishes") {
  minipy::VM vm;
  vm.exec("done = []\n"
          "def linked(nxt, n):\n"
          "    try:\n"
          "        yield n\n"
          "    finally:\n"
          "        done.append(n)\n"
          "head = None\n"
          "for i in range(50000):\n"
          "    head = linked(head, i)\n"
          "    next(head)\n"
          "del head\n"
          "count = len(done)\n");
  CHECK(vm.eval_repr("count") == "50000");
  CHECK(vm.eval_repr("done[:2], done[-1]") == "([49999, 49998], 0)");
}
