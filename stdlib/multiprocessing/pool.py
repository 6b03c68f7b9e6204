"""multiprocessing.pool — Pool of forked worker processes (written for minipy).

Owns: Pool (apply, apply_async, map, map_async, starmap, starmap_async,
imap, imap_unordered, close, join, terminate, context manager), AsyncResult
(ApplyResult/MapResult), the IMap iterators, and ThreadPool. Tasks travel
to the workers through a SimpleQueue (pickled), results come back through
another; a task-handler thread feeds the workers and a result-handler thread
completes the results, as in CPython.
"""

import os
import sys
import queue
import threading
import itertools
import collections

from . import process
from .queues import SimpleQueue

__all__ = ['Pool', 'ThreadPool', 'AsyncResult', 'ApplyResult', 'MapResult', 'TimeoutError']

RUN, CLOSE, TERMINATE = 0, 1, 2

job_counter = itertools.count()


class TimeoutError(Exception):
    pass


TimeoutError.__module__ = 'multiprocessing.context'


class MaybeEncodingError(Exception):
    def __init__(self, exc, value):
        self.exc = repr(exc)
        self.value = repr(value)
        super().__init__(self.exc, self.value)

    def __str__(self):
        return "Error sending result: '%s'. Reason: '%s'" % (self.value, self.exc)

    def __repr__(self):
        return "<%s: %s>" % (self.__class__.__name__, self)


def mapstar(args):
    return list(map(*args))


def starmapstar(args):
    return list(itertools.starmap(args[0], args[1]))


def worker(inqueue, outqueue, initializer=None, initargs=(), maxtasks=None):
    if initializer is not None:
        initializer(*initargs)
    completed = 0
    while maxtasks is None or completed < maxtasks:
        try:
            task = inqueue.get()
        except (EOFError, OSError):
            break
        if task is None:
            break
        job, i, func, args, kwds = task
        try:
            result = (True, func(*args, **kwds))
        except Exception as e:
            result = (False, e)
        try:
            outqueue.put((job, i, result))
        except Exception as e:
            wrapped = MaybeEncodingError(e, result[1])
            outqueue.put((job, i, (False, wrapped)))
        task = job = result = func = args = kwds = None
        completed += 1


class ApplyResult:
    def __init__(self, pool, callback, error_callback):
        self._pool = pool
        self._event = threading.Event()
        self._job = next(job_counter)
        self._cache = pool._cache
        self._callback = callback
        self._error_callback = error_callback
        self._cache[self._job] = self

    def ready(self):
        return self._event.is_set()

    def successful(self):
        if not self.ready():
            raise ValueError("{0!r} not ready".format(self))
        return self._success

    def wait(self, timeout=None):
        self._event.wait(timeout)

    def get(self, timeout=None):
        self.wait(timeout)
        if not self.ready():
            raise TimeoutError
        if self._success:
            return self._value
        raise self._value

    def _set(self, i, obj):
        self._success, self._value = obj
        if self._callback and self._success:
            self._callback(self._value)
        if self._error_callback and not self._success:
            self._error_callback(self._value)
        self._event.set()
        self._cache.pop(self._job, None)
        self._pool = None


AsyncResult = ApplyResult


class MapResult(ApplyResult):
    def __init__(self, pool, chunksize, length, callback, error_callback):
        ApplyResult.__init__(self, pool, callback, error_callback=error_callback)
        self._success = True
        self._value = [None] * length
        self._chunksize = chunksize
        if chunksize <= 0:
            self._number_left = 0
            self._event.set()
            self._cache.pop(self._job, None)
        else:
            self._number_left = length // chunksize + bool(length % chunksize)

    def _set(self, i, success_result):
        self._number_left -= 1
        success, result = success_result
        if success and self._success:
            self._value[i * self._chunksize:(i + 1) * self._chunksize] = result
            if self._number_left == 0:
                if self._callback:
                    self._callback(self._value)
                self._cache.pop(self._job, None)
                self._event.set()
                self._pool = None
        else:
            if not success and self._success:
                self._success = False
                self._value = result
            if self._number_left == 0:
                if self._error_callback:
                    self._error_callback(self._value)
                self._cache.pop(self._job, None)
                self._event.set()
                self._pool = None


