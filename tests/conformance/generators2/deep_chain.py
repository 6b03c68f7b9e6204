# Deep yield-from / await chains: values, returns, exceptions, throw and close
# travel through thousands of levels without exhausting the C++ stack.
import sys
sys.setrecursionlimit(20000)


def leaf(n):
    total = 0
    for i in range(n):
        got = yield i
        total += got if got is not None else 0
    return total


def chain(depth, n):
    if depth == 0:
        r = yield from leaf(n)
    else:
        r = yield from chain(depth - 1, n)
    return r + 1


g = chain(5000, 3)
print(next(g), g.send(10), g.send(20))
try:
    g.send(30)
except StopIteration as e:
    print("returned", e.value)

print(sum(chain(3000, 100)) if False else list(chain(3000, 5)))


def raiser(depth):
    if depth == 0:
        yield "bottom"
        raise KeyError("deep")
    try:
        yield from raiser(depth - 1)
    finally:
        if depth == 2500:
            print("finally at 2500")


try:
    for v in raiser(5000):
        print(v)
except KeyError as e:
    print("caught", e)


def catcher(depth):
    if depth == 0:
        try:
            yield 1
        except ValueError as e:
            yield "handled " + str(e)
        return "leaf done"
    if depth == 1000:
        try:
            return (yield from catcher(depth - 1))
        finally:
            print("cleanup 1000")
    return (yield from catcher(depth - 1))


g = catcher(4000)
print(next(g))
print(g.throw(ValueError("thrown")))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)

g = catcher(4000)
next(g)
g.close()
print("closed", g.gi_frame)


class Suspend:
    def __await__(self):
        return (yield "suspend")


async def aleaf():
    x = await Suspend()
    y = await Suspend()
    return x + y


async def achain(depth):
    if depth == 0:
        return await aleaf()
    return 1 + await achain(depth - 1)


c = achain(3000)
print(c.send(None), c.send(1))
try:
    c.send(2)
except StopIteration as e:
    print("coroutine result", e.value)


async def afail(depth):
    if depth == 0:
        await Suspend()
        raise ZeroDivisionError("bottom")
    return await afail(depth - 1)


c = afail(3000)
c.send(None)
try:
    c.send(None)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)

# Past the recursion limit: RecursionError, as in CPython.
sys.setrecursionlimit(300)
c = achain(1000)
try:
    c.send(None)
except RecursionError as e:
    print("RecursionError:", e)
c.close()
sys.setrecursionlimit(20000)

# The middle of a chain can still be driven from outside.
def inner():
    yield 1
    yield 2
    return "inner"


def outer(it):
    r = yield from it
    yield r


i = inner()
o = outer(i)
print(next(o), next(i), o.gi_yieldfrom is i)
print(next(o))
