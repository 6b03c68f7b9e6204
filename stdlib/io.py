# stdlib/io.py — in-memory streams (StringIO, BytesIO) in Python, plus the names
# of the built-in file types (TextIOWrapper, BufferedReader...), open /
# open_code / text_encoding, UnsupportedOperation (the runtime's own class,
# found by provoking it once), BufferedRWPair and IncrementalNewlineDecoder.
import sys as _sys
from builtins import open  # noqa: F401
from builtins import BlockingIOError  # noqa: F401

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


def _find_unsupported():
    f = open('/dev/null', 'w')
    try:
        f.read()
    except OSError as e:
        return type(e)
    finally:
        f.close()
    return OSError


UnsupportedOperation = _find_unsupported()
del _find_unsupported

_tf = open('/dev/null', 'r')
TextIOWrapper = type(_tf)
_tf.close()
_bf = open('/dev/null', 'rb')
BufferedReader = BufferedWriter = BufferedRandom = FileIO = type(_bf)
_bf.close()
del _tf, _bf


class IOBase:
    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def _checkClosed(self, msg=None):
        if self.closed:
            raise ValueError("I/O operation on closed file." if msg is None else msg)

    def readable(self):
        return True

    def writable(self):
        return True

    def seekable(self):
        return True

    def isatty(self):
        self._checkClosed()
        return False

    def flush(self):
        self._checkClosed()

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def readlines(self, hint=-1):
        lines = []
        n = 0
        for line in self:
            lines.append(line)
            n += len(line)
            if 0 < hint <= n:
                break
        return lines

    def writelines(self, lines):
        for line in lines:
            self.write(line)


RawIOBase = BufferedIOBase = TextIOBase = IOBase


class StringIO(IOBase):
    def __init__(self, initial_value='', newline='\n'):
        if initial_value is None:
            initial_value = ''
        if not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s"
                            % type(initial_value).__name__)
        self._buf = initial_value
        self._pos = 0
        self.closed = False
        self.newline = newline

    def getvalue(self):
        self._checkClosed("I/O operation on closed file")
        return self._buf

    def write(self, s):
        self._checkClosed("I/O operation on closed file")
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        n = len(s)
        if not n:
            return 0
        buf = self._buf
        pos = self._pos
        if pos == len(buf):
            self._buf = buf + s
        elif pos > len(buf):
            self._buf = buf + '\0' * (pos - len(buf)) + s
        else:
            self._buf = buf[:pos] + s + buf[pos + n:]
        self._pos = pos + n
        return n

    def read(self, size=-1):
        self._checkClosed("I/O operation on closed file")
        if size is None or size < 0:
            size = len(self._buf)
        start = self._pos
        end = min(len(self._buf), start + size)
        if end < start:
            end = start
        self._pos = end
        return self._buf[start:end]

    def readline(self, size=-1):
        self._checkClosed("I/O operation on closed file")
        buf = self._buf
        start = self._pos
        i = buf.find('\n', start)
        end = len(buf) if i < 0 else i + 1
        if size is not None and size >= 0:
            end = min(end, start + size)
        if end < start:
            end = start
        self._pos = end
        return buf[start:end]

    def seek(self, pos, whence=0):
        self._checkClosed("I/O operation on closed file")
        if whence == 0:
            if pos < 0:
                raise ValueError("Negative seek position %d" % pos)
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = len(self._buf)
        else:
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def tell(self):
        self._checkClosed("I/O operation on closed file")
        return self._pos

    def truncate(self, size=None):
        self._checkClosed("I/O operation on closed file")
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError("Negative size value %d" % size)
        self._buf = self._buf[:size]
        return size

    def close(self):
        self.closed = True

    def __repr__(self):
        return '<_io.StringIO object at 0x%x>' % id(self)


