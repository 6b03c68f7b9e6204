# exceptions inside threads: excepthook, futures carrying exceptions, then an uncaught error in main
import threading
import sys
from concurrent.futures import ThreadPoolExecutor

def risky(n):
    if n % 3 == 0:
        raise ValueError(f"bad input {n}")
    return n * 10

captured = []
def hook(args):
    captured.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
old = threading.excepthook
threading.excepthook = hook
ts = [threading.Thread(target=risky, args=(i,), name=f"T{i}") for i in range(5)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(captured))
threading.excepthook = old

with ThreadPoolExecutor(2) as ex:
    futs = [ex.submit(risky, i) for i in range(5)]
    for i, f in enumerate(futs):
        exc = f.exception()
        print(i, "->", f.result() if exc is None else f"{type(exc).__name__}: {exc}")

class Worker(threading.Thread):
    def __init__(self):
        super().__init__(name="worker-x")
        self.error = None
    def run(self):
        try:
            {}["missing"]
        except KeyError as e:
            self.error = e
w = Worker(); w.start(); w.join()
print("worker error:", repr(w.error))

# a hook that prints only the exception lines
import traceback
threading.excepthook = lambda a: print("".join(traceback.format_exception_only(a.exc_type, a.exc_value)), end="", file=sys.stderr)
t = threading.Thread(target=risky, args=(6,), name="Loud")
t.start(); t.join()
sys.stderr.flush()
print("after loud thread")

results = {}
lock = threading.Lock()
def accumulate(key, values):
    total = 0
    for v in values:
        total += 100 // v
    with lock:
        results[key] = total
jobs = {"a": [1, 2, 4], "b": [5, 10], "c": [3, 0]}
ths = [threading.Thread(target=accumulate, args=kv, name=f"acc-{kv[0]}") for kv in jobs.items()]
threading.excepthook = lambda a: print("hook:", a.thread.name, a.exc_type.__name__, file=sys.stdout)
for t in ths: t.start()
for t in ths: t.join()
print(sorted(results.items()))
missing = sorted(set(jobs) - set(results))
print("missing:", missing)
def summarize(res):
    return {k: res[k] / len(jobs[k]) for k in jobs}
print(summarize(results))
