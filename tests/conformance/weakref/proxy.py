# weakref.proxy: forwarding of attributes, operators, containers, iteration
# and calls; ReferenceError once the referent died; sharing and types.
import weakref


class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return Num(self.v + (o.v if isinstance(o, Num) else o))

    def __radd__(self, o):
        return Num(o + self.v)

    def __sub__(self, o):
        return self.v - (o.v if isinstance(o, Num) else o)

    def __mul__(self, o):
        return self.v * o

    def __truediv__(self, o):
        return self.v / o

    def __floordiv__(self, o):
        return self.v // o

    def __mod__(self, o):
        return self.v % o

    def __divmod__(self, o):
        return divmod(self.v, o)

    def __pow__(self, o, m=None):
        return pow(self.v, o, m)

    def __lshift__(self, o):
        return self.v << o

    def __rshift__(self, o):
        return self.v >> o

    def __and__(self, o):
        return self.v & o

    def __or__(self, o):
        return self.v | o

    def __xor__(self, o):
        return self.v ^ o

    def __matmul__(self, o):
        return ("matmul", self.v, o)

    def __neg__(self):
        return -self.v

    def __pos__(self):
        return +self.v

    def __abs__(self):
        return abs(self.v)

    def __invert__(self):
        return ~self.v

    def __int__(self):
        return int(self.v)

    def __float__(self):
        return float(self.v)

    def __index__(self):
        return int(self.v)

    def __bool__(self):
        return bool(self.v)

    def __iadd__(self, o):
        self.v += o
        return self

    def __lt__(self, o):
        return self.v < (o.v if isinstance(o, Num) else o)

    def __eq__(self, o):
        return self.v == (o.v if isinstance(o, Num) else o)

    __hash__ = object.__hash__

    def __str__(self):
        return "Num<%s>" % self.v

    def __repr__(self):
        return "Num(%r)" % self.v


n = Num(7)
p = weakref.proxy(n)
print(p.v, str(p), p + 1, (1 + p).v, p - 2, p * 3, p / 2, p // 2, p % 4, divmod(p, 2))
print(p ** 2, pow(p, 2, 5), p << 1, p >> 1, p & 3, p | 8, p ^ 1, p @ 2)
print(-p, +p, abs(p), ~p, int(p), float(p), [10, 20, 30, 40, 50, 60, 70, 80][p], bool(p))
print(p < 8, p == 7, p != 7, p == n, n == p)
q = weakref.proxy(Num(2)) if False else weakref.proxy(n)
print("same proxy shared:", q is p)
p2 = p
p2 += 1
print("inplace:", n.v, type(p2).__name__)
p.w = "set through proxy"
print(n.w)
del p.w
print(hasattr(n, "w"))
print("class:", p.__class__.__name__, type(p).__name__)

# Containers and iteration.
class Box:
    def __init__(self):
        self.items = [1, 2, 3]

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def __setitem__(self, i, v):
        self.items[i] = v

    def __delitem__(self, i):
        del self.items[i]

    def __contains__(self, x):
        return x in self.items

    def __iter__(self):
        return iter(self.items)

    def __reversed__(self):
        return reversed(self.items)


b = Box()
pb = weakref.proxy(b)
pb[0] = 10
del pb[1]
print(len(pb), pb[0], 3 in pb, 2 in pb, list(pb), list(reversed(pb)))


class It:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n


it = It()
pit = weakref.proxy(it)
print("iterator proxy:", next(pit), list(pit))
try:
    next(pb)
except TypeError as e:
    print("TypeError:", e)


# Callable proxies.
class Fn:
    def __call__(self, *a, **k):
        return ("called", a, k)


fn = Fn()
pf = weakref.proxy(fn)
print(type(pf).__name__, pf(1, x=2), type(p).__name__)
print(weakref.ProxyTypes == (weakref.ProxyType, weakref.CallableProxyType))
print(isinstance(pf, weakref.ProxyTypes), isinstance(p, weakref.ref))
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
try:
    hash(pf)
except TypeError as e:
    print("TypeError:", e)

# Callbacks and death.
log = []
m = Num(1)
pc = weakref.proxy(m, lambda pr: log.append(("callback", type(pr).__name__)))
print("proxy with callback is new:", pc is not weakref.proxy(m), weakref.getweakrefcount(m))
del m
print(log)
for op in (lambda: pc.v, lambda: pc + 1, lambda: str(pc), lambda: bool(pc), lambda: len(pc),
           lambda: pc == 1, lambda: iter(pc), lambda: pc[0], lambda: setattr(pc, "a", 1)):
    try:
        op()
    except ReferenceError as e:
        print("ReferenceError:", e)
print(repr(pc).startswith("<weakproxy at "))
try:
    weakref.proxy(1)
except TypeError as e:
    print("TypeError:", e)
try:
    class P(weakref.ProxyType):
        pass
except TypeError as e:
    print("proxies cannot be subclassed")
