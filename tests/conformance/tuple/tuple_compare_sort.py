# Lexicographic tuple comparison and sorting
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "a"), (3,), (1,), ()]
print(sorted(pairs))
print(max(pairs), min(pairs))
print((1, 2, 3) < (1, 2, 4), (1, 2) < (1, 2, -1), (0, 9) < (1,), (1,) == (1.0,), (1, "a") != (1, "b"))
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print("TypeError:", e)
print((1, "a") < (2, 2), (float("nan"),) == (float("nan"),))
n = float("nan")
print((n,) == (n,), [n] == [n])
versions = ["1.10.0", "1.2.3", "1.2.10", "0.9", "1.2"]
print(sorted(versions), sorted(versions, key=lambda v: tuple(int(p) for p in v.split("."))))
events = [(3, "low", "c"), (1, "high", "a"), (3, "high", "b"), (2, "mid", "d")]
for prio, level, name in sorted(events, reverse=True):
    print(prio, level, name)
