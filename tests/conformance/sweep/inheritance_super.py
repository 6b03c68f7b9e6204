# Inheritance, super(), MRO, mixins, class/static methods, properties in hierarchies.
class Base:
    count = 0

    def __init__(self, name):
        self.name = name
        Base.count += 1
        print(f"Base.__init__({name})")

    def greet(self):
        return f"Hello from {self.name}"

    @classmethod
    def create(cls, *args):
        print("creating", cls.__name__)
        return cls(*args)

    @staticmethod
    def helper(x):
        return x * 2

    def __repr__(self):
        return f"<{type(self).__name__} {self.name}>"


class LoggerMixin:
    def log(self, msg):
        return f"[{type(self).__name__}] {msg}"

    def greet(self):
        return "mixin: " + super().greet()


class JsonMixin:
    def to_json(self):
        import json
        return json.dumps({k: v for k, v in vars(self).items() if not k.startswith("_")}, sort_keys=True)


class Child(LoggerMixin, JsonMixin, Base):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
        print("Child.__init__")

    def greet(self):
        return super().greet().upper()


c = Child.create("kid", 7)
print(c, c.greet(), c.log("hi"), c.to_json(), Child.helper(4), c.helper(5), Base.count)
print([k.__name__ for k in Child.__mro__], Child.__bases__, Child.__base__)


class A:
    def who(self):
        return ["A"]


class B(A):
    def who(self):
        return ["B"] + super().who()


class C(A):
    def who(self):
        return ["C"] + super().who()


class D(B, C):
    def who(self):
        return ["D"] + super().who()


print(D().who(), [k.__name__ for k in D.mro()], super(B, D()).who(), super(C, D()).who())
try:
    class X(A, B):
        pass
except TypeError as e:
    print(e)


class Temperature:
    def __init__(self, c=0.0):
        self._c = c

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v

    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32


class Thermostat(Temperature):
    @Temperature.celsius.setter
    def celsius(self, v):
        print("thermostat set", v)
        Temperature.celsius.fset(self, max(v, 5))


t = Thermostat()
t.celsius = 1
print(t.celsius, t.fahrenheit)
try:
    t.fahrenheit = 3
except AttributeError as e:
    print(e)
try:
    Temperature().celsius = -300
except ValueError as e:
    print(e)
del t.celsius
print(hasattr(t, "_c"), type(Temperature.celsius).__name__, Temperature.celsius.__doc__)


class Shape:
    sides = 0

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        print("registered", cls.__name__, cls.sides)

    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area")


class Triangle(Shape):
    sides = 3


class Blob(Shape):
    pass


try:
    Blob().area()
except NotImplementedError as e:
    print(e)
print(isinstance(Triangle(), Shape), issubclass(Triangle, (int, Shape)), Shape.__subclasses__())


class Parent:
    def __init__(self):
        self.__secret = 1
        self._prot = 2

    def reveal(self):
        return self.__secret


class Kid(Parent):
    def peek(self):
        try:
            return self.__secret
        except AttributeError as e:
            return str(e)


k = Kid()
print(k.reveal(), k.peek(), k._Parent__secret, sorted(vars(k)))


class Sentinel:
    def __init__(self):
        super().__init__()
        print("Sentinel init, next in mro:", type(self).__mro__[1].__name__)


class Multi(Sentinel, dict):
    pass


m = Multi()
m["x"] = 1
print(m, isinstance(m, dict), len(m))


class MyList(list):
    def append(self, x):
        print("append", x)
        super().append(x * 10)

    def __getitem__(self, i):
        return ("item", super().__getitem__(i))


ml = MyList([1, 2])
ml.append(3)
print(ml, ml[0], len(ml), ml + [4], type(ml + [4]).__name__, list(ml), ml.copy(), type(ml.copy()).__name__)


class Str(str):
    def shout(self):
        return self.upper() + "!"


s = Str("hey")
print(s.shout(), s + "x", type(s + "x").__name__, type(s.upper()).__name__, repr(s), isinstance(s, str))
print(super(Child, c).greet(), Child.greet(c), Base.greet(c))
