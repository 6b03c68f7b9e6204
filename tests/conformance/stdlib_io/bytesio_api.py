# BytesIO: the API, overseek, truncate, getbuffer exports, pickling, errors.
import io
import pickle
import copy


def show(label, f, *a):
    try:
        print(label, repr(f(*a)))
    except Exception as e:
        print(label, type(e).__name__, e)


b = io.BytesIO(b"hello\nworld\nlast")
print(b.read(3), b.tell(), b.readline(), b.readline(2), b.readline(), b.read(), b.read())
b.seek(0)
print(b.readlines(), b.seek(0), b.readlines(7), b.readlines(None), b.seek(0), list(b))
print(b.seek(-3, 2), b.read(), b.seek(-100, 1), b.tell(), b.seek(5, 1), b.seek(100), b.read(), b.tell())
for args in [(-1,), (0, 3), (1.5,), (0, 1.0), (0, -1)]:
    show("seek%r" % (args,), b.seek, *args)
b = io.BytesIO(b"abcdef")
b.seek(2); print(b.write(b"XY"), b.getvalue(), b.tell())
b.seek(10); print(b.write(b"!"), b.getvalue(), b.tell())
print(b.truncate(4), b.getvalue(), b.tell())
b.seek(2); print(b.truncate(), b.getvalue(), b.truncate(100), b.getvalue())
show("truncate(-1)", b.truncate, -1)
show("truncate(1.5)", b.truncate, 1.5)
show("write str", b.write, "x")
show("write int", b.write, 1)
print(b.write(bytearray(b"ba")), b.write(memoryview(b"mv")), b.write(b""), b.getvalue())
ba = bytearray(4)
b.seek(0)
print(b.readinto(ba), ba, b.readinto(memoryview(ba)[1:]), ba, b.readinto(bytearray(10)))
show("readinto bytes", b.readinto, b"xx")
print(b.read1(), b.read1(-1), b.seek(0), b.read1(2))
show("readlines bad", b.readlines, 1.5)
show("read bad", b.read, "1")
print(io.BytesIO(bytearray(b"ba")).getvalue(), io.BytesIO(memoryview(b"mv")).getvalue(), io.BytesIO(None).getvalue())
show("BytesIO(str)", io.BytesIO, "abc")
show("BytesIO(1)", io.BytesIO, 1)
show("kw", lambda: io.BytesIO(initial_bytes=b"kw").getvalue())
show("bad kw", lambda: io.BytesIO(x=1))
# getbuffer
b = io.BytesIO(b"abcdef")
m = b.getbuffer()
print(len(m), bytes(m), m[0])
m[0] = 65
print(b.getvalue())
for name, f in [("write", lambda: b.write(b"x")), ("write empty", lambda: b.write(b"")),
                ("truncate", lambda: b.truncate(1)), ("close", b.close),
                ("writelines", lambda: b.writelines([b"x"])), ("init", lambda: b.__init__(b"q")),
                ("setstate", lambda: b.__setstate__((b"x", 0, None))),
                ("seek", lambda: b.seek(0)), ("read", b.read), ("getvalue", b.getvalue)]:
    show("exported " + name, f)
m2 = m[1:3]
m.release()
show("still exported", b.write, b"y")
m2.release()
print(b.write(b"y"), b.getvalue())
m = b.getbuffer()
del m
b.write(b"zz")
print(b.getvalue())
# closed
c = io.BytesIO(b"x")
print(c.closed, c.readable(), c.writable(), c.seekable(), c.isatty(), c.flush())
c.close(); c.close()
print(c.closed)
for name in ["read", "read1", "readline", "readlines", "getvalue", "getbuffer", "tell", "readable", "writable",
             "seekable", "isatty", "flush", "truncate", "__getstate__", "__enter__"]:
    show(name, getattr(c, name))
show("write", c.write, b"x")
show("seek", c.seek, 0)
show("readinto", c.readinto, bytearray(1))
show("iter", lambda: type(iter(c)).__name__)
show("next", next, c)
show("writelines", c.writelines, [])
show("detach", io.BytesIO().detach)
show("fileno", io.BytesIO().fileno)
# pickling / state
b = io.BytesIO(b"state data")
b.seek(3)
b.tag = "t"
print(b.__getstate__())
p = pickle.loads(pickle.dumps(b))
print(p.getvalue(), p.tell(), p.tag, p.read())
q = pickle.loads(pickle.dumps(b, 2))
print(q.getvalue(), q.tell())
show("setstate short", b.__setstate__, (b"x", 0))
show("setstate pos", b.__setstate__, (b"x", 1.0, None))
show("setstate neg", b.__setstate__, (b"x", -1, None))
show("setstate dict", b.__setstate__, (b"x", 0, 5))
show("setstate str", b.__setstate__, ("x", 0, None))
b.__setstate__((b"new", 2, {"z": 1}))
print(b.getvalue(), b.tell(), b.z, b.tag)
# context manager, writelines, iteration, sharing
with io.BytesIO() as f:
    f.writelines([b"a\n", bytearray(b"b"), b"c\n"])
    print(f.getvalue(), f.getvalue() is f.getvalue())
    f.seek(0)
    print(next(f), list(f))
print(f.closed)
data = b"x" * 1000
print(io.BytesIO(data).getvalue() is data, io.BytesIO(data).read() is data)
big = io.BytesIO()
for i in range(10000):
    big.write(b"%d\n" % i)
print(len(big.getvalue()), big.tell(), sum(1 for _ in io.BytesIO(big.getvalue())))
print(isinstance(big, io.BufferedIOBase), isinstance(big, io.IOBase), io.BytesIO.__module__)
big.attr = 1
print(big.__dict__)
