# async with / async for with hand-written protocols, and their errors.
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


class Manager:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    async def __aenter__(self):
        print("enter", self.name)
        await Tick()
        return self.name.upper()

    async def __aexit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, val)
        await Tick()
        return self.swallow


class ARange:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        await Tick()
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i


async def main():
    async with Manager("a") as a, Manager("b") as b:
        print("body", a, b)
    async with Manager("swallow", True):
        raise ValueError("swallowed")
    try:
        async with Manager("leak"):
            raise KeyError("leaks")
    except KeyError as e:
        print("caught", e)
    total = 0
    async for i in ARange(4):
        total += i
        if i == 3:
            break
    else:
        print("no else after break")
    async for i in ARange(2):
        pass
    else:
        print("else ran", i)
    for _ in range(2):
        async with Manager("loop"):
            continue
    return total


print(run(main()))


class NoAexit:
    async def __aenter__(self):
        return 1


class SyncCM:
    def __enter__(self):
        return 1

    def __exit__(self, *a):
        pass


class BadEnter:
    def __aenter__(self):
        return 5

    def __aexit__(self, *a):
        return 5


class BadAiter:
    def __aiter__(self):
        return 5


class BadAnext:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 7


async def use_with(obj):
    async with obj:
        pass


async def use_for(obj):
    async for x in obj:
        pass


for obj in (NoAexit(), SyncCM(), BadEnter(), 3):
    try:
        run(use_with(obj))
    except TypeError as e:
        print("TypeError:", e)
for obj in ([1, 2], BadAiter(), BadAnext(), 3):
    try:
        run(use_for(obj))
    except TypeError as e:
        print("TypeError:", e)
