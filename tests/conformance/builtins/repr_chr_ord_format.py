# repr, ascii, chr, ord, format, hash (ints/tuples only)
vals = ["text", "it's", 'say "hi"', "both ' and \"", "tab\t", "uni é", "\x00", 1, 1.5, None, [1, "a"], (1,), {"k": "v"}, b"b"]
for v in vals:
    print(repr(v), ascii(v))
print(chr(65), chr(0x263A), chr(128512), ord("A"), ord("€"), ord("😀"))
for bad in (lambda: chr(-1), lambda: chr(0x110000), lambda: ord(""), lambda: ord("ab")):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(format(3.14159, ".2f"), format(42, "08b"), format("s", "^5"), format(1234567, ","), format(0.25, "%"))
print(hash(42) == 42, hash(-1) == -2, hash((1, 2)) == hash((1, 2)), hash(10 ** 30) == hash(10 ** 30), hash(0.5) == hash(0.5))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-2 ** 61))
