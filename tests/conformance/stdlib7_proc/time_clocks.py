# time: clock_gettime/clock_gettime_ns/clock_getres/clock_settime, the
# CLOCK_* ids, get_clock_info, pthread_getcpuclockid, thread_time, and the
# timezone attributes after tzset() with an explicit TZ.
import os
import threading
import time

for name in ('time', 'monotonic', 'perf_counter', 'process_time', 'thread_time'):
    info = time.get_clock_info(name)
    print(name, info, type(info).__name__)
print(time.CLOCK_REALTIME, time.CLOCK_MONOTONIC, time.CLOCK_MONOTONIC_RAW, time.CLOCK_BOOTTIME, time.CLOCK_TAI,
      time.CLOCK_PROCESS_CPUTIME_ID, time.CLOCK_THREAD_CPUTIME_ID)
print(time.clock_getres(time.CLOCK_REALTIME), time.clock_getres(time.CLOCK_MONOTONIC))
print(type(time.clock_gettime(time.CLOCK_MONOTONIC)), type(time.clock_gettime_ns(time.CLOCK_MONOTONIC)))
a = time.clock_gettime_ns(time.CLOCK_MONOTONIC)
b = time.monotonic_ns()
print(b >= a, abs(time.clock_gettime(time.CLOCK_REALTIME) - time.time()) < 5)
print(time.thread_time() >= 0, type(time.thread_time_ns()), time.process_time() >= 0)
cid = time.pthread_getcpuclockid(threading.get_ident())
print(type(cid), time.clock_gettime(cid) >= 0)
for f, args in [(time.clock_settime, (time.CLOCK_MONOTONIC, 0.0)), (time.clock_settime_ns, (time.CLOCK_MONOTONIC, 0)),
                (time.clock_gettime, (999,)), (time.clock_getres, (999,)), (time.get_clock_info, ('x',)),
                (time.clock_gettime, ('x',)), (time.clock_gettime, (1.0,)), (time.clock_settime, (time.CLOCK_MONOTONIC, 'x')),
                (time.clock_gettime, ()), (time.get_clock_info, ()), (time.clock_settime, (1,))]:
    try:
        print(f(*args))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)

os.environ['TZ'] = 'UTC'
time.tzset()
print(time.tzname, time.timezone, time.altzone, time.daylight)
os.environ['TZ'] = 'EST+05EDT,M3.2.0,M11.1.0'
time.tzset()
print(time.tzname, time.timezone, time.altzone, time.daylight)
lt = time.localtime(0)
print(lt, lt.tm_zone, lt.tm_gmtoff, time.ctime(0), time.mktime(lt))
summer = time.localtime(15552000)
print(summer.tm_zone, summer.tm_isdst, time.strftime('%Z %z', summer), time.strftime('%Z %z', lt))
os.environ['TZ'] = 'AEST-10AEDT,M10.1.0,M4.1.0/3'
time.tzset()
print(time.tzname, time.timezone, time.altzone, time.daylight)
os.environ['TZ'] = 'UTC'
time.tzset()
print(time.tzname, time.mktime((2024, 1, 1, 0, 0, 0, 0, 1, -1)), time.localtime(0).tm_zone)
