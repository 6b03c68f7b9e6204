# Threads: subclass and target, Lock, RLock, threading.local, Event
import threading

class Counter(threading.Thread):
    def __init__(self, name, n, lock, totals):
        super().__init__(name=name)
        self.n = n
        self.lock = lock
        self.totals = totals
        self.result = None

    def run(self):
        s = 0
        for i in range(self.n):
            s += i
        with self.lock:
            self.totals[self.name] = s
        self.result = s

lock = threading.Lock()
totals = {}
threads = [Counter(f"worker-{i}", 1000 * (i + 1), lock, totals) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for name in sorted(totals):
    print(name, totals[name])
print([t.result for t in threads])
print(all(not t.is_alive() for t in threads))

# target function with args/kwargs
shared = []
slock = threading.Lock()
def add_items(prefix, count, *, step=1):
    for i in range(0, count, step):
        with slock:
            shared.append(f"{prefix}{i}")

ts = [threading.Thread(target=add_items, args=(p, 6), kwargs={"step": 2}) for p in "abc"]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(shared))

# RLock reentrancy
rl = threading.RLock()
def outer(depth):
    with rl:
        if depth == 0:
            return "bottom"
        return outer(depth - 1)
print(outer(5))
print(rl.acquire(), rl.acquire())
rl.release(); rl.release()
try:
    rl.release()
except RuntimeError as e:
    print("RuntimeError:", e)

l2 = threading.Lock()
print(l2.locked(), l2.acquire(blocking=False), l2.locked(), l2.acquire(blocking=False))
l2.release()
try:
    l2.release()
except RuntimeError as e:
    print("RuntimeError:", e)

# threading.local
data = threading.local()
data.value = "main"
seen = {}
def use_local(tag):
    print_missing = hasattr(data, "value")
    data.value = tag
    seen[tag] = (print_missing, data.value)
ts = [threading.Thread(target=use_local, args=(f"t{i}",)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(seen.items()), data.value)

# Event
ev = threading.Event()
order = []
def waiter(i):
    ev.wait()
    with slock:
        order.append(i)
ws = [threading.Thread(target=waiter, args=(i,)) for i in range(5)]
for w in ws: w.start()
print("is_set before:", ev.is_set())
ev.set()
for w in ws: w.join()
print("woken:", sorted(order), ev.is_set())
ev.clear()
print("wait timeout:", ev.wait(0.01))

print(threading.current_thread().name, threading.main_thread() is threading.current_thread())
t = threading.Thread(target=lambda: None, name="custom", daemon=True)
print(t.name, t.daemon, t.is_alive())
t.start(); t.join()
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
print(threading.active_count())
