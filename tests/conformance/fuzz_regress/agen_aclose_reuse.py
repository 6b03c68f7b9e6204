# fuzz_regress: an aclose() awaitable whose generator ignored GeneratorExit is
# used up, as in CPython: sending to it again raises "cannot reuse" (it used to
# raise a bare StopIteration, i.e. look like a successful close).
async def ag():
    try:
        yield 1
    finally:
        yield 2


def step(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__, e)


a = ag()
step(lambda: a.__anext__().send(None))
c = a.aclose()
step(lambda: c.send(None))
step(lambda: c.send(None))
step(lambda: c.throw(ValueError))

b = ag()
step(lambda: b.__anext__().send(None))
c2 = b.aclose()
step(lambda: c2.throw(GeneratorExit))
step(lambda: c2.send(None))
