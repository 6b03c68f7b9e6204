# isinstance() falls back to obj.__class__ when type(obj) is not a subclass:
# weakref proxies, classes with a __class__ property, mock objects.
import weakref
from unittest import mock


class Base:
    pass


class Derived(Base):
    pass


d = Derived()
p = weakref.proxy(d)
print(type(p).__name__)
print(isinstance(p, Derived), isinstance(p, Base), isinstance(p, int), isinstance(p, weakref.ProxyType))
print(isinstance(p, (int, Base)), issubclass(type(p), Base))


def f():
    pass


cp = weakref.proxy(f)
print(isinstance(cp, type(f)), callable(cp))


class Liar:
    @property
    def __class__(self):
        return dict


liar = Liar()
print(isinstance(liar, dict), isinstance(liar, Liar), isinstance(liar, list), type(liar).__name__)


class ClassAttrInInstance:
    pass


o = ClassAttrInInstance()
o.__dict__["__class__"] = int   # ignored: object.__class__ is a data descriptor
print(isinstance(o, int), o.__class__.__name__)


class NotAType:
    @property
    def __class__(self):
        return "not a type"


print(isinstance(NotAType(), str), isinstance(NotAType(), NotAType))


class Raises:
    @property
    def __class__(self):
        raise AttributeError("no class")


print(isinstance(Raises(), int), isinstance(Raises(), Raises))


class Boom:
    @property
    def __class__(self):
        raise ValueError("boom")


try:
    isinstance(Boom(), int)
except ValueError as e:
    print("ValueError:", e)
print(isinstance(Boom(), Boom))


class GetAttribute:
    def __getattribute__(self, name):
        if name == "__class__":
            return float
        return object.__getattribute__(self, name)


print(isinstance(GetAttribute(), float), isinstance(GetAttribute(), GetAttribute))

m = mock.Mock(spec=Derived)
print(isinstance(m, Derived), isinstance(m, Base), isinstance(m, mock.Mock), isinstance(m, int))
mm = mock.MagicMock(spec=dict)
print(isinstance(mm, dict), isinstance(mm, list))
plain = mock.Mock()
print(isinstance(plain, Derived))
print(isinstance(3, str), isinstance("s", int), isinstance([], dict), isinstance(None, object))
