# When weak references die relative to __del__, the object's members and
# other objects; callbacks that raise; resurrection in __del__.
import gc
import io
import re
import sys
import weakref


class Member:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  member", self.name, "freed")


class WithDel:
    def __init__(self, name):
        self.name = name
        self.member = Member(name)

    def __del__(self):
        print("  __del__", self.name, "ref alive inside __del__:", r() is self)


print("refcount death of an object with __del__:")
w = WithDel("a")
r = weakref.ref(w, lambda ref: print("  callback a, ref dead:", ref() is None))
del w
print("done")


class Plain:
    def __init__(self, name):
        self.member = Member(name)


print("refcount death of a plain object:")
p = Plain("b")
r2 = weakref.ref(p, lambda ref: print("  callback b"))
del p
print("done")

print("callbacks run newest first, across ref and proxy:")
q = Plain("c")
refs = [weakref.ref(q, lambda ref, i=i: print("  ref callback", i)) for i in range(3)]
prox = weakref.proxy(q, lambda pr: print("  proxy callback"))
del q
print("done")

print("a callback that raises:")
saved = sys.stderr
sys.stderr = io.StringIO()


def bad_callback(ref):
    raise ValueError("boom")


s = Plain("d")
r3 = weakref.ref(s, bad_callback)
r4 = weakref.ref(s, lambda ref: print("  next callback still runs"))
del s
text = sys.stderr.getvalue()
sys.stderr = saved
lines = [re.sub(r"0x[0-9a-f]+", "0x?", l) for l in text.splitlines()]
print(lines[0])
print(lines[-1])
print("exception state after:", sys.exc_info())


print("resurrection in __del__:")
saved_objs = []


class Phoenix:
    def __del__(self):
        print("  __del__ resurrects")
        saved_objs.append(self)


ph = Phoenix()
rp = weakref.ref(ph, lambda ref: print("  callback of resurrected object"))
del ph
print("  resurrected, ref sees it:", rp() is saved_objs[0])
saved_objs.clear()
print("done")

print("a weakref held by its own referent:")


class Holder:
    pass


h = Holder()
h.selfref = weakref.ref(h, lambda ref: print("  called: the ref is still alive while h dies"))
del h
gc.collect()
print("done")

print("weakref to a class and to a function:")


def make():
    class Local:
        pass

    def fn():
        pass

    return Local, fn


L, fn = make()
rl = weakref.ref(L, lambda ref: print("  class gone"))
rf = weakref.ref(fn, lambda ref: print("  function gone"))
del fn
del L
gc.collect()
print("done", rl(), rf())
