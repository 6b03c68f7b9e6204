# examples/shapes.py — classes: inheritance, abstract-style methods, properties,
# class methods, dunder methods (__repr__, __eq__, __lt__, __add__), sorting and
# exceptions.
import math


class Shape:
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    def area(self):
        raise NotImplementedError(f"{type(self).__name__}.area")

    def perimeter(self):
        raise NotImplementedError(f"{type(self).__name__}.perimeter")

    def __lt__(self, other):
        return self.area() < other.area()

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, area={self.area():.2f})"


class Rectangle(Shape):
    def __init__(self, width, height, name="rectangle"):
        super().__init__(name)
        self.width, self.height = width, height

    def area(self):
        return self.width * self.height

    def perimeter(self):
        return 2 * (self.width + self.height)

    def __eq__(self, other):
        return isinstance(other, Rectangle) and (self.width, self.height) == (other.width, other.height)

    __hash__ = None


class Square(Rectangle):
    def __init__(self, side):
        super().__init__(side, side, name="square")

    @classmethod
    def unit(cls):
        return cls(1)


class Circle(Shape):
    def __init__(self, radius):
        super().__init__("circle")
        self.radius = radius

    @property
    def radius(self):
        return self._radius

    @radius.setter
    def radius(self, value):
        if value <= 0:
            raise ValueError(f"radius must be positive, not {value}")
        self._radius = value

    def area(self):
        return math.pi * self.radius ** 2

    def perimeter(self):
        return 2 * math.pi * self.radius


class Vector:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __repr__(self):
        return f"Vector({self.x}, {self.y})"


shapes = [Rectangle(3, 4), Square(2), Circle(1.5), Square.unit(), Circle(0.5)]
for s in sorted(shapes):
    print(f"{s!r:40} perimeter={s.perimeter():.3f}")
print("total area:", round(sum(s.area() for s in shapes), 4))
print("shapes made:", Shape.count)
print("Square(2) == Rectangle(2, 2):", Square(2) == Rectangle(2, 2))
print("is a Rectangle:", [type(s).__name__ for s in shapes if isinstance(s, Rectangle)])

try:
    Circle(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    Shape("blob").area()
except NotImplementedError as e:
    print("NotImplementedError:", e)

v = Vector(3, 4) + Vector(1, -1)
print(v, abs(v))
try:
    v.z = 1
except AttributeError as e:
    print("AttributeError:", e)
