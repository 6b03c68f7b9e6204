# functools.cmp_to_key and rich sorting
from functools import cmp_to_key, total_ordering
import locale

def version_cmp(a, b):
    pa = [int(x) for x in a.split(".")]
    pb = [int(x) for x in b.split(".")]
    return (pa > pb) - (pa < pb)

versions = ["1.10.0", "1.2.0", "1.2.10", "1.2.9", "0.9", "1.2", "10.0"]
print(sorted(versions, key=cmp_to_key(version_cmp)))
print(sorted(versions, key=cmp_to_key(version_cmp), reverse=True))
print(max(versions, key=cmp_to_key(version_cmp)), min(versions, key=cmp_to_key(version_cmp)))

calls = []
def counting_cmp(a, b):
    calls.append((a, b))
    return a - b
data = [5, 3, 8, 1, 9, 2, 7]
print(sorted(data, key=cmp_to_key(counting_cmp)), len(calls))

def largest_number(nums):
    strs = [str(n) for n in nums]
    strs.sort(key=cmp_to_key(lambda a, b: (b + a > a + b) - (b + a < a + b)))
    return "".join(strs).lstrip("0") or "0"
print(largest_number([3, 30, 34, 5, 9]), largest_number([0, 0]), largest_number([10, 2]))

K = cmp_to_key(lambda a, b: a - b)
print(K(1) < K(2), K(3) == K(3), K(2) >= K(5))
try:
    hash(K(1))
except TypeError as e:
    print("TypeError:", e)

@total_ordering
class Card:
    ORDER = "23456789TJQKA"
    def __init__(self, s): self.rank, self.suit = s[0], s[1]
    def __eq__(self, o): return self.ORDER.index(self.rank) == self.ORDER.index(o.rank)
    def __lt__(self, o): return self.ORDER.index(self.rank) < self.ORDER.index(o.rank)
    def __repr__(self): return self.rank + self.suit
hand = [Card(c) for c in ["KS", "2H", "TD", "AS", "2C", "9H"]]
print(sorted(hand), max(hand), Card("3S") >= Card("3H"), Card("4S") > Card("3H"), Card("4S") <= Card("3H"))

people = [("alice", 30, "NY"), ("bob", 25, "LA"), ("carol", 30, "LA"), ("dave", 25, "NY"), ("eve", 35, "SF")]
print(sorted(people, key=lambda p: (-p[1], p[0])))
from operator import itemgetter, attrgetter, methodcaller
print(sorted(people, key=itemgetter(2, 1)))
s = sorted(people, key=itemgetter(0), reverse=True)
s.sort(key=itemgetter(1))
print(s)
print(sorted(["banana", "Apple", "cherry", "apple"], key=str.casefold), sorted(["b", "A", "a", "B"]))
print(sorted(["file10", "file2", "file1"], key=lambda s: (len(s), s)))
print(sorted([" x", "y ", "z"], key=methodcaller("strip")))
class P:
    def __init__(self, n, a): self.name, self.age = n, a
    def __repr__(self): return f"P({self.name})"
ps = [P("z", 1), P("a", 2), P("m", 1)]
print(sorted(ps, key=attrgetter("age", "name")))
try:
    sorted([3, "a", 1])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted(ps)
except TypeError as e:
    print("TypeError:", e)
print(sorted([3.5, 1, True, 2.0]), sorted([(1, "b"), (1, "a"), (0, "z")]), sorted({3: "a", 1: "b"}))
nan = float("nan")
print(sorted([1, 5, 3]), sorted("hello"), sorted([[2, 1], [1, 2], [1]]))
lst = [4, 2, 3]
def bad_key(x):
    if x == 3:
        raise ValueError("bad key")
    return x
try:
    lst.sort(key=bad_key)
except ValueError as e:
    print("ValueError:", e, lst)
