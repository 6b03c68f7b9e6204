# A Fraction class exercising many dunders together
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
class Frac:
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("Frac(%d, 0)" % n)
        if d < 0:
            n, d = -n, -d
        g = gcd(n, d) or 1
        self.n, self.d = n // g, d // g
    @staticmethod
    def _c(o):
        return o if isinstance(o, Frac) else Frac(o) if isinstance(o, int) else None
    def __add__(self, o):
        o = self._c(o)
        return NotImplemented if o is None else Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __sub__(self, o):
        o = self._c(o)
        return NotImplemented if o is None else self + Frac(-o.n, o.d)
    def __rsub__(self, o): return Frac(o) - self
    def __mul__(self, o):
        o = self._c(o)
        return NotImplemented if o is None else Frac(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = self._c(o)
        return Frac(self.n * o.d, self.d * o.n)
    def __rtruediv__(self, o): return Frac(o) / self
    def __neg__(self): return Frac(-self.n, self.d)
    def __eq__(self, o):
        o = self._c(o)
        return o is not None and (self.n, self.d) == (o.n, o.d)
    def __lt__(self, o):
        o = self._c(o)
        return self.n * o.d < o.n * self.d
    def __le__(self, o): return self == o or self < o
    def __hash__(self): return hash((self.n, self.d))
    def __float__(self): return self.n / self.d
    def __repr__(self): return f"Frac({self.n}, {self.d})"
    def __str__(self): return f"{self.n}/{self.d}" if self.d != 1 else str(self.n)
h = sum(Frac(1, k) for k in range(1, 7))
print(h, repr(h), float(h))
print(Frac(1, 2) + 1, 1 - Frac(1, 3), 2 * Frac(3, 4), 1 / Frac(2, 3), -Frac(1, 2), Frac(6, -4))
print(Frac(1, 2) == Frac(2, 4), Frac(1, 2) == 0.5, Frac(2) == 2, Frac(1, 3) < Frac(1, 2), Frac(1, 2) <= Frac(1, 2))
print(sorted([Frac(2, 3), Frac(1, 6), Frac(5, 4), Frac(1, 2)]), max(Frac(1, 3), Frac(1, 4)))
print(len({Frac(1, 2), Frac(2, 4), Frac(3, 6)}), Frac(1, 2) > Frac(1, 3))
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    Frac(1) + "x"
except TypeError as e:
    print("TypeError:", e)
