// tests/unit/api_test.cpp — the public embedding API (include/minipy/minipy.h):
// running code, evaluating expressions, Python errors surfacing as
// minipy::Error with CPython's traceback text, and several VMs in one process.
#include "minipy/minipy.h"

#include <doctest/doctest.h>

#include <string>

TEST_CASE("api: exec and eval share __main__") {
  minipy::VM vm;
  vm.exec("x = 6\ndef double(v):\n    return v * 2\n");
  CHECK(vm.eval_repr("double(x) + 1") == "13");
  CHECK(vm.eval_repr("[i * i for i in range(4)]") == "[0, 1, 4, 9]");
  CHECK(vm.eval_repr("{'a': 1.5, 'b': None}") == "{'a': 1.5, 'b': None}");
}

TEST_CASE("api: a Python exception becomes minipy::Error with its traceback") {
  minipy::VM vm;
  vm.exec("def f(d):\n    return d['missing']\n");
  bool thrown = false;
  try {
    vm.eval_repr("f({})");
  } catch (const minipy::Error& e) {
    thrown = true;
    CHECK(e.type() == "KeyError");
    CHECK(e.message() == "'missing'");
    CHECK(e.traceback().find("Traceback (most recent call last):") != std::string::npos);
    CHECK(e.traceback().find("in f") != std::string::npos);
    CHECK(e.traceback().find("KeyError: 'missing'") != std::string::npos);
  }
  CHECK(thrown);
  // The VM stays usable after an error.
  CHECK(vm.eval_repr("1 + 1") == "2");
}

TEST_CASE("api: syntax errors are reported as SyntaxError") {
  minipy::VM vm;
  try {
    vm.exec("x = (1,\n");
    CHECK(false);
  } catch (const minipy::Error& e) {
    CHECK(e.type() == "SyntaxError");
    CHECK(e.message().find("was never closed") != std::string::npos);
  }
}

TEST_CASE("api: two interpreters do not share state") {
  minipy::VM a;
  minipy::VM b;
  a.exec("shared = 'a'");
  b.exec("shared = 'b'");
  CHECK(a.eval_repr("shared") == "'a'");
  CHECK(b.eval_repr("shared") == "'b'");
  a.exec("import sys\nsys.setrecursionlimit(500)");
  CHECK(a.eval_repr("sys.getrecursionlimit()") == "500");
  CHECK(b.eval_repr("__import__('sys').getrecursionlimit()") == "1000");
}

TEST_CASE("api: deep recursion is a RecursionError, not a crash") {
  minipy::VM vm;
  vm.exec("def down(n):\n    return down(n + 1)\n");
  try {
    vm.eval_repr("down(0)");
    CHECK(false);
  } catch (const minipy::Error& e) {
    CHECK(e.type() == "RecursionError");
  }
}

TEST_CASE("api: run_string returns the exit status") {
  minipy::VM vm;
  CHECK(vm.run_string("pass") == 0);
  CHECK(vm.run_string("import sys\nsys.exit(3)") == 3);
}
