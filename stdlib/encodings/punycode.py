"""encodings.punycode — the Punycode codec of RFC 3492 (bootstring with
base 36), as CPython's: 'punycode' encodes str to ASCII bytes."""

import codecs

_BASE, _TMIN, _TMAX, _SKEW, _DAMP = 36, 1, 26, 38, 700
_INITIAL_BIAS, _INITIAL_N = 72, 0x80
_DIGITS = b"abcdefghijklmnopqrstuvwxyz0123456789"


def _adapt(delta, first, numchars):
    delta = delta // _DAMP if first else delta // 2
    delta += delta // numchars
    k = 0
    while delta > ((_BASE - _TMIN) * _TMAX) // 2:
        delta //= _BASE - _TMIN
        k += _BASE
    return k + (_BASE - _TMIN + 1) * delta // (delta + _SKEW)


def _threshold(k, bias):
    if k <= bias + _TMIN:
        return _TMIN
    if k >= bias + _TMAX:
        return _TMAX
    return k - bias


def punycode_encode(text):
    basic = bytes(ord(c) for c in text if ord(c) < 0x80)
    out = bytearray(basic)
    if basic:
        out.append(0x2d)
    codes = [ord(c) for c in text]
    n, delta, bias = _INITIAL_N, 0, _INITIAL_BIAS
    handled = len(basic)
    while handled < len(codes):
        m = min(c for c in codes if c >= n)
        delta += (m - n) * (handled + 1)
        n = m
        for c in codes:
            if c < n:
                delta += 1
            elif c == n:
                q = delta
                k = _BASE
                while True:
                    t = _threshold(k, bias)
                    if q < t:
                        break
                    out.append(_DIGITS[t + (q - t) % (_BASE - t)])
                    q = (q - t) // (_BASE - t)
                    k += _BASE
                out.append(_DIGITS[q])
                bias = _adapt(delta, handled == len(basic), handled + 1)
                delta = 0
                handled += 1
        delta += 1
        n += 1
    return bytes(out)


def _digit_value(c, errors):
    if 0x41 <= c <= 0x5a:
        return c - 0x41
    if 0x61 <= c <= 0x7a:
        return c - 0x61
    if 0x30 <= c <= 0x39:
        return c - 22
    if errors == 'strict':
        raise UnicodeError("Invalid extended code point '%s'" % chr(c))
    return None


def punycode_decode(data, errors):
    if isinstance(data, str):
        data = data.encode('ascii')
    data = bytes(data)
    pos = data.rfind(b'-')
    if pos < 0:
        out, rest = [], data
    else:
        out = [chr(c) for c in data[:pos]]
        rest = data[pos + 1:]
    n, i, bias = _INITIAL_N, 0, _INITIAL_BIAS
    j = 0
    while j < len(rest):
        oldi, w, k = i, 1, _BASE
        while True:
            if j >= len(rest):
                if errors == 'strict':
                    raise UnicodeError("incomplete punicode string")
                return ''.join(out)
            digit = _digit_value(rest[j], errors)
            j += 1
            if digit is None:
                return ''.join(out)
            i += digit * w
            t = _threshold(k, bias)
            if digit < t:
                break
            w *= _BASE - t
            k += _BASE
        bias = _adapt(i - oldi, oldi == 0, len(out) + 1)
        n += i // (len(out) + 1)
        if n > 0x10ffff:
            if errors == 'strict':
                raise UnicodeError("Invalid character U+%x" % n)
            n = ord('?')
        i %= len(out) + 1
        out.insert(i, chr(n))
        i += 1
    return ''.join(out)


class Codec(codecs.Codec):
    def encode(self, input, errors='strict'):
        return punycode_encode(input), len(input)

    def decode(self, input, errors='strict'):
        if errors not in ('strict', 'replace', 'ignore'):
            raise UnicodeError("Unsupported error handling " + errors)
        return punycode_decode(input, errors), len(input)


class IncrementalEncoder(codecs.IncrementalEncoder):
    def encode(self, input, final=False):
        return punycode_encode(input)


class IncrementalDecoder(codecs.IncrementalDecoder):
    def decode(self, input, final=False):
        if self.errors not in ('strict', 'replace', 'ignore'):
            raise UnicodeError("Unsupported error handling " + self.errors)
        return punycode_decode(input, self.errors)


class StreamWriter(Codec, codecs.StreamWriter):
    pass


class StreamReader(Codec, codecs.StreamReader):
    pass


def getregentry():
    return codecs.CodecInfo(name='punycode', encode=Codec().encode, decode=Codec().decode,
                            incrementalencoder=IncrementalEncoder, incrementaldecoder=IncrementalDecoder,
                            streamwriter=StreamWriter, streamreader=StreamReader)
