# queue: Queue, LifoQueue, PriorityQueue, SimpleQueue; maxsize, put/get with
# block and timeout, the _nowait forms, Empty/Full, task_done/join,
# qsize/empty/full, and producers/consumers that lose and duplicate nothing.
import queue
import threading
import time

q = queue.Queue()
print(q.maxsize, q.qsize(), q.empty(), q.full())
for i in range(5):
    q.put(i)
print(q.qsize(), q.empty(), [q.get() for _ in range(5)])
lq = queue.LifoQueue()
pq = queue.PriorityQueue()
for v in [3, 1, 4, 1, 5, 9, 2, 6]:
    lq.put(v)
    pq.put((v, str(v)))
print([lq.get() for _ in range(8)])
print([pq.get()[0] for _ in range(8)])

bq = queue.Queue(maxsize=2)
bq.put('a')
bq.put_nowait('b')
print(bq.full(), bq.qsize())
try:
    bq.put_nowait('c')
except queue.Full:
    print('Full (nowait)')
try:
    bq.put('c', block=False)
except queue.Full:
    print('Full (block=False)')
t0 = time.monotonic()
try:
    bq.put('c', timeout=0.03)
except queue.Full:
    print('Full (timeout)', time.monotonic() - t0 >= 0.02)
print(bq.get(), bq.get_nowait())
try:
    bq.get_nowait()
except queue.Empty:
    print('Empty (nowait)')
t0 = time.monotonic()
try:
    bq.get(timeout=0.03)
except queue.Empty:
    print('Empty (timeout)', time.monotonic() - t0 >= 0.02)
try:
    bq.get(timeout=-1)
except ValueError as e:
    print('ValueError:', e)
try:
    bq.put(1, timeout=-1)
except ValueError as e:
    print('ValueError:', e)
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))

# a blocked put proceeds when a consumer makes room
full = queue.Queue(1)
full.put('first')


def later_get():
    time.sleep(0.02)
    full.get()


t = threading.Thread(target=later_get)
t.start()
full.put('second', timeout=5)
t.join()
print('blocked put done:', full.get())

# task_done / join
jq = queue.Queue()
done = []


def worker():
    while True:
        item = jq.get()
        if item is None:
            jq.task_done()
            break
        done.append(item * 2)
        jq.task_done()


ws = [threading.Thread(target=worker) for _ in range(3)]
for w in ws:
    w.start()
for i in range(30):
    jq.put(i)
jq.join()
print('joined', len(done), sum(done), jq.unfinished_tasks)
for w in ws:
    jq.put(None)
for w in ws:
    w.join()
try:
    jq.task_done()
except ValueError as e:
    print('ValueError:', e)

# SimpleQueue
sq = queue.SimpleQueue()
print(sq.empty(), sq.qsize())
sq.put(1)
sq.put_nowait(2)
print(sq.qsize(), sq.get(), sq.get_nowait(), sq.empty())
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print('SimpleQueue Empty')
try:
    sq.get_nowait()
except queue.Empty:
    print('SimpleQueue Empty (nowait)')

# many producers and consumers
mq = queue.Queue(maxsize=10)
got = []
gl = threading.Lock()


def producer(base):
    for i in range(200):
        mq.put(base + i)


def consumer():
    while True:
        v = mq.get()
        if v is None:
            return
        with gl:
            got.append(v)


ps = [threading.Thread(target=producer, args=(k * 1000,)) for k in range(4)]
cs = [threading.Thread(target=consumer) for _ in range(3)]
for t in ps + cs:
    t.start()
for t in ps:
    t.join()
for _ in cs:
    mq.put(None)
for t in cs:
    t.join()
print('received', len(got), sorted(got) == sorted(k * 1000 + i for k in range(4) for i in range(200)))
