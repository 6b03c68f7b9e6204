# Raw strings and bytes literals
r = r"C:\new\table\x41"
print(r, len(r))
print(repr(r))
print(R"\d+\.\d*", rb"\x00\n", Rb"raw", bR"\t")
print(r"quote \" inside", len(r"\""))
b = b"abc\x00\xff\n"
print(b, len(b), b[0], b[-2], list(b))
print(B'single', b"""triple""")
print(br"\x41", b"\x41")
print(b"a" b"b" b"c")
print(type(b"").__name__, type(r"").__name__)
print(b"\101\102", b"\\", repr(b"'"), repr(b'"'), repr(b"'\""))
u = "h\u00e9llo"
e = u.encode("utf-8")
print(e, e.decode("utf-8") == u, len(u), len(e))
print(u"unicode prefix", U"upper")
