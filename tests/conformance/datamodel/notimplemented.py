# NotImplemented fallbacks and subclass priority for reflected operators
log = []
class A:
    def __add__(self, o):
        log.append("A.__add__")
        return NotImplemented
    def __radd__(self, o):
        log.append("A.__radd__")
        return "A.radd"
class B:
    def __add__(self, o):
        log.append("B.__add__")
        return NotImplemented
    def __radd__(self, o):
        log.append("B.__radd__")
        return "B.radd"
print(A() + B(), log); log.clear()
print(B() + A(), log); log.clear()
print(1 + A(), log); log.clear()
class Base:
    def __add__(self, o):
        log.append("Base.__add__")
        return "Base.add"
    def __radd__(self, o):
        log.append("Base.__radd__")
        return "Base.radd"
class Derived(Base):
    def __radd__(self, o):
        log.append("Derived.__radd__")
        return "Derived.radd"
print(Base() + Derived(), log); log.clear()
class Derived2(Base):
    pass
print(Base() + Derived2(), log); log.clear()
class Never:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return NotImplemented
try:
    Never() + Never()
except TypeError as e:
    print("TypeError:", e)
try:
    Never() + 1
except TypeError as e:
    print("TypeError:", e)
class Cmp:
    def __lt__(self, o):
        log.append("Cmp.__lt__")
        return NotImplemented
    def __gt__(self, o):
        log.append("Cmp.__gt__")
        return NotImplemented
try:
    Cmp() < Cmp()
except TypeError as e:
    print("TypeError:", e, log)
log.clear()
class Inplace:
    def __iadd__(self, o):
        log.append("__iadd__")
        return NotImplemented
    def __add__(self, o):
        log.append("__add__")
        return "fallback add"
x = Inplace()
x += 1
print(x, log)
print(bool(NotImplemented) if False else "skip bool(NotImplemented)", repr(NotImplemented))
