# Metaclasses
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print(f"Meta.__new__ {name} bases={[b.__name__ for b in bases]} kw={kw}")
        ns["created_by"] = mcls.__name__
        cls = super().__new__(mcls, name, bases, ns)
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.tag = kw.get("tag", "none")
    def __call__(cls, *args, **kwargs):
        print(f"Meta.__call__ {cls.__name__}{args}")
        return super().__call__(*args, **kwargs)
    def __repr__(cls):
        return f"<class {cls.__name__} via Meta>"
class Base(metaclass=Meta, tag="base"):
    def __init__(self, v): self.v = v
class Child(Base):
    pass
print(Base, Child, type(Base), type(Child).__name__, Base.created_by, Base.tag, Child.tag)
c = Child(7)
print(c.v, isinstance(Child, Meta), isinstance(c, Base))
class Singleton(type):
    _instances = {}
    def __call__(cls, *a, **k):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*a, **k)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self): self.values = {}
c1, c2 = Config(), Config()
c1.values["x"] = 1
print(c1 is c2, c2.values)
Dyn = type("Dyn", (object,), {"greet": lambda self: "hi from Dyn", "n": 3})
print(Dyn().greet(), Dyn.n, Dyn.__name__, type(Dyn).__name__)
class Registry(type):
    classes = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        if bases:
            Registry.classes.append(name)
class Plugin(metaclass=Registry): pass
class A(Plugin): pass
class B(Plugin): pass
print(Registry.classes, type(type).__name__, type(object).__name__, isinstance(type, type))
