# Child of gil_trace_asyncio.py: a thread spinning on the CPU while the
# event loop runs three named tasks that sleep.
import asyncio, threading, time

def spin():
    end = time.monotonic() + 0.03
    while time.monotonic() < end:
        pass

async def work(n):
    for _ in range(3):
        await asyncio.sleep(0.001)

async def main():
    th = threading.Thread(target=spin, name="spinner")
    th.start()
    await asyncio.gather(*(asyncio.create_task(work(i), name=f"w{i}") for i in range(3)))
    th.join()

asyncio.run(main())
