# stdlib/zoneinfo/__init__.py — IANA time zones (PEP 615) read from the system's
# TZif files on TZPATH: ZoneInfo (cached per key, no_cache, from_file,
# clear_cache), utcoffset/dst/tzname/fromutc with fold semantics like CPython
# 3.11's zoneinfo, the POSIX TZ rule of the file's footer for dates after the
# last transition, available_timezones, reset_tzpath and ZoneInfoNotFoundError.
# No tzdata package fallback (minipy ships none).
import bisect as _bisect
import calendar as _calendar
import os as _os
import re as _re
import struct as _struct
from datetime import datetime as _datetime, timedelta as _timedelta, tzinfo as _tzinfo

__all__ = ['ZoneInfo', 'reset_tzpath', 'available_timezones', 'TZPATH', 'ZoneInfoNotFoundError',
           'InvalidTZPathWarning']

_DEFAULT_TZPATH = ('/usr/share/zoneinfo', '/usr/lib/zoneinfo', '/usr/share/lib/zoneinfo', '/etc/zoneinfo')
TZPATH = _DEFAULT_TZPATH
_EPOCHORDINAL = _datetime(1970, 1, 1).toordinal()


class ZoneInfoNotFoundError(KeyError):
    """Exception raised when a ZoneInfo key is not found."""


ZoneInfoNotFoundError.__module__ = 'zoneinfo._common'


class InvalidTZPathWarning(RuntimeWarning):
    """Warning raised if an invalid path is specified in PYTHONTZPATH."""


def reset_tzpath(to=None):
    global TZPATH
    if to is not None:
        if isinstance(to, (str, bytes)):
            raise TypeError(f'tzpaths must be a list or tuple, not {type(to)}: {to!r}')
        if not all(map(_os.path.isabs, to)):
            raise ValueError('Paths must be absolute')
        TZPATH = tuple(to)
    else:
        env = _os.environ.get('PYTHONTZPATH')
        TZPATH = tuple(p for p in env.split(_os.pathsep) if _os.path.isabs(p)) if env else _DEFAULT_TZPATH


def _validate_key(key):
    if _os.path.isabs(key):
        raise ValueError(f'ZoneInfo keys may not be absolute paths, got: {key}')
    normed = _os.path.normpath(key)
    if len(normed) != len(key):
        raise ValueError(f'ZoneInfo keys must be normalized relative paths, got: {key}')
    base = '_' + _os.sep
    if not _os.path.normpath(_os.path.join(base, normed)).startswith(base):
        raise ValueError(f'ZoneInfo keys must refer to subdirectories of TZPATH, got: {key}')


def _find_tzfile(key):
    _validate_key(key)
    for search in TZPATH:
        path = _os.path.join(search, key)
        if _os.path.isfile(path):
            return path
    return None


def available_timezones():
    valid = set()
    for root in TZPATH:
        if not _os.path.isdir(root):
            continue
        for dirpath, dirnames, files in _os.walk(root):
            if dirpath == root:
                if 'right' in dirnames:
                    dirnames.remove('right')
                if 'posix' in dirnames:
                    dirnames.remove('posix')
            for fname in files:
                path = _os.path.join(dirpath, fname)
                key = _os.path.relpath(path, start=root)
                if _os.sep != '/':
                    key = key.replace(_os.sep, '/')
                if not key or key in valid:
                    continue
                try:
                    with open(path, 'rb') as f:
                        if f.read(4) == b'TZif':
                            valid.add(key)
                except OSError:
                    pass
    if 'posixrules' in valid:
        valid.remove('posixrules')
    return valid


class _TTInfo:
    __slots__ = ('utcoff', 'dstoff', 'tzname')

    def __init__(self, utcoff, dstoff, tzname):
        self.utcoff = utcoff
        self.dstoff = dstoff
        self.tzname = tzname

    def __eq__(self, other):
        return (self.utcoff, self.dstoff, self.tzname) == (other.utcoff, other.dstoff, other.tzname)


_NO_TTINFO = _TTInfo(None, None, None)


