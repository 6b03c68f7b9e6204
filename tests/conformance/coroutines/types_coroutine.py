# types.coroutine: generator-based coroutines awaited by native coroutines.
import types
import inspect


@types.coroutine
def sleep(tag):
    reply = yield tag
    return reply


async def main():
    a = await sleep("first")
    b = await sleep("second")
    return a, b


c = main()
print(c.send(None), c.send(1))
try:
    c.send(2)
except StopIteration as e:
    print("result", e.value)

print(bool(sleep.__code__.co_flags & 0x100), inspect.isawaitable(sleep("x")), inspect.isgeneratorfunction(sleep))
print(type(sleep("x")).__name__, inspect.iscoroutinefunction(sleep))


def plain():
    yield 1


@types.coroutine
def delegating():
    return (yield from sleep("inner"))


async def uses():
    return await delegating()


u = uses()
print(u.send(None))
try:
    u.send("done")
except StopIteration as e:
    print(e.value)


async def native():
    return 3


@types.coroutine
def yields_from_native():
    return (yield from native())


try:
    next(yields_from_native())
except StopIteration as e:
    print("yield from a coroutine:", e.value)


def yields_from_native_plain():
    return (yield from native())


try:
    next(yields_from_native_plain())
except TypeError as e:
    print("TypeError:", e)
print(types.coroutine(native) is native)


def returns_awaitable():
    return sleep("wrapped")


w = types.coroutine(returns_awaitable)


async def uses_w():
    return await w()


c = uses_w()
print(c.send(None))
try:
    types.coroutine(5)
except TypeError as e:
    print("TypeError:", e)
