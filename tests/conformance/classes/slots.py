# __slots__
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
p = Point(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"), Point.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
class Partial:
    __slots__ = ("a",)
q = Partial()
try:
    q.a
except AttributeError as e:
    print("AttributeError:", e)
q.a = 5
del q.a
try:
    del q.a
except AttributeError as e:
    print("AttributeError:", e)
class Point3(Point):
    __slots__ = ("z",)
p3 = Point3(1, 2)
p3.z = 3
print(p3.x, p3.y, p3.z, hasattr(p3, "__dict__"))
class Loose(Point):
    pass
lo = Loose(0, 0)
lo.extra = "ok"
print(lo.extra, hasattr(lo, "__dict__"))
class WithDict:
    __slots__ = ("v", "__dict__")
w = WithDict()
w.v = 1
w.other = 2
print(w.v, w.other, w.__dict__)
print(type(Point.x).__name__)
