# __len__, __getitem__, __setitem__, __delitem__, __reversed__, __missing__-like
class Grid:
    def __init__(self, w, h, fill=0):
        self.w, self.h = w, h
        self.cells = {}
        self.fill = fill
    def __getitem__(self, key):
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(f"cell {key} out of range")
        return self.cells.get(key, self.fill)
    def __setitem__(self, key, v):
        self[key]
        self.cells[key] = v
    def __delitem__(self, key):
        del self.cells[key]
    def __len__(self): return self.w * self.h
    def __iter__(self):
        for y in range(self.h):
            yield [self[x, y] for x in range(self.w)]
g = Grid(3, 2)
g[1, 1] = 5
g[0, 0] = "a"
for row in g:
    print(row)
print(len(g), g[1, 1], g[2, 1])
del g[1, 1]
print(g[1, 1])
try:
    g[5, 5] = 1
except IndexError as e:
    print("IndexError:", e)
try:
    del g[0, 1]
except KeyError as e:
    print("KeyError:", e)
class Deck:
    def __init__(self): self.cards = [f"{r}{s}" for s in "SH" for r in "A23"]
    def __len__(self): return len(self.cards)
    def __getitem__(self, i): return self.cards[i]
    def __reversed__(self):
        print("  __reversed__ called")
        return iter(self.cards[::-1])
d = Deck()
print(len(d), d[0], d[-1], d[1:3], list(reversed(d)), "3H" in d)
class SeqOnly:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return "xyz"[i]
print(list(reversed(SeqOnly())))
