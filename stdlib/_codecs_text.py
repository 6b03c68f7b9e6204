"""_codecs_text — how str.encode / bytes.decode (runtime/str_codecs.cpp) reach
the codec registry of stdlib/codecs.py for what they do not do natively:
codecs other than the runtime's own (_text_encode/_text_decode: registered
codecs, utf-8-sig, unicode_escape, idna, the "is not a text encoding"
errors) and error handlers other than the built-in simple ones
(_encode_with_handler/_decode_with_handler: namereplace, surrogatepass,
codecs.register_error handlers), which encode the pieces between errors
natively with errors='strict'.
"""

from codecs import (BOM_UTF16_LE, BOM_UTF32_LE, BOM_UTF16_BE, BOM_UTF32_BE, lookup, lookup_error,
                    _module_name, _normalize, _wrap_failure)

def _piece_codec(encoding):
    """(codec for the pieces, BOM bytes) for the whole-input coders below:
    utf-16/utf-32 write their BOM once, then little-endian pieces."""
    module = _module_name(encoding.lower())
    if module == 'utf_16':
        return 'utf-16-le', BOM_UTF16_LE
    if module == 'utf_32':
        return 'utf-32-le', BOM_UTF32_LE
    return encoding, b''


def _text_encode(s, encoding, errors):
    """str.encode(encoding, errors) through the codec registry."""
    info = lookup(encoding)
    if not getattr(info, '_is_text_encoding', True):
        raise LookupError("%r is not a text encoding; use codecs.encode() to handle arbitrary codecs"
                          % encoding)
    try:
        result = info.encode(s, errors)
    except Exception as exc:
        new = _wrap_failure(exc, 'encoding', encoding)
        if new is None:
            raise
        raise new from exc
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("encoder must return a tuple (object, integer)")
    value = result[0]
    if isinstance(value, bytearray):
        value = bytes(value)
    if not isinstance(value, bytes):
        raise TypeError("'%s' encoder returned '%s' instead of 'bytes'; use codecs.encode() to encode "
                        "to arbitrary types" % (encoding, type(value).__name__))
    return value


def _text_decode(data, encoding, errors):
    """bytes.decode(encoding, errors) through the codec registry."""
    info = lookup(encoding)
    if not getattr(info, '_is_text_encoding', True):
        raise LookupError("%r is not a text encoding; use codecs.decode() to handle arbitrary codecs"
                          % encoding)
    try:
        result = info.decode(memoryview(data), errors)
    except Exception as exc:
        new = _wrap_failure(exc, 'decoding', encoding)
        if new is None:
            raise
        raise new from exc
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("decoder must return a tuple (object,integer)")
    return result[0]


_FAST_NAMES = frozenset(['utf_8', 'utf8', 'utf_16', 'utf16', 'utf_32', 'utf32', 'ascii', 'us_ascii',
                         'latin1', 'latin_1', 'iso_8859_1', 'iso8859_1'])


def _with_context(fn, action):
    """CPython's str.encode/bytes.decode wrap a simple exception from a codec
    ("encoding with 'cp1252' codec failed (...)") except for the names its
    built-in fast paths take."""
    def run(data, encoding, errors):
        try:
            return fn(data, encoding, errors)
        except Exception as exc:
            if _normalize(encoding.lower()) in _FAST_NAMES:
                raise
            new = _wrap_failure(exc, action, encoding)
            if new is None:
                raise
            raise new from exc
    return run


def _encode_with_handler(s, encoding, errors):
    """Encode with a native codec and an error handler from the registry:
    strict pieces between the errors, the handler's answer for each error."""
    handler = lookup_error(errors)
    piece, bom = _piece_codec(encoding)
    out = bytearray(bom)
    n = len(s)
    pos = 0
    while True:
        try:
            out += s[pos:].encode(piece, 'strict')
            return bytes(out)
        except UnicodeEncodeError as e:
            out += s[pos:pos + e.start].encode(piece, 'strict')
            name = e.encoding if not bom else piece[:6]
            exc = UnicodeEncodeError(name, s, pos + e.start, pos + e.end, e.reason)
        res = handler(exc)
        if (not isinstance(res, tuple) or len(res) != 2 or not isinstance(res[0], (str, bytes))
                or not isinstance(res[1], int)):
            raise TypeError("encoding error handler must return (str/bytes, int) tuple")
        rep, newpos = res
        if newpos < 0:
            newpos += n
        if not 0 <= newpos <= n:
            raise IndexError("position %d from error handler out of bounds" % res[1])
        if isinstance(rep, str):
            try:
                rep = rep.encode(piece, 'strict')
            except UnicodeEncodeError:
                raise exc from None
        out += rep
        pos = newpos
        if pos >= n:
            return bytes(out)


def _decode_with_handler(data, encoding, errors):
    """Decode with a native codec and an error handler from the registry."""
    handler = lookup_error(errors)
    data = bytes(data)
    module = _module_name(encoding.lower())
    piece, start = encoding, 0
    if module in ('utf_16', 'utf_32'):
        width = 2 if module == 'utf_16' else 4
        head = data[:width]
        if head == (BOM_UTF16_BE if width == 2 else BOM_UTF32_BE):
            piece, start = module.replace('_', '-') + '-be', width
        else:
            piece = module.replace('_', '-') + '-le'
            if head == (BOM_UTF16_LE if width == 2 else BOM_UTF32_LE):
                start = width
    out = []
    n = len(data)
    pos = start
    while pos < n:
        try:
            out.append(data[pos:].decode(piece, 'strict'))
            break
        except UnicodeDecodeError as e:
            out.append(data[pos:pos + e.start].decode(piece, 'strict'))
            exc = UnicodeDecodeError(e.encoding, data, pos + e.start, pos + e.end, e.reason)
        res = handler(exc)
        if (not isinstance(res, tuple) or len(res) != 2 or not isinstance(res[0], str)
                or not isinstance(res[1], int)):
            raise TypeError("decoding error handler must return (str, int) tuple")
        rep, newpos = res
        if newpos < 0:
            newpos += n
        if not 0 <= newpos <= n:
            raise IndexError("position %d from error handler out of bounds" % res[1])
        out.append(rep)
        pos = newpos
    return ''.join(out)


_encode_with_handler = _with_context(_encode_with_handler, 'encoding')
_decode_with_handler = _with_context(_decode_with_handler, 'decoding')
