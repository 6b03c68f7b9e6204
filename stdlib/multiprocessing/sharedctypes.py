"""multiprocessing.sharedctypes — Value and Array in shared memory (written for minipy).

Owns: RawValue/RawArray (typed elements in MAP_SHARED|MAP_ANONYMOUS memory
from posix._mp_shm_new, inherited by children forked later) and the
Synchronized wrappers returned by Value/Array (with a lock). Types are given
as array-module typecodes ('i', 'd', 'c', ...) or ctypes-style names
('c_int', 'c_double', ...), since minipy has no ctypes.
"""

import posix as _posix

__all__ = ['RawValue', 'RawArray', 'Value', 'Array', 'copy', 'synchronized']

_SIZES = {'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8,
          'q': 8, 'Q': 8, 'f': 4, 'd': 8, 'u': 4}
_CTYPES_NAMES = {'c': 'c_char', 'b': 'c_byte', 'B': 'c_ubyte', '?': 'c_bool', 'h': 'c_short', 'H': 'c_ushort',
                 'i': 'c_int', 'I': 'c_uint', 'l': 'c_long', 'L': 'c_ulong', 'q': 'c_longlong',
                 'Q': 'c_ulonglong', 'f': 'c_float', 'd': 'c_double', 'u': 'c_wchar'}
_FROM_CTYPES = {v: k for k, v in _CTYPES_NAMES.items()}
_FROM_CTYPES['c_int64'] = 'q'
_FROM_CTYPES['c_int32'] = 'i'
_FROM_CTYPES['c_size_t'] = 'L'
_DEFAULTS = {'c': b'\x00', 'f': 0.0, 'd': 0.0, 'u': '\x00', '?': False}


def _typecode(t):
    if isinstance(t, str):
        code = _FROM_CTYPES.get(t, t)
    else:
        code = _FROM_CTYPES.get(getattr(t, '__name__', None))
    if code not in _SIZES:
        raise TypeError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
    return code


class _RawValue:
    def __init__(self, code, handle):
        self._code = code
        self._handle = handle

    @property
    def value(self):
        return _posix._mp_shm_get(self._handle, self._code, 0)

    @value.setter
    def value(self, v):
        _posix._mp_shm_set(self._handle, self._code, 0, v)

    def __repr__(self):
        return '%s(%r)' % (_CTYPES_NAMES[self._code], self.value)

    def __reduce__(self):
        raise RuntimeError("shared values should only be shared between processes through inheritance")


class _RawArray:
    def __init__(self, code, length, handle):
        self._code = code
        self._length = length
        self._handle = handle

    def __len__(self):
        return self._length

    def _index(self, i):
        if i < 0:
            i += self._length
        if not 0 <= i < self._length:
            raise IndexError("invalid index")
        return i

    def __getitem__(self, i):
        if isinstance(i, slice):
            items = [_posix._mp_shm_get(self._handle, self._code, j) for j in range(*i.indices(self._length))]
            if self._code == 'c':
                return b''.join(items)
            if self._code == 'u':
                return ''.join(items)
            return items
        return _posix._mp_shm_get(self._handle, self._code, self._index(i))

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            idx = range(*i.indices(self._length))
            if self._code in 'cu' and isinstance(v, (bytes, str)):
                v = [v[k:k + 1] for k in range(len(v))] if self._code == 'c' else list(v)
            v = list(v)
            if len(v) != len(idx):
                raise ValueError("Can only assign sequence of same size")
            for j, x in zip(idx, v):
                _posix._mp_shm_set(self._handle, self._code, j, x)
            return
        _posix._mp_shm_set(self._handle, self._code, self._index(i), v)

    def __iter__(self):
        for j in range(self._length):
            yield _posix._mp_shm_get(self._handle, self._code, j)

    @property
    def value(self):
        if self._code == 'c':
            data = self[:]
            n = data.find(b'\x00')
            return data if n < 0 else data[:n]
        if self._code == 'u':
            data = self[:]
            n = data.find('\x00')
            return data if n < 0 else data[:n]
        raise AttributeError("'%s_Array_%d' object has no attribute 'value'" % (_CTYPES_NAMES[self._code],
                                                                               self._length))

    @value.setter
    def value(self, v):
        if len(v) > self._length:
            raise ValueError("byte string too long")
        self[:len(v)] = v
        if len(v) < self._length:
            self[len(v)] = b'\x00' if self._code == 'c' else '\x00'

    @property
    def raw(self):
        return self[:]

    def __repr__(self):
        return '<%s_Array_%d object>' % (_CTYPES_NAMES[self._code], self._length)

    def __reduce__(self):
        raise RuntimeError("shared arrays should only be shared between processes through inheritance")


