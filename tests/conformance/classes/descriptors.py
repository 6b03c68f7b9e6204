# Descriptor protocol: __get__/__set__/__delete__/__set_name__
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = name
        self.private = "_" + name
        print(f"__set_name__({owner.__name__}, {name!r})")
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.private, value)
    def __delete__(self, obj):
        print("deleting", self.name)
        delattr(obj, self.private)
class Product:
    name = Typed(str)
    price = Typed(float)
    def __init__(self, name, price):
        self.name = name
        self.price = price
p = Product("pen", 1.5)
print(p.name, p.price, sorted(vars(p)))
try:
    p.price = "cheap"
except TypeError as e:
    print("TypeError:", e)
del p.price
print(p.price, isinstance(Product.name, Typed))
class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"
class Host:
    attr = NonData()
h = Host()
print(h.attr)
h.__dict__["attr"] = "from instance"
print(h.attr, Host.attr)
class DataDesc:
    def __get__(self, obj, objtype=None): return "data descriptor wins"
    def __set__(self, obj, value): raise AttributeError("read-only")
class Host2:
    attr = DataDesc()
h2 = Host2()
h2.__dict__["attr"] = "instance value"
print(h2.attr)
try:
    h2.attr = 5
except AttributeError as e:
    print("AttributeError:", e)
class Counter:
    def __get__(self, obj, objtype):
        return f"accessed via {objtype.__name__}, obj is None: {obj is None}"
class UseCounter:
    c = Counter()
print(UseCounter.c, UseCounter().c)
