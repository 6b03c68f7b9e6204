# A 10,000-level yield-from chain and await chain (recursion limit raised as
# such programs must): many resumes, introspection of the top, middle and
# bottom levels from outside and from inside, inner generators finishing while
# the chain goes on, throw() and close() at depth, and a resume past the
# recursion limit.
import sys
import types

DEPTH = 10000
sys.setrecursionlimit(DEPTH * 2 + 500)

levels = []


def part(k):
    total = 0
    for i in range(3):
        got = yield ("part", k, i)
        total += got or 0
    return total


def bottom():
    # delegates to several inner generators in turn: each finishes and the
    # chain goes on with the next one
    acc = []
    for k in range(3):
        acc.append((yield from part(k)))
    try:
        while True:
            got = yield ("bottom", acc)
            if got == "stop":
                return ("bottom-done", acc)
    except KeyError as e:
        yield ("bottom caught", str(e))
        return ("bottom-thrown", acc)


def level(n):
    if n == 0:
        g = bottom()
    else:
        g = level(n - 1)
    levels.append(g)
    if n == DEPTH // 2:
        try:
            r = yield from g
        except ZeroDivisionError as e:
            r = yield ("middle caught", str(e))
        finally:
            print("middle finally", n)
        return r
    return (yield from g)


top = level(DEPTH)
levels.append(top)
print(next(top))
print(len(levels), levels[0].gi_frame.f_code.co_name, levels[-1] is top)
out = []
for i in range(20):
    out.append(top.send(i))
print(out[:3], out[-1])
# levels: top first, then each level's delegate, down to the bottom generator
probe = (levels[0], levels[1], levels[DEPTH // 2], levels[-2], levels[-1])
print([(g.gi_running, g.gi_suspended, g.gi_yieldfrom is not None) for g in probe])
print([g.gi_yieldfrom is h for g, h in zip(levels, levels[1:])].count(True))
print(type(levels[-2].gi_yieldfrom).__name__, levels[-1].gi_yieldfrom, levels[-1].gi_frame.f_locals["acc"])
print(top.gi_frame.f_lineno, levels[DEPTH // 2 - 1].gi_frame.f_lineno)


# seen from inside: a probe generator delegated to at the bottom
def inside():
    yield [(g.gi_running, g.gi_suspended, type(g.gi_yieldfrom).__name__) for g in probe]
    yield [(g.gi_running, g.gi_suspended, type(g.gi_yieldfrom).__name__) for g in pchain[:2] + pchain[-2:]]


def probe_chain(n):
    g = inside() if n == 0 else probe_chain(n - 1)
    pchain.append(g)
    return (yield from g)


pchain = []
pc = probe_chain(DEPTH)
pchain.append(pc)
print(next(pc))
print(next(pc))
print([(g.gi_running, g.gi_suspended, type(g.gi_yieldfrom).__name__) for g in pchain[:2] + pchain[-2:]])

# throw() at depth: caught by the middle level, the chain continues
print(top.throw(ZeroDivisionError("deep throw")))
print(levels[-1].gi_frame, levels[DEPTH // 2].gi_yieldfrom, levels[DEPTH // 2 - 1].gi_yieldfrom is levels[DEPTH // 2])
try:
    top.send("after")
except StopIteration as e:
    print("top returned", e.value)

# a fresh chain: throw caught at the bottom, then close at depth
levels = []
top = level(DEPTH)
next(top)
for i in range(9):
    top.send(i)
print(top.send(None))
print(top.throw(KeyError("to the bottom")))
try:
    next(top)
except StopIteration as e:
    print("returned", e.value)

levels = []
top = level(DEPTH)
next(top)
top.close()
print("closed", top.gi_frame, all(g.gi_frame is None for g in levels))

# an exception from the bottom unwinds every level
levels = []
top = level(DEPTH)
next(top)
try:
    for i in range(9):
        top.send(i)
    top.throw(IndexError("unhandled"))
except IndexError as e:
    print("IndexError through", DEPTH, "levels:", e)

# resuming a suspended chain whose depth no longer fits the recursion limit
levels = []
top = level(DEPTH)
next(top)
top.send(1)
sys.setrecursionlimit(DEPTH // 2)
try:
    top.send(2)
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(DEPTH * 2 + 500)
print(top.gi_frame is None, top.gi_running)


# the await chain
@types.coroutine
def suspend(v):
    return (yield v)


async def aleaf():
    total = 0
    for i in range(5):
        total += await suspend(i)
    return total


async def achain(n):
    if n == 0:
        return await aleaf()
    return await achain(n - 1)


c = achain(DEPTH)
vals = [c.send(None)]
try:
    while True:
        vals.append(c.send(10))
except StopIteration as e:
    print(vals, e.value)
c = achain(DEPTH)
c.send(None)
print(c.cr_running, c.cr_suspended, type(c.cr_await).__name__)
c.close()
print(c.cr_frame)
