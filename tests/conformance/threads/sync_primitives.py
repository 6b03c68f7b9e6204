# Condition (wait with timeout, wait_for, notify, notify_all), Semaphore,
# BoundedSemaphore, Event, Barrier and Timer.
import threading
import time

# ---- Condition: a bounded buffer with notify / notify_all
cond = threading.Condition()
items = []
consumed = []


def consumer(k):
    for _ in range(k):
        with cond:
            cond.wait_for(lambda: items)
            consumed.append(items.pop(0))
            cond.notify_all()


cs = [threading.Thread(target=consumer, args=(25,)) for _ in range(4)]
for c in cs:
    c.start()
for i in range(100):
    with cond:
        while len(items) >= 3:
            cond.wait()
        items.append(i)
        cond.notify()
for c in cs:
    c.join()
print('consumed', len(consumed), sorted(consumed) == list(range(100)))

with cond:
    t0 = time.monotonic()
    print('wait timeout ->', cond.wait(0.03), time.monotonic() - t0 >= 0.02)
    print('wait_for timeout ->', cond.wait_for(lambda: False, timeout=0.02))
    print('wait_for true ->', cond.wait_for(lambda: 42))
try:
    cond.wait()
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    cond.notify()
except RuntimeError as e:
    print('RuntimeError:', e)

# notify(n) wakes exactly n waiters
c2 = threading.Condition(threading.Lock())
woken = []
ready = threading.Semaphore(0)


def sleeper(i):
    with c2:
        ready.release()
        if c2.wait(timeout=5):
            woken.append(i)


ss = [threading.Thread(target=sleeper, args=(i,)) for i in range(5)]
for s in ss:
    s.start()
for _ in ss:
    ready.acquire()
with c2:
    c2.notify(2)
time.sleep(0.05)
print('after notify(2):', len(woken))
with c2:
    c2.notify_all()
for s in ss:
    s.join()
print('after notify_all:', sorted(woken))

# ---- Semaphore: at most 3 holders at once
sem = threading.Semaphore(3)
active = [0]
peak = [0]
guard = threading.Lock()


def limited():
    with sem:
        with guard:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
        # Stay until three holders have overlapped (never more, if the
        # semaphore works), so the peak does not depend on the machine's load.
        deadline = time.monotonic() + 5
        while peak[0] < 3 and time.monotonic() < deadline:
            time.sleep(0.001)
        with guard:
            active[0] -= 1


ls = [threading.Thread(target=limited) for _ in range(12)]
for t in ls:
    t.start()
for t in ls:
    t.join()
print('semaphore peak', peak[0], 'active', active[0])
s0 = threading.Semaphore(0)
print(s0.acquire(blocking=False), s0.acquire(timeout=0.01))
s0.release(2)
print(s0.acquire(), s0.acquire(), s0.acquire(False))
for bad in (lambda: threading.Semaphore(-1), lambda: s0.release(0),
            lambda: s0.acquire(False, 1)):
    try:
        bad()
    except ValueError as e:
        print('ValueError:', e)
b = threading.BoundedSemaphore(2)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print('ValueError:', e)

# ---- Event
ev = threading.Event()
print(ev.is_set(), ev.wait(0.01))
got = []
ws = [threading.Thread(target=lambda: got.append(ev.wait(5))) for _ in range(3)]
for w in ws:
    w.start()
ev.set()
for w in ws:
    w.join()
print(got, ev.is_set(), ev.wait())
ev.clear()
print(ev.is_set())

# ---- Barrier
actions = []
bar = threading.Barrier(4, action=lambda: actions.append('action'))
indices = []
il = threading.Lock()


def at_barrier():
    for _ in range(3):
        i = bar.wait()
        with il:
            indices.append(i)


bs = [threading.Thread(target=at_barrier) for _ in range(4)]
for t in bs:
    t.start()
for t in bs:
    t.join()
print(sorted(indices), actions, bar.parties, bar.n_waiting, bar.broken)
b2 = threading.Barrier(2, timeout=0.02)
try:
    b2.wait()
except threading.BrokenBarrierError:
    print('BrokenBarrierError', b2.broken)
b2.reset()
print('reset:', b2.broken)
b2.abort()
try:
    b2.wait()
except threading.BrokenBarrierError as e:
    print('broken after abort', type(e).__mro__[1].__name__)
try:
    threading.Barrier(0)
except ValueError as e:
    print('ValueError:', e)

# ---- Timer
fired = []
tm = threading.Timer(0.02, fired.append, args=['fired'])
tm.start()
tm.join()
tc = threading.Timer(10, fired.append, args=['never'])
tc.start()
tc.cancel()
tc.join()
print(fired, tm.is_alive(), tc.is_alive())
tk = threading.Timer(0.01, lambda **kw: fired.append(kw), kwargs={'k': 1})
tk.start()
tk.join()
print(fired)
