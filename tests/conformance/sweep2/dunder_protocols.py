# __missing__, __index__, __format__, __bool__/__len__ fallbacks, __contains__/__iter__ fallbacks
import operator

class DefaultCounter(dict):
    def __missing__(self, key):
        self[key] = 0
        return 0
dc = DefaultCounter()
for ch in "mississippi":
    dc[ch] += 1
print(dc, dc.get("z"), "z" in dc, dc["z"], "z" in dc)

class Alias(dict):
    def __missing__(self, key):
        if isinstance(key, str) and key.lower() in self:
            return self[key.lower()]
        raise KeyError(key)
al = Alias(red=1)
print(al["RED"])
try:
    al["blue"]
except KeyError as e:
    print("KeyError:", e)

class Idx:
    def __init__(self, n): self.n = n
    def __index__(self): return self.n
i = Idx(2)
print([10, 20, 30][i], "abcdef"[Idx(1):Idx(4)], bin(Idx(5)), hex(Idx(255)), oct(Idx(8)), operator.index(i))
print(range(Idx(3)), list(range(10))[Idx(-2)], bytes(Idx(3)), "xy" * Idx(3), int(Idx(7)), (5).__round__(Idx(0)))
try:
    [1][1.0]
except TypeError as e:
    print("TypeError:", e)
try:
    operator.index(2.5)
except TypeError as e:
    print("TypeError:", e)

class Money:
    def __init__(self, cents): self.cents = cents
    def __format__(self, spec):
        if spec.endswith("c"):
            return f"{self.cents}c"
        width = spec or ""
        return format(f"${self.cents / 100:,.2f}", width)
    def __str__(self): return f"Money({self.cents})"
m = Money(123456)
print(f"{m}|{m:>14}|{m:c}|{m!s}|{m!r:.8}", format(m), "{:<12}!".format(m))
class NoFormat: pass
try:
    format(NoFormat(), "d")
except TypeError as e:
    print("TypeError:", e)
print(format(NoFormat(), "")[:10])

class OnlyLen:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
class OnlyBool:
    def __bool__(self): return False
    def __len__(self): return 5
class Neither: pass
print(bool(OnlyLen(0)), bool(OnlyLen(3)), bool(OnlyBool()), bool(Neither()), len(OnlyBool()))
print("yes" if OnlyLen(0) else "no", not OnlyLen(2), [x for x in [OnlyLen(0), OnlyLen(1)] if x].__len__())
class BadBool:
    def __bool__(self): return 1
class BadLen:
    def __len__(self): return -1
for obj in [BadBool(), BadLen()]:
    try:
        bool(obj)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

class Seq:
    def __getitem__(self, i):
        if i >= 4: raise IndexError
        return i * i
print(list(Seq()), 9 in Seq(), 5 in Seq(), list(reversed([*Seq()])), sum(Seq()))
class Cont:
    def __iter__(self): return iter([1, 2, 3])
print(2 in Cont(), 7 in Cont(), sorted(Cont(), reverse=True))
class NotIter: pass
try:
    iter(NotIter())
except TypeError as e:
    print("TypeError:", e)
try:
    1 in NotIter()
except TypeError as e:
    print("TypeError:", e)
class Hashless:
    __hash__ = None
try:
    {Hashless(): 1}
except TypeError as e:
    print("TypeError:", e)
class Eq:
    def __eq__(self, o): return True
print(Eq.__hash__, Eq() == 1, [1, 2].index(Eq()) if False else [Eq()].count(5))
class Rev:
    def __len__(self): return 3
    def __getitem__(self, i): return "abc"[i]
print(list(reversed(Rev())))
