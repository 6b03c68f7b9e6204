# bytes construction, indexing, slicing, repr
b = b"Hello\x00\xff\n\t'\""
print(b, len(b), b[0], b[-1], b[1:5], b[::-1], type(b[0]).__name__, type(b[0:1]).__name__)
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes("héllo", "utf-8"), bytes(b"copy"))
print(bytes.fromhex("de ad be ef"), b"\xde\xad".hex(), b"abc".hex("-"), b"abcdef".hex(":", 2))
print(repr(b"\x7f\x80"), repr(b"\\"), repr(b"'"), repr(b"a'b\"c"), repr(bytes([9, 10, 13, 92])))
print(list(b"abc"), [c for c in b"AZ"], b"a" + b"b", b"ab" * 3, b"b" in b"abc", 98 in b"abc")
for bad in ([256], [-1], ["a"], "text"):
    try:
        bytes(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    b"abc"[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    b"a" + "b"
except TypeError as e:
    print("TypeError:", e)
print(b"abc" == b"abc", b"abc" < b"abd", b"" < b"\x00", b"a" == "a")
print(bytes.fromhex("00ff")[1], b"%d" % 5, b"x".join([b"1", b"2"]))
