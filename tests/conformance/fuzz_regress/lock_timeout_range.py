# fuzz_regress (scripts/fuzz.py): lock.acquire() with a NaN timeout waited
# forever on a held lock (and converted NaN to an integer); huge or infinite
# timeouts were taken as "forever" instead of raising like CPython.
import _thread
import threading

for v in [float("nan"), float("inf"), float("-inf"), 1e300, 9.3e9, 10**10, 2**63, 10**30, -0.5, 0, 0.01]:
    lk = _thread.allocate_lock()
    lk.acquire()
    for blocking in (True, False):
        try:
            print(repr(v), blocking, lk.acquire(blocking, v))
        except (ValueError, OverflowError) as e:
            print(repr(v), blocking, type(e).__name__, e)

r = threading.RLock()
for v in [float("nan"), float("inf"), 1e300]:
    try:
        print(r.acquire(timeout=v))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(r._is_owned())
ev = threading.Event()
try:
    ev.wait(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(ev.wait(0.01))
