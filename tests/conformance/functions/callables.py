# Callable objects, methods as first-class values, bound method identity
class Multiplier:
    def __init__(self, n): self.n = n
    def __call__(self, x): return x * self.n
    def scale(self, x): return x * self.n * 10
triple = Multiplier(3)
print(triple(7), list(map(triple, [1, 2])), callable(triple), callable(Multiplier))
bm = triple.scale
print(bm(2), bm.__self__ is triple, bm.__func__ is Multiplier.scale, Multiplier.scale(triple, 1))
print(triple.scale == triple.scale, triple.scale is triple.scale)
fns = [len, str.upper, triple, lambda s: s[::-1], "abc".count]
for fn in fns:
    try:
        print(fn("abc"))
    except TypeError as e:
        print("TypeError:", e)
methods = ["upper", "title", "swapcase"]
print([getattr("hello World", m)() for m in methods])
class Counter:
    count = 0
    def __call__(self):
        Counter.count += 1
        return Counter.count
c = Counter()
print(c(), c(), Counter()(), Counter.count)
for obj in (5, "abc", None, [1]):
    try:
        obj()
    except TypeError as e:
        print("TypeError:", e)
