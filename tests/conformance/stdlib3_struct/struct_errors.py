# struct: error types and messages (CPython 3.11 on x86-64).
import struct


def t(f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))


for bo in "@=<>":
    for c in "bBhHiIlLqQnNP":
        if c in "nNP" and bo != "@":
            continue
        sz = struct.calcsize(bo + c)
        for v in [-1, 2 ** (8 * sz - 1), 2 ** (8 * sz), -2 ** (8 * sz - 1) - 1, 2 ** 70, -2 ** 70, 1.5, "x", None]:
            print(bo + c, v, end=" ")
            t(struct.pack, bo + c, v)

for fmt in ["3", "i 4", "z", "<n", ">N", "=P", "2 i", " <i", "i<", "99999999999999999999i", "4294967296q" * 3]:
    t(struct.calcsize, fmt)
t(struct.pack, "ii", 1)
t(struct.pack, "x", 1)
t(struct.pack, "c", b"ab")
t(struct.pack, "c", "a")
t(struct.pack, "c", 1)
t(struct.pack, "s", 1)
t(struct.pack, "p", "x")
t(struct.pack, "f", "x")
t(struct.pack, "d", 2 ** 2000)
t(struct.pack, "<f", 1e300)
t(struct.pack, ">f", -1e39)
t(struct.pack, "e", 1e10)
t(struct.pack, "e", 65520.0)
t(struct.pack)
t(struct.pack, 1)
t(struct.unpack, "i")
t(struct.unpack, "i", b"ab")
t(struct.unpack, "i", "abcd")
t(struct.Struct, 1)
t(struct.Struct)
t(struct.calcsize)
ba = bytearray(5)
t(struct.pack_into, "i", ba, 2, 1)
t(struct.pack_into, "i", ba, -10, 1)
t(struct.pack_into, "i", ba, -2, 1)
t(struct.pack_into, "i", ba, 0)
t(struct.pack_into, "i", b"xxxxx", 0, 1)
t(struct.pack_into, "i", ba)
t(struct.unpack_from, "i", b"ab")
t(struct.unpack_from, "i", b"abcde", 2)
t(struct.unpack_from, "i", b"abcde", -10)
t(struct.unpack_from, "i", b"abcde", -2)
t(struct.iter_unpack, "i", b"abcde")
t(struct.iter_unpack, "", b"abcde")
s = struct.Struct("<ih")
t(s.pack, 1)
t(s.unpack, b"12")
t(s.unpack_from, b"12", 0)
try:
    struct.pack("h", 99999)
except struct.error as e:
    print(isinstance(e, Exception), e.args)
