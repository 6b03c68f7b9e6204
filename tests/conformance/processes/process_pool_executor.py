# concurrent.futures.ProcessPoolExecutor: submit/map (chunksize, timeout),
# exceptions re-raised from workers with a _RemoteTraceback cause, pickling
# errors, BrokenProcessPool, initializer, max_tasks_per_child, shutdown
# (wait, cancel_futures), wait/as_completed, and asyncio's run_in_executor.
import asyncio
import concurrent.futures as cf
import multiprocessing as mp
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool


LAMBDA = lambda x: x


def square(x):
    return x * x


def add(a, b=0):
    return a + b


def fail(x):
    raise ValueError('bad value %d' % x)


class CustomError(Exception):
    pass


def fail_custom():
    raise CustomError('custom', 42)


def die():
    os._exit(3)


def slow(t):
    time.sleep(t)
    return t


def worker_name(_=None):
    return mp.current_process().name


def pid_of(_=None):
    time.sleep(0.05)
    return os.getpid()


def set_base(v):
    global base
    base = v


def plus_base(x):
    return base + x


def bad_init():
    raise RuntimeError('initializer failed')


def main():
    with ProcessPoolExecutor(max_workers=2) as ex:
        f = ex.submit(square, 7)
        print('submit', f.result(), f.done(), f.exception())
        print('kwargs', ex.submit(add, 1, b=2).result())
        print('map', list(ex.map(square, range(10))))
        print('map chunksize', list(ex.map(add, range(7), range(7), chunksize=3)))
        print('map empty', list(ex.map(square, [])))
        try:
            ex.map(square, [1], chunksize=0)
        except ValueError as e:
            print('ValueError', e)
        try:
            list(ex.map(slow, [0.01, 0.8], timeout=0.3))
        except TimeoutError as e:
            print('map timeout', type(e).__name__)
        f = ex.submit(fail, 3)
        try:
            f.result()
        except ValueError as e:
            cause = e.__cause__
            print('exception', repr(e), type(cause).__name__, type(cause).__module__)
            print('remote traceback has the error:', 'ValueError: bad value 3' in str(cause))
        print('exception()', repr(f.exception()))
        try:
            ex.submit(fail_custom).result()
        except CustomError as e:
            print('custom', type(e).__name__, e.args)
        f = ex.submit(LAMBDA, 1)
        try:
            f.result()
        except Exception as e:
            msg = str(e)
            print('lambda', type(e).__name__, msg.split(' at ')[0], msg.split('>: ', 1)[1])
            print('lambda cause', type(e.__cause__).__name__)
        try:
            ex.submit(lambda: 1).result()
        except Exception as e:
            print('local lambda', type(e).__name__, e)

        def local():
            return 1
        try:
            ex.submit(local).result()
        except Exception as e:
            print('local', type(e).__name__, e)
        try:
            ex.submit(square, 'x').result()
        except TypeError as e:
            print('TypeError', e)
        names = set(ex.map(worker_name, range(8)))
        print('worker names', sorted(n.split('-')[0] for n in names)[:1], all(n.startswith('ForkProcess-') for n in names))
        fs = [ex.submit(square, i) for i in range(6)]
        print('as_completed', sorted(f.result() for f in cf.as_completed(fs)))
        done, not_done = cf.wait(fs)
        print('wait', len(done), len(not_done))
        f = ex.submit(square, 3)
        f.result()
        print('repr', repr(f).split(' ')[0], repr(f).split(' ', 3)[3])
    try:
        ex.submit(square, 1)
    except RuntimeError as e:
        print('RuntimeError', e)

    ex = ProcessPoolExecutor(2)
    f = ex.submit(die)
    try:
        f.result()
    except BrokenProcessPool as e:
        print('broken', type(e).__name__, e, isinstance(e, cf.BrokenExecutor))
    try:
        ex.submit(square, 2)
    except BrokenProcessPool as e:
        print('broken submit', e)
    ex.shutdown()

    with ProcessPoolExecutor(2, initializer=set_base, initargs=(100,)) as ex:
        print('initializer', sorted(ex.map(plus_base, range(5))))
    ex = ProcessPoolExecutor(1, initializer=bad_init)
    try:
        ex.submit(square, 2).result()
    except BrokenProcessPool as e:
        print('bad initializer', type(e).__name__)
    ex.shutdown()

    with ProcessPoolExecutor(2, max_tasks_per_child=1) as ex:
        pids = list(ex.map(pid_of, range(4)))
        print('max_tasks_per_child: distinct workers', len(set(pids)), os.getpid() not in pids)
        print('spawn names', all(n.startswith('SpawnProcess-') for n in ex.map(worker_name, range(2))))

    ex = ProcessPoolExecutor(1)
    first = ex.submit(slow, 0.4)
    rest = [ex.submit(square, i) for i in range(20)]
    time.sleep(0.1)
    ex.shutdown(wait=True, cancel_futures=True)
    print('first', first.result())
    cancelled = [f for f in rest if f.cancelled()]
    finished = [f for f in rest if not f.cancelled()]
    print('cancel_futures: most cancelled', len(cancelled) >= 15,
          'others finished', all(f.done() and f.result() == i * i for i, f in enumerate(rest) if not f.cancelled()))

    ex = ProcessPoolExecutor(2)
    fs = [ex.submit(slow, 0.05) for _ in range(4)]
    ex.shutdown(wait=True)
    print('shutdown waits', [f.result() for f in fs])

    for kw in [dict(max_workers=0), dict(initializer=3), dict(max_tasks_per_child=0),
               dict(max_tasks_per_child='a'), dict(max_tasks_per_child=2, mp_context=mp.get_context('fork'))]:
        try:
            ProcessPoolExecutor(**kw)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)

    async def use_loop():
        loop = asyncio.get_running_loop()
        with ProcessPoolExecutor(2) as pool:
            results = await asyncio.gather(*(loop.run_in_executor(pool, square, i) for i in range(5)))
            print('run_in_executor', results)
            try:
                await loop.run_in_executor(pool, fail, 9)
            except ValueError as e:
                print('run_in_executor error', e)
    asyncio.run(use_loop())

    # Left running at exit: pending work still completes first.
    ex = ProcessPoolExecutor(1)
    late = ex.submit(slow, 0.1)
    late.add_done_callback(lambda f: print('finished at exit', f.result()))
    print('main done')
    sys.stdout.flush()


if __name__ == '__main__':
    main()
