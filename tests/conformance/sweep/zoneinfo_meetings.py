# Scheduling across time zones with zoneinfo: DST gaps and folds, conversions, errors.
import pickle
import zoneinfo
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

NY = ZoneInfo("America/New_York")
print(repr(NY), str(NY), NY.key, NY is ZoneInfo("America/New_York"), pickle.loads(pickle.dumps(NY)) is NY)

meeting = datetime(2024, 5, 20, 9, 30, tzinfo=NY)
print(f"{'city':<20}{'local time':<28}{'offset':>8}  dst")
for key in ["America/Los_Angeles", "America/Sao_Paulo", "Europe/London", "Europe/Berlin",
            "Asia/Kolkata", "Asia/Tokyo", "Australia/Sydney", "Pacific/Auckland", "UTC"]:
    local = meeting.astimezone(ZoneInfo(key))
    print(f"{key:<20}{local.strftime('%a %Y-%m-%d %H:%M %Z'):<28}{local.strftime('%z'):>8}  {local.dst()}")

print("-- spring forward (gap)")
for hour, minute in [(1, 30), (2, 30), (3, 30)]:
    for fold in (0, 1):
        d = datetime(2024, 3, 10, hour, minute, fold=fold, tzinfo=NY)
        print(d.isoformat(), fold, d.tzname(), d.astimezone(timezone.utc).strftime("%H:%M UTC"))
print("-- fall back (fold)")
start = datetime(2024, 11, 3, 4, 30, tzinfo=timezone.utc)
for i in range(5):
    local = (start + timedelta(minutes=30 * i)).astimezone(NY)
    print(local, "fold", local.fold, local.tzname(), local.utcoffset())
print("-- elapsed vs wall clock")
a = datetime(2024, 3, 9, 12, tzinfo=NY)
b = datetime(2024, 3, 10, 12, tzinfo=NY)
print(b - a, b.astimezone(timezone.utc) - a.astimezone(timezone.utc), (a + timedelta(days=1)).utcoffset())
print("-- far future uses the TZ rule")
for year in (2030, 2050):
    for month in (1, 7):
        d = datetime(year, month, 1, 12, tzinfo=ZoneInfo("Europe/Paris"))
        print(d, d.tzname(), d.dst())
print("-- errors")
for key in ["Mars/Olympus_Mons", "../../etc/passwd", "/usr/share/zoneinfo/UTC", "Europe/"]:
    try:
        ZoneInfo(key)
    except zoneinfo.ZoneInfoNotFoundError as e:
        print("ZoneInfoNotFoundError:", e)
    except ValueError as e:
        print("ValueError:", e)
print(isinstance(zoneinfo.ZoneInfoNotFoundError(), KeyError), ZoneInfo("UTC").utcoffset(None), NY.utcoffset(None))
print("Asia/Tokyo" in zoneinfo.available_timezones(), sorted(k for k in zoneinfo.available_timezones() if k.startswith("Europe/Lo")))