class BytesIO(IOBase):
    def __init__(self, initial_bytes=b''):
        if initial_bytes is None:
            initial_bytes = b''
        self._buf = bytearray(initial_bytes)
        self._pos = 0
        self.closed = False

    def getvalue(self):
        self._checkClosed()
        return bytes(self._buf)

    def getbuffer(self):
        return memoryview(self._buf)

    def write(self, b):
        self._checkClosed()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        b = bytes(b)
        n = len(b)
        pos = self._pos
        if pos > len(self._buf):
            self._buf.extend(b'\0' * (pos - len(self._buf)))
        self._buf[pos:pos + n] = b
        self._pos = pos + n
        return n

    def read(self, size=-1):
        self._checkClosed()
        if size is None or size < 0:
            size = len(self._buf)
        start = self._pos
        end = min(len(self._buf), start + size)
        if end < start:
            end = start
        self._pos = end
        return bytes(self._buf[start:end])

    read1 = read

    def readline(self, size=-1):
        self._checkClosed()
        buf = self._buf
        start = self._pos
        i = buf.find(b'\n', start)
        end = len(buf) if i < 0 else i + 1
        if size is not None and size >= 0:
            end = min(end, start + size)
        if end < start:
            end = start
        self._pos = end
        return bytes(buf[start:end])

    def seek(self, pos, whence=0):
        self._checkClosed()
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek value %d" % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def tell(self):
        self._checkClosed()
        return self._pos

    def truncate(self, size=None):
        self._checkClosed()
        if size is None:
            size = self._pos
        del self._buf[size:]
        return size

    def close(self):
        self.closed = True

    def __repr__(self):
        return '<_io.BytesIO object at 0x%x>' % id(self)


def text_encoding(encoding, stacklevel=2, /):
    """The encoding open() uses for encoding=None: "locale", or "utf-8" in
    UTF-8 mode; warns (EncodingWarning) when -X warn_default_encoding is on."""
    if encoding is None:
        flags = _sys.flags
        if getattr(flags, 'warn_default_encoding', 0):
            import warnings
            warnings.warn("'encoding' argument not specified.", EncodingWarning, stacklevel + 1)
        encoding = "utf-8" if getattr(flags, 'utf8_mode', 0) else "locale"
    return encoding


def open_code(path):
    if not isinstance(path, str):
        raise TypeError("open_code() argument 'path' must be str, not %s" % type(path).__name__)
    return open(path, "rb")


class IncrementalNewlineDecoder:
    """Wraps an incremental decoder (or None, for str input) and translates
    \r\n and \r to \n when `translate` is true; records the newline kinds
    seen in `newlines`. A trailing \r is held back until the next chunk."""
    __module__ = '_io'

    _LF, _CR, _CRLF = 1, 2, 4
    _NEWLINES = (None, "\n", "\r", ("\r", "\n"), "\r\n", ("\n", "\r\n"), ("\r", "\r\n"),
                 ("\r", "\n", "\r\n"))

    def __init__(self, decoder, translate, errors='strict'):
        self.decoder = decoder
        self.translate = translate
        self.errors = errors
        self._seennl = 0
        self._pendingcr = False

    def decode(self, input, final=False):
        if self.decoder is None:
            output = input
        else:
            output = self.decoder.decode(input, final=final)
        if not isinstance(output, str):
            raise TypeError("decoder should return a string result, not '%s'" % type(output).__name__)
        if self._pendingcr and (output or final):
            output = "\r" + output
            self._pendingcr = False
        if output.endswith("\r") and not final:
            output = output[:-1]
            self._pendingcr = True
        crlf = output.count("\r\n")
        cr = output.count("\r") - crlf
        lf = output.count("\n") - crlf
        if lf:
            self._seennl |= self._LF
        if cr:
            self._seennl |= self._CR
        if crlf:
            self._seennl |= self._CRLF
        if self.translate:
            if crlf:
                output = output.replace("\r\n", "\n")
            if cr:
                output = output.replace("\r", "\n")
        return output

    def getstate(self):
        if self.decoder is None:
            buf, flag = b"", 0
        else:
            buf, flag = self.decoder.getstate()
        flag <<= 1
        if self._pendingcr:
            flag |= 1
        return buf, flag

    def setstate(self, state):
        buf, flag = state
        self._pendingcr = bool(flag & 1)
        if self.decoder is not None:
            self.decoder.setstate((buf, flag >> 1))

    def reset(self):
        self._seennl = 0
        self._pendingcr = False
        if self.decoder is not None:
            self.decoder.reset()

    @property
    def newlines(self):
        return self._NEWLINES[self._seennl]