# ---------------------------------------------------------------- TZif reading
def _load_data(fobj):
    header = fobj.read(44)
    if len(header) < 44 or header[:4] != b'TZif':
        raise ValueError('Invalid TZif file: magic not found')
    version = 1 if header[4:5] == b'\x00' else int(header[4:5])
    counts = _struct.unpack('>6l', header[20:44])
    if version >= 2:
        isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt = counts
        fobj.read(timecnt * 5 + typecnt * 6 + charcnt + leapcnt * 8 + isstdcnt + isutcnt)
        header = fobj.read(44)
        if header[:4] != b'TZif':
            raise ValueError('Invalid TZif file: magic not found')
        counts = _struct.unpack('>6l', header[20:44])
        time_size, time_fmt = 8, 'q'
    else:
        time_size, time_fmt = 4, 'l'
    isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt = counts
    trans_list_utc = list(_struct.unpack('>%d%s' % (timecnt, time_fmt), fobj.read(timecnt * time_size))) if timecnt else []
    trans_idx = list(fobj.read(timecnt)) if timecnt else []
    ttis = [_struct.unpack('>lbb', fobj.read(6)) for _ in range(typecnt)]
    abbr = fobj.read(charcnt).decode()
    fobj.read(leapcnt * (time_size + 4) + isstdcnt + isutcnt)
    tz_str = None
    if version >= 2:
        rest = fobj.read()
        if rest.startswith(b'\n'):
            tz_str = rest[1:].split(b'\n', 1)[0].decode() or None
    utcoff = [t[0] for t in ttis]
    isdst = [t[1] for t in ttis]
    names = []
    for t in ttis:
        end = abbr.find('\x00', t[2])
        names.append(abbr[t[2]:end if end >= 0 else len(abbr)])
    return trans_idx, trans_list_utc, utcoff, isdst, names, tz_str


def _dst_offsets(trans_idx, utcoffsets, isdsts):
    # .dst() is the distance from the "standard" offset, which TZif files do not
    # store: infer it from the neighbouring standard-time transitions.
    typecnt = len(isdsts)
    dstoffs = [0] * typecnt
    dst_cnt = sum(1 for d in isdsts if d)
    found = 0
    for i in range(1, len(trans_idx)):
        if found == dst_cnt:
            break
        idx = trans_idx[i]
        if not isdsts[idx] or dstoffs[idx] != 0:
            continue
        dstoff = 0
        utcoff = utcoffsets[idx]
        prev = trans_idx[i - 1]
        if not isdsts[prev]:
            dstoff = utcoff - utcoffsets[prev]
        if not dstoff and idx < typecnt - 1 and i + 1 < len(trans_idx):
            nxt = trans_idx[i + 1]
            if isdsts[nxt]:
                continue
            dstoff = utcoff - utcoffsets[nxt]
        if dstoff:
            found += 1
            dstoffs[idx] = dstoff
    else:
        for idx in range(typecnt):
            if not dstoffs[idx] and isdsts[idx]:
                dstoffs[idx] = 3600
    return dstoffs


def _ts_to_local(trans_idx, trans_list_utc, utcoffsets):
    # Transition instants in local wall time: [fold=0 list, fold=1 list]; the
    # fold=0 list uses the larger of the offsets on either side.
    if not trans_list_utc:
        return [[], []]
    wall = [list(trans_list_utc), list(trans_list_utc)]
    if len(utcoffsets) > 1:
        off0, off1 = utcoffsets[0], utcoffsets[trans_idx[0]]
        if off1 > off0:
            off0, off1 = off1, off0
    else:
        off0 = off1 = utcoffsets[0]
    wall[0][0] += off0
    wall[1][0] += off1
    for i in range(1, len(trans_idx)):
        off0, off1 = utcoffsets[trans_idx[i - 1]], utcoffsets[trans_idx[i]]
        if off1 > off0:
            off0, off1 = off1, off0
        wall[0][i] += off0
        wall[1][i] += off1
    return wall


# ---------------------------------------------------------------- POSIX TZ strings
_TZSTR_RE = _re.compile(r'''
    (?P<std>[^<0-9:.+,-]+|<[a-zA-Z0-9+-]+>)
    (?:
        (?P<stdoff>[+-]?\d{1,3}(?::\d{2}(?::\d{2})?)?)
        (?:
            (?P<dst>[^0-9:.+,-]+|<[a-zA-Z0-9+-]+>)
            (?P<dstoff>[+-]?\d{1,3}(?::\d{2}(?::\d{2})?)?)?
        )?
    )?
    (?:,(?P<start>[^,]+),(?P<end>[^,]+))?$''', _re.VERBOSE)


def _parse_offset(text):
    sign = -1 if text[0] == '-' else 1
    parts = [int(p) for p in text.lstrip('+-').split(':')]
    parts += [0] * (3 - len(parts))
    return sign * (parts[0] * 3600 + parts[1] * 60 + parts[2])


