# stdlib/io.py — the public io module over the native _io module
# (stdlib/_io_*.cpp: StringIO, BytesIO and the _IOBase family) and the
# built-in file types of open() (runtime/fileio.cpp), laid out like
# CPython's io.py: the ABCs IOBase/RawIOBase/BufferedIOBase/TextIOBase with
# the concrete classes registered, plus open_code / text_encoding,
# BufferedRWPair and IncrementalNewlineDecoder in Python. FileIO and
# BufferedReader/Writer/Random are Python classes here (FileIO makes a native
# file; the buffered ones wrap any raw stream) that count open()'s native file
# as an instance; _TextIOWrapper is TextIOWrapper over any other buffer or in
# a codec the native text file does not run (utf-16, cp1252...), with
# CPython's tell()/seek() cookies and reconfigure().
import abc as _abc
import sys as _sys
import _io
from _io import (DEFAULT_BUFFER_SIZE, BlockingIOError, UnsupportedOperation,  # noqa: F401
                 open, BytesIO, StringIO)

__all__ = ["BlockingIOError", "open", "open_code", "IOBase", "RawIOBase",
           "FileIO", "BytesIO", "StringIO", "BufferedIOBase",
           "BufferedReader", "BufferedWriter", "BufferedRWPair",
           "BufferedRandom", "TextIOBase", "TextIOWrapper",
           "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END",
           "DEFAULT_BUFFER_SIZE", "text_encoding", "IncrementalNewlineDecoder"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

_tf = open('/dev/null', 'r')
TextIOWrapper = type(_tf)
_tf.close()
_bf = open('/dev/null', 'rb')
# The native binary file of open(): FileIO (buffering=0) and the buffered
# readers/writers share it; io.FileIO/BufferedReader/BufferedWriter/
# BufferedRandom below are Python classes that construct over any raw stream
# and count the native file as theirs (isinstance).
_NativeFile = type(_bf)
_bf.close()
del _tf, _bf


class IOBase(_io._IOBase, metaclass=_abc.ABCMeta):
    __doc__ = _io._IOBase.__doc__


class RawIOBase(_io._RawIOBase, IOBase):
    __doc__ = _io._RawIOBase.__doc__


class BufferedIOBase(_io._BufferedIOBase, IOBase):
    __doc__ = _io._BufferedIOBase.__doc__


class TextIOBase(_io._TextIOBase, IOBase):
    __doc__ = _io._TextIOBase.__doc__


RawIOBase.register(_NativeFile)
for _klass in (BytesIO, _NativeFile):
    BufferedIOBase.register(_klass)
for _klass in (StringIO, TextIOWrapper):
    TextIOBase.register(_klass)
del _klass


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


class FileIO(RawIOBase):
    """FileIO(file, mode='r', closefd=True, opener=None): a raw (unbuffered)
    binary file; the native file open(file, mode + 'b', buffering=0) makes."""
    __module__ = '_io'

    def __new__(cls, file, mode='r', closefd=True, opener=None):
        if not isinstance(mode, str):
            raise TypeError("FileIO() argument 'mode' must be str, not %s" % type(mode).__name__)
        if isinstance(file, float):
            raise TypeError("integer argument expected, got float")
        if set(mode) - set('rwxab+') or len(set(mode)) != len(mode):
            raise ValueError("invalid mode: %s" % mode)
        return open(file, mode.replace('b', '') + 'b', buffering=0, closefd=closefd, opener=opener)


class _Buffered(BufferedIOBase):
    """The buffered layer over a raw stream (BufferedReader, BufferedWriter
    and BufferedRandom over any RawIOBase, a Python subclass included): a
    read buffer filled by raw.read / raw.readinto, a write buffer emptied by
    raw.write on flush or when it passes buffer_size."""
    __module__ = '_io'
    _reading = _writing = False

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if self._reading and not raw.readable():
            raise UnsupportedOperation("File or stream is not readable.")
        if self._writing and not raw.writable():
            raise UnsupportedOperation("File or stream is not writable.")
        if buffer_size <= 0:
            raise ValueError("buffer size must be strictly positive")
        self._raw = raw
        self.buffer_size = buffer_size
        self._rbuf = b""
        self._wbuf = bytearray()

    @property
    def raw(self):
        if self._raw is None:
            raise ValueError("raw stream has been detached")
        return self._raw

    def _check_closed(self, what="I/O operation on closed file."):
        if self.raw.closed:
            raise ValueError(what)

    # -- reading
    def _raw_read(self, n):
        data = self.raw.read(n)
        return data

    def read(self, size=-1):
        if not self._reading:
            raise UnsupportedOperation("read")
        self._check_closed("read of closed file")
        self._flush_writes()
        if size is None or size < -1:
            size = -1
        if size == -1:
            chunks = [self._rbuf]
            self._rbuf = b""
            readall = getattr(self.raw, "readall", None)
            if readall is not None:
                data = readall()
                if data is None:
                    return b"".join(chunks) or None
                chunks.append(data)
                return b"".join(chunks)
            while True:
                data = self._raw_read(self.buffer_size)
                if not data:
                    if data is None and not any(chunks):
                        return None
                    return b"".join(chunks)
                chunks.append(data)
        while len(self._rbuf) < size:
            data = self._raw_read(max(self.buffer_size, size - len(self._rbuf)))
            if not data:
                if data is None and not self._rbuf:
                    return None
                break
            self._rbuf += data
        out, self._rbuf = self._rbuf[:size], self._rbuf[size:]
        return out

    def read1(self, size=-1):
        if not self._reading:
            raise UnsupportedOperation("read1")
        self._check_closed("read of closed file")
        if size is None or size < 0:
            size = self.buffer_size
        if size == 0:
            return b""
        if not self._rbuf:
            self._flush_writes()
            self._rbuf = self._raw_read(max(size, self.buffer_size)) or b""
        out, self._rbuf = self._rbuf[:size], self._rbuf[size:]
        return out

    def peek(self, size=0):
        if not self._reading:
            raise UnsupportedOperation("peek")
        self._check_closed("peek of closed file")
        if not self._rbuf:
            self._flush_writes()
            self._rbuf = self._raw_read(self.buffer_size) or b""
        return self._rbuf

    def _readinto(self, b, one):
        m = memoryview(b).cast("B")
        data = self.read1(len(m)) if one else self.read(len(m))
        if data is None:
            return None
        m[:len(data)] = data
        return len(data)

    def readinto(self, b):
        return self._readinto(b, False)

    def readinto1(self, b):
        return self._readinto(b, True)

    def readline(self, size=-1):
        if not self._reading:
            raise UnsupportedOperation("readline")
        self._check_closed("readline of closed file")
        if size is None:
            size = -1
        line = bytearray()
        while size < 0 or len(line) < size:
            if not self._rbuf:
                self._flush_writes()
                self._rbuf = self._raw_read(self.buffer_size) or b""
                if not self._rbuf:
                    break
            limit = len(self._rbuf) if size < 0 else min(len(self._rbuf), size - len(line))
            i = self._rbuf.find(b"\n", 0, limit)
            take = limit if i < 0 else i + 1
            line += self._rbuf[:take]
            self._rbuf = self._rbuf[take:]
            if i >= 0:
                break
        return bytes(line)

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    # -- writing
    def write(self, b):
        if not self._writing:
            raise UnsupportedOperation("write")
        if self.raw.closed:
            raise ValueError("write to closed file")
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        if self._rbuf:
            self.raw.seek(-len(self._rbuf), 1)
            self._rbuf = b""
        data = bytes(memoryview(b))
        if len(self._wbuf) + len(data) <= self.buffer_size:
            self._wbuf += data
            return len(data)
        # Does not fit: empty the buffer, write what is beyond a buffer's
        # worth straight through, keep the rest.
        self._flush_writes()
        view = memoryview(data)
        while len(view) > self.buffer_size:
            n = self.raw.write(view)
            if n is None:
                raise BlockingIOError(11, "write could not complete without blocking", len(data) - len(view))
            view = view[n:]
        self._wbuf += view
        return len(data)

    def _flush_writes(self):
        while self._wbuf:
            n = self.raw.write(bytes(self._wbuf))
            if n is None:
                raise BlockingIOError(11, "write could not complete without blocking", 0)
            del self._wbuf[:n]

    def flush(self):
        if self.raw.closed:
            raise ValueError("flush of closed file")
        self._flush_writes()

    # -- positioning
    def tell(self):
        pos = self.raw.tell() - len(self._rbuf) + len(self._wbuf)
        return max(pos, 0)

    def seek(self, pos, whence=0):
        if whence not in (0, 1, 2):
            raise ValueError("whence value %r unsupported" % (whence,))
        self._check_closed("seek of closed file")
        self._flush_writes()
        if whence == 1:
            pos -= len(self._rbuf)
        self._rbuf = b""
        return self.raw.seek(pos, whence)

    def truncate(self, pos=None):
        self._check_closed("truncate of closed file")
        if not self._writing:
            raise UnsupportedOperation("truncate")
        self._flush_writes()
        if pos is None:
            pos = self.tell()
        self._rbuf = b""
        return self.raw.truncate(pos)

    # -- the rest
    def readable(self):
        return self._reading and self.raw.readable()

    def writable(self):
        return self._writing and self.raw.writable()

    def seekable(self):
        return self.raw.seekable()

    def fileno(self):
        return self.raw.fileno()

    def isatty(self):
        return self.raw.isatty()

    @property
    def closed(self):
        return self.raw.closed

    @property
    def name(self):
        return self.raw.name

    @property
    def mode(self):
        return self.raw.mode

    def close(self):
        if self._raw is None or self.raw.closed:
            return
        try:
            if self._writing:
                self._flush_writes()
        finally:
            self.raw.close()

    def detach(self):
        raw = self.raw
        self.flush() if self._writing else None
        self._raw = None
        return raw

    def __repr__(self):
        name = type(self).__name__
        try:
            return "<_io.%s name=%r>" % (name, self.name)
        except Exception:
            return "<_io.%s>" % name


class BufferedReader(_Buffered):
    """BufferedReader(raw, buffer_size=DEFAULT_BUFFER_SIZE)"""
    _reading = True


class BufferedWriter(_Buffered):
    """BufferedWriter(raw, buffer_size=DEFAULT_BUFFER_SIZE)"""
    _writing = True


class BufferedRandom(_Buffered):
    """BufferedRandom(raw, buffer_size=DEFAULT_BUFFER_SIZE)"""
    _reading = _writing = True

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if not raw.seekable():
            raise UnsupportedOperation("File or stream is not seekable.")
        _Buffered.__init__(self, raw, buffer_size)


for _klass in (FileIO, BufferedReader, BufferedWriter, BufferedRandom):
    _klass.register(_NativeFile)
del _klass


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


class _TextIOWrapper(TextIOBase):
    """io.TextIOWrapper over a buffer that is not one of the built-in binary
    files (BytesIO, a Python BufferedIOBase...): the native TextIOWrapper's
    constructor hands such buffers to this class. Decodes with an incremental
    decoder, universal newlines through IncrementalNewlineDecoder, translates
    '\\n' on write."""

    _CHUNK = 8192

    def __init__(self, buffer, encoding=None, errors=None, newline=None,
                 line_buffering=False, write_through=False):
        import codecs
        if newline is not None and not isinstance(newline, str):
            raise TypeError("TextIOWrapper() argument 'newline' must be str or None, not %s"
                            % type(newline).__name__)
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %r" % (newline,))
        if encoding is None or encoding == "locale":
            encoding = "UTF-8"
        elif not isinstance(encoding, str):
            raise TypeError("TextIOWrapper() argument 'encoding' must be str or None, not %s"
                            % type(encoding).__name__)
        codecs.lookup(encoding)
        if errors is None:
            errors = "strict"
        self._buffer = buffer
        self._encoding = encoding
        self._errors = errors
        self._line_buffering = bool(line_buffering)
        self._write_through = bool(write_through)
        self._readuniversal = not newline
        self._readtranslate = newline is None
        self._readnl = newline
        self._writetranslate = newline != ""
        self._writenl = newline or "\n"
        self._decoder = None
        self._encoder = None
        self._decoded = ""
        self._detached = False

    def _check(self):
        if self._detached:
            raise ValueError("underlying buffer has been detached")

    @property
    def buffer(self):
        self._check()
        return self._buffer

    encoding = property(lambda self: self._encoding)
    errors = property(lambda self: self._errors)
    line_buffering = property(lambda self: self._line_buffering)
    write_through = property(lambda self: self._write_through)

    @property
    def closed(self):
        self._check()
        return self._buffer.closed

    @property
    def name(self):
        return self._buffer.name

    @property
    def newlines(self):
        if self._readuniversal and self._decoder is not None:
            return self._decoder.newlines
        return None

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def seekable(self):
        return self.buffer.seekable()

    def fileno(self):
        return self.buffer.fileno()

    def isatty(self):
        return self.buffer.isatty()

    def flush(self):
        self.buffer.flush()

    def close(self):
        if self._buffer is not None and not self.closed:
            try:
                self.flush()
            finally:
                self._buffer.close()

    def detach(self):
        self._check()
        self.flush()
        self._detached = True
        return self._buffer

    def write(self, s):
        self._check()
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        length = len(s)
        haslf = "\n" in s
        if self._writetranslate and self._writenl != "\n" and haslf:
            s = s.replace("\n", self._writenl)
        if self._encoder is None:
            import codecs
            self._encoder = codecs.getincrementalencoder(self._encoding)(self._errors)
        self._decoded = ""
        self._decoder = None
        self._buffer.write(self._encoder.encode(s))
        if self._line_buffering and (haslf or "\r" in s):
            self.flush()
        return length

    def _get_decoder(self):
        if self._decoder is None:
            import codecs
            dec = codecs.getincrementaldecoder(self._encoding)(self._errors)
            if self._readuniversal:
                dec = IncrementalNewlineDecoder(dec, self._readtranslate)
            self._decoder = dec
        return self._decoder

    def _read_chunk(self):
        """Decode one more chunk into self._decoded; False at EOF."""
        dec = self._get_decoder()
        if not self._decoded:
            # A new snapshot (CPython's): where the pending text starts, as
            # a byte position and the decoder's state there.
            self._snapshot = None
            try:
                buf, flags = dec.getstate()
                self._snapshot = [self._buffer.tell() - len(buf), buf, flags, 0]
            except Exception:
                pass
        reader = getattr(self._buffer, "read1", None) or self._buffer.read
        data = reader(self._CHUNK)
        eof = not data
        text = dec.decode(data or b"", final=eof)
        if self._snapshot is not None:
            self._snapshot[3] += len(text)
        self._decoded += text
        return not eof

    def read(self, size=-1):
        self._check()
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        if size is None:
            size = -1
        elif not isinstance(size, int):
            raise TypeError("argument should be integer or None, not '%s'" % type(size).__name__)
        if size < 0:
            data = self._buffer.read()
            text = self._decoded + self._get_decoder().decode(data or b"", final=True)
            self._decoded = ""
            self._snapshot = None
            return text
        while len(self._decoded) < size and self._read_chunk():
            pass
        text, self._decoded = self._decoded[:size], self._decoded[size:]
        return text

    def _find_eol(self, text, start):
        if self._readtranslate or self._readnl == "\n":
            i = text.find("\n", start)
            return -1 if i < 0 else i + 1
        if self._readnl in ("\r", "\r\n"):
            i = text.find(self._readnl, start)
            return -1 if i < 0 else i + len(self._readnl)
        cr = text.find("\r", start)
        lf = text.find("\n", start)
        if cr < 0 or (0 <= lf < cr):
            return -1 if lf < 0 else lf + 1
        if cr + 1 < len(text):
            return cr + 2 if text[cr + 1] == "\n" else cr + 1
        return -2  # a '\r' at the end: '\n' may follow

    def readline(self, size=-1):
        self._check()
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        if size is None:
            size = -1
        start = 0
        while True:
            end = self._find_eol(self._decoded, start)
            if end >= 0 or (0 <= size <= len(self._decoded)):
                break
            scanned = len(self._decoded)
            if not self._read_chunk():
                if end == -2:
                    end = len(self._decoded)
                break
            start = max(0, scanned - 1)
        if end < 0:
            end = len(self._decoded)
        if 0 <= size < end:
            end = size
        line, self._decoded = self._decoded[:end], self._decoded[end:]
        return line

    def __next__(self):
        # Like CPython, iteration turns tell() off until it is exhausted.
        self._telling = False
        line = self.readline()
        if not line:
            self._snapshot = None
            self._telling = True
            raise StopIteration
        return line

    def reconfigure(self, *args, **kwargs):
        """reconfigure(*, encoding=None, errors=None, newline=None,
        line_buffering=None, write_through=None): change the encoding, errors,
        newline handling or buffering flags (the encoding and newline only
        before the first read)."""
        if args:
            raise TypeError("reconfigure() takes no positional arguments")
        for key in kwargs:
            if key not in ("encoding", "errors", "newline", "line_buffering", "write_through"):
                raise TypeError("%r is an invalid keyword argument for reconfigure()" % key)
        encoding = kwargs.get("encoding")
        errors = kwargs.get("errors")
        newline = kwargs.get("newline", Ellipsis)
        line_buffering = kwargs.get("line_buffering")
        write_through = kwargs.get("write_through")
        self._check()
        if (encoding is not None or newline is not Ellipsis) and (self._decoded or self._decoder is not None):
            raise UnsupportedOperation("It is not possible to set the encoding or newline of stream "
                                       "after the first read")
        if encoding is not None:
            if not isinstance(encoding, str):
                raise TypeError("reconfigure() argument 'encoding' must be str or None, not %s"
                                % type(encoding).__name__)
            import codecs
            codecs.lookup(encoding)
            if encoding == "locale":
                encoding = "UTF-8"
            if errors is None:
                errors = "strict"
        if errors is not None and not isinstance(errors, str):
            raise TypeError("reconfigure() argument 'errors' must be str or None, not %s" % type(errors).__name__)
        if newline is not Ellipsis:
            if newline is not None and not isinstance(newline, str):
                raise TypeError("reconfigure() argument 'newline' must be str or None, not %s"
                                % type(newline).__name__)
            if newline not in (None, "", "\n", "\r", "\r\n"):
                raise ValueError("illegal newline value: %r" % (newline,))
        self.flush()
        if encoding is not None:
            self._encoding = encoding
        if errors is not None:
            self._errors = errors
        if encoding is not None or errors is not None:
            self._encoder = None
            self._decoder = None
        if newline is not Ellipsis:
            self._readuniversal = not newline
            self._readtranslate = newline is None
            self._readnl = newline
            self._writetranslate = newline != ""
            self._writenl = newline or "\n"
        if line_buffering is not None:
            self._line_buffering = bool(line_buffering)
        if write_through is not None:
            self._write_through = bool(write_through)

    def seek(self, cookie, whence=0):
        """Seek to a cookie tell() returned (a byte position, the decoder's
        state above bit 64), or to the start / the end."""
        self._check()
        if self.closed:
            raise ValueError("tell on closed file")
        if not self.seekable():
            raise UnsupportedOperation("underlying stream is not seekable")
        if whence == 1:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero cur-relative seeks")
            cookie = self.tell()
            whence = 0
        if whence == 2:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero end-relative seeks")
            self.flush()
            self._decoded = ""
            self._decoder = None
            self._snapshot = None
            pos = self._buffer.seek(0, 2)
            if self._encoder is not None and pos != 0:
                self._encoder.setstate(0) if hasattr(self._encoder, "setstate") else None
            return pos
        if whence != 0:
            raise ValueError("invalid whence (%r, should be 0, 1 or 2)" % (whence,))
        if not isinstance(cookie, int):
            raise TypeError("an integer is required")
        if cookie < 0:
            raise ValueError("negative seek position %r" % (cookie,))
        self.flush()
        pos, flags = cookie & ((1 << 64) - 1), cookie >> 64
        self._buffer.seek(pos)
        self._decoded = ""
        self._snapshot = None
        self._decoder = None
        if flags:
            self._get_decoder().setstate((b"", flags))
        if self._encoder is not None and pos != 0 and hasattr(self._encoder, "setstate"):
            self._encoder.setstate(0)
        return cookie

    def tell(self):
        """An opaque position for seek(): the byte position where the next
        character starts, with the decoder's state above bit 64 when it has any."""
        self._check()
        if self.closed:
            raise ValueError("tell on closed file")
        if not self.seekable():
            raise UnsupportedOperation("underlying stream is not seekable")
        if not getattr(self, "_telling", True):
            raise OSError("telling position disabled by next() call")
        self.flush()
        pos = self._buffer.tell()
        snap = getattr(self, "_snapshot", None)
        if self._decoder is None or snap is None:
            if self._decoded:
                raise OSError("telling position disabled by next() call")
            return pos
        start, buf, flags, produced = snap
        skip = produced - len(self._decoded)
        if skip == 0 and not buf:
            return start | (flags << 64)
        # Replay the bytes since the snapshot until `skip` characters came out
        # and the decoder holds no partial character.
        data = buf + self._read_back(start + len(buf), pos)
        import codecs
        dec = type(self._decoder)(codecs.getincrementaldecoder(self._encoding)(self._errors),
                                  self._readtranslate) if self._readuniversal else \
            codecs.getincrementaldecoder(self._encoding)(self._errors)
        dec.setstate((b"", flags))
        count = 0
        for i in range(len(data)):
            count += len(dec.decode(data[i:i + 1]))
            rest, f = dec.getstate()
            if count >= skip and not rest:
                return (start + i + 1) | (f << 64)
        raise OSError("can't reconstruct logical file position")

    def _read_back(self, a, b):
        """The bytes [a, b) of the buffer, leaving its position at b."""
        self._buffer.seek(a)
        data = self._buffer.read(b - a)
        self._buffer.seek(b)
        return data

    def truncate(self, pos=None):
        self.flush()
        return self._buffer.truncate(pos)

    def __repr__(self):
        result = "<_io.TextIOWrapper"
        try:
            result += " name=%r" % (self.name,)
        except Exception:
            pass
        mode = self.__dict__.get("mode")
        if mode is not None:
            result += " mode=%r" % (mode,)
        return result + " encoding=%r>" % (self._encoding,)


_TextIOWrapper.__name__ = _TextIOWrapper.__qualname__ = "TextIOWrapper"
_TextIOWrapper.__module__ = "_io"
