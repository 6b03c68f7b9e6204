# Range equality, containment with various types, and edge lengths
print(range(0, 3) == range(3), range(0, 0) == range(2, 1), range(1, 10, 3) == range(1, 11, 3))
print(list(range(1, 10, 3)), list(range(1, 11, 3)))
print(3.0 in range(5), 3.5 in range(5), True in range(2), "a" in range(2) if False else "skip")
print(range(0, -1).__len__(), len(range(0, 10, -1)), len(range(-10, 10, 7)), len(range(10, -10, -7)))
r = range(10, 100, 10)
print(r.index(50), r.count(50), r.count(55), r[len(r) - 1], r[-len(r)])
try:
    r[len(r)]
except IndexError as e:
    print("IndexError:", e)
print(list(zip(range(3), range(10, 13))), dict(zip(range(3), "abc")))
print(sum(range(0)), list(map(lambda i: i ** 2, range(5))), [*range(2), *range(2)])
