# stdlib/dbm/__init__.py — the generic dbm interface. minipy has only the
# pure-Python dbm.dumb backend (like a CPython built without gdbm/ndbm, which
# is what CPython 3.11 uses on this platform): open(), whichdb(), error.
import io
import os
import struct
import sys

__all__ = ['open', 'whichdb', 'error']


class error(Exception):
    pass


_names = ['dbm.gnu', 'dbm.ndbm', 'dbm.dumb']
_defaultmod = None
_modules = {}

error = (error, OSError)


def open(file, flag='r', mode=0o666):
    global _defaultmod
    if _defaultmod is None:
        import dbm.dumb as _dumb
        _defaultmod = _dumb
        _modules['dbm.dumb'] = _dumb
    result = whichdb(file) if 'n' not in flag else None
    if result is None:
        if 'c' in flag or 'n' in flag:
            mod = _defaultmod
        else:
            raise error[0]("db file doesn't exist; use 'c' or 'n' flag to create a new db")
    elif result == '':
        raise error[0]('db type could not be determined')
    elif result not in _modules:
        raise error[0]('db type is {0}, but the module is not available'.format(result))
    else:
        mod = _modules[result]
    return mod.open(file, flag, mode)


def whichdb(filename):
    filename = os.fsencode(filename)
    try:
        f = io.open(filename + b'.pag', 'rb')
        f.close()
        f = io.open(filename + b'.dir', 'rb')
        f.close()
        return 'dbm.ndbm'
    except OSError:
        try:
            f = io.open(filename + b'.db', 'rb')
            f.close()
            return 'dbm.ndbm'
        except OSError:
            pass
    try:
        os.stat(filename + b'.dat')
        size = os.stat(filename + b'.dir').st_size
        if size == 0:
            return 'dbm.dumb'
        f = io.open(filename + b'.dir', 'rb')
        try:
            if f.read(1) in (b"'", b'"'):
                return 'dbm.dumb'
        finally:
            f.close()
    except OSError:
        pass
    try:
        f = io.open(filename, 'rb')
    except OSError:
        return None
    with f:
        s16 = f.read(16)
    s = s16[0:4]
    if len(s) != 4:
        return ''
    try:
        (magic,) = struct.unpack('=l', s)
    except struct.error:
        return ''
    if magic in (0x13579ace, 0x13579acd, 0x13579acf):
        return 'dbm.gnu'
    try:
        (magic,) = struct.unpack('=l', s16[-4:])
    except struct.error:
        return ''
    return ''
