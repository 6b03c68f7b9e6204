# Sharing state between processes: Value and Array in shared memory with
# their locks, Lock/RLock/Semaphore/Event/Condition/Barrier across processes,
# and the errors of misused locks.
import multiprocessing as mp
import time


def add(v, arr, n):
    for _ in range(n):
        with v.get_lock():
            v.value += 1
    for i in range(len(arr)):
        with arr.get_lock():
            arr[i] += i


def raw_add(v, lock, n):
    for _ in range(n):
        lock.acquire()
        v.value += 1
        lock.release()


def waiter(ev, out):
    ok = ev.wait(10)
    out.put(('event seen', ok))


def sem_user(sem, counter, peak):
    with sem:
        with counter.get_lock():
            counter.value += 1
            peak.value = max(peak.value, counter.value)
        time.sleep(0.05)
        with counter.get_lock():
            counter.value -= 1


def cond_waiter(cond, flag, out):
    with cond:
        cond.wait_for(lambda: flag.value == 1, 10)
        out.put('condition met')


def barrier_user(b, out):
    out.put(b.wait(10) >= 0)


if __name__ == '__main__':
    v = mp.Value('i', 0)
    arr = mp.Array('d', [0.0] * 4)
    procs = [mp.Process(target=add, args=(v, arr, 200)) for _ in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print(v.value, arr[:], list(arr), len(arr))
    print(v)

    rv = mp.RawValue('l', 0)
    lock = mp.Lock()
    procs = [mp.Process(target=raw_add, args=(rv, lock, 300)) for _ in range(3)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print(rv.value, rv)

    c = mp.Array('c', b'hello')
    print(c.value, c[0], c[1:3], len(c))
    c.value = b'hi'
    print(c.value, c.raw)
    ia = mp.Array('i', 3)
    ia[:] = [7, 8, 9]
    ia[-1] = -1
    print(ia[:], ia[::2])
    try:
        ia[5]
    except IndexError as e:
        print('IndexError:', e)
    fv = mp.Value('d', 1.25, lock=False)
    fv.value *= 2
    print(fv.value, fv)

    ev = mp.Event()
    out = mp.Queue()
    p = mp.Process(target=waiter, args=(ev, out))
    p.start()
    print(ev.is_set())
    time.sleep(0.05)
    ev.set()
    print(out.get(), ev.is_set(), ev.wait(0))
    p.join()
    ev.clear()
    print(ev.is_set(), ev.wait(0.01))

    sem = mp.Semaphore(2)
    counter = mp.Value('i', 0)
    peak = mp.Value('i', 0)
    procs = [mp.Process(target=sem_user, args=(sem, counter, peak)) for _ in range(5)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print('peak concurrency', peak.value, 'final', counter.value, sem.get_value())

    cond = mp.Condition()
    flag = mp.Value('i', 0)
    p = mp.Process(target=cond_waiter, args=(cond, flag, out))
    p.start()
    time.sleep(0.05)
    with cond:
        flag.value = 1
        cond.notify_all()
    print(out.get())
    p.join()

    b = mp.Barrier(3)
    procs = [mp.Process(target=barrier_user, args=(b, out)) for _ in range(2)]
    for p in procs:
        p.start()
    print(b.wait(10) >= 0, out.get(), out.get())
    for p in procs:
        p.join()

    l = mp.Lock()
    print(l.acquire(), l.acquire(False), l.acquire(timeout=0.01))
    l.release()
    try:
        l.release()
    except ValueError as e:
        print('ValueError:', e)
    print(l)
    r = mp.RLock()
    print(r.acquire(), r.acquire(), r)
    r.release()
    r.release()
    print(r)
    try:
        r.release()
    except AssertionError as e:
        print('AssertionError:', e)
    bs = mp.BoundedSemaphore(1)
    bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print('ValueError:', e)
    print(mp.Semaphore(3))
