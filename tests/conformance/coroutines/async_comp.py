# Async comprehensions and await inside comprehensions of async functions.
def run(coro):
    out = []
    while True:
        try:
            out.append(coro.send(None))
        except StopIteration as e:
            return e.value, out


class Tick:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        yield "tick"
        return self.v


async def arange(n):
    for i in range(n):
        yield await Tick(i)


async def double(x):
    return await Tick(x * 2)


async def main():
    a = [x async for x in arange(4)]
    b = {x: x * x async for x in arange(3) if x}
    c = {x % 2 async for x in arange(5)}
    d = [await double(x) for x in range(3)]
    e = [y async for x in arange(3) async for y in arange(x)]
    f = [(x, y) async for x in arange(2) for y in "ab"]
    g = [x async for x in arange(6) if await double(x) > 4]
    gen = (await double(x) for x in range(3))
    h = [v async for v in gen]
    agen = (x * 10 async for x in arange(3))
    i = [v async for v in agen]
    print(type(gen).__name__, type(agen).__name__)
    return a, b, c, d, e, f, g, h, i


result, ticks = run(main())
print(result)
print(len(ticks))
