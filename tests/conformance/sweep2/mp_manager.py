# multiprocessing: Pool initializer, imap chunks, Manager Namespace/Queue/Lock, Event, JoinableQueue
import multiprocessing as mp
import os

_config = {}

def init_worker(prefix):
    _config["prefix"] = prefix

def tag(x):
    return f"{_config['prefix']}-{x}"

def add(a, b):
    return a + b

def ns_worker(ns, lock, q, i):
    with lock:
        ns.total = ns.total + i
    q.put(i * i)

def waiter(ev, q):
    ev.wait(10)
    q.put("released")

def consumer(jq, out):
    while True:
        item = jq.get()
        if item is None:
            jq.task_done()
            break
        out.put(item.upper())
        jq.task_done()

if __name__ == "__main__":
    with mp.Pool(2, initializer=init_worker, initargs=("job",)) as pool:
        print(pool.map(tag, range(5)))
        print(list(pool.imap(tag, "abcde", chunksize=2)))
        res = pool.starmap_async(add, [(1, 2), (3, 4), (5, 6)])
        print(res.get(10), res.ready(), res.successful())
        res2 = pool.map_async(tag, [1, 2], callback=lambda r: print("callback", r))
        res2.wait(10)
        print(sorted(pool.imap_unordered(tag, range(3))))
    with mp.Manager() as m:
        ns = m.Namespace()
        ns.total = 0
        lock = m.Lock()
        q = m.Queue()
        ps = [mp.Process(target=ns_worker, args=(ns, lock, q, i)) for i in range(1, 5)]
        for p in ps: p.start()
        for p in ps: p.join()
        print("total", ns.total, sorted(q.get() for _ in range(4)))
        shared = m.dict({"a": 1})
        shared.update(b=2)
        print(sorted(shared.keys()), shared.get("c", "none"), len(shared))
        lst = m.list([3, 1, 2])
        lst.sort()
        print(list(lst), lst[0], len(lst))
    ev = mp.Event()
    q = mp.Queue()
    p = mp.Process(target=waiter, args=(ev, q))
    p.start()
    print("event set?", ev.is_set())
    ev.set()
    print(q.get(timeout=10))
    p.join()
    jq = mp.JoinableQueue()
    out = mp.Queue()
    c = mp.Process(target=consumer, args=(jq, out))
    c.start()
    for w in ["alpha", "beta", "gamma"]:
        jq.put(w)
    jq.put(None)
    jq.join()
    print([out.get(timeout=10) for _ in range(3)])
    c.join()
    print(c.exitcode, mp.current_process().name, mp.parent_process() is None)
