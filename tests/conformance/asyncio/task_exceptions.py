# Exceptions in tasks: propagation through await/gather, the exception handler,
# "Task exception was never retrieved", errors in callbacks.
import asyncio


async def boom(msg, delay=0):
    await asyncio.sleep(delay)
    raise ValueError(msg)


async def ok(v, delay=0):
    await asyncio.sleep(delay)
    return v


def handler(loop, context):
    exc = context.get("exception")
    print("handler:", context["message"].split(" at ")[0], type(exc).__name__, exc)


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)

    t = asyncio.create_task(boom("direct"))
    try:
        await t
    except ValueError as e:
        print("awaited task raised", e)
    print(t.done(), t.cancelled(), repr(t.exception()))

    try:
        await asyncio.gather(ok(1), boom("in gather"), ok(3, 0.01))
    except ValueError as e:
        print("gather raised", e)

    res = await asyncio.gather(ok(1), boom("kept"), ok(3), return_exceptions=True)
    print(res)

    # An exception in a plain callback goes to the handler; the loop keeps running.
    loop.call_soon(lambda: 1 / 0)
    await asyncio.sleep(0)
    print("loop survived")

    # Never-retrieved task exception is reported when the task is destroyed.
    t = asyncio.create_task(boom("forgotten"))
    await asyncio.sleep(0.01)
    del t
    await asyncio.sleep(0)
    print("after forgotten")

    # Future.set_exception with a class instantiates it.
    f = loop.create_future()
    f.set_exception(KeyError)
    print(type(f.exception()).__name__)
    try:
        f.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    f2 = loop.create_future()
    try:
        f2.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    try:
        f2.set_exception(StopIteration())
    except TypeError as e:
        print("TypeError:", e)
    f2.cancel()

    # Task does not support set_result.
    t = asyncio.create_task(ok(5))
    try:
        t.set_result(1)
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await t)

    # Chained exceptions inside tasks keep __cause__.
    async def chained():
        try:
            await boom("root")
        except ValueError as e:
            raise RuntimeError("wrapped") from e

    try:
        await asyncio.create_task(chained())
    except RuntimeError as e:
        print("cause:", repr(e.__cause__))

    loop.set_exception_handler(None)
    print(loop.get_exception_handler())


asyncio.run(main())

# run() propagates the main coroutine's exception.
try:
    asyncio.run(boom("from run"))
except ValueError as e:
    print("run raised", e)

# Non-coroutine argument.
try:
    asyncio.run(42)
except ValueError as e:
    print("ValueError:", e)
