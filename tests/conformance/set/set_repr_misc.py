# set repr, set of tuples, membership
print(set(), {()}, {(1, 2)}, {1}, frozenset({1}), frozenset())
print(repr({1}), str({2}), {1, 2}.__len__())
class Item:
    def __init__(self, k): self.k = k
    def __eq__(self, o): return isinstance(o, Item) and o.k == self.k
    def __hash__(self): return hash(self.k)
    def __repr__(self): return f"Item({self.k})"
items = {Item(1), Item(1), Item(2)}
print(len(items), Item(2) in items, Item(3) in items, sorted(items, key=lambda i: i.k))
r = set()
r.add(r.__class__.__name__)
print(r)
print(1 in {1.0}, 1.0 in {True}, "1" in {1})
coords = {(x, y) for x in range(3) for y in range(3) if x != y}
print(sorted(coords), len(coords), (0, 1) in coords, (1, 1) in coords)
