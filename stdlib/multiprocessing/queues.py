"""multiprocessing.queues — Queue, JoinableQueue, SimpleQueue (written for minipy).

Owns: process-safe FIFO queues over a pipe. Like CPython's, Queue.put never
blocks on the pipe: objects are pickled at put() and a daemon feeder thread
writes them; the queue is flushed at process exit (process._exit_flushers)
so a child's last puts are not lost. Readers serialise on a shared lock;
qsize/full use a shared semaphore counting free slots.
"""

import os
import sys
import threading
import collections
import time
import pickle
from queue import Empty, Full

from . import connection
from . import process
from .synchronize import Lock, BoundedSemaphore, Semaphore, Condition, SEM_VALUE_MAX

__all__ = ['Queue', 'SimpleQueue', 'JoinableQueue']


class Queue:
    def __init__(self, maxsize=0, *, ctx=None):
        if maxsize <= 0:
            maxsize = SEM_VALUE_MAX
        self._maxsize = maxsize
        self._reader, self._writer = connection.Pipe(duplex=False)
        self._rlock = Lock()
        self._wlock = Lock()
        self._sem = BoundedSemaphore(maxsize)
        self._closed = False
        self._reset()

    def _reset(self):
        self._pid = os.getpid()
        self._notempty = threading.Condition(threading.Lock())
        self._buffer = collections.deque()
        self._thread = None
        self._joincancelled = False
        self._close_requested = False

    def _check_fork(self):
        if self._pid != os.getpid():
            self._reset()

    def put(self, obj, block=True, timeout=None):
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")
        self._check_fork()
        if not self._sem.acquire(block, timeout):
            raise Full
        try:
            data = pickle.dumps(obj)
        except BaseException:
            # The object never enters the queue: give its slot back.
            self._sem.release()
            raise
        with self._notempty:
            if self._thread is None:
                self._start_thread()
            self._buffer.append(data)
            self._notempty.notify()

    def get(self, block=True, timeout=None):
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")
        if block and timeout is None:
            with self._rlock:
                res = self._reader.recv_bytes()
            self._sem.release()
        else:
            if block:
                deadline = time.monotonic() + timeout
            if not self._rlock.acquire(block, timeout):
                raise Empty
            try:
                if block:
                    timeout = deadline - time.monotonic()
                    if not self._reader.poll(timeout):
                        raise Empty
                elif not self._reader.poll():
                    raise Empty
                res = self._reader.recv_bytes()
                self._sem.release()
            finally:
                self._rlock.release()
        return pickle.loads(res)

    def qsize(self):
        return self._maxsize - self._sem._semlock.get_value()

    def empty(self):
        return not self._reader.poll()

    def full(self):
        return self._sem._semlock.is_zero()

    def get_nowait(self):
        return self.get(False)

    def put_nowait(self, obj):
        return self.put(obj, False)

    def close(self):
        self._closed = True
        self._check_fork()
        with self._notempty:
            self._close_requested = True
            self._notempty.notify()
        if self._thread is None:
            self._close_writer()

    def _close_writer(self):
        try:
            self._writer.close()
        except OSError:
            pass

    def join_thread(self):
        assert self._closed, "Queue {0!r} not closed".format(self)
        t = self._thread
        if t is not None and not self._joincancelled:
            t.join()

    def cancel_join_thread(self):
        self._joincancelled = True

    def _start_thread(self):
        self._thread = threading.Thread(target=self._feed, name='QueueFeederThread', daemon=True)
        self._thread.start()
        process._exit_flushers.append(self._flush_at_exit)

    def _flush_at_exit(self):
        if self._pid != os.getpid() or self._joincancelled:
            return
        with self._notempty:
            self._close_requested = True
            self._notempty.notify()
        if self._thread is not None:
            self._thread.join()

    def _feed(self):
        buffer = self._buffer
        cond = self._notempty
        writer = self._writer
        wlock = self._wlock
        while True:
            with cond:
                while not buffer and not self._close_requested:
                    cond.wait()
                if buffer:
                    data = buffer.popleft()
                else:
                    data = None
            if data is None:
                self._close_writer() if self._closed else None
                return
            try:
                with wlock:
                    writer.send_bytes(data)
            except Exception:
                if self._closed or self._close_requested:
                    return
                import traceback
                traceback.print_exc()

    def __reduce__(self):
        raise RuntimeError("Queue objects should only be shared between processes through inheritance")

    def __repr__(self):
        return '<%s.%s object>' % (type(self).__module__, type(self).__qualname__)


class JoinableQueue(Queue):
    def __init__(self, maxsize=0, *, ctx=None):
        Queue.__init__(self, maxsize)
        self._unfinished_tasks = Semaphore(0)
        self._cond = Condition()

    def put(self, obj, block=True, timeout=None):
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")
        self._check_fork()
        if not self._sem.acquire(block, timeout):
            raise Full
        try:
            data = pickle.dumps(obj)
        except BaseException:
            # The object never enters the queue: give its slot back.
            self._sem.release()
            raise
        with self._notempty, self._cond:
            if self._thread is None:
                self._start_thread()
            self._buffer.append(data)
            self._unfinished_tasks.release()
            self._notempty.notify()

    def task_done(self):
        with self._cond:
            if not self._unfinished_tasks.acquire(False):
                raise ValueError('task_done() called too many times')
            if self._unfinished_tasks._semlock.is_zero():
                self._cond.notify_all()

    def join(self):
        with self._cond:
            if not self._unfinished_tasks._semlock.is_zero():
                self._cond.wait()


class SimpleQueue:
    def __init__(self, *, ctx=None):
        self._reader, self._writer = connection.Pipe(duplex=False)
        self._rlock = Lock()
        self._wlock = Lock()
        self._closed = False

    def close(self):
        self._reader.close()
        self._writer.close()
        self._closed = True

    def empty(self):
        return not self._reader.poll()

    def get(self):
        with self._rlock:
            res = self._reader.recv_bytes()
        return pickle.loads(res)

    def put(self, obj):
        obj = pickle.dumps(obj)
        with self._wlock:
            self._writer.send_bytes(obj)

    def __reduce__(self):
        raise RuntimeError("SimpleQueue objects should only be shared between processes through inheritance")
