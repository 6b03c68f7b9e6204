# __call__, __new__ vs __init__, __class__, __dict__, __instancecheck__ via metaclass
class Adder:
    def __init__(self, base): self.base = base
    def __call__(self, *xs): return self.base + sum(xs)
add5 = Adder(5)
print(add5(), add5(1, 2), callable(add5), list(map(add5, [1, 2])))
class Tracked:
    def __new__(cls, *args):
        print("__new__", cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, *args):
        print("__init__", args)
t = Tracked(1, 2)
class NotInit:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never printed")
print(NotInit())
class Even(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int) and obj % 2 == 0
    def __subclasscheck__(cls, sub):
        return sub is bool
class EvenNum(metaclass=Even): pass
print(isinstance(4, EvenNum), isinstance(3, EvenNum), issubclass(bool, EvenNum), issubclass(int, EvenNum))
class Obj: pass
o = Obj()
o.__dict__["direct"] = 1
print(o.direct, vars(o), o.__class__ is Obj)
class Other: pass
o.__class__ = Other
print(type(o).__name__)
