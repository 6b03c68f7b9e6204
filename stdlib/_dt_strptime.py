"""_dt_strptime — strptime for datetime.strptime and time.strptime (C locale).

A hand-written matcher (no re, no datetime import for time.strptime) for the
directives of CPython 3.11's _strptime: %Y %y %m %d %H %I %M %S %f %j %U %W
%w %u %a %A %b %B %h %p %z %Z %c %x %X %% and literal text (case-insensitive;
whitespace in the format matches one or more whitespace characters). Each
numeric directive takes the longest prefix its CPython pattern accepts
(%Y exactly four digits, %m "1[0-2]|0[1-9]|[1-9]", ...). Errors use CPython's
messages ("time data %r does not match format %r", "unconverted data
remains: ...", "'q' is a bad directive in format ...", "stray % in format ...").
_strptime_time gives the 11-item time.struct_time (tm_zone / tm_gmtoff set
from %Z / %z); _strptime_datetime builds a datetime (or date/time subclass).
"""

_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
           'september', 'october', 'november', 'december']
_DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']

# The C locale's %c, %x and %X.
_LOCALE_FORMATS = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S'}

# directive -> (min digits, max digits, lowest value, highest value): the longest
# digit run (at most max) whose value is in range is taken, as CPython's
# alternation patterns do for these fields.
_NUMERIC = {
    'd': (1, 2, 1, 31), 'm': (1, 2, 1, 12), 'H': (1, 2, 0, 23), 'I': (1, 2, 1, 12),
    'M': (1, 2, 0, 59), 'S': (1, 2, 0, 61), 'j': (1, 3, 1, 366), 'U': (1, 2, 0, 53),
    'W': (1, 2, 0, 53), 'Y': (4, 4, 0, 9999), 'y': (2, 2, 0, 99), 'f': (1, 6, 0, 999999),
    'w': (1, 1, 0, 6), 'u': (1, 1, 1, 7),
}


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


_DAYS_BEFORE_MONTH = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]


def _ordinal(year, month, day):
    # Proleptic Gregorian ordinal, 1 = January 1 of year 1 (date.toordinal()).
    y = year - 1
    days = y * 365 + y // 4 - y // 100 + y // 400
    days += _DAYS_BEFORE_MONTH[month] + (1 if month > 2 and _is_leap(year) else 0)
    return days + day


def _from_ordinal(n):
    # Inverse of _ordinal (date.fromordinal()).
    year = (n - 1) * 400 // 146097 + 1
    while _ordinal(year, 1, 1) > n:
        year -= 1
    while _ordinal(year + 1, 1, 1) <= n:
        year += 1
    doy = n - _ordinal(year, 1, 1)
    month = 1
    while month < 12 and doy >= _DAYS_BEFORE_MONTH[month + 1] + (1 if month + 1 > 2 and _is_leap(year) else 0):
        month += 1
    day = doy - _DAYS_BEFORE_MONTH[month] - (1 if month > 2 and _is_leap(year) else 0) + 1
    return year, month, day


def _check_day(year, month, day):
    mdays = [0, 31, 29 if _is_leap(year) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month]
    if not 1 <= day <= mdays:
        raise ValueError('day is out of range for month')


def _weekday(year, month, day):
    return (_ordinal(year, month, day) + 6) % 7


def _num(s, pos, spec):
    lo_len, hi_len, lo, hi = spec
    end = pos
    while end < len(s) and end - pos < hi_len and '0' <= s[end] <= '9':
        end += 1
    while end - pos >= lo_len:
        v = int(s[pos:end])
        if lo <= v <= hi:
            return s[pos:end], end
        end -= 1
    return None, pos


def _name(s, pos, names, abbrev):
    low = s[pos:].lower()
    best = None
    for i, n in enumerate(names):
        cand = n[:3] if abbrev else n
        if low.startswith(cand) and (best is None or len(cand) > best[1]):
            best = (i, len(cand))
    if best is None:
        return None, pos
    return best[0], pos + best[1]


def _tz_names():
    import time
    utc = {'utc', 'gmt', time.tzname[0].lower()}
    dst = {time.tzname[1].lower()} if time.daylight else set()
    return utc, dst


def _expand(fmt):
    # Replace %c %x %X by their C-locale formats; check for bad directives.
    out = []
    i = 0
    while i < len(fmt):
        c = fmt[i]
        if c == '%':
            if i + 1 >= len(fmt):
                raise ValueError("stray %% in format '%s'" % fmt)
            d = fmt[i + 1]
            if d in _LOCALE_FORMATS:
                out.append(_LOCALE_FORMATS[d])
            elif d in _NUMERIC or d in 'aAbBhpzZ%':
                out.append('%' + d)
            elif d in 'GV':
                out.append('%' + d)
            else:
                raise ValueError("'%s' is a bad directive in format '%s'" % (d, fmt))
            i += 2
        else:
            out.append(c)
            i += 1
    return ''.join(out)


