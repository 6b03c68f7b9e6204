// tests/unit/embed_limits_test.cpp — resource limits of an embedded VM: the
// instruction budget (minipy.BudgetExceeded, re-raised until reset), the
// wall-clock deadline and the memory cap (MemoryError, the VM stays usable).
#undef MINIPY_BUILD_CORE  // the embedder's view: public headers only
#include "minipy/minipy.h"

#include <doctest/doctest.h>

#include <chrono>
#include <string>

namespace {
std::string error_type(minipy::VM& vm, const std::string& code) {
  try {
    vm.exec(code);
  } catch (const minipy::Error& e) {
    return e.type();
  }
  return "";
}
}  // namespace

TEST_CASE("embed: instruction budget") {
  minipy::VM vm;
  minipy::Limits lim;
  lim.instructions = 100000;
  vm.set_limits(lim);
  CHECK(vm.eval("sum(range(100))").as<int>() == 4950);  // short code runs
  CHECK(error_type(vm, "while True:\n    pass\n") == "BudgetExceeded");
  CHECK(vm.instructions_used() > 100000);
  // `except Exception` catches it, but the next check point raises it again.
  vm.reset_limits();
  CHECK(error_type(vm,
                   "n = 0\n"
                   "while True:\n"
                   "    try:\n"
                   "        while True:\n"
                   "            pass\n"
                   "    except Exception:\n"
                   "        n += 1\n") == "BudgetExceeded");
  CHECK(vm.eval("n").as<int>() == 1);
  // Python code sees the class: a TimeoutError subclass in module minipy.
  vm.reset_limits();
  CHECK(vm.eval("issubclass(__import__('minipy').BudgetExceeded, TimeoutError)").as<bool>());
  // Without limits the VM runs freely again.
  vm.set_limits(minipy::Limits());
  CHECK(vm.eval("sum(i for i in range(200000))").as<int64_t>() == 19999900000);
  CHECK(vm.limits().instructions == 0);
}

TEST_CASE("embed: limits for one call") {
  minipy::VM vm;
  {
    minipy::ScopedLimits scoped(vm, minipy::Limits{.instructions = 1000});
    CHECK(vm.limits().instructions == 1000);
    CHECK(error_type(vm, "for i in range(10**6):\n    pass\n") == "BudgetExceeded");
  }
  CHECK(vm.limits().instructions == 0);
  CHECK(error_type(vm, "for i in range(10**5):\n    pass\n") == "");
}

TEST_CASE("embed: budget from Config, functions count too") {
  minipy::Config cfg;
  cfg.instruction_budget = 5000;
  minipy::VM vm(cfg);
  vm.exec("def f(n):\n    return n if n < 1 else f(n - 1)\n");
  CHECK(error_type(vm, "for i in range(100000):\n    f(3)\n") == "BudgetExceeded");
}

TEST_CASE("embed: wall-clock deadline") {
  minipy::VM vm;
  minipy::Limits lim;
  lim.seconds = 0.05;
  vm.set_limits(lim);
  auto t0 = std::chrono::steady_clock::now();
  std::string msg;
  try {
    vm.exec("while True:\n    pass\n");
  } catch (const minipy::Error& e) {
    msg = e.type() + ": " + e.message();
  }
  double took = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  CHECK(msg == "BudgetExceeded: deadline of 0.05 seconds exceeded");
  CHECK(took < 2.0);
  vm.set_limits(minipy::Limits());
  CHECK(vm.eval("1 + 1").as<int>() == 2);
}

TEST_CASE("embed: memory cap") {
  minipy::VM vm;
  minipy::Limits lim;
  lim.memory_bytes = vm.memory_used() + (size_t(16) << 20);
  vm.set_limits(lim);
  CHECK(error_type(vm, "x = bytearray(100_000_000)\n") == "MemoryError");
  CHECK(error_type(vm, "big = []\nwhile True:\n    big.append('x' * 1000)\n") == "MemoryError");
  // Catchable in Python, and the VM goes on once the memory is freed.
  vm.exec(
      "del big\n"
      "try:\n"
      "    y = [0] * 50_000_000\n"
      "except MemoryError:\n"
      "    caught = True\n");
  CHECK(vm.eval("caught").as<bool>());
  CHECK(vm.eval("len([str(i) for i in range(10000)])").as<int>() == 10000);
  CHECK(vm.memory_used() <= lim.memory_bytes);
  vm.set_limits(minipy::Limits());
  vm.exec("z = bytearray(40_000_000)\n");
  CHECK(vm.eval("len(z)").as<int>() == 40000000);
}
