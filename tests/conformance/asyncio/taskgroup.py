# asyncio.TaskGroup: results, first failure cancels siblings, ExceptionGroup, names.
import asyncio


async def step(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise
    if fail:
        raise ValueError(f"{name} failed")
    print(name, "finished")
    return name


async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(step("one", 0.01))
        t2 = tg.create_task(step("two", 0.005), name="second")
        print("names:", t2.get_name())
    print(t1.result(), t2.result())

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(step("ok", 0.001))
            tg.create_task(step("bad", 0.005, fail=True))
            tg.create_task(step("slow", 1))
    except* ValueError as eg:
        print("caught group:", eg.message, [str(e) for e in eg.exceptions])

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(step("b1", 0.001, fail=True))
            tg.create_task(step("b2", 0.001, fail=True))
    except ExceptionGroup as eg:
        print(type(eg).__name__, sorted(str(e) for e in eg.exceptions))

    # An exception in the body aborts the children.
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(step("child", 1))
            await asyncio.sleep(0)
            raise KeyError("body")
    except* KeyError as eg:
        print("body error:", [repr(e) for e in eg.exceptions])

    tg = asyncio.TaskGroup()
    c = step("x", 0)
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print("RuntimeError:", e.args[0].split(" ")[0], "not entered")
    c.close()

    # The parent survives when the group's failure is handled.
    async def parent():
        try:
            async with asyncio.TaskGroup() as tg:
                tg.create_task(step("p-bad", 0, fail=True))
                await asyncio.sleep(1)
        except* ValueError:
            print("parent handled")
        await asyncio.sleep(0)
        return "parent done", asyncio.current_task().cancelling()

    print(await asyncio.create_task(parent()))


asyncio.run(main())
