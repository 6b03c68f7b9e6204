# Interleaving of tasks, callbacks and timers must follow CPython's exact order.
import asyncio


async def ticker(name, n, delay=0):
    for i in range(n):
        print(f"{name} tick {i}")
        await asyncio.sleep(delay)
    print(f"{name} done")
    return name


def cb(tag):
    print("callback", tag)


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(cb, "soon-1")
    t1 = asyncio.create_task(ticker("A", 3))
    loop.call_soon(cb, "soon-2")
    t2 = asyncio.create_task(ticker("B", 2))
    h = loop.call_soon(cb, "cancelled")
    h.cancel()
    print("handle cancelled:", h.cancelled())
    loop.call_later(0.2, cb, "later-0.2")
    loop.call_later(0.1, cb, "later-0.1")
    th = loop.call_later(0.15, cb, "later-cancelled")
    th.cancel()
    loop.call_at(loop.time() + 0.05, cb, "at+0.05")
    print("before gather")
    print(await asyncio.gather(t1, t2))
    await asyncio.sleep(0.25)
    # Equal delays keep FIFO order.
    for i in range(4):
        loop.call_later(0.01, cb, f"same-delay-{i}")
    await asyncio.sleep(0.05)
    # A future's callbacks run in registration order, one loop step later.
    fut = loop.create_future()
    for i in range(3):
        fut.add_done_callback(lambda f, i=i: print("fut cb", i, f.result()))
    fut.set_result("R")
    print("result set")
    await asyncio.sleep(0)
    print("after one step")
    # Producer/consumer ping-pong via futures.
    async def waiter(f, name):
        print(name, "waiting")
        v = await f
        print(name, "got", v)

    f1 = loop.create_future()
    w1 = asyncio.create_task(waiter(f1, "w1"))
    w2 = asyncio.create_task(waiter(f1, "w2"))
    await asyncio.sleep(0)
    f1.set_result(7)
    print("set f1")
    await asyncio.gather(w1, w2)
    # Timed tickers interleave by deadline.
    await asyncio.gather(ticker("slow", 2, 0.08), ticker("fast", 3, 0.01))


asyncio.run(main())
print("loop closed")
