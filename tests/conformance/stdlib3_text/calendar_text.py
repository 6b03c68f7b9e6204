# calendar: text month/year layouts (widths, line spacing, first weekday),
# HTML output, week matrices, date helpers and errors.
import calendar
import datetime

print(calendar.month(2024, 2))
print(calendar.month(2023, 12, w=4, l=2))
print(calendar.calendar(2024))
print(calendar.calendar(1999, w=3, l=1, c=2, m=4))
calendar.prmonth(2000, 1)
calendar.prcal(2025, m=6)
print(calendar.monthrange(2024, 2), calendar.monthrange(2023, 2), calendar.monthrange(1900, 2))
print(calendar.isleap(2000), calendar.isleap(1900), calendar.isleap(2024), calendar.leapdays(1900, 2025))
print(calendar.weekday(2024, 7, 4), calendar.weekday(10000, 1, 1), calendar.weekday(1, 1, 1))
print(list(calendar.day_name), list(calendar.day_abbr))
print(list(calendar.month_name), list(calendar.month_abbr))
print(calendar.day_name[0:2], len(calendar.month_name), calendar.month_name[12])
print(calendar.monthcalendar(2024, 3))
print(calendar.weekheader(2), '|', calendar.weekheader(3), '|', calendar.weekheader(9))
print(calendar.timegm((2024, 1, 1, 12, 30, 15)), calendar.timegm((1970, 1, 1, 0, 0, 0, 0, 0, 0)))
print(calendar.firstweekday())
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday())
print(calendar.month(2024, 9))
calendar.setfirstweekday(0)
for bad in [lambda: calendar.monthrange(2024, 13), lambda: calendar.setfirstweekday(7),
            lambda: calendar.month(2024, 0)]:
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__, e)
c = calendar.Calendar(firstweekday=6)
print(list(c.iterweekdays()))
print(list(c.itermonthdays(2024, 2)))
print(list(c.itermonthdays2(2024, 2))[:9])
print(list(c.itermonthdays3(2024, 2))[:5], list(c.itermonthdays4(2024, 2))[-3:])
print(c.monthdatescalendar(2024, 2)[0])
print(len(c.yeardayscalendar(2024)), len(c.yeardays2calendar(2024, 4)[0]), c.yeardatescalendar(2024, 6)[1][5][-1])
print(list(calendar.Calendar().itermonthdates(1, 1))[:2])
tc = calendar.TextCalendar(calendar.WEDNESDAY)
print(tc.formatmonth(2021, 6, 3))
print(tc.formatyear(2021, 2, 1, 3, 2))
hc = calendar.HTMLCalendar()
print(hc.formatmonth(2024, 2))
print(hc.formatyear(2024, 4)[:300])
print(hc.formatyearpage(2024)[:200])


class MyHTML(calendar.HTMLCalendar):
    cssclasses = ["a", "b", "c", "d", "e", "f", "g"]


print(MyHTML(3).formatweek([(1, 3), (2, 4), (0, 5)]))
print(calendar.MONDAY, calendar.SUNDAY, calendar.January, calendar.February, calendar.EPOCH)
print(calendar.LocaleTextCalendar(locale='C').formatmonth(2024, 1))
