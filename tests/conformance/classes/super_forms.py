# super() in various forms
class A:
    def __init__(self):
        self.log = ["A"]
    def hello(self): return "A.hello"
    @classmethod
    def create(cls): return f"A.create({cls.__name__})"
    @staticmethod
    def util(): return "A.util"
class B(A):
    def __init__(self):
        super().__init__()
        self.log.append("B")
    def hello(self): return "B>" + super().hello()
    @classmethod
    def create(cls): return "B>" + super().create()
class C(B):
    def __init__(self):
        super(C, self).__init__()
        self.log.append("C")
    def hello(self): return "C>" + super(B, self).hello()
    def util_via_super(self): return super().util()
c = C()
print(c.log, c.hello(), C.create(), c.util_via_super())
print(super(C, c).hello(), super(B, c).hello())
class Mixin:
    def greet(self): return "Mixin+" + super().greet()
class Base:
    def greet(self): return "Base"
class Combined(Mixin, Base): pass
print(Combined().greet())
class Root:
    def __init__(self, **kw):
        self.extra = kw
class Named(Root):
    def __init__(self, name, **kw):
        self.name = name
        super().__init__(**kw)
class Aged(Root):
    def __init__(self, age, **kw):
        self.age = age
        super().__init__(**kw)
class Person(Named, Aged):
    pass
p = Person(name="x", age=3, hobby="chess")
print(p.name, p.age, p.extra, [k.__name__ for k in Person.__mro__])
class WithNew:
    def __new__(cls, *args):
        inst = super().__new__(cls)
        inst.args = args
        return inst
print(WithNew(1, 2).args)
def outside(self):
    return super(type(self), self).__repr__ is not None
print(outside(B()))
try:
    super(B, 5)
except TypeError as e:
    print("TypeError:", e)
