# bytes, bytearray and memoryview in everyday binary handling.
import struct

raw = bytes(range(0, 256, 17))
print(raw, len(raw), raw[0], raw[-1], raw[2:5], raw[::-4], list(raw[:3]))
print(raw.hex(), raw.hex(":"), raw.hex(" ", 4), bytes.fromhex("de ad be ef"), bytes.fromhex("0a0B"))
ba = bytearray(b"hello world")
ba[0] = ord("H")
ba[6:11] = b"there!"
ba.extend(b"??")
ba += b"!"
print(ba, len(ba), ba.pop(), ba.find(b"there"), ba.upper(), bytes(ba).title())
del ba[5:]
ba.insert(0, 62)
ba.reverse()
print(ba, ba.count(b"l"), ba.replace(b"l", b"L"), ba.index(ord("e")))
mv = memoryview(b"abcdefgh")
print(mv[0], mv[1:4].tobytes(), bytes(mv[::2]), mv.nbytes, mv.readonly, mv.format, mv.itemsize, mv.tolist()[:3])
mba = memoryview(bytearray(b"12345678"))
mba[0:2] = b"XY"
print(mba.obj, mba.tobytes(), bytes(mba[-2:]), mba.cast("H").tolist() if False else len(mba.cast("H")))
print(int(memoryview(b"12")), float(memoryview(b"1.5")), b"%b" % memoryview(b"x"), b"%s-%b" % (b"a", bytearray(b"b")))
print(int(bytearray(b" 42 ")), float(bytearray(b"2.5e1")), int(b"0x1f", 16), int(b"-7"))
print(b"%d %x %5s|%-4b|%c%c %r %a" % (42, 255, b"ab", b"cd", 65, b"Z", b"q", "é"))
print(bytes(3), bytes([1, 2]), bytes("é", "utf-8"), bytearray(2), b"ab" * 2, b"a" in b"cat", 97 in b"cat", b"" in b"x")
print(b"a,b,,c".split(b","), b"  x  ".strip(), b"x".center(5, b"-"), b"abc".startswith((b"z", b"a")), b"AbC".swapcase(), b"a\tb".expandtabs(4))
print(b"hello".translate(bytes.maketrans(b"el", b"ip")), b"hello".translate(None, b"l"), b"%05.1f" % 3.14159)
print(repr(b"\x00\n\r\t'\"\\\x7f\x80"), repr(bytearray(b"q'")), b'"'.decode(), str(b"x"))
header = struct.pack("<4sHHI", b"RIFF", 1, 2, 0xDEADBEEF)
print(header, len(header), struct.unpack("<4sHHI", header), struct.calcsize(">ihq"), struct.calcsize("@ihq"))
print(struct.pack(">h", -2), struct.unpack(">f", struct.pack(">f", 1.5)), struct.pack("?x3s", True, b"abcd"))
print(list(struct.iter_unpack("<H", b"\x01\x00\x02\x00\x03\x00")), struct.unpack_from("<B", b"\x00\x09", 1))
buf = bytearray(8)
struct.pack_into("<I", buf, 2, 1)
print(buf)
try:
    struct.pack("<B", 256)
except struct.error as e:
    print(e)
try:
    struct.unpack("<I", b"\x00")
except struct.error as e:
    print(e)
try:
    b"abc"[0] = 1
except TypeError as e:
    print(e)
try:
    bytes([256])
except ValueError as e:
    print(e)
try:
    b"a" + "b"
except TypeError as e:
    print(e)
try:
    memoryview(b"abc")[0] = 1
except TypeError as e:
    print(e)
try:
    bytearray(b"x").pop(5)
except IndexError as e:
    print(e)
try:
    int(memoryview(b"zz"))
except ValueError as e:
    print(e)
checksum = sum(raw) & 0xFF
print(checksum, hex(checksum), int.from_bytes(raw[:4], "big"), int.from_bytes(raw[:4], "little", signed=True))
with memoryview(bytearray(b"ctx")) as m:
    print(m.tobytes())
try:
    m[0]
except ValueError as e:
    print(e)
print(bytearray(b"abc") == b"abc", b"abc" < b"abd", bytes(memoryview(b"xy")), bytearray(memoryview(b"z")), hash(b"abc") == hash(bytes(bytearray(b"abc"))))
print(b"caf\xc3\xa9".decode("utf-8"), bytearray("naïve", "utf-8").decode("ascii", "replace"), b"x".join([b"a", bytearray(b"b"), memoryview(b"c")]))
print(b"line1\nline2\r\n".splitlines(), b"line1\nline2\r\n".splitlines(True), b"k=v".partition(b"="), b"abc".zfill(6), b"-12".zfill(5))
print(bytes.maketrans(b"ab", b"AB")[97:99], b"12".isdigit(), b"ab".isalpha(), b"A B".istitle(), b" ".isspace(), b"aB1".isalnum())
