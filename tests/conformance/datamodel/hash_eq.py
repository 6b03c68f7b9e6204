# __hash__ and __eq__ interplay, hash=None inheritance
class P:
    def __init__(self, x, y): self.x, self.y = x, y
    def __eq__(self, o): return (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __repr__(self): return f"P({self.x},{self.y})"
s = {P(1, 2), P(1, 2), P(2, 1)}
print(len(s), P(1, 2) in s, {P(0, 0): "origin"}[P(0, 0)])
class Q(P):
    def __eq__(self, o): return False
print(Q.__hash__)
try:
    {Q(1, 1)}
except TypeError as e:
    print("TypeError:", e)
class R(P):
    pass
print(R.__hash__ is P.__hash__, len({R(1, 1), R(1, 1)}))
class ExplicitNone:
    __hash__ = None
print(isinstance(ExplicitNone(), object), ExplicitNone.__hash__)
try:
    hash(ExplicitNone())
except TypeError as e:
    print("TypeError:", e)
class BigHash:
    def __hash__(self): return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100), type(hash(BigHash())).__name__)
class BadHash:
    def __hash__(self): return "no"
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)
print(hash(1) == hash(1.0) == hash(True), hash((1, 2)) == hash((1, 2)), hash(-1) == hash(-2))
