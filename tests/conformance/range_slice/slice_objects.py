# slice objects and __getitem__ receiving slices
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None), slice(1, None, -1))
print(s.indices(6), slice(None, None, -2).indices(7), slice(-3, None).indices(5), slice(100, -100, -1).indices(4))
data = "abcdefghij"
print(data[s], data[slice(None, None, -1)], data[slice(-3, None)])
class Recorder:
    def __getitem__(self, key):
        return key
r = Recorder()
print(r[1], r[1:2], r[::3], r[1:2, 3], r[..., 1], r[:, ::2], r["k"])
class Seq:
    def __init__(self, items): self.items = list(items)
    def __len__(self): return len(self.items)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Seq(self.items[i])
        return self.items[i]
    def __repr__(self): return f"Seq({self.items})"
q = Seq(range(10))
print(q[2], q[-1], q[2:5], q[::-3], len(q[1:]), list(q)[:3])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
try:
    hash(slice(1, 2)) if False else print("skip hash")
except TypeError as e:
    print(e)
