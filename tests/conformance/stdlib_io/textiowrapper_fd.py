# io.TextIOWrapper over binary files (open(..., 'rb'/'wb'), sys.stdout's
# detached buffer), tokenize.open, open(encoding='locale'), detach().
import io
import os
import sys
import tokenize

PATH = "/tmp/minipy_conf_io_wrapper.txt"
with open(PATH, "w") as f:
    f.write("data\nmore\r\nlast")
t = io.TextIOWrapper(open(PATH, "rb"), encoding="utf-8")
print(repr(t.readline()), t.encoding, t.name == PATH, t.closed, type(t.buffer).__name__)
print(list(t), t.newlines)
t.close()
print(t.closed, t.buffer.closed)
with tokenize.open(PATH) as f:
    print(repr(f.readline()), f.mode, f.encoding)
b = open(PATH, "wb")
b.write(b"head\n")
w = io.TextIOWrapper(b, encoding="latin-1", newline="\r\n")
print(w.write("caf\xe9\n"), w.errors, w.line_buffering)
w.close()
print(b.closed)
with open(PATH, "rb") as f:
    print(f.read())
with open(PATH, "w", encoding="utf-8") as f:
    f.write("h\xe9llo\n")
with open(PATH, encoding="locale") as f:
    print(f.encoding, f.read(4))
f = open(PATH, "r", encoding="latin-1")
raw = f.detach()
print(type(raw).__name__, raw.read(4))
for what in [lambda: f.closed, f.read, lambda: f.write("x"), f.detach]:
    try:
        what()
    except ValueError as e:
        print("ValueError", e)
raw.close()
print("before detach")
out = io.TextIOWrapper(sys.stdout.detach(), encoding="utf-8", line_buffering=True)
sys.stdout = out
print("after detach", "\xe9", out.line_buffering)
os.remove(PATH)
