# WeakValueDictionary, WeakKeyDictionary and WeakSet: entries vanish with
# their objects, also while an iteration is running (removals are deferred).
import copy
import weakref
from collections.abc import MutableMapping, MutableSet


class Obj:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "Obj(%d)" % self.n


print("== WeakValueDictionary")
objs = [Obj(i) for i in range(6)]
d = weakref.WeakValueDictionary({i: o for i, o in enumerate(objs)})
print(len(d), list(d.keys()), d[2], 2 in d, 9 in d, d.get(9, "dflt"))
del objs[5]
print("one died:", len(d), 5 in d, d.get(5))
# Values dying in the middle of an iteration.
seen = []
for k in d:
    seen.append(k)
    if k == 1:
        del objs[3:]
        print("  during iteration len:", len(d.data))
print("iterated:", seen)
print("after iteration:", len(d), sorted(d.keys()))
it = iter(d.items())
k, v = next(it)
del objs[:]
print("pending while suspended:", len(d.data) - len(d._pending_removals) >= 0)
rest = list(it)
print("rest:", rest, "first kept alive by us:", k, v)
del v
print("final:", len(d), list(d.items()))
try:
    d[0]
except KeyError as e:
    print("KeyError:", e)

a, b = Obj(10), Obj(11)
d["a"] = a
d.setdefault("b", b)
print(d.setdefault("a", b), sorted(d), d.pop("b"), d.pop("zz", "missing"))
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError:", e)
d.update({"c": b}, e=a)
print(sorted(d.items(), key=lambda kv: kv[0]))
print(sorted(x.n for x in d.values()), len(d.valuerefs()), len(list(d.itervaluerefs())))
c = d.copy()
print(type(c).__name__, sorted(c.keys()), sorted(copy.copy(d).keys()), sorted(copy.deepcopy(d).keys()))
print(sorted((d | {"z": a}).keys()), sorted(({"y": b} | d).keys()))
d |= {"q": a}
print(sorted(d.keys()), d.popitem()[0] in ("a", "c", "e", "q"))
del d["a"]
print(isinstance(d, MutableMapping), repr(d).startswith("<WeakValueDictionary at 0x"))
del a
print("after a died:", sorted(d.keys()))
d.clear()
print(len(d))

print("== WeakKeyDictionary")
keys = [Obj(i) for i in range(5)]
kd = weakref.WeakKeyDictionary((k, k.n * 10) for k in keys)
print(len(kd), sorted(kd.values()), keys[1] in kd, Obj(1) in kd, 3 in kd, kd[keys[2]], kd.get(Obj(7), "no"))
del keys[4]
print("one died:", len(kd))
out = []
for k, v in kd.items():
    out.append(v)
    if v == 10:
        del keys[2:]
print("iterated:", out, "len after:", len(kd), sorted(kd.values()))
kd[keys[0]] = "zero"
print(kd[keys[0]], kd.setdefault(keys[1], "x"), kd.pop(keys[1]), len(kd))
try:
    kd[Obj(99)]
except KeyError as e:
    print("KeyError")
try:
    kd[1]
except TypeError as e:
    print("TypeError:", e)
kd.update({keys[1]: 1})
print(len(kd.keyrefs()), sorted(map(str, kd.values())), type(kd.copy()).__name__, len(copy.deepcopy(kd)))
del kd[keys[1]]
print(len(kd), list(kd.keys()), kd.popitem()[1], len(kd))
print(isinstance(kd, MutableMapping), repr(kd).startswith("<WeakKeyDictionary at 0x"))

print("== WeakSet")
items = [Obj(i) for i in range(5)]
ws = weakref.WeakSet(items)
print(len(ws), sorted(o.n for o in ws), items[0] in ws, Obj(0) in ws, 1 in ws)
del items[4]
print("one died:", len(ws))
count = 0
for o in ws:
    count += 1
    if count == 1:
        first = o
        items.clear()   # every other item dies before the iteration reaches it
        print("  len during iteration:", len(ws), len(ws.data))
del o
print("iterated:", count, "len after:", len(ws), len(ws.data))
items.append(first)
del first
x, y = Obj(20), Obj(21)
ws.add(x)
ws.add(x)
other = weakref.WeakSet([x, y])
print(len(ws), len(ws | other), len(ws & other), len(ws - other), len(ws ^ other))
print(ws <= (ws | other), ws < (ws | other), ws == weakref.WeakSet(ws), ws.isdisjoint(other))
ws.discard(Obj(5))
ws.remove(x)
try:
    ws.remove(x)
except KeyError:
    print("KeyError on remove")
print(len(ws), ws.pop() is items[0], len(ws))
try:
    ws.pop()
except KeyError as e:
    print("KeyError:", e)
ws.update([x, y])
ws -= weakref.WeakSet([y])
print(len(ws), isinstance(ws, MutableSet), weakref.WeakSet is __import__("_weakrefset").WeakSet)
del x
print(len(ws))
try:
    hash(ws)
except TypeError as e:
    print("TypeError:", e)
print(weakref.WeakSet[int], weakref.WeakValueDictionary[str, int])
