# Lock, Event, Condition, Semaphore, BoundedSemaphore, Barrier: wake-up order and errors.
import asyncio


async def locked_section(lock, name, log):
    async with lock:
        log.append(f"{name} in")
        await asyncio.sleep(0)
        log.append(f"{name} out")


async def main():
    lock = asyncio.Lock()
    print(lock.locked())
    log = []
    await asyncio.gather(*(locked_section(lock, n, log) for n in "abc"))
    print(log)
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    await lock.acquire()
    print(lock.locked())
    lock.release()

    ev = asyncio.Event()

    async def waiter(i):
        print("waiter", i, "waiting")
        await ev.wait()
        print("waiter", i, "released")
        return i

    ws = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print("set event", ev.is_set())
    ev.set()
    print(await asyncio.gather(*ws), ev.is_set())
    ev.clear()
    print(ev.is_set())

    cond = asyncio.Condition()
    items = []

    async def consumer(i):
        async with cond:
            await cond.wait_for(lambda: items)
            print("consumer", i, "took", items.pop(0))

    cs = [asyncio.create_task(consumer(i)) for i in range(3)]
    await asyncio.sleep(0)
    for v in ("x", "y", "z"):
        async with cond:
            items.append(v)
            cond.notify()
        await asyncio.sleep(0)
    await asyncio.gather(*cs)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)

    async def notified(i):
        async with cond:
            await cond.wait()
            print("notified", i)

    ns = [asyncio.create_task(notified(i)) for i in range(3)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*ns)

    sem = asyncio.Semaphore(2)
    active = []

    async def limited(i):
        async with sem:
            active.append(i)
            print("enter", i, "active", len(active), "locked", sem.locked())
            await asyncio.sleep(0)
            await asyncio.sleep(0)
            active.remove(i)

    await asyncio.gather(*(limited(i) for i in range(5)))
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)

    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print("ValueError:", e)

    barrier = asyncio.Barrier(3)
    print(barrier.parties, barrier.n_waiting, barrier.broken)

    async def at_barrier(i):
        for _ in range(i):
            await asyncio.sleep(0)
        idx = await barrier.wait()
        print("passed barrier", i, "index", idx)

    await asyncio.gather(*(at_barrier(i) for i in range(3)))
    t = asyncio.create_task(barrier.wait())
    await asyncio.sleep(0)
    print("waiting:", barrier.n_waiting)
    await barrier.abort()
    try:
        await t
    except asyncio.BrokenBarrierError:
        print("BrokenBarrierError", barrier.broken)
    await barrier.reset()
    print(barrier.broken)


asyncio.run(main())
