# multiprocessing start-method contexts and process naming: get_context,
# set_start_method / get_start_method rules, Process/ForkProcess/
# SpawnProcess names, Pool worker names, maxtasksperchild (workers
# replaced), ThreadPool, freeze_support, and the API of a context object.
# minipy forks for every start method; these scripts use the
# `if __name__ == '__main__'` idiom so they behave the same under spawn.
import multiprocessing as mp
import multiprocessing.pool
import os
import time


def name(_=None):
    return mp.current_process().name


def pid_after(_):
    time.sleep(0.01)
    return os.getpid()


def square(x):
    return x * x


def put_name(q):
    q.put(mp.current_process().name)


if __name__ == '__main__':
    mp.freeze_support()
    print(mp.get_start_method(allow_none=True), mp.get_all_start_methods())
    print(mp.current_process().name, mp.parent_process())
    print(mp.Process(target=name).name, mp.Process(target=name, name='custom').name)
    fork = mp.get_context('fork')
    spawn = mp.get_context('spawn')
    print(type(fork).__name__, type(spawn).__name__, type(mp.get_context('forkserver')).__name__)
    print(fork.get_start_method(), spawn.get_start_method(), fork.Process(target=name).name,
          spawn.Process(target=name).name)
    try:
        mp.get_context('bogus')
    except ValueError as e:
        print('ValueError:', e)
    try:
        fork.set_start_method('spawn')
    except ValueError as e:
        print('ValueError:', e)
    print(mp.get_start_method())
    try:
        mp.set_start_method('spawn')
    except RuntimeError as e:
        print('RuntimeError:', e)
    mp.set_start_method('spawn', force=True)
    print(mp.get_start_method(), type(mp.get_context()).__name__)
    mp.set_start_method('fork', force=True)
    print(mp.get_start_method(), type(mp.get_context()).__name__)
    print(mp.get_context() is fork, mp.get_context('fork') is fork)

    for ctx in (fork, spawn):
        q = ctx.Queue()
        p = ctx.Process(target=put_name, args=(q,))
        p.start()
        got = q.get()
        p.join()
        print(ctx.get_start_method(), 'child name', got.split('-')[0], p.exitcode)
        with ctx.Pool(2) as pool:
            names = pool.map(name, range(6))
            print('pool names', sorted(set(n.split('-')[0] for n in names)), pool.map(square, range(5)))
        lock = ctx.Lock()
        v = ctx.Value('i', 3)
        a = ctx.Array('d', [1.0, 2.0])
        print(type(lock).__name__, v.value, a[:], ctx.cpu_count() >= 1, ctx.Event().is_set())
        print(type(ctx.Manager()).__name__)

    q = mp.Queue()
    p = mp.Process(target=put_name, args=(q,))
    p.start()
    print('default child name', q.get().split('-')[0])
    p.join()

    with mp.Pool(2, maxtasksperchild=1) as pool:
        pids = pool.map(pid_after, range(6), chunksize=1)
        print('maxtasksperchild: distinct pids', len(set(pids)), os.getpid() not in pids)
        print(sorted(pool.imap_unordered(square, range(5))))
    pool = mp.Pool(2, maxtasksperchild=2)
    results = [pool.apply_async(pid_after, (i,)) for i in range(8)]
    pids = [r.get(timeout=10) for r in results]
    pool.close()
    pool.join()
    print('maxtasksperchild=2', len(set(pids)) >= 4, pool)

    with multiprocessing.pool.ThreadPool(3) as tp:
        print('threadpool', tp.map(square, range(6)), sorted(set(n for n in tp.map(name, range(6)))))
        print(tp.apply_async(square, (9,)).get())

    for bad in (dict(processes=0), dict(maxtasksperchild=0), dict(initializer=5)):
        try:
            mp.Pool(**bad)
        except (ValueError, TypeError) as e:
            print(type(e).__name__ + ':', e)
    print(mp.TimeoutError.__module__, mp.ProcessError, mp.AuthenticationError.__mro__[1].__name__)
    p = mp.Pool(1)
    try:
        p.apply_async(time.sleep, (1,)).get(timeout=0.05)
    except mp.TimeoutError as e:
        print('TimeoutError', type(e).__name__, repr(e))
    p.terminate()
    p.join()
    print(p)
