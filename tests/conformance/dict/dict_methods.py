# dict methods
d = {"x": 1, "y": 2}
print(d.get("x"), d.get("z"), d.get("z", 0), d.setdefault("y", 99), d.setdefault("z", []), d)
d["z"].append(5)
print(d.pop("x"), d.pop("nope", "dflt"), d)
try:
    d.pop("nope")
except KeyError as e:
    print("KeyError:", e)
d.update({"a": 1}, b=2)
d.update([("c", 3)])
print(d)
print(d.popitem(), d.popitem(), d)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
c = d.copy()
c["y"] = "changed"
print(d, c)
print(dict.fromkeys("abc"), dict.fromkeys(range(3), 0))
shared = dict.fromkeys(["p", "q"], [])
shared["p"].append(1)
print(shared)
d.clear()
print(d, len(d))
m = {"a": 1} | {"b": 2, "a": 3}
print(m)
m |= {"c": 4}
print(m, {**m, "d": 5}, {**{"x": 1}, **{"x": 2}})
print(list(reversed({"a": 1, "b": 2, "c": 3})), list(reversed({"a": 1}.items())))
