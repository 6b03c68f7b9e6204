# stdlib/_compression.py — shared plumbing of the compressed-file modules
# (gzip; zipfile and tarfile reuse the pieces): BaseStream, the mode and
# closed checks with CPython's messages, DecompressReader (a raw reader that
# runs a decompressor over a file object), and a small buffered reader for
# raw streams written in Python.
import io

BUFFER_SIZE = io.DEFAULT_BUFFER_SIZE


class BaseStream(io.BufferedIOBase):
    """Mode-checking helper functions."""

    def _check_not_closed(self):
        if self.closed:
            raise ValueError('I/O operation on closed file')

    def _check_can_read(self):
        if not self.readable():
            raise io.UnsupportedOperation('File not open for reading')

    def _check_can_write(self):
        if not self.writable():
            raise io.UnsupportedOperation('File not open for writing')

    def _check_can_seek(self):
        if not self.readable():
            raise io.UnsupportedOperation('Seeking is only supported on files open for reading')
        if not self.seekable():
            raise io.UnsupportedOperation('The underlying file object does not support seeking')


class DecompressReader:
    """A raw reader: decompressed data of a file object, member after member."""

    def readable(self):
        return True

    def __init__(self, fp, decomp_factory, trailing_error=(), **decomp_args):
        self._fp = fp
        self._eof = False
        self._pos = 0
        self._size = -1
        self._decomp_factory = decomp_factory
        self._decomp_args = decomp_args
        self._decompressor = self._decomp_factory(**self._decomp_args)
        self._trailing_error = trailing_error
        self.closed = False

    def close(self):
        self._decompressor = None
        self.closed = True

    def seekable(self):
        return self._fp.seekable()

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def read(self, size=-1):
        if size < 0:
            return self.readall()
        if not size or self._eof:
            return b''
        data = None
        while True:
            if self._decompressor.eof:
                rawblock = self._decompressor.unused_data or self._fp.read(BUFFER_SIZE)
                if not rawblock:
                    break
                self._decompressor = self._decomp_factory(**self._decomp_args)
                try:
                    data = self._decompressor.decompress(rawblock, size)
                except self._trailing_error:
                    break
            else:
                if self._decompressor.needs_input:
                    rawblock = self._fp.read(BUFFER_SIZE)
                    if not rawblock:
                        raise EOFError('Compressed file ended before the end-of-stream marker was reached')
                else:
                    rawblock = b''
                data = self._decompressor.decompress(rawblock, size)
            if data:
                break
        if not data:
            self._eof = True
            self._size = self._pos
            return b''
        self._pos += len(data)
        return data

    def readall(self):
        chunks = []
        while True:
            data = self.read(BUFFER_SIZE)
            if not data:
                break
            chunks.append(data)
        return b''.join(chunks)

    def _rewind(self):
        self._fp.seek(0)
        self._eof = False
        self._pos = 0
        self._decompressor = self._decomp_factory(**self._decomp_args)

    def seek(self, offset, whence=io.SEEK_SET):
        if whence == io.SEEK_SET:
            pass
        elif whence == io.SEEK_CUR:
            offset = self._pos + offset
        elif whence == io.SEEK_END:
            if self._size < 0:
                while self.read(BUFFER_SIZE):
                    pass
            offset = self._size + offset
        else:
            raise ValueError('Invalid value for whence: {}'.format(whence))
        if offset < self._pos:
            self._rewind()
        else:
            offset -= self._pos
        while offset > 0:
            data = self.read(min(BUFFER_SIZE, offset))
            if not data:
                break
            offset -= len(data)
        return self._pos

    def tell(self):
        return self._pos


class BufferedRawReader:
    """Buffering over a raw reader written in Python (read/read1/peek/readline),
    what io.BufferedReader does for native raw files."""

    def __init__(self, raw, buffer_size=BUFFER_SIZE):
        self.raw = raw
        self._buf = b''
        self._size = buffer_size

    def _fill(self):
        data = self.raw.read(self._size)
        if data:
            self._buf += data
        return bool(data)

    def read(self, size=-1):
        if size is None or size < 0:
            chunks = [self._buf]
            self._buf = b''
            while True:
                data = self.raw.read(self._size)
                if not data:
                    break
                chunks.append(data)
            return b''.join(chunks)
        while len(self._buf) < size and self._fill():
            pass
        data, self._buf = self._buf[:size], self._buf[size:]
        return data

    def read1(self, size=-1):
        if not self._buf:
            self._fill()
        if size is None or size < 0:
            size = len(self._buf)
        data, self._buf = self._buf[:size], self._buf[size:]
        return data

    def peek(self, n=0):
        if not self._buf:
            self._fill()
        return self._buf

    def readline(self, size=-1):
        while True:
            nl = self._buf.find(b'\n')
            if nl >= 0:
                end = nl + 1
                break
            if size is not None and 0 <= size <= len(self._buf):
                end = size
                break
            if not self._fill():
                end = len(self._buf)
                break
        if size is not None and 0 <= size < end:
            end = size
        line, self._buf = self._buf[:end], self._buf[end:]
        return line

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def seek(self, offset, whence=io.SEEK_SET):
        if whence == io.SEEK_CUR:
            offset = self.tell() + offset
            whence = io.SEEK_SET
        self._buf = b''
        return self.raw.seek(offset, whence)

    def tell(self):
        return self.raw.tell() - len(self._buf)

    def close(self):
        self._buf = b''
        self.raw.close()