def RawValue(typecode_or_type, *args):
    code = _typecode(typecode_or_type)
    v = _RawValue(code, _posix._mp_shm_new(_SIZES[code]))
    if args:
        v.value = args[0]
    return v


def RawArray(typecode_or_type, size_or_initializer):
    code = _typecode(typecode_or_type)
    if isinstance(size_or_initializer, int):
        a = _RawArray(code, size_or_initializer, _posix._mp_shm_new(_SIZES[code] * max(size_or_initializer, 1)))
    else:
        init = size_or_initializer
        if code == 'c' and isinstance(init, (bytes, bytearray)):
            init = [bytes((b,)) for b in init]
        init = list(init)
        a = _RawArray(code, len(init), _posix._mp_shm_new(_SIZES[code] * max(len(init), 1)))
        for i, x in enumerate(init):
            a[i] = x
    return a


def _make_lock(lock):
    if lock is True or lock is None:
        from .synchronize import RLock
        return RLock()
    if lock is False:
        return None
    if not hasattr(lock, 'acquire'):
        raise AttributeError("%r has no method 'acquire'" % lock)
    return lock


def Value(typecode_or_type, *args, lock=True, ctx=None):
    obj = RawValue(typecode_or_type, *args)
    if lock is False:
        return obj
    return Synchronized(obj, _make_lock(lock))


def Array(typecode_or_type, size_or_initializer, *, lock=True, ctx=None):
    obj = RawArray(typecode_or_type, size_or_initializer)
    if lock is False:
        return obj
    if obj._code in 'cu':
        return SynchronizedString(obj, _make_lock(lock))
    return SynchronizedArray(obj, _make_lock(lock))


def copy(obj):
    if isinstance(obj, _RawArray):
        return RawArray(obj._code, list(obj))
    return RawValue(obj._code, obj.value)


def synchronized(obj, lock=None, ctx=None):
    if isinstance(obj, _RawArray):
        if obj._code in 'cu':
            return SynchronizedString(obj, _make_lock(lock))
        return SynchronizedArray(obj, _make_lock(lock))
    return Synchronized(obj, _make_lock(lock))


class SynchronizedBase:
    def __init__(self, obj, lock=None, ctx=None):
        self._obj = obj
        self._lock = lock if lock is not None else _make_lock(True)
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __reduce__(self):
        raise RuntimeError("Synchronized objects should only be shared between processes through inheritance")

    def get_obj(self):
        return self._obj

    def get_lock(self):
        return self._lock

    def __repr__(self):
        return '<%s wrapper for %s>' % (type(self).__name__, self._obj)


class Synchronized(SynchronizedBase):
    @property
    def value(self):
        with self._lock:
            return self._obj.value

    @value.setter
    def value(self, v):
        with self._lock:
            self._obj.value = v


class SynchronizedArray(SynchronizedBase):
    def __len__(self):
        return len(self._obj)

    def __getitem__(self, i):
        with self._lock:
            return self._obj[i]

    def __setitem__(self, i, value):
        with self._lock:
            self._obj[i] = value

    def __getslice__(self, start, stop):
        with self._lock:
            return self._obj[start:stop]

    def __iter__(self):
        with self._lock:
            items = self._obj[:]
        return iter(items)


class SynchronizedString(SynchronizedArray):
    @property
    def value(self):
        with self._lock:
            return self._obj.value

    @value.setter
    def value(self, v):
        with self._lock:
            self._obj.value = v

    @property
    def raw(self):
        with self._lock:
            return self._obj.raw
