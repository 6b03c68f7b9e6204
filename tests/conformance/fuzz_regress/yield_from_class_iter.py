# `yield from` / `await` over an iterator class: the value of the
# StopIteration its __next__ (or send) raises is the expression's result.
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration(7)
    def send(self, v): raise StopIteration(8)


class It2:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n < 3:
            return self.n
        raise StopIteration('done')


class Awaitable:
    def __await__(self): return It2()


def g(it):
    r = yield from it
    print("r =", r)
    return r


for it in (It(), It2()):
    gen = g(it)
    try:
        while True:
            print("yielded", next(gen))
    except StopIteration as e:
        print("stop", e.value)


async def co():
    r = await Awaitable()
    print("await ->", r)
    return r

c = co()
try:
    while True:
        print("yielded", c.send(None))
except StopIteration as e:
    print("stop", e.value)
