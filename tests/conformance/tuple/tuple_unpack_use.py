# Tuples as records, swapping, returning multiple values
def min_max(xs):
    return min(xs), max(xs)
lo, hi = min_max([5, 2, 9, 1])
print(lo, hi, min_max("hello"))
a, b = 1, 2
a, b = b, a
print(a, b)
points = [(1, 2), (3, -1), (0, 0), (-2, 5)]
for x, y in points:
    print(f"({x:>2},{y:>2}) dist2={x * x + y * y}")
print(sorted(points), sorted(points, key=lambda p: p[1]), max(points, key=lambda p: p[0] + p[1]))
records = [("widget", 3, 2.5), ("gadget", 1, 10.0), ("doohickey", 12, 0.75)]
total = sum(q * p for _, q, p in records)
print(f"total={total:.2f}")
def divmod_all(n, *ds):
    return tuple(divmod(n, d) for d in ds)
print(divmod_all(100, 3, 7, 11))
nested = ((1, 2), (3, (4, 5)))
(p, q), (r, (s, u)) = nested
print(p, q, r, s, u)
print(tuple(map(str, (1, 2))), tuple(x * 2 for x in (1, 2, 3)))
counts = {}
for pair in [("a", 1), ("b", 2), ("a", 3)]:
    k, v = pair
    counts[k] = counts.get(k, ()) + (v,)
print(counts)
