"""Watch the GIL: one CPU-bound thread and one I/O-bound thread.

Run it with minipy's GIL-watching flags:

    minipy -X gil-stats -X gil-timeline=gil.svg examples/gil_watch.py
    minipy -X gil-stats -X gil-policy=cpython examples/gil_watch.py   # compare

`-X gil-stats` prints a table per thread at exit (to stderr);
`-X gil-timeline=FILE.svg` draws who held the GIL (green) and who waited for
it (red); `-X gil-trace=FILE.json` writes the same timeline for Perfetto or
chrome://tracing. The script's own output is the same under CPython.

The I/O thread sleeps 1 ms a hundred times: under the fair policy it gets
the GIL back at the CPU thread's next check point (its wake-up delay stays
near the idle value), while CPython's policy makes it wait for the 5 ms
switch interval every time.
"""

import sys
import threading
import time

SLEEPS = 100
stop = False


def cpu_bound():
    n = 0
    while not stop:
        n += 1
    return n


def io_bound(delays):
    for _ in range(SLEEPS):
        t0 = time.perf_counter()
        time.sleep(0.001)
        delays.append(time.perf_counter() - t0 - 0.001)


delays = []
cpu = threading.Thread(target=cpu_bound, name="cpu-bound")
io = threading.Thread(target=io_bound, args=(delays,), name="io-bound")
cpu.start()
io.start()
io.join()
stop = True
cpu.join()

delays.sort()
median_ms = delays[len(delays) // 2] * 1000
print("%d sleeps of 1 ms next to a CPU-bound thread" % len(delays))
print("median extra delay: %s" % ("under 0.5 ms" if median_ms < 0.5 else "%.1f ms" % median_ms))

import _thread
stats = getattr(_thread, "_gil_stats", None)
if stats is not None and stats()["enabled"]:
    # minipy: the same figures as -X gil-stats, from inside the script.
    for t in stats()["threads"]:
        print("  %-10s acquired the GIL %5d times, waited %.1f ms"
              % (t["name"], t["acquisitions"], t["wait_s"] * 1000), file=sys.stderr)
