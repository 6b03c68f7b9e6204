# dict creation, insertion order, access
d = {"b": 2, "a": 1}
d["c"] = 3
d["b"] = 20
print(d, len(d), list(d), d["a"], "a" in d, "z" not in d)
del d["a"]
d["a"] = 100
print(d)
print(dict(), dict(x=1, y=2), dict([("k", 1), ("j", 2)]), dict({"m": 1}, n=2), dict(zip("ab", range(2))))
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e, repr(e), e.args)
try:
    del d["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    dict([("a", 1, 2)])
except ValueError as e:
    print("ValueError:", e)
keys = {1: "int", 1.5: "float", (1, 2): "tuple", None: "none", True: "bool?", "s": "str", frozenset([1]): "fs"}
print(keys)
print(keys[1], keys[(1, 2)], keys[None], keys[frozenset({1})])
e = {}
for word in "one two three two one two".split():
    e[word] = e.get(word, 0) + 1
print(e, max(e, key=e.get))
print({"a": 1} == {"a": 1}, {"a": 1, "b": 2} == {"b": 2, "a": 1}, {"a": 1} != {"a": 2}, {} == dict())
