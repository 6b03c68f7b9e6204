# Stress: hundreds of threads, heavy lock contention, threads started and
# joined in a loop, a condition ping-pong and a queue pipeline: no deadlock,
# no crash, no lost update.
import queue
import threading

# 300 threads at once, each adds under one lock
total = [0]
lock = threading.Lock()


def add(n):
    for _ in range(n):
        with lock:
            total[0] += 1


ts = [threading.Thread(target=add, args=(50,)) for _ in range(300)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('300 threads:', total[0])

# heavy contention: 8 threads, a read-modify-write with a call in between
shared = {'n': 0}
rl = threading.RLock()


def touch():
    return None


def rmw(k):
    for _ in range(k):
        with rl:
            v = shared['n']
            touch()
            with rl:
                shared['n'] = v + 1


ts = [threading.Thread(target=rmw, args=(5000,)) for _ in range(8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('contention:', shared['n'])

# start/join in a loop
acc = []
for i in range(500):
    t = threading.Thread(target=acc.append, args=(i,))
    t.start()
    t.join()
print('start/join loop:', len(acc), acc == list(range(500)))

# many short-lived threads started from several threads at once
made = [0]
ml = threading.Lock()


def spawn_many():
    for _ in range(60):
        t = threading.Thread(target=lambda: None)
        t.start()
        t.join()
        with ml:
            made[0] += 1


ss = [threading.Thread(target=spawn_many) for _ in range(5)]
for t in ss:
    t.start()
for t in ss:
    t.join()
print('nested spawns:', made[0])

# condition ping-pong: strict alternation
cond = threading.Condition()
turn = ['a']
log = []


def player(me, other, rounds):
    for _ in range(rounds):
        with cond:
            while turn[0] != me:
                cond.wait()
            log.append(me)
            turn[0] = other
            cond.notify()


pa = threading.Thread(target=player, args=('a', 'b', 2000))
pb = threading.Thread(target=player, args=('b', 'a', 2000))
pa.start()
pb.start()
pa.join()
pb.join()
print('ping-pong:', len(log), all(log[i] != log[i + 1] for i in range(len(log) - 1)))

# a three-stage queue pipeline
q1, q2 = queue.Queue(5), queue.Queue(5)
result = []


def stage1():
    for i in range(3000):
        q1.put(i)
    q1.put(None)


def stage2():
    while True:
        v = q1.get()
        if v is None:
            q2.put(None)
            return
        q2.put(v * 2)


def stage3():
    while True:
        v = q2.get()
        if v is None:
            return
        result.append(v)


ps = [threading.Thread(target=f) for f in (stage1, stage2, stage3)]
for t in ps:
    t.start()
for t in ps:
    t.join()
print('pipeline:', len(result), sum(result), result == sorted(result))

# Events and Barriers churned by many threads
bar = threading.Barrier(20)
hits = []
hl = threading.Lock()


def churn():
    for r in range(10):
        bar.wait()
        with hl:
            hits.append(r)


cs = [threading.Thread(target=churn) for _ in range(20)]
for t in cs:
    t.start()
for t in cs:
    t.join()
print('barrier rounds:', len(hits), sorted(set(hits)))