class TextWrapper(io.TextIOBase):
    """Text over a binary stream written in Python (gzip.open(..., 'rt')...):
    decoding, universal newlines on read, newline translation on write."""

    def __init__(self, buffer, encoding=None, errors=None, newline=None, line_buffering=False,
                 write_through=False):
        import codecs
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError('illegal newline value: %r' % (newline,))
        if encoding is None:
            encoding = 'utf-8'
        self.buffer = buffer
        self._encoding = codecs.lookup(encoding).name if encoding != 'locale' else 'utf-8'
        self.encoding = encoding
        self.errors = errors or 'strict'
        self._newline = newline
        self.line_buffering = line_buffering
        self._decoder = codecs.getincrementaldecoder(encoding)(self.errors)
        self._encoder = codecs.getincrementalencoder(encoding)(self.errors)
        self._pending = ''
        self._carry = ''  # a '\r' that may start a '\r\n'
        self._eof = False

    @property
    def closed(self):
        return self.buffer.closed

    @property
    def name(self):
        return self.buffer.name

    @property
    def mode(self):
        return getattr(self.buffer, 'mode', 'r')

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def seekable(self):
        return False

    def fileno(self):
        return self.buffer.fileno()

    def _translate(self, text, final):
        if self._newline is None:
            if text.endswith('\r') and not final:
                return text[:-1].replace('\r\n', '\n').replace('\r', '\n'), '\r'
            return text.replace('\r\n', '\n').replace('\r', '\n'), ''
        return text, ''

    def _read_chunk(self):
        if self._eof:
            return False
        data = self.buffer.read1(BUFFER_SIZE) if hasattr(self.buffer, 'read1') else self.buffer.read(BUFFER_SIZE)
        final = not data
        text = self._decoder.decode(data, final)
        text, keep = self._translate(self._carry + text, final)
        self._carry = keep
        self._pending += text
        if final:
            self._eof = True
            if keep:
                self._pending += '\n' if self._newline is None else keep
                self._carry = ''
        return not final or bool(text)

    def read(self, size=-1):
        if self.closed:
            raise ValueError('I/O operation on closed file.')
        if size is None or size < 0:
            while self._read_chunk():
                pass
            text, self._pending = self._pending, ''
            return text
        while len(self._pending) < size and self._read_chunk():
            pass
        text, self._pending = self._pending[:size], self._pending[size:]
        return text

    def _line_end(self, text):
        if self._newline is None or self._newline == '\n':
            i = text.find('\n')
            return i + 1 if i >= 0 else -1
        if self._newline == '':
            for i, ch in enumerate(text):
                if ch == '\n':
                    return i + 1
                if ch == '\r':
                    if i + 1 < len(text):
                        return i + 2 if text[i + 1] == '\n' else i + 1
                    return -1 if not self._eof else i + 1
            return -1
        i = text.find(self._newline)
        return i + len(self._newline) if i >= 0 else -1

    def readline(self, size=-1):
        if self.closed:
            raise ValueError('I/O operation on closed file.')
        while True:
            end = self._line_end(self._pending)
            if end >= 0 or (size is not None and 0 <= size <= len(self._pending)):
                break
            if not self._read_chunk():
                end = len(self._pending)
                break
        if end < 0:
            end = len(self._pending)
        if size is not None and 0 <= size < end:
            end = size
        line, self._pending = self._pending[:end], self._pending[end:]
        return line

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, s):
        if self.closed:
            raise ValueError('I/O operation on closed file.')
        if not isinstance(s, str):
            raise TypeError('write() argument must be str, not %s' % type(s).__name__)
        text = s
        if self._newline is None:
            import os
            if os.linesep != '\n':
                text = text.replace('\n', os.linesep)
        elif self._newline not in ('', '\n'):
            text = text.replace('\n', self._newline)
        self.buffer.write(self._encoder.encode(text))
        if self.line_buffering and ('\n' in s or '\r' in s):
            self.flush()
        return len(s)

    def flush(self):
        self.buffer.flush()

    def close(self):
        if not self.buffer.closed:
            try:
                self.flush()
            finally:
                self.buffer.close()

    def detach(self):
        buffer = self.buffer
        self.buffer = None
        return buffer

    def __repr__(self):
        return '<_compression.TextWrapper encoding=%r>' % self.encoding


def text_wrapper(binary, encoding=None, errors=None, newline=None):
    """io.TextIOWrapper over `binary` when minipy's native wrapper accepts it,
    else TextWrapper."""
    try:
        return io.TextIOWrapper(binary, encoding, errors, newline)
    except (TypeError, AttributeError, ValueError, io.UnsupportedOperation):
        return TextWrapper(binary, encoding, errors, newline)
