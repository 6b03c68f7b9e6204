# Unpacking targets in for loops and comprehensions
pairs = [(1, "one"), (2, "two"), (3, "three")]
for num, name in pairs:
    print(num, name)
for i, (num, name) in enumerate(pairs, start=10):
    print(i, num, name[0])
for first, *rest in ["abc", "de", "f"]:
    print(first, rest)
print([a * b for a, b in zip(range(4), range(4, 8))])
print({k: v for k, v in pairs}, [n for n, _ in pairs])
records = [("ann", (1990, 5, 17)), ("bob", (1985, 12, 1))]
for name, (year, month, day) in records:
    print(f"{name} born {day:02d}/{month:02d}/{year}")
points = {"a": (0, 0), "b": (3, 4)}
for label, (x, y) in sorted(points.items()):
    print(label, (x ** 2 + y ** 2) ** 0.5)
for (a, b), c in [((1, 2), 3)]:
    print(a, b, c)
m = [[1, 2], [3, 4]]
for row_i, row in enumerate(m):
    for col_i, v in enumerate(row):
        print(f"m[{row_i}][{col_i}]={v}", end=" ")
print()
