# Single inheritance, overriding, isinstance/issubclass
class Shape:
    name = "shape"
    def area(self): return 0
    def describe(self): return f"{self.name} with area {self.area():.2f}"
class Rect(Shape):
    name = "rect"
    def __init__(self, w, h): self.w, self.h = w, h
    def area(self): return self.w * self.h
class Square(Rect):
    name = "square"
    def __init__(self, s): super().__init__(s, s)
class Circle(Shape):
    name = "circle"
    def __init__(self, r): self.r = r
    def area(self): return 3.14159 * self.r ** 2
shapes = [Rect(2, 3), Square(4), Circle(1), Shape()]
for s in shapes:
    print(s.describe())
print(sorted((s.name for s in shapes)), sum(s.area() for s in shapes))
sq = shapes[1]
print(isinstance(sq, Square), isinstance(sq, Rect), isinstance(sq, Shape), isinstance(sq, Circle))
print(issubclass(Square, Shape), issubclass(Shape, Square), issubclass(Square, (Circle, Rect)), issubclass(bool, object))
print(Square.__bases__, Square.__base__, Shape.__subclasses__())
print(Square.__mro__)
print(type(sq).__name__, sq.__class__.__name__, Square.__name__, Square.__qualname__, Square.__module__)
