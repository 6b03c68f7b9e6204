# Text files: newline modes on write and read (universal newlines, the
# newlines attribute), line endings split across the read buffer's chunks,
# readline limits, binary readline, narrow encodings.
import os

PATH = "/tmp/minipy_conf_io_newlines.txt"
MIXED = b"a\nb\r\nc\rd\n\re\r"

with open(PATH, "wb") as f:
    f.write(MIXED)
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(PATH, newline=nl) as f:
        print(repr(nl), "newlines before", f.newlines)
        print("  lines", list(f), f.newlines)
    with open(PATH, newline=nl) as f:
        print("  read", repr(f.read()), f.newlines)
    with open(PATH, newline=nl) as f:
        print("  readline(2)", [f.readline(2) for _ in range(7)])
    with open(PATH, newline=nl) as f:
        print("  readlines", f.readlines())
    with open(PATH, "w", newline=nl) as f:
        print("  write", f.write("x\ny\r\nz\r"), f.newlines)
    with open(PATH, "rb") as f:
        print("  bytes", f.read())
    with open(PATH, "wb") as f:
        f.write(MIXED)

# \r\n split across the 8 KiB / 64 KiB chunk boundaries
for size in [8191, 8192, 65535, 65536, 65537]:
    with open(PATH, "wb") as f:
        f.write(b"x" * (size - 1) + b"\r\n" + b"y\r" + b"\nz\r")
    for nl in [None, "", "\r\n", "\r"]:
        with open(PATH, newline=nl) as f:
            lines = list(f)
        print(size, repr(nl), len(lines), [len(l) for l in lines], [l[-2:] for l in lines])
    with open(PATH) as f:
        text = f.read()
        print("  read", len(text), text.count("\n"), repr(text[-5:]), f.newlines)

# binary readline / readlines / iteration
with open(PATH, "wb") as f:
    f.write(b"one\ntwo\r\nthree\rfour\n" * 3)
with open(PATH, "rb") as f:
    print(f.readline(), f.readline(2), f.readline(), f.readlines(10), f.readline(-1))
    print(list(f))
with open(PATH, "rb") as f:
    print(f.read(5), f.readline(), f.read(3), f.tell())
    f.seek(0)
    print(len(f.read()), f.read(), f.readline())

# encodings
with open(PATH, "w", encoding="latin-1") as f:
    f.write("caf\xe9 na\xefve\n\xff\n")
with open(PATH, "rb") as f:
    print(f.read())
with open(PATH, encoding="latin-1") as f:
    print(f.readlines())
with open(PATH, encoding="utf-8", errors="replace") as f:
    print(ascii(f.read()))
with open(PATH, encoding="ascii", errors="replace") as f:
    print(ascii(f.read()))
try:
    with open(PATH, encoding="ascii") as f:
        f.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
try:
    with open(PATH, "w", encoding="ascii") as f:
        f.write("ok\xe9")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e)
with open(PATH, "w", encoding="utf-8") as f:
    f.write("h\xe9llo w\xf6rld\n\u20ac\U0001d11e\nend")
with open(PATH, encoding="utf-8") as f:
    print(f.read(3), f.read(4), f.readline(), f.readline(1), f.readline(5), f.read())
os.remove(PATH)
