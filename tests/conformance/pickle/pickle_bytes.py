# pickle.dumps output is byte-identical to CPython for the built-in types, at
# every protocol (printed as hex), and loads() round-trips it; classes,
# functions and exceptions by reference; memo sharing and recursion.
import pickle
class P:
    def __init__(self, x): self.x = x
    def __eq__(self, o): return type(o) is P and o.x == self.x
class S:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = 1; self.b = [2]
class G:
    def __getstate__(self): return {'g': 42}
    def __setstate__(self, st): self.restored = st
class N(tuple):
    def __new__(cls, a): return super().__new__(cls, (a, a))
    def __getnewargs__(self): return (self[0],)
def top(): pass
shared = [1, 2]
objs = [None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -129, 2**31-1, 2**31, -2**31, -2**31-1, 2**64, -2**64, 10**100,
        0.0, -0.0, 1.5, 3.141592653589793, 1e300, 5e-324, 1e-310, float('inf'), -float('inf'),
        '', 'a', 'héllo', '\u20ac\U0001f600', 'x' * 300, b'', b'ab', b'x' * 300, bytearray(b'xy'),
        (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1], [1, 2, 3], list(range(1500)), {}, {'a': 1}, {1: 2, 3: 4},
        set(), {1, 2, 3}, frozenset(), frozenset({1, 2}), [shared, shared, (shared,)],
        {'nested': [1, (2, 3), {'x': [None]}], 'f': 2.5}, P, top, len, ValueError, int, P(3), ValueError('bad', 1),
        KeyError('k'), range(5), complex(1, 2), N(4), type(None), S(), G()]
for proto in range(6):
    for o in objs:
        try:
            d = pickle.dumps(o, proto)
        except Exception as e:
            print(proto, type(e).__name__, e)
            continue
        r = pickle.loads(d)
        if isinstance(o, (S,)):
            ok = (r.a, r.b) == (o.a, o.b)
        elif isinstance(o, G):
            ok = r.restored == {'g': 42}
        elif isinstance(o, BaseException):
            ok = type(r) is type(o) and r.args == o.args
        elif isinstance(o, float) and o != o:
            ok = r != r
        else:
            ok = r == o and type(r) is type(o)
        print(proto, d.hex() if not isinstance(o, (list,)) or len(o) < 100 else len(d), ok)
r = pickle.loads(pickle.dumps([shared, shared]))
print(r[0] is r[1])
a = []; a.append(a)
b = pickle.loads(pickle.dumps(a)); print(b[0] is b)
