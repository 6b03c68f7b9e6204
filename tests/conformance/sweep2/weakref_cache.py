# weakref caches: WeakValueDictionary, WeakKeyDictionary, WeakSet, finalize, ref callbacks
import weakref
import gc

class Image:
    loads = 0
    def __init__(self, name):
        Image.loads += 1
        self.name = name
    def __repr__(self):
        return f"Image({self.name!r})"

class Cache:
    def __init__(self):
        self._items = weakref.WeakValueDictionary()
    def get(self, name):
        img = self._items.get(name)
        if img is None:
            img = Image(name)
            self._items[name] = img
        return img
    def __len__(self):
        return len(self._items)

cache = Cache()
a = cache.get("a.png")
b = cache.get("b.png")
a2 = cache.get("a.png")
print(a is a2, Image.loads, len(cache), sorted(cache._items.keys()))
del a, a2
gc.collect()
print(len(cache), sorted(cache._items))
cache.get("a.png")
print(Image.loads, len(cache))

events = []
class Node:
    def __init__(self, n): self.n = n
n1 = Node(1)
r = weakref.ref(n1, lambda ref: events.append(("dead", ref() is None)))
print(r() is n1, weakref.getweakrefcount(n1))
del n1
gc.collect()
print(r(), events)

fin_log = []
class Res:
    pass
res = Res()
f = weakref.finalize(res, fin_log.append, "finalized")
print(f.alive)
del res
gc.collect()
print(fin_log, f.alive)
res2 = Res()
f2 = weakref.finalize(res2, lambda: fin_log.append("called early"))
print(f2(), fin_log, f2.alive, f2())
f3 = weakref.finalize(Res(), print, "never?")
print(f3.detach() is None or True, f3.alive)

wk = weakref.WeakKeyDictionary()
keys = [Node(i) for i in range(4)]
for k in keys:
    wk[k] = k.n * 10
del keys[1:3]
gc.collect()
print(sorted(wk.values()), len(wk))

ws = weakref.WeakSet()
objs = [Node(i) for i in range(5)]
for o in objs:
    ws.add(o)
objs.pop(); objs.pop(0)
gc.collect()
print(len(ws), sorted(o.n for o in ws), objs[0] in ws)

class Owner:
    def method(self):
        return "bound result"
ow = Owner()
wm = weakref.WeakMethod(ow.method)
print(wm()())
del ow
gc.collect()
print(wm())
p = weakref.proxy(Node(5)) if False else None
target = Node(7)
px = weakref.proxy(target)
print(px.n, type(px).__name__)
del target
gc.collect()
try:
    px.n
except ReferenceError as e:
    print("ReferenceError:", e)
try:
    weakref.ref(42)
except TypeError as e:
    print("TypeError:", e)
class Slotted:
    __slots__ = ("x",)
try:
    weakref.ref(Slotted())
except TypeError as e:
    print("TypeError:", e)
t = Node(0)
print(weakref.ref(t) == weakref.ref(t), hash(weakref.ref(t)) == hash(t))
