# A hand-written record class compared against tuples
class Point(tuple):
    __slots__ = ()
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self): return self[0]
    @property
    def y(self): return self[1]
    def __repr__(self):
        return f"Point(x={self.x}, y={self.y})"
    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)
p = Point(1, 2)
q = Point(3, 4)
print(p, q, p + q, p == (1, 2), isinstance(p, tuple), len(p), list(p))
x, y = q
print(x, y, p[0], p[-1], p.x, sorted([q, p]), hash(p) == hash((1, 2)))
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.z = 5
except AttributeError as e:
    print("AttributeError:", e)
print(tuple.__len__(p), type(p).__name__, type(p + q).__name__, type(p[:1]).__name__, p[:1])
