# copy / deepcopy / pickle round trips of custom classes.
import copy
import copyreg
import pickle


class Config:
    def __init__(self, name, opts):
        self.name = name
        self.opts = opts
        self.cache = {"big": list(range(3))}

    def __getstate__(self):
        print("getstate", self.name)
        state = self.__dict__.copy()
        del state["cache"]
        return state

    def __setstate__(self, state):
        print("setstate", state["name"])
        self.__dict__.update(state)
        self.cache = {}

    def __repr__(self):
        return f"Config({self.name!r}, {self.opts!r}, cache={self.cache!r})"


c = Config("main", {"debug": [1, 2]})
c1 = copy.copy(c)
print(c1, c1.opts is c.opts)
c2 = copy.deepcopy(c)
print(c2, c2.opts is c.opts, c2.opts == c.opts)
c3 = pickle.loads(pickle.dumps(c))
print(c3)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __reduce__(self):
        print("reduce")
        return (Point, (self.x, self.y))

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


p = Point(1, [2])
print(copy.copy(p), copy.deepcopy(p), pickle.loads(pickle.dumps(p, protocol=2)))


class Temp:
    def __init__(self, deg):
        self.deg = deg


def reduce_temp(t):
    print("copyreg reducer")
    return (Temp, (t.deg * 1,))


copyreg.pickle(Temp, reduce_temp)
t = Temp(21)
t2 = copy.copy(t)
t3 = copy.deepcopy(t)
t4 = pickle.loads(pickle.dumps(t))
print(t2.deg, t3.deg, t4.deg, t2 is t)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a, self.b = a, b


s = Slotted(1, [2, 3])
s2 = copy.copy(s)
s3 = copy.deepcopy(s)
s4 = pickle.loads(pickle.dumps(s))
print(s2.a, s2.b is s.b, s3.b, s3.b is s.b, s4.a, s4.b)


class Node:
    def __init__(self, val):
        self.val = val
        self.children = []
        self.parent = None

    def add(self, child):
        child.parent = self
        self.children.append(child)
        return child


root = Node("root")
kid = root.add(Node("kid"))
kid.add(Node("grandkid"))
r2 = copy.deepcopy(root)
print(r2.children[0].parent is r2, r2.children[0].children[0].val, r2 is not root)
r3 = pickle.loads(pickle.dumps(root))
print(r3.children[0].parent is r3, r3.children[0].children[0].parent.val)


class Custom:
    def __init__(self):
        self.data = [1, 2]

    def __copy__(self):
        print("__copy__")
        new = Custom.__new__(Custom)
        new.data = self.data
        return new

    def __deepcopy__(self, memo):
        print("__deepcopy__", type(memo).__name__)
        new = Custom.__new__(Custom)
        new.data = copy.deepcopy(self.data, memo)
        return new


cu = Custom()
print(copy.copy(cu).data is cu.data, copy.deepcopy(cu).data is cu.data)
lst = [1, [2, 3]]
lst.append(lst)
dl = copy.deepcopy(lst)
print(dl[2] is dl, dl[1] is not lst[1], dl)
data = {"t": (1, 2), "s": {1, 2}, "f": frozenset({3}), "b": b"xy", "n": None, "c": 1 + 2j, "big": 2 ** 100}
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    assert pickle.loads(pickle.dumps(data, proto)) == data
print(pickle.loads(pickle.dumps(data)))
t = (1, [2])
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, 2)) is not None)


class GetNewArgs(int):
    def __new__(cls, v, label):
        obj = super().__new__(cls, v)
        obj.label = label
        return obj

    def __getnewargs__(self):
        return (int(self), self.label)


g = GetNewArgs(7, "seven")
g2 = pickle.loads(pickle.dumps(g))
g3 = copy.copy(g)
print(g2, g2.label, type(g2).__name__, g3.label)
try:
    pickle.dumps(lambda: 0)
except (pickle.PicklingError, AttributeError) as e:
    print(type(e).__name__)
try:
    copy.deepcopy((x for x in []))
except TypeError as e:
    print(e)
