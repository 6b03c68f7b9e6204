"""codecs — the codec registry and base classes.

The runtime (runtime/str_codecs.cpp) encodes and decodes utf-8, ascii,
latin-1, utf-16/-32 and the single-byte charmap codecs natively; the CodecInfo
objects here delegate to str.encode/bytes.decode for those. utf-8-sig,
unicode_escape, raw_unicode_escape, idna and punycode (stdlib/encodings/), and
the bytes-to-bytes codecs (hex, base64, zlib, uu) plus rot13 are implemented
in Python. Names resolve like CPython's encodings.search_function (through
encodings.aliases). codecs.encode/decode/lookup/open, incremental coders,
stream readers/writers and the error handler registry follow CPython 3.11;
str.encode/bytes.decode reach codecs and error handlers registered here
through stdlib/_codecs_text.py.
"""

import builtins
import sys

__all__ = ["register", "lookup", "open", "EncodedFile", "BOM", "BOM_BE",
           "BOM_LE", "BOM32_BE", "BOM32_LE", "BOM64_BE", "BOM64_LE",
           "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_LE", "BOM_UTF16_BE",
           "BOM_UTF32", "BOM_UTF32_LE", "BOM_UTF32_BE",
           "CodecInfo", "Codec", "IncrementalEncoder", "IncrementalDecoder",
           "StreamReader", "StreamWriter",
           "StreamReaderWriter", "StreamRecoder",
           "getencoder", "getdecoder", "getincrementalencoder",
           "getincrementaldecoder", "getreader", "getwriter",
           "encode", "decode", "iterencode", "iterdecode",
           "strict_errors", "ignore_errors", "replace_errors",
           "xmlcharrefreplace_errors",
           "backslashreplace_errors", "namereplace_errors",
           "register_error", "lookup_error"]

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_LE = BOM_UTF16_LE = b'\xff\xfe'
BOM_BE = BOM_UTF16_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
# The native byte order (little-endian on every platform minipy runs on).
BOM = BOM_UTF16 = BOM_UTF16_LE
BOM_UTF32 = BOM_UTF32_LE
BOM32_LE = BOM_UTF16_LE
BOM32_BE = BOM_UTF16_BE
BOM64_LE = BOM_UTF32_LE
BOM64_BE = BOM_UTF32_BE


class CodecInfo(tuple):
    """Codec details when looking up the codec registry"""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (
            self.__class__.__module__, self.__class__.__qualname__, self.name, id(self))


class Codec:
    """Defines the interface for stateless encoders/decoders: encode(input,
    errors) and decode(input, errors) return (output, length consumed)."""

    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        raise NotImplementedError


class IncrementalEncoder(object):
    """Encodes an input in multiple steps; encode(input, final) keeps state
    between calls."""

    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        """Resets the encoder to the initial state."""

    def getstate(self):
        """Return the current state of the encoder."""
        return 0

    def setstate(self, state):
        """Set the current state of the encoder."""


class BufferedIncrementalEncoder(IncrementalEncoder):
    """An IncrementalEncoder whose _buffer_encode may leave part of the input
    unprocessed (kept for the next call)."""

    def __init__(self, errors='strict'):
        IncrementalEncoder.__init__(self, errors)
        self.buffer = ""

    def _buffer_encode(self, input, errors, final):
        raise NotImplementedError

    def encode(self, input, final=False):
        data = self.buffer + input
        (result, consumed) = self._buffer_encode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalEncoder.reset(self)
        self.buffer = ""

    def getstate(self):
        return self.buffer or 0

    def setstate(self, state):
        self.buffer = state or ""


class IncrementalDecoder(object):
    """Decodes an input in multiple steps; decode(input, final) keeps state
    between calls."""

    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        """Reset the decoder to the initial state."""

    def getstate(self):
        """Return (buffered bytes, flag) describing the decoder state."""
        return (b"", 0)

    def setstate(self, state):
        """Set the current state of the decoder."""


class BufferedIncrementalDecoder(IncrementalDecoder):
    """An IncrementalDecoder that keeps incomplete input (e.g. a partial
    UTF-8 sequence) until more arrives."""

    def __init__(self, errors='strict'):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b""

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + input
        (result, consumed) = self._buffer_decode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalDecoder.reset(self)
        self.buffer = b""

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


