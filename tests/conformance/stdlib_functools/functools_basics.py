import functools, itertools, operator
from functools import partial, reduce, lru_cache, wraps, total_ordering, cmp_to_key, cached_property, singledispatch
print(reduce(operator.add, [1,2,3,4]), reduce(lambda a,b: a*b, [], 1))
p = partial(int, base=2); print(p('101'), p)
def f(a, b, c=3): return a + b + c
q = partial(f, 1); print(q(2), partial(q, 5)(c=0), q.func is f, q.args, q.keywords)
@lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n-1) + fib(n-2)
print(fib(80), fib.cache_info())
@lru_cache(maxsize=2)
def sq(x): return x * x
for i in [1,2,1,3,1,2]: sq(i)
print(sq.cache_info())
def deco(fn):
    @wraps(fn)
    def inner(*a): return fn(*a)
    return inner
@deco
def hello(): "doc here"; return 1
print(hello.__name__, hello.__doc__, hello.__wrapped__.__name__)
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2))
print(sorted([3,1,2], key=cmp_to_key(lambda a, b: b - a)))
class C:
    @cached_property
    def x(self): print("computing"); return 42
c = C(); print(c.x, c.x)
@singledispatch
def show(x): return "obj"
@show.register
def _(x: int): return "int"
@show.register(list)
def _(x): return "list"
print(show(1), show([]), show("s"), show(True))
