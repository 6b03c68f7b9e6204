# asyncio.Queue: the exact-Queue fast paths of put()/get() against CPython's
# hook-calling path (subclasses), waiter hand-over and cancellation, reprs.
import asyncio


class Traced(asyncio.Queue):
    def _init(self, maxsize):
        print("  _init", maxsize)
        super()._init(maxsize)

    def _put(self, item):
        print("  _put", item)
        super()._put(item)

    def _get(self):
        item = super()._get()
        print("  _get", item)
        return item

    def full(self):
        r = super().full()
        print("  full ->", r)
        return r

    def put_nowait(self, item):
        print("  put_nowait", item)
        return super().put_nowait(item)

    def get_nowait(self):
        print("  get_nowait")
        return super().get_nowait()


async def traced():
    q = Traced(2)
    print("put 1"); print("->", await q.put(1))
    print("put 2"); await q.put(2)
    print("get"); print("->", await q.get())
    print(str(q))

    async def late_put():
        print("late put 3"); await q.put(3); print("late put done")
    t = asyncio.create_task(late_put())
    await asyncio.sleep(0)
    print("get"); print("->", await q.get())
    await t
    print(str(q))


async def handover():
    for cls in (asyncio.Queue, asyncio.LifoQueue, asyncio.PriorityQueue, Traced):
        print(cls.__name__)
        q = cls(maxsize=1)
        await q.put(10)
        log = []

        async def putter(v):
            await q.put(v)
            log.append(("put", v))
        ps = [asyncio.create_task(putter(v)) for v in (20, 30, 40)]
        await asyncio.sleep(0)
        print(" waiting putters", len(q._putters), q.full())
        ps[0].cancel()          # first waiter cancelled before any room
        await asyncio.sleep(0)
        print(" got", q.get_nowait())   # wakes the next live putter
        ps[1].cancel()          # ... which is cancelled after being woken
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        print(" after", q.qsize(), sorted(log), [p.cancelled() for p in ps])
        print(" got", await q.get())
        await asyncio.gather(*ps, return_exceptions=True)
        print(" log", log, q.qsize())

        g = cls()
        res = []

        async def getter(n):
            res.append((n, await g.get()))
        gs = [asyncio.create_task(getter(n)) for n in range(3)]
        await asyncio.sleep(0)
        gs[0].cancel()
        await asyncio.sleep(0)
        g.put_nowait(5)
        gs[1].cancel()          # woken getter cancelled: item goes to the next one
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        print(" getters", res, [x.cancelled() for x in gs], g.qsize())
        await asyncio.gather(*gs, return_exceptions=True)


async def misc():
    q = asyncio.Queue()
    for i in range(5):
        await q.put(i)
    print(q.qsize(), q.full(), q.empty(), q._unfinished_tasks)
    print(repr(q).split(" at ")[0], str(q))
    out = []
    while not q.empty():
        out.append(await q.get())
        q.task_done()
    print(out)
    await q.join()
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError", e)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    b = asyncio.Queue(1)
    b.put_nowait("x")
    try:
        b.put_nowait("y")
    except asyncio.QueueFull:
        print("QueueFull")
    print(str(b))
    pq = asyncio.PriorityQueue()
    for v in (5, 1, 4, 2, 3):
        await pq.put((v, str(v)))
    print([await pq.get() for _ in range(5)])
    nb = asyncio.Queue(maxsize=-3)
    for i in range(4):
        await nb.put(i)
    print(nb.qsize(), nb.full())
    try:
        await asyncio.wait_for(b.put("z"), 0.01)
    except asyncio.TimeoutError:
        print("put timed out", b.qsize(), len(b._putters))
    try:
        await asyncio.wait_for(asyncio.Queue().get(), 0.01)
    except asyncio.TimeoutError:
        print("get timed out")
    print(asyncio.iscoroutinefunction(asyncio.Queue.put), asyncio.iscoroutinefunction(asyncio.Queue.get))


asyncio.run(traced())
asyncio.run(handover())
asyncio.run(misc())