class StreamWriter(Codec):
    """Writes encoded data to a byte stream."""

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        """Writes the object's contents encoded to self.stream."""
        data, consumed = self.encode(object, self.errors)
        self.stream.write(data)

    def writelines(self, list):
        """Writes the concatenated list of strings to the stream."""
        self.write(''.join(list))

    def reset(self):
        pass

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        if whence == 0 and offset == 0:
            self.reset()

    def __getattr__(self, name, getattr=getattr):
        """Inherit all other methods from the underlying stream."""
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamReader(Codec):
    """Reads and decodes data from a byte stream."""

    charbuffertype = str

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors
        self.bytebuffer = b""
        self._empty_charbuffer = self.charbuffertype()
        self.charbuffer = self._empty_charbuffer
        self.linebuffer = None

    def decode(self, input, errors='strict'):
        raise NotImplementedError

    def read(self, size=-1, chars=-1, firstline=False):
        """Decodes data from the stream and returns the resulting object
        (at most `chars` characters; everything when negative)."""
        if self.linebuffer:
            self.charbuffer = self._empty_charbuffer.join(self.linebuffer)
            self.linebuffer = None
        if chars < 0:
            chars = size
        while True:
            if chars >= 0 and len(self.charbuffer) >= chars:
                break
            if size < 0:
                newdata = self.stream.read()
            else:
                newdata = self.stream.read(size)
            data = self.bytebuffer + newdata
            if not data:
                break
            try:
                newchars, decodedbytes = self.decode(data, self.errors)
            except UnicodeDecodeError as exc:
                if firstline:
                    newchars, decodedbytes = self.decode(data[:exc.start], self.errors)
                    lines = newchars.splitlines(keepends=True)
                    if len(lines) <= 1:
                        raise
                else:
                    raise
            self.bytebuffer = data[decodedbytes:]
            self.charbuffer += newchars
            if not newdata:
                break
        if chars < 0:
            result = self.charbuffer
            self.charbuffer = self._empty_charbuffer
        else:
            result = self.charbuffer[:chars]
            self.charbuffer = self.charbuffer[chars:]
        return result

    def readline(self, size=None, keepends=True):
        """Read one line from the input stream and return the decoded data."""
        if self.linebuffer:
            line = self.linebuffer[0]
            del self.linebuffer[0]
            if len(self.linebuffer) == 1:
                self.charbuffer = self.linebuffer[0]
                self.linebuffer = None
            if not keepends:
                line = line.splitlines(keepends=False)[0]
            return line
        readsize = size or 72
        line = self._empty_charbuffer
        while True:
            data = self.read(readsize, firstline=True)
            if data:
                if (isinstance(data, str) and data.endswith("\r")) or \
                        (isinstance(data, bytes) and data.endswith(b"\r")):
                    data += self.read(size=1, chars=1)
            line += data
            lines = line.splitlines(keepends=True)
            if lines:
                if len(lines) > 1:
                    line = lines[0]
                    del lines[0]
                    if len(lines) > 1:
                        lines[-1] += self.charbuffer
                        self.linebuffer = lines
                        self.charbuffer = None
                    else:
                        self.charbuffer = lines[0] + self.charbuffer
                    if not keepends:
                        line = line.splitlines(keepends=False)[0]
                    break
                line0withend = lines[0]
                line0withoutend = lines[0].splitlines(keepends=False)[0]
                if line0withend != line0withoutend:
                    self.charbuffer = self._empty_charbuffer.join(lines[1:]) + self.charbuffer
                    if keepends:
                        line = line0withend
                    else:
                        line = line0withoutend
                    break
            if not data or size is not None:
                if line and not keepends:
                    line = line.splitlines(keepends=False)[0]
                break
            if readsize < 8000:
                readsize *= 2
        return line

    def readlines(self, sizehint=None, keepends=True):
        """Read all lines available on the input stream and return them as a list."""
        data = self.read()
        return data.splitlines(keepends)

    def reset(self):
        self.bytebuffer = b""
        self.charbuffer = self._empty_charbuffer
        self.linebuffer = None

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reset()

    def __next__(self):
        """Return the next decoded line from the input stream."""
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def __iter__(self):
        return self

    def __getattr__(self, name, getattr=getattr):
        """Inherit all other methods from the underlying stream."""
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamReaderWriter:
    """Wraps a byte stream with a StreamReader and a StreamWriter (what
    codecs.open returns)."""

    encoding = 'unknown'

    def __init__(self, stream, Reader, Writer, errors='strict'):
        self.stream = stream
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=None):
        return self.reader.readline(size)

    def readlines(self, sizehint=None):
        return self.reader.readlines(sizehint)

    def __next__(self):
        return next(self.reader)

    def __iter__(self):
        return self

    def write(self, data):
        return self.writer.write(data)

    def writelines(self, list):
        return self.writer.writelines(list)

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reader.reset()
        if whence == 0 and offset == 0:
            self.writer.reset()

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamRecoder:
    """Reads and writes through two codecs (data is decoded with one and
    encoded with the other); rarely needed."""

    data_encoding = 'unknown'
    file_encoding = 'unknown'

    def __init__(self, stream, encode, decode, Reader, Writer, errors='strict'):
        self.stream = stream
        self.encode = encode
        self.decode = decode
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        data = self.reader.read(size)
        data, bytesencoded = self.encode(data, self.errors)
        return data

    def write(self, data):
        data, bytesdecoded = self.decode(data, self.errors)
        return self.writer.write(data)

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


# ---------------------------------------------------------------- the built-in codecs

def _as_bytes(data):
    """The bytes of a bytes-like argument (TypeError like CPython otherwise)."""
    if isinstance(data, bytes):
        return data
    if isinstance(data, (bytearray, memoryview)):
        return bytes(data)
    if hasattr(data, 'tobytes') and hasattr(data, 'typecode'):
        return data.tobytes()
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


def _runtime_codec(runtime_name, codec_name):
    """encode/decode functions delegating to str.encode / bytes.decode."""
    def encode(input, errors='strict'):
        if not isinstance(input, str):
            raise TypeError("%s_encode() argument 1 must be str, not %s"
                            % (codec_name, type(input).__name__))
        return input.encode(runtime_name, errors), len(input)

    def decode(input, errors='strict'):
        data = _as_bytes(input)
        return data.decode(runtime_name, errors), len(data)
    return encode, decode


def _utf8_cut(data):
    """Length of the prefix of data without an incomplete UTF-8 sequence at its end."""
    n = len(data)
    for back in range(1, min(3, n) + 1):
        b = data[n - back]
        if b & 0xc0 == 0x80:
            continue
        if b >= 0xc0:
            need = 2 if b < 0xe0 else 3 if b < 0xf0 else 4
            if need > back:
                return n - back
        break
    return n


def utf_8_encode(str, errors='strict'):
    if not isinstance(str, builtins.str):
        raise TypeError("utf_8_encode() argument 1 must be str, not %s" % type(str).__name__)
    return str.encode('utf-8', errors), len(str)


