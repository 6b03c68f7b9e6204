# queue.Queue / PriorityQueue / LifoQueue with worker threads and sentinels
import queue
import threading

SENTINEL = object()
tasks = queue.Queue()
results = queue.Queue()

def worker(wid):
    while True:
        item = tasks.get()
        if item is SENTINEL:
            tasks.task_done()
            break
        results.put((item, item ** 2, wid >= 0))
        tasks.task_done()

workers = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for w in workers: w.start()
for n in range(12):
    tasks.put(n)
for _ in workers:
    tasks.put(SENTINEL)
tasks.join()
for w in workers: w.join()
out = []
while not results.empty():
    out.append(results.get_nowait())
print(sorted(out))
print(tasks.qsize(), tasks.empty(), results.empty())

pq = queue.PriorityQueue()
for prio, name in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent"), (5, "whenever")]:
    pq.put((prio, name))
while not pq.empty():
    print(pq.get())

lq = queue.LifoQueue()
for i in range(4):
    lq.put(i)
print([lq.get() for _ in range(4)])

bq = queue.Queue(maxsize=2)
bq.put(1); bq.put(2)
print(bq.full(), bq.qsize())
try:
    bq.put(3, block=False)
except queue.Full:
    print("Full")
try:
    bq.put(3, timeout=0.01)
except queue.Full as e:
    print("Full again", repr(e))
bq.get(); bq.get()
try:
    bq.get_nowait()
except queue.Empty:
    print("Empty")
try:
    bq.get(timeout=0.01)
except queue.Empty as e:
    print("Empty again", type(e).__name__)

sq = queue.SimpleQueue()
sq.put("a"); sq.put("b")
print(sq.qsize(), sq.get(), sq.get(), sq.empty())

# dataclass items in priority queue
from dataclasses import dataclass, field
from typing import Any

@dataclass(order=True)
class Job:
    priority: int
    payload: Any = field(compare=False)

jq = queue.PriorityQueue()
for p, data in [(2, {"x": 1}), (0, ["first"]), (1, "middle")]:
    jq.put(Job(p, data))
while not jq.empty():
    print(jq.get())

# pipeline of stages
stage1, stage2 = queue.Queue(), queue.Queue()
def doubler():
    while (x := stage1.get()) is not None:
        stage2.put(x * 2)
    stage2.put(None)
collected = []
def collector():
    while (x := stage2.get()) is not None:
        collected.append(x)
t1 = threading.Thread(target=doubler); t2 = threading.Thread(target=collector)
t1.start(); t2.start()
for i in range(5):
    stage1.put(i)
stage1.put(None)
t1.join(); t2.join()
print(collected)
