# Passing data between processes: Queue (many items, big items, timeouts,
# qsize/empty, Empty/Full), JoinableQueue task_done/join, SimpleQueue, and
# Pipe (duplex and one-way, send/recv, send_bytes/recv_bytes, poll, EOF).
import multiprocessing as mp
import queue


def producer(q, n):
    for i in range(n):
        q.put(('item', i, [i] * (i % 3)))
    q.put(None)


def big(q):
    q.put(b'x' * 200000)
    q.put({'k': list(range(10000))})


def squarer(inq, outq):
    while True:
        item = inq.get()
        if item is None:
            inq.task_done()
            break
        outq.put(item * item)
        inq.task_done()


def echo(conn):
    while True:
        try:
            msg = conn.recv()
        except EOFError:
            break
        if msg == 'stop':
            conn.send('bye')
            break
        conn.send(('echo', msg))
    conn.close()


def writer(w):
    w.send_bytes(b'raw bytes')
    w.send_bytes(b'0123456789', 2, 5)
    w.send([1, 2, 3])
    w.close()


if __name__ == '__main__':
    q = mp.Queue()
    p = mp.Process(target=producer, args=(q, 2000))
    p.start()
    items = []
    while True:
        x = q.get()
        if x is None:
            break
        items.append(x)
    p.join()
    print(len(items), items[:3], items[-1], p.exitcode)

    q2 = mp.Queue()
    p = mp.Process(target=big, args=(q2,))
    p.start()
    a = q2.get()
    b = q2.get()
    p.join()
    print(len(a), len(b['k']), b['k'][-1])

    q3 = mp.Queue()
    print(q3.empty(), q3.qsize())
    try:
        q3.get(timeout=0.05)
    except queue.Empty:
        print('Empty after timeout')
    try:
        q3.get_nowait()
    except queue.Empty:
        print('Empty nowait')
    q3.put(1)
    q3.put(2)
    print(q3.get(), q3.get(timeout=1))
    q4 = mp.Queue(maxsize=1)
    q4.put('a')
    print(q4.full())
    try:
        q4.put('b', timeout=0.05)
    except queue.Full:
        print('Full after timeout')
    print(q4.get())
    q4.close()
    q4.join_thread()

    jq = mp.JoinableQueue()
    out = mp.Queue()
    w = mp.Process(target=squarer, args=(jq, out))
    w.start()
    for i in range(10):
        jq.put(i)
    jq.put(None)
    jq.join()
    print('joined', sorted(out.get() for _ in range(10)))
    w.join()

    sq = mp.SimpleQueue()
    print(sq.empty())
    sq.put({'a': (1, 2)})
    print(sq.empty(), sq.get())

    parent, child = mp.Pipe()
    p = mp.Process(target=echo, args=(child,))
    p.start()
    for msg in ['hi', 42, {'x': [1.5]}]:
        parent.send(msg)
        print(parent.recv())
    parent.send('stop')
    print(parent.recv())
    p.join()
    print(parent.poll(0.05))

    r, w = mp.Pipe(duplex=False)
    p = mp.Process(target=writer, args=(w,))
    p.start()
    w.close()
    print(r.poll(5), r.recv_bytes(), r.recv_bytes(), r.recv())
    p.join()
    try:
        r.recv()
    except EOFError:
        print('EOFError at end of pipe')
    try:
        r.send(1)
    except OSError as e:
        print('OSError:', e)
    r.close()
    try:
        r.recv()
    except OSError as e:
        print('OSError:', e)
    print(r.closed)
