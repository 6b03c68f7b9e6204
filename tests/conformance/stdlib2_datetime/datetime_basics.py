from datetime import date, time, datetime, timedelta, timezone, tzinfo
import datetime as dtmod
d = date(2024, 2, 28)
print(d, repr(d), d + timedelta(days=1), d + timedelta(days=2), d - date(2023, 12, 25), d.weekday(), d.isoweekday(), d.isocalendar(), d.toordinal(), d.ctime())
print(d.replace(day=1), d.strftime("%Y/%m/%d %A %B %j"), f"{d:%d.%m.%Y}", format(d), date.fromordinal(738000), date.fromisoformat("2021-07-04"), date.fromisoformat("20210704"))
print(date.min, date.max, d < date(2024, 3, 1), d == date(2024, 2, 28), sorted([date(2020, 5, 1), date(2019, 1, 1)]), hash(d) == hash(date(2024, 2, 28)))
td = timedelta(days=1, hours=2, minutes=3, seconds=4, microseconds=5)
print(td, repr(td), td.total_seconds(), -td, repr(-td), abs(-td), td * 2, td / 2, td // timedelta(hours=1), td % timedelta(hours=1), timedelta(0), repr(timedelta(0)))
print(timedelta(weeks=2, milliseconds=1500), timedelta(hours=-1), timedelta(seconds=0.5), repr(timedelta(minutes=1.5)), timedelta(days=3) / timedelta(hours=12), divmod(timedelta(hours=25), timedelta(days=1)), timedelta(hours=36) * 0.5)
print(timedelta(days=2), timedelta(days=-2, seconds=5), str(timedelta(microseconds=-1)), timedelta.max, timedelta.min, timedelta.resolution, bool(timedelta()))
t = time(13, 5, 9, 120)
print(t, repr(t), repr(time(1, 2)), repr(time(1, 2, 3)), t.isoformat(timespec='minutes'), t.strftime("%I:%M %p"), time.fromisoformat("08:30:15.5"), time(23, 59) > time(1), t.replace(hour=1))
dt = datetime(2024, 3, 10, 14, 30, 15, 250000)
print(dt, repr(dt), repr(datetime(2024, 1, 1)), repr(datetime(2024, 1, 1, 5, 0, 7)), dt.date(), dt.time(), dt.isoformat(), dt.isoformat(" ", "seconds"), dt.isoformat(timespec="milliseconds"))
print(dt + timedelta(hours=10), dt - timedelta(days=10), dt - datetime(2024, 1, 1), dt.strftime("%Y-%m-%d %H:%M:%S.%f %a %b"), f"{dt:%H:%M}", dt.ctime(), dt.timetuple()[:6], dt.weekday())
print(datetime.fromisoformat("2024-03-10T14:30:15"), datetime.fromisoformat("2024-03-10 14:30:15.123+02:00"), repr(datetime.fromisoformat("2011-11-04T00:05:23Z")), datetime.fromisoformat("2024-03-10"))
print(datetime.strptime("2023-07-14 09:05:01", "%Y-%m-%d %H:%M:%S"), datetime.strptime("14/Jul/2023:09:05 PM", "%d/%b/%Y:%I:%M %p"), datetime.strptime("2023-07-14T09:05:01+0530", "%Y-%m-%dT%H:%M:%S%z"))
try:
    datetime.strptime("2023-13-01", "%Y-%m-%d")
except ValueError as e:
    print("ValueError:", e)
try:
    datetime.strptime("2023-01-01 extra", "%Y-%m-%d")
except ValueError as e:
    print("ValueError:", e)
u = datetime(2024, 1, 1, 12, tzinfo=timezone.utc)
ist = timezone(timedelta(hours=5, minutes=30), "IST")
print(u, repr(u), u.astimezone(ist), repr(ist), timezone(timedelta(hours=-3)), repr(timezone(timedelta(hours=-3))), timezone.utc, u.utcoffset(), u.tzname(), u.timestamp(), repr(dtmod.UTC))
print(u == u.astimezone(ist), u.astimezone(ist) - u, datetime.fromtimestamp(86400 * 365, tz=timezone.utc), datetime.utcfromtimestamp(1e9), datetime(2024, 1, 1, tzinfo=timezone.utc).timestamp())
try:
    u < datetime(2024, 1, 1)
except TypeError as e:
    print("TypeError:", e)
for args in [(2024, 2, 30), (2024, 13, 1), (0, 1, 1)]:
    try:
        date(*args)
    except ValueError as e:
        print("ValueError:", e)
try:
    time(25)
except ValueError as e:
    print("ValueError:", e)
print(datetime.combine(date(2020, 1, 2), time(3, 4)), datetime(2020, 1, 1) == date(2020, 1, 1), date(2020, 1, 1) == datetime(2020, 1, 1))
now = datetime.now(); today = date.today()
print(type(now).__name__, type(today).__name__, now.year >= 2024, abs(now - datetime.now()) < timedelta(seconds=5), datetime.now(timezone.utc).tzinfo)
class EST(tzinfo):
    def utcoffset(self, dt): return timedelta(hours=-5)
    def dst(self, dt): return timedelta(0)
    def tzname(self, dt): return "EST"
e = datetime(2024, 6, 1, 8, 0, tzinfo=EST())
print(e.isoformat(), e.tzname(), e.astimezone(timezone.utc), e.strftime("%H:%M %Z %z"))
print(date(2021, 1, 3).isocalendar(), date(2020, 12, 31).isocalendar().week, date.fromisocalendar(2020, 53, 5))
