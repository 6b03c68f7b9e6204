# StringIO: the API, positions, overseek, truncate, errors and messages.
import io


def show(label, f, *a):
    try:
        r = f(*a)
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


s = io.StringIO("hello world\nsecond line\nthird")
print(s.read(5), repr(s.read(1)), s.tell())
print(repr(s.readline()), s.tell())
print(repr(s.readline(3)), repr(s.readline(-1)), repr(s.readline(None)))
print(repr(s.readline()), repr(s.read()), s.tell())
print(s.seek(0), s.readlines())
print(s.seek(0), s.readlines(12))
print(s.seek(0), s.readlines(0), s.readlines())
s.seek(0)
print(list(s))
print(s.seek(0, 2), s.seek(0, 1), s.tell())
for args in [(1, 1), (1, 2), (-1,), (-1, 0), (0, 3), (1.5,), ("a",), (0, 1.0)]:
    show("seek%r" % (args,), s.seek, *args)
show("read(1.5)", s.read, 1.5)
show("read('x')", s.read, "x")
show("readline(1.5)", s.readline, 1.5)
show("read(1, 2)", s.read, 1, 2)
show("write(1)", s.write, 1)
show("write(b'x')", s.write, b"x")
show("write()", s.write)

# overwrite, overseek padding, truncate
s = io.StringIO("abcdef")
s.seek(2); s.write("XY"); print(repr(s.getvalue()), s.tell())
s.seek(5); s.write("12345"); print(repr(s.getvalue()), s.tell())
s.seek(13); s.write("!"); print(repr(s.getvalue()), s.tell())
print(s.truncate(4), repr(s.getvalue()), s.tell())
s.seek(2); print(s.truncate(), repr(s.getvalue()), s.tell())
show("truncate(-1)", s.truncate, -1)
show("truncate(1.5)", s.truncate, 1.5)
print(s.truncate(100), repr(s.getvalue()))
s.seek(10); print(repr(s.read()), repr(s.readline()), s.tell())
s.write("z"); print(repr(s.getvalue()))

# non-ASCII text: positions are code points
u = io.StringIO("héllo wörld\n€uro line\n𝄞 clef\nlast")
print(u.read(3), u.tell(), repr(u.readline()), u.tell())
print(repr(u.readline(2)), repr(u.readline()), u.tell())
u.seek(4); print(repr(u.read(4)), u.tell())
u.seek(1); u.write("ÉÉ"); print(repr(u.getvalue()), u.tell())
u.seek(2); u.write("x"); print(repr(u.getvalue()))
u.seek(0, 2); u.write("ü"); print(u.tell(), len(u.getvalue()))
print(u.truncate(5), repr(u.getvalue()))
u.seek(3); print(repr(u.read()))
print([len(x) for x in io.StringIO("αβγ\nδ\n\nε")])

# closed / uninitialised
c = io.StringIO("x")
print(c.closed, c.readable(), c.writable(), c.seekable(), c.isatty(), c.line_buffering)
print(c.encoding, c.errors, c.newlines)
c.close(); c.close()
print(c.closed)
for name in ["read", "readline", "getvalue", "tell", "readable", "writable", "seekable", "truncate", "flush", "isatty", "readlines", "__enter__"]:
    show(name, getattr(c, name))
show("write", c.write, "x")
show("write(1)", c.write, 1)
show("seek", c.seek, 0)
show("iter", iter, c)
show("next", next, c)
show("line_buffering", lambda: c.line_buffering)
show("newlines", lambda: c.newlines)
show("writelines", c.writelines, ["a"])
u = io.StringIO.__new__(io.StringIO)
for name in ["read", "getvalue", "tell", "readable"]:
    show("uninit " + name, getattr(u, name))
show("uninit closed", lambda: u.closed)
show("uninit write", u.write, "x")
u.__init__("abc")
print(u.read())
show("detach", io.StringIO().detach)
show("fileno", io.StringIO().fileno)

# constructor arguments
show("StringIO(1)", io.StringIO, 1)
show("StringIO(b'x')", io.StringIO, b"x")
show("newline=1", io.StringIO, "", 1)
show("newline='x'", io.StringIO, "", "x")
show("newline='\\n\\r'", io.StringIO, "", "\n\r")
show("kw", lambda: io.StringIO(initial_value="kw", newline=None).getvalue())
show("bad kw", lambda: io.StringIO(value="x"))
show("None", lambda: io.StringIO(None).getvalue())
show("3 args", io.StringIO, "a", "\n", 3)

# context manager, writelines, iteration, print
with io.StringIO() as f:
    f.writelines(["a\n", "b", "c\n"])
    print("x", 1, 2.5, sep="|", end="!\n", file=f)
    f.write("tail")
    print(repr(f.getvalue()))
    f.seek(0)
    print(next(f), next(f), list(f))
print(f.closed)
show("enter closed", f.__enter__)
show("writelines bad", io.StringIO().writelines, [1])
show("writelines non-iter", io.StringIO().writelines, 5)
big = io.StringIO()
for i in range(10000):
    big.write("%d\n" % i)
v = big.getvalue()
print(len(v), v[-10:], big.tell())
print(sum(1 for _ in io.StringIO(v)))
print(io.StringIO("abc").read(0), repr(io.StringIO("").read()), repr(io.StringIO().readline()))
s = io.StringIO()
print(s.write(""), s.write("abc"), s.tell(), s.getvalue())
print(type(s.getvalue()), type(s.read()))
print(io.StringIO.__name__, io.StringIO.__module__, io.StringIO.__qualname__)
s = io.StringIO("ab")
s.attr = 5
print(s.attr, s.__dict__)
print(isinstance(s, io.TextIOBase), isinstance(s, io.IOBase), isinstance(s, io.BufferedIOBase))
print(issubclass(io.StringIO, io.TextIOBase), io.StringIO.__base__.__name__)
