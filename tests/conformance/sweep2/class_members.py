# classmethod/staticmethod/property edge cases, descriptors, __set_name__, __init_subclass__
class Temperature:
    _registry = []
    unit = "C"

    def __init__(self, celsius=0.0):
        self.celsius = celsius

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError(f"below absolute zero: {value}")
        self._c = value

    @celsius.deleter
    def celsius(self):
        print("  deleting celsius")
        del self._c

    @property
    def fahrenheit(self):
        "Degrees Fahrenheit."
        return self._c * 9 / 5 + 32

    @classmethod
    def from_fahrenheit(cls, f):
        return cls((f - 32) * 5 / 9)

    @staticmethod
    def valid(v):
        return v >= -273.15

    def __repr__(self):
        return f"{type(self).__name__}({self._c:.2f})"

class Kelvinish(Temperature):
    unit = "K"

t = Temperature(25)
print(t, t.fahrenheit, Temperature.from_fahrenheit(212), Kelvinish.from_fahrenheit(32), Temperature.valid(-300), t.valid(0))
t.celsius = 30
print(t.celsius)
try:
    t.celsius = -500
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 3
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
try:
    t.celsius
except AttributeError as e:
    print("AttributeError:", e)
print(Temperature.fahrenheit.__doc__, type(Temperature.__dict__["from_fahrenheit"]).__name__, type(Temperature.__dict__["valid"]).__name__)
print(Temperature.celsius.fget.__name__, Temperature.fahrenheit.fset, isinstance(Temperature.celsius, property))
print(Temperature.from_fahrenheit.__self__ is Temperature, Kelvinish.from_fahrenheit.__func__ is Temperature.from_fahrenheit.__func__)
print(Temperature.valid(5), Temperature.__dict__["valid"].__func__(5), callable(Temperature.__dict__["valid"]))

class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = name
        self.storage = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.storage)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}")
        setattr(obj, self.storage, value)

class Product:
    name = Typed(str)
    qty = Typed(int)
    def __init__(self, name, qty):
        self.name, self.qty = name, qty
p = Product("bolt", 10)
print(p.name, p.qty, Product.qty.name, Product.name.storage, vars(p))
try:
    p.qty = "many"
except TypeError as e:
    print("TypeError:", e)

class Plugin:
    registry = {}
    def __init_subclass__(cls, /, key=None, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry[key or cls.__name__.lower()] = cls
class CsvPlugin(Plugin, key="csv"): pass
class JsonPlugin(Plugin): pass
print(sorted(Plugin.registry), Plugin.registry["csv"].__name__)
try:
    class Bad(Plugin, unknown=1): pass
except TypeError as e:
    print("TypeError:", e)

class Lazy:
    def __init__(self, func):
        self.func = func
    def __get__(self, obj, cls):
        if obj is None:
            return self
        value = self.func(obj)
        obj.__dict__[self.func.__name__] = value
        return value
class Data:
    calls = 0
    @Lazy
    def expensive(self):
        Data.calls += 1
        return sum(range(100))
d = Data()
print(d.expensive, d.expensive, Data.calls, "expensive" in vars(d))
from functools import cached_property
class C2:
    @cached_property
    def val(self):
        print("  computing")
        return 99
c2 = C2()
print(c2.val, c2.val)
del c2.val
print(c2.val)

class Meta(type):
    def __call__(cls, *a, **k):
        print("  Meta.__call__", cls.__name__, a)
        return super().__call__(*a, **k)
    @property
    def description(cls):
        return f"class {cls.__name__}"
class WithMeta(metaclass=Meta):
    def __init__(self, x): self.x = x
w = WithMeta(3)
print(w.x, WithMeta.description, hasattr(w, "description"))
class Counter:
    count = 0
    def __init__(self):
        type(self).count += 1
class Sub(Counter): pass
Counter(); Sub(); Sub()
print(Counter.count, Sub.count)
print(property().fget, property(doc="d").__doc__)
try:
    property()(1)
except TypeError as e:
    print("TypeError:", e)
try:
    property().__get__(1)
except AttributeError as e:
    print("AttributeError:", e)
