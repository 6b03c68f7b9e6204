# Subclassing io.StringIO / io.BytesIO and the io ABCs (IOBase, RawIOBase,
# BufferedIOBase, TextIOBase): overridden methods, inherited defaults
# (readline over read/peek, readall over readinto, iteration, context
# manager, close on finalisation), registration and isinstance.
import io
import gc


def show(label, f, *a):
    try:
        print(label, repr(f(*a)))
    except Exception as e:
        print(label, type(e).__name__, e)


class Upper(io.StringIO):
    def write(self, s):
        return super().write(s.upper())


u = Upper()
print("hello", "world", file=u)
u.writelines(["a", "b\n"])
print(repr(u.getvalue()), isinstance(u, io.StringIO), type(u).__mro__[1].__name__)


class Lines(io.StringIO):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.count = 0

    def readline(self, size=-1):
        self.count += 1
        return super().readline(size).strip() + "|\n" if self.tell() < len(self.getvalue()) else ""


l = Lines("x\ny\nz\n")
print(list(l), l.count)


class BadLine(io.StringIO):
    def readline(self, *a):
        return 5


show("bad readline", list, BadLine("a\n"))


class NoInit(io.StringIO):
    def __init__(self):
        pass


show("no init", NoInit().write, "x")


class B(io.BytesIO):
    def readline(self, size=-1):
        return b"never"


b = B(b"a\nb\n")
print(list(b), b.readline())
print(repr(B), B.__name__, isinstance(b, io.BufferedIOBase))


class Sub(io.BytesIO):
    pass


s = Sub(b"x")
s.z = 3
print(s.__getstate__())
show("setstate sub", s.__setstate__, (1,))
show("setstate sub str", Upper().__setstate__, (1,))


class Raw(io.RawIOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0

    def readable(self):
        return True

    def readinto(self, b):
        n = min(len(b), 3, len(self.data) - self.pos)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n


r = Raw(b"line one\nline two\nend")
print(r.read(4), r.readline(), r.readline(3), r.readall(), r.read(), r.read(5))
r = Raw(b"a\nbb\nccc")
print(list(r), r.closed)
r = Raw(b"a\nbb\nccc\n")
print(r.readlines(), Raw(b"1\n2\n3\n").readlines(2))
with Raw(b"q") as rr:
    print(rr.read(), rr.closed)
print(rr.closed)
show("read closed", rr.read, 1)
show("readline closed", rr.readline)
show("enter closed", rr.__enter__)
show("iter closed", iter, rr)
print(isinstance(r, io.IOBase), isinstance(r, io.RawIOBase), isinstance(r, io.BufferedIOBase))
show("raw readinto", io.RawIOBase().readinto, bytearray(1))
show("raw write", io.RawIOBase().write, b"x")
show("raw read", io.RawIOBase().read)
show("seek", io.IOBase().seek, 0)
show("tell", io.IOBase().tell)
show("truncate", io.IOBase().truncate)
show("fileno", io.IOBase().fileno)
show("readable", io.IOBase().readable)
show("isatty", io.IOBase().isatty)
show("flush", io.IOBase().flush)
show("checkSeekable", io.IOBase()._checkSeekable)
show("checkReadable", io.IOBase()._checkReadable)
show("checkWritable", io.IOBase()._checkWritable)
show("checkClosed", io.IOBase()._checkClosed)
show("textiobase read", io.TextIOBase().read)
show("textiobase readline", io.TextIOBase().readline)
show("textiobase write", io.TextIOBase().write, "x")
show("textiobase detach", io.TextIOBase().detach)
t = io.TextIOBase()
print(t.encoding, t.newlines, t.errors)
show("buffered read", io.BufferedIOBase().read)
show("buffered read1", io.BufferedIOBase().read1)
show("buffered write", io.BufferedIOBase().write, b"x")
show("buffered detach", io.BufferedIOBase().detach)


class Buf(io.BufferedIOBase):
    def __init__(self, data):
        self.src = io.BytesIO(data)

    def read(self, n=-1):
        return self.src.read(n)

    def read1(self, n=-1):
        return self.src.read(min(n, 2))


bf = Buf(b"abcdefg")
ba = bytearray(3)
print(bf.readinto(ba), ba, bf.readinto1(ba), ba, bf.readinto(memoryview(ba)), ba)
show("readinto bytes", bf.readinto, b"xyz")
bf.close()
print(bf.closed)
show("flush closed", bf.flush)


class W(io.RawIOBase):
    def __init__(self):
        self.out = []

    def writable(self):
        return True

    def write(self, b):
        self.out.append(bytes(b))
        return len(b)

    def close(self):
        print("closing W", self.out)
        super().close()


w = W()
w.writelines([b"a", b"b"])
show("writelines closed?", lambda: w.closed)
del w
gc.collect()


class Peek(io.IOBase):
    def __init__(self, data):
        self.d = data
        self.calls = 0

    def peek(self, n):
        return self.d[:10]

    def read(self, n):
        self.calls += 1
        r, self.d = self.d[:n], self.d[n:]
        return r


p = Peek(b"first line\nsecond\n")
print(p.readline(), p.calls, p.readline(3), p.readline(), p.calls)


class T(io.TextIOBase):
    def __init__(self):
        self.lines = ["x\n", "y\n"]

    def readline(self):
        return self.lines.pop(0) if self.lines else ""


print(list(T()), isinstance(T(), io.TextIOBase))
print(io.IOBase.__module__, io.RawIOBase.__mro__)
print(sorted(k for k in io.__all__))
print(issubclass(io.StringIO, io.IOBase), issubclass(io.BytesIO, io.RawIOBase))


class Closer(io.IOBase):
    def close(self):
        print("Closer.close")
        super().close()


c = Closer()
del c
gc.collect()
c2 = Closer()
c2.close()
del c2
print("end")
