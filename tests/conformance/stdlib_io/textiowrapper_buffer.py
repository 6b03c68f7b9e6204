# io.TextIOWrapper over buffers that are not built-in binary files (BytesIO):
# decoding, newline modes, line buffering, detach, close, csv over it.
import io
t = io.TextIOWrapper(io.BytesIO(b"abc\ndef\r\nghi\rjkl"), encoding="utf-8")
print(type(t).__name__, t.encoding, t.readline(), list(t), t.newlines)
t = io.TextIOWrapper(io.BytesIO("h\xe9llo\nw\xf6rld\n".encode()), newline="")
print(t.encoding, t.read(3), repr(t.readline()), repr(t.read()), repr(t.read()))
b = io.BytesIO()
w = io.TextIOWrapper(b, encoding="latin-1", newline="\r\n", line_buffering=True)
print(w.write("caf\xe9\nx"), b.getvalue(), w.line_buffering, w.errors)
w.flush(); print(b.getvalue())
print(w.detach() is b)
try: w.write("x")
except ValueError as e: print(e)
for nl in [None, "", "\n", "\r", "\r\n"]:
    t = io.TextIOWrapper(io.BytesIO(b"a\nb\r\nc\rd\n\re\r"), newline=nl)
    print(repr(nl), list(t), t.newlines)
t = io.TextIOWrapper(io.BytesIO(b"line1\nline2\n"))
print(t.readline(3), t.readline(100), t.readlines())
t.close(); print(t.closed)
try: t.read()
except ValueError as e: print(e)
import csv
raw = io.BytesIO(b"a,b\r\n1,2\r\n")
print(list(csv.reader(io.TextIOWrapper(raw, encoding="utf-8", newline=""))))