def utf_8_decode(data, errors='strict', final=False):
    data = _as_bytes(data)
    cut = len(data) if final else _utf8_cut(data)
    try:
        return data[:cut].decode('utf-8', errors), cut
    except UnicodeDecodeError as e:
        if not final and e.reason == 'unexpected end of data':
            return data[:e.start].decode('utf-8', errors), e.start
        raise


latin_1_encode, latin_1_decode = _runtime_codec('latin-1', 'latin_1')
ascii_encode, ascii_decode = _runtime_codec('ascii', 'ascii')
utf_16_encode, _utf_16_decode_all = _runtime_codec('utf-16', 'utf_16')
utf_16_le_encode, _utf_16_le_decode_all = _runtime_codec('utf-16-le', 'utf_16_le')
utf_16_be_encode, _utf_16_be_decode_all = _runtime_codec('utf-16-be', 'utf_16_be')
utf_32_encode, _utf_32_decode_all = _runtime_codec('utf-32', 'utf_32')
utf_32_le_encode, _utf_32_le_decode_all = _runtime_codec('utf-32-le', 'utf_32_le')
utf_32_be_encode, _utf_32_be_decode_all = _runtime_codec('utf-32-be', 'utf_32_be')


def _unit_decoder(full, unit, runtime_name):
    def decode(data, errors='strict', final=False):
        data = _as_bytes(data)
        cut = len(data) if final else len(data) - len(data) % unit
        if not final and unit == 2 and cut >= 2:
            # keep a trailing high surrogate for the next chunk
            last = data[cut - 2:cut]
            code = last[0] | last[1] << 8 if runtime_name.endswith('le') else last[0] << 8 | last[1]
            if 0xd800 <= code < 0xdc00:
                cut -= 2
        return data[:cut].decode(runtime_name, errors), cut
    return decode


utf_16_le_decode = _unit_decoder(_utf_16_le_decode_all, 2, 'utf-16-le')
utf_16_be_decode = _unit_decoder(_utf_16_be_decode_all, 2, 'utf-16-be')
utf_32_le_decode = _unit_decoder(_utf_32_le_decode_all, 4, 'utf-32-le')
utf_32_be_decode = _unit_decoder(_utf_32_be_decode_all, 4, 'utf-32-be')


def utf_16_decode(data, errors='strict', final=False):
    data = _as_bytes(data)
    if data[:2] == BOM_UTF16_BE:
        text, used = utf_16_be_decode(data[2:], errors, final)
        return text, used + 2
    if data[:2] == BOM_UTF16_LE:
        text, used = utf_16_le_decode(data[2:], errors, final)
        return text, used + 2
    return utf_16_le_decode(data, errors, final)


def utf_32_decode(data, errors='strict', final=False):
    data = _as_bytes(data)
    if data[:4] == BOM_UTF32_BE:
        text, used = utf_32_be_decode(data[4:], errors, final)
        return text, used + 4
    if data[:4] == BOM_UTF32_LE:
        text, used = utf_32_le_decode(data[4:], errors, final)
        return text, used + 4
    return utf_32_le_decode(data, errors, final)


def _escape_char(ch, quote_backslash=True):
    o = ord(ch)
    if ch == '\\' and quote_backslash:
        return '\\\\'
    if ch == '\t':
        return '\\t'
    if ch == '\n':
        return '\\n'
    if ch == '\r':
        return '\\r'
    if 0x20 <= o < 0x7f:
        return ch
    if o < 0x100:
        return '\\x%02x' % o
    if o < 0x10000:
        return '\\u%04x' % o
    return '\\U%08x' % o


def unicode_escape_encode(str, errors='strict'):
    return ''.join(map(_escape_char, str)).encode('latin-1'), len(str)


def _hex_value(data, i, n, codec, what, errors):
    digits = data[i:i + n]
    if len(digits) < n or any(c not in b'0123456789abcdefABCDEF' for c in digits):
        end = i
        while end < len(data) and end < i + n and data[end] in b'0123456789abcdefABCDEF':
            end += 1
        raise UnicodeDecodeError(codec, bytes(data), i - 2, end, 'truncated %s escape' % what)
    return int(digits, 16)


_SIMPLE_ESCAPES = {ord('\\'): '\\', ord("'"): "'", ord('"'): '"', ord('a'): '\a', ord('b'): '\b',
                   ord('f'): '\f', ord('n'): '\n', ord('r'): '\r', ord('t'): '\t', ord('v'): '\v'}


def unicode_escape_decode(data, errors='strict', final=True):
    data = _as_bytes(data)
    out = []
    i, n = 0, len(data)
    while i < n:
        c = data[i]
        if c != 0x5c:  # backslash
            out.append(chr(c))
            i += 1
            continue
        if i + 1 >= n:
            raise UnicodeDecodeError('unicodeescape', data, i, n, '\\ at end of string')
        e = data[i + 1]
        i += 2
        if e in _SIMPLE_ESCAPES:
            out.append(_SIMPLE_ESCAPES[e])
        elif e == 0x0a:
            pass
        elif 0x30 <= e <= 0x37:
            value = e - 0x30
            for _ in range(2):
                if i < n and 0x30 <= data[i] <= 0x37:
                    value = value * 8 + data[i] - 0x30
                    i += 1
            out.append(chr(value))
        elif e == 0x78:  # x
            out.append(chr(_hex_value(data, i, 2, 'unicodeescape', '\\xXX', errors)))
            i += 2
        elif e == 0x75:  # u
            out.append(chr(_hex_value(data, i, 4, 'unicodeescape', '\\uXXXX', errors)))
            i += 4
        elif e == 0x55:  # U
            value = _hex_value(data, i, 8, 'unicodeescape', '\\UXXXXXXXX', errors)
            if value > 0x10ffff:
                raise UnicodeDecodeError('unicodeescape', data, i - 2, i + 8, 'illegal Unicode character')
            out.append(chr(value))
            i += 8
        elif e == 0x4e:  # N{name}: no Unicode name database in minipy
            end = data.find(b'}', i)
            raise UnicodeDecodeError('unicodeescape', data, i - 2, end + 1 if end >= 0 else n,
                                     'unknown Unicode character name')
        else:
            import warnings
            warnings.warn("invalid escape sequence '\\%c'" % e, DeprecationWarning, stacklevel=2)
            out.append('\\')
            out.append(chr(e))
    return ''.join(out), n


