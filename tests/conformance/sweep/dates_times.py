# datetime arithmetic, formatting, parsing and calendars (no clock-dependent output).
from datetime import date, datetime, time, timedelta, timezone
import calendar

d = date(2024, 2, 28)
print(d, d + timedelta(days=1), d + timedelta(days=2), d.replace(year=2023) + timedelta(days=1))
print(d.weekday(), d.isoweekday(), d.isocalendar(), d.toordinal(), date.fromordinal(738000), d.timetuple().tm_yday)
print(repr(d), d.strftime("%A %d %B %Y"), d.ctime(), date.fromisoformat("2020-12-31"), date.min, date.max)
dt = datetime(2024, 3, 10, 1, 30, 15, 500)
print(dt, repr(dt), dt.date(), dt.time(), dt.timestamp() if dt.tzinfo else "naive")
print(dt + timedelta(hours=23, minutes=45), dt - timedelta(weeks=1, seconds=1), dt.replace(microsecond=0))
delta = datetime(2024, 12, 25) - datetime(2024, 3, 10, 12)
print(delta, repr(delta), delta.days, delta.seconds, delta.total_seconds())
print(timedelta(days=-1, seconds=5), timedelta(hours=-1), timedelta(microseconds=-1), timedelta(days=400, hours=25), -timedelta(days=1, hours=1))
print(timedelta(seconds=3661) * 2, timedelta(hours=1) / timedelta(minutes=7), timedelta(hours=1) // timedelta(minutes=7), timedelta(hours=1) % timedelta(minutes=7), timedelta(days=1) / 3)
print(abs(timedelta(days=-2)), timedelta(1, 2, 3, 4, 5, 6, 7), timedelta.max, timedelta.resolution, str(timedelta(0)))
utc = timezone.utc
est = timezone(timedelta(hours=-5), "EST")
ist = timezone(timedelta(hours=5, minutes=30))
aware = datetime(2024, 1, 1, 12, 0, tzinfo=utc)
print(aware, aware.astimezone(est), aware.astimezone(ist), aware.tzname(), aware.astimezone(est).tzname(), ist.tzname(None))
print(aware.isoformat(), aware.astimezone(ist).isoformat(timespec="seconds"), aware.utcoffset(), repr(est), repr(utc))
print(aware.timestamp(), datetime.fromtimestamp(0, utc), datetime.fromtimestamp(1700000000, est))
print(aware == aware.astimezone(ist), aware - aware.astimezone(est), aware.strftime("%Y-%m-%dT%H:%M:%S%z %Z"))
try:
    aware - dt
except TypeError as e:
    print(e)
try:
    aware < dt
except TypeError as e:
    print(e)
print(datetime.strptime("2023-07-04 18:05:09", "%Y-%m-%d %H:%M:%S"), datetime.strptime("04/Jul/2023", "%d/%b/%Y").date())
print(datetime.strptime("2023-07-04T18:05:09+0200", "%Y-%m-%dT%H:%M:%S%z"), datetime.fromisoformat("2023-07-04T18:05:09.123+02:00"))
try:
    datetime.strptime("2023-13-01", "%Y-%m-%d")
except ValueError as e:
    print(e)
try:
    date(2023, 2, 29)
except ValueError as e:
    print(e)
try:
    datetime(2023, 1, 1, 24)
except ValueError as e:
    print(e)
t = time(9, 5, 7, 250000)
print(t, t.isoformat(), t.strftime("%I:%M %p"), time(23, 59).replace(minute=0), repr(time(1)), time.fromisoformat("10:20:30"))
print(calendar.isleap(2024), calendar.leapdays(2000, 2025), calendar.monthrange(2024, 2), calendar.weekday(2024, 7, 4), calendar.day_name[0], calendar.month_abbr[12])
print(calendar.month(2024, 2))
print(calendar.TextCalendar(calendar.SUNDAY).formatmonth(2023, 12))
print(list(calendar.Calendar().itermonthdays(2024, 2))[:10], calendar.monthcalendar(2024, 2)[0])


def business_days(start, end):
    n = 0
    cur = start
    while cur < end:
        if cur.weekday() < 5:
            n += 1
        cur += timedelta(days=1)
    return n


print(business_days(date(2024, 1, 1), date(2024, 2, 1)))
ages = {"ann": date(1990, 5, 17), "bo": date(2000, 2, 29)}
today = date(2024, 5, 16)
for name, born in ages.items():
    age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    print(name, age, (today - born).days)
print(sorted([date(2024, 1, 2), date(2023, 5, 5), date(2024, 1, 1)]), max(dt, datetime(2024, 3, 10)), hash(d) == hash(date(2024, 2, 28)))
print(f"{dt:%H:%M:%S.%f}", f"{d:%j}", f"{dt!r}", format(timedelta(minutes=90)), date(2024, 1, 1) < date(2024, 1, 2))
print(datetime.combine(d, t), datetime(2024, 1, 31) + timedelta(days=31), dt.isocalendar().week, dt.strftime("%U %W %w %y %e" if False else "%U %W %w %y"))
