# binascii: hex, base64 (lenient and strict), crc32, crc_hqx, uu, qp decoding.
import binascii


def t(f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        print(type(e).__module__, type(e).__name__ + ":", e)
    else:
        print(repr(r))


t(binascii.hexlify, b"\x00\x01\xfe\xff")
t(binascii.b2a_hex, bytearray(b"ab"))
t(binascii.hexlify, memoryview(b"xyz"))
t(binascii.hexlify, b"\x01\x02\x03\x04\x05", "-", 2)
t(binascii.hexlify, b"\x01\x02\x03\x04\x05", "-", -2)
t(binascii.hexlify, b"\x01\x02\x03\x04\x05", b":")
t(binascii.hexlify, b"\x01\x02\x03\x04\x05", bytes_per_sep=3, sep="_")
t(binascii.hexlify, b"", "-")
t(binascii.hexlify, b"\x01\x02", "ab")
t(binascii.hexlify, "abc")
t(binascii.unhexlify, "abc")
t(binascii.unhexlify, "abcg")
t(binascii.unhexlify, b"ABCDef09")
t(binascii.a2b_hex, "6162")
t(binascii.unhexlify, "\u00e9\u00e9")
t(binascii.unhexlify, 5)

for data in [b"", b"a", b"ab", b"abc", b"abcd", bytes(range(256))[:40]]:
    enc = binascii.b2a_base64(data)
    print(enc, binascii.b2a_base64(data, newline=False), binascii.a2b_base64(enc) == data)

for s in [b"YWJj\nZA==", b"YWJjZ", b"YWJjZA", b"YWJjZA=", b"YWJjZA==x", b"YW!JjZA==", b"YWJjZ=A=", b"=YWJjZA==",
          b"YQ", b"YQ=", b"YQ==", b"Y===", b"", b"   ", "YWJj", b"YWJ jZA ==\n"]:
    t(binascii.a2b_base64, s)
    t(binascii.a2b_base64, s, strict_mode=True)
t(binascii.a2b_base64, "YWJj\u00e9")
t(binascii.a2b_base64, 5)
t(binascii.b2a_base64, "x")

for data, start in [(b"", 0), (b"hello", 0), (b"hello", 12345), (b"hello", -1), (b"hello world" * 100, 2 ** 40)]:
    print(binascii.crc32(data, start), binascii.crc_hqx(data, start & 0xffff), binascii.crc_hqx(data, 0x1ffff))
print(binascii.crc32(b"hello"), binascii.crc32(b"lo", binascii.crc32(b"hel")))

for data in [b"", b"a", b"hello world", bytes(range(45))]:
    enc = binascii.b2a_uu(data)
    print(enc, binascii.b2a_uu(data, backtick=True), binascii.a2b_uu(enc) == data)
t(binascii.b2a_uu, b"x" * 46)
t(binascii.a2b_uu, b"")

for s in [b"a=3Db", b"soft=\nbreak", b"x=\r\ny", b"under_score", b"=4", b"==", b"caf=C3=A9"]:
    print(binascii.a2b_qp(s), binascii.a2b_qp(s, header=True))

print(binascii.Error.__mro__, binascii.Incomplete.__mro__)
print(issubclass(binascii.Error, ValueError))

# quoted-printable both ways over random data (checksummed), plus samples
import random
import zlib
rng = random.Random(5)
alphabet = b'ab =_.\t\r\n\x00\xff\xe9xyz'
acc = 0
for trial in range(400):
    data = bytes(rng.choice(alphabet) for _ in range(rng.randrange(0, 200)))
    if trial % 7 == 0:
        data = data.replace(b'\n', b'\r\n')
    for qt in (0, 1):
        for it in (0, 1):
            for hd in (0, 1):
                out = binascii.b2a_qp(data, qt, it, hd)
                acc = zlib.crc32(binascii.a2b_qp(out, hd), zlib.crc32(out, acc))
    text = bytes(rng.choice(b'ab=\r\n\t _3F\xff') for _ in range(rng.randrange(0, 40)))
    acc = zlib.crc32(binascii.a2b_qp(text, header=True), zlib.crc32(binascii.a2b_qp(text), acc))
print(acc)
print(binascii.b2a_qp(b'x' * 200))
print(binascii.b2a_qp(b'line  \nnext\t\n'), binascii.b2a_qp(b'.\n.x', quotetabs=True),
      binascii.b2a_qp(b'a b_c', header=True), binascii.b2a_qp(b'\r\n', istext=False))