def raw_unicode_escape_encode(str, errors='strict'):
    out = []
    for ch in str:
        o = ord(ch)
        if o < 0x100:
            out.append(ch)
        elif o < 0x10000:
            out.append('\\u%04x' % o)
        else:
            out.append('\\U%08x' % o)
    return ''.join(out).encode('latin-1'), len(str)


def raw_unicode_escape_decode(data, errors='strict', final=True):
    data = _as_bytes(data)
    out = []
    i, n = 0, len(data)
    while i < n:
        c = data[i]
        if c != 0x5c:
            out.append(chr(c))
            i += 1
            continue
        # A run of backslashes: only an odd count escapes a following u/U.
        j = i
        while j < n and data[j] == 0x5c:
            j += 1
        run = j - i
        if run % 2 == 0 or j >= n or data[j] not in (0x75, 0x55):
            out.append('\\' * run)
            i = j
            continue
        out.append('\\' * (run - 1))
        if data[j] == 0x75:
            out.append(chr(_hex_value(data, j + 1, 4, 'rawunicodeescape', '\\uXXXX', errors)))
            i = j + 5
        else:
            value = _hex_value(data, j + 1, 8, 'rawunicodeescape', '\\UXXXXXXXX', errors)
            if value > 0x10ffff:
                raise UnicodeDecodeError('rawunicodeescape', data, j - 1, j + 9, '\\Uxxxxxxxx out of range')
            out.append(chr(value))
            i = j + 9
    return ''.join(out), n


# ---------------------------------------------------------------- charmap codecs with a table of the caller
# (CPython's _codecs.charmap_*: what codec modules written like
# encodings/cp1252.py call).

def charmap_build(decoding_table):
    """The encoding map of a decoding table (a str of 256 characters)."""
    return {ord(c): i for i, c in enumerate(decoding_table) if c != '\ufffe'}


def _charmap_lookup(mapping, key):
    try:
        return mapping[key]
    except (LookupError, TypeError):
        return None


def charmap_decode(data, errors='strict', mapping=None):
    data = _as_bytes(data)
    if mapping is None:
        return latin_1_decode(data, errors)
    out = []
    n = len(data)
    i = 0
    while i < n:
        ch = _charmap_lookup(mapping, data[i])
        if isinstance(ch, int):
            if not 0 <= ch < 0x110000:
                raise TypeError("character mapping must be in range(0x110000)")
            ch = chr(ch)
        elif ch is not None and not isinstance(ch, str):
            raise TypeError("character mapping must return integer, None or str")
        if ch is None or ch == '\ufffe':
            exc = UnicodeDecodeError('charmap', data, i, i + 1, 'character maps to <undefined>')
            rep, i = _handler_result(lookup_error(errors)(exc), n, 'decoding')
            out.append(rep)
            continue
        out.append(ch)
        i += 1
    return ''.join(out), n


def _charmap_char(mapping, ch):
    v = _charmap_lookup(mapping, ord(ch))
    if v is None:
        return None
    if isinstance(v, int):
        if not 0 <= v < 256:
            raise TypeError("character mapping must be in range(256)")
        return bytes((v,))
    if isinstance(v, bytes):
        return v
    raise TypeError("character mapping must return integer, bytes or None, not %s" % type(v).__name__)


def charmap_encode(str, errors='strict', mapping=None):
    if mapping is None:
        return latin_1_encode(str, errors)
    out = bytearray()
    n = len(str)
    i = 0
    while i < n:
        b = _charmap_char(mapping, str[i])
        if b is not None:
            out += b
            i += 1
            continue
        j = i + 1
        while j < n and _charmap_char(mapping, str[j]) is None:
            j += 1
        exc = UnicodeEncodeError('charmap', str, i, j, 'character maps to <undefined>')
        rep, i = _handler_result(lookup_error(errors)(exc), n, 'encoding')
        if isinstance(rep, builtins.str):
            for c in rep:
                b = _charmap_char(mapping, c)
                if b is None:
                    raise exc
                out += b
        else:
            out += rep
    return bytes(out), n


def _handler_result(res, n, action):
    """Check an error handler's (replacement, position) answer like CPython."""
    kinds = (str, bytes) if action == 'encoding' else (str,)
    if not isinstance(res, tuple) or len(res) != 2 or not isinstance(res[0], kinds) or not isinstance(res[1], int):
        raise TypeError("%s error handler must return (%s, int) tuple"
                        % (action, 'str/bytes' if action == 'encoding' else 'str'))
    rep, pos = res
    if pos < 0:
        pos += n
    if not 0 <= pos <= n:
        raise IndexError("position %d from error handler out of bounds" % res[1])
    return rep, pos


def _utf_8_sig_encode(input, errors='strict'):
    return BOM_UTF8 + utf_8_encode(input, errors)[0], len(input)


def _utf_8_sig_decode(input, errors='strict'):
    prefix = 0
    input = _as_bytes(input)
    if input[:3] == BOM_UTF8:
        input = input[3:]
        prefix = 3
    text, consumed = utf_8_decode(input, errors, True)
    return text, consumed + prefix


