# re.error messages, positions and attributes; TypeErrors.
import re

for pat in ["*a", "a**", "(a", "a)", "\\q", "(?<x)", "[a", "[z-a]", "a{3,1}", "(?P<1a>x)",
            "(?P<a>x)(?P<a>y)", "(a)\\2", "(a\\1)", "(?P=b)", "(?<=a+)b", "(?<=a|bc)d", "\\",
            "a(?i)b", "(?z)", "x{2}{3}", "a|*", "(?", "(?P<a", "(?P<a>", "\\x1", "[\\d-z]",
            "ab\n(c", "a+++", "(?#abc", "(?i", "(?-i)", "\\777", "(?(2)a|b)(x)", "a\\", "(?P<a>x)(?P=a",
            "[\\q]", "\\8", b"\\u0041"]:
    try:
        re.compile(pat)
        print(repr(pat), "compiled")
    except re.error as e:
        print(repr(pat), "->", e)
        print("   ", repr(e.msg), e.pos, e.lineno, e.colno, e.pattern == pat)

try:
    re.compile("ab\ncd\n(ef")
except re.error as e:
    print(e, e.lineno, e.colno)

for call in [lambda: re.match("a", b"a"), lambda: re.match(b"a", "a"), lambda: re.match("a", 5),
             lambda: re.compile(re.compile("a"), re.I), lambda: re.compile(5),
             lambda: re.match("a", "a").group(3), lambda: re.match("a", "a").group("x"),
             lambda: re.compile(b"x", re.U), lambda: re.compile("x", re.L)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(issubclass(re.error, Exception), re.error.__name__, re.error.__module__)
print(isinstance(re.compile("x"), re.Pattern), isinstance(re.match("x", "x"), re.Match))
re.purge()
print(re.compile("a") is re.compile("a"))
