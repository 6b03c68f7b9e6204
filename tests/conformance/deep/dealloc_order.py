# The order in which a deep chain's finalisers run: CPython's trashcan puts
# off the deallocs below 50 nested levels and runs them when the outermost
# one ends, last put off first. Chains of 300 show where each cut falls.
out = []


class D:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        out.append(self.tag)


def report(name):
    global out
    runs = []  # consecutive runs, compactly: "a..b"
    for x in out:
        if runs and x == runs[-1][1] + runs[-1][2] and runs[-1][0] > 1:
            runs[-1][1] = x
            runs[-1][0] += 1
        elif runs and runs[-1][0] == 1 and abs(x - runs[-1][1]) == 1:
            runs[-1][2] = x - runs[-1][1]
            runs[-1][1] = x
            runs[-1][0] += 1
        else:
            runs.append([1, x, 1, x])
    print(name, len(out), " ".join(f"{r[3]}..{r[1]}" if r[0] > 1 else str(r[1]) for r in runs))
    out = []


l = None
for i in range(300):
    l = [l, D(i)]
del l
report("list [l, D]:")
l = None
for i in range(300):
    l = [D(i), l]
del l
report("list [D, l]:")
t = None
for i in range(300):
    t = (D(i), t)
del t
report("tuple (D, t):")
d = None
for i in range(300):
    d = {"n": d, "v": D(i)}
del d
report("dict n, v:")
d = None
for i in range(300):
    d = {"v": D(i), "n": d}
del d
report("dict v, n:")


class Node:
    def __init__(self, nxt, v):
        self.nxt = nxt
        self.v = v


n = None
for i in range(300):
    n = Node(n, D(i))
del n
report("instances nxt, v:")


class Node2:
    def __init__(self, nxt, v):
        self.v = v
        self.nxt = nxt


n = None
for i in range(300):
    n = Node2(n, D(i))
del n
report("instances v, nxt:")


class SNode:
    __slots__ = ("nxt", "v")

    def __init__(self, nxt, v):
        self.nxt = nxt
        self.v = v


n = None
for i in range(300):
    n = SNode(n, D(i))
del n
report("__slots__:")


class DNode(D):
    def __init__(self, nxt, i):
        self.nxt = nxt
        self.tag = i


n = None
for i in range(300):
    n = DNode(n, i)
del n
report("finalisable nodes:")


class L(list):
    pass


l = L()
for i in range(300):
    l = L([l, D(i)])
del l
report("list subclass:")
n = None
for i in range(200):
    n = [Node(n, D(i))]
del n
report("lists of instances:")


def mk(f, i):
    v = D(i)

    def g():
        return f, v
    return g


f = None
for i in range(200):
    f = mk(f, i)
del f
report("closures:")


class E(Exception):
    def __init__(self, i):
        self.d = D(i)


e = None
for i in range(200):
    x = E(i)
    x.__context__ = e
    e = x
del e, x
report("exception __context__:")
