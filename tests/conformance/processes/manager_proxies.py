# multiprocessing.Manager(): a server process holding dict, list, Value,
# Array, Namespace, Queue, Lock, Event, Condition, Semaphore, Barrier...,
# used through proxies from processes and Pool workers (proxies pickle);
# custom types with BaseManager.register; errors raised in the server come
# back with their type and message.
import multiprocessing as mp
from multiprocessing.managers import BaseManager, SyncManager, BaseProxy
import time


def fill(d, l, i):
    d[i] = i * i
    l.append(i)


def count_up(v, lock, n):
    for _ in range(n):
        with lock:
            v.value += 1


def pool_task(args):
    d, i = args
    d[i] = mp.current_process().name.startswith('ForkPoolWorker')
    return i


def producer(q, n):
    for i in range(n):
        q.put(i)
    q.put(None)


def ns_worker(ns):
    ns.total = ns.total + 10
    ns.names = ns.names + ['child']


def waiter(ev, q):
    ev.wait()
    q.put('event seen')


def cond_waiter(cond, l):
    with cond:
        cond.wait_for(lambda: len(l) > 0)
        l.append('woken')


class Counter:
    def __init__(self, start=0):
        self.n = start

    def inc(self, k=1):
        self.n += k
        return self.n

    def get(self):
        return self.n

    def fail(self):
        raise ValueError('counter failure')

    def _hidden(self):
        return 'hidden'


class CounterProxy(BaseProxy):
    _exposed_ = ('inc', 'get')

    def inc(self, k=1):
        return self._callmethod('inc', (k,))

    def get(self):
        return self._callmethod('get')


class MyManager(BaseManager):
    pass


MyManager.register('Counter', Counter)
MyManager.register('ProxiedCounter', Counter, proxytype=CounterProxy)


def use_counter(c, n):
    for _ in range(n):
        c.inc()


if __name__ == '__main__':
    with mp.Manager() as manager:
        print(type(manager).__name__, isinstance(manager, SyncManager))
        d = manager.dict()
        l = manager.list()
        ps = [mp.Process(target=fill, args=(d, l, i)) for i in range(5)]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        print(sorted(d.items()), sorted(l), len(d), 3 in d, 9 in d, d.get(9, 'none'))
        print(type(d).__name__, type(l).__name__, repr(d).split(' at ')[0])

        v = manager.Value('i', 0)
        lock = manager.Lock()
        ps = [mp.Process(target=count_up, args=(v, lock, 50)) for i in range(4)]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        print('counter', v.value, v, type(v).__name__, type(lock).__name__)
        v.value = 10
        v.set(v.get() + 1)
        print('value', v.value)

        shared = manager.dict()
        with mp.Pool(3) as pool:
            print('pool', sorted(pool.map(pool_task, [(shared, i) for i in range(6)])))
        print(sorted(shared.items()))

        q = manager.Queue()
        p = mp.Process(target=producer, args=(q, 5))
        p.start()
        items = []
        while True:
            x = q.get()
            if x is None:
                break
            items.append(x)
        p.join()
        print('queue', items, q.qsize(), q.empty(), type(q).__name__)

        ns = manager.Namespace(total=1, names=['parent'])
        p = mp.Process(target=ns_worker, args=(ns,))
        p.start()
        p.join()
        print(ns, ns.total, ns.names, type(ns).__name__)
        try:
            ns.missing
        except AttributeError as e:
            print('AttributeError:', e)
        del ns.names
        print(ns)

        ev = manager.Event()
        q2 = manager.Queue()
        p = mp.Process(target=waiter, args=(ev, q2))
        p.start()
        time.sleep(0.1)
        print('event set?', ev.is_set())
        ev.set()
        print(q2.get(), ev.is_set(), ev.wait(1))
        p.join()

        cond = manager.Condition()
        cl = manager.list()
        p = mp.Process(target=cond_waiter, args=(cond, cl))
        p.start()
        time.sleep(0.1)
        with cond:
            cl.append('item')
            cond.notify_all()
        p.join()
        print('condition', list(cl), type(cond).__name__)

        try:
            d['nope']
        except KeyError as e:
            print('KeyError:', e)
        lst = manager.list([3, 1, 2])
        lst.sort()
        lst += [9]
        lst.extend([7])
        lst.append(0)
        lst.insert(0, -1)
        print(lst, lst[0], lst[-1], lst[1:3], len(lst), lst.index(9), lst.count(1), 2 in lst)
        print(lst.pop(), lst.pop(0), lst)
        lst.reverse()
        lst[0] = 'first'
        del lst[1]
        print(lst, [x for x in lst], lst + ['tail'], lst * 2)
        try:
            lst[10]
        except IndexError as e:
            print('IndexError:', e)
        try:
            lst.remove('absent')
        except ValueError as e:
            print('ValueError:', e)
        d.clear()
        d.update({'x': 1}, y=2)
        d['z'] = [1, 2]
        print(d, d.pop('x'), d.setdefault('w', 5), sorted(d.keys()), d.values(), d.items())
        print(dict(d), d.copy() == dict(d), type(d.copy()).__name__, sorted(d))
        print(d.popitem(), len(d))
        del d['y']
        print(d)
        d2 = manager.dict(a=1, b=2)
        print('kwargs dict', d2, manager.dict([('k', 'v')]), manager.list('abc'))

        nested = manager.dict()
        nested['inner'] = manager.list([1])
        nested['inner'].append(2)
        print('nested', nested['inner'], type(nested['inner']).__name__)

        arr = manager.Array('i', [1, 2, 3])
        arr[0] = 10
        print('array', arr, len(arr), arr[0], list(arr), type(arr).__name__)

        c = manager.Condition()
        print(c.acquire(), c.notify_all(), c.release())
        b = manager.Barrier(1)
        print('barrier', b.parties, b.wait(), b.broken, b.n_waiting)
        s = manager.Semaphore(2)
        print('semaphore', s.acquire(), s.acquire(), s.acquire(False), s.release())
        bs = manager.BoundedSemaphore(1)
        print('bounded', bs.acquire(), bs.release())
        rl = manager.RLock()
        print('rlock', rl.acquire(), rl.acquire(), rl.release(), rl.release())
        with rl:
            print('rlock with')
        print('lock timeout', lock.acquire(), lock.acquire(timeout=0.1), lock.release())
        jq = manager.JoinableQueue()
        jq.put(1)
        jq.get()
        jq.task_done()
        jq.join()
        print('joined')
        import queue
        try:
            q.get(timeout=0.1)
        except queue.Empty:
            print('queue.Empty')
        print(manager.list(), manager.dict(), manager.Value('d', 1.5), manager.Namespace())
        print('copy', sorted(l._getvalue()), type(l._getvalue()).__name__)

    m = MyManager()
    m.start()
    c = m.Counter(5)
    print('custom', c.inc(), c.inc(5), c.get(), type(c).__name__)
    ps = [mp.Process(target=use_counter, args=(c, 10)) for _ in range(3)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print('custom from processes', c.get())
    try:
        c.fail()
    except ValueError as e:
        print('ValueError:', e)
    print('hidden exposed?', hasattr(c, '_hidden'))
    pc = m.ProxiedCounter()
    print('proxytype', type(pc).__name__, pc.inc(3), pc.get(), hasattr(pc, 'fail'))
    m.shutdown()
    with MyManager() as m2:
        c2 = m2.Counter()
        print('context manager', c2.inc(2))
    print('done')
