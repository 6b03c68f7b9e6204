# bytes methods
b = b"  The Quick Brown Fox  "
print(b.strip(), b.lstrip(), b.rstrip(), b.lower(), b.upper(), b.swapcase(), b.title())
print(b.split(), b"a,b,,c".split(b","), b"a b c".rsplit(None, 1), b"x\ny\r\nz".splitlines())
print(b.find(b"Quick"), b.find(b"q"), b.index(b"Fox"), b.count(b" "), b.rfind(b"o"), b.find(111))
print(b.replace(b" ", b"_"), b"abc".startswith(b"a"), b"abc".endswith((b"c", b"x")))
print(b"k=v".partition(b"="), b"a-b-c".rpartition(b"-"), b"-".join([b"x", b"y"]))
print(b"abc".center(9, b"*"), b"abc".ljust(5), b"abc".rjust(5, b"0"), b"42".zfill(6))
print(b"abc123".isalnum(), b"abc".isalpha(), b"123".isdigit(), b"  ".isspace(), b"ABC".isupper())
print(b"hello world".capitalize(), b"a\tb".expandtabs(4), b"xxhixx".strip(b"x"))
print(b"caf\xc3\xa9".decode(), b"caf\xc3\xa9".decode("latin-1"), b"\xff".decode("utf-8", "replace"))
print(b"\xff\xfe".decode("utf-8", "ignore"), b"abc".decode("ascii"))
try:
    b"\xe9t\xe9".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
tbl = bytes.maketrans(b"abc", b"ABC")
print(b"aabbcc".translate(tbl), b"hello".translate(None, b"l"))
print(b"abc".removeprefix(b"a"), b"abc".removesuffix(b"c"), b"%s=%05.1f" % (b"pi", 3.14159))
