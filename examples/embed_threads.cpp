// examples/embed_threads.cpp — C++ threads calling into one VM: each enters
// with a minipy::ThreadScope, releases the GIL around its own C++ work with
// minipy::GilRelease, and the creating thread waits without the GIL.
// Uses only <minipy/minipy.h>.
#include <minipy/minipy.h>

#include <chrono>
#include <cstdio>
#include <string>
#include <thread>
#include <vector>

int main() {
  minipy::VM vm;
  vm.exec(
      "import threading\n"
      "seen = {}\n"
      "def handle(worker, job):\n"
      "    t = threading.current_thread()\n"
      "    seen[worker] = type(t).__name__\n"
      "    return sum(i * job for i in range(1000))\n");

  std::vector<std::thread> workers;
  std::vector<long long> totals(4, 0);
  for (int w = 0; w < 4; ++w) {
    workers.emplace_back([&vm, &totals, w] {
      minipy::ThreadScope scope(vm);  // this thread now has a Python thread state
      minipy::Object handle = vm.globals()["handle"];
      for (int job = 1; job <= 10; ++job) {
        totals[w] += handle(w, job).as<long long>();
        minipy::GilRelease nogil;  // pretend to do C++ work: others run meanwhile
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
      }
    });
  }
  {
    minipy::GilRelease nogil;  // the VM's creating thread holds the GIL otherwise
    for (std::thread& t : workers) t.join();
  }
  for (int w = 0; w < 4; ++w) std::printf("worker %d: %lld\n", w, totals[w]);
  std::printf("threads seen by Python: %s\n", vm.eval("sorted(set(seen.values()))").repr().c_str());
  return 0;
}
