# wait_for, asyncio.timeout / timeout_at, TimeoutError identity.
import asyncio


async def slow(result, delay):
    try:
        await asyncio.sleep(delay)
        return result
    except asyncio.CancelledError:
        print("slow", result, "cancelled")
        raise


async def main():
    print(asyncio.TimeoutError is TimeoutError)
    print(await asyncio.wait_for(slow("fast enough", 0.001), timeout=1))
    try:
        await asyncio.wait_for(slow("too slow", 1), timeout=0.01)
    except asyncio.TimeoutError as e:
        print("wait_for timed out:", type(e).__name__, type(e.__cause__).__name__)
    print(await asyncio.wait_for(slow("no timeout", 0.001), None))
    try:
        await asyncio.wait_for(slow("zero", 1), timeout=0)
    except TimeoutError:
        print("zero timeout")

    try:
        async with asyncio.timeout(0.01) as cm:
            print("entered", cm.expired())
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout expired:", cm.expired())

    async with asyncio.timeout(None) as cm:
        print("when:", cm.when())
        cm.reschedule(asyncio.get_running_loop().time() + 1)
        await asyncio.sleep(0.001)
    print("rescheduled, not expired:", cm.expired())

    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 0.01):
            await slow("timeout_at", 1)
    except TimeoutError:
        print("timeout_at expired")

    # A timeout does not swallow a real exception.
    try:
        async with asyncio.timeout(1):
            raise KeyError("inner")
    except KeyError as e:
        print("KeyError passes through", e)

    # Nested timeouts: the inner one fires.
    try:
        async with asyncio.timeout(1):
            try:
                async with asyncio.timeout(0.01):
                    await asyncio.sleep(1)
            except TimeoutError:
                print("inner timeout")
            await asyncio.sleep(0.001)
            print("outer still running")
    except TimeoutError:
        print("outer timeout (unexpected)")

    # wait() with a timeout returns the pending set.
    t = asyncio.create_task(slow("waited", 1))
    done, pending = await asyncio.wait([t], timeout=0.01)
    print(len(done), len(pending), t in pending)
    t.cancel()
    await asyncio.sleep(0)


asyncio.run(main())
