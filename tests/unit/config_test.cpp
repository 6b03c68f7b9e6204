// tests/unit/config_test.cpp — the command-line flags of minipy::Config as an
// embedder sets them (the `minipy` command fills the same fields): sys.flags,
// sys.warnoptions in CPython's order, sys.orig_argv, -O's compiled-out
// asserts and docstrings, and the UnraisableHookArgs given to sys.unraisablehook.
#include "minipy/minipy.h"

#include <doctest/doctest.h>

#include <string>

TEST_CASE("config: defaults give CPython's sys.flags") {
  minipy::VM vm;
  CHECK(vm.eval_repr("(sys := __import__('sys')).flags.optimize") == "0");
  CHECK(vm.eval_repr("sys.flags[:4]") == "(0, 0, 0, 0)");
  CHECK(vm.eval_repr("sys.warnoptions") == "[]");
  CHECK(vm.eval_repr("sys.dont_write_bytecode") == "False");
  CHECK(vm.eval_repr("__debug__") == "True");
  CHECK(vm.eval_repr("len(sys.flags)") == "18");
}

TEST_CASE("config: flags, warnoptions and orig_argv") {
  minipy::Config cfg;
  cfg.argv = {"-c", "x"};
  cfg.orig_argv = {"/usr/bin/minipy", "-bb", "-X", "dev", "-W", "ignore", "-c", "pass", "x"};
  cfg.xoptions = {"dev"};
  cfg.warnoptions = {"once", "ignore"};
  cfg.bytes_warning = 2;
  cfg.verbose = 2;
  cfg.quiet = true;
  cfg.isolated = true;
  cfg.dont_write_bytecode = true;
  cfg.int_max_str_digits = 1000;
  minipy::VM vm(cfg);
  vm.exec("import sys");
  CHECK(vm.eval_repr("sys.warnoptions") == "['default', 'once', 'ignore', 'error::BytesWarning']");
  CHECK(vm.eval_repr("sys.orig_argv[1:3]") == "['-bb', '-X']");
  CHECK(vm.eval_repr("sys.argv") == "['-c', 'x']");
  CHECK(vm.eval_repr("(sys.flags.bytes_warning, sys.flags.verbose, sys.flags.quiet, sys.flags.dev_mode)") ==
        "(2, 2, 1, True)");
  // -I implies -E, -s and -P.
  CHECK(vm.eval_repr("(sys.flags.isolated, sys.flags.ignore_environment, sys.flags.no_user_site, "
                     "sys.flags.safe_path)") == "(1, 1, 1, True)");
  CHECK(vm.eval_repr("(sys.dont_write_bytecode, sys.flags.int_max_str_digits, sys.get_int_max_str_digits())") ==
        "(True, 1000, 1000)");
  // The warning options were applied at start-up: the last one is first.
  CHECK(vm.eval_repr("__import__('warnings').filters[0][:3]") == "('error', None, <class 'BytesWarning'>)");
}

TEST_CASE("config: optimize 1 drops asserts, 2 docstrings too") {
  minipy::Config o1;
  o1.optimize = 1;
  minipy::VM vm1(o1);
  vm1.exec("def f():\n    'doc'\n    assert False, 'no'\n    return __debug__\n");
  CHECK(vm1.eval_repr("(f(), f.__doc__, __import__('sys').flags.optimize)") == "(False, 'doc', 1)");
  minipy::Config o2;
  o2.optimize = 2;
  minipy::VM vm2(o2);
  vm2.exec("class C:\n    'cdoc'\n    def m(self):\n        'mdoc'\n        assert 0\n        return 7\n");
  CHECK(vm2.eval_repr("(C().m(), C.__doc__, C.m.__doc__)") == "(7, None, None)");
}

TEST_CASE("config: sys.unraisablehook gets UnraisableHookArgs") {
  minipy::VM vm;
  vm.exec(
      "import sys\n"
      "seen = []\n"
      "sys.unraisablehook = lambda a: seen.append((type(a).__name__, a.exc_type.__name__, str(a.exc_value),\n"
      "                                            a.err_msg, type(a.object).__name__))\n"
      "class A:\n"
      "    def __del__(self):\n"
      "        raise ValueError('in del')\n"
      "a = A()\n"
      "del a\n");
  CHECK(vm.eval_repr("seen") == "[('UnraisableHookArgs', 'ValueError', 'in del', None, 'function')]");
  CHECK(vm.eval_repr("sys.__unraisablehook__ is not sys.unraisablehook") == "True");
}
