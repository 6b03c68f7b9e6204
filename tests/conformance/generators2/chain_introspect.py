# gi_running / gi_suspended / gi_yieldfrom / cr_await / gi_frame of every level
# of a yield-from / await chain, seen from outside while it is suspended and
# from inside while it runs; a delegate resumed or thrown into from outside
# the chain; the same generator delegated to from two chains.
import sys
import types

gens = []


def leaf():
    me = gens[-1]
    states = [(g.gi_running, g.gi_suspended, g.gi_yieldfrom is not None) for g in gens]
    x = yield "leaf-first"
    states2 = [(g.gi_running, g.gi_suspended) for g in gens]
    yield states, states2, x
    return "leaf-done"


def level(n):
    if n == 0:
        g = leaf()
    else:
        g = level(n - 1)
    gens.append(g)
    r = yield from g
    return (n, r)


top = level(4)
gens.append(top)
print(next(top))
print([(g.gi_running, g.gi_suspended) for g in gens])
print([type(g.gi_yieldfrom).__name__ for g in gens])
print([g.gi_yieldfrom is h for g, h in zip(gens[1:], gens)])
print([g.gi_frame.f_lineno for g in gens])
print([gens[0].gi_frame.f_back])
print(top.send("x"))
print([(g.gi_running, g.gi_suspended) for g in gens])
try:
    next(top)
except StopIteration as e:
    print("stop", e.value)
print([(g.gi_running, g.gi_suspended, g.gi_yieldfrom, g.gi_frame) for g in gens])


# Resume the middle of a suspended chain directly, then the top again.
def counter(n):
    for i in range(n):
        got = yield i
        if got:
            print("counter got", got)
    return "counter-end"


def relay(it):
    r = yield from it
    yield "relay saw " + str(r)


c = counter(8)
m = relay(c)
t = relay(m)
print(next(t), next(t))
print(next(m), m.gi_running, t.gi_suspended, t.gi_yieldfrom is m, m.gi_yieldfrom is c)
print(c.send("direct"), next(t))
print(next(c), t.send("via top"))
print(list(t))
print(m.gi_frame, t.gi_frame, c.gi_frame)

# throw into the middle of a suspended chain
c = counter(10)
m = relay(c)
t = relay(m)
next(t)
next(t)
try:
    m.throw(KeyError("mid"))
except KeyError as e:
    print("KeyError from middle", e)
print(c.gi_frame, m.gi_frame, t.gi_suspended, t.gi_yieldfrom is m)
try:
    next(t)
except StopIteration:
    print("top finished")

# close the leaf of a suspended chain: the chain sees its delegate end
c = counter(10)
m = relay(c)
t = relay(m)
next(t)
next(t)
c.close()
print(next(t))
print(list(t))

# one generator delegated to by two chains in turn
shared = counter(6)
a = relay(shared)
b = relay(shared)
print(next(a), next(b), next(a), next(b))
print(list(a), list(b))


# Running chain: every level is running, none suspended; re-entering fails.
def introspect():
    yield [(g.gi_running, g.gi_suspended, g.gi_yieldfrom) for g in chain_gens]
    for g in chain_gens:
        try:
            next(g)
        except ValueError as e:
            print("ValueError:", e)
    try:
        chain_gens[1].throw(KeyError)
    except ValueError as e:
        print("throw:", e)
    try:
        chain_gens[2].close()
    except ValueError as e:
        print("close:", e)
    yield "end"


chain_gens = []


def wrap(n):
    g = introspect() if n == 0 else wrap(n - 1)
    chain_gens.append(g)
    return (yield from g)


w = wrap(3)
chain_gens.append(w)
print(next(w))
print(next(w))
print([(g.gi_running, g.gi_suspended) for g in chain_gens])
w.close()
print([g.gi_frame is None for g in chain_gens])


# Coroutines: cr_await / cr_running along an await chain.
@types.coroutine
def suspend(v):
    return (yield v)


coros = []


async def aleaf():
    r = await suspend("a")
    coros_state = [(c.cr_running, c.cr_suspended, c.cr_await is not None) for c in coros]
    r2 = await suspend(coros_state)
    return r + r2


async def alevel(n):
    c = aleaf() if n == 0 else alevel(n - 1)
    coros.append(c)
    return await c


co = alevel(3)
coros.append(co)
print(co.send(None))
print([(c.cr_running, c.cr_suspended, type(c.cr_await).__name__) for c in coros])
print(co.send("x"))
try:
    co.send("y")
except StopIteration as e:
    print("coro result", e.value)

# awaiting a coroutine that is suspended in the middle of another chain
co = alevel(2)
coros = [co]
co.send(None)
mid = coros[-1]


async def steal():
    return await mid


try:
    steal().send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
co.close()
print([c.cr_frame for c in coros])
