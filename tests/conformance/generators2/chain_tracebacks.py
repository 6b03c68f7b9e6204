# Tracebacks through delegation chains resumed many times, through generators
# driven by for loops (nested), and through throw() at depth: the frames and
# lines must be CPython's. The last one is uncaught (compared on stderr).
import os
import sys
import traceback

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


def show():
    print(traceback.format_exc().replace(HERE, ""), end="")


def leaf(limit):
    for i in range(limit):
        yield i
    raise ValueError("leaf gave up")


def middle(n, limit):
    if n == 0:
        return (yield from leaf(limit))
    return (yield from middle(n - 1, limit))


g = middle(3, 5)
try:
    for i in range(10):
        g.send(None)
except ValueError:
    show()


def numbers():
    yield 1
    yield 2
    raise KeyError("numbers")


def doubled():
    for x in numbers():
        yield x * 2


def summed():
    total = 0
    for x in doubled():
        total += x
    return total


try:
    summed()
except KeyError:
    show()


async def coro_leaf():
    await Suspend()
    raise IndexError("coroutine leaf")


class Suspend:
    def __await__(self):
        yield "suspended"


async def coro_chain(n):
    if n == 0:
        return await coro_leaf()
    return await coro_chain(n - 1)


c = coro_chain(2)
c.send(None)
try:
    c.send(None)
except IndexError:
    show()


def catching(n):
    if n == 0:
        try:
            yield "ready"
        except OSError as e:
            raise RuntimeError("converted") from e
    return (yield from catching(n - 1))


g = catching(3)
next(g)
try:
    g.throw(OSError("thrown in"))
except RuntimeError:
    show()


def handler_context():
    try:
        raise LookupError("first")
    except LookupError:
        for x in numbers():
            pass


try:
    handler_context()
except KeyError:
    show()

g = middle(4, 2)
for v in g:
    print("value", v)
