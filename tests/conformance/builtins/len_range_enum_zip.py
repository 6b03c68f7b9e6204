# len, range, enumerate, zip, map, filter
print(len("abc"), len([1, 2]), len({}), len(range(10)), len(b"xy"), len({1, 2, 2}))
print(list(enumerate("abc")), list(enumerate("ab", 5)), list(enumerate([], 1)))
print(list(zip()), list(zip([1, 2, 3], "ab")), list(zip(range(2), range(2), range(2))))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(map(abs, [-1, 2, -3])), list(map(lambda a, b: a + b, "ab", "cd")), list(map(int, "123")))
print(list(filter(None, [0, 1, "", "x", None])), list(filter(str.isdigit, "a1b2")), list(filter(lambda v: v > 1, [1, 2, 3])))
e = enumerate("xy")
print(next(e), next(e), next(e, "done"), type(e).__name__)
z = zip("ab", "cd")
print(type(z).__name__, list(z), list(z))
m = map(str.upper, ["a"])
print(type(m).__name__, list(m))
for bad in (lambda: len(5), lambda: enumerate(5), lambda: zip(5), lambda: map(None), lambda: len(iter([]))):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
