# Standard library modules that rely on weak references.
import copy
import functools
import gc
import weakref

print("== copy: weakrefs are atomic")


class C:
    pass


c = C()
r = weakref.ref(c)
print(copy.copy(r) is r, copy.deepcopy(r) is r, copy.deepcopy({"k": [r]})["k"][0] is r)
wd = weakref.WeakValueDictionary(a=c)
print(sorted(copy.deepcopy(wd).keys()), copy.deepcopy(wd)["a"] is c)
kd = weakref.WeakKeyDictionary({c: [1]})
kd2 = copy.deepcopy(kd)
print(kd2[c], kd2[c] is not kd[c])

print("== functools.singledispatch does not keep classes alive")


@functools.singledispatch
def describe(x):
    return "object"


@describe.register
def _(x: int):
    return "int"


class Temp:
    pass


print(describe(1), describe(Temp()), describe("s"))
rt = weakref.ref(Temp)
del Temp
gc.collect()
print("class collected:", rt() is None)

print("== concurrent.futures: workers of a dropped executor exit")
from concurrent.futures import ThreadPoolExecutor

ex = ThreadPoolExecutor(max_workers=2)
print(ex.submit(pow, 2, 10).result())
workers = list(ex._threads)
del ex
gc.collect()
for t in workers:
    t.join(timeout=10)
print("workers alive:", [t.is_alive() for t in workers])

print("== asyncio: the loop tracks async generators weakly")
import asyncio

loop = asyncio.new_event_loop()
print(type(loop._asyncgens).__name__)


async def agen():
    yield 1


async def main():
    async for x in agen():
        print("got", x)


loop.run_until_complete(main())
loop.run_until_complete(loop.shutdown_asyncgens())
loop.close()
print("done")
