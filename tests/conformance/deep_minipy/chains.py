# Chains CPython 3.11 cannot free (its deallocs for these types recurse
# without its trashcan): minipy frees them, counting levels once the C++
# stack runs low (runtime/gc.h, DeallocGuard::kWhenStackLow).
import collections
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


def cell_of(x):
    def f():
        return x
    return f.__closure__[0]


N = 200_000
check("deque", lambda: nest(N, lambda x: collections.deque([x])))
check("cell", lambda: nest(N, cell_of))
check("method of non-instance", lambda: nest(N, lambda x: types.MethodType(print, x), 0))
check("property", lambda: nest(N, property))
check("staticmethod", lambda: nest(N, staticmethod))
check("classmethod", lambda: nest(N, classmethod))
check("deque of cells", lambda: nest(N, lambda x: collections.deque([cell_of(x)])))
check("function defaults", lambda: nest(N, lambda x: (lambda y=x: y)))
check("enumerate", lambda: nest(N, enumerate, []))
keep = nest(N, lambda x: collections.deque([x]))
print("done")
