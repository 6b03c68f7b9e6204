# asyncio.Queue / PriorityQueue / LifoQueue: ordering, maxsize back-pressure, task_done/join.
import asyncio


async def producer(q, name, items):
    for it in items:
        await q.put(it)
        print(f"{name} put {it} (size {q.qsize()})")
    print(f"{name} done")


async def consumer(q, name, n):
    got = []
    for _ in range(n):
        item = await q.get()
        print(f"{name} got {item}")
        got.append(item)
        q.task_done()
    return got


async def main():
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.empty(), q.full(), q.qsize())
    print(str(q))
    p = asyncio.create_task(producer(q, "P", range(5)))
    c = asyncio.create_task(consumer(q, "C", 5))
    await q.join()
    print("joined", await c, p.done())
    await p

    q = asyncio.Queue(1)
    q.put_nowait("a")
    try:
        q.put_nowait("b")
    except asyncio.QueueFull:
        print("QueueFull", q.full())
    print(q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    try:
        q.task_done()
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)

    pq = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (2, "b"), (1, "a0"), (5, "e"), (0, "z")]:
        pq.put_nowait(item)
    print([pq.get_nowait() for _ in range(pq.qsize())])

    lq = asyncio.LifoQueue()
    for i in range(4):
        await lq.put(i)
    print([await lq.get() for _ in range(4)])

    # Several workers draining one queue (the tutorial's pattern).
    q = asyncio.Queue()
    results = []

    async def worker(n):
        while True:
            item = await q.get()
            results.append((n, item))
            await asyncio.sleep(0)
            q.task_done()

    workers = [asyncio.create_task(worker(i)) for i in range(3)]
    for i in range(9):
        q.put_nowait(i)
    await q.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    print(results)

    # A cancelled getter does not lose an item.
    q = asyncio.Queue()
    g = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    g.cancel()
    q.put_nowait("kept")
    await asyncio.sleep(0)
    print(g.cancelled(), q.qsize(), q.get_nowait())

    # get() with a timeout.
    try:
        await asyncio.wait_for(q.get(), 0.01)
    except asyncio.TimeoutError:
        print("get timed out")


asyncio.run(main())