def _check_bytes(input):
    if isinstance(input, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return input


def _hex_encode(input, errors='strict'):
    import binascii
    assert errors == 'strict'
    return binascii.b2a_hex(_check_bytes(input)), len(input)


def _hex_decode(input, errors='strict'):
    import binascii
    assert errors == 'strict'
    return binascii.a2b_hex(input), len(input)


def _base64_encode(input, errors='strict'):
    import base64
    assert errors == 'strict'
    return base64.encodebytes(_check_bytes(input)), len(input)


def _base64_decode(input, errors='strict'):
    import base64
    assert errors == 'strict'
    return base64.decodebytes(input), len(input)


def _zlib_encode(input, errors='strict'):
    import zlib
    assert errors == 'strict'
    return zlib.compress(_check_bytes(input)), len(input)


def _zlib_decode(input, errors='strict'):
    import zlib
    assert errors == 'strict'
    return zlib.decompress(input), len(input)


_ROT13 = str.maketrans('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
                       'NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm')


def _rot13(input, errors='strict'):
    return str.translate(input, _ROT13), len(input)


def _uu_encode(input, errors='strict', filename='<data>', mode=0o666):
    import binascii
    assert errors == 'strict'
    data = _as_bytes(input)
    out = [('begin %o %s\n' % (mode & 0o777, filename)).encode('ascii')]
    for i in range(0, len(data), 45):
        out.append(binascii.b2a_uu(data[i:i + 45]))
    out.append(b' \nend\n')
    return b''.join(out), len(input)


def _uu_decode(input, errors='strict'):
    import binascii
    assert errors == 'strict'
    lines = _as_bytes(input).split(b'\n')
    i = 0
    while i < len(lines) and not lines[i].startswith(b'begin'):
        i += 1
    if i >= len(lines):
        raise ValueError('Missing "begin" line in input data')
    out = []
    for line in lines[i + 1:]:
        if line.startswith(b'end'):
            return b''.join(out), len(input)
        if not line:
            continue
        try:
            out.append(binascii.a2b_uu(line))
        except binascii.Error:
            # Workaround for broken uuencoders by /Fredrik Lundh
            nbytes = (((line[0] - 32) & 63) * 4 + 5) // 3
            out.append(binascii.a2b_uu(line[:nbytes]))
    raise ValueError('Truncated input data')


def _make_incremental(decode_fn, encode_fn):
    """Incremental coder classes for stateless (whole-input) codecs."""
    class Encoder(IncrementalEncoder):
        def encode(self, input, final=False):
            return encode_fn(input, self.errors)[0]

    class Decoder(BufferedIncrementalDecoder):
        def _buffer_decode(self, input, errors, final):
            return decode_fn(input, errors, final)

    return Encoder, Decoder


def _stream_classes(encode_fn, decode_fn):
    class Writer(StreamWriter):
        def encode(self, input, errors='strict'):
            return encode_fn(input, errors)

    class Reader(StreamReader):
        def decode(self, input, errors='strict'):
            return decode_fn(input, errors)

    return Reader, Writer


def _info(name, encode, decode, incremental_decode=None, text=True):
    """A CodecInfo with incremental and stream classes derived from the
    whole-input functions (incremental_decode(data, errors, final) when the
    codec can stop in the middle of a character)."""
    if incremental_decode is None:
        def incremental_decode(data, errors='strict', final=False):
            return decode(data, errors)

    def full_decode(data, errors='strict'):
        return incremental_decode(data, errors, True)

    enc_cls, dec_cls = _make_incremental(incremental_decode, encode)
    reader, writer = _stream_classes(encode, incremental_decode)
    return CodecInfo(encode, full_decode if incremental_decode is not decode else decode,
                     reader, writer, enc_cls, dec_cls, name=name, _is_text_encoding=text)


class _Utf16IncrementalDecoder(BufferedIncrementalDecoder):
    """Detects the byte order from a BOM on the first bytes (little-endian
    without one), then decodes units."""

    def __init__(self, errors='strict'):
        BufferedIncrementalDecoder.__init__(self, errors)
        self._decode = None

    def _buffer_decode(self, input, errors, final):
        if self._decode is None:
            if len(input) < 2 and not final:
                return '', 0
            if input[:2] == BOM_UTF16_BE:
                self._decode = utf_16_be_decode
                text, used = self._decode(input[2:], errors, final)
                return text, used + 2
            self._decode = utf_16_le_decode
            if input[:2] == BOM_UTF16_LE:
                text, used = self._decode(input[2:], errors, final)
                return text, used + 2
        return self._decode(input, errors, final)

    def reset(self):
        BufferedIncrementalDecoder.reset(self)
        self._decode = None


class _Utf16IncrementalEncoder(IncrementalEncoder):
    """Writes the BOM before the first output only."""

    def __init__(self, errors='strict'):
        IncrementalEncoder.__init__(self, errors)
        self._started = False

    def encode(self, input, final=False):
        if not self._started:
            self._started = True
            return utf_16_encode(input, self.errors)[0]
        return utf_16_le_encode(input, self.errors)[0]

    def reset(self):
        IncrementalEncoder.reset(self)
        self._started = False


class _Utf8SigIncrementalDecoder(BufferedIncrementalDecoder):
    def __init__(self, errors='strict'):
        BufferedIncrementalDecoder.__init__(self, errors)
        self.first = 1

    def _buffer_decode(self, input, errors, final):
        if self.first:
            if len(input) < 3:
                if BOM_UTF8.startswith(input) and not final:
                    return ('', 0)
                self.first = 0
            else:
                self.first = 0
                if input[:3] == BOM_UTF8:
                    (output, consumed) = utf_8_decode(input[3:], errors, final)
                    return (output, consumed + 3)
        return utf_8_decode(input, errors, final)

    def reset(self):
        BufferedIncrementalDecoder.reset(self)
        self.first = 1


class _Utf8SigIncrementalEncoder(IncrementalEncoder):
    def __init__(self, errors='strict'):
        IncrementalEncoder.__init__(self, errors)
        self.first = 1

    def encode(self, input, final=False):
        if self.first:
            self.first = 0
            return BOM_UTF8 + utf_8_encode(input, self.errors)[0]
        return utf_8_encode(input, self.errors)[0]

    def reset(self):
        IncrementalEncoder.reset(self)
        self.first = 1


class _Utf16StreamWriter(StreamWriter):
    """Writes the BOM with the first data only."""

    def __init__(self, stream, errors='strict'):
        StreamWriter.__init__(self, stream, errors)
        self._encode_rest = None

    def reset(self):
        StreamWriter.reset(self)
        self._encode_rest = None

    def encode(self, input, errors='strict'):
        if self._encode_rest is None:
            self._encode_rest = utf_16_le_encode
            return utf_16_encode(input, errors)
        return self._encode_rest(input, errors)


class _Utf16StreamReader(StreamReader):
    """Reads the BOM (if any) once, then decodes with that byte order."""

    def reset(self):
        StreamReader.reset(self)
        self.__dict__.pop('_decode_rest', None)

    def decode(self, input, errors='strict'):
        rest = self.__dict__.get('_decode_rest')
        if rest is not None:
            return rest(input, errors, False)
        if len(input) < 2:
            return '', 0
        if input[:2] == BOM_UTF16_BE:
            self._decode_rest = utf_16_be_decode
        else:
            self._decode_rest = utf_16_le_decode
        if input[:2] in (BOM_UTF16_BE, BOM_UTF16_LE):
            text, used = self._decode_rest(input[2:], errors, False)
            return text, used + 2
        return self._decode_rest(input, errors, False)


class _Utf8SigStreamWriter(StreamWriter):
    def reset(self):
        StreamWriter.reset(self)
        self.__dict__.pop('_started', None)

    def encode(self, input, errors='strict'):
        if self.__dict__.get('_started'):
            return utf_8_encode(input, errors)
        self._started = True
        return _utf_8_sig_encode(input, errors)


class _Utf8SigStreamReader(StreamReader):
    def reset(self):
        StreamReader.reset(self)
        self.__dict__.pop('_started', None)

    def decode(self, input, errors='strict'):
        if self.__dict__.get('_started'):
            return utf_8_decode(input, errors, False)
        if len(input) < 3 and BOM_UTF8.startswith(input):
            return '', 0
        self._started = True
        if input[:3] == BOM_UTF8:
            text, used = utf_8_decode(input[3:], errors, False)
            return text, used + 3
        return utf_8_decode(input, errors, False)


def _build_codecs():
    table = {}
    table['utf_8'] = _info('utf-8', utf_8_encode, None, utf_8_decode)
    table['latin_1'] = _info('iso8859-1', latin_1_encode, latin_1_decode)
    table['ascii'] = _info('ascii', ascii_encode, ascii_decode)
    table['utf_16'] = _info('utf-16', utf_16_encode, None, utf_16_decode)
    table['utf_16_le'] = _info('utf-16-le', utf_16_le_encode, None, utf_16_le_decode)
    table['utf_16_be'] = _info('utf-16-be', utf_16_be_encode, None, utf_16_be_decode)
    table['utf_32'] = _info('utf-32', utf_32_encode, None, utf_32_decode)
    table['utf_32_le'] = _info('utf-32-le', utf_32_le_encode, None, utf_32_le_decode)
    table['utf_32_be'] = _info('utf-32-be', utf_32_be_encode, None, utf_32_be_decode)
    table['utf_8_sig'] = _info('utf-8-sig', _utf_8_sig_encode, _utf_8_sig_decode)
    table['unicode_escape'] = _info('unicode-escape', unicode_escape_encode, unicode_escape_decode)
    table['raw_unicode_escape'] = _info('raw-unicode-escape', raw_unicode_escape_encode, raw_unicode_escape_decode)
    table['hex_codec'] = _info('hex', _hex_encode, _hex_decode, text=False)
    table['base64_codec'] = _info('base64', _base64_encode, _base64_decode, text=False)
    table['zlib_codec'] = _info('zlib', _zlib_encode, _zlib_decode, text=False)
    table['rot_13'] = _info('rot-13', _rot13, _rot13, text=False)
    table['uu_codec'] = _info('uu', _uu_encode, _uu_decode, text=False)
    # Incremental coders that need more than whole-input functions.
    table['utf_16'].incrementaldecoder = _Utf16IncrementalDecoder
    table['utf_16'].incrementalencoder = _Utf16IncrementalEncoder
    table['utf_8_sig'].incrementaldecoder = _Utf8SigIncrementalDecoder
    table['utf_8_sig'].incrementalencoder = _Utf8SigIncrementalEncoder
    for key, reader, writer in [('utf_16', _Utf16StreamReader, _Utf16StreamWriter),
                                ('utf_8_sig', _Utf8SigStreamReader, _Utf8SigStreamWriter)]:
        info = table[key]
        table[key] = CodecInfo(info.encode, info.decode, reader, writer, info.incrementalencoder,
                               info.incrementaldecoder, name=info.name)
    return table


_BUILTIN = _build_codecs()

# Codecs the runtime encodes/decodes natively besides utf/ascii/latin-1: the
# single-byte charmap codecs of runtime/codecs_tables.cpp (module names).
_CHARMAP = frozenset(
    ['iso8859_%d' % i for i in range(2, 17) if i != 12] +
    ['cp%d' % i for i in range(1250, 1259)] +
    ['cp437', 'cp850', 'cp866', 'koi8_r', 'koi8_u', 'mac_roman'])


def _charmap_info(module):
    name = module.replace('_', '-') if not module.startswith('cp') else module
    encode, decode = _runtime_codec(module, 'charmap')
    return _info(name, encode, decode)


def _normalize(encoding):
    """encodings.normalize_encoding (imported when first needed: the
    encodings package imports codecs)."""
    from encodings import normalize_encoding
    return normalize_encoding(encoding)


def _module_name(name):
    """The encodings module name for a (lower-cased) encoding name, as
    encodings.search_function finds it."""
    from encodings.aliases import aliases
    norm = _normalize(name)
    return aliases.get(norm) or aliases.get(norm.replace('.', '_')) or norm


def _builtin_search(name):
    module = _module_name(name)
    info = _BUILTIN.get(module)
    if info is None and module in _CHARMAP:
        info = _BUILTIN[module] = _charmap_info(module)
    if info is None and module in _LAZY:
        info = _BUILTIN[module] = _LAZY[module]()
    return info


def _lazy_idna():
    from encodings import idna
    return idna.getregentry()


def _lazy_punycode():
    from encodings import punycode
    return punycode.getregentry()


_LAZY = {'idna': _lazy_idna, 'punycode': _lazy_punycode}


_search_functions = [_builtin_search]
_cache = {}


def register(search_function):
    """Register a codec search function (called with a normalized encoding
    name; returns a CodecInfo or None)."""
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search_functions.append(search_function)


def unregister(search_function):
    """Unregister a codec search function and clear the registry's cache."""
    try:
        _search_functions.remove(search_function)
    except ValueError:
        pass
    _cache.clear()


def lookup(encoding):
    """Looks up a codec tuple in the Python codec registry and returns a
    CodecInfo object (LookupError when none is found)."""
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not %s" % type(encoding).__name__)
    key = encoding.lower().replace(' ', '_')
    hit = _cache.get(key)
    if hit is not None:
        return hit
    for search in _search_functions:
        result = search(key)
        if result is not None:
            if not isinstance(result, tuple) or len(result) != 4:
                raise TypeError("codec search functions must return 4-tuples")
            _cache[key] = result
            return result
    raise LookupError("unknown encoding: %s" % encoding)


def _wrap_failure(exc, action, encoding):
    """CPython re-raises simple exceptions from codecs with context:
    "encoding with 'hex' codec failed (TypeError: ...)"."""
    if isinstance(exc, (UnicodeError, LookupError)) or len(exc.args) > 1 or getattr(exc, '__dict__', None):
        return None
    try:
        new = type(exc)("%s with %r codec failed (%s: %s)" % (action, encoding, type(exc).__name__, exc))
    except Exception:
        return None
    return new


def encode(obj, encoding='utf-8', errors='strict'):
    """Encodes obj using the codec registered for encoding."""
    coder = lookup(encoding).encode
    try:
        result = coder(obj, errors)
    except Exception as exc:
        new = _wrap_failure(exc, 'encoding', encoding)
        if new is None:
            raise
        raise new from exc
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("encoder must return a tuple (object, integer)")
    return result[0]


def decode(obj, encoding='utf-8', errors='strict'):
    """Decodes obj using the codec registered for encoding."""
    coder = lookup(encoding).decode
    try:
        result = coder(obj, errors)
    except Exception as exc:
        new = _wrap_failure(exc, 'decoding', encoding)
        if new is None:
            raise
        raise new from exc
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("decoder must return a tuple (object,integer)")
    return result[0]


def getencoder(encoding):
    """Lookup up the codec for the given encoding and return its encoder function."""
    return lookup(encoding).encode


def getdecoder(encoding):
    """Lookup up the codec for the given encoding and return its decoder function."""
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    """Return the IncrementalEncoder class of the encoding."""
    encoder = lookup(encoding).incrementalencoder
    if encoder is None:
        raise LookupError(encoding)
    return encoder


def getincrementaldecoder(encoding):
    """Return the IncrementalDecoder class of the encoding."""
    decoder = lookup(encoding).incrementaldecoder
    if decoder is None:
        raise LookupError(encoding)
    return decoder


def getreader(encoding):
    """Return the StreamReader class of the encoding."""
    return lookup(encoding).streamreader


def getwriter(encoding):
    """Return the StreamWriter class of the encoding."""
    return lookup(encoding).streamwriter


def iterencode(iterator, encoding, errors='strict', **kwargs):
    """Encoding iterator: encodes the strings of iterator incrementally."""
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = encoder.encode(input)
        if output:
            yield output
    output = encoder.encode("", True)
    if output:
        yield output


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    """Decoding iterator: decodes the byte strings of iterator incrementally."""
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = decoder.decode(input)
        if output:
            yield output
    output = decoder.decode(b"", True)
    if output:
        yield output


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    """Open an encoded file: a StreamReaderWriter reading and writing str
    through the codec (a plain binary file when encoding is None)."""
    if encoding is not None and 'b' not in mode:
        mode = mode + 'b'
    file = builtins.open(filename, mode, buffering)
    if encoding is None:
        return file
    try:
        info = lookup(encoding)
        srw = StreamReaderWriter(file, info.streamreader, info.streamwriter, errors)
        srw.encoding = encoding
        return srw
    except:
        file.close()
        raise


def EncodedFile(file, data_encoding, file_encoding=None, errors='strict'):
    """Return a wrapped version of file which provides transparent encoding
    translation (data_encoding on the outside, file_encoding inside)."""
    if file_encoding is None:
        file_encoding = data_encoding
    data_info = lookup(data_encoding)
    file_info = lookup(file_encoding)
    sr = StreamRecoder(file, data_info.encode, data_info.decode,
                       file_info.streamreader, file_info.streamwriter, errors)
    sr.data_encoding = data_encoding
    sr.file_encoding = file_encoding
    return sr


# ---------------------------------------------------------------- error handlers

def strict_errors(exception):
    """Raise the exception (the 'strict' error handler)."""
    if isinstance(exception, BaseException):
        raise exception
    raise TypeError("codec must pass exception instance")


def ignore_errors(exception):
    """Skip the offending input (the 'ignore' error handler)."""
    if isinstance(exception, (UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError)):
        return ('', exception.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exception).__name__)


