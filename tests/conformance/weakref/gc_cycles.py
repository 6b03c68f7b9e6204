# Weak references and the cycle collector: weakrefs to cyclic garbage are
# cleared before finalizers run; callbacks run only for weakrefs that are
# not garbage themselves.
import gc
import weakref

gc.disable()


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None


def cycle(name):
    a, b = Node(name + "1"), Node(name + "2")
    a.other, b.other = b, a
    return a, b


print("reachable weakrefs to a garbage cycle:")
a, b = cycle("x")
ra = weakref.ref(a, lambda r: print("  callback for a, ref dead:", r() is None))
rb = weakref.ref(b)
del a, b
print("  alive before collect:", ra() is not None, rb() is not None)
n = gc.collect()
print("  collected >= 2:", n >= 2, "refs:", ra(), rb())
print("  callback kept after gc death:", ra.__callback__ is not None)

print("a weakref that is part of the garbage:")
a, b = cycle("y")
a.wr = weakref.ref(b, lambda r: print("  NOT expected: garbage weakref callback"))
del a, b
gc.collect()
print("done")

print("callback owned by the garbage, weakref outside:")
a, b = cycle("z")
a.cb = lambda r: print("  callback runs")
outside = weakref.ref(a, a.cb)
del a, b
gc.collect()
print("done", outside())


class Fin:
    def __init__(self, name):
        self.name = name
        self.me = self

    def __del__(self):
        print("  __del__", self.name, "sees its weakref dead:", wr() is None)


print("finalizer runs after weakrefs are cleared:")
f = Fin("f")
wr = weakref.ref(f, lambda r: print("  callback before __del__"))
del f
gc.collect()
print("done")

print("resurrection by __del__ after weakrefs were cleared:")
keep = []


class Res:
    def __init__(self):
        self.me = self

    def __del__(self):
        keep.append(self)


x = Res()
wx = weakref.ref(x, lambda r: print("  callback for resurrected"))
del x
gc.collect()
print("  ref stays dead even though the object lives:", wx() is None, len(keep))
keep[0].me = None
keep.clear()
gc.collect()
print("done")

print("WeakValueDictionary entries of collected cycles:")
d = weakref.WeakValueDictionary()
for i in range(3):
    a, b = cycle("v%d" % i)
    d[i] = a
del a, b
print("  before:", sorted(d.keys()))
gc.collect()
print("  after:", sorted(d.keys()), len(d))

print("WeakSet of cyclic garbage:")
s = weakref.WeakSet()
objs = [cycle("s%d" % i)[0] for i in range(4)]
for o in objs:
    s.add(o)
del objs, o
print("  before:", len(s))
gc.collect()
print("  after:", len(s), list(s))

print("getweakrefcount after collection:")
a, b = cycle("c")
r1 = weakref.ref(a)
r2 = weakref.ref(a, lambda r: print("  r2 callback"))
print("  count:", weakref.getweakrefcount(a))
ka = a
del a, b
gc.collect()
print("  still reachable, count:", weakref.getweakrefcount(ka))
ka = None
gc.collect()
print("  dead:", r1(), r2())
gc.enable()

print("collection during an iteration defers the removals:")
gc.disable()
d = weakref.WeakValueDictionary()
anchors = []
for i in range(4):
    a, b = cycle("i%d" % i)
    d[i] = a
    anchors.append(a)
del a, b
seen = []
for k, v in d.items():
    seen.append(k)
    if k == 0:
        anchors.clear()
        del v
        gc.collect()
        print("  pending removals:", len(d._pending_removals), "entries:", len(d.data))
print("  seen:", seen, "after:", len(d), len(d.data))

print("WeakKeyDictionary keyed by cyclic objects:")
kd = weakref.WeakKeyDictionary()
nodes = [cycle("k%d" % i)[0] for i in range(3)]
for i, n in enumerate(nodes):
    kd[n] = i
del n
print("  before:", len(kd), sorted(kd.values()))
del nodes[1]
gc.collect()
print("  after:", len(kd), sorted(kd.values()))
nodes.clear()
gc.collect()
print("  all gone:", len(kd), list(kd.items()))
gc.enable()
