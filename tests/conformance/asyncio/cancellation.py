# Cancellation: CancelledError at the await point, messages, cancelling/uncancel, shield, gather.
import asyncio


async def sleeper(name, delay):
    try:
        print(name, "sleeping")
        await asyncio.sleep(delay)
        print(name, "woke")
        return name
    except asyncio.CancelledError as e:
        print(name, "cancelled with", e.args)
        raise
    finally:
        print(name, "finally")


async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("stubborn ignores cancel")
    return "survived"


async def main():
    t = asyncio.create_task(sleeper("t1", 1))
    await asyncio.sleep(0)
    print("cancel ->", t.cancel("bye"))
    print("cancelling:", t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("caught", type(e).__name__, e.args)
    print(t.cancelled(), t.done(), t.cancel())

    # Cancel before the task ever runs.
    t = asyncio.create_task(sleeper("t2", 1))
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("t2 cancelled before start:", t.cancelled())

    # A task that swallows the cancellation completes normally.
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled(), t.cancelling(), t.uncancel(), t.cancelling())

    # Future API.
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(f.cancel("msg"), f.cancelled(), f.done())
    try:
        f.result()
    except asyncio.CancelledError as e:
        print("future result raised", e.args)
    try:
        f.exception()
    except asyncio.CancelledError:
        print("future exception raised CancelledError")

    # shield: the outer await is cancelled, the inner task keeps running.
    inner = asyncio.create_task(sleeper("inner", 0.02))
    outer = asyncio.ensure_future(asyncio.shield(inner))
    await asyncio.sleep(0)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled; inner done?", inner.done())
    print("inner result", await inner)

    # Cancelling gather cancels the children.
    g = asyncio.gather(sleeper("g1", 1), sleeper("g2", 1))
    await asyncio.sleep(0)
    print("gather cancel ->", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled", g.cancelled())

    # gather with return_exceptions keeps going when one child is cancelled.
    c1 = asyncio.create_task(sleeper("c1", 0.01))
    c2 = asyncio.create_task(sleeper("c2", 1))
    await asyncio.sleep(0)
    c2.cancel()
    res = await asyncio.gather(c1, c2, return_exceptions=True)
    print([type(r).__name__ for r in res], res[0])

    # Cancelling the awaiting task cancels the awaited one too.
    async def parent():
        child = asyncio.create_task(sleeper("child", 1))
        try:
            await child
        finally:
            await asyncio.sleep(0)
            print("child cancelled:", child.cancelled())

    p = asyncio.create_task(parent())
    await asyncio.sleep(0.001)
    p.cancel()
    try:
        await p
    except asyncio.CancelledError:
        print("parent cancelled")

    # CancelledError is a BaseException, not an Exception.
    print(issubclass(asyncio.CancelledError, Exception), issubclass(asyncio.CancelledError, BaseException))


asyncio.run(main())
