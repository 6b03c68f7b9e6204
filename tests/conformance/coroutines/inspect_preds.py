# inspect predicates that asyncio uses, plus signature() for plain functions.
import inspect
import functools


def gen():
    yield


async def coro():
    pass


async def agen():
    yield


class Awaitable:
    def __await__(self):
        yield


class K:
    def method(self, a, b=2):
        pass

    async def amethod(self):
        pass

    @classmethod
    def cm(cls, x):
        pass

    @staticmethod
    def sm(y, *, z=1):
        pass


c = coro()
g = gen()
ag = agen()
objs = [gen, coro, agen, g, c, ag, Awaitable(), K, K.method, K().method, K().amethod, len, 5, lambda: 0]
preds = [inspect.isgeneratorfunction, inspect.iscoroutinefunction, inspect.isasyncgenfunction,
         inspect.isgenerator, inspect.iscoroutine, inspect.isasyncgen, inspect.isawaitable,
         inspect.isfunction, inspect.ismethod, inspect.isclass, inspect.isbuiltin, inspect.isroutine]
for p in preds:
    print(p.__name__.ljust(20), "".join("1" if p(o) else "0" for o in objs))
print(inspect.iscoroutinefunction(functools.partial(coro)), inspect.iscoroutinefunction(functools.partial(gen)))
c.close()
print(inspect.getgeneratorstate(g))
next(g)
print(inspect.getgeneratorstate(g))
g.close()
print(inspect.getgeneratorstate(g))


def f(a, b: int, c=3, *args, d, e: "str" = "x", **kw) -> bool:
    pass


def po(x, y=1, /, z=2):
    pass


def kwo(*, k):
    pass


for fn in (f, po, kwo, lambda: 0, lambda *a, **k: 0, K.method, K().method, K.cm, K.sm, K):
    print(inspect.signature(fn))
sig = inspect.signature(f)
for name, p in sig.parameters.items():
    print(name, p.kind, p.default is inspect.Parameter.empty, p.annotation, repr(p))
print(repr(sig), sig.return_annotation)
ba = sig.bind(1, 2, 5, 6, d=4, extra=1)
print(ba.arguments, ba.args, ba.kwargs)
try:
    sig.bind(1)
except TypeError as e:
    print("TypeError:", e)


@functools.wraps(f)
def wrapper(*args, **kwargs):
    return f(*args, **kwargs)


print(inspect.signature(wrapper), inspect.unwrap(wrapper) is f)
print(inspect.Parameter("x", inspect.Parameter.KEYWORD_ONLY, default=None))
print(inspect.Signature([inspect.Parameter("a", inspect.Parameter.POSITIONAL_ONLY)]))
try:
    inspect.Parameter("1x", inspect.Parameter.POSITIONAL_ONLY)
except ValueError as e:
    print("ValueError:", e)
