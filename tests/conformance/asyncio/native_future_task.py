# Future and Task edge cases (minipy implements both natively, like CPython's
# _asyncio): states and their errors, cancel messages, callback order and
# removal, reprs, subclassing, awaiting a future twice, the Future iterator
# protocol by hand, bad yields, self-await, cancelling()/uncancel(), names,
# never-retrieved exceptions, current_task/all_tasks.
import asyncio
import types


def short(r):
    # Task reprs contain the coroutine's file and line: keep the stable part.
    return r.split(" coro=")[0] + (" wait_for=" + r.split(" wait_for=")[1] if " wait_for=" in r else "")


def show(label, fn):
    try:
        r = fn()
    except BaseException as e:
        print(label, "->", type(e).__name__, repr(e.args))
    else:
        print(label, "=", repr(r))


class MyFuture(asyncio.Future):
    def __init__(self, tag, *, loop=None):
        super().__init__(loop=loop)
        self.tag = tag

    def describe(self):
        return f"{self.tag}:{self._state}"


class MyTask(asyncio.Task):
    pass


def handler(loop, context):
    exc = context.get("exception")
    print("handler:", context["message"], type(exc).__name__, sorted(context))


async def value_after(v, n=1):
    for _ in range(n):
        await asyncio.sleep(0)
    return v


async def futures_basics(loop):
    f = loop.create_future()
    print(type(f).__name__, isinstance(f, asyncio.Future), asyncio.isfuture(f))
    print(repr(f), f._state, f.done(), f.cancelled(), f._callbacks)
    show("result before done", f.result)
    show("exception before done", f.exception)
    print(f.get_loop() is loop, f._loop is loop, f._asyncio_future_blocking)
    f.set_result([1, 2])
    print(repr(f), f._state, f.done(), f._result)
    show("set_result twice", lambda: f.set_result(3))
    show("set_exception after done", lambda: f.set_exception(ValueError()))
    show("cancel after done", f.cancel)
    show("exception()", f.exception)
    print(await f, await f)  # awaiting a done future twice

    g = loop.create_future()
    g.set_exception(KeyError)  # a class is instantiated
    print(repr(g), g._log_traceback)
    show("result of failed", g.result)
    print(g._log_traceback)
    show("log_traceback=True", lambda: setattr(g, "_log_traceback", True))
    g._log_traceback = False
    show("set_exception(StopIteration())", lambda: loop.create_future().set_exception(StopIteration()))
    show("set_exception(42)", lambda: loop.create_future().set_exception(42))

    c = loop.create_future()
    print(c.cancel("because"), c.cancel(), repr(c), c._cancel_message)
    show("result of cancelled", c.result)
    show("exception of cancelled", c.exception)
    e1 = c._make_cancelled_error()
    print(type(e1).__name__, e1.args)
    try:
        await c
    except asyncio.CancelledError as e:
        print("await cancelled:", e.args)

    print(asyncio.Future[int], asyncio.Task[str])


async def callbacks(loop):
    order = []

    def cb(name):
        def f(fut):
            order.append((name, fut.result()))
        f.__qualname__ = name
        return f

    a, b, c = cb("a"), cb("b"), cb("c")
    f = loop.create_future()
    f.add_done_callback(a)
    f.add_done_callback(b)
    f.add_done_callback(c)
    f.add_done_callback(b)
    print(len(f._callbacks), [x[0].__qualname__ for x in f._callbacks])
    print("removed", f.remove_done_callback(b), [x[0].__qualname__ for x in f._callbacks])
    print("removed", f.remove_done_callback(b))
    print("removed", f.remove_done_callback(a), [x[0].__qualname__ for x in f._callbacks])
    f2 = loop.create_future()
    f2.add_done_callback(print)
    print(repr(f2))
    f2.add_done_callback(len)
    f2.add_done_callback(repr)
    print(repr(f2))
    f2.cancel()
    f.add_done_callback(a)
    f.set_result("x")
    print("scheduled, not run:", order)
    await asyncio.sleep(0)
    print("after one iteration:", order)
    f.add_done_callback(b)  # already done: scheduled at once
    await asyncio.sleep(0)
    print("late callback:", order[-1])
    g = loop.create_future()
    g.add_done_callback(lambda fut: order.append("cancel-cb"))
    g.cancel()
    await asyncio.sleep(0)
    print(order[-1], g._callbacks)


