# __iter__/__next__ and the __getitem__ sequence fallback
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(5)), sum(Countdown(4)), [x for x in Countdown(2)])
c = Countdown(3)
print(next(c), list(c), list(c), next(c, "exhausted"))
class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i
print(list(Squares()), 9 in Squares(), 10 in Squares(), iter(Squares()).__class__.__name__)
for i, v in enumerate(Squares()):
    print(i, v, end="; ")
print()
class Repeat:
    def __init__(self, items): self.items = items
    def __iter__(self):
        for x in self.items:
            yield x
            yield x
print(list(Repeat("ab")), max(Repeat([3, 9, 1])))
class NotIter: pass
try:
    iter(NotIter())
except TypeError as e:
    print("TypeError:", e)
try:
    for _ in 42: pass
except TypeError as e:
    print("TypeError:", e)
class BadIter:
    def __iter__(self): return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
class NoneIter:
    __iter__ = None
    def __getitem__(self, i): return i
try:
    iter(NoneIter())
except TypeError as e:
    print("TypeError:", e)
a, b, *rest = Countdown(5)
print(a, b, rest, dict(zip(Countdown(3), "abc")))
