# functools: lru_cache, partial, reduce, singledispatch, total_ordering, cached_property, wraps.
import functools
from functools import lru_cache, partial, reduce, singledispatch, total_ordering, cached_property, wraps, cache


@lru_cache(maxsize=32)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
print(fib(10), fib.cache_info(), fib.__wrapped__.__name__)


@cache
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


print(fact(20), fact.cache_info())


def power(base, exp, *, mod=None):
    return pow(base, exp, mod)


square = partial(power, exp=2)
cube_mod = partial(power, exp=3, mod=7)
print(square(9), cube_mod(4), square.func is power, square.args, square.keywords)
print(repr(partial(max, 1, key=abs)))
p2 = partial(partial(power, 2), 5)
print(p2(), p2.args)
print(reduce(lambda acc, x: acc * 10 + x, [1, 2, 3, 4]))
print(reduce(max, [3, 9, 2], 0), reduce(lambda a, b: a + b, [], "empty"))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print(e)


@singledispatch
def describe(obj):
    return f"object {obj!r}"


@describe.register
def _(obj: int):
    return f"int {obj}"


@describe.register(list)
def _(obj):
    return "list of " + ", ".join(describe(x) for x in obj)


@describe.register(bool)
def _(obj):
    return f"bool {obj}"


print(describe(3), describe(True), describe("s"), describe([1, "a", False]), describe(3.5))
print(describe.dispatch(float).__name__, sorted(k.__name__ for k in describe.registry))


@total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))


vs = [Version(s) for s in ["1.2.10", "1.2.9", "1.10", "1.2"]]
print(sorted(vs), max(vs), Version("1.0") >= Version("0.9"), Version("1.0") <= Version("1.0"), Version("2") > Version("10"))


class Circle:
    def __init__(self, r):
        self.r = r

    @cached_property
    def area(self):
        print("computing area")
        return 3.14159 * self.r ** 2


c = Circle(2)
print(c.area, c.area, "area" in vars(c))
del c.area
print(round(c.area, 3))


def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        print(f"calling {func.__name__}{args}")
        return func(*args, **kwargs)
    return wrapper


@logged
def add(a, b):
    """Add two numbers."""
    return a + b


print(add(2, 3), add.__name__, add.__doc__, add.__wrapped__(1, 1))
words = ["ccc", "a", "bb", "dddd", "ee"]
print(sorted(words, key=functools.cmp_to_key(lambda a, b: (len(a) > len(b)) - (len(a) < len(b)))))


class Cart:
    def __init__(self):
        self.items = []

    @functools.singledispatchmethod
    def add(self, item):
        raise TypeError(f"cannot add {type(item).__name__}")

    @add.register
    def _(self, item: str):
        self.items.append(item)

    @add.register
    def _(self, item: list):
        for i in item:
            self.add(i)


cart = Cart()
cart.add("x")
cart.add(["y", "z"])
print(cart.items)
try:
    cart.add(5)
except TypeError as e:
    print(e)
uw = lru_cache(maxsize=None)(lambda x: x * 2)
print(uw(4), uw.cache_info(), uw.cache_parameters())
