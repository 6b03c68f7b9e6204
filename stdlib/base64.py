"""base64 — RFC 4648 encodings (Base16, Base32, Base32hex, Base64, URL-safe
Base64) and Base85/Ascii85, built on the native binascii module.

Errors are binascii.Error (a ValueError), with CPython 3.11's messages.
"""
import binascii

__all__ = [
    'encode', 'decode', 'encodebytes', 'decodebytes',
    'b64encode', 'b64decode', 'b32encode', 'b32decode',
    'b32hexencode', 'b32hexdecode', 'b16encode', 'b16decode',
    'b85encode', 'b85decode', 'a85encode', 'a85decode',
    'standard_b64encode', 'standard_b64decode',
    'urlsafe_b64encode', 'urlsafe_b64decode',
]

bytes_types = (bytes, bytearray)


def _bytes_from_decode_data(s):
    # Decoders accept ASCII str as well as bytes-like objects.
    if isinstance(s, str):
        try:
            return s.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters')
    if isinstance(s, bytes_types):
        return s
    try:
        return memoryview(s).tobytes()
    except TypeError:
        raise TypeError("argument should be a bytes-like object or ASCII "
                        "string, not %r" % s.__class__.__name__) from None


# ---- Base64

def b64encode(s, altchars=None):
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        assert len(altchars) == 2, repr(altchars)
        return encoded.translate(bytes.maketrans(b'+/', altchars))
    return encoded


def b64decode(s, altchars=None, validate=False):
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = s.translate(bytes.maketrans(altchars, b'+/'))
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


_urlsafe_encode_translation = bytes.maketrans(b'+/', b'-_')
_urlsafe_decode_translation = bytes.maketrans(b'-_', b'+/')


def urlsafe_b64encode(s):
    return b64encode(s).translate(_urlsafe_encode_translation)


def urlsafe_b64decode(s):
    s = _bytes_from_decode_data(s)
    s = s.translate(_urlsafe_decode_translation)
    return b64decode(s)


# ---- Base32 and Base32hex (RFC 4648 sections 6 and 7)

_B32_ALPHABETS = {
    'std': b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567',
    'hex': b'0123456789ABCDEFGHIJKLMNOPQRSTUV',
}
_b32_decode_tables = {}   # alphabet name -> {byte: value}

# Number of '=' characters that pad the last quantum, by leftover input bytes.
_B32_PADDING = {0: 0, 1: 6, 2: 4, 3: 3, 4: 1}


def _b32encode(which, s):
    if not isinstance(s, bytes_types):
        s = memoryview(s).tobytes()
    alphabet = _B32_ALPHABETS[which]
    leftover = len(s) % 5
    if leftover:
        s = bytes(s) + b'\0' * (5 - leftover)
    out = bytearray()
    from_bytes = int.from_bytes
    for i in range(0, len(s), 5):
        c = from_bytes(s[i:i + 5], 'big')   # 40 bits -> 8 digits of 5 bits
        out += bytes(alphabet[(c >> shift) & 31] for shift in (35, 30, 25, 20, 15, 10, 5, 0))
    pad = _B32_PADDING[leftover]
    if pad:
        out[-pad:] = b'=' * pad
    return bytes(out)


def _b32decode(which, s, casefold=False, map01=None):
    rev = _b32_decode_tables.get(which)
    if rev is None:
        rev = _b32_decode_tables[which] = {c: i for i, c in enumerate(_B32_ALPHABETS[which])}
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        map01 = _bytes_from_decode_data(map01)
        assert len(map01) == 1, repr(map01)
        s = s.translate(bytes.maketrans(b'01', b'O' + map01))
    if casefold:
        s = s.upper()
    total = len(s)
    s = s.rstrip(b'=')
    padchars = total - len(s)
    decoded = bytearray()
    acc = 0
    for i in range(0, len(s), 8):
        quantum = s[i:i + 8]
        acc = 0
        try:
            for c in quantum:
                acc = (acc << 5) + rev[c]
        except KeyError:
            raise binascii.Error('Non-base32 digit found') from None
        decoded += acc.to_bytes(5, 'big')
    if total % 8 or padchars not in {0, 1, 3, 4, 6}:
        raise binascii.Error('Incorrect padding')
    if padchars and decoded:
        acc <<= 5 * padchars
        last = acc.to_bytes(5, 'big')
        keep = (43 - 5 * padchars) // 8
        decoded[-5:] = last[:keep]
    return bytes(decoded)


def b32encode(s):
    return _b32encode('std', s)


def b32decode(s, casefold=False, map01=None):
    return _b32decode('std', s, casefold, map01)


def b32hexencode(s):
    return _b32encode('hex', s)


def b32hexdecode(s, casefold=False):
    # Base32hex has no 0/1 ambiguity, so no map01.
    return _b32decode('hex', s, casefold)


# ---- Base16

def b16encode(s):
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    for c in s:
        if c not in b'0123456789ABCDEF':
            raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(s)


# ---- Ascii85 and Base85
#
# Both map each 4-byte big-endian word to 5 base-85 digits; they differ in
# the digit alphabet and in Ascii85's abbreviations ('z' for a zero word,
# 'y' for four spaces) and optional <~ ~> frame.

_A85_ALPHABET = bytes(range(33, 118))
_B85_ALPHABET = (b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                 b"abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~")
_B85_VALUES = None   # byte -> digit value, built on first b85decode


