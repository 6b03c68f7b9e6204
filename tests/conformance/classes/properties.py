# property getters/setters/deleters
class Temperature:
    def __init__(self, celsius=0.0):
        self._c = celsius
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value
    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = 0.0
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9
t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.fahrenheit = 212
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
del t.celsius
print(t.celsius)
class ReadOnly:
    @property
    def value(self): return 42
r = ReadOnly()
try:
    r.value = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    del r.value
except AttributeError as e:
    print("AttributeError:", e)
print(type(Temperature.celsius).__name__, Temperature.celsius.fget.__name__, ReadOnly.value.fset)
class Lazy:
    def __init__(self): self.calls = 0
    def _get(self):
        self.calls += 1
        return self.calls * 10
    computed = property(_get, doc="computed each time")
lz = Lazy()
print(lz.computed, lz.computed, Lazy.computed.__doc__)
