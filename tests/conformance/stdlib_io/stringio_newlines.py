# StringIO newline handling: None, '', '\n', '\r', '\r\n' (translation on
# write, line endings on read, the newlines attribute), and pickling state.
import io
import pickle
import copy

TEXT = "a\nb\r\nc\rd\n\re\r"
for nl in [None, "", "\n", "\r", "\r\n"]:
    s = io.StringIO(TEXT, newline=nl)
    print(repr(nl), repr(s.getvalue()), s.newlines, s.tell())
    print("  lines", list(s))
    s.seek(0)
    print("  readline(3)", [s.readline(3) for _ in range(6)])
    s = io.StringIO(newline=nl)
    print("  w", s.write("x\r"), s.write("\ny\n"), s.write("z\r\n"), repr(s.getvalue()), s.newlines, s.tell())
    s.seek(0)
    print("  r", [s.readline() for _ in range(5)])
    print("  state", s.__getstate__())
    t = pickle.loads(pickle.dumps(s))
    print("  pickled", type(t).__name__, repr(t.getvalue()), t.tell(), t.newlines)
    c = pickle.loads(pickle.dumps(s, 3))
    print("  copy", repr(c.getvalue()), c.tell())

s = io.StringIO(newline=None)
print(s.newlines)
for piece in ["a\n", "b\r", "c\r\n", "d"]:
    s.write(piece)
    print(repr(piece), s.newlines)
s = io.StringIO(newline="")
s.write("x\r")
s.write("\ny")
s.seek(0)
print(list(s), s.newlines)
s = io.StringIO("line1\r\nline2\r\n", newline="\r\n")
print(s.readline(6), repr(s.readline(1)), repr(s.readline()))

# __setstate__ / __getstate__
s = io.StringIO("hello\nworld", newline="\r\n")
s.seek(3)
s.extra = [1, 2]
st = s.__getstate__()
print(st)
t = io.StringIO()
t.__setstate__(st)
print(repr(t.getvalue()), t.tell(), t.extra, t.read())
t.__setstate__(("abc", None, 1, {"k": 1}))
print(repr(t.getvalue()), t.tell(), t.k, t.extra)


def show(label, f, *a):
    try:
        print(label, repr(f(*a)))
    except Exception as e:
        print(label, type(e).__name__, e)


show("short", t.__setstate__, ("a", None, 0))
show("not tuple", t.__setstate__, ["a", None, 0, None])
show("pos type", t.__setstate__, ("a", None, 1.0, None))
show("pos neg", t.__setstate__, ("a", None, -1, None))
show("dict type", t.__setstate__, ("a", None, 0, []))
show("value type", t.__setstate__, (1, None, 0, None))
show("newline bad", t.__setstate__, ("a", "x", 0, None))
t.close()
show("closed set", t.__setstate__, ("a", None, 0, None))
show("closed get", t.__getstate__)
show("pickle closed", pickle.dumps, t)
u = io.StringIO("ab\rcd", newline="")
u.seek(4)
v = pickle.loads(pickle.dumps(u, 2))
print(repr(v.getvalue()), v.tell(), v.read())
print(repr(io.StringIO("x\r\ny", newline=None).read()))
print(repr(io.StringIO("x\ny", newline="\r\n").read()))
print(repr(io.StringIO("x\ny", newline="\r").read()))
