# marshal: the exact bytes of dumps() (FLAG_REF, short forms, versions 0-4), loads() and errors.
import marshal
for v in [None, True, 1, 1000, 2**40, -2**70, 1.5, 2j, b"ab", "abc", "hello world", "é", (1, 2), [1, 1], {"a": 1}, {1, 2}, frozenset(), (), ..., StopIteration, bytearray(b"x")]:
    print(repr(v), marshal.dumps(v))
x = 5000; print(marshal.dumps([x, x]))
print(marshal.dumps(1.5, 0), marshal.dumps("abc", 0), marshal.dumps((1,), 3), marshal.dumps(1.5, 1), marshal.dumps(0.1, 0))
for bad in [object(), lambda: 0, print]:
    try: marshal.dumps(bad)
    except Exception as e: print(type(e).__name__, e)
for bad in [b"", b"i\x01", b"?", b"\xff", b"(\x01\x00\x00\x00"]:
    try: print(marshal.loads(bad))
    except Exception as e: print(type(e).__name__, e)
data = [1, (2, "x"), {"k": b"v"}, {3.5}, frozenset({1}), 2**100, -5, 1e300, complex(1, -2), [[]], "ü" * 300, "a" * 300, (None,) * 300]
print(marshal.loads(marshal.dumps(data)) == data)
for ver in range(5):
    print(ver, marshal.loads(marshal.dumps(data, ver)) == data)
print(marshal.version)
print(marshal.loads(b"i\x01\x00\x00\x00extra"))
import io
f = io.BytesIO(); marshal.dump([1, 2], f); marshal.dump("next", f); f.seek(0)
print(marshal.load(f), marshal.load(f))
try: marshal.load(f)
except EOFError as e: print("EOFError", e)
shared = [1, 2]; both = [shared, shared]
r = marshal.loads(marshal.dumps(both)); print(r, r[0] is r[1])
