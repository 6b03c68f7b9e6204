"""Shared memory that outlives a process and can be attached to by name.

SharedMemory wraps a POSIX shared-memory object (shm_open) mapped with mmap;
ShareableList stores a fixed-length list of int, float, bool, str, bytes and
None values in one SharedMemory block so that processes can share it by name.
The API and error messages follow CPython 3.11's multiprocessing.shared_memory.
"""

__all__ = ['SharedMemory', 'ShareableList']

import errno
import functools
import mmap
import os
import secrets
import struct
import types

import _posixshmem

_O_CREX = os.O_CREAT | os.O_EXCL

# Short names: some systems limit shared-memory names to 14 characters.
_SHM_SAFE_NAME_LENGTH = 14
_SHM_NAME_PREFIX = '/psm_'


def _make_filename():
    """/psm_ followed by 8 random hex digits: 13 characters in all."""
    nbytes = (_SHM_SAFE_NAME_LENGTH - len(_SHM_NAME_PREFIX)) // 2
    return _SHM_NAME_PREFIX + secrets.token_hex(nbytes)


class SharedMemory:
    """A POSIX shared-memory block, new (create=True, `size` bytes, a
    random name unless one is given) or existing (attached by name).
    close() drops this process's mapping; unlink() removes the block's name
    so the memory goes once every process has closed it.
    """

    _name = None
    _fd = -1
    _mmap = None
    _buf = None
    _flags = os.O_RDWR
    _mode = 0o600
    _prepend_leading_slash = True

    def __init__(self, name=None, create=False, size=0):
        if not size >= 0:
            raise ValueError("'size' must be a positive integer")
        if create:
            self._flags = _O_CREX | os.O_RDWR
            if size == 0:
                raise ValueError("'size' must be a positive number different from zero")
        if name is None and not self._flags & os.O_EXCL:
            raise ValueError("'name' can only be None if create=True")

        if name is None:
            while True:
                name = _make_filename()
                try:
                    self._fd = _posixshmem.shm_open(name, self._flags, mode=self._mode)
                except FileExistsError:
                    continue
                self._name = name
                break
        else:
            name = "/" + name if self._prepend_leading_slash else name
            self._fd = _posixshmem.shm_open(name, self._flags, mode=self._mode)
            self._name = name
        try:
            if create and size:
                os.ftruncate(self._fd, size)
            stats = os.fstat(self._fd)
            size = stats.st_size
            self._mmap = mmap.mmap(self._fd, size)
        except OSError:
            self.unlink()
            raise
        self._size = size
        self._buf = memoryview(self._mmap)

    def __del__(self):
        try:
            self.close()
        except OSError:
            pass

    def __reduce__(self):
        return (self.__class__, (self.name, False, self.size))

    def __repr__(self):
        return f'{self.__class__.__name__}({self.name!r}, size={self.size})'

    @property
    def buf(self):
        "The block's bytes, as a writable memoryview."
        return self._buf

    @property
    def name(self):
        "The name other processes attach with (without the leading slash)."
        reported_name = self._name
        if self._prepend_leading_slash and self._name.startswith("/"):
            reported_name = self._name[1:]
        return reported_name

    @property
    def size(self):
        "The block's size in bytes."
        return self._size

    def close(self):
        """Unmap the block from this instance; the block itself stays."""
        if self._buf is not None:
            self._buf.release()
            self._buf = None
        if self._mmap is not None:
            self._mmap.close()
            self._mmap = None
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1

    def unlink(self):
        """Remove the block's name (once, from one process); the memory is
        freed when the last mapping of it goes."""
        if self._name:
            _posixshmem.shm_unlink(self._name)


# ---------------------------------------------------------------- ShareableList
# minipy's block layout (its own; only processes running minipy share it):
#   offset 0           int64   number of items n
#   offset 8           n slot descriptors, 24 bytes each (_SLOT):
#                      data offset, capacity, used length, kind
#   after them         the slots' data, each `capacity` bytes
# A slot's capacity is fixed when the list is made: 8 bytes for int, float,
# bool and None; for str/bytes the encoded length rounded up to the next
# multiple of 8 (always leaving room to grow, as CPython sizes them).
_SLOT = struct.Struct("<qIIB7x")
_HEADER = struct.Struct("<q")
_KIND_INT, _KIND_FLOAT, _KIND_BOOL, _KIND_STR, _KIND_BYTES, _KIND_NONE = range(6)
_SCALAR = {_KIND_INT: struct.Struct("<q"), _KIND_FLOAT: struct.Struct("<d"), _KIND_BOOL: struct.Struct("<?")}
# What .format reports per kind (the struct formats CPython documents).
_FORMAT = {_KIND_INT: "q", _KIND_FLOAT: "d", _KIND_BOOL: "xxxxxxx?", _KIND_NONE: "xxxxxx?x"}


