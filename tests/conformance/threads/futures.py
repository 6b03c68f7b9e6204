# concurrent.futures: ThreadPoolExecutor (submit, map, shutdown with
# cancel_futures, context manager, thread_name_prefix), Future (result and
# exception with timeouts, done, cancel, running, add_done_callback,
# set_result/set_exception), wait() with each return_when, as_completed().
import concurrent.futures as cf
from concurrent.futures import ThreadPoolExecutor, Future, wait, as_completed
import threading
import time


def square(x):
    return x * x


def fail(x):
    raise ValueError('bad %d' % x)


with ThreadPoolExecutor(max_workers=4) as ex:
    futs = [ex.submit(square, i) for i in range(10)]
    print([f.result() for f in futs])
    print(list(ex.map(square, range(8))))
    print(list(ex.map(pow, [2, 3, 4], [5, 2, 1])))
    f = ex.submit(fail, 3)
    print(type(f.exception()).__name__, f.exception(), f.done(), f.cancelled())
    try:
        f.result()
    except ValueError as e:
        print('result raised', e)
    f = ex.submit(lambda a, b=0: a - b, 10, b=3)
    print(f.result(timeout=5))
    it = ex.map(fail, [1, 2])
    try:
        list(it)
    except ValueError as e:
        print('map raised', e)

# shutdown: no more submits
ex = ThreadPoolExecutor(2)
ex.shutdown()
try:
    ex.submit(square, 1)
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    ThreadPoolExecutor(0)
except ValueError as e:
    print('ValueError:', e)

# thread names
names = set()
with ThreadPoolExecutor(max_workers=2, thread_name_prefix='pool') as ex:
    for f in [ex.submit(lambda: threading.current_thread().name) for _ in range(6)]:
        names.add(f.result())
print(sorted(n for n in names if n.startswith('pool_')) == sorted(names), len(names) <= 2)

# timeouts, running, cancel, cancel_futures
gate = threading.Event()
ex = ThreadPoolExecutor(max_workers=1)
blocker = ex.submit(gate.wait)
queued = [ex.submit(square, i) for i in range(3)]
time.sleep(0.02)
print('running', blocker.running(), blocker.done(), queued[0].running())
try:
    blocker.result(timeout=0.02)
except cf.TimeoutError:
    print('TimeoutError on result')
try:
    blocker.exception(timeout=0.01)
except TimeoutError:
    print('TimeoutError on exception (builtin)', cf.TimeoutError is TimeoutError)
print('cancel running:', blocker.cancel(), 'cancel queued:', queued[0].cancel())
print(queued[0].cancelled(), queued[0].done())
try:
    queued[0].result()
except cf.CancelledError:
    print('CancelledError')
ex.shutdown(wait=False, cancel_futures=True)
gate.set()
ex.shutdown(wait=True)
print('after cancel_futures:', [f.cancelled() for f in queued], blocker.result())

# Future used by hand, callbacks
f = Future()
calls = []
f.add_done_callback(lambda fut: calls.append(('cb1', fut.result())))
print(f.done(), f.running(), calls)
print(f.set_running_or_notify_cancel(), f.running())
f.set_result(99)
f.add_done_callback(lambda fut: calls.append(('cb2', fut.result())))
print(f.done(), f.result(), calls)
try:
    f.set_result(1)
except cf.InvalidStateError:
    print('InvalidStateError')
g = Future()
g.set_exception(KeyError('x'))
print(repr(g.exception()), g.done())
h = Future()
print(h.cancel(), h.cancel(), h.cancelled(), h.set_running_or_notify_cancel())
cb_cancel = []
k = Future()
k.add_done_callback(lambda fut: cb_cancel.append(fut.cancelled()))
k.cancel()
print(cb_cancel)
print(issubclass(cf.CancelledError, cf._base.Error), issubclass(cf.BrokenExecutor, RuntimeError))

# wait()
with ThreadPoolExecutor(4) as ex:
    e1 = threading.Event()
    quick = ex.submit(square, 5)
    slow = ex.submit(e1.wait, 5)
    done, not_done = wait([quick, slow], return_when=cf.FIRST_COMPLETED)
    print('FIRST_COMPLETED', quick in done, slow in not_done)
    bad = ex.submit(fail, 1)
    done, not_done = wait([bad, slow], return_when=cf.FIRST_EXCEPTION)
    print('FIRST_EXCEPTION', bad in done, slow in not_done)
    done, not_done = wait([slow], timeout=0.02)
    print('timeout', len(done), len(not_done))
    e1.set()
    r = wait([quick, slow, bad])
    print('ALL_COMPLETED', len(r.done), len(r.not_done), type(r).__name__)

# as_completed()
with ThreadPoolExecutor(3) as ex:
    fs = {ex.submit(square, i): i for i in range(6)}
    out = sorted((fs[f], f.result()) for f in as_completed(fs))
    print(out)
    e2 = threading.Event()
    hang = ex.submit(e2.wait, 5)
    try:
        for f in as_completed([hang], timeout=0.02):
            pass
    except cf.TimeoutError as e:
        print('as_completed:', e)
    e2.set()

# workers are joined at exit even without shutdown()
late = []
ex = ThreadPoolExecutor(1)
ex.submit(lambda: (time.sleep(0.05), print('late job done at exit')))
print('submitted', cf.FIRST_COMPLETED, cf.ALL_COMPLETED, cf.FIRST_EXCEPTION)
