# minipy only: the deterministic GIL schedule (_thread._set_schedule(seed),
# the same as `-X gil-schedule=SEED`) reproduces a race.
# Four threads each add 1 to a shared counter 500 times with an unlocked
# read-modify-write that makes a call between the read and the write (a
# check point where the schedule may switch threads). The seeded schedule
# loses the same updates on every run with the same seed; the locked
# version never loses one, whatever the seed.
import threading
import _thread

N_THREADS, N_ADDS = 4, 500
counter = 0
lock = threading.Lock()


def pause():
    pass


def unlocked():
    global counter
    for _ in range(N_ADDS):
        v = counter
        pause()
        counter = v + 1


def locked():
    global counter
    for _ in range(N_ADDS):
        with lock:
            v = counter
            pause()
            counter = v + 1


def run(target, seed):
    global counter
    counter = 0
    _thread._set_schedule(seed)
    ts = [threading.Thread(target=target) for _ in range(N_THREADS)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    _thread._set_schedule(None)
    return counter


expected = N_THREADS * N_ADDS
for seed in (1, 2, 3, 12345):
    runs = [run(unlocked, seed) for _ in range(3)]
    print('seed %d unlocked: %s, identical: %s, lost: %d'
          % (seed, runs, runs[0] == runs[1] == runs[2], expected - runs[0]))
for seed in (1, 2, 3, 12345):
    print('seed %d locked: %d' % (seed, run(locked, seed)))
