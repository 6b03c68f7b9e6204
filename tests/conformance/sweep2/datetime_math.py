# datetime arithmetic, timedelta printing, formatting, parsing
from datetime import date, datetime, time, timedelta, timezone

d = date(2024, 2, 28)
for n in range(3):
    print(d + timedelta(days=n), (d + timedelta(days=n)).strftime("%a %d %b %Y"), (d + timedelta(days=n)).isocalendar())
print(date(2024, 12, 31) - date(2024, 1, 1), (date(2025, 3, 1) - date(2024, 3, 1)).days)
for td in [timedelta(0), timedelta(days=-1), timedelta(seconds=-1), timedelta(hours=25, minutes=3),
           timedelta(microseconds=1), timedelta(days=3, seconds=7, microseconds=250000),
           timedelta(weeks=2, hours=-1), -timedelta(days=1, hours=2), timedelta(days=999999)]:
    print(f"{str(td):>28} | {td!r} | {td.total_seconds()}")
print(timedelta(hours=1) / timedelta(minutes=7), timedelta(hours=1) // timedelta(minutes=7), timedelta(hours=1) % timedelta(minutes=7))
print(timedelta(minutes=10) * 2.5, timedelta(days=1) / 3, abs(timedelta(days=-2)), divmod(timedelta(hours=5), timedelta(hours=2)))
print(timedelta.max, timedelta.min, timedelta.resolution)
try:
    timedelta(days=1000000000)
except OverflowError as e:
    print("OverflowError:", e)

dt = datetime(2024, 3, 10, 14, 30, 5, 123456)
print(dt, repr(dt), dt.isoformat(timespec="minutes"), dt.isoformat(sep=" ", timespec="milliseconds"))
print(dt.strftime("%Y-%m-%d %H:%M:%S.%f %j %U %w %p %I %y %B %%"))
print(dt.replace(microsecond=0) + timedelta(hours=12), dt.date(), dt.time(), dt.weekday(), dt.isoweekday())
print(datetime.strptime("2023-07-04 09:15", "%Y-%m-%d %H:%M"), datetime.strptime("05/Jan/2022:10:00:00", "%d/%b/%Y:%H:%M:%S"))
print(datetime.fromisoformat("2024-01-02T03:04:05+05:30"), date.fromisoformat("2020-02-29"))
tz = timezone(timedelta(hours=-5), "EST")
aware = datetime(2024, 1, 1, 12, tzinfo=timezone.utc)
print(aware, aware.astimezone(tz), aware.astimezone(tz).tzname(), aware.utcoffset())
print(repr(tz), timezone(timedelta(hours=5, minutes=30)), timezone.utc, str(timezone(-timedelta(minutes=90))))
print(aware - datetime(2023, 12, 31, tzinfo=tz))
try:
    aware - datetime(2024, 1, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    aware < datetime(2024, 1, 1)
except TypeError as e:
    print("TypeError:", e)
print(datetime.fromtimestamp(0, tz=timezone.utc), datetime(2000, 1, 1, tzinfo=timezone.utc).timestamp())
print(time(9, 5), time(23, 59, 59, 999999), time(7, 0, tzinfo=timezone.utc).isoformat(), repr(time(1, 2, 3)))
print(date.min, date.max, date(2024, 5, 17).toordinal(), date.fromordinal(738000), date(2024, 5, 17).replace(day=1))
print(sorted([date(2024, 1, 5), date(2023, 12, 31), date(2024, 1, 1)]))
print(f"{dt:%H:%M} {d:%d/%m/%y} {dt!s:.10}")
try:
    date(2023, 2, 29)
except ValueError as e:
    print("ValueError:", e)
try:
    datetime.strptime("2023-13-01", "%Y-%m-%d")
except ValueError as e:
    print("ValueError:", e)
def month_range(y, m):
    start = date(y, m, 1)
    nxt = date(y + (m == 12), m % 12 + 1, 1)
    return start, (nxt - start).days
print([month_range(2024, m)[1] for m in range(1, 13)])
print(hash(timedelta(days=1)) == hash(timedelta(hours=24)), timedelta(days=1) == timedelta(hours=24))
print(bool(timedelta(0)), timedelta(seconds=90).seconds, timedelta(seconds=-90).days, timedelta(seconds=-90).seconds)
