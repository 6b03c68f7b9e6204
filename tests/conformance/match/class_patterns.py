# Class patterns with __match_args__ and keyword patterns
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class Circle:
    __match_args__ = ("center", "r")
    def __init__(self, center, r):
        self.center, self.r = center, r
class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h
def area(s):
    match s:
        case Circle(Point(x=0, y=0), r):
            return f"origin circle r={r}"
        case Circle(_, r) if r <= 0:
            return "degenerate circle"
        case Circle(Point(x, y), r):
            return f"circle at ({x},{y}) area={3.14 * r * r:.2f}"
        case Rect(w=w, h=h) if w == h:
            return f"square {w}"
        case Rect(w=w, h=h):
            return f"rect {w * h}"
        case Point(0, 0):
            return "origin point"
        case Point():
            return "some point"
        case int(n) | float(n):
            return f"number {n}"
        case str() as s:
            return f"string {s!r}"
        case _:
            return "unknown"
for s in [Circle(Point(0, 0), 2), Circle(Point(1, 1), 0), Circle(Point(1, 2), 1), Rect(3, 3), Rect(2, 5),
          Point(0, 0), Point(5, 5), 7, 2.5, "txt", None]:
    print(area(s))
class Bad:
    __match_args__ = ("a",)
try:
    match Rect(1, 2):
        case Rect(1, 2):
            print("no")
except TypeError as e:
    print("TypeError:", e)
try:
    match Point(1, 2):
        case Point(1, 2, 3):
            print("no")
except TypeError as e:
    print("TypeError:", e)
match True:
    case bool(b):
        print("bool capture", b)
