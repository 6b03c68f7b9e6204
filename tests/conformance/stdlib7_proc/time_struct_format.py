# time: struct_time (9 visible items, hidden tm_zone / tm_gmtoff, 9-11 item
# construction), strftime / asctime / ctime edge cases and argument errors.
import os
import time

os.environ['TZ'] = 'UTC'
time.tzset()
t = time.gmtime(0)
print(t, t.tm_zone, t.tm_gmtoff, t.n_fields, t.n_sequence_fields, t.n_unnamed_fields, len(t))
print(time.struct_time.n_fields, time.struct_time.n_sequence_fields, time._STRUCT_TM_ITEMS)
s = time.struct_time((1, 2, 3, 4, 5, 6, 7, 8, 9, "Z", 3600))
print(s, s.tm_zone, s.tm_gmtoff, len(s), tuple(s))
print(time.struct_time((1, 2, 3, 4, 5, 6, 7, 8, 9)).tm_zone, time.struct_time((1, 2, 3, 4, 5, 6, 7, 8, 9, "Z")).tm_gmtoff)
for seq in [(1, 2), tuple(range(12))]:
    try:
        time.struct_time(seq)
    except TypeError as e:
        print('TypeError', e)
print(time.asctime((2024, 1, 1, 0, 0, 0, 0, 1, 0)), time.ctime(0), time.strftime("%Y %%", time.gmtime(0)))
for a in [(2024, 13, 1, 0, 0, 0, 0, 1, 0), (2024, 1, 1, 0, 0, 0, -1, 1, 0), (2024, 1, 1, 0, 0, 0, 0, 1, -5),
          (10000, 1, 1, 0, 0, 0, 0, 1, 0), (2024, 0, 0, 0, 0, 0, 0, 0, 0), (2024, 1, 1, 24, 0, 0, 0, 1, 0),
          (2024, 1, 1, 0, 0, 61, 0, 1, 0), (2024, 1, 1, 0, 0, 0, 7, 1, 0), (2024, 1, 1, 0, 0, 0, 0, 367, 0),
          (-5, 1, 1, 0, 0, 0, 0, 1, 0), (99, 1, 1, 0, 0, 0, 0, 1, 0), (2024, 1, 32, 0, 0, 0, 0, 1, 0),
          (2024, 1, 1, 0, 60, 0, 0, 1, 0), (2024, 1, 1, 0, 0, 0, -2, 1, 0)]:
    try:
        print(time.asctime(a), '|', time.strftime("%Y|%j|%a|%d|%b", a))
    except ValueError as e:
        print('ValueError', e)
print(repr(time.strftime("")), time.strftime("%4Y", time.gmtime(0)), time.strftime("%", time.gmtime(0)),
      time.strftime("a%", time.gmtime(0)))
print(time.strftime("%z %Z", time.gmtime(0)), time.strftime("%z %Z", time.localtime(0)))
print(time.strftime("%z %Z", time.struct_time((2024, 1, 1, 0, 0, 0, 0, 1, 0, 'XYZ', 3600))))
print(time.strftime("%a %A %b %B %c %x %X %p %I %y %C %e %G %V %u %w %U %W", (2024, 3, 5, 13, 4, 5, 1, 65, 0)))
print(time.strftime("héllo %Y ünï", time.gmtime(0)))
for f, args in [(time.strftime, ("%Y", (1, 2))), (time.asctime, ("x",)), (time.ctime, ("x",)),
                (time.ctime, (1e20,)), (time.strftime, (b"%Y",)), (time.strftime, ("%Y", None)),
                (time.mktime, ((2024, 1, 1, 0, 0, 0, 0, 1),)), (time.gmtime, (float('nan'),)),
                (time.localtime, ("x",)), (time.asctime, ((2024, 1, 1, 0, 0, 0, 0, 1, 0.5),))]:
    try:
        print(f(*args))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
print(time.gmtime(1.9), time.gmtime(-1.5))
print(time.mktime((2024, 1, 1, 0, 0, 0, 0, 1, -1)), time.mktime(time.gmtime(86400 * 365)))
print(time.ctime(86400 * 365.25 * 30), time.asctime(time.gmtime(2 ** 31)))
