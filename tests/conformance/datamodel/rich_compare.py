# Rich comparisons, reflection, __eq__ default identity, __ne__ inversion
class Money:
    def __init__(self, cents): self.cents = cents
    def __eq__(self, o):
        print(f"  Money.__eq__({self.cents}, {getattr(o, 'cents', o)})")
        return isinstance(o, Money) and self.cents == o.cents
    def __lt__(self, o):
        print(f"  Money.__lt__({self.cents}, {o.cents})")
        return self.cents < o.cents
    def __repr__(self): return f"Money({self.cents})"
a, b = Money(100), Money(250)
print(a == Money(100))
print(a != Money(100))
print(a < b)
print(a > b)
print(sorted([b, a, Money(5)]))
class Plain: pass
p, q = Plain(), Plain()
print(p == p, p == q, p != q, p != p)
try:
    p < q
except TypeError as e:
    print("TypeError:", e)
class OnlyEq:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, OnlyEq) and self.v == o.v
print(OnlyEq(1) != OnlyEq(1), OnlyEq(1) != OnlyEq(2), OnlyEq.__hash__)
try:
    hash(OnlyEq(1))
except TypeError as e:
    print("TypeError:", e)
class EqAndHash(OnlyEq):
    def __hash__(self): return hash(self.v)
print(len({EqAndHash(1), EqAndHash(1), EqAndHash(2)}))
class Weird:
    def __eq__(self, o): return "truthy string"
    def __ne__(self, o): return 0
print(Weird() == 1, Weird() != 1, [Weird()] == [Weird()] if False else "skip")
print(1 == Weird(), Weird() in [1])
class Rev:
    def __gt__(self, o): return "Rev.__gt__ reflected"
print(5 < Rev())
