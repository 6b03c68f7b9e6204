# Async generators: __aiter__/__anext__, asend, athrow, aclose, wrapped values
# vs. values yielded by inner awaits, finalisation and the error messages.
def run(coro):
    out = []
    while True:
        try:
            out.append(coro.send(None))
        except StopIteration as e:
            return e.value, out


class Tick:
    def __await__(self):
        yield "tick"


async def agen(n):
    try:
        for i in range(n):
            await Tick()
            got = yield i
            if got is not None:
                print("got", got)
    finally:
        print("agen finally")


async def main():
    print([v async for v in agen(3)])
    g = agen(5)
    print(g.__aiter__() is g, type(g).__name__, g.__name__, g.ag_running, g.ag_await)
    print(await g.__anext__(), await g.asend("hello"), await g.asend(None))
    try:
        await g.athrow(ValueError("boom"))
    except ValueError as e:
        print("ValueError", e)
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration after athrow")
    print(await g.aclose())
    g = agen(5)
    await g.__anext__()
    print("aclose:", await g.aclose(), g.ag_frame)
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration after aclose")

    async def catcher():
        while True:
            try:
                yield "waiting"
            except KeyError as e:
                yield "caught " + str(e)

    g = catcher()
    await g.__anext__()
    print(await g.athrow(KeyError("k")))
    print(await g.__anext__())
    print(await g.athrow(KeyError, KeyError("k2")))
    try:
        await g.athrow(KeyError("k3"))
    except KeyError as e:
        print("KeyError", e, "context", repr(e.__context__))
    try:
        await g.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)

    async def stubborn():
        try:
            yield 1
        except GeneratorExit:
            yield 2

    g = stubborn()
    await g.__anext__()
    try:
        await g.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)

    async def raises_stop_async():
        raise StopAsyncIteration
        yield

    try:
        async for _ in raises_stop_async():
            pass
    except RuntimeError as e:
        print("RuntimeError:", e, "| cause:", repr(e.__cause__))

    async def raises_stop():
        yield 1
        raise StopIteration("x")

    try:
        print([x async for x in raises_stop()])
    except RuntimeError as e:
        print("RuntimeError:", e)

    g = agen(3)
    step = g.__anext__()
    print(type(step).__name__, await step)
    try:
        await step
    except RuntimeError as e:
        print("RuntimeError:", e)
    t = g.athrow(ValueError)
    try:
        await t
    except ValueError:
        print("athrow raised ValueError")
    try:
        await t
    except RuntimeError as e:
        print("RuntimeError:", e)

    g = agen(3)
    a1 = g.__anext__()
    a1.send(None)
    a2 = g.__anext__()
    try:
        a2.send(None)
    except RuntimeError as e:
        print("RuntimeError:", e)
    a1.close()

    async def fresh():
        yield 1

    try:
        await fresh().athrow(IndexError("never started"))
    except IndexError as e:
        print("IndexError", e)
    g = fresh()
    print(await g.aclose(), await g.aclose())

    async def with_return():
        yield 1
        return

    print([x async for x in with_return()])
    return "done"


print(run(main()))

g = agen(2)
asend = g.asend(None)
print(type(asend).__name__, asend.__await__() is asend, iter(asend) is asend)
print(next(asend))
try:
    next(asend)
except StopIteration as e:
    print("StopIteration value", e.value)
try:
    agen(1).asend(None).send("x")
except TypeError as e:
    print("TypeError:", e)
