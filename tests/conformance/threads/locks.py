# Lock and RLock: blocking/non-blocking acquire, timeouts, locked(), the
# context manager, errors, RLock recursion and ownership, and a lock that
# really excludes: threads updating shared state under it lose nothing.
import threading
import _thread
import time

lock = threading.Lock()
print(type(lock).__name__, lock.locked())
print(lock.acquire(), lock.locked())
print(lock.acquire(False), lock.acquire(blocking=False))
t0 = time.monotonic()
print(lock.acquire(timeout=0.05), time.monotonic() - t0 >= 0.04)
print(lock.acquire(True, 0.01))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print('RuntimeError:', e)
with lock:
    print('in with:', lock.locked())
print('after with:', lock.locked())
for bad in [dict(blocking=False, timeout=1), dict(timeout=-5)]:
    try:
        lock.acquire(**bad)
    except ValueError as e:
        print('ValueError:', e)
l2 = _thread.allocate_lock()
print(type(l2) is type(lock), l2.acquire(), l2.locked())
l2.release()

# another thread releases a lock this one holds (allowed for Lock)
gate = threading.Lock()
gate.acquire()
threading.Thread(target=gate.release).start()
print('acquired after other thread released:', gate.acquire(timeout=5))

# RLock
r = threading.RLock()
print(r.acquire(), r.acquire(), r.acquire(blocking=False))
r.release()
r.release()
r.release()
try:
    r.release()
except RuntimeError as e:
    print('RuntimeError:', e)
with r:
    with r:
        print('nested with ok')
# an RLock held by one thread blocks others, and only the owner may release it
r.acquire()
res = []


def other():
    res.append(r.acquire(timeout=0.02))
    try:
        r.release()
    except RuntimeError as e:
        res.append(str(e))


t = threading.Thread(target=other)
t.start()
t.join()
print(res)
r.release()

# mutual exclusion under contention
counter = [0]
m = threading.Lock()


def bump(n):
    for i in range(n):
        with m:
            v = counter[0]
            time.sleep(0) if i % 97 == 0 else None
            counter[0] = v + 1


ts = [threading.Thread(target=bump, args=(2000,)) for _ in range(8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('counter', counter[0])

# blocking acquire wakes up when the holder releases
m.acquire()
order = []


def waiter():
    m.acquire()
    order.append('waiter got it')
    m.release()


t = threading.Thread(target=waiter)
t.start()
time.sleep(0.02)
order.append('main releases')
m.release()
t.join()
print(order)
