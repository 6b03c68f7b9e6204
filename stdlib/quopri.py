"""Quoted-printable encoding and decoding (RFC 1521)."""
# minipy: CPython 3.11's quopri API. The codecs themselves are binascii's
# b2a_qp / a2b_qp (as in CPython, which prefers them when available).

__all__ = ["encode", "decode", "encodestring", "decodestring"]

from binascii import a2b_qp, b2a_qp

ESCAPE = b'='
MAXLINESIZE = 76
HEX = b'0123456789ABCDEF'
EMPTYSTRING = b''


def needsquoting(c, quotetabs, header):
    """Whether the byte c (a bytes object of length 1) must be quoted: '=',
    non-printable bytes, tabs and spaces when quotetabs, '_' in headers."""
    assert isinstance(c, bytes)
    if c in b' \t':
        return quotetabs
    if c == b'_':
        return header
    return c == ESCAPE or not (b' ' <= c <= b'~')


def quote(c):
    """The =XX escape of the byte c."""
    assert isinstance(c, bytes) and len(c) == 1
    c = ord(c)
    return ESCAPE + bytes((HEX[c // 16], HEX[c % 16]))


def encode(input, output, quotetabs, header=False):
    """Read binary input, write it quoted-printable to binary output.

    quotetabs: also quote spaces and tabs; header: encode spaces as '_'
    (RFC 1522 headers)."""
    output.write(b2a_qp(input.read(), quotetabs=quotetabs, header=header))


def encodestring(s, quotetabs=False, header=False):
    return b2a_qp(s, quotetabs=quotetabs, header=header)


def decode(input, output, header=False):
    """Read quoted-printable binary input, write the decoded bytes to output.
    header: '_' stands for a space."""
    output.write(a2b_qp(input.read(), header=header))


def decodestring(s, header=False):
    return a2b_qp(s, header=header)


def ishex(c):
    """Whether the byte c (bytes of length 1) is a hexadecimal digit."""
    assert isinstance(c, bytes)
    return b'0' <= c <= b'9' or b'a' <= c <= b'f' or b'A' <= c <= b'F'


def unhex(s):
    """The value of a string of hexadecimal digits (bytes)."""
    bits = 0
    for x in s:
        x = bytes((x,))
        if b'0' <= x <= b'9':
            i = ord('0')
        elif b'a' <= x <= b'f':
            i = ord('a') - 10
        elif b'A' <= x <= b'F':
            i = ord(b'A') - 10
        else:
            assert False, "non-hex digit " + repr(x)
        bits = bits * 16 + (ord(x) - i)
    return bits


def main():
    import sys
    import getopt
    try:
        opts, args = getopt.getopt(sys.argv[1:], 'td')
    except getopt.error as msg:
        sys.stdout = sys.stderr
        print(msg)
        print("usage: quopri [-t | -d] [file] ...")
        print("-t: quote tabs")
        print("-d: decode; default encode")
        sys.exit(2)
    deco = False
    tabs = False
    for o, a in opts:
        if o == '-t':
            tabs = True
        if o == '-d':
            deco = True
    if tabs and deco:
        sys.stdout = sys.stderr
        print("-t and -d are mutually exclusive")
        sys.exit(2)
    if not args:
        args = ['-']
    sts = 0
    for file in args:
        if file == '-':
            fp = sys.stdin.buffer
        else:
            try:
                fp = open(file, "rb")
            except OSError as msg:
                sys.stderr.write("%s: can't open (%s)\n" % (file, msg))
                sts = 1
                continue
        try:
            if deco:
                decode(fp, sys.stdout.buffer)
            else:
                encode(fp, sys.stdout.buffer, tabs)
        finally:
            if file != '-':
                fp.close()
    if sts:
        sys.exit(sts)


if __name__ == '__main__':
    main()
