# weakref.ref: sharing, callbacks and their order, __callback__, hashing,
# equality, repr, subclassing, getweakrefcount/getweakrefs, __weakref__.
import re
import weakref


def clean(s):
    # Addresses differ from run to run.
    return re.sub(r"0x[0-9a-f]+", "0x?", s)


class Obj:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Obj(%s)" % self.name


o = Obj("a")
r1 = weakref.ref(o)
r2 = weakref.ref(o)
print("shared:", r1 is r2, r1() is o)
log = []
c1 = weakref.ref(o, lambda w: log.append("cb1"))
c2 = weakref.ref(o, lambda w: log.append("cb2"))
print("with callbacks distinct:", c1 is not c2, c1 is not r1)
print("count:", weakref.getweakrefcount(o))
print("order:", weakref.getweakrefs(o) == [r1, c2, c1])
print("__weakref__ is first:", o.__weakref__ is r1)
print("callback attr:", c1.__callback__ is not None, r1.__callback__)
print("eq alive:", r1 == c1, r1 != c1, hash(r1) == hash(o))
print("repr:", clean(repr(r1)))
del o
print("after death:", log, r1(), c1(), c1.__callback__)
print("dead repr:", clean(repr(r1)))
print("eq dead:", r1 == c1, r1 == r1, c1 != c2)
print("hash kept after death:", hash(r1) != 0)
try:
    hash(c2)
except TypeError as e:
    print("TypeError:", e)

# Equal referents compare equal through their refs.
class Val:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, Val) and self.v == other.v

    def __hash__(self):
        return hash(self.v)


a, b = Val(1), Val(1)
ra, rb = weakref.ref(a), weakref.ref(b)
print("equal referents:", ra == rb, ra is rb, hash(ra) == hash(1))
del a
print("one dead:", ra == rb, ra != rb)

# A callback gets the weakref, already dead.
def report(w):
    print("callback got dead ref:", w() is None, type(w).__name__)


x = Obj("x")
keep = weakref.ref(x, report)
del x

# Callbacks of refs that died first never run.
y = Obj("y")
tmp = weakref.ref(y, lambda w: print("never printed"))
del tmp
del y
print("no callback for a dead ref")


# Subclasses: extra attributes and arguments, never shared.
class NamedRef(weakref.ref):
    def __new__(cls, ob, callback=None, name=None):
        self = super().__new__(cls, ob, callback)
        self.name = name
        return self

    def __init__(self, ob, callback=None, name=None):
        super().__init__(ob, callback)


z = Obj("z")
n1 = NamedRef(z, None, "first")
n2 = NamedRef(z, name="second")
print("subclass:", n1.name, n2.name, n1 is not n2, n1() is z, isinstance(n1, weakref.ref))
print("subclass ref is not the shared one:", weakref.ref(z) is not n1)
print(clean(repr(n1)))
print("subclass weakrefable:", weakref.ref(n1)() is n1)
del z
print("subclass dead:", n1(), n2.name)

# ref of a class, function, set, generator, method, module.
import sys


def f():
    pass


def gen():
    yield 1


class K:
    def m(self):
        pass


# repr shows a __name__ found on the type (functions, classes), not a module's.
print(clean(repr(weakref.ref(f))), clean(repr(weakref.ref(K))), clean(repr(weakref.ref(sys))))
for thing in (K, f, set(), frozenset(), gen(), K().m, sys, len, [].append, type):
    w = weakref.ref(thing)
    print("ok", type(thing).__name__, w() is thing)

for thing in (1, 2.5, "s", b"b", (1,), [], {}, None, True, object(), range(3), Exception(), slice(1)):
    try:
        weakref.ref(thing)
    except TypeError as e:
        print(e)
print(weakref.getweakrefcount(1), weakref.getweakrefs([]))

# Errors in creating and calling.
k = K()
for args, kwargs in [((), {}), ((k, None, 3), {}), ((k,), {"callback": None})]:
    try:
        weakref.ref(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)
w = weakref.ref(k)
try:
    w(1)
except TypeError as e:
    print("TypeError:", e)
try:
    w < w
except TypeError as e:
    print("TypeError for <")
print(weakref.ref, weakref.ReferenceType is weakref.ref, weakref.ref[int])
print(type(w).__name__, type(w).__module__)
