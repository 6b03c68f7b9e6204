# stdlib/io.py — in-memory streams (StringIO, BytesIO) in Python, plus the names
# of the built-in file types (TextIOWrapper, BufferedReader...), open, and
# UnsupportedOperation (the runtime's own class, found by provoking it once).
import sys as _sys
from builtins import open  # noqa: F401

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
