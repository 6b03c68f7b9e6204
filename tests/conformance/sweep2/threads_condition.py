# Producer/consumer with Condition, Semaphore, Barrier, Timer
import threading
import time

class BoundedBuffer:
    def __init__(self, capacity):
        self.capacity = capacity
        self.items = []
        self.cond = threading.Condition()

    def put(self, item):
        with self.cond:
            while len(self.items) >= self.capacity:
                self.cond.wait()
            self.items.append(item)
            self.cond.notify_all()

    def get(self):
        with self.cond:
            while not self.items:
                self.cond.wait()
            item = self.items.pop(0)
            self.cond.notify_all()
            return item

buf = BoundedBuffer(3)
consumed = []
clock = threading.Lock()

def producer(pid, n):
    for i in range(n):
        buf.put((pid, i))

def consumer(count):
    for _ in range(count):
        item = buf.get()
        if item is None:
            break
        with clock:
            consumed.append(item)

prods = [threading.Thread(target=producer, args=(p, 5)) for p in range(3)]
cons = [threading.Thread(target=consumer, args=(5,)) for _ in range(3)]
for t in prods + cons:
    t.start()
for t in prods + cons:
    t.join()
print(len(consumed), sorted(consumed)[:6])
# per-producer ordering is preserved
for p in range(3):
    print(p, [i for (q, i) in consumed if q == p] == sorted(i for (q, i) in consumed if q == p))

# wait_for
cond = threading.Condition()
state = {"ready": False}
def setter():
    time.sleep(0.01)
    with cond:
        state["ready"] = True
        cond.notify()
t = threading.Thread(target=setter)
t.start()
with cond:
    ok = cond.wait_for(lambda: state["ready"], timeout=5)
t.join()
print("wait_for:", ok)
with cond:
    print("timeout:", cond.wait(0.001))

# Semaphore limits concurrency
sem = threading.BoundedSemaphore(2)
active = 0
peak = 0
alock = threading.Lock()
def limited():
    global active, peak
    with sem:
        with alock:
            active += 1
            peak = max(peak, active)
        time.sleep(0.005)
        with alock:
            active -= 1
ts = [threading.Thread(target=limited) for _ in range(6)]
for t in ts: t.start()
for t in ts: t.join()
print("peak <= 2:", peak <= 2, "active:", active)
try:
    sem.release()
except ValueError as e:
    print("ValueError:", e)
s = threading.Semaphore(0)
print(s.acquire(timeout=0.001), s.acquire(blocking=False))
s.release(3)
print(s.acquire(), s.acquire(), s.acquire(), s.acquire(blocking=False))

# Barrier
barrier = threading.Barrier(3)
indices = []
def at_barrier(i):
    idx = barrier.wait()
    with alock:
        indices.append(idx)
ts = [threading.Thread(target=at_barrier, args=(i,)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print("barrier indices:", sorted(indices), barrier.parties, barrier.n_waiting, barrier.broken)
b2 = threading.Barrier(2, timeout=0.01)
try:
    b2.wait()
except threading.BrokenBarrierError as e:
    print("broken:", type(e).__name__, b2.broken)
b2.reset()
print("after reset:", b2.broken)

# Timer
fired = []
tm = threading.Timer(0.01, lambda x: fired.append(x), args=("boom",))
tm.start(); tm.join()
print("timer:", fired)
tm2 = threading.Timer(10, lambda: fired.append("never"))
tm2.start(); tm2.cancel(); tm2.join()
print("cancelled:", fired, tm2.finished.is_set())
