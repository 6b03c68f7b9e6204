# Native coroutines: await on coroutines and __await__ objects, send / throw /
# close, return values, and the error cases of await.
import types


def run(coro, replies=()):
    """Drive a coroutine by hand; returns (result, yielded values)."""
    out = []
    replies = iter(replies)
    value = None
    while True:
        try:
            out.append(coro.send(value))
        except StopIteration as e:
            return e.value, out
        value = next(replies, None)


class Future:
    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        reply = yield self.tag
        return (self.tag, reply)


async def add(a, b):
    return a + b


async def main():
    x = await add(1, 2)
    y = await Future("f1")
    z = await Future("f2")
    return x, y, z


print(run(main(), ["r1", "r2"]))
print(type(main()).__name__, repr(add(1, 2))[:22])


async def catches():
    try:
        await Future("wait")
    except KeyError as e:
        return "caught " + repr(e)


c = catches()
print(c.send(None))
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print(e.value)

c = catches()
c.send(None)
try:
    c.throw(ValueError)
except ValueError as e:
    print("ValueError propagated", repr(e))


async def cleanup():
    try:
        await Future("x")
    finally:
        print("cleanup ran")


c = cleanup()
c.send(None)
c.close()
print(c.cr_frame)


class NotAwaitable:
    pass


class BadAwait:
    def __await__(self):
        return 5


class CoroAwait:
    def __await__(self):
        return add(1, 2)


class GenAwait:
    def __await__(self):
        yield "from gen"
        return "gen result"


async def await_it(obj):
    return await obj


for obj in (5, NotAwaitable(), BadAwait(), CoroAwait(), None):
    c = await_it(obj)
    try:
        c.send(None)
    except TypeError as e:
        print("TypeError:", e)
    finally:
        c.close()
print(run(await_it(GenAwait())))


def plain_gen():
    yield 1


try:
    run(await_it(plain_gen()))
except TypeError as e:
    print("TypeError:", e)


async def reraise_stop():
    raise StopIteration("inside coroutine")


try:
    run(reraise_stop())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

c = add(3, 4)
print(run(c))
try:
    run(c)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    add(1, 1).__next__()
except AttributeError as e:
    print("AttributeError:", e)
try:
    iter(add(1, 1))
except TypeError as e:
    print("TypeError:", e)
w = add(5, 5).__await__()
print(type(w).__name__)
try:
    next(w)
except StopIteration as e:
    print("via __await__", e.value)


async def nested():
    async def inner(n):
        if n:
            return await inner(n - 1) + n
        return 0
    return await inner(10)


print(run(nested()))


async def exc_info():
    import sys
    try:
        raise KeyError("handled")
    except KeyError:
        await Future("in except")
        return repr(sys.exc_info()[1])


c = exc_info()
c.send(None)
import sys
print(sys.exc_info())
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
