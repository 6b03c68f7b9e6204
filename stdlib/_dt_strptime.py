"""_dt_strptime — datetime.strptime / time-free parsing of the common directives.

A hand-written matcher (no re) for %Y %m %d %H %M %S %f %y %b %B %a %A %p %I
%j %z %Z(UTC/GMT) %% and literal text; errors use CPython's messages
("time data %r does not match format %r", "unconverted data remains: ...").
"""

_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
           'september', 'october', 'november', 'december']
_DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']


def _num(s, pos, maxlen, minlen=1):
    end = pos
    while end < len(s) and end - pos < maxlen and s[end].isdigit():
        end += 1
    if end - pos < minlen:
        return None, pos
    return int(s[pos:end]), end


def _name(s, pos, names, abbrev):
    low = s[pos:].lower()
    for i, n in enumerate(names):
        cand = n[:3] if abbrev else n
        if low.startswith(cand):
            return i, pos + len(cand)
    return None, pos


def _parse(data, fmt):
    vals = {}
    pos = 0
    i = 0
    while i < len(fmt):
        c = fmt[i]
        if c == '%' and i + 1 < len(fmt):
            d = fmt[i + 1]
            i += 2
            v = None
            if d in 'YmdHMSIjyf':
                width = {'Y': 4, 'j': 3, 'f': 6}.get(d, 2)
                v, npos = _num(data, pos, width)
                if v is None:
                    return None
                if d == 'f':
                    v = int(data[pos:npos].ljust(6, '0'))
                lo, hi = {'m': (1, 12), 'd': (1, 31), 'H': (0, 23), 'M': (0, 59), 'S': (0, 61),
                          'I': (1, 12), 'j': (1, 366)}.get(d, (0, 10**9))
                if not lo <= v <= hi:
                    return None
                pos = npos
            elif d in 'bBh':
                v, pos2 = _name(data, pos, _MONTHS, d != 'B')
                if v is None:
                    return None
                pos = pos2
                d = 'm'
                v += 1
            elif d in 'aA':
                v, pos2 = _name(data, pos, _DAYS, d == 'a')
                if v is None:
                    return None
                pos = pos2
            elif d == 'p':
                low = data[pos:pos + 2].lower()
                if low not in ('am', 'pm'):
                    return None
                v = low
                pos += 2
            elif d == 'z':
                if data[pos:pos + 1] == 'Z':
                    v = 0
                    pos += 1
                else:
                    sign = data[pos:pos + 1]
                    if sign not in ('+', '-'):
                        return None
                    rest = data[pos + 1:]
                    digits = rest.replace(':', '')
                    hh = rest[:2]
                    j = 2
                    if rest[j:j + 1] == ':':
                        j += 1
                    mm = rest[j:j + 2]
                    if not (hh.isdigit() and mm.isdigit()):
                        return None
                    j += 2
                    ss = 0
                    if rest[j:j + 1] == ':' or rest[j:j + 2].isdigit():
                        if rest[j:j + 1] == ':':
                            j += 1
                        if rest[j:j + 2].isdigit():
                            ss = int(rest[j:j + 2])
                            j += 2
                    v = (int(hh) * 3600 + int(mm) * 60 + ss) * (-1 if sign == '-' else 1)
                    pos += 1 + j
            elif d == 'Z':
                for tzn in ('UTC', 'GMT'):
                    if data[pos:pos + 3].upper() == tzn:
                        v = tzn
                        pos += 3
                        break
                else:
                    return None
            elif d == '%':
                if data[pos:pos + 1] != '%':
                    return None
                pos += 1
                continue
            else:
                raise ValueError("'%s' is a bad directive in format '%s'" % (d, fmt))
            vals[d] = v
        elif c.isspace():
            i += 1
            while pos < len(data) and data[pos].isspace():
                pos += 1
        else:
            if data[pos:pos + 1].lower() != c.lower():
                return None
            pos += 1
            i += 1
    return vals, pos


def _strptime_datetime(cls, data_string, format="%a %b %d %H:%M:%S %Y"):
    for index, arg in enumerate([data_string, format]):
        if not isinstance(arg, str):
            msg = "strptime() argument {} must be str, not {}"
            raise TypeError(msg.format(index, type(arg)))
    r = _parse(data_string, format)
    if r is None:
        raise ValueError("time data %r does not match format %r" % (data_string, format))
    vals, pos = r
    if pos != len(data_string):
        raise ValueError("unconverted data remains: %s" % data_string[pos:])
    year = 1900
    if 'Y' in vals:
        year = vals['Y']
    elif 'y' in vals:
        y = vals['y']
        year = y + (2000 if y <= 68 else 1900)
    month = vals.get('m', 1)
    day = vals.get('d', 1)
    hour = vals.get('H', 0)
    if 'I' in vals:
        hour = vals['I'] % 12
        if vals.get('p') == 'pm':
            hour += 12
    minute = vals.get('M', 0)
    second = vals.get('S', 0)
    us = vals.get('f', 0)
    import datetime as _dt
    if 'j' in vals and 'm' not in vals and 'd' not in vals:
        d = _dt.date(year, 1, 1) + _dt.timedelta(days=vals['j'] - 1)
        month, day = d.month, d.day
    tz = None
    if 'z' in vals:
        off = vals['z']
        tz = _dt.timezone(_dt.timedelta(seconds=off))
    elif vals.get('Z') in ('UTC', 'GMT'):
        pass
    return cls(year, month, day, hour, minute, second, us, tz)
