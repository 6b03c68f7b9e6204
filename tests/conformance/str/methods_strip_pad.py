# strip, padding, justification, expandtabs, zfill
s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "abcba".strip("ab"), "www.example.com".lstrip("cmowz."), "hi!!?".rstrip("!?"))
print(repr("hi".center(7)), repr("hi".center(8, "*")), repr("hi".ljust(5, "-")), repr("hi".rjust(5)))
print(repr("toolong".center(3)), repr("abc".center(6)), repr("abc".center(6, "é")))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(6), "".zfill(3), "--".zfill(4))
print(repr("a\tb\tc".expandtabs()), repr("a\tbc\td".expandtabs(4)), repr("12345\t6".expandtabs(4)))
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
table = [("apple", 1.5, 10), ("banana", 0.25, 150), ("cherry", 12.0, 3)]
print("+" + "-" * 10 + "+" + "-" * 8 + "+" + "-" * 6 + "+")
for name, price, qty in table:
    print("|" + name.ljust(10) + "|" + f"{price:.2f}".rjust(8) + "|" + str(qty).center(6) + "|")
print("+" + "-" * 26 + "+")
