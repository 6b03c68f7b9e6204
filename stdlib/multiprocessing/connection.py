"""multiprocessing.connection — Pipe() and Connection over OS pipes (written for minipy).

Owns: Connection (send/recv of pickled objects, send_bytes/recv_bytes,
poll, close) with CPython's framing (a 4-byte big-endian length, or -1 and
an 8-byte length for huge messages), and wait() on connections/sentinels.
A duplex Pipe uses two OS pipes (CPython uses a socketpair).
"""

import os
import posix as _posix
import pickle

__all__ = ['Pipe', 'Connection', 'wait']


def _write_all(fd, data):
    view = memoryview(data) if not isinstance(data, bytes) else data
    while view:
        n = os.write(fd, view)
        view = view[n:]


class Connection:
    def __init__(self, rfd, wfd, readable=True, writable=True):
        if not readable and not writable:
            raise ValueError("at least one of `readable` and `writable` must be True")
        self._rfd = rfd if readable else None
        self._wfd = wfd if writable else None
        self._readable = readable
        self._writable = writable

    def _check_closed(self):
        if self._rfd is None and self._wfd is None:
            raise OSError("handle is closed")

    def _check_readable(self):
        if not self._readable:
            raise OSError("connection is write-only")

    def _check_writable(self):
        if not self._writable:
            raise OSError("connection is read-only")

    @property
    def closed(self):
        return self._rfd is None and self._wfd is None

    @property
    def readable(self):
        return self._readable

    @property
    def writable(self):
        return self._writable

    def fileno(self):
        self._check_closed()
        return self._rfd if self._rfd is not None else self._wfd

    def close(self):
        for attr in ('_rfd', '_wfd'):
            fd = getattr(self, attr)
            if fd is not None:
                setattr(self, attr, None)
                if not (attr == '_wfd' and fd == self._rfd):
                    try:
                        os.close(fd)
                    except OSError:
                        pass

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, exc_tb):
        self.close()

    # ---------------------------------------------------------------- bytes
    def _send_bytes(self, buf):
        n = len(buf)
        if n > 0x7fffffff:
            header = (-1).to_bytes(4, 'big', signed=True) + n.to_bytes(8, 'big')
            _write_all(self._wfd, header)
            _write_all(self._wfd, buf)
        elif n > 16384:
            _write_all(self._wfd, n.to_bytes(4, 'big', signed=True))
            _write_all(self._wfd, buf)
        else:
            _write_all(self._wfd, n.to_bytes(4, 'big', signed=True) + bytes(buf))

    def _recv_exact(self, size):
        chunks = []
        remaining = size
        while remaining > 0:
            chunk = os.read(self._rfd, min(remaining, 1 << 20))
            if not chunk:
                if remaining == size:
                    raise EOFError
                raise OSError("got end of file during message")
            chunks.append(chunk)
            remaining -= len(chunk)
        return b''.join(chunks)

    def _recv_bytes(self, maxsize=None):
        size = int.from_bytes(self._recv_exact(4), 'big', signed=True)
        if size == -1:
            size = int.from_bytes(self._recv_exact(8), 'big')
        if maxsize is not None and size > maxsize:
            return None
        if size == 0:
            return b''
        return self._recv_exact(size)

    def send_bytes(self, buf, offset=0, size=None):
        self._check_closed()
        self._check_writable()
        m = bytes(buf)
        n = len(m)
        if offset < 0:
            raise ValueError("offset is negative")
        if n < offset:
            raise ValueError("buffer length < offset")
        if size is None:
            size = n - offset
        elif size < 0:
            raise ValueError("size is negative")
        elif offset + size > n:
            raise ValueError("buffer length < offset + size")
        self._send_bytes(m[offset:offset + size])

    def send(self, obj):
        self._check_closed()
        self._check_writable()
        self._send_bytes(pickle.dumps(obj))

    def recv_bytes(self, maxlength=None):
        self._check_closed()
        self._check_readable()
        if maxlength is not None and maxlength < 0:
            raise ValueError("negative maxlength")
        buf = self._recv_bytes(maxlength)
        if buf is None:
            self.close()
            raise OSError("bad message length")
        return buf

    def recv_bytes_into(self, buf, offset=0):
        self._check_closed()
        self._check_readable()
        data = self._recv_bytes()
        if offset < 0 or offset > len(buf):
            raise ValueError("offset out of bounds")
        if offset + len(data) > len(buf):
            raise BufferTooShort(data)
        buf[offset:offset + len(data)] = data
        return len(data)

    def recv(self):
        self._check_closed()
        self._check_readable()
        return pickle.loads(self._recv_bytes())

    def poll(self, timeout=0.0):
        self._check_closed()
        self._check_readable()
        return _posix._mp_poll(self._rfd, timeout)

    def __reduce__(self):
        raise TypeError("cannot pickle 'Connection' object")


class BufferTooShort(Exception):
    pass


def Pipe(duplex=True):
    if duplex:
        r1, w1 = os.pipe()
        r2, w2 = os.pipe()
        return Connection(r1, w2), Connection(r2, w1)
    r, w = os.pipe()
    return Connection(r, None, writable=False), Connection(None, w, readable=False)


def wait(object_list, timeout=None):
    """Return the objects of object_list that are ready (readable connections, exited sentinels)."""
    import time
    deadline = None if timeout is None else time.monotonic() + timeout
    while True:
        ready = []
        for o in object_list:
            fd = o if isinstance(o, int) else o.fileno()
            if _posix._mp_poll(fd, 0):
                ready.append(o)
        if ready:
            return ready
        if deadline is not None and time.monotonic() >= deadline:
            return []
        time.sleep(0.001)
