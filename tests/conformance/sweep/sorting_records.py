# Sorting with keys, stability, multi-key, reverse, custom comparisons and grouping.
from functools import cmp_to_key
from operator import attrgetter, itemgetter, methodcaller
from collections import namedtuple

Student = namedtuple("Student", "name grade age city")
students = [
    Student("Dave", "B", 21, "Oslo"),
    Student("alice", "A", 23, "Rome"),
    Student("Carol", "B", 19, "Oslo"),
    Student("bob", "A", 21, "Paris"),
    Student("Eve", "C", 22, "Rome"),
    Student("Frank", "B", 21, "Paris"),
]
print([s.name for s in sorted(students)])
print([s.name for s in sorted(students, key=attrgetter("age"))])
print([s.name for s in sorted(students, key=lambda s: s.name.lower())])
print([(s.grade, s.age, s.name) for s in sorted(students, key=attrgetter("grade", "age"))])
print([s.name for s in sorted(students, key=lambda s: (s.grade, -s.age))])
by_age = sorted(students, key=attrgetter("age"), reverse=True)
print([(s.name, s.age) for s in by_age])
stable = sorted(sorted(students, key=attrgetter("name")), key=attrgetter("city"))
print([(s.city, s.name) for s in stable])
pairs = [("b", 2), ("a", 2), ("c", 1), ("a", 1)]
print(sorted(pairs, key=itemgetter(1)), sorted(pairs, key=itemgetter(1, 0)), sorted(pairs, reverse=True))
print(sorted(["banana", "Apple", "cherry", "apple"], key=methodcaller("casefold")))
print(sorted("The Quick brown Fox".split(), key=str.lower), sorted([3, -1, -4, 2], key=abs))
nums = [5, 2, 9, 1, 5, 6]
nums.sort()
print(nums, nums.sort(reverse=True), nums)
print(sorted({"b": 1, "a": 3, "c": 2}), sorted({"b": 1, "a": 3, "c": 2}.items(), key=lambda kv: kv[1]))
print(sorted([1.5, 1, True, 0.5, False]), sorted([[2, 1], [1, 2], [1]]), sorted([(1, "b"), (1, "a")]))


def compare_versions(a, b):
    pa = [int(x) for x in a.split(".")]
    pb = [int(x) for x in b.split(".")]
    return (pa > pb) - (pa < pb)


versions = ["1.10.0", "1.2.9", "1.2.10", "0.9", "1.2"]
print(sorted(versions), sorted(versions, key=cmp_to_key(compare_versions)))
print(max(versions, key=cmp_to_key(compare_versions)), min(students, key=attrgetter("age")).name)


class Card:
    RANKS = "23456789TJQKA"
    SUITS = "cdhs"

    def __init__(self, text):
        self.rank, self.suit = text[0], text[1]

    def __lt__(self, other):
        print(f"  cmp {self} < {other}")
        return (self.RANKS.index(self.rank), self.SUITS.index(self.suit)) < (
            self.RANKS.index(other.rank), self.SUITS.index(other.suit))

    def __repr__(self):
        return self.rank + self.suit


hand = [Card(t) for t in ["Qh", "2c", "As", "Td", "2s"]]
print(sorted(hand))
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=len), sorted(set(words), key=lambda w: (-len(w), w)))
print(sorted(range(10), key=lambda x: x % 3), list(reversed(sorted(range(5)))))
matrix = [[3, 1], [2, 2], [1, 3]]
matrix.sort(key=lambda r: r[1], reverse=True)
print(matrix)
try:
    sorted([1, "a", 2])
except TypeError as e:
    print(e)
try:
    [3, None].sort()
except TypeError as e:
    print(e)
try:
    sorted([1, 2], key=lambda x: x.missing)
except AttributeError as e:
    print(e)
data = [("x", 3), ("y", 1)]
data.sort(key=lambda t: t[1])
print(data, sorted("hello world"), "".join(sorted("hello", reverse=True)))
lst = list(range(20))
lst.sort(key=lambda x: (x % 2, -x))
print(lst)
print(sorted([0.1, -0.0, 0.0, float("inf"), -1e300]), sorted([complex(1, 1)], key=abs))
print(sorted(["b", "A", "a", "B", "ä", "Z"]), sorted(["10", "9", "100"]), sorted(["10", "9", "100"], key=int))
