// examples/embed_basic.cpp — embedding minipy: run code, exchange values
// with C++, call Python functions, catch Python errors, limit a script.
// Build: part of the CMake build (target embed_basic). Uses only <minipy/minipy.h>.
#include <minipy/minipy.h>

#include <cstdio>
#include <map>
#include <string>
#include <vector>

int main() {
  minipy::VM vm;

  // Run code in __main__ and read results back as C++ values.
  vm.exec(
      "def stats(xs):\n"
      "    return {'n': len(xs), 'mean': sum(xs) / len(xs)}\n");
  minipy::Object stats = vm.globals()["stats"];
  auto result = stats(std::vector<double>{1, 2, 3, 4}).as<std::map<std::string, double>>();
  std::printf("n=%g mean=%g\n", result["n"], result["mean"]);

  // Expressions, modules, keyword arguments.
  minipy::Object json = vm.import("json");
  minipy::Object text = json.attr("dumps")(vm.eval("{'b': [1, 2], 'a': None}"), minipy::kw("sort_keys", true));
  std::printf("%s\n", text.as<std::string>().c_str());

  // Big ints and iteration.
  std::printf("2**100 = %s\n", vm.eval("2 ** 100").as<minipy::BigInt>().decimal.c_str());
  long long total = 0;
  for (minipy::Object x : vm.eval("(i * i for i in range(10))")) total += x.as<long long>();
  std::printf("sum of squares = %lld\n", total);

  // Python errors are minipy::Error, with the traceback and its frames.
  try {
    vm.exec("def f():\n    return {}['missing']\nf()\n");
  } catch (const minipy::Error& e) {
    std::printf("caught %s: %s\n", e.type().c_str(), e.message().c_str());
    for (const minipy::StackFrame& f : e.frames())
      std::printf("  at %s:%d in %s: %s\n", f.file.c_str(), f.line, f.function.c_str(), f.source_line.c_str());
  }

  // An untrusted script under an instruction budget.
  minipy::Limits limits;
  limits.instructions = 1000000;
  vm.set_limits(limits);
  try {
    vm.exec("while True:\n    pass\n");
  } catch (const minipy::Error& e) {
    std::printf("stopped: %s: %s\n", e.type().c_str(), e.message().c_str());
  }
  vm.set_limits(minipy::Limits());  // no limits
  return 0;
}