def replace_errors(exception):
    """Replace with '?' (encoding) or U+FFFD (decoding)."""
    if isinstance(exception, UnicodeEncodeError):
        return ('?' * (exception.end - exception.start), exception.end)
    if isinstance(exception, (UnicodeDecodeError, UnicodeTranslateError)):
        return ('\ufffd', exception.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exception).__name__)


def xmlcharrefreplace_errors(exception):
    """Replace with an XML character reference (encoding only)."""
    if isinstance(exception, UnicodeEncodeError):
        s = exception.object[exception.start:exception.end]
        return (''.join('&#%d;' % ord(c) for c in s), exception.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exception).__name__)


def backslashreplace_errors(exception):
    """Replace with backslashed escape sequences."""
    if isinstance(exception, UnicodeDecodeError):
        s = exception.object[exception.start:exception.end]
        return (''.join('\\x%02x' % b for b in s), exception.end)
    if isinstance(exception, (UnicodeEncodeError, UnicodeTranslateError)):
        s = exception.object[exception.start:exception.end]
        return (''.join(_escape_char(c) if c != '\\' else '\\\\' for c in s), exception.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exception).__name__)


def namereplace_errors(exception):
    """Replace with \\N{...} escapes (backslash escapes for unnamed code points)."""
    if isinstance(exception, UnicodeEncodeError):
        import unicodedata
        out = []
        for c in exception.object[exception.start:exception.end]:
            try:
                out.append('\\N{%s}' % unicodedata.name(c))
            except ValueError:
                out.append(_escape_char(c, False))
        return (''.join(out), exception.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exception).__name__)


