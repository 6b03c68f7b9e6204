# multiprocessing Process with Queue, Pipe, Value/Array, Manager
import multiprocessing as mp

def producer(q, n):
    for i in range(n):
        q.put(("item", i))
    q.put(None)

def echo(conn):
    while True:
        msg = conn.recv()
        if msg == "stop":
            conn.send("bye")
            break
        conn.send(msg.upper() if isinstance(msg, str) else msg * 2)
    conn.close()

def bump(counter, arr):
    with counter.get_lock():
        counter.value += 10
    for i in range(len(arr)):
        arr[i] = arr[i] * 3

def fill(d, l, key):
    d[key] = len(key)
    l.append(key)

def exit_code(code):
    raise SystemExit(code)

if __name__ == "__main__":
    q = mp.Queue()
    p = mp.Process(target=producer, args=(q, 4))
    p.start()
    items = []
    while (x := q.get()) is not None:
        items.append(x)
    p.join()
    print(items, p.exitcode)

    parent, child = mp.Pipe()
    p = mp.Process(target=echo, args=(child,))
    p.start()
    for m in ["hello", 21, "world"]:
        parent.send(m)
        print(parent.recv())
    parent.send("stop")
    print(parent.recv())
    p.join()
    print("exit", p.exitcode)

    counter = mp.Value("i", 5)
    arr = mp.Array("d", [1.0, 2.5, 4.0])
    ps = [mp.Process(target=bump, args=(counter, arr)) for _ in range(2)]
    for p in ps: p.start()
    for p in ps: p.join()
    print(counter.value, list(arr))

    with mp.Manager() as m:
        d = m.dict()
        l = m.list()
        ps = [mp.Process(target=fill, args=(d, l, k)) for k in ["a", "bb", "ccc"]]
        for p in ps: p.start()
        for p in ps: p.join()
        print(sorted(d.items()), sorted(l))

    p = mp.Process(target=exit_code, args=(3,), name="quitter")
    p.start(); p.join()
    print(p.name, p.exitcode, p.is_alive())
