# str methods, exhaustively.
s = "Hello, World"
print(s.center(20, "*"), s.ljust(15, "."), s.rjust(15), s.center(3), "ab".center(5), "ab".center(6, "-"), "abc".center(6))
print("a\tbc\tdef\tg".expandtabs(), "a\tbc\tdef".expandtabs(4), "x\ty\n\tz".expandtabs(2))
print("line1\nline2\r\nline3\rline4\x0bline5\x1c6\u2028end".splitlines())
print("a\nb\n".splitlines(keepends=True), "".splitlines(), "\n".splitlines())
print(s.partition(", "), s.partition("x"), s.rpartition("o"), s.rpartition("x"))
table = str.maketrans("abc", "xyz", "d")
print("abcdabcd".translate(table), table)
print("hello".translate({ord("l"): None, ord("h"): "J"}), str.maketrans({"a": "1", "b": None}))
print("Straße".casefold(), "Straße".lower(), "Straße".upper(), "ǅ".lower(), "ﬁ".upper())
print("hello world's-end x1y".title(), "HELLO wORLD".swapcase(), "hello world".capitalize(), "élan".capitalize())
print("42".zfill(5), "-42".zfill(5), "+3.5".zfill(7), "abc".zfill(2), "".zfill(3))
print("abc".isidentifier(), "1abc".isidentifier(), "_x1".isidentifier(), "ñame".isidentifier(), "if".isidentifier(), "a-b".isidentifier())
print("123".isdigit(), "١٢٣".isdecimal(), "½".isnumeric(), "½".isdigit(), "²".isdigit(), "²".isdecimal())
print("abc".isalpha(), "ab1".isalnum(), "  \t\n".isspace(), "".isspace(), "Title Case".istitle(), "UPPER1".isupper(), "lower".islower(), "abc".isascii(), "é".isascii(), "\x00".isprintable(), "a b".isprintable())
print("  strip me  ".strip(), "xxhixx".strip("x"), "  left".lstrip(), "right  ".rstrip(), "www.example.com".strip("cmow."), "abcba".rstrip("ab"))
print("a,b,,c".split(","), "a b  c".split(), " a b ".split(" "), "a,b,c".split(",", 1), "a,b,c".rsplit(",", 1), "".split(","), "".split())
print("-".join(["a", "b", "c"]), "".join(reversed("abc")), ", ".join(map(str, range(5))))
print(s.find("o"), s.rfind("o"), s.find("o", 5), s.find("z"), s.index("W"), s.count("l"), s.count(""), "aaaa".count("aa"))
print(s.startswith("Hell"), s.startswith(("x", "He")), s.endswith("ld"), s.startswith("World", 7), s.endswith("o", 0, 5))
print(s.replace("l", "L"), s.replace("l", "L", 2), "aaa".replace("", "-"), s.removeprefix("Hello"), s.removesuffix("World"), s.removeprefix("x"))
print(s[::-1], s[7:], s[-5:-1], s[::2], s[100:], s[-100:3], s[3:1])
print("ab" * 3, "a" in "cat", "at" not in "cat", "abc" < "abd", "Z" < "a", "abc" < "ab", min("hello"), max("hello"), sorted("hello"))
print(ord("A"), chr(8364), ord("€"), "€".encode(), "naïve".encode("ascii", "replace"), "naïve".encode("ascii", "ignore"), "naïve".encode("ascii", "xmlcharrefreplace"), "naïve".encode("ascii", "backslashreplace"))
print(b"caf\xc3\xa9".decode(), b"caf\xe9".decode("latin-1"), b"\xff".decode("utf-8", "replace"), repr(b"\xff".decode("utf-8", "backslashreplace")))
print(repr("tab\there"), repr("quote'"), repr('both\'"'), repr("\x00\x7f\u200b\U0001F600"), ascii("héllo"), repr("\\"))
print("{}".format("x").join("ab"), "abc".encode("utf-16-le"), len("😀"), len("😀".encode()), "😀".encode("utf-16"))
print(str(b"bytes"), str(123), str(1.5), str([1, "a"]), str(None), str(), str(b"\xe9", "latin-1"))
words = "The quick brown fox".split()
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
print("%s" % "x".join("123"), "a".ljust(0), "ab".rjust(-1), "hello"[1:4].upper().center(7, "|"))
print("one two three".split(maxsplit=1), "  a  b  ".rsplit(maxsplit=1), "a\tb\nc d".split())
print("Mississippi".index("ss", 3), "Mississippi".rindex("ss"), "abc".find(""), "abc".rfind(""), "abc".find("", 10))
print("abc".format_map({}), "{a}".format_map({"a": 1}), "x".__len__(), "abc".__contains__("b"), "ab".__add__("cd"))
try:
    "abc".index("z")
except ValueError as e:
    print(e)
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    "abc"[5]
except IndexError as e:
    print(e)
try:
    "abc"[0] = "x"
except TypeError as e:
    print(e)
try:
    "a,b".split("")
except ValueError as e:
    print(e)
try:
    "x".center(5, "ab")
except TypeError as e:
    print(e)
try:
    ",".join([1, 2])
except TypeError as e:
    print(e)
try:
    "abc".encode("nope")
except LookupError as e:
    print(e)
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print(e)
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(e)
try:
    chr(-1)
except ValueError as e:
    print(e)
try:
    ord("ab")
except TypeError as e:
    print(e)
print(int("٣"), float("١.٥"), "ABC".lower().islower(), "ß".upper(), "İ".lower(), len("İ".lower()))