class BufferedRWPair(BufferedIOBase):
    """A reader and a writer stream used as one buffered stream (a pipe pair,
    a socket's two directions): reads come through a read buffer filled from
    `reader`, writes are buffered and go to `writer` on flush."""
    __module__ = '_io'

    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE, /):
        if buffer_size <= 0:
            raise ValueError("buffer size must be strictly positive")
        if not reader.readable():
            raise UnsupportedOperation("File or stream is not readable.")
        if not writer.writable():
            raise UnsupportedOperation("File or stream is not writable.")
        self.reader = reader
        self.writer = writer
        self.buffer_size = buffer_size
        self._rbuf = b""
        self._wbuf = bytearray()

    def _check_open(self, what):
        if self.closed:
            raise ValueError("%s of closed file" % what)

    def _fill(self, n):
        data = self.reader.read(n)
        return data if data else b""

    def read(self, size=-1):
        self._check_open("read")
        if size is None or size < 0:
            chunks = [self._rbuf]
            self._rbuf = b""
            while True:
                data = self._fill(self.buffer_size)
                if not data:
                    break
                chunks.append(data)
            return b"".join(chunks)
        while len(self._rbuf) < size:
            data = self._fill(max(self.buffer_size, size - len(self._rbuf)))
            if not data:
                break
            self._rbuf += data
        out, self._rbuf = self._rbuf[:size], self._rbuf[size:]
        return out

    def peek(self, size=0):
        self._check_open("peek")
        if not self._rbuf:
            self._rbuf = self._fill(self.buffer_size)
        return self._rbuf

    def read1(self, size=-1):
        self._check_open("read")
        if size is None or size < 0:
            size = self.buffer_size
        if size == 0:
            return b""
        if not self._rbuf:
            self._rbuf = self._fill(max(size, self.buffer_size))
        out, self._rbuf = self._rbuf[:size], self._rbuf[size:]
        return out

    def readinto(self, b):
        data = self.read(len(memoryview(b)))
        n = len(data)
        memoryview(b)[:n] = data
        return n

    def readinto1(self, b):
        data = self.read1(len(memoryview(b)))
        n = len(data)
        memoryview(b)[:n] = data
        return n

    def readline(self, size=-1):
        self._check_open("readline")
        line = bytearray()
        while size is None or size < 0 or len(line) < size:
            if not self._rbuf:
                self._rbuf = self._fill(self.buffer_size)
                if not self._rbuf:
                    break
            limit = len(self._rbuf) if size is None or size < 0 else min(len(self._rbuf), size - len(line))
            i = self._rbuf.find(b"\n", 0, limit)
            take = limit if i < 0 else i + 1
            line += self._rbuf[:take]
            self._rbuf = self._rbuf[take:]
            if i >= 0:
                break
        return bytes(line)

    def write(self, b):
        if self.closed:
            raise ValueError("write to closed file")
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        data = bytes(b)
        self._wbuf += data
        if len(self._wbuf) > self.buffer_size:
            self._flush_writes()
        return len(data)

    def _flush_writes(self):
        while self._wbuf:
            n = self.writer.write(bytes(self._wbuf))
            if n is None:
                raise BlockingIOError(11, "write could not complete without blocking", 0)
            del self._wbuf[:n]

    def flush(self):
        if self.closed:
            raise ValueError("flush of closed file")
        self._flush_writes()

    def readable(self):
        return self.reader.readable()

    def writable(self):
        return self.writer.writable()

    def seekable(self):
        return False

    def isatty(self):
        return self.reader.isatty() or self.writer.isatty()

    def detach(self):
        raise UnsupportedOperation("detach")

    def close(self):
        try:
            if not self.writer.closed:
                try:
                    self._flush_writes()
                finally:
                    self.writer.close()
        finally:
            self.reader.close()

    @property
    def closed(self):
        return self.writer.closed

    def __repr__(self):
        return '<_io.BufferedRWPair object at 0x%x>' % id(self)
