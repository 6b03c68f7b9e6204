# struct: pack/unpack round trips, sizes, alignment and every format char.
import struct

for fmt in ["b", "B", "h", "H", "i", "I", "l", "L", "q", "Q", "n", "N", "P", "e", "f", "d", "?", "c", "x", "s", "p",
            "ci", "ic", "@ci", "=ci", "<ci", ">ci", "!ci", "hhl", "bq", "c0i", "3sd", "10p", "i 4s  h", "0s", "0p"]:
    try:
        print(fmt, struct.calcsize(fmt))
    except struct.error as e:
        print(fmt, "error:", e)

for order in "@=<>!":
    print(order, struct.pack(order + "bBhHiIlLqQ", -1, 255, -2, 65535, -3, 4294967295, -4, 5, -5, 2**64 - 1))
    print(order, struct.unpack(order + "bBhHiIlLqQ", struct.pack(order + "bBhHiIlLqQ", -1, 255, -2, 65535, -3, 4294967295, -4, 5, -5, 2**64 - 1)))
    for v in [0.0, -0.0, 1.5, -2.25, 1e10, 3.141592653589793, float("inf"), float("-inf"), 1e-300]:
        packed = struct.pack(order + "fd", v, v)
        print(order, v, packed, struct.unpack(order + "fd", packed))

print(struct.pack("nNP", -7, 7, 123456))
print(struct.unpack("nNP", struct.pack("nNP", -7, 7, 123456)))
print(struct.pack("?????", 0, 1, [], [1], "x"))
print(struct.unpack("???", b"\x00\x01\x05"))
print(struct.pack("c3s2p5p", b"z", b"abcdef", b"xyz", b"q"))
print(struct.unpack("c3s2p5p", b"zabc\x02x\x09qrst"))
print(struct.pack("5s", bytearray(b"ab")))
print(struct.pack("300p", b"x" * 300)[:3], len(struct.pack("300p", b"x" * 300)))
print(struct.unpack("300p", struct.pack("300p", b"x" * 300))[0] == b"x" * 255)
print(struct.pack("2x3xh", 7))
print(struct.pack(">i", True), struct.pack("<d", 3), struct.pack("<f", 2))

class Idx:
    def __index__(self):
        return 42

print(struct.pack("<i", Idx()), struct.pack("B", Idx()))

# half floats: rounding, subnormals, specials
for v in [1.0, 0.1, 65504.0, 65519.0, 6.1e-05, 5.96e-08, 3e-08, 2.9e-08, 1e-8, -0.0, float("inf"), float("-inf"),
          float("nan"), 1.0009765625, 1.00048828125, 1.00146484375, 2049.0, 2051.0]:
    b = struct.pack("<e", v)
    print(v, b, struct.unpack("<e", b), struct.pack(">e", v))
for bits in [0x0001, 0x03ff, 0x0400, 0x3c00, 0x7bff, 0x7c00, 0xfc00, 0x8001]:
    print(hex(bits), struct.unpack("<e", struct.pack("<H", bits)))

print(struct.pack("<f", 3.4028235e38), struct.pack("<f", 1e-46), struct.pack("@f", 1e300))
print(struct.unpack(">f", b"\x7f\x80\x00\x00"), struct.unpack(">d", b"\xff\xf0" + b"\x00" * 6))

# byte strings as formats, iter_unpack, pack_into, unpack_from
print(struct.pack(b"<h", 258), struct.calcsize(b"ii"))
print(list(struct.iter_unpack("<hb", b"\x01\x00\x02\x03\x00\x04")))
it = struct.iter_unpack("<h", b"abcdef")
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
ba = bytearray(10)
struct.pack_into("<hi", ba, 2, 5, -1)
print(ba)
struct.pack_into("<h", ba, -2, 0x4142)
print(ba)
mv = memoryview(ba)
struct.pack_into("B", mv, 0, 99)
print(ba, struct.unpack_from("<h", ba), struct.unpack_from("<h", ba, 2), struct.unpack_from("<h", ba, offset=-2))
print(struct.unpack_from("<h", buffer=b"\x01\x02\x03", offset=1))
print(struct.unpack("<h", memoryview(b"\x05\x06")), struct.unpack("<h", bytearray(b"\x05\x06")))

# the Struct class
s = struct.Struct("<ih5s")
print(s.format, s.size, type(s).__name__, type(s).__module__)
print(s.pack(1, 2, b"abc"), s.unpack(s.pack(1, 2, b"abc")), s.unpack_from(b"xx" + s.pack(3, 4, b"z"), 2))
print(list(s.iter_unpack(s.pack(1, 2, b"a") + s.pack(3, 4, b"b"))))
ba = bytearray(11)
s.pack_into(ba, 0, 9, 8, b"hello")
print(ba)
s2 = struct.Struct(b">q")
print(s2.format, s2.size, s2.pack(-2))

class MyStruct(struct.Struct):
    def __init__(self):
        super().__init__("<2H")

m = MyStruct()
print(m.format, m.size, m.pack(1, 2), isinstance(m, struct.Struct))
print(struct.error.__mro__, struct.error.__module__, struct.Struct.__name__)
print(sorted(struct.__all__))
