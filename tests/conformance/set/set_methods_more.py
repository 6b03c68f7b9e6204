# More set methods and errors
s = {1, 2, 3}
t = s.copy()
t.add(4)
print(s, t, s.issubset(t), t.issuperset(s))
s.intersection_update({2, 3, 9})
print(s)
s.difference_update([3])
print(s)
s.symmetric_difference_update({2, 7})
print(s)
s.clear()
print(s, len(s), bool(s))
for bad in (lambda: {1} + {2}, lambda: {[1]}, lambda: set(5), lambda: {1} < [1], lambda: {1}.remove(2), lambda s={1}: s[0]):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)
print({1, 2} | {3}, {1, 2}.union(), set([1]).intersection(), {3} - set())
u = set()
for w in ["b", "a", "c", "a"]:
    u.add(w)
print(sorted(u), len(u), "a" in u)
evens = set(range(0, 10, 2))
it = iter(evens)
print(sum(it), sum(evens), max(evens), min(evens))
try:
    for x in evens:
        evens.add(x + 1)
except RuntimeError as e:
    print("RuntimeError:", e)
