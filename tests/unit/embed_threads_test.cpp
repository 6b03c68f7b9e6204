// tests/unit/embed_threads_test.cpp — host threads entering the VM with
// minipy::ThreadScope (several at once, each a threading._DummyThread), the
// GIL released around C++ work and waits with minipy::GilRelease, and limits
// applying to host threads.
#undef MINIPY_BUILD_CORE  // the embedder's view: public headers only
#include "minipy/minipy.h"

#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <string>
#include <thread>
#include <vector>

using minipy::Object;

TEST_CASE("embed: several host threads call Python") {
  minipy::VM vm;
  vm.exec(
      "import threading\n"
      "results = []\n"
      "lock = threading.Lock()\n"
      "def work(i):\n"
      "    total = sum(range(i * 1000))\n"
      "    with lock:\n"
      "        results.append(i)\n"
      "    return type(threading.current_thread()).__name__, total\n");
  constexpr int kThreads = 4;
  std::vector<std::string> kinds(kThreads);
  std::vector<long long> totals(kThreads);
  std::atomic<int> done{0};
  {
    std::vector<std::thread> threads;
    for (int i = 0; i < kThreads; ++i) {
      threads.emplace_back([&, i] {
        minipy::ThreadScope scope(vm);
        for (int round = 0; round < 20; ++round) {
          Object r = vm.globals()["work"](i);
          kinds[i] = r[Object(0)].as<std::string>();
          totals[i] = r[Object(1)].as<long long>();
          {
            minipy::GilRelease nogil;  // C++ work without the GIL
            std::this_thread::sleep_for(std::chrono::microseconds(50));
          }
        }
        ++done;
      });
    }
    minipy::GilRelease nogil;  // the creating thread lets them run while it waits
    for (auto& t : threads) t.join();
  }
  CHECK(done == kThreads);
  for (int i = 0; i < kThreads; ++i) {
    CHECK(kinds[i] == "_DummyThread");
    CHECK(totals[i] == (long long)(i * 1000) * (i * 1000 - 1) / 2);
  }
  CHECK(vm.eval("len(results)").as<int>() == kThreads * 20);
  CHECK(vm.eval("threading.current_thread() is threading.main_thread()").as<bool>());
}

TEST_CASE("embed: a host thread runs Python threads and exceptions") {
  minipy::VM vm;
  std::string err;
  std::string from_thread;
  std::thread t([&] {
    minipy::ThreadScope scope(vm);
    {
      minipy::ThreadScope nested(vm);  // no-op: already entered
      try {
        vm.exec("1 / 0");
      } catch (const minipy::Error& e) {
        err = e.type();
      }
    }
    vm.exec(
        "import threading\n"
        "out = []\n"
        "th = threading.Thread(target=lambda: out.append(threading.current_thread().name), name='py-child')\n"
        "th.start()\n"
        "th.join()\n");
    from_thread = vm.eval("out[0]").as<std::string>();
  });
  {
    minipy::GilRelease nogil;
    t.join();
  }
  CHECK(err == "ZeroDivisionError");
  CHECK(from_thread == "py-child");
}

TEST_CASE("embed: limits apply to host threads") {
  minipy::VM vm;
  minipy::Limits lim;
  lim.instructions = 20000;
  vm.set_limits(lim);
  std::string type;
  std::thread t([&] {
    minipy::ThreadScope scope(vm);
    try {
      vm.exec("while True:\n    pass\n");
    } catch (const minipy::Error& e) {
      type = e.type();
    }
  });
  {
    minipy::GilRelease nogil;
    t.join();
  }
  CHECK(type == "BudgetExceeded");
}