async def subclasses(loop):
    m = MyFuture("tag1")
    print(type(m).__name__, isinstance(m, asyncio.Future), m.describe(), repr(m))
    loop.call_soon(m.set_result, 7)
    print(await m, m.describe())
    m2 = MyFuture("tag2")
    m2.set_exception(RuntimeError("lost"))
    del m2  # reported with the subclass name
    await asyncio.sleep(0)

    t = MyTask(value_after(5), name="mine")
    print(type(t).__name__, isinstance(t, asyncio.Task), isinstance(t, asyncio.Future), t.get_name())
    print(await t)


async def manual_iteration(loop):
    f = loop.create_future()
    it = f.__await__()
    print(next(it) is f, f._asyncio_future_blocking)
    try:
        next(it)
    except RuntimeError as e:
        print("RuntimeError:", e)
    f2 = loop.create_future()
    it2 = iter(f2)
    print(it2.send(None) is f2)
    f2.set_result((1, 2))
    try:
        it2.send(None)
    except StopIteration as e:
        print("StopIteration value:", e.value)
    try:
        next(it2)
    except StopIteration as e:
        print("exhausted:", e.args)
    f3 = loop.create_future()
    it3 = f3.__await__()
    next(it3)
    try:
        it3.throw(ValueError("thrown"))
    except ValueError as e:
        print("throw:", e)
    print(it3.close())
    f3.cancel()


@types.coroutine
def yield_value(v):
    yield v


async def bad_yield():
    await yield_value(42)


async def yield_no_blocking(loop):
    f = loop.create_future()
    await yield_value(f)  # yielded without the blocking flag


async def yield_generator():
    def g():
        yield 1
    await yield_value(g())


async def bad_yields(loop):
    for coro in (bad_yield(), yield_no_blocking(loop), yield_generator()):
        t = asyncio.create_task(coro)
        try:
            await t
        except RuntimeError as e:
            msg = str(e)
            print("RuntimeError:", msg.split(" <Task")[0], "..." if "<Task" in msg else "")

    async def self_await():
        await asyncio.sleep(0)
        await me

    me = asyncio.create_task(self_await())
    try:
        await me
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(" <Task")[0])


async def task_api(loop):
    t = asyncio.create_task(value_after("v", 3), name=123)
    print(t.get_name(), type(t.get_name()).__name__)
    t.set_name("renamed")
    print(short(repr(t)))
    show("Task.set_result", lambda: t.set_result(1))
    show("Task.set_exception", lambda: t.set_exception(ValueError()))
    print(t.cancelling(), t.uncancel(), t.get_coro() is t._coro, t._must_cancel)
    print(await t, short(repr(t)), t.cancel())
    show("Task(42)", lambda: asyncio.Task(42))

    waiter = loop.create_future()

    async def blocked():
        try:
            await waiter
        except asyncio.CancelledError as e:
            print("inner saw CancelledError", e.args)
            raise

    b = asyncio.create_task(blocked(), name="blocked")
    await asyncio.sleep(0)
    print(short(repr(b)))
    print(b._fut_waiter is waiter, b.cancel("stop"), b.cancel("again"), b.cancelling())
    print(short(repr(b)))
    print(waiter.cancelled(), waiter._cancel_message)
    try:
        await b
    except asyncio.CancelledError as e:
        print("outer CancelledError", e.args)
    print(short(repr(b)), b.cancelled(), b.uncancel(), b.uncancel())

    # Cancelled before it ever runs: the first step throws CancelledError.
    early = asyncio.create_task(value_after(1), name="early")
    print(early.cancel(), early._must_cancel, short(repr(early)))
    try:
        await early
    except asyncio.CancelledError as e:
        print("early cancelled", e.args, early.cancelled())

    # A coroutine that swallows the cancellation and returns.
    async def stubborn():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            return "ignored"

    s = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    s.cancel()
    print(await s, s.cancelled(), s.cancelling())

    async def current():
        return asyncio.current_task() is me2

    me2 = asyncio.create_task(current())
    print(await me2, asyncio.current_task() is not None)
    pending = asyncio.create_task(asyncio.sleep(1), name="pending-one")
    print(sorted(t.get_name() for t in asyncio.all_tasks() if t.get_name() == "pending-one"))
    pending.cancel()
    await asyncio.sleep(0)
    print(pending.cancelled(), pending in asyncio.all_tasks())

    async def fails():
        await asyncio.sleep(0)
        raise ZeroDivisionError("boom")

    f = asyncio.create_task(fails(), name="forgotten")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(f.done(), short(repr(f)))
    del f
    await asyncio.sleep(0)
    print("after forgotten")


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    await futures_basics(loop)
    await callbacks(loop)
    await subclasses(loop)
    await manual_iteration(loop)
    await bad_yields(loop)
    await task_api(loop)


asyncio.run(main())
print(asyncio._get_running_loop())
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
