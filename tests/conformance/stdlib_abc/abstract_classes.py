import abc
from abc import ABC, ABCMeta, abstractmethod
import collections.abc as cabc

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def name(self): ...
    def describe(self):
        return f'{self.name()} with area {self.area()}'

class Half(Shape):
    def area(self): return 1

for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print(e)

class Square(Half):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    def name(self): return 'square'

sq = Square(3)
print(sq.describe(), isinstance(sq, Shape), sorted(Shape.__abstractmethods__), Square.__abstractmethods__)

class Plugin(metaclass=ABCMeta):
    pass
Plugin.register(int)
print(isinstance(3, Plugin), issubclass(bool, Plugin), isinstance('s', Plugin), type(Plugin).__name__)

class Sized2(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if any('__len__' in B.__dict__ for B in C.__mro__):
            return True
        return NotImplemented
print(isinstance([], Sized2), isinstance(3, Sized2), issubclass(dict, Sized2))

class MyMap(cabc.Mapping):
    def __init__(self, d): self._d = d
    def __getitem__(self, k): return self._d[k]
    def __len__(self): return len(self._d)
    def __iter__(self): return iter(self._d)
m = MyMap({'a': 1, 'b': 2})
print(m.get('a'), m.get('z', 0), 'b' in m, list(m.keys()), list(m.items()), m == {'a': 1, 'b': 2})
print(isinstance(m, cabc.Mapping), isinstance(m, cabc.MutableMapping), isinstance(m, cabc.Sized))

class Seq(cabc.Sequence):
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
    def __len__(self): return 3
s = Seq()
print(list(s), list(reversed(s)), 20 in s, s.index(20), s.count(10))
try:
    cabc.Sequence()
except TypeError as e:
    print(e)
