"""socket — the Python layer over the native `_socket` module.

Adds what CPython's socket.py adds: the `socket` subclass (accept() returning a
socket, dup, context manager, repr), socketpair, create_connection,
create_server, getaddrinfo raising gaierror, send_fds/recv_fds, and
makefile() (SocketIO, a RawIOBase over recv_into/send, under a buffered
layer and optionally a TextIOWrapper).
"""

import _socket
import io as _io
from _socket import *

__all__ = ['socket', 'socketpair', 'create_connection', 'create_server', 'send_fds', 'recv_fds',
           'getaddrinfo', 'gaierror', 'herror', 'timeout', 'error',
           'SocketType', 'has_dualstack_ipv6', 'getdefaulttimeout', 'setdefaulttimeout']


class gaierror(OSError):
    pass


class herror(OSError):
    pass


error = OSError
timeout = TimeoutError
_GLOBAL_DEFAULT_TIMEOUT = object()


def getdefaulttimeout():
    return _socket.socket._default_timeout


def setdefaulttimeout(timeout):
    if timeout is not None:
        timeout = float(timeout)
        if timeout < 0:
            raise ValueError('Timeout value out of range')
    _socket.socket._default_timeout = timeout


_family_names = {AF_INET: 'AF_INET', AF_INET6: 'AF_INET6', AF_UNIX: 'AF_UNIX', AF_UNSPEC: 'AF_UNSPEC'}
_type_names = {SOCK_STREAM: 'SOCK_STREAM', SOCK_DGRAM: 'SOCK_DGRAM', SOCK_RAW: 'SOCK_RAW'}


class _Named(int):
    def __new__(cls, value, name):
        self = int.__new__(cls, value)
        self._name = name
        return self

    def __repr__(self):
        return '<%s.%s: %d>' % ('AddressFamily' if self._name.startswith('AF') else 'SocketKind',
                                self._name, int(self))

    __str__ = lambda self: self.__class__.__name__ and ('AddressFamily.' if self._name.startswith('AF') else 'SocketKind.') + self._name


def _intenum(value, names):
    name = names.get(value)
    if name is None:
        return value
    return _Named(value, name)


class socket(_socket.socket):
    """A socket object (see the native _socket.socket for the I/O methods)."""

    __slots__ = ["__weakref__", "_io_refs", "_closed"]

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if fileno is None:
            if family == -1:
                family = AF_INET
            if type == -1:
                type = SOCK_STREAM
            if proto == -1:
                proto = 0
        _socket.socket.__init__(self, family, type, proto, fileno)
        self._io_refs = 0
        self._closed = False

    def __enter__(self):
        return self

    def __exit__(self, *args):
        if not self._closed:
            self.close()

    def __repr__(self):
        closed = getattr(self, '_closed', False)
        s = "<%s.%s%s fd=%i, family=%s, type=%s, proto=%i" \
            % (self.__class__.__module__,
               self.__class__.__qualname__,
               " [closed]" if closed else "",
               self.fileno(),
               self.family,
               self.type,
               self.proto)
        if not closed:
            try:
                laddr = self.getsockname()
                if laddr:
                    s += ", laddr=%s" % str(laddr)
            except OSError:
                pass
            try:
                raddr = self.getpeername()
                if raddr:
                    s += ", raddr=%s" % str(raddr)
            except OSError:
                pass
        s += '>'
        return s

    @property
    def family(self):
        return _intenum(_socket.socket.family.__get__(self), _family_names)

    @property
    def type(self):
        return _intenum(_socket.socket.type.__get__(self), _type_names)

    def dup(self):
        fd = dup(self.fileno())
        sock = self.__class__(self.family, self.type, self.proto, fileno=fd)
        sock.settimeout(self.gettimeout())
        return sock

    def accept(self):
        fd, addr = self._accept()
        sock = socket(self.family, self.type, self.proto, fileno=fd)
        if getdefaulttimeout() is None and self.gettimeout():
            sock.setblocking(True)
        return sock, addr

    def close(self):
        self._closed = True
        _socket.socket.close(self)

    def detach(self):
        self._closed = True
        return super().detach()

    def makefile(self, mode="r", buffering=None, *, encoding=None, errors=None, newline=None):
        """A file object reading from / writing to the socket: binary
        ('rb', 'wb', 'rwb'; buffering=0 gives the raw SocketIO) or text."""
        if not set(mode) <= {"r", "w", "b"}:
            raise ValueError("invalid mode %r (only r, w, b allowed)" % (mode,))
        writing = "w" in mode
        reading = "r" in mode or not writing
        binary = "b" in mode
        rawmode = ("r" if reading else "") + ("w" if writing else "")
        raw = SocketIO(self, rawmode)
        self._io_refs += 1
        if buffering is None:
            buffering = -1
        if buffering < 0:
            buffering = _io.DEFAULT_BUFFER_SIZE
        if buffering == 0:
            if not binary:
                raise ValueError("unbuffered streams must be binary")
            return raw
        buffer = _SocketBuffer(raw, buffering, reading, writing)
        if binary:
            return buffer
        encoding = _io.text_encoding(encoding)
        text = _io.TextIOWrapper(buffer, encoding, errors, newline)
        text.mode = mode
        return text


SocketType = socket


def send_fds(sock, buffers, fds, flags=0, address=None):
    """Send the list of file descriptors fds over an AF_UNIX socket."""
    import sys
    data = b"".join(int(fd).to_bytes(4, sys.byteorder, signed=True) for fd in fds)
    return sock.sendmsg(buffers, [(SOL_SOCKET, SCM_RIGHTS, data)], flags, address)


