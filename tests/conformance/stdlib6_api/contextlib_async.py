# contextlib: AsyncExitStack (enter_async_context, push_async_exit,
# push_async_callback, aclose, pop_all, sync callbacks, suppression, exception
# chaining), AsyncContextDecorator, asynccontextmanager edge cases,
# nullcontext / aclosing as async context managers, chdir, the ABCs.
import asyncio, contextlib, sys, os

class ACM:
    def __init__(self, name, suppress=False):
        self.name = name; self.suppress = suppress
    async def __aenter__(self):
        print('enter', self.name); return self.name
    async def __aexit__(self, t, v, tb):
        print('exit', self.name, t.__name__ if t else None); return self.suppress

class CM:
    def __init__(self, name): self.name = name
    def __enter__(self): print('sync enter', self.name); return self
    def __exit__(self, *a): print('sync exit', self.name, a[0])

@contextlib.asynccontextmanager
async def agen(x):
    print('agen start', x)
    try:
        yield x * 2
    finally:
        print('agen end', x)

async def acb(*a, **k):
    print('async cb', a, k)

def cb(*a, **k):
    print('sync cb', a, k)

async def main():
    async with contextlib.AsyncExitStack() as stack:
        print(await stack.enter_async_context(ACM('a')))
        print(stack.enter_context(CM('b')).name)
        print(await stack.enter_async_context(agen(5)))
        stack.push_async_callback(acb, 1, k=2)
        stack.callback(cb, 3)
        async def aexit(t, v, tb):
            print('push_async_exit fn', t)
        stack.push_async_exit(aexit)
        stack.push_async_exit(ACM('pushed'))
        stack.push(lambda *a: print('pushed sync', a[0]))
    print('--- suppress')
    async with contextlib.AsyncExitStack() as stack:
        await stack.enter_async_context(ACM('s', suppress=True))
        raise ValueError('boom')
    print('suppressed ok')
    print('--- error chaining')
    try:
        async with contextlib.AsyncExitStack() as stack:
            async def bad(*a):
                raise KeyError('in exit')
            stack.push_async_exit(bad)
            raise ValueError('body')
    except KeyError as e:
        print('caught', repr(e), repr(e.__context__))
    print('--- pop_all / aclose')
    stack = contextlib.AsyncExitStack()
    await stack.enter_async_context(ACM('p'))
    s2 = stack.pop_all()
    await stack.aclose()
    await s2.aclose()
    try:
        await contextlib.AsyncExitStack().enter_async_context(CM('x'))
    except TypeError as e:
        print(e)
    try:
        contextlib.ExitStack().enter_context(ACM('x'))
    except TypeError as e:
        print(e)
    print('--- nullcontext / aclosing')
    async with contextlib.nullcontext(42) as v:
        print(v)
    async def ag():
        try:
            yield 1
            yield 2
        finally:
            print('ag closed')
    async with contextlib.aclosing(ag()) as it:
        async for x in it:
            print(x); break
    print('--- AsyncContextDecorator')
    class ADec(contextlib.AsyncContextDecorator):
        async def __aenter__(self): print('adec enter'); return self
        async def __aexit__(self, *e): print('adec exit'); return False
    @ADec()
    async def decorated(v):
        print('in decorated', v); return v + 1
    print(await decorated(1))
    @agen(7)
    async def decorated2():
        print('in decorated2')
    await decorated2()
    await decorated2()
    print('--- generator didnt stop')
    @contextlib.asynccontextmanager
    async def twice():
        yield 1
        yield 2
    try:
        async with twice():
            pass
    except RuntimeError as e:
        print(e)
    @contextlib.asynccontextmanager
    async def noyield():
        if False: yield
    try:
        async with noyield():
            pass
    except RuntimeError as e:
        print(e)
    @contextlib.asynccontextmanager
    async def swallow():
        try:
            yield
        except ValueError:
            print('swallowed')
    async with swallow():
        raise ValueError
    @contextlib.asynccontextmanager
    async def stopit():
        yield
    try:
        async with stopit():
            raise StopAsyncIteration('x')
    except StopAsyncIteration as e:
        print('propagated', e)

asyncio.run(main())
print(isinstance(contextlib.AsyncExitStack(), contextlib.AbstractAsyncContextManager))
print(issubclass(ACM, contextlib.AbstractAsyncContextManager), issubclass(CM, contextlib.AbstractAsyncContextManager))
print(issubclass(CM, contextlib.AbstractContextManager))
print(contextlib.AbstractContextManager[int], contextlib.AbstractAsyncContextManager[int])
old = os.getcwd()
with contextlib.chdir('/'):
    print(os.getcwd())  # '/'
print(os.getcwd() == old)
with contextlib.ExitStack() as st:
    st.callback(print, 'cb at exit')
    f = st.callback(cb, 9)
    print(f is cb)
@contextlib.contextmanager
def twice_sync():
    yield 1
    yield 2
try:
    with twice_sync():
        pass
except RuntimeError as e:
    print(e)
print(contextlib.__all__)