def _match(data, fmt):
    """Match data against the (expanded) format: a dict of directive -> text, or None."""
    vals = {}
    pos = 0
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c == '%':
            d = fmt[i + 1]
            i += 2
            if d in _NUMERIC:
                if d == 'd' and data[pos:pos + 1] == ' ':
                    v, npos = _num(data, pos + 1, (1, 1, 1, 9))
                else:
                    v, npos = _num(data, pos, _NUMERIC[d])
                if v is None:
                    return None
                pos = npos
            elif d in 'bBh':
                k, pos2 = _name(data, pos, _MONTHS, d != 'B')
                if k is None:
                    return None
                v = k + 1
                pos = pos2
                d = 'b'
            elif d in 'aA':
                k, pos2 = _name(data, pos, _DAYS, d == 'a')
                if k is None:
                    return None
                v = k
                pos = pos2
                d = 'a'
            elif d == 'p':
                low = data[pos:pos + 2].lower()
                if low not in ('am', 'pm'):
                    return None
                v = low
                pos += 2
            elif d == 'z':
                if data[pos:pos + 1] == 'Z':
                    v = 'Z'
                    pos += 1
                else:
                    j = pos
                    if data[j:j + 1] not in ('+', '-'):
                        return None
                    j += 1

                    def two(k):
                        return (data[k:k + 2].isdigit() and len(data[k:k + 2]) == 2
                                and data[k:k + 2].isascii())
                    if not two(j):
                        return None
                    j += 2
                    if data[j:j + 1] == ':':
                        j += 1
                    if not (two(j) and data[j] <= '5'):
                        return None
                    j += 2
                    k = j + 1 if data[j:j + 1] == ':' else j
                    if two(k) and data[k] <= '5':
                        j = k + 2
                        if data[j:j + 1] == '.' and data[j + 1:j + 2].isdigit():
                            j += 1
                            m = 0
                            while m < 6 and data[j:j + 1].isdigit():
                                j += 1
                                m += 1
                    v = data[pos:j]
                    pos = j
            elif d == 'Z':
                utc, dst = _tz_names()
                best = None
                for name in sorted(utc | dst, key=len, reverse=True):
                    if name and data[pos:pos + len(name)].lower() == name:
                        best = data[pos:pos + len(name)]
                        break
                if best is None:
                    return None
                v = best
                pos += len(best)
            elif d == '%':
                if data[pos:pos + 1] != '%':
                    return None
                pos += 1
                continue
            else:  # %G %V: ISO year and week
                spec = (4, 4, 0, 9999) if d == 'G' else (1, 2, 1, 53)
                v, npos = _num(data, pos, spec)
                if v is None:
                    return None
                pos = npos
            vals[d] = v
        elif c.isspace():
            i += 1
            while i < n and fmt[i].isspace():
                i += 1
            if pos >= len(data) or not data[pos].isspace():
                return None
            while pos < len(data) and data[pos].isspace():
                pos += 1
        else:
            if data[pos:pos + 1].lower() != c.lower() or pos >= len(data):
                return None
            pos += 1
            i += 1
    return vals, pos


def _calc_julian_from_U_or_W(year, week_of_year, day_of_week, week_starts_Mon):
    first_weekday = _weekday(year, 1, 1)
    if not week_starts_Mon:
        first_weekday = (first_weekday + 1) % 7
        day_of_week = (day_of_week + 1) % 7
    week_0_length = (7 - first_weekday) % 7
    if week_of_year == 0:
        return 1 + day_of_week - first_weekday
    return 1 + week_0_length + 7 * (week_of_year - 1) + day_of_week


