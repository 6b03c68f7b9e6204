# anext(it, default): the default is returned when the async iterator ends,
# for async generators and for classes with __anext__; errors pass through.
import asyncio


async def agen(n):
    for i in range(n):
        yield i


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        await asyncio.sleep(0)
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


class Broken:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise ValueError("broken")


async def main():
    it = agen(2)
    print(await anext(it, 'end'), await anext(it, 'end'), await anext(it, 'end'), await anext(it, None))
    c = Countdown(2)
    print([await anext(c, -1) for _ in range(4)])
    try:
        await anext(Broken(), 0)
    except ValueError as e:
        print('ValueError', e)
    try:
        await anext(agen(0))
    except StopAsyncIteration:
        print('StopAsyncIteration without default')
    aw = anext(agen(1), 'd')
    print(type(aw).__name__, hasattr(aw, '__await__'), hasattr(aw, 'send'), hasattr(aw, 'throw'))
    print(await aw)
    try:
        anext(5)
    except TypeError as e:
        print(e)
    try:
        anext(agen(1), 1, 2)
    except TypeError as e:
        print(e)
    g = agen(3)
    print(await anext(g, 'x'))
    await g.aclose()
    print(await anext(g, 'after close'))

asyncio.run(main())
