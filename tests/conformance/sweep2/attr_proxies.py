# __getattr__ / __getattribute__ / __setattr__ / __delattr__ proxies
class Logged:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_log", [])

    def __getattr__(self, name):
        self._log.append(("get", name))
        return getattr(self._target, name)

    def __setattr__(self, name, value):
        self._log.append(("set", name))
        setattr(self._target, name, value)

    def __delattr__(self, name):
        self._log.append(("del", name))
        delattr(self._target, name)

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def norm2(self):
        return self.x ** 2 + self.y ** 2

p = Point(3, 4)
lp = Logged(p)
print(lp.x, lp.norm2())
lp.y = 10
print(p.y, lp.norm2())
del lp.x
print(hasattr(p, "x"), hasattr(lp, "x"))
try:
    lp.missing
except AttributeError as e:
    print("AttributeError:", e)
print(lp._log)

class Strict:
    __slots__ = ("a", "b")
    def __setattr__(self, name, value):
        if not isinstance(value, int):
            raise TypeError(f"{name} must be int, got {type(value).__name__}")
        super().__setattr__(name, value)
s = Strict()
s.a = 1
try:
    s.b = "x"
except TypeError as e:
    print("TypeError:", e)
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    s.b
except AttributeError as e:
    print("AttributeError:", e)

class Counting:
    def __init__(self):
        self.hits = {}
        self.value = 42
    def __getattribute__(self, name):
        if name != "hits":
            hits = object.__getattribute__(self, "hits")
            hits[name] = hits.get(name, 0) + 1
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return f"<default {name}>"
c = Counting()
print(c.value, c.value, c.nothing, c.hits)

class Record:
    def __init__(self, **fields):
        self.__dict__["_fields"] = dict(fields)
    def __getattr__(self, name):
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError(f"{type(self).__name__!r} has no field {name!r}") from None
    def __setattr__(self, name, value):
        if name not in self._fields:
            raise AttributeError(f"cannot add field {name!r}")
        self._fields[name] = value
    def __dir__(self):
        return sorted(self._fields)
    def __repr__(self):
        return "Record(" + ", ".join(f"{k}={v!r}" for k, v in self._fields.items()) + ")"
r = Record(name="ann", age=30)
r.age += 1
print(r, r.name, dir(r), getattr(r, "zip", "n/a"))
for stmt in ["r.zip", "r.zip = 1"]:
    try:
        exec(stmt)
    except AttributeError as e:
        print("AttributeError:", e)

class Prop:
    def __getattr__(self, name):
        return "fallback:" + name
    @property
    def broken(self):
        raise AttributeError("inner failure")
print(Prop().broken, Prop().other)
class Wrapper:
    def __init__(self, obj):
        self._obj = obj
    def __getattr__(self, name):
        attr = getattr(self._obj, name)
        if callable(attr):
            def wrapped(*a, **k):
                res = attr(*a, **k)
                return f"{name}{a} -> {res!r}"
            return wrapped
        return attr
w = Wrapper([3, 1, 2])
print(w.count(1), w.index(2), w.__class__.__name__)
try:
    len(w)
except TypeError as e:
    print("TypeError:", e)
print(object.__getattribute__(p, "y"), type(p).__getattribute__(p, "y"))
try:
    object.__setattr__(1, "x", 2)
except AttributeError as e:
    print("AttributeError:", e)
try:
    setattr(p, 5, 1)
except TypeError as e:
    print("TypeError:", e)
