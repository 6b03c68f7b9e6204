# concurrent.futures with threads: map, submit, as_completed, wait, exceptions
from concurrent.futures import ThreadPoolExecutor, as_completed, wait, FIRST_EXCEPTION, ALL_COMPLETED
import concurrent.futures as cf
import time

def square(x):
    return x * x

def slow_div(a, b):
    time.sleep(0.001 * (a % 3))
    return a / b

with ThreadPoolExecutor(max_workers=3) as ex:
    print(list(ex.map(square, range(10))))
    print(list(ex.map(slow_div, [10, 20, 30], [2, 4, 5])))
    futs = {ex.submit(slow_div, i, i - 3): i for i in range(6)}
    results = []
    for f in as_completed(futs):
        i = futs[f]
        try:
            results.append((i, f.result()))
        except ZeroDivisionError as e:
            results.append((i, f"error: {e}"))
    print(sorted(results))

with ThreadPoolExecutor(2) as ex:
    f = ex.submit(square, 7)
    print(f.result(timeout=5), f.done(), f.cancelled(), f.exception())
    bad = ex.submit(int, "x")
    e = bad.exception()
    print(type(e).__name__, e)
    try:
        bad.result()
    except ValueError as err:
        print("raised:", err)
    done, not_done = wait([ex.submit(square, i) for i in range(4)], return_when=ALL_COMPLETED)
    print(sorted(d.result() for d in done), len(not_done))

# callbacks
log = []
with ThreadPoolExecutor(1) as ex:
    f = ex.submit(sum, [1, 2, 3])
    f.add_done_callback(lambda fut: log.append(("cb", fut.result())))
print(log)

# map raising
with ThreadPoolExecutor(2) as ex:
    it = ex.map(lambda x: 10 // x, [5, 2, 0, 1])
    out = []
    try:
        for v in it:
            out.append(v)
    except ZeroDivisionError as e:
        out.append(repr(e))
    print(out)

# Future by hand
fut = cf.Future()
print(fut.running(), fut.done())
fut.set_result(42)
print(fut.result(), fut.done())
fut2 = cf.Future()
print(fut2.cancel(), fut2.cancelled())
try:
    fut2.result()
except cf.CancelledError as e:
    print("CancelledError", type(e).__mro__[1].__name__)

# shutdown then submit
ex = ThreadPoolExecutor(1)
ex.shutdown()
try:
    ex.submit(print, "no")
except RuntimeError as e:
    print("RuntimeError:", e)

# timeout
with ThreadPoolExecutor(1) as ex:
    f = ex.submit(time.sleep, 0.2)
    try:
        f.result(timeout=0.01)
    except cf.TimeoutError as e:
        print("TimeoutError", isinstance(e, TimeoutError))
# chunksize and thread_name_prefix
import threading
with ThreadPoolExecutor(2, thread_name_prefix="pool") as ex:
    names = set(ex.map(lambda _: threading.current_thread().name.split("_")[0], range(8)))
print(names)
