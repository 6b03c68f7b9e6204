# The event loop API: get/new/set_event_loop, run_until_complete, run_forever/stop,
# close, is_running/is_closed, call_soon_threadsafe from a thread, run_in_executor,
# run_coroutine_threadsafe, wrap_future, current_task/all_tasks.
import asyncio
import concurrent.futures
import threading
import time

loop = asyncio.get_event_loop()
print(type(loop).__name__, loop.is_running(), loop.is_closed())
print(asyncio.get_event_loop() is loop)


async def coro(x):
    await asyncio.sleep(0)
    return x * 2


print(loop.run_until_complete(coro(21)))
t = loop.create_task(coro(5), name="named")
print(t.get_name(), loop.run_until_complete(t))
t.set_name("renamed")
print(t.get_name())

# run_forever / stop from a callback.
order = []
loop.call_soon(order.append, 1)
loop.call_soon(loop.stop)
loop.call_soon(order.append, 2)
loop.run_forever()
print("after run_forever", order)
loop.run_until_complete(asyncio.sleep(0))
print(order)

# time() is monotonic and call_later fires after it.
t0 = loop.time()
fired = []
loop.call_later(0.01, lambda: fired.append(loop.time() - t0 >= 0.009))
loop.run_until_complete(asyncio.sleep(0.02))
print("call_later fired on time:", fired)

try:
    loop.run_until_complete(loop.create_future().__await__() if False else asyncio.sleep(0))
    print("nested ok")
except RuntimeError as e:
    print(e)


async def nested_run():
    try:
        loop.run_until_complete(asyncio.sleep(0))
    except RuntimeError as e:
        print("RuntimeError:", e)
    c = coro(1)
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
    c.close()
    print(asyncio.get_running_loop() is loop, loop.is_running())
    print(asyncio.current_task().get_name().startswith("Task-"))
    print(len(asyncio.all_tasks()))


loop.run_until_complete(nested_run())
loop.close()
print(loop.is_closed())
try:
    loop.call_soon(print, "x")
except RuntimeError as e:
    print("RuntimeError:", e)
loop.close()  # idempotent

try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)

new = asyncio.new_event_loop()
asyncio.set_event_loop(new)
print(asyncio.get_event_loop() is new)


async def threads_demo():
    lp = asyncio.get_running_loop()
    fut = lp.create_future()

    def from_thread():
        time.sleep(0.01)
        lp.call_soon_threadsafe(fut.set_result, "woken from thread")

    th = threading.Thread(target=from_thread)
    th.start()
    print(await fut)
    th.join()

    print(await lp.run_in_executor(None, sum, [1, 2, 3]))
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as ex:
        print(await asyncio.gather(*(lp.run_in_executor(ex, pow, 2, i) for i in range(5))))
        cf = ex.submit(lambda: "wrapped")
        print(await asyncio.wrap_future(cf))
    print(await asyncio.to_thread(lambda a, b=0: a + b, 40, b=2))

    result = []

    def submit_from_thread():
        f = asyncio.run_coroutine_threadsafe(coro(50), lp)
        result.append(f.result(timeout=5))

    th = threading.Thread(target=submit_from_thread)
    th.start()
    while not result:
        await asyncio.sleep(0.005)
    th.join()
    print("run_coroutine_threadsafe:", result)

    def raising():
        raise ValueError("in executor")

    try:
        await lp.run_in_executor(None, raising)
    except ValueError as e:
        print("executor raised", e)


new.run_until_complete(threads_demo())
new.close()
asyncio.set_event_loop(None)
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError:", e)

# asyncio.run creates and closes its own loop.
print(asyncio.run(coro(4), debug=False))


class Proto:
    pass

print(issubclass(asyncio.SelectorEventLoop, asyncio.AbstractEventLoop))
