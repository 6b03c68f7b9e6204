# Arithmetic dunders, reflected and in-place variants
class V:
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f"V({self.x}, {self.y})"
    def __add__(self, o):
        if isinstance(o, V): return V(self.x + o.x, self.y + o.y)
        if isinstance(o, (int, float)): return V(self.x + o, self.y + o)
        return NotImplemented
    __radd__ = __add__
    def __sub__(self, o): return V(self.x - o.x, self.y - o.y)
    def __mul__(self, k): return V(self.x * k, self.y * k) if isinstance(k, (int, float)) else NotImplemented
    def __rmul__(self, k): print("rmul"); return self * k
    def __truediv__(self, k): return V(self.x / k, self.y / k)
    def __floordiv__(self, k): return V(self.x // k, self.y // k)
    def __mod__(self, k): return V(self.x % k, self.y % k)
    def __pow__(self, k, mod=None): return V(pow(self.x, k, mod), pow(self.y, k, mod))
    def __neg__(self): return V(-self.x, -self.y)
    def __pos__(self): return self
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __invert__(self): return V(self.y, self.x)
    def __matmul__(self, o): return self.x * o.x + self.y * o.y
    def __lshift__(self, n): return V(self.x << n, self.y << n)
    def __and__(self, o): return V(self.x & o.x, self.y & o.y)
    def __or__(self, o): return V(self.x | o.x, self.y | o.y)
    def __xor__(self, o): return V(self.x ^ o.x, self.y ^ o.y)
    def __rshift__(self, n): return V(self.x >> n, self.y >> n)
    def __divmod__(self, k): return (self // k, self % k)
    def __rsub__(self, o): return V(o - self.x, o - self.y)
a, b = V(3, 4), V(1, 2)
print(a + b, a + 1, 1 + a, a - b, a * 2, a / 2, a // 2, a % 2, a ** 2, pow(a, 2, 5))
print(3 * a)
print(-a, +a, abs(a), ~a, a @ b, a << 2, a & b, a | b, a ^ b, a >> 1, divmod(a, 2), 10 - a)
print(sum([a, b, V(0, 1)]))
class Acc:
    def __init__(self): self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
    def __imul__(self, n):
        self.items *= n
        return self
    def __repr__(self): return f"Acc{self.items}"
acc = Acc()
ref = acc
acc += 1
acc += 2
acc *= 2
print(acc, acc is ref)
c = V(1, 1)
c += V(1, 1)
c -= V(0, 1)
c *= 3
print(c)
try:
    a * "s"
except TypeError as e:
    print("TypeError:", e)
try:
    "s" - a
except TypeError as e:
    print("TypeError:", e)
