# multiprocessing.dummy: the multiprocessing API over threads (ThreadPool,
# DummyProcess, Manager() returning the module, Value, Pipe over queues).
from multiprocessing.dummy import Pool as ThreadPool, Process, current_process, Queue, Manager, Value
import multiprocessing.dummy as md
import threading


def sq(x):
    return x * x


def who(_=None):
    return current_process().name


def worker(q, n):
    q.put(n * 10)


if __name__ == '__main__':
    with ThreadPool(3) as p:
        print(p.map(sq, range(5)), sorted(set(n.split('-')[0] for n in p.map(who, range(4)))))
        print(sorted(p.imap_unordered(sq, range(4))), p.apply(sq, (7,)), p.starmap(pow, [(2, 3), (3, 2)]))
    p = Process(target=print, args=('in thread',))
    print(p.exitcode)
    p.start()
    p.join()
    print(p.exitcode, p.is_alive(), isinstance(p, threading.Thread), p.name.split(' ')[1])
    print(current_process().name, current_process() is threading.main_thread(), Manager() is md)
    q = Queue()
    ps = [Process(target=worker, args=(q, i)) for i in range(3)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(sorted(q.get() for _ in range(3)), md.active_children())
    v = Value('i', 3)
    v.value += 1
    print(v.value, v)
    a, b = md.Pipe()
    a.send({'x': 1})
    print(b.recv(), b.poll(), b.poll(0.01))
    print(list(md.Array('i', [1, 2])), md.Namespace(a=1, b='x'))
    lock = md.Lock()
    with lock:
        print('locked', lock.locked())
    print(md.JoinableQueue is md.Queue, md.dict, md.list)
