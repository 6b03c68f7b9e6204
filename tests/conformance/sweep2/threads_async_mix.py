# asyncio together with threads: to_thread, run_in_executor, call_soon_threadsafe, run_coroutine_threadsafe
import asyncio
import threading
import time
from concurrent.futures import ThreadPoolExecutor

def blocking_io(n):
    time.sleep(0.001 * n)
    return f"io-{n}-{threading.current_thread() is not threading.main_thread()}"

async def main():
    res = await asyncio.to_thread(blocking_io, 2)
    print(res)
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(3) as pool:
        futs = [loop.run_in_executor(pool, blocking_io, n) for n in (3, 1, 2)]
        print(await asyncio.gather(*futs))
    print(await loop.run_in_executor(None, sum, [1, 2, 3]))
    fut = loop.create_future()
    def worker():
        time.sleep(0.01)
        loop.call_soon_threadsafe(fut.set_result, "from thread")
    t = threading.Thread(target=worker)
    t.start()
    print(await asyncio.wait_for(fut, 5))
    t.join()
    q = asyncio.Queue()
    def producer():
        for i in range(3):
            loop.call_soon_threadsafe(q.put_nowait, i)
        loop.call_soon_threadsafe(q.put_nowait, None)
    threading.Thread(target=producer).start()
    got = []
    while (item := await q.get()) is not None:
        got.append(item)
    print(got)
    try:
        await asyncio.to_thread(int, "bad")
    except ValueError as e:
        print("ValueError:", e)
    return "main done"

print(asyncio.run(main()))

# a loop in a background thread driven from the main thread
loop = asyncio.new_event_loop()
t = threading.Thread(target=loop.run_forever, daemon=True)
t.start()
async def compute(x):
    await asyncio.sleep(0.001)
    return x * x
futs = [asyncio.run_coroutine_threadsafe(compute(i), loop) for i in range(5)]
print([f.result(5) for f in futs])
async def fails():
    raise KeyError("remote")
f = asyncio.run_coroutine_threadsafe(fails(), loop)
try:
    f.result(5)
except KeyError as e:
    print("KeyError:", e)
loop.call_soon_threadsafe(loop.stop)
t.join(5)
print(loop.is_running(), t.is_alive())
loop.close()
print(loop.is_closed())

lock = threading.Lock()
counter = 0
def inc(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1
async def many():
    await asyncio.gather(*(asyncio.to_thread(inc, 1000) for _ in range(4)))
asyncio.run(many())
print(counter)
