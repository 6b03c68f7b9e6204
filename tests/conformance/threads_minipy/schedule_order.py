# minipy only: under the deterministic schedule the interleaving itself is
# reproducible: three threads append their name at every step, and the
# recorded order is the same on every run with the same seed (and, for
# these seeds, differs between seeds). Output and sleep(0) inside a thread
# are switch points like any other.
import threading
import _thread

log = []


go = threading.Barrier(3)


def step(name):
    go.wait()             # all three start stepping together
    for i in range(10):
        log.append(name)
        len(log)          # a call: a check point


def run(seed):
    del log[:]
    _thread._set_schedule(seed)
    ts = [threading.Thread(target=step, args=(n,)) for n in 'abc']
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    _thread._set_schedule(None)
    return ''.join(log)


for seed in (7, 8, 9):
    a, b = run(seed), run(seed)
    print(seed, a, a == b, sorted(a) == sorted("abc" * 10))
# the schedule can only change while no other thread runs
ev = threading.Event()
t = threading.Thread(target=ev.wait, args=(10,))
t.start()
try:
    _thread._set_schedule(1)
except RuntimeError as e:
    print('RuntimeError:', e)
ev.set()
t.join()
