# time: sleep, time, monotonic, perf_counter, thread_time, process_time and
# their _ns forms; sys.getswitchinterval / setswitchinterval.
import sys
import threading
import time

names = ['time', 'monotonic', 'perf_counter', 'thread_time', 'process_time']
for n in names:
    f = getattr(time, n)
    fns = getattr(time, n + '_ns')
    a, b = f(), fns()
    print(n, type(a).__name__, type(b).__name__, abs(a - b / 1e9) < 1.0)
m0, p0 = time.monotonic(), time.perf_counter()
print(time.sleep(0.02))
print(time.monotonic() - m0 >= 0.019, time.perf_counter() - p0 >= 0.019)
time.sleep(0)
time.sleep(1e-6)
for bad in (-1, float('nan')):
    try:
        time.sleep(bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    time.sleep('1')
except TypeError as e:
    print('TypeError:', e)
print(time.time() > 1.6e9, time.time_ns() > 1.6e18)
# thread_time counts only this thread's CPU time
t0 = time.thread_time()
time.sleep(0.05)
print('thread_time while sleeping <', time.thread_time() - t0 < 0.04)
c0 = time.process_time()
x = 0
for i in range(200000):
    x += i
print('process_time advances', time.process_time() > c0)
# sleep in threads runs in parallel (the GIL is released)
t0 = time.monotonic()
ts = [threading.Thread(target=time.sleep, args=(0.1,)) for _ in range(5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('5 x 0.1 s sleeps in threads took < 0.4 s:', time.monotonic() - t0 < 0.4)

print(sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
sys.setswitchinterval(1e-6)
print(sys.getswitchinterval())
sys.setswitchinterval(2)
print(sys.getswitchinterval())
for bad in (0, -0.5, 0.0):
    try:
        sys.setswitchinterval(bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    sys.setswitchinterval('x')
except TypeError as e:
    print('TypeError:', e)
print(sys.getswitchinterval())
sys.setswitchinterval(0.005)
# threads keep taking turns with a tiny interval
sys.setswitchinterval(0.0001)
counts = [0, 0]
stop = [False]


def spin(i):
    while not stop[0]:
        counts[i] += 1


ts = [threading.Thread(target=spin, args=(i,)) for i in range(2)]
for t in ts:
    t.start()
time.sleep(0.1)
stop[0] = True
for t in ts:
    t.join()
print('both ran:', counts[0] > 0 and counts[1] > 0)
sys.setswitchinterval(0.005)
