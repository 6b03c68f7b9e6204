# asyncio.wait with FIRST_COMPLETED / FIRST_EXCEPTION / ALL_COMPLETED, as_completed, ensure_future.
import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(name)
    return name


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def main():
    ts = [asyncio.create_task(job(f"j{i}", 0.05 * i - 0.04), name=f"j{i}") for i in range(1, 4)]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print("FIRST_COMPLETED", names(done), names(pending))
    done, pending = await asyncio.wait(ts)
    print("ALL_COMPLETED", names(done), names(pending))

    ts = [asyncio.create_task(job("ok1", 0.005), name="ok1"),
          asyncio.create_task(job("bad", 0.01, fail=True), name="bad"),
          asyncio.create_task(job("late", 0.1), name="late")]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print("FIRST_EXCEPTION", names(done), names(pending))
    for t in done:
        if t.exception():
            print("exception:", repr(t.exception()))
    await asyncio.wait(pending)

    ts = [asyncio.create_task(job("x", 1), name="x")]
    done, pending = await asyncio.wait(ts, timeout=0.01)
    print("timeout", names(done), names(pending))
    ts[0].cancel()

    for bad in ([], asyncio.sleep(0)):
        try:
            await asyncio.wait(bad)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
        if not isinstance(bad, list):
            bad.close()
    try:
        await asyncio.wait([asyncio.create_task(job("y", 0))], return_when="bogus")
    except ValueError as e:
        print("ValueError", e)

    order = []
    for coro in asyncio.as_completed([job("c", 0.09), job("a", 0.01), job("b", 0.05)]):
        order.append(await coro)
    print("as_completed", order)

    try:
        for coro in asyncio.as_completed([job("never", 1)], timeout=0.01):
            await coro
    except asyncio.TimeoutError:
        print("as_completed timeout")

    f = asyncio.ensure_future(job("ensured", 0))
    print(type(f).__name__, await f)
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(asyncio.ensure_future(fut) is fut, asyncio.isfuture(fut), asyncio.isfuture(job))
    fut.cancel()

    class Awaitable:
        def __await__(self):
            yield from asyncio.sleep(0).__await__()
            return "custom awaitable"

    print(await asyncio.ensure_future(Awaitable()))
    print(await asyncio.gather())
    print(asyncio.iscoroutinefunction(job), asyncio.iscoroutinefunction(names))
    c = job("z", 0)
    print(asyncio.iscoroutine(c))
    c.close()


asyncio.run(main())
