# __slots__, metaclasses, __init_subclass__, __class_getitem__, descriptors, abc.
from abc import ABC, abstractmethod, ABCMeta


class Typed:
    def __init__(self, kind):
        self.kind = kind

    def __set_name__(self, owner, name):
        self.name = "_" + name
        self.public = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.public} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.name, value)


class Registry(type):
    classes = {}

    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        mcls.classes[name] = cls
        cls.tag = kw.get("tag", name.lower())
        return cls

    def __call__(cls, *args, **kwargs):
        obj = super().__call__(*args, **kwargs)
        obj.created_by = "Registry"
        return obj

    def __repr__(cls):
        return f"<class {cls.__name__} tag={cls.tag}>"


class Model(metaclass=Registry):
    pass


class User(Model, tag="usr"):
    name = Typed(str)
    age = Typed(int)

    def __init__(self, name, age):
        self.name = name
        self.age = age


u = User("ann", 31)
print(u.name, u.age, u.created_by, User, Model, sorted(Registry.classes), type(User).__name__)
try:
    u.age = "old"
except TypeError as e:
    print(e)
print(type(User.name).__name__, User.__dict__["age"].public)


class Plugin:
    plugins = []

    def __init_subclass__(cls, /, prefix="", **kwargs):
        super().__init_subclass__(**kwargs)
        cls.prefix = prefix
        Plugin.plugins.append(cls.__name__)


class A(Plugin, prefix="a-"):
    pass


class B(A):
    pass


print(Plugin.plugins, A.prefix, B.prefix)
try:
    class C(Plugin, bogus=1):
        pass
except TypeError as e:
    print(e)


class Box:
    def __class_getitem__(cls, item):
        return f"Box[{item.__name__ if isinstance(item, type) else item}]"


print(Box[int], Box["x"], list[int], dict[str, list[int]], tuple[int, ...])


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


p = Point(1, 2)
try:
    p.z = 3
except AttributeError as e:
    print(e)
print(hasattr(p, "__dict__"), Point.__slots__, p.x)
del p.y
try:
    p.y
except AttributeError as e:
    print(e)


class Point3(Point):
    __slots__ = ("z",)


q = Point3(1, 2)
q.z = 5
print(q.x, q.z, hasattr(q, "__dict__"))


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @property
    @abstractmethod
    def name(self):
        ...

    def describe(self):
        return f"{self.name} with area {self.area():.2f}"


class Sq(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2

    @property
    def name(self):
        return "square"


print(Sq(3).describe())
try:
    Shape()
except TypeError as e:
    print(e)


class Half(Shape):
    def area(self):
        return 0


try:
    Half()
except TypeError as e:
    print(e)
print(Shape.__abstractmethods__, isinstance(Sq(1), Shape))


class Sized(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        return hasattr(C, "__len__") or NotImplemented


print(isinstance([], Sized), isinstance(1, Sized), issubclass(dict, Sized))
Sized.register(int)
print(isinstance(1, Sized))


class Lazy:
    def __getattr__(self, name):
        if name.startswith("x"):
            return name.upper()
        raise AttributeError(f"no {name}")

    def __getattribute__(self, name):
        if name == "secret":
            return 42
        return object.__getattribute__(self, name)


lz = Lazy()
print(lz.xyz, lz.secret, getattr(lz, "other", "dflt"))
try:
    lz.other
except AttributeError as e:
    print(e)


class Const:
    def __setattr__(self, name, value):
        if hasattr(self, name):
            raise AttributeError(f"{name} is read-only")
        super().__setattr__(name, value)

    def __delattr__(self, name):
        raise AttributeError("cannot delete")


k = Const()
k.a = 1
try:
    k.a = 2
except AttributeError as e:
    print(e)
try:
    del k.a
except AttributeError as e:
    print(e)


class Meta(type):
    def __prepare__(name, bases):
        print("prepare", name)
        return {"injected": True}


class WithPrep(metaclass=Meta):
    pass


print(WithPrep.injected, WithPrep.__mro__, type.__name__, WithPrep.__qualname__)


class Single:
    _inst = None

    def __new__(cls, *a):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst


print(Single() is Single(), object.__new__(Single) is Single())
