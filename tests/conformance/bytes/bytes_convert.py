# Conversions between ints, bytes, hex, memoryview
n = 0x12345678
be = n.to_bytes(4, "big")
le = n.to_bytes(4, "little")
print(be, le, be.hex(), int.from_bytes(le, "little") == n)
mv = memoryview(b"abcdef")
print(mv[0], bytes(mv[1:3]), mv.tobytes(), len(mv), mv.nbytes, list(mv[:2]))
ba = bytearray(b"xyz")
mv2 = memoryview(ba)
mv2[0] = ord("X")
print(ba, mv2.tolist(), mv2.readonly, memoryview(b"q").readonly)
def to_hexdump(data, width=8):
    for off in range(0, len(data), width):
        chunk = data[off:off + width]
        hexpart = " ".join(f"{c:02x}" for c in chunk)
        text = "".join(chr(c) if 32 <= c < 127 else "." for c in chunk)
        print(f"{off:04x}  {hexpart:<{width * 3}} {text}")
to_hexdump(b"Hello, bytes!\x00\x01\xff world")
print(bytes([0x41]) * 3, b"\x00" * 4, bytes(2) == b"\x00\x00")
print(str(b"abc"), repr(bytearray(b"abc")), bytearray(b"x") == b"x", hash(b"ab") == hash(b"ab"))
print(b"abc"[1:2] == b"b", b"abc"[1] == 98, b"abc".find(b""), ord(b"a"), chr(b"a"[0]))
