# threading.Thread: target/args/kwargs/name, subclassing run(), start/join,
# join with a timeout, is_alive, ident/native_id, daemon, current_thread,
# main_thread, enumerate, active_count, get_ident, and the usage errors.
import threading
import time

results = []
lock = threading.Lock()


def work(a, b, *, c=0):
    with lock:
        results.append((threading.current_thread().name, a + b + c))


t1 = threading.Thread(target=work, args=(1, 2), kwargs={'c': 3}, name='adder')
t2 = threading.Thread(target=work, args=(10, 20))
print(t1.name, t1.daemon, t1.ident, t1.native_id, t1.is_alive())
print(t2.name.startswith('Thread-'), t2.name.endswith('(work)'))
t1.start()
t2.start()
t1.join()
t2.join()
print(sorted(r[1] for r in results), sorted(r[0] for r in results)[0])
print(t1.is_alive(), isinstance(t1.ident, int), isinstance(t1.native_id, int))
print(t1.ident != threading.get_ident(), t1.native_id != threading.get_native_id())


class Squarer(threading.Thread):
    def __init__(self, n):
        super().__init__(name='sq-%d' % n)
        self.n = n
        self.result = None

    def run(self):
        self.result = self.n * self.n


sq = [Squarer(i) for i in range(5)]
for t in sq:
    t.start()
for t in sq:
    t.join()
print([t.result for t in sq], [t.name for t in sq])

# join with a timeout on a thread that is still running
ev = threading.Event()
slow = threading.Thread(target=ev.wait, name='slow')
slow.start()
t0 = time.monotonic()
slow.join(0.05)
print('timed out join:', slow.is_alive(), time.monotonic() - t0 >= 0.04)
ev.set()
slow.join()
print('after set:', slow.is_alive())

# main thread, current thread, enumerate, active_count
print(threading.current_thread() is threading.main_thread(), threading.main_thread().name)
print(threading.main_thread().ident == threading.get_ident())
seen = []
gate = threading.Event()


def idle():
    seen.append(threading.current_thread() in threading.enumerate())
    gate.wait()


ws = [threading.Thread(target=idle, name='idle-%d' % i) for i in range(3)]
for w in ws:
    w.start()
print('active while running:', threading.active_count())
print(sorted(t.name for t in threading.enumerate()))
gate.set()
for w in ws:
    w.join()
print('active after:', threading.active_count(), seen)

# daemon flag
d = threading.Thread(target=lambda: None, daemon=True)
print(d.daemon)
d.daemon = False
print(d.daemon)
d.start()
d.join()

# errors
t = threading.Thread(target=lambda: None)
try:
    t.join()
except RuntimeError as e:
    print('RuntimeError:', e)
t.start()
try:
    t.start()
except RuntimeError as e:
    print('RuntimeError:', e)
t.join()
try:
    t.daemon = True
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print('RuntimeError:', e)
print(repr(t).startswith('<Thread(Thread-'), repr(t).split(', ')[1].split(' ')[0])
r = threading.Thread(name='named', target=print)
print(repr(r))
print(t.name == t._name)

# threads started from threads
out = []


def spawner(depth):
    if depth:
        c = threading.Thread(target=spawner, args=(depth - 1,))
        c.start()
        c.join()
    out.append(depth)


spawner(5)
print(out)