def _strptime(data_string, format="%a %b %d %H:%M:%S %Y"):
    """(11-tuple for struct_time, fraction in microseconds, gmtoff fraction)."""
    for index, arg in enumerate([data_string, format]):
        if not isinstance(arg, str):
            msg = "strptime() argument {} must be str, not {}"
            raise TypeError(msg.format(index, type(arg)))
    fmt = _expand(format)
    r = _match(data_string, fmt)
    if r is None:
        raise ValueError("time data %r does not match format %r" % (data_string, format))
    found, pos = r
    if pos != len(data_string):
        raise ValueError("unconverted data remains: %s" % data_string[pos:])
    iso_year = found.get('G')
    iso_week = found.get('V')
    weekday_set = any(k in found for k in ('a', 'w', 'u'))
    if iso_year is not None and not (iso_week is not None and weekday_set):
        raise ValueError("ISO year directive '%G' must be used with the ISO week directive '%V' "
                         "and a weekday directive ('%A', '%a', '%w', or '%u').")
    if iso_week is not None and iso_year is None:
        if 'Y' in found or 'y' in found:
            raise ValueError("ISO week directive '%V' is incompatible with the year directive '%Y'. "
                             "Use the ISO year '%G' instead.")
        raise ValueError("ISO week directive '%V' must be used with the ISO year directive '%G' "
                         "and a weekday directive ('%A', '%a', '%w', or '%u').")
    year = None
    month = day = 1
    hour = minute = second = fraction = 0
    tz = -1
    gmtoff = None
    gmtoff_fraction = 0
    tzname = None
    week_of_year = None
    week_of_year_start = None
    weekday = julian = None
    for key in found:
        v = found[key]
        if key == 'y':
            year = int(v)
            year += 2000 if year <= 68 else 1900
        elif key == 'Y':
            year = int(v)
        elif key == 'G':
            iso_year = int(v)
        elif key == 'm' or key == 'b':
            month = int(v)
        elif key == 'd':
            day = int(v)
        elif key == 'H':
            hour = int(v)
        elif key == 'I':
            hour = int(v)
            ampm = found.get('p', '')
            if ampm in ('', 'am'):
                if hour == 12:
                    hour = 0
            elif ampm == 'pm':
                if hour != 12:
                    hour += 12
        elif key == 'M':
            minute = int(v)
        elif key == 'S':
            second = int(v)
        elif key == 'f':
            fraction = int(v + '0' * (6 - len(v)))
        elif key == 'a':
            weekday = v
        elif key == 'w':
            weekday = int(v)
            weekday = 6 if weekday == 0 else weekday - 1
        elif key == 'u':
            weekday = int(v) - 1
        elif key == 'j':
            julian = int(v)
        elif key in ('U', 'W'):
            week_of_year = int(v)
            week_of_year_start = 6 if key == 'U' else 0
        elif key == 'V':
            iso_week = int(v)
        elif key == 'z':
            if v == 'Z':
                gmtoff = 0
            else:
                if len(v) > 3 and v[3] == ':':
                    if len(v) > 6 and v[6] != ':':
                        raise ValueError("Inconsistent use of : in %s" % v)
                    z = v[:3] + v[4:6] + v[7:]
                else:
                    z = v
                hours = int(z[1:3])
                minutes = int(z[3:5])
                seconds = int(z[5:7] or 0)
                gmtoff = hours * 3600 + minutes * 60 + seconds
                gmtoff_remainder = z[8:]
                gmtoff_remainder_padding = "0" * (6 - len(gmtoff_remainder))
                gmtoff_fraction = int(gmtoff_remainder + gmtoff_remainder_padding)
                if z.startswith('-'):
                    gmtoff = -gmtoff
                    gmtoff_fraction = -gmtoff_fraction
        elif key == 'Z':
            tzname = v
            found_zone = v.lower()
            utc, dst = _tz_names()
            import time
            for value, tz_values in enumerate((utc, dst)):
                if found_zone in tz_values:
                    if (time.tzname[0] == time.tzname[1] and time.daylight
                            and found_zone not in ("utc", "gmt")):
                        break
                    tz = value
                    break
    leap_year_fix = False
    if year is None and month == 2 and day == 29:
        year = 1904
        leap_year_fix = True
    elif year is None:
        year = 1900
    if julian is None and weekday is not None:
        if week_of_year is not None:
            week_starts_Mon = week_of_year_start == 0
            julian = _calc_julian_from_U_or_W(year, week_of_year, weekday, week_starts_Mon)
        elif iso_year is not None and iso_week is not None:
            # ISO week 1 holds January 4; its Monday starts the ISO year.
            jan4 = _ordinal(iso_year, 1, 4)
            monday = jan4 - (jan4 + 6) % 7
            o = monday + (iso_week - 1) * 7 + weekday
            year, month, day = _from_ordinal(o)
            julian = o - _ordinal(year, 1, 1) + 1
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if _is_leap(year) else 365
    if julian is None:
        _check_day(year, month, day)
        julian = _ordinal(year, month, day) - _ordinal(year, 1, 1) + 1
    else:
        year, month, day = _from_ordinal(julian - 1 + _ordinal(year, 1, 1))
    if weekday is None:
        weekday = _weekday(year, month, day)
    if leap_year_fix:
        year = 1900
    return ((year, month, day, hour, minute, second, weekday, julian, tz, tzname, gmtoff),
            fraction, gmtoff_fraction)


def _strptime_time(data_string, format="%a %b %d %H:%M:%S %Y"):
    """time.strptime: a time.struct_time."""
    import time
    tt = _strptime(data_string, format)[0]
    return time.struct_time(tt[:time._STRUCT_TM_ITEMS])


def _strptime_datetime(cls, data_string, format="%a %b %d %H:%M:%S %Y"):
    """datetime.strptime: an instance of cls from the parsed fields."""
    tt, fraction, gmtoff_fraction = _strptime(data_string, format)
    tzname, gmtoff = tt[-2:]
    args = tt[:6] + (fraction,)
    if gmtoff is not None:
        import datetime as _dt
        tzdelta = _dt.timedelta(seconds=gmtoff, microseconds=gmtoff_fraction)
        if tzname:
            tz = _dt.timezone(tzdelta, tzname)
        else:
            tz = _dt.timezone(tzdelta)
        args += (tz,)
    return cls(*args)
