// tests/unit/gil_test.cpp — the GIL's hand-off rules (vm/gil.cpp) seen through
// _thread._gil_stats(): a lock or condition hand-off costs one GIL
// acquisition (the released sleeper is not woken only to find the GIL held),
// a CPU-bound thread is not starved by threads that keep handing the GIL to
// each other, and lock waits with timeouts under contention lose nothing.
// Bounds are loose: the machine running the tests may be loaded.
#include "minipy/minipy.h"

#include <doctest/doctest.h>

#include <string>

namespace {

// Statistics recorded without the exit table: -X gil-trace with no file name.
minipy::Config stats_config() {
  minipy::Config c;
  c.xoptions.push_back("gil-trace=");
  return c;
}

// Python helpers shared by the cases.
const char* kHelpers = R"(
import threading, _thread, sys, time
def stats_of(name):
    for t in _thread._gil_stats()['threads']:
        if t['name'] == name:
            return t
    return None
)";

}  // namespace

TEST_CASE("gil: a Condition ping-pong costs one GIL acquisition per hand-off") {
  minipy::VM vm(stats_config());
  vm.exec(kHelpers);
  vm.exec(R"(
cond = threading.Condition()
turn = [0]
ROUNDS = 2000
def pong():
    _thread._set_name('pong')
    with cond:
        for i in range(ROUNDS):
            while turn[0] != 1:
                cond.wait()
            turn[0] = 0
            cond.notify()
t = threading.Thread(target=pong)
t.start()
with cond:
    for i in range(ROUNDS):
        turn[0] = 1
        cond.notify()
        while turn[0] != 0:
            cond.wait()
t.join()
)");
  CHECK(vm.eval_repr("_thread._gil_stats()['enabled']") == "True");
  int acq = std::stoi(vm.eval_repr("stats_of('pong')['acquisitions']"));
  CHECK(acq >= 2000);
  CHECK(acq < 3200);  // two wake-ups per hand-off gave 2.3-2.8 per round
  CHECK(vm.eval_repr("turn[0]") == "0");
}

TEST_CASE("gil: a queue.Queue ping-pong costs one GIL acquisition per hand-off") {
  minipy::VM vm(stats_config());
  vm.exec(kHelpers);
  vm.exec(R"(
import queue
q1, q2 = queue.Queue(), queue.Queue()
ROUNDS = 2000
def pong():
    _thread._set_name('pong')
    for i in range(ROUNDS):
        q2.put(q1.get())
t = threading.Thread(target=pong)
t.start()
for i in range(ROUNDS):
    q1.put(i)
    assert q2.get() == i
t.join()
)");
  CHECK(vm.eval_repr("_thread._gil_stats()['enabled']") == "True");
  int acq = std::stoi(vm.eval_repr("stats_of('pong')['acquisitions']"));
  CHECK(acq >= 2000);
  CHECK(acq < 3200);
}

TEST_CASE("gil: a CPU-bound thread is not starved by a ping-pong pair") {
  minipy::VM vm(stats_config());
  vm.exec(kHelpers);
  vm.exec(R"(
sys.setswitchinterval(0.001)
stop = [False]
def spin():
    _thread._set_name('spin')
    n = 0
    while not stop[0]:
        n += 1
l1, l2 = threading.Lock(), threading.Lock()
l1.acquire(); l2.acquire()
def pong():
    while not stop[0]:
        l1.acquire()
        l2.release()
s = threading.Thread(target=spin)
p = threading.Thread(target=pong)
s.start(); p.start()
end = time.monotonic() + 0.4
while time.monotonic() < end:
    l1.release()
    l2.acquire()
stop[0] = True
l1.release()
s.join(); p.join()
)");
  // With a 1 ms interval the spinner waits about one interval per turn; a
  // starved one waited hundreds of milliseconds.
  double max_wait = std::stod(vm.eval_repr("stats_of('spin')['max_wait_s']"));
  CHECK(max_wait < 0.1);
  CHECK(std::stoi(vm.eval_repr("stats_of('spin')['acquisitions']")) >= 10);
}

TEST_CASE("gil: lock waits with timeouts under contention lose no update") {
  minipy::VM vm;
  vm.exec(kHelpers);
  vm.exec(R"(
import random
lock = threading.Lock()
cond = threading.Condition()
count = [0]
done = [False]
def worker(k):
    r = random.Random(k)
    for i in range(1500):
        if r.random() < 0.3 and lock.acquire(timeout=r.choice([0.00001, 0.0001, 0.001])):
            count[0] += 1
            lock.release()
        else:
            with lock:
                count[0] += 1
def waiter():
    with cond:
        while not done[0]:
            cond.wait(0.001)
ws = [threading.Thread(target=waiter) for _ in range(3)]
ts = [threading.Thread(target=worker, args=(k,)) for k in range(8)]
for t in ws + ts:
    t.start()
for t in ts:
    t.join()
with cond:
    done[0] = True
    cond.notify_all()
for t in ws:
    t.join()
)");
  CHECK(vm.eval_repr("count[0]") == "12000");
}
