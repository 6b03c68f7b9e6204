# WeakMethod, and which classes support weak references (__slots__ and
# __weakref__, built-in bases).
import weakref


class C:
    def __init__(self, n):
        self.n = n

    def get(self):
        return self.n


c = C(5)
wm = weakref.WeakMethod(c.get, lambda w: print("  WeakMethod callback, dead:", w() is None))
print(wm()(), type(wm()).__name__, wm == weakref.WeakMethod(c.get), hash(wm) == hash(weakref.WeakMethod(c.get)))
print("plain ref to a bound method dies at once:", weakref.ref(c.get)() is None)
print(isinstance(wm, weakref.ref), weakref.WeakMethod.__slots__)
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError:", e)
other = weakref.WeakMethod(C(6).get)
print("dead method ref:", other(), other == other, other != wm)
del c
print("after instance died:", wm())


def make_func():
    def f(self):
        return "bound f"
    return f


class D:
    pass


d = D()
f = make_func()
import types
bm = types.MethodType(f, d)
wm2 = weakref.WeakMethod(bm, lambda w: print("  function died"))
print(wm2()())
del bm, f
print("after function died:", wm2())

print("== __weakref__ and __slots__")


class Plain:
    pass


print("Plain:", weakref.ref(Plain())() is None, "__weakref__" in Plain.__dict__, Plain().__weakref__)


class NoWeak:
    __slots__ = ("x",)


try:
    weakref.ref(NoWeak())
except TypeError as e:
    print("TypeError:", e)
print(hasattr(NoWeak, "__weakref__"))


class WithWeak:
    __slots__ = ("x", "__weakref__")


w = WithWeak()
r = weakref.ref(w)
print("WithWeak:", r() is w, w.__weakref__ is r, "__weakref__" in WithWeak.__dict__)


class Sub(WithWeak):
    __slots__ = ()


print("Sub:", weakref.ref(Sub())() is None, "__weakref__" in Sub.__dict__)


class SubDict(NoWeak):
    pass


print("SubDict of slotted class adds it:", weakref.ref(SubDict())() is None)

for base in (Plain, set, int, tuple, bytes, str, float, list, dict, Exception):
    try:
        class X(base):
            __slots__ = ("__weakref__",)
        print(base.__name__, "slot ok")
    except TypeError as e:
        print(base.__name__, "TypeError:", e)

    class Y(base):
        pass

    try:
        weakref.ref(Y())
        print(base.__name__, "subclass weakrefable:", "__weakref__" in Y.__dict__)
    except TypeError as e:
        print(base.__name__, "TypeError:", e)

try:
    class Twice:
        __slots__ = ("__weakref__", "__weakref__")
except TypeError as e:
    print("TypeError:", e)


class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    pass


rm = weakref.ref(WithMeta)
print("class with metaclass:", rm() is WithMeta, weakref.getweakrefcount(WithMeta))
print("weakref to a weakref:", end=" ")
try:
    weakref.ref(rm)
except TypeError as e:
    print(e)
