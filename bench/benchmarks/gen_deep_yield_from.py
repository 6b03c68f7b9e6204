# gen_deep_yield_from — resuming very deep delegation chains: a `yield from`
# chain of DEPTH generators and an `await` chain of DEPTH coroutines, each
# resumed STEPS times with send(). Every resume reaches the bottom of the chain
# and the value travels back out, so this measures the per-level cost of a
# resume (CPython 3.11 re-enters its evaluation loop once per level).
# Prints one checksum line.
import sys

DEPTH = 2000
STEPS = 3000
sys.setrecursionlimit(DEPTH * 3 + 1000)


def bottom():
    acc = 0
    while True:
        got = yield acc
        if got is None:
            return acc
        acc = (acc * 31 + got) % 1000003


def chain(depth):
    if depth == 0:
        return (yield from bottom())
    return (yield from chain(depth - 1)) + 1


class Suspend:
    __slots__ = ()

    def __await__(self):
        return (yield)


async def aleaf():
    acc = 0
    for _ in range(STEPS):
        got = await Suspend()
        acc = (acc * 7 + got) % 1000003
    return acc


async def achain(depth):
    if depth == 0:
        return await aleaf()
    return await achain(depth - 1) + 1


g = chain(DEPTH)
next(g)
last = 0
for i in range(STEPS):
    last = g.send(i)
try:
    g.send(None)
except StopIteration as stop:
    gen_result = stop.value

c = achain(DEPTH)
c.send(None)
try:
    for i in range(STEPS):
        c.send(i)
except StopIteration as stop:
    coro_result = stop.value
print("gen_deep_yield_from", DEPTH, STEPS, last, gen_result, coro_result)
