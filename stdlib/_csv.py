"""CSV parsing and writing."""
# minipy: _csv (CPython 3.11's API). Owns the Dialect validation object, the
# dialect registry and the field size limit. The reader and writer objects
# (CPython's parsing state machine and quoting rules) are native:
# stdlib/csvmodule.cpp (_csvcore).

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)


class Error(Exception):
    pass


_dialects = {}
_limit = [128 * 1024]

_DIALECT_ATTRS = ('delimiter', 'doublequote', 'escapechar', 'lineterminator',
                  'quotechar', 'quoting', 'skipinitialspace', 'strict')
_MISSING = object()


def _char(name, value, default):
    if value is _MISSING:
        return default
    if not isinstance(value, str):
        raise TypeError('"%s" must be string, not %s' % (name, type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


def _char_or_none(name, value, default):
    if value is _MISSING:
        return default
    if value is None:
        return None
    if not isinstance(value, str):
        raise TypeError('"%s" must be string or None, not %s' % (name, type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


class Dialect:
    """The validated formatting parameters of a CSV reader or writer."""
    __slots__ = ('_delimiter', '_doublequote', '_escapechar', '_lineterminator',
                 '_quotechar', '_quoting', '_skipinitialspace', '_strict')

    def __new__(cls, dialect=None, **kwargs):
        for k in kwargs:
            if k not in _DIALECT_ATTRS:
                raise TypeError("'%s' is an invalid keyword argument for this function" % k)
        if dialect is not None and isinstance(dialect, str):
            dialect = get_dialect(dialect)
        # an existing, unmodified Dialect object is shared as it is
        if type(dialect) is Dialect and not kwargs:
            return dialect
        vals = {}
        for name in _DIALECT_ATTRS:
            v = kwargs.get(name, _MISSING)
            if v is _MISSING and dialect is not None:
                try:
                    v = getattr(dialect, name)
                except AttributeError:
                    v = _MISSING
            vals[name] = v
        self = object.__new__(cls)
        s = object.__setattr__
        s(self, '_delimiter', _char('delimiter', vals['delimiter'], ','))
        dq = vals['doublequote']
        s(self, '_doublequote', True if dq is _MISSING else bool(dq))
        s(self, '_escapechar', _char_or_none('escapechar', vals['escapechar'], None))
        lt = vals['lineterminator']
        if lt is _MISSING:
            lt = '\r\n'
        elif lt is not None and not isinstance(lt, str):
            raise TypeError('"lineterminator" must be a string')
        s(self, '_lineterminator', lt)
        qc = vals['quotechar']
        s(self, '_quotechar', _char_or_none('quotechar', qc, '"'))
        q = vals['quoting']
        if q is _MISSING:
            quoting = QUOTE_MINIMAL
        elif not isinstance(q, int):
            raise TypeError('"quoting" must be an integer')
        else:
            quoting = q
        sp = vals['skipinitialspace']
        s(self, '_skipinitialspace', False if sp is _MISSING else bool(sp))
        st = vals['strict']
        s(self, '_strict', False if st is _MISSING else bool(st))
        if quoting not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE):
            raise TypeError('bad "quoting" value')
        if qc is None and q is _MISSING:
            quoting = QUOTE_NONE
        s(self, '_quoting', int(quoting))
        if quoting != QUOTE_NONE and self._quotechar is None:
            raise TypeError('quotechar must be set if quoting enabled')
        if lt is None:
            raise TypeError('lineterminator must be set')
        return self

    def __setattr__(self, name, value):
        if name in _DIALECT_ATTRS:
            raise AttributeError("attribute '%s' of '_csv.Dialect' objects is not writable" % name)
        raise AttributeError("'_csv.Dialect' object has no attribute '%s'" % name)

    def __reduce_ex__(self, proto):
        raise TypeError("cannot pickle '_csv.Dialect' object")

    delimiter = property(lambda self: self._delimiter)
    doublequote = property(lambda self: self._doublequote)
    escapechar = property(lambda self: self._escapechar)
    lineterminator = property(lambda self: self._lineterminator)
    quotechar = property(lambda self: self._quotechar)
    quoting = property(lambda self: self._quoting)
    skipinitialspace = property(lambda self: self._skipinitialspace)
    strict = property(lambda self: self._strict)


def register_dialect(*args, **kwargs):
    """Register a dialect (an object with dialect attributes, and/or keyword
    parameters) under a name."""
    if not 1 <= len(args) <= 2:
        if not args:
            raise TypeError("register_dialect expected at least 1 argument, got 0")
        raise TypeError("register_dialect expected at most 2 arguments, got %d" % len(args))
    name = args[0]
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    d = Dialect(args[1] if len(args) > 1 else None, **kwargs)
    _dialects[name] = d


def unregister_dialect(name):
    """Forget a registered dialect."""
    if _dialects.pop(name, None) is None:
        raise Error("unknown dialect")


def get_dialect(name):
    """The registered dialect of that name."""
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def list_dialects():
    """The names of the registered dialects."""
    return list(_dialects)


def field_size_limit(*args, **kwargs):
    """field_size_limit([new_limit]): the largest field a reader accepts;
    returns the previous limit (and sets new_limit when given)."""
    if kwargs:
        if 'new_limit' in kwargs and len(kwargs) == 1 and not args:
            args = (kwargs['new_limit'],)
        else:
            k = next(iter(kwargs))
            raise TypeError("field_size_limit() got an unexpected keyword argument '%s'" % k)
    if len(args) > 1:
        raise TypeError("field_size_limit() takes at most 1 argument (%d given)" % len(args))
    old = _limit[0]
    if args:
        new = args[0]
        if not isinstance(new, int):
            raise TypeError("limit must be an integer")
        _limit[0] = new
    return old


# ---------------------------------------------------------------- reader / writer
# The objects themselves are native (stdlib/csvmodule.cpp): they get the
# validated dialect, the Error class and the box holding the field size limit.
import _csvcore

Reader = _csvcore.Reader
Writer = _csvcore.Writer


def reader(*args, **kwargs):
    """reader(iterable, dialect='excel', **fmtparams): an iterator over the
    rows (lists of str) of CSV text read line by line from iterable."""
    if not 1 <= len(args) <= 2:
        if not args:
            raise TypeError(" expected at least 1 argument, got 0")
        raise TypeError(" expected at most 2 arguments, got %d" % len(args))
    it = iter(args[0])
    dialect = Dialect(args[1] if len(args) > 1 else kwargs.pop('dialect', None), **kwargs)
    return _csvcore.reader(it, dialect, Error, _limit)


def writer(*args, **kwargs):
    """writer(fileobj, dialect='excel', **fmtparams): an object whose
    writerow()/writerows() write CSV records to fileobj.write()."""
    if not 1 <= len(args) <= 2:
        if not args:
            raise TypeError(" expected at least 1 argument, got 0")
        raise TypeError(" expected at most 2 arguments, got %d" % len(args))
    write = getattr(args[0], 'write', None)
    if write is None or not callable(write):
        raise TypeError('argument 1 must have a "write" method')
    dialect = Dialect(args[1] if len(args) > 1 else kwargs.pop('dialect', None), **kwargs)
    return _csvcore.writer(write, dialect, Error)
