# "generator already executing", gi_running / gi_frame / gi_code /
# gi_yieldfrom / gi_suspended, and the same for coroutines (cr_*).
import types


def selfish():
    yield me.gi_running
    next(me)


me = selfish()
print(next(me))
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
print(me.gi_running, me.gi_frame)


def inner():
    yield outer_gen.gi_running, inner_gen.gi_running
    outer_gen.send(None)


def outer():
    yield from inner_gen


inner_gen = inner()
outer_gen = outer()
print(next(outer_gen))
try:
    next(outer_gen)
except ValueError as e:
    print("ValueError:", e)


def simple():
    x = yield 1
    yield x


g = simple()
print(g.gi_frame is not None, g.gi_suspended, g.gi_running, g.gi_yieldfrom)
print(g.gi_code.co_name, g.__name__, g.__qualname__)
next(g)
print(g.gi_suspended, g.gi_frame.f_lineno)
g.close()
print(g.gi_frame, g.gi_suspended)


async def coro():
    return await types.coroutine(lambda: (yield from simple()))()


c = coro()
print(c.cr_running, c.cr_await, c.cr_code.co_name, c.cr_suspended)
print(c.send(None))
print(type(c.cr_await).__name__, c.cr_suspended)
c.close()


async def reenter():
    c2.send(None)


c2 = reenter()
try:
    c2.send(None)
except ValueError as e:
    print("ValueError:", e)


async def twice():
    return 5


t = twice()
try:
    t.send(None)
except StopIteration as e:
    print("first", e.value)
try:
    t.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)


async def awaited_by_two():
    await types.coroutine(lambda: (yield))()


shared = awaited_by_two()


async def waiter():
    await shared


w1 = waiter()
w1.send(None)
w2 = waiter()
try:
    w2.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
w1.close()
w2.close()

try:
    simple().send(1)
except TypeError as e:
    print("TypeError:", e)
try:
    coro().send(1)
except TypeError as e:
    print("TypeError:", e)