class IMapIterator:
    def __init__(self, pool):
        self._pool = pool
        self._cond = threading.Condition(threading.Lock())
        self._job = next(job_counter)
        self._cache = pool._cache
        self._items = collections.deque()
        self._index = 0
        self._length = None
        self._unsorted = {}
        self._cache[self._job] = self

    def __iter__(self):
        return self

    def next(self, timeout=None):
        with self._cond:
            try:
                item = self._items.popleft()
            except IndexError:
                if self._index == self._length:
                    self._pool = None
                    raise StopIteration from None
                self._cond.wait(timeout)
                try:
                    item = self._items.popleft()
                except IndexError:
                    if self._index == self._length:
                        self._pool = None
                        raise StopIteration from None
                    raise TimeoutError from None
        success, value = item
        if success:
            return value
        raise value

    __next__ = next

    def _set(self, i, obj):
        with self._cond:
            if self._index == i:
                self._items.append(obj)
                self._index += 1
                while self._index in self._unsorted:
                    obj = self._unsorted.pop(self._index)
                    self._items.append(obj)
                    self._index += 1
                self._cond.notify()
            else:
                self._unsorted[i] = obj
            if self._index == self._length:
                self._cache.pop(self._job, None)
                self._pool = None

    def _set_length(self, length):
        with self._cond:
            self._length = length
            if self._index == self._length:
                self._cond.notify()
                self._cache.pop(self._job, None)
                self._pool = None


class IMapUnorderedIterator(IMapIterator):
    def _set(self, i, obj):
        with self._cond:
            self._items.append(obj)
            self._index += 1
            self._cond.notify()
            if self._index == self._length:
                self._cache.pop(self._job, None)
                self._pool = None


def _flatten(it):
    for chunk in it:
        success, value = chunk
        if not success:
            raise value
        yield from value


class _ChunkedIMap:
    """imap/imap_unordered with chunksize > 1: each result is a list to flatten."""

    def __init__(self, inner):
        self._inner = inner
        self._pending = collections.deque()

    def __iter__(self):
        return self

    def __next__(self):
        while not self._pending:
            self._pending.extend(next(self._inner))
        return self._pending.popleft()

    next = __next__


