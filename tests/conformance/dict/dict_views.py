# keys/values/items views are live and support set ops
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
d["d"] = 4
del d["a"]
print(list(k), list(v), list(it), len(k))
print(k & {"b", "x"}, sorted(k | {"z"}), sorted(k - {"b"}), sorted(k ^ {"b", "q"}))
print(it & {("b", 2), ("c", 0)}, ("c", 3) in it, "b" in k, 4 in v)
print(k == {"b", "c", "d"}, k.isdisjoint({"x"}), sorted(d.values(), reverse=True))
for key, val in d.items():
    print(key, "->", val)
try:
    for key in d:
        d[key + "!"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
e = {"x": 1}
try:
    for key in e:
        del e[key]
except RuntimeError as err:
    print("RuntimeError:", err)
inv = {val: key for key, val in {"one": 1, "two": 2}.items()}
print(inv, type(k).__name__, type(v).__name__, type(it).__name__)
print(list(zip(d.keys(), d.values())) == list(d.items()))