def _words_to_base85(data, alphabet, pad, fold_zero, fold_spaces):
    if not isinstance(data, bytes_types):
        data = memoryview(data).tobytes()
    short = (-len(data)) % 4
    if short:
        data = bytes(data) + b'\0' * short
    out = bytearray()
    from_bytes = int.from_bytes
    last = len(data) - 4
    for i in range(0, len(data), 4):
        word = from_bytes(data[i:i + 4], 'big')
        # A partial final word is never abbreviated (its digits get cut).
        if fold_zero and word == 0 and not (short and i == last):
            out += b'z'
            continue
        if fold_spaces and word == 0x20202020 and not (short and i == last):
            out += b'y'
            continue
        d4 = word % 85; word //= 85
        d3 = word % 85; word //= 85
        d2 = word % 85; word //= 85
        d1 = word % 85; d0 = word // 85
        out += bytes((alphabet[d0], alphabet[d1], alphabet[d2], alphabet[d3], alphabet[d4]))
    if short and not pad:
        del out[len(out) - short:]
    return bytes(out)


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    body = _words_to_base85(b, _A85_ALPHABET, pad, True, foldspaces)
    if adobe:
        body = b'<~' + body
    if wrapcol:
        width = max(2 if adobe else 1, wrapcol)
        lines = [body[i:i + width] for i in range(0, len(body), width)]
        if adobe and len(lines[-1]) + 2 > width:
            lines.append(b'')
        body = b'\n'.join(lines)
    if adobe:
        body += b'~>'
    return body


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\v'):
    b = _bytes_from_decode_data(b)
    if adobe:
        if not b.endswith(b'~>'):
            raise ValueError("Ascii85 encoded byte sequences must end with b'~>'")
        b = b[2:-2] if b.startswith(b'<~') else b[:-2]
    out = bytearray()
    group = 0      # value of the digits seen in the current 5-digit group
    count = 0      # digits in the current group
    for c in b:
        if 33 <= c <= 117:
            group = group * 85 + (c - 33)
            count += 1
            if count == 5:
                if group > 0xFFFFFFFF:
                    raise ValueError('Ascii85 overflow')
                out += group.to_bytes(4, 'big')
                group = count = 0
        elif c == 122:  # z
            if count:
                raise ValueError('z inside Ascii85 5-tuple')
            out += b'\0\0\0\0'
        elif foldspaces and c == 121:  # y
            if count:
                raise ValueError('y inside Ascii85 5-tuple')
            out += b'    '
        elif c in ignorechars:
            continue
        else:
            raise ValueError('Non-Ascii85 digit found: %c' % c)
    if count:
        # A final partial group is completed with the highest digit ('u').
        missing = 5 - count
        for _ in range(missing):
            group = group * 85 + 84
        if group > 0xFFFFFFFF:
            raise ValueError('Ascii85 overflow')
        out += group.to_bytes(4, 'big')[:4 - missing]
    return bytes(out)


def b85encode(b, pad=False):
    return _words_to_base85(b, _B85_ALPHABET, pad, False, False)


def b85decode(b):
    global _B85_VALUES
    if _B85_VALUES is None:
        table = [None] * 256
        for value, c in enumerate(_B85_ALPHABET):
            table[c] = value
        _B85_VALUES = table
    b = _bytes_from_decode_data(b)
    values = _B85_VALUES
    short = (-len(b)) % 5
    out = bytearray()
    n = len(b)
    for start in range(0, n + short, 5):
        group = 0
        for j in range(start, start + 5):
            if j < n:
                v = values[b[j]]
                if v is None:
                    raise ValueError('bad base85 character at position %d' % j)
            else:
                v = 84   # padding with the highest digit ('~')
            group = group * 85 + v
        if group > 0xFFFFFFFF:
            raise ValueError('base85 overflow in hunk starting at byte %d' % start)
        out += group.to_bytes(4, 'big')
    if short:
        del out[len(out) - short:]
    return bytes(out)


# ---- Legacy interface (MIME-style lines of 76 characters)

MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def _input_type_check(s):
    try:
        m = memoryview(s)
    except TypeError as err:
        msg = "expected bytes-like object, not %s" % s.__class__.__name__
        raise TypeError(msg) from err
    if m.format not in ('c', 'b', 'B'):
        msg = ("expected single byte elements, not %r from %s" %
               (m.format, s.__class__.__name__))
        raise TypeError(msg)
    if m.ndim != 1:
        msg = ("expected 1-D data, not %d-D data from %s" %
               (m.ndim, s.__class__.__name__))
        raise TypeError(msg)


def encodebytes(s):
    _input_type_check(s)
    pieces = []
    for i in range(0, len(s), MAXBINSIZE):
        chunk = s[i: i + MAXBINSIZE]
        pieces.append(binascii.b2a_base64(chunk))
    return b"".join(pieces)


def decodebytes(s):
    _input_type_check(s)
    return binascii.a2b_base64(s)


def encode(input, output):
    while True:
        s = input.read(MAXBINSIZE)
        if not s:
            break
        while len(s) < MAXBINSIZE:
            ns = input.read(MAXBINSIZE - len(s))
            if not ns:
                break
            s += ns
        line = binascii.b2a_base64(s)
        output.write(line)


def decode(input, output):
    while True:
        line = input.readline()
        if not line:
            break
        s = binascii.a2b_base64(line)
        output.write(s)