class _Rule:
    def __init__(self, text):
        date, _, time = text.partition('/')
        self.seconds = _parse_offset(time) if time else 7200
        if date.startswith('M'):
            m, w, d = (int(x) for x in date[1:].split('.'))
            self.kind, self.args = 'M', (m, w, d)
        elif date.startswith('J'):
            self.kind, self.args = 'J', (int(date[1:]),)
        else:
            self.kind, self.args = 'n', (int(date),)

    def year_to_epoch(self, year):
        # Local wall-clock seconds since 1970 of this rule's instant in `year`.
        if self.kind == 'M':
            m, w, d = self.args
            first_wday = (_calendar.weekday(year, m, 1) + 1) % 7  # 0 = Sunday
            day = 1 + (d - first_wday) % 7 + 7 * (w - 1)
            mdays = _calendar.monthrange(year, m)[1]
            while day > mdays:
                day -= 7
            ordinal = _datetime(year, m, day).toordinal()
        elif self.kind == 'J':
            n = self.args[0]
            ordinal = _datetime(year, 1, 1).toordinal() + n - 1
            if _calendar.isleap(year) and n >= 60:
                ordinal += 1
        else:
            ordinal = _datetime(year, 1, 1).toordinal() + self.args[0]
        return (ordinal - _EPOCHORDINAL) * 86400 + self.seconds


class _TZStr:
    def __init__(self, std, dst, start, end):
        self.std = std
        self.dst = dst
        self.start = start
        self.end = end
        self.dst_diff = int((dst.utcoff - std.utcoff).total_seconds())

    def transitions(self, year):
        return self.start.year_to_epoch(year), self.end.year_to_epoch(year)

    def get_trans_info(self, ts, year, fold):
        start, end = self.transitions(year)
        if fold == (self.dst_diff >= 0):
            end -= self.dst_diff
        else:
            start += self.dst_diff
        if start < end:
            isdst = start <= ts < end
        else:
            isdst = not (end <= ts < start)
        return self.dst if isdst else self.std

    def get_trans_info_fromutc(self, ts, year):
        start, end = self.transitions(year)
        start -= self.std.utcoff.total_seconds()
        end -= self.dst.utcoff.total_seconds()
        if start < end:
            isdst = start <= ts < end
        else:
            isdst = not (end <= ts < start)
        if self.dst_diff > 0:
            ambig_start, ambig_end = end, end + self.dst_diff
        else:
            ambig_start, ambig_end = start, start - self.dst_diff
        return (self.dst if isdst else self.std), ambig_start <= ts < ambig_end


def _parse_tz_str(tz_str):
    m = _TZSTR_RE.match(tz_str)
    if m is None:
        raise ValueError(f'{tz_str} is not a valid TZ string')
    std_abbr = m.group('std').strip('<>')
    std_offset = -_parse_offset(m.group('stdoff')) if m.group('stdoff') else 0
    std = _TTInfo(_timedelta(seconds=std_offset), _timedelta(0), std_abbr)
    if not m.group('dst'):
        return std
    dst_abbr = m.group('dst').strip('<>')
    dst_offset = -_parse_offset(m.group('dstoff')) if m.group('dstoff') else std_offset + 3600
    dst = _TTInfo(_timedelta(seconds=dst_offset), _timedelta(seconds=dst_offset - std_offset), dst_abbr)
    if not m.group('start'):
        raise ValueError(f'{tz_str} is not a valid TZ string')
    return _TZStr(std, dst, _Rule(m.group('start')), _Rule(m.group('end')))


