# set operations (int sets print in CPython's hash order)
a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [10]), a.intersection(b, {5}), a.difference([1], (2,)), a.symmetric_difference(range(3, 9)))
print({10, 33, 1, 65}, {100, 5, 37, 2}, {-1, -2, 0}, set(range(20, 0, -3)), {64, 32, 16, 8, 128, 0})
print(a <= b, {4, 5} <= a, {4, 5} < b, a >= {1}, a > a, a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({9}))
c = set(a)
c |= {9}
c &= {1, 9, 3}
c -= {3}
c ^= {2, 9}
print(c)
s = set()
s.add(3); s.add(3); s.add(1)
s.update([7, 8], (9,))
s.discard(100)
s.remove(8)
print(s, len(s), 3 in s, 4 in s)
try:
    s.remove(100)
except KeyError as e:
    print("KeyError:", e)
print(s.pop(), s)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
print(set(), set([]), set("aaa"), {(1, 2), (1, 2)}, {1.0, 1}, {0, -0.0, False})
print(sorted({"pear", "apple", "fig"}), len({"x", "y", "x"}))
