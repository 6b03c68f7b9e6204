# async iterators, async generators and async context managers via asyncio.run
import asyncio
import contextlib

class Ticker:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await asyncio.sleep(0)
        self.i += 1
        return self.i

class Resource:
    def __init__(self, name, log):
        self.name, self.log = name, log
    async def __aenter__(self):
        self.log.append(f"open {self.name}")
        await asyncio.sleep(0)
        return self
    async def __aexit__(self, et, ev, tb):
        self.log.append(f"close {self.name} ({et.__name__ if et else 'ok'})")
        return et is KeyError

async def countdown(n):
    while n > 0:
        yield n
        await asyncio.sleep(0)
        n -= 1

@contextlib.asynccontextmanager
async def transaction(log):
    log.append("begin")
    try:
        yield "tx"
        log.append("commit")
    except Exception as e:
        log.append(f"rollback {e}")
        raise

async def main():
    print([i async for i in Ticker(4)])
    total = 0
    async for v in countdown(5):
        total += v
    print("total", total)
    log = []
    async with Resource("db", log) as r:
        log.append(f"using {r.name}")
    async with Resource("cache", log):
        raise KeyError("suppressed")
    try:
        async with Resource("net", log):
            raise ValueError("boom")
    except ValueError as e:
        log.append(f"escaped {e}")
    async with transaction(log) as tx:
        log.append(f"in {tx}")
    try:
        async with transaction(log):
            raise RuntimeError("bad")
    except RuntimeError:
        pass
    print("\n".join(log))
    ag = countdown(3)
    print(await ag.__anext__(), await anext(ag), await anext(ag), await anext(ag, "exhausted"))
    try:
        await anext(ag)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    ag2 = countdown(10)
    await anext(ag2)
    await ag2.aclose()
    print(type(ag2).__name__, ag2.ag_running)
    async def gen_with_finally():
        try:
            yield 1
            yield 2
        finally:
            print("async gen finally")
    async for x in gen_with_finally():
        print("got", x)
        break
    await asyncio.sleep(0)
    async with contextlib.AsyncExitStack() as stack:
        for n in ["a", "b"]:
            await stack.enter_async_context(Resource(n, log2 := []))
            print(log2)
        stack.push_async_callback(lambda: asyncio.sleep(0))
    results = await asyncio.gather(*(collect(Ticker(k)) for k in range(1, 4)))
    print(results)
    try:
        async for _ in [1, 2]:
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        async with object():
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)

async def collect(aiter):
    return [x async for x in aiter]

asyncio.run(main())
print(asyncio.run(collect(countdown(4))))
