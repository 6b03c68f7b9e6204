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
import time

from . import process
from .queues import SimpleQueue
from .connection import wait as _wait

__all__ = ['Pool', 'ThreadPool', 'AsyncResult', 'ApplyResult', 'MapResult', 'TimeoutError']

INIT, RUN, CLOSE, TERMINATE = 'INIT', 'RUN', 'CLOSE', 'TERMINATE'

job_counter = itertools.count()


from .context import TimeoutError


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


class RemoteTraceback(Exception):
    """The __cause__ of an exception re-raised from a worker: the worker's traceback as text."""

    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


class ExceptionWithTraceback:
    """Pickles as the exception, rebuilt in the parent with a RemoteTraceback cause."""

    def __init__(self, exc, tb):
        import traceback
        text = ''.join(traceback.format_exception(type(exc), exc, tb))
        self.exc = exc
        self.tb = '\n"""\n%s"""' % text

    def __reduce__(self):
        return rebuild_exc, (self.exc, self.tb)


def rebuild_exc(exc, tb):
    exc.__cause__ = RemoteTraceback(tb)
    return exc


def worker(inqueue, outqueue, initializer=None, initargs=(), maxtasks=None, wrap_exception=False):
    if (maxtasks is not None) and not (isinstance(maxtasks, int) and maxtasks >= 1):
        raise AssertionError("Maxtasks {!r} is not valid".format(maxtasks))
    if initializer is not None:
        initializer(*initargs)
    completed = 0
    while maxtasks is None or (maxtasks and completed < maxtasks):
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
            if wrap_exception and func is not _helper_reraises_exception:
                e = ExceptionWithTraceback(e, e.__traceback__)
            result = (False, e)
        try:
            outqueue.put((job, i, result))
        except Exception as e:
            wrapped = MaybeEncodingError(e, result[1])
            outqueue.put((job, i, (False, wrapped)))
        task = job = result = func = args = kwds = None
        completed += 1


