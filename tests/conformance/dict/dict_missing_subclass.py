# dict subclasses, __missing__, and key behaviour
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in "hello world":
    c[ch] += 1
print(c, c["z"], "z" in c, len(c))
class DefaultList(dict):
    def __missing__(self, key):
        self[key] = v = []
        return v
dl = DefaultList()
dl["a"].append(1)
dl["a"].append(2)
dl["b"]
print(dl, dl.get("c"), "c" in dl)
class LowerDict(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
    def __getitem__(self, key):
        return super().__getitem__(key.lower())
ld = LowerDict()
ld["HeLLo"] = 1
print(ld, ld["HELLO"], ld.get("hello"), isinstance(ld, dict))
class Key:
    def __init__(self, name): self.name = name
    def __hash__(self): return hash(self.name.lower())
    def __eq__(self, other): return isinstance(other, Key) and self.name.lower() == other.name.lower()
    def __repr__(self): return f"Key({self.name!r})"
kd = {Key("Abc"): 1}
kd[Key("ABC")] = 2
print(kd, Key("aBc") in kd)
class NoHash:
    __hash__ = None
try:
    {NoHash(): 1}
except TypeError as e:
    print("TypeError:", e)
