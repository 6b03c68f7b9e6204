# dict and set operations people use every day: views, merging, comprehension, set algebra.
inventory = {"apple": 3, "banana": 0, "cherry": 7}
prices = {"apple": 0.5, "cherry": 3.0, "durian": 9.99}
print(inventory.keys() & prices.keys(), inventory.keys() - prices, inventory.keys() | {"x"}, inventory.keys() ^ prices.keys())
print(inventory | {"banana": 5}, {**inventory, "egg": 1}, prices | inventory)
merged = dict(inventory)
merged |= {"apple": 10, "fig": 2}
print(merged, list(merged.items())[-1], list(reversed(merged)), list(reversed(merged.values())))
print(inventory.get("kiwi"), inventory.get("kiwi", 0), inventory.setdefault("kiwi", 4), inventory)
print(inventory.pop("kiwi"), inventory.pop("nope", None), inventory.popitem(), inventory)
try:
    inventory.pop("nope")
except KeyError as e:
    print("KeyError", e)
inventory["cherry"] = 7
print({k: v for k, v in inventory.items() if v}, dict.fromkeys(["a", "b"], []), dict(zip("abc", range(3))))
d = {}
for word in "one two three two one two".split():
    d[word] = d.get(word, 0) + 1
print(d, max(d, key=d.get), sorted(d, key=d.get, reverse=True), sum(d.values()))
inverted = {}
for k, v in d.items():
    inverted.setdefault(v, []).append(k)
print(inverted)
keys = d.keys()
vals = d.values()
items = d.items()
d["four"] = 4
print(keys, vals, items, len(keys), "four" in keys, ("two", 3) in items, 3 in vals)
print(repr(d.keys()), type(d.values()).__name__, keys == {"one", "two", "three", "four"}, keys.isdisjoint({"x"}), keys.mapping is not None)
try:
    for k in d:
        d[k + "!"] = 1
except RuntimeError as e:
    print(e)
d = {1: "a", True: "b", 1.0: "c"}
print(d, {0: 1, False: 2, 0.0: 3, -0.0: 4})
nested = {"a": {"b": {"c": 1}}}
print(nested["a"]["b"]["c"], nested.get("x", {}).get("y"), {(1, 2): "tuple key", frozenset({1}): "fs key"})
print({1: 1} == {1: 1.0}, {1: 2} == {2: 1}, dict(a=1) != dict(a=2), list({3: 0, 1: 0, 2: 0}))
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b, a <= b, {1, 2} < a, a >= {1}, a.isdisjoint({9}), a.issuperset([1, 2]))
print(a.union([7], (8,)), a.intersection(b, {4}), a.difference({1}, {2}), a.symmetric_difference([1, 10]))
s = set()
s.add(3)
s.update([1, 2], {9})
s.discard(100)
s.remove(9)
print(s, s.pop(), s, len(s), 1 in s, s.copy() == s, s.copy() is s)
try:
    s.remove(42)
except KeyError as e:
    print("KeyError", e)
s |= {10}
s &= {2, 3, 10, 11}
s -= {3}
s ^= {5, 10}
print(s, set("hello"), sorted(set("mississippi")), frozenset([1, 2]) | {3}, type(frozenset([1]) | {3}).__name__, type({3} | frozenset([1])).__name__)
print({x % 5 for x in range(20)}, {(x, y) for x in range(2) for y in range(2)}, set(), {frozenset(), frozenset([1])})
print({10, 33, 1, 65}, {3.5, 1.5, 2.0}, {-1, -2, 5}, {(1, 2), (0, 0)}, set(range(40, 0, -3)))
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})), frozenset("abc") == set("cab"), {1, 2} == frozenset({1, 2}))
try:
    {[1]}
except TypeError as e:
    print(e)
try:
    {}.update(1)
except TypeError as e:
    print(e)
try:
    dict([("a", 1), ("b",)])
except ValueError as e:
    print(e)
from collections import Counter
votes = ["red", "blue", "red", "green", "blue", "red"]
tally = {c: votes.count(c) for c in dict.fromkeys(votes)}
print(tally, Counter(votes) == tally, sorted(tally.items(), key=lambda kv: (-kv[1], kv[0])))
grid = {(r, c): r * 3 + c for r in range(3) for c in range(3)}
print(grid[(1, 2)], [grid[r, r] for r in range(3)], min(grid, key=grid.get), len(grid))
cache = {}
def memo_fib(n):
    if n in cache:
        return cache[n]
    cache[n] = n if n < 2 else memo_fib(n - 1) + memo_fib(n - 2)
    return cache[n]
print(memo_fib(80), len(cache), list(cache)[:5])
print(dict(sorted({"b": 2, "a": 1}.items())), {**{"a": 1}, **{"a": 2}}, dict({"a": 1}, b=2), dict([("x", 1)], x=2))
class Missing(dict):
    def __missing__(self, key):
        return f"<{key}>"
m = Missing(a=1)
print(m["a"], m["zz"], m.get("zz"), "zz" in m, "{a} {b}".format_map(m))
