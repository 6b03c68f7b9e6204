# sys.set_asyncgen_hooks / get_asyncgen_hooks (PEP 525): firstiter is called
# on an async generator's first iteration, finalizer when an unfinished one is
# finalised (instead of closing it). The event loop installs both while it
# runs, so asyncio.run() (shutdown_asyncgens) and the collector close
# abandoned async generators with aclose() on the loop.
import asyncio
import gc
import sys

print(sys.get_asyncgen_hooks())
hooks = sys.get_asyncgen_hooks()
print(type(hooks).__name__, isinstance(hooks, tuple), len(hooks), hooks.firstiter, hooks.finalizer)

for args, kwargs in [((1, 2, 3), {}), ((), {'foo': 1}), ((1,), {}), ((None, 1), {}),
                     ((len,), {'firstiter': len}), ((1, len), {})]:
    try:
        sys.set_asyncgen_hooks(*args, **kwargs)
        print('ok')
    except TypeError as e:
        print('TypeError:', e)
    print('  now:', sys.get_asyncgen_hooks())
sys.set_asyncgen_hooks(None, None)
try:
    sys.get_asyncgen_hooks(1)
except TypeError as e:
    print('TypeError:', e)
print(sys.set_asyncgen_hooks())

events = []


def firstiter(agen):
    events.append(('firstiter', agen.__name__))


def finalizer(agen):
    events.append(('finalizer', agen.__name__))


async def gen(name, n):
    try:
        for i in range(n):
            yield i
    finally:
        events.append(('finally', name))


def drive(agen, steps):
    # Step an async generator by hand (no event loop).
    out = []
    for _ in range(steps):
        try:
            agen.__anext__().send(None)
        except StopIteration as e:
            out.append(e.value)
        except StopAsyncIteration:
            out.append('end')
    return out


sys.set_asyncgen_hooks(firstiter=firstiter, finalizer=finalizer)
print(sys.get_asyncgen_hooks().firstiter is firstiter, sys.get_asyncgen_hooks().finalizer is finalizer)

a = gen('a', 3)
print('created, no hook yet:', events)
print('steps:', drive(a, 2))
print('after two steps:', events)
del a
print('after del (finalizer instead of finally):', events)
events.clear()

b = gen('b', 1)
print('steps:', drive(b, 2))
del b
print('exhausted: no finalizer:', events)
events.clear()

c = gen('c', 3)
drive(c, 1)
cycle = [c]
cycle.append(cycle)
del c, cycle
gc.collect()
print('in a cycle, after gc.collect():', events)
events.clear()


def bad_firstiter(agen):
    raise RuntimeError('firstiter failed')


sys.set_asyncgen_hooks(firstiter=bad_firstiter, finalizer=None)
d = gen('d', 2)
try:
    d.__anext__()
except RuntimeError as e:
    print('first __anext__:', e)
print('second __anext__ works:', drive(d, 1))
sys.set_asyncgen_hooks(None, None)
del d
print('no finalizer: closed in place:', events)
events.clear()

# The event loop's hooks.
log = []


async def ticker(name):
    try:
        i = 0
        while True:
            yield i
            i += 1
    finally:
        log.append(f'{name}: finally')
        await asyncio.sleep(0)
        log.append(f'{name}: closed')


async def main():
    loop = asyncio.get_running_loop()
    h = sys.get_asyncgen_hooks()
    print('loop hooks installed:', h.firstiter == loop._asyncgen_firstiter_hook,
          h.finalizer == loop._asyncgen_finalizer_hook)
    t1 = ticker('kept')
    print('kept:', await t1.__anext__(), await t1.__anext__())
    t2 = ticker('dropped')
    print('dropped:', await t2.__anext__())
    del t2
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print('log after dropping one:', log)
    async for v in ticker('broken'):
        if v == 1:
            break
    gc.collect()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print('log after break:', log)
    log.clear()
    return t1

kept = asyncio.run(main())
print('after asyncio.run:', log)
print('hooks restored:', sys.get_asyncgen_hooks())
