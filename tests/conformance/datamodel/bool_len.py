# __bool__ takes precedence, then __len__, else always true
class B:
    def __init__(self, v): self.v = v
    def __bool__(self):
        print("  __bool__ called")
        return self.v
class L:
    def __init__(self, n): self.n = n
    def __len__(self):
        print("  __len__ called")
        return self.n
class Both:
    def __bool__(self): return False
    def __len__(self): return 5
class Neither: pass
for obj in (B(True), B(False), L(0), L(3), Both(), Neither()):
    print(type(obj).__name__, bool(obj), "truthy" if obj else "falsy", not obj)
print(len(Both()), len(L(7)))
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class NegLen:
    def __len__(self): return -1
try:
    len(NegLen())
except ValueError as e:
    print("ValueError:", e)
try:
    bool(NegLen())
except ValueError as e:
    print("ValueError:", e)
class FloatLen:
    def __len__(self): return 2.0
try:
    len(FloatLen())
except TypeError as e:
    print("TypeError:", e)
try:
    len(Neither())
except TypeError as e:
    print("TypeError:", e)
x = L(2) and "and-result"
y = L(0) or "or-result"
print(x, y)