class Pool:
    _wrap_exception = True

    @staticmethod
    def Process(*args, **kwds):
        return process.Process(*args, **kwds)

    def __init__(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None, context=None):
        self._pool = []
        self._state = RUN
        self._cache = {}
        self._taskqueue = queue.SimpleQueue() if hasattr(queue, 'SimpleQueue') else queue.Queue()
        self._setup_queues()
        if processes is None:
            processes = os.cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if maxtasksperchild is not None:
            if not isinstance(maxtasksperchild, int) or maxtasksperchild <= 0:
                raise ValueError("maxtasksperchild must be a positive int or None")
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        self._processes = processes
        self._initializer = initializer
        self._initargs = initargs
        self._maxtasksperchild = maxtasksperchild
        for _ in range(processes):
            self._start_worker()
        self._task_handler = threading.Thread(target=self._handle_tasks, daemon=True)
        self._task_handler.start()
        self._result_handler = threading.Thread(target=self._handle_results, daemon=True)
        self._result_handler.start()

    def _setup_queues(self):
        self._inqueue = SimpleQueue()
        self._outqueue = SimpleQueue()

    def _start_worker(self):
        # maxtasksperchild is accepted but workers are not replaced, so they
        # keep running (a worker that exited would strand the remaining tasks).
        w = self.Process(target=worker, args=(self._inqueue, self._outqueue, self._initializer, self._initargs,
                                              None))
        w.name = w.name.replace('Process', 'ForkPoolWorker')
        w.daemon = True
        w.start()
        self._pool.append(w)

    def __repr__(self):
        state = {RUN: 'RUN', CLOSE: 'CLOSE', TERMINATE: 'TERMINATE'}[self._state]
        return (f'<{self.__class__.__module__}.{self.__class__.__qualname__} '
                f'state={state} pool_size={len(self._pool)}>')

    def _check_running(self):
        if self._state != RUN:
            raise ValueError("Pool not running")

    # ---------------------------------------------------------------- handlers
    def _handle_tasks(self):
        put = self._inqueue.put
        cache = self._cache
        for taskseq, set_length in iter(self._taskqueue.get, None):
            n = -1
            try:
                for n, task in enumerate(taskseq):
                    if self._state == TERMINATE:
                        break
                    try:
                        put(task)
                    except Exception as e:
                        job, idx = task[:2]
                        result = cache.get(job)
                        if result is not None:
                            result._set(idx, (False, e))
                else:
                    if set_length:
                        set_length(n + 1)
                    continue
                break
            except Exception as e:
                job = getattr(taskseq, '_job', None)
                continue
        if self._state != TERMINATE:
            for _ in self._pool:
                try:
                    put(None)
                except OSError:
                    break

    def _handle_results(self):
        get = self._outqueue.get
        cache = self._cache
        while True:
            try:
                task = get()
            except (OSError, EOFError):
                return
            if task is None:
                if self._state == TERMINATE or not cache:
                    return
                continue
            job, i, obj = task
            result = cache.get(job)
            if result is not None:
                try:
                    result._set(i, obj)
                except Exception:
                    import traceback
                    traceback.print_exc()

    # ---------------------------------------------------------------- API
    def apply(self, func, args=(), kwds={}):
        return self.apply_async(func, args, kwds).get()

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        self._check_running()
        result = ApplyResult(self, callback, error_callback)
        self._taskqueue.put(([(result._job, 0, func, tuple(args), dict(kwds))], None))
        return result

    def map(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, mapstar, chunksize).get()

    def starmap(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, starmapstar, chunksize).get()

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, mapstar, chunksize, callback, error_callback)

    def starmap_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, starmapstar, chunksize, callback, error_callback)

    @staticmethod
    def _get_tasks(func, it, size):
        it = iter(it)
        while True:
            x = tuple(itertools.islice(it, size))
            if not x:
                return
            yield (func, x)

    def _map_async(self, func, iterable, mapper, chunksize=None, callback=None, error_callback=None):
        self._check_running()
        if not hasattr(iterable, '__len__'):
            iterable = list(iterable)
        if chunksize is None:
            chunksize, extra = divmod(len(iterable), len(self._pool) * 4)
            if extra:
                chunksize += 1
        if len(iterable) == 0:
            chunksize = 0
        task_batches = Pool._get_tasks(func, iterable, chunksize)
        result = MapResult(self, chunksize, len(iterable), callback, error_callback=error_callback)
        tasks = ((result._job, i, mapper, (x,), {}) for i, x in enumerate(task_batches))
        self._taskqueue.put((tasks, None))
        return result

    def imap(self, func, iterable, chunksize=1):
        self._check_running()
        if chunksize == 1:
            result = IMapIterator(self)
            self._taskqueue.put((((result._job, i, func, (x,), {}) for i, x in enumerate(iterable)),
                                 result._set_length))
            return result
        if chunksize < 1:
            raise ValueError("Chunksize must be 1+, not {0:n}".format(chunksize))
        task_batches = Pool._get_tasks(func, iterable, chunksize)
        result = IMapIterator(self)
        self._taskqueue.put((((result._job, i, mapstar, (x,), {}) for i, x in enumerate(task_batches)),
                             result._set_length))
        return _ChunkedIMap(result)

    def imap_unordered(self, func, iterable, chunksize=1):
        self._check_running()
        if chunksize == 1:
            result = IMapUnorderedIterator(self)
            self._taskqueue.put((((result._job, i, func, (x,), {}) for i, x in enumerate(iterable)),
                                 result._set_length))
            return result
        if chunksize < 1:
            raise ValueError("Chunksize must be 1+, not {0!r}".format(chunksize))
        task_batches = Pool._get_tasks(func, iterable, chunksize)
        result = IMapUnorderedIterator(self)
        self._taskqueue.put((((result._job, i, mapstar, (x,), {}) for i, x in enumerate(task_batches)),
                             result._set_length))
        return _ChunkedIMap(result)

    def close(self):
        if self._state == RUN:
            self._state = CLOSE
            self._taskqueue.put(None)

    def terminate(self):
        if self._state == TERMINATE:
            return
        self._state = TERMINATE
        self._taskqueue.put(None)
        # Stop the result handler before killing the workers: a worker killed
        # between writing a result and releasing the queue's write lock would
        # leave the lock taken for good.
        try:
            self._outqueue.put(None)
        except OSError:
            pass
        self._result_handler.join(1.0)
        for w in self._pool:
            if w.exitcode is None:
                w.terminate()
        for w in self._pool:
            w.join()

    def join(self):
        if self._state == RUN:
            raise ValueError("Pool is still running")
        elif self._state not in (CLOSE, TERMINATE):
            raise ValueError("In unknown state")
        self._task_handler.join()
        for w in self._pool:
            w.join()
        if self._state != TERMINATE:
            self._outqueue.put(None)
        self._result_handler.join()

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.terminate()


class _ThreadWorker(threading.Thread):
    def __init__(self, target=None, args=(), **kw):
        threading.Thread.__init__(self, target=target, args=args, daemon=True)

    def terminate(self):
        pass

    @property
    def exitcode(self):
        return None if self.is_alive() else 0


class _ThreadQueue:
    def __init__(self):
        self._q = queue.Queue()
        self.put = self._q.put
        self.get = self._q.get


class ThreadPool(Pool):
    @staticmethod
    def Process(*args, **kwds):
        t = _ThreadWorker(*args, **kwds)
        return t

    def __init__(self, processes=None, initializer=None, initargs=()):
        Pool.__init__(self, processes, initializer, initargs)

    def _setup_queues(self):
        self._inqueue = _ThreadQueue()
        self._outqueue = _ThreadQueue()

    def _start_worker(self):
        w = _ThreadWorker(target=worker, args=(self._inqueue, self._outqueue, self._initializer, self._initargs,
                                               self._maxtasksperchild))
        w.name = 'Thread-%d' % (len(self._pool) + 1)
        w.start()
        self._pool.append(w)