def _surrogate_width(encoding):
    """(bytes per unit, byteorder) of a UTF codec named in an exception, or None."""
    enc = _normalize(encoding.lower())
    if enc in ('utf_8', 'utf8'):
        return 3, None
    if enc.startswith('utf_16'):
        return 2, 'big' if enc.endswith('be') else 'little'
    if enc.startswith('utf_32'):
        return 4, 'big' if enc.endswith('be') else 'little'
    return None


def surrogatepass_errors(exception):
    """Let lone surrogates through the UTF codecs (the 'surrogatepass' handler)."""
    if isinstance(exception, UnicodeEncodeError):
        width = _surrogate_width(exception.encoding)
        if width is None:
            raise exception
        out = bytearray()
        for c in exception.object[exception.start:exception.end]:
            o = ord(c)
            if not 0xd800 <= o <= 0xdfff:
                raise exception
            if width[1] is None:
                out += bytes((0xe0 | o >> 12, 0x80 | (o >> 6) & 0x3f, 0x80 | o & 0x3f))
            else:
                out += o.to_bytes(width[0], width[1])
        return (bytes(out), exception.end)
    if isinstance(exception, UnicodeDecodeError):
        width = _surrogate_width(exception.encoding)
        if width is None:
            raise exception
        data = exception.object
        p = exception.start
        chunk = data[p:p + width[0]]
        o = 0
        if len(chunk) == width[0]:
            if width[1] is None:
                if chunk[0] & 0xf0 == 0xe0 and chunk[1] & 0xc0 == 0x80 and chunk[2] & 0xc0 == 0x80:
                    o = (chunk[0] & 0x0f) << 12 | (chunk[1] & 0x3f) << 6 | chunk[2] & 0x3f
            else:
                o = int.from_bytes(chunk, width[1])
        if not 0xd800 <= o <= 0xdfff:
            raise exception
        return (chr(o), p + width[0])
    raise TypeError("don't know how to handle %s in error callback" % type(exception).__name__)