def recv_fds(sock, bufsize, maxfds, flags=0):
    """Receive up to maxfds file descriptors: (data, list of fds, msg_flags, address)."""
    import sys
    msg, ancdata, flags, addr = sock.recvmsg(bufsize, CMSG_LEN(maxfds * 4))
    fds = []
    for level, kind, data in ancdata:
        if level == SOL_SOCKET and kind == SCM_RIGHTS:
            usable = len(data) - len(data) % 4
            fds.extend(int.from_bytes(data[i:i + 4], sys.byteorder, signed=True) for i in range(0, usable, 4))
    return msg, fds, flags, addr


class SocketIO(_io.RawIOBase):
    """The raw I/O of socket.makefile(): readinto/write over recv_into/send."""

    def __init__(self, sock, mode):
        if mode not in ("r", "w", "rw", "rb", "wb", "rwb"):
            raise ValueError("invalid mode: %r" % mode)
        _io.RawIOBase.__init__(self)
        self._sock = sock
        if "b" not in mode:
            mode += "b"
        self._mode = mode
        self._reading = "r" in mode
        self._writing = "w" in mode

    def readinto(self, b):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        if not self._reading:
            raise _io.UnsupportedOperation("File or stream is not readable.")
        try:
            return self._sock.recv_into(b)
        except BlockingIOError:
            return None

    def write(self, b):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        if not self._writing:
            raise _io.UnsupportedOperation("File or stream is not writable.")
        try:
            return self._sock.send(b)
        except BlockingIOError:
            return None

    def readable(self):
        if self.closed:
            raise ValueError("I/O operation on closed socket.")
        return self._reading

    def writable(self):
        if self.closed:
            raise ValueError("I/O operation on closed socket.")
        return self._writing

    def seekable(self):
        if self.closed:
            raise ValueError("I/O operation on closed socket.")
        return False

    def fileno(self):
        self._checkClosed()
        return self._sock.fileno()

    @property
    def name(self):
        return self.fileno() if not self.closed else -1

    @property
    def mode(self):
        return self._mode

    def close(self):
        if self.closed:
            return
        _io.RawIOBase.close(self)
        self._sock._io_refs -= 1
        self._sock = None


class _SocketBuffer(_io.BufferedRWPair):
    """The buffered layer of socket.makefile(): one SocketIO read and/or
    written through a read buffer and a write buffer."""

    def __init__(self, raw, buffer_size, reading, writing):
        self.raw = raw
        self.reader = self.writer = raw
        self.buffer_size = buffer_size
        self._rbuf = b""
        self._wbuf = bytearray()
        self._can_read = reading
        self._can_write = writing

    def readable(self):
        return self._can_read

    def writable(self):
        return self._can_write

    def fileno(self):
        return self.raw.fileno()

    @property
    def name(self):
        return self.raw.name

    @property
    def mode(self):
        return self.raw.mode

    @property
    def closed(self):
        return self.raw.closed

    def close(self):
        if self.raw.closed:
            return
        try:
            if self._can_write:
                self._flush_writes()
        finally:
            self.raw.close()

    def __repr__(self):
        return "<_io.%s name=%r>" % ("BufferedRWPair" if self._can_read and self._can_write
                                     else "BufferedReader" if self._can_read else "BufferedWriter", self.name)


def socketpair(family=None, type=SOCK_STREAM, proto=0):
    if family is None:
        family = AF_UNIX
    a, b = _socket._socketpair(family, type, proto)
    return socket(family, type, proto, a), socket(family, type, proto, b)


_native_getaddrinfo = _socket.getaddrinfo


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    try:
        res = _native_getaddrinfo(host, port, family, type, proto, flags)
    except OSError as e:
        if e.__class__ is OSError and e.args and isinstance(e.args[0], int) and e.args[0] < 0:
            raise gaierror(*e.args) from None
        raise
    return [(_intenum(af, _family_names), _intenum(st, _type_names), pr, cn, sa)
            for af, st, pr, cn, sa in res]


def create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT, source_address=None, *, all_errors=False):
    host, port = address
    exceptions = []
    for res in getaddrinfo(host, port, 0, SOCK_STREAM):
        af, socktype, proto, canonname, sa = res
        sock = None
        try:
            sock = socket(af, socktype, proto)
            if timeout is not _GLOBAL_DEFAULT_TIMEOUT:
                sock.settimeout(timeout)
            if source_address:
                sock.bind(source_address)
            sock.connect(sa)
            exceptions.clear()
            return sock
        except OSError as exc:
            exceptions.append(exc)
            if sock is not None:
                sock.close()
    if len(exceptions):
        try:
            if not all_errors:
                raise exceptions[0]
            raise ExceptionGroup("create_connection failed", exceptions)
        finally:
            exceptions.clear()
    raise error("getaddrinfo returns an empty list")


def has_dualstack_ipv6():
    return False


def create_server(address, *, family=AF_INET, backlog=None, reuse_port=False, dualstack_ipv6=False):
    sock = socket(family, SOCK_STREAM)
    try:
        sock.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)
        if reuse_port:
            sock.setsockopt(SOL_SOCKET, SO_REUSEPORT, 1)
        sock.bind(address)
        if backlog is None:
            sock.listen()
        else:
            sock.listen(backlog)
        return sock
    except:
        sock.close()
        raise