# ---------------------------------------------------------------- ZoneInfo
class ZoneInfo(_tzinfo):
    _strong_cache_size = 8

    def __init_subclass__(cls):
        cls._weak_cache = {}
        cls._strong_cache = {}

    def __new__(cls, key):
        cache = cls.__dict__.get('_weak_cache')
        if cache is None:
            cache = cls._weak_cache = {}
        instance = cache.get(key)
        if instance is None:
            instance = cache.setdefault(key, cls._new_instance(key))
            instance._from_cache = True
        return instance

    @classmethod
    def no_cache(cls, key):
        obj = cls._new_instance(key)
        obj._from_cache = False
        return obj

    @classmethod
    def _new_instance(cls, key):
        obj = super().__new__(cls)
        obj._key = key
        obj._file_path = _find_tzfile(key)
        if obj._file_path is None:
            raise ZoneInfoNotFoundError(f'No time zone found with key {key}')
        with open(obj._file_path, 'rb') as f:
            obj._load_file(f)
        return obj

    @classmethod
    def from_file(cls, fobj, /, key=None):
        obj = super().__new__(cls)
        obj._key = key
        obj._file_path = None
        obj._load_file(fobj)
        obj._file_repr = repr(fobj)
        obj.__reduce__ = obj._file_reduce
        return obj

    @classmethod
    def clear_cache(cls, *, only_keys=None):
        cache = cls.__dict__.get('_weak_cache')
        if cache is None:
            return
        if only_keys is None:
            cache.clear()
        else:
            for k in only_keys:
                cache.pop(k, None)

    @property
    def key(self):
        return self._key

    def utcoffset(self, dt):
        return self._find_trans(dt).utcoff

    def dst(self, dt):
        return self._find_trans(dt).dstoff

    def tzname(self, dt):
        return self._find_trans(dt).tzname

    def fromutc(self, dt):
        if not isinstance(dt, _datetime):
            raise TypeError('fromutc() requires a datetime argument')
        if dt.tzinfo is not self:
            raise ValueError('dt.tzinfo is not self')
        timestamp = self._get_local_timestamp(dt)
        num_trans = len(self._trans_list_utc)
        if num_trans >= 1 and timestamp < self._trans_list_utc[0]:
            tti = self._tti_before
            fold = 0
        elif (num_trans == 0 or timestamp > self._trans_list_utc[-1]) and not isinstance(self._tz_after, _TTInfo):
            tti, fold = self._tz_after.get_trans_info_fromutc(timestamp, dt.year)
        elif num_trans == 0:
            tti = self._tz_after
            fold = 0
        else:
            idx = _bisect.bisect_right(self._trans_list_utc, timestamp)
            if num_trans > 1 and timestamp >= self._trans_list_utc[1]:
                tti_prev, tti = self._ttinfos[idx - 2:idx]
            elif timestamp > self._trans_list_utc[-1]:
                tti_prev = self._ttinfos[-1]
                tti = self._tz_after
            else:
                tti_prev = self._tti_before
                tti = self._ttinfos[0]
            shift = (tti_prev.utcoff - tti.utcoff).total_seconds()
            fold = shift > timestamp - self._trans_list_utc[idx - 1]
        dt += tti.utcoff
        return dt.replace(fold=1) if fold else dt

    def _find_trans(self, dt):
        if dt is None:
            if self._fixed_offset:
                return self._tz_after
            return _NO_TTINFO
        ts = self._get_local_timestamp(dt)
        lt = self._trans_list[dt.fold]
        num_trans = len(lt)
        if num_trans and ts < lt[0]:
            return self._tti_before
        if not num_trans or ts > lt[-1]:
            if isinstance(self._tz_after, _TZStr):
                return self._tz_after.get_trans_info(ts, dt.year, dt.fold)
            return self._tz_after
        idx = _bisect.bisect_right(lt, ts)
        return self._ttinfos[idx - 1]

    @staticmethod
    def _get_local_timestamp(dt):
        return ((dt.toordinal() - _EPOCHORDINAL) * 86400 + dt.hour * 3600 + dt.minute * 60 + dt.second)

    def __str__(self):
        if self._key is not None:
            return f'{self._key}'
        return repr(self)

    def __repr__(self):
        if self._key is not None:
            return f'{self.__class__.__module__}.{self.__class__.__qualname__}(key={self._key!r})'
        return f'{self.__class__.__module__}.{self.__class__.__qualname__}.from_file({self._file_repr})'

    def __reduce__(self):
        return (self.__class__._unpickle, (self._key, self._from_cache))

    def _file_reduce(self):
        import pickle
        raise pickle.PicklingError('Cannot pickle a ZoneInfo file created from a file stream.')

    @classmethod
    def _unpickle(cls, key, from_cache, /):
        if from_cache:
            return cls(key)
        return cls.no_cache(key)

    def _load_file(self, fobj):
        trans_idx, trans_utc, utcoff, isdst, abbr, tz_str = _load_data(fobj)
        dstoff = _dst_offsets(trans_idx, utcoff, isdst)
        trans_local = _ts_to_local(trans_idx, trans_utc, utcoff)
        cache = {}
        ttinfos = []
        for off, dst, name in zip(utcoff, dstoff, abbr):
            k = (off, dst, name)
            if k not in cache:
                cache[k] = _TTInfo(_timedelta(seconds=off), _timedelta(seconds=dst), name)
            ttinfos.append(cache[k])
        self._trans_list_utc = trans_utc
        self._trans_list = trans_local
        self._ttinfos = [ttinfos[i] for i in trans_idx]
        unique = list(cache.values())
        self._tti_before = ttinfos[0] if ttinfos else None
        for i, d in enumerate(isdst):  # before the first transition: the first standard type
            if not d:
                self._tti_before = ttinfos[i]
                break
        if tz_str is not None and tz_str != '':
            self._tz_after = _parse_tz_str(tz_str)
        else:
            if not ttinfos and not trans_idx:
                raise ValueError('No time zone information found.')
            self._tz_after = self._ttinfos[-1] if self._ttinfos else ttinfos[0]
        if len(unique) > 1 or not isinstance(self._tz_after, _TTInfo):
            self._fixed_offset = False
        elif not unique:
            self._fixed_offset = True
        else:
            self._fixed_offset = unique[0] == self._tz_after


ZoneInfo._weak_cache = {}
ZoneInfo._strong_cache = {}
ZoneInfo.__module__ = 'zoneinfo'
