# Error messages from bytes operations
tests = [
    lambda: b"abc"[5],
    lambda: bytes(-1),
    lambda: bytes.fromhex("zz"),
    lambda: b"abc".index(b"z"),
    lambda: b"a".decode("no-such-codec"),
    lambda: bytes(1.5),
    lambda: b"%d" % "x",
    lambda: b"abc".split(b""),
    lambda: bytearray(b"a").extend(5),
    lambda: b"x".join(["a"]),
    lambda: ord(b"ab"),
    lambda: b"abc" + 1,
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__ + ":", e)
