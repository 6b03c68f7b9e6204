# time.strptime and datetime.strptime (through stdlib/_dt_strptime.py): the
# directives, defaults, %j/%U/%W/%w/%u date arithmetic, %z/%Z, the C-locale
# %c/%x/%X, and CPython's error messages.
import datetime
import os
import time

os.environ['TZ'] = 'UTC'
time.tzset()
cases = [
    ("2024-03-05 10:11:12", "%Y-%m-%d %H:%M:%S"),
    ("Tue Mar  5 10:11:12 2024", None),
    ("2024 +0130", "%Y %z"), ("2024 +01:30", "%Y %z"), ("2024 -0130", "%Y %z"), ("2024 Z", "%Y %z"),
    ("2024 +01:30:15.5", "%Y %z"), ("2024 +01:3000", "%Y %z"),
    ("2024 UTC", "%Y %Z"), ("2024 gmt", "%Y %Z"), ("2024 EST", "%Y %Z"),
    ("12/31/99 23:59:01", "%m/%d/%y %H:%M:%S"), ("01/01/68", "%m/%d/%y"), ("01/01/69", "%m/%d/%y"),
    ("1 PM 5", "%I %p %j"), ("12 am", "%I %p"), ("12 pm", "%I %p"), ("11", "%I"),
    ("Friday 2023 07 4", "%A %Y %m %w"), ("2024 10 3", "%Y %U %w"), ("2024 0 0", "%Y %W %w"),
    ("2024 0 1", "%Y %U %w"), ("2023 52 Sun", "%Y %W %a"), ("24 7", "%y %u"),
    ("Mon Jan  1 00:00:00 2024", "%c"), ("01/02/03", "%x"), ("10:20:30", "%X"),
    ("02 29", "%m %d"), ("1900 366", "%Y %j"), ("2024 366", "%Y %j"), ("2024-1-5", "%Y-%m-%d"),
    ("5 5 2024 ", "%d %m %Y "), ("  2024", "%Y"), (" 5", "%d"), ("99999", "%Y"), ("13", "%m"),
    ("2024 12", "%Y %q"), ("2024 ", "%Y %"), ("x", ""), ("", ""), ("JANUARY 3", "%B %d"), ("sept 3", "%b %d"),
    ("Sep 3", "%B %d"), ("2024 100%", "%Y %j%%"), ("2024", "%G"), ("2024 5 1", "%G %V %u"), ("5", "%V"),
    ("2024 123456", "%Y %f"), ("Feb 30", "%b %d"), ("2024-02-29T23:59:60", "%Y-%m-%dT%H:%M:%S"),
    ("10:61", "%H:%M"), ("2024\t03", "%Y %m"),
]
for data, fmt in cases:
    try:
        t = time.strptime(data) if fmt is None else time.strptime(data, fmt)
        print(repr(data), repr(fmt), tuple(t), t.tm_zone, t.tm_gmtoff)
    except ValueError as e:
        print(repr(data), repr(fmt), 'ValueError', e)
for args in [(5,), ('2024', 5), ()]:
    try:
        time.strptime(*args)
    except TypeError as e:
        print('TypeError', e)

for data, fmt in [("2024 +01:30", "%Y %z"), ("2024 123", "%Y %f"), ("1900 366", "%Y %j"), ("Feb 29", "%b %d"),
                  ("2024-03-05 10:11:12.5 UTC", "%Y-%m-%d %H:%M:%S.%f %Z"), ("2024 +0000 UTC", "%Y %z %Z"),
                  ("31/12/2023 11:59 PM", "%d/%m/%Y %I:%M %p"), ("2024 -05:00", "%Y %z")]:
    try:
        print(repr(datetime.datetime.strptime(data, fmt)))
    except ValueError as e:
        print(repr(data), 'ValueError', e)
print(repr(datetime.date.strptime("2024-03-05", "%Y-%m-%d")) if hasattr(datetime.date, 'strptime') else 'no date.strptime')
print(datetime.datetime.strptime("Mar 5 2024", "%b %d %Y").isoformat())
