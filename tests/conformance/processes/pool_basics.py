# multiprocessing.Pool: map/starmap/imap/imap_unordered/apply/apply_async
# (with callbacks), exceptions raised in workers, timeouts, close/join,
# the context manager, and work really done in other processes.
import multiprocessing as mp
import os
import time


def square(x):
    return x * x


def add(a, b):
    return a + b


def where(_):
    return os.getpid()


def fail_on(x):
    if x == 3:
        raise ValueError('bad value %d' % x)
    return x


def slow(x):
    time.sleep(x)
    return x


def init(v):
    global base
    base = v


def with_base(x):
    return base + x


if __name__ == '__main__':
    with mp.Pool(4) as pool:
        print(pool.map(square, range(10)))
        print(pool.map(square, []))
        print(pool.map(square, range(100), chunksize=7)[-3:])
        print(pool.starmap(add, [(1, 2), (3, 4), ('a', 'b')]))
        print(list(pool.imap(square, range(8))))
        print(list(pool.imap(square, range(8), chunksize=3)))
        print(sorted(pool.imap_unordered(square, range(8))))
        print(sorted(pool.imap_unordered(square, range(20), chunksize=4)))
        print(pool.apply(add, (10, 20)), pool.apply(add, (1,), {'b': 5}))
        r = pool.apply_async(square, (12,))
        print(r.get(timeout=10), r.ready(), r.successful())
        got = []
        r = pool.apply_async(square, (5,), callback=got.append)
        r.wait()
        time.sleep(0.01)
        print(got)
        m = pool.map_async(square, range(5))
        print(m.get())
        pids = set(pool.map(where, range(40), chunksize=1))
        print(os.getpid() not in pids)
        try:
            pool.map(fail_on, range(6))
        except ValueError as e:
            print('ValueError:', e)
        r = pool.apply_async(fail_on, (3,))
        try:
            r.get()
        except ValueError as e:
            print('ValueError:', e, r.successful())
        errs = []
        r = pool.apply_async(fail_on, (3,), error_callback=lambda e: errs.append(str(e)))
        r.wait()
        time.sleep(0.01)
        print(errs)
        it = pool.imap(fail_on, range(5))
        out = []
        try:
            for x in it:
                out.append(x)
        except ValueError as e:
            print('imap stopped at', out, e)
        r = pool.apply_async(slow, (0.5,))
        try:
            r.get(timeout=0.01)
        except mp.TimeoutError:
            print('TimeoutError', r.ready())
        print(r.get())

    pool = mp.Pool(2, initializer=init, initargs=(100,))
    print(pool.map(with_base, [1, 2, 3]))
    pool.close()
    pool.join()
    try:
        pool.map(square, [1])
    except ValueError as e:
        print('ValueError:', e)
    p2 = mp.Pool(1)
    try:
        p2.join()
    except ValueError as e:
        print('ValueError:', e)
    p2.terminate()
    try:
        mp.Pool(0)
    except ValueError as e:
        print('ValueError:', e)
