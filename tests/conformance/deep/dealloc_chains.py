# Chains of containers far deeper than the C++ stack could recurse are freed
# (CPython's trashcan): each one is built, dropped, and the program goes on.
# Only structures CPython 3.11 itself can free are here (see deep_minipy/).
import collections
import functools
import types


def check(name, build):
    chain = build()
    del chain
    print(name, "freed")


def nest(n, wrap, start=None):
    x = start
    for _ in range(n):
        x = wrap(x)
    return x


N = 100_000


class Node:
    def __init__(self, nxt):
        self.nxt = nxt


class Slotted:
    __slots__ = ("nxt",)

    def __init__(self, nxt):
        self.nxt = nxt


class L(list):
    pass


class Err(Exception):
    pass


def closure_of(x):
    def f():
        return x
    return f


def method_of(x):
    n = Node(x)
    return n.__init__


def cause_chain(n):
    e = None
    for _ in range(n):
        new = Err()
        new.__cause__ = e
        e = new
    return e


def context_chain(n):
    e = None
    for _ in range(n):
        try:
            try:
                raise KeyError
            finally:
                pass
        except KeyError as k:
            k.__context__ = e
            e = k
    return e


check("list", lambda: nest(1_000_000, lambda x: [x], []))
check("tuple", lambda: nest(N, lambda x: (x,), ()))
check("dict", lambda: nest(N, lambda x: {"k": x}, {}))
check("frozenset", lambda: nest(N, lambda x: frozenset([x]), frozenset()))
check("set of tuples", lambda: nest(N, lambda x: {(frozenset([x]),)}.pop(), ()))
check("instance __dict__", lambda: nest(N, Node))
check("instance __slots__", lambda: nest(N, Slotted))
check("list subclass", lambda: nest(N, lambda x: L([x]), L()))
check("closure", lambda: nest(N, closure_of))
check("bound method", lambda: nest(N, method_of))
check("exception __cause__", lambda: cause_chain(N))
check("exception __context__", lambda: context_chain(50_000))
check("exception args", lambda: nest(N, ValueError))
check("OrderedDict", lambda: nest(N, lambda x: collections.OrderedDict(k=x)))
check("SimpleNamespace", lambda: nest(N, lambda x: types.SimpleNamespace(k=x)))
check("partial", lambda: nest(N, lambda x: functools.partial(len, x)))
check("list iterator", lambda: nest(N, lambda x: iter([x])))
check("map", lambda: nest(N, lambda x: map(len, x), iter([])))
check("zip", lambda: nest(N, lambda x: zip(x), iter([])))
check("filter", lambda: nest(N, lambda x: filter(None, x), iter([])))
check("dict view", lambda: nest(N, lambda x: {1: x}.values()))
check("generator", lambda: nest(N, lambda x: (y for y in [x])))
check("list, tuple, dict, instance", lambda: nest(N, lambda x: [({"k": Node(x)},)]))

# A chain alive when the program ends is freed at exit too.
keep = nest(300_000, lambda x: [x], [])
print("done")