def _helper_reraises_exception(ex):
    raise ex


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
    """Worker processes fed through a pipe by three handler threads, as in CPython:
    the worker handler replaces workers that exited (maxtasksperchild) and,
    once the pool is closed and its jobs are done, tells the task handler to
    stop; the task handler writes tasks to the workers; the result handler
    completes the results."""
    _wrap_exception = True

    @staticmethod
    def Process(ctx, *args, **kwds):
        return ctx.Process(*args, **kwds)

    def __init__(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None, context=None):
        self._pool = []
        self._state = INIT
        if context is None:
            from .context import _default_context
            context = _default_context.get_context()
        self._ctx = context
        self._taskqueue = queue.SimpleQueue()
        self._change_notifier = queue.SimpleQueue()
        self._cache = {}
        self._setup_queues()
        self._maxtasksperchild = maxtasksperchild
        self._initializer = initializer
        self._initargs = initargs
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
        try:
            self._repopulate_pool()
        except Exception:
            for p in self._pool:
                if p.exitcode is None:
                    p.terminate()
            for p in self._pool:
                p.join()
            raise
        self._worker_handler = threading.Thread(target=self._handle_workers, daemon=True)
        self._worker_handler._pool_state = RUN
        self._worker_handler.start()
        self._task_handler = threading.Thread(target=self._handle_tasks, daemon=True)
        self._task_handler._pool_state = RUN
        self._task_handler.start()
        self._result_handler = threading.Thread(target=self._handle_results, daemon=True)
        self._result_handler._pool_state = RUN
        self._result_handler.start()
        self._state = RUN
        # A pool still open at exit needs nothing more: its workers are daemonic
        # and get terminated then, so (as mostly happens in CPython) their
        # unflushed output is lost.

    def _setup_queues(self):
        self._inqueue = SimpleQueue()
        self._outqueue = SimpleQueue()

    def _repopulate_pool(self):
        for _ in range(self._processes - len(self._pool)):
            w = self.Process(self._ctx, target=worker,
                             args=(self._inqueue, self._outqueue, self._initializer, self._initargs,
                                   self._maxtasksperchild, self._wrap_exception))
            w.name = w.name.replace('Process', 'PoolWorker')
            w.daemon = True
            w.start()
            self._pool.append(w)

    def _join_exited_workers(self):
        cleaned = False
        for i in reversed(range(len(self._pool))):
            w = self._pool[i]
            if w.exitcode is not None:
                w.join()
                cleaned = True
                del self._pool[i]
        return cleaned

    def _maintain_pool(self):
        if self._join_exited_workers():
            self._repopulate_pool()

    def __repr__(self):
        state = {INIT: 'INIT', RUN: 'RUN', CLOSE: 'CLOSE', TERMINATE: 'TERMINATE'}[self._state]
        return (f'<{self.__class__.__module__}.{self.__class__.__qualname__} '
                f'state={state} pool_size={len(self._pool)}>')

    def _check_running(self):
        if self._state != RUN:
            raise ValueError("Pool not running")

    # ---------------------------------------------------------------- handlers
    def _wait_for_updates(self, timeout):
        # Wake on close()/terminate() (the change notifier) or after timeout.
        try:
            self._change_notifier.get(timeout=timeout)
        except queue.Empty:
            return
        while not self._change_notifier.empty():
            self._change_notifier.get()

    def _handle_workers(self):
        thread = threading.current_thread()
        while thread._pool_state == RUN or (self._cache and thread._pool_state != TERMINATE):
            self._maintain_pool()
            self._wait_for_updates(0.1 if self._maxtasksperchild is None else 0.02)
        self._taskqueue.put(None)

    def _handle_tasks(self):
        thread = threading.current_thread()
        put = self._inqueue.put
        cache = self._cache
        for taskseq, set_length in iter(self._taskqueue.get, None):
            task = None
            try:
                for task in taskseq:
                    if thread._pool_state != RUN:
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
                        idx = task[1] if task else -1
                        set_length(idx + 1)
                    continue
                break
            finally:
                task = taskseq = job = None
        try:
            # The result handler stops once the cache is empty; the workers on None.
            self._outqueue.put(None)
            for _ in self._pool:
                put(None)
        except OSError:
            pass

    def _handle_results(self):
        thread = threading.current_thread()
        get = self._outqueue.get
        cache = self._cache
        while True:
            try:
                task = get()
            except (OSError, EOFError):
                return
            if thread._pool_state != RUN:
                break
            if task is None:
                break
            job, i, obj = task
            result = cache.get(job)
            if result is not None:
                result._set(i, obj)
            task = job = obj = result = None
        while cache and thread._pool_state != TERMINATE:
            try:
                task = get()
            except (OSError, EOFError):
                return
            if task is None:
                continue
            job, i, obj = task
            result = cache.get(job)
            if result is not None:
                result._set(i, obj)
            task = job = obj = result = None

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
            self._worker_handler._pool_state = CLOSE
            self._change_notifier.put(None)

    def terminate(self):
        if self._state == TERMINATE or self._state == INIT:
            return
        self._state = TERMINATE
        self._worker_handler._pool_state = TERMINATE
        self._change_notifier.put(None)
        self._task_handler._pool_state = TERMINATE
        # The worker handler stops the task handler, which sends each worker None.
        self._worker_handler.join()
        self._task_handler.join(1.0)
        # Idle workers exit on that None (flushing their output), as they
        # usually manage to in CPython before the pool gets to terminate them.
        self._wait_workers(0.1)
        self._result_handler._pool_state = TERMINATE
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
        self._task_handler.join(1.0)
        for w in self._pool:
            w.join()

    def _wait_workers(self, timeout):
        sentinels = [w.sentinel for w in self._pool if isinstance(w, process.BaseProcess) and w.exitcode is None]
        deadline = time.monotonic() + timeout
        while sentinels:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return
            ready = _wait(sentinels, remaining)
            sentinels = [s for s in sentinels if s not in ready]

    def join(self):
        if self._state == RUN:
            raise ValueError("Pool is still running")
        elif self._state not in (CLOSE, TERMINATE):
            raise ValueError("In unknown state")
        self._worker_handler.join()
        self._task_handler.join()
        self._result_handler.join()
        for w in self._pool:
            w.join()

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.terminate()


class _ThreadWorker(threading.Thread):
    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}):
        threading.Thread.__init__(self, group, target, name, args, kwargs)

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
    """The Pool API over threads (multiprocessing.pool.ThreadPool / multiprocessing.dummy)."""
    _wrap_exception = False

    @staticmethod
    def Process(ctx, *args, **kwds):
        return _ThreadWorker(*args, **kwds)

    def __init__(self, processes=None, initializer=None, initargs=()):
        Pool.__init__(self, processes, initializer, initargs)

    def _setup_queues(self):
        self._inqueue = _ThreadQueue()
        self._outqueue = _ThreadQueue()
