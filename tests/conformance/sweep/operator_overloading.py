# Data model: arithmetic, reflected and in-place fallbacks, NotImplemented, comparisons.
class Money:
    def __init__(self, cents, cur="USD"):
        self.cents = cents
        self.cur = cur

    def _coerce(self, other):
        if isinstance(other, Money):
            if other.cur != self.cur:
                raise ValueError(f"currency mismatch: {self.cur} vs {other.cur}")
            return other.cents
        if isinstance(other, int):
            return other * 100
        return NotImplemented

    def __add__(self, other):
        c = self._coerce(other)
        if c is NotImplemented:
            return NotImplemented
        return Money(self.cents + c, self.cur)

    __radd__ = __add__

    def __sub__(self, other):
        c = self._coerce(other)
        if c is NotImplemented:
            return NotImplemented
        return Money(self.cents - c, self.cur)

    def __rsub__(self, other):
        c = self._coerce(other)
        if c is NotImplemented:
            return NotImplemented
        return Money(c - self.cents, self.cur)

    def __mul__(self, k):
        if not isinstance(k, (int, float)):
            return NotImplemented
        return Money(round(self.cents * k), self.cur)

    __rmul__ = __mul__

    def __truediv__(self, k):
        return Money(round(self.cents / k), self.cur)

    def __neg__(self):
        return Money(-self.cents, self.cur)

    def __abs__(self):
        return Money(abs(self.cents), self.cur)

    def __bool__(self):
        return self.cents != 0

    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return (self.cents, self.cur) == (other.cents, other.cur)

    def __lt__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents < other.cents

    def __hash__(self):
        return hash((self.cents, self.cur))

    def __repr__(self):
        sign = "-" if self.cents < 0 else ""
        return f"{sign}{self.cur} {abs(self.cents) // 100}.{abs(self.cents) % 100:02d}"


a, b = Money(1050), Money(299)
print(a + b, a - b, 5 - b, b - 5, 3 * b, b * 1.5, a / 4, -a, abs(Money(-5)), sum([a, b, Money(1)]))
print(a == Money(1050), a != b, a == 10.5, a < b, a > b, sorted([a, b, Money(0)]), bool(Money(0)))
print(max(a, b), {a, Money(1050)}, a in [Money(1050)])
try:
    a + Money(1, "EUR")
except ValueError as e:
    print(e)
for expr in ["a + 'x'", "a * a", "a @ b", "a <= b", "'x' - a", "a < 3"]:
    try:
        print(eval(expr))
    except TypeError as e:
        print("TypeError:", e)


class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)

    def __iadd__(self, other):
        print("iadd")
        self.xs = [x + y for x, y in zip(self.xs, other.xs)]
        return self

    def __add__(self, other):
        print("add")
        return Vec(*[x + y for x, y in zip(self.xs, other.xs)])

    def __matmul__(self, other):
        return sum(x * y for x, y in zip(self.xs, other.xs))

    def __getitem__(self, i):
        return self.xs[i]

    def __len__(self):
        return len(self.xs)

    def __repr__(self):
        return f"Vec{tuple(self.xs)}"


class Vec2(Vec):
    def __radd__(self, other):
        print("Vec2.radd")
        return Vec2(*[x + y for x, y in zip(self.xs, other.xs)])

    def __add__(self, other):
        print("Vec2.add")
        return NotImplemented


v = Vec(1, 2)
w = v
v += Vec(10, 10)
print(v, w is v, v @ Vec(3, 4), list(v), v[-1], len(v), 2 in v, list(reversed(v)))
print(Vec(1, 1) + Vec2(5, 5))
u = Vec(0, 0)
try:
    u -= 1
except TypeError as e:
    print(e)
print(u, hasattr(Vec, "__isub__"), hasattr(Vec, "__sub__"))


class OnlyAdd:
    def __add__(self, other):
        return "added"


x = OnlyAdd()
x += 1
print(x)


class Cmp:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print(f"eq {self.v} {getattr(other, 'v', other)}")
        return NotImplemented


print(Cmp(1) == Cmp(2), Cmp(3) != Cmp(3))
c = Cmp(4)
print(c == c, c in [c], [c] == [c])


class Rev:
    def __lt__(self, other):
        return "Rev.lt"

    def __gt__(self, other):
        return "Rev.gt"


print(1 < Rev(), Rev() > 1, Rev() < Rev())


class Num:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n

    def __int__(self):
        return self.n + 1000

    def __float__(self):
        return 0.5


n = Num(3)
print([10, 20, 30, 40][n], bin(n), hex(n), range(n), "ab" * n, int(n), float(n), operator_len := len(range(n)))
print(divmod(7, 3), (7).__rtruediv__(2), (3).__radd__(1.5), 1 .__add__(1.5), (2.0).__rpow__(3))