def surrogateescape_errors(exception):
    """Bytes 0x80-0xff <-> lone surrogates U+DC80-U+DCFF (the 'surrogateescape' handler)."""
    if isinstance(exception, UnicodeDecodeError):
        out = []
        for b in exception.object[exception.start:exception.end][:4]:
            if b < 128:
                break
            out.append(chr(0xdc00 + b))
        if not out:
            raise exception
        return (''.join(out), exception.start + len(out))
    if isinstance(exception, UnicodeEncodeError):
        out = bytearray()
        for c in exception.object[exception.start:exception.end]:
            if not 0xdc80 <= ord(c) <= 0xdcff:
                raise exception
            out.append(ord(c) - 0xdc00)
        return (bytes(out), exception.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exception).__name__)


_error_handlers = {
    'strict': strict_errors,
    'ignore': ignore_errors,
    'replace': replace_errors,
    'xmlcharrefreplace': xmlcharrefreplace_errors,
    'backslashreplace': backslashreplace_errors,
    'namereplace': namereplace_errors,
    'surrogatepass': surrogatepass_errors,
    'surrogateescape': surrogateescape_errors,
}


def register_error(name, error_handler):
    """Register the specified error handler under the name errors."""
    if not callable(error_handler):
        raise TypeError("handler must be callable")
    _error_handlers[name] = error_handler


def lookup_error(name):
    """Return the error handler for the specified error handling name
    (LookupError when unknown)."""
    try:
        return _error_handlers[name]
    except KeyError:
        raise LookupError("unknown error handler name '%s'" % name) from None
