# calendar text output
import calendar

print(calendar.month(2024, 2))
print(calendar.month(2023, 10, w=3, l=1))
cal = calendar.TextCalendar(firstweekday=6)
print(cal.formatmonth(2025, 1))
print(calendar.calendar(2024, w=2, l=1, c=4, m=4))
print(calendar.isleap(1900), calendar.isleap(2000), calendar.leapdays(1900, 2025))
print(calendar.monthrange(2024, 2), calendar.weekday(2024, 7, 4), calendar.day_name[calendar.weekday(2024, 7, 4)])
print(list(calendar.month_name)[1:4], list(calendar.day_abbr))
print(calendar.monthcalendar(2024, 3))
c = calendar.Calendar(firstweekday=0)
print([d for d in c.itermonthdates(2024, 2)][:3], len(list(c.itermonthdays2(2024, 2))))
print(calendar.timegm((2024, 1, 1, 0, 0, 0)), calendar.firstweekday())
print(cal.formatweekheader(3))
print(calendar.TextCalendar().formatyear(2023, 2, 1, 6, 3)[:300])
h = calendar.HTMLCalendar()
print(h.formatmonth(2024, 1)[:200])
try:
    calendar.monthrange(2024, 13)
except calendar.IllegalMonthError as e:
    print("IllegalMonthError:", e)
print(calendar.MONDAY, calendar.SUNDAY)

# a team rota printed as a month grid with marked days
import datetime
meetings = {datetime.date(2024, 5, d) for d in (2, 9, 16, 23, 30, 14)}
holidays = {datetime.date(2024, 5, 27): "Memorial Day"}
tc = calendar.TextCalendar(calendar.MONDAY)
print(tc.formatmonthname(2024, 5, 7 * 5 - 1))
print(" ".join(f"{calendar.day_abbr[(i) % 7]:>4}" for i in range(7)))
for week in tc.monthdatescalendar(2024, 5):
    cells = []
    for day in week:
        if day.month != 5:
            cells.append("    ")
            continue
        mark = "*" if day in meetings else "!" if day in holidays else " "
        cells.append(f"{day.day:>3}{mark}")
    print(" ".join(cells))
for d, name in holidays.items():
    print(f"{d:%a %d %b}: {name}")
workdays = sum(1 for w in tc.monthdays2calendar(2024, 5) for day, wd in w if day and wd < 5)
print("working days:", workdays - len(holidays))
print("meetings:", ", ".join(f"{d:%d}" for d in sorted(meetings)))
years = [y for y in range(1990, 2031) if calendar.isleap(y)]
print(len(years), years[:5], years[-3:])
counts = [0] * 7
for y in range(2000, 2030):
    counts[calendar.weekday(y, 1, 1)] += 1
print(dict(zip(calendar.day_name, counts)))
print(list(calendar.Calendar(6).iterweekdays()), calendar.weekheader(2))
friday13 = [(y, m) for y in range(2023, 2027) for m in range(1, 13) if calendar.weekday(y, m, 13) == calendar.FRIDAY]
print(friday13)
print(calendar.TextCalendar(6).formatweek([(0, 6), (1, 0), (2, 1), (3, 2), (4, 3), (5, 4), (6, 5)], 3))
