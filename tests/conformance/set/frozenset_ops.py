# frozenset: hashable, mixed ops with set
f = frozenset([3, 1, 2])
s = {2, 3, 4}
print(f, f | s, type(f | s).__name__, type(s | f).__name__, f & s, s - f)
print(frozenset(), frozenset("aa"), frozenset({1}) == {1}, hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
d = {frozenset({1, 2}): "pair", frozenset(): "empty"}
print(d[frozenset([2, 1])], d[frozenset()])
groups = {frozenset(g) for g in [(1, 2), (2, 1), (3,), ()]}
print(len(groups), frozenset({1, 2}) in groups)
try:
    f.add(5)
except AttributeError as e:
    print("AttributeError:", e)
try:
    {{1}}
except TypeError as e:
    print("TypeError:", e)
print({frozenset({1})}, f.union([9]), f.copy() == f, f.issubset({1, 2, 3, 4}))
ss = {frozenset({1}), frozenset({2})}
print(len(ss), frozenset({1}) in ss, set() in {frozenset()})
