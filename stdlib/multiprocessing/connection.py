"""multiprocessing.connection — Pipe() and Connection over OS pipes (written for minipy).

Owns: Connection (send/recv of pickled objects, send_bytes/recv_bytes,
poll, close) with CPython's framing (a 4-byte big-endian length, or -1 and
an 8-byte length for huge messages), wait() on connections/sentinels
(select), and Listener/Client over sockets with CPython's authkey challenge.
A duplex Pipe uses two OS pipes (CPython uses a socketpair).
"""

import os
import sys
import posix as _posix
import pickle

from .context import BufferTooShort, AuthenticationError

__all__ = ['Client', 'Listener', 'Pipe', 'wait']


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


def Pipe(duplex=True):
    if duplex:
        r1, w1 = os.pipe()
        r2, w2 = os.pipe()
        return Connection(r1, w2), Connection(r2, w1)
    r, w = os.pipe()
    return Connection(r, None, writable=False), Connection(None, w, readable=False)


def wait(object_list, timeout=None):
    """Return the objects of object_list that are ready: readable connections,
    sentinels (descriptors) of processes that exited; [] after timeout."""
    import select
    import time
    deadline = None if timeout is None else time.monotonic() + timeout
    fds = {}
    for o in object_list:
        fd = o if isinstance(o, int) else o.fileno()
        fds.setdefault(fd, []).append(o)
    while True:
        remaining = None
        if deadline is not None:
            remaining = max(deadline - time.monotonic(), 0)
        try:
            ready, _, _ = select.select(list(fds), [], [], remaining)
        except InterruptedError:
            continue
        if ready or remaining == 0:
            ready = set(ready)
            return [o for o in object_list if (o if isinstance(o, int) else o.fileno()) in ready]


# ---------------------------------------------------------------- sockets
# Listener/Client carry Connections over stream sockets (AF_UNIX or AF_INET).
# With an authkey both ends run CPython's HMAC challenge (so minipy and
# CPython peers can talk), when the hmac module is available. An AF_UNIX
# Listener (an abstract name by default, which file permissions cannot
# protect) also refuses peers running as another user.

MESSAGE_LENGTH = 20
CHALLENGE = b'#CHALLENGE#'
WELCOME = b'#WELCOME#'
FAILURE = b'#FAILURE#'
_SOL_SOCKET = 1
_SO_PEERCRED = 17


def _hmac_digest(authkey, message):
    import hmac
    return hmac.new(authkey, message, 'md5').digest()


def _auth_available():
    try:
        import hmac  # noqa: F401
        return True
    except ImportError:
        return False


def deliver_challenge(connection, authkey):
    if not isinstance(authkey, bytes):
        raise ValueError("Authkey must be bytes, not {0!s}".format(type(authkey)))
    message = os.urandom(MESSAGE_LENGTH)
    connection.send_bytes(CHALLENGE + message)
    digest = _hmac_digest(authkey, message)
    response = connection.recv_bytes(256)
    if response == digest:
        connection.send_bytes(WELCOME)
    else:
        connection.send_bytes(FAILURE)
        raise AuthenticationError('digest received was wrong')


def answer_challenge(connection, authkey):
    if not isinstance(authkey, bytes):
        raise ValueError("Authkey must be bytes, not {0!s}".format(type(authkey)))
    message = connection.recv_bytes(256)
    assert message[:len(CHALLENGE)] == CHALLENGE, 'message = %r' % message
    message = message[len(CHALLENGE):]
    digest = _hmac_digest(authkey, message)
    connection.send_bytes(digest)
    response = connection.recv_bytes(256)
    if response != WELCOME:
        raise AuthenticationError('digest sent was rejected')


def address_type(address):
    if isinstance(address, tuple):
        return 'AF_INET'
    if isinstance(address, str):
        return 'AF_UNIX'
    raise ValueError('address type of %r unrecognized' % (address,))


def arbitrary_address(family):
    if family == 'AF_INET':
        return ('localhost', 0)
    if family == 'AF_UNIX':
        # An abstract socket name: nothing to clean up in the file system.
        return '\0minipy-listener-' + os.urandom(8).hex()
    raise ValueError('unrecognized family')


def _socket_connection(sock):
    fd = sock.detach()
    return Connection(fd, fd)


class Listener(object):
    def __init__(self, address=None, family=None, backlog=1, authkey=None):
        import socket
        family = family or (address and address_type(address)) or 'AF_UNIX'
        address = address or arbitrary_address(family)
        if family == 'AF_INET':
            sock = socket.socket(socket.AF_INET)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        elif family == 'AF_UNIX':
            sock = socket.socket(socket.AF_UNIX)
        else:
            raise ValueError('unrecognized family')
        try:
            sock.bind(address)
            sock.listen(backlog)
        except OSError:
            sock.close()
            raise
        if authkey is not None and not isinstance(authkey, bytes):
            sock.close()
            raise TypeError('authkey should be a byte string')
        self._socket = sock
        self._family = family
        self._authkey = authkey
        addr = sock.getsockname()
        if family == 'AF_UNIX' and isinstance(addr, bytes):
            addr = addr.decode('latin-1')
        self._address = addr
        self._last_accepted = None

    def accept(self):
        if self._socket is None:
            raise OSError('listener is closed')
        s, addr = self._socket.accept()
        self._last_accepted = addr
        if self._family == 'AF_UNIX':
            try:
                creds = s.getsockopt(_SOL_SOCKET, _SO_PEERCRED, 12)
                uid = int.from_bytes(creds[4:8], sys.byteorder)
            except OSError:
                uid = None
            if uid is not None and uid != os.getuid():
                s.close()
                raise AuthenticationError('connection from another user refused')
        c = _socket_connection(s)
        if self._authkey is not None and _auth_available():
            try:
                deliver_challenge(c, self._authkey)
                answer_challenge(c, self._authkey)
            except BaseException:
                c.close()
                raise
        return c

    def close(self):
        sock = self._socket
        if sock is not None:
            self._socket = None
            sock.close()

    def fileno(self):
        return self._socket.fileno()

    @property
    def address(self):
        return self._address

    @property
    def last_accepted(self):
        return self._last_accepted

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, exc_tb):
        self.close()


def Client(address, family=None, authkey=None):
    import socket
    family = family or address_type(address)
    if family == 'AF_INET':
        sock = socket.create_connection(address)
    else:
        sock = socket.socket(socket.AF_UNIX)
        try:
            sock.connect(address)
        except OSError:
            sock.close()
            raise
    c = _socket_connection(sock)
    if authkey is not None and not isinstance(authkey, bytes):
        c.close()
        raise TypeError('authkey should be a byte string')
    if authkey is not None and _auth_available():
        try:
            answer_challenge(c, authkey)
            deliver_challenge(c, authkey)
        except BaseException:
            c.close()
            raise
    return c