def _kind_of(value):
    t = type(value)
    if t is bool:
        return _KIND_BOOL
    if t is int:
        return _KIND_INT
    if t is float:
        return _KIND_FLOAT
    if t is str:
        return _KIND_STR
    if t is bytes:
        return _KIND_BYTES
    if value is None:
        return _KIND_NONE
    raise KeyError(t)  # CPython: a lookup in its table of supported types


def _payload(kind, value):
    return value.encode("utf8") if kind == _KIND_STR else value


class ShareableList:
    """A fixed-length list of int, float, bool, str, bytes and None values
    stored in one SharedMemory block, so processes can share it by name.
    Pass a sequence to create one, or name= to attach to an existing one.
    """

    def __init__(self, sequence=None, *, name=None):
        if name is None or sequence is not None:
            items = list(sequence or ())
            kinds = [_kind_of(v) for v in items]
            caps = [8 * (len(_payload(k, v)) // 8 + 1) if k in (_KIND_STR, _KIND_BYTES) else 8
                    for k, v in zip(kinds, items)]
            data_start = _HEADER.size + _SLOT.size * len(items)
            self.shm = SharedMemory(name, create=True, size=max(1, data_start + sum(caps)))
            buf = self.shm.buf
            _HEADER.pack_into(buf, 0, len(items))
            offset = data_start
            for i, (k, cap) in enumerate(zip(kinds, caps)):
                _SLOT.pack_into(buf, _HEADER.size + i * _SLOT.size, offset, cap, 0, k)
                offset += cap
            for i, v in enumerate(items):
                self._store(i, kinds[i], v)
        else:
            self.shm = SharedMemory(name)

    # -- slot access
    def _slot(self, i):
        return _SLOT.unpack_from(self.shm.buf, _HEADER.size + i * _SLOT.size)

    def _position(self, position):
        n = len(self)
        if position < 0:
            position += n
        return position if 0 <= position < n else None

    def _store(self, i, kind, value):
        offset, cap, _used, _old = self._slot(i)
        buf = self.shm.buf
        if kind in _SCALAR:
            _SCALAR[kind].pack_into(buf, offset, value)
            used = _SCALAR[kind].size
        elif kind == _KIND_NONE:
            used = 0
        else:
            data = _payload(kind, value)
            if len(data) > cap:
                raise ValueError("bytes/str item exceeds available storage")
            buf[offset:offset + len(data)] = data
            used = len(data)
        _SLOT.pack_into(buf, _HEADER.size + i * _SLOT.size, offset, cap, used, kind)

    def __getitem__(self, position):
        i = self._position(position)
        if i is None:
            raise IndexError("index out of range")
        offset, _cap, used, kind = self._slot(i)
        if kind in _SCALAR:
            return _SCALAR[kind].unpack_from(self.shm.buf, offset)[0]
        if kind == _KIND_NONE:
            return None
        data = bytes(self.shm.buf[offset:offset + used])
        return data.decode("utf8") if kind == _KIND_STR else data

    def __setitem__(self, position, value):
        i = self._position(position)
        if i is None:
            raise IndexError("assignment index out of range")
        self._store(i, _kind_of(value), value)

    def __len__(self):
        return _HEADER.unpack_from(self.shm.buf, 0)[0]

    def __iter__(self):
        for i in range(len(self)):
            yield self[i]

    def __reduce__(self):
        return functools.partial(self.__class__, name=self.shm.name), ()

    def __repr__(self):
        return f'{self.__class__.__name__}({list(self)}, name={self.shm.name!r})'

    @property
    def format(self):
        "The struct format of the stored items, item by item."
        parts = []
        for i in range(len(self)):
            _offset, cap, _used, kind = self._slot(i)
            parts.append(_FORMAT.get(kind) or "%ds" % cap)
        return "".join(parts)

    def count(self, value):
        "L.count(value) -> integer -- return number of occurrences of value."
        return sum(1 for entry in self if value == entry)

    def index(self, value):
        """L.index(value) -> integer -- return first index of value.
        Raises ValueError if the value is not present."""
        for position, entry in enumerate(self):
            if value == entry:
                return position
        raise ValueError(f"{value!r} not in this container")

    __class_getitem__ = classmethod(types.GenericAlias)
