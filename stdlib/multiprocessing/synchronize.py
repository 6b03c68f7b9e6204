"""multiprocessing.synchronize — locks shared between processes (written for minipy).

Owns: Lock, RLock, Semaphore, BoundedSemaphore, Condition, Event, Barrier.
Each is built on a process-shared POSIX semaphore (posix._mp_sem_*, in
MAP_SHARED memory from vm/fork.cpp), so it works across os.fork(); the
algorithms (Condition's sleeping/woken counts) follow CPython's.
"""

import os
import sys
import threading
import posix as _posix
import time as _time

__all__ = ['Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Condition', 'Event', 'Barrier']

SEM_VALUE_MAX = 2147483647
RECURSIVE_MUTEX, SEMAPHORE = 0, 1


class _SemLock:
    """One shared semaphore plus the per-process owner bookkeeping of RLock."""

    def __init__(self, kind, value, maxvalue):
        self.kind = kind
        self.maxvalue = maxvalue
        self.handle = _posix._mp_sem_new(value, maxvalue)
        self._owner = None
        self._count = 0

    def _me(self):
        return (os.getpid(), threading.get_ident())

    def acquire(self, block=True, timeout=None):
        if self.kind == RECURSIVE_MUTEX and self._count > 0 and self._owner == self._me():
            self._count += 1
            return True
        if not block:
            timeout = 0
        elif timeout is not None and timeout < 0:
            timeout = 0
        ok = _posix._mp_sem_acquire(self.handle, timeout)
        if ok:
            self._owner = self._me()
            self._count = 1 if self.kind == RECURSIVE_MUTEX else self._count + 1
        return ok

    def release(self):
        if self.kind == RECURSIVE_MUTEX:
            if not (self._count > 0 and self._owner == self._me()):
                raise AssertionError("attempt to release recursive lock not owned by thread")
            if self._count > 1:
                self._count -= 1
                return
            self._count = 0
            self._owner = None
            _posix._mp_sem_release(self.handle)
            return
        _posix._mp_sem_release(self.handle)
        self._count = max(self._count - 1, 0)
        if self._count == 0:
            self._owner = None

    def is_mine(self):
        return self._count > 0 and self._owner == self._me()

    def count(self):
        return self._count if self._owner == self._me() else 0

    def get_value(self):
        return _posix._mp_sem_value(self.handle)

    def is_zero(self):
        return self.get_value() == 0


class SemLock:
    def __init__(self, kind, value, maxvalue, *, ctx=None):
        self._semlock = _SemLock(kind, value, maxvalue)

    def acquire(self, block=True, timeout=None):
        return self._semlock.acquire(block, timeout)

    def release(self):
        self._semlock.release()

    def __enter__(self):
        return self._semlock.acquire()

    def __exit__(self, *args):
        return self._semlock.release()

    def __reduce__(self):
        raise RuntimeError("%s objects should only be shared between processes through inheritance"
                           % type(self).__name__)


class Semaphore(SemLock):
    def __init__(self, value=1, *, ctx=None):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        SemLock.__init__(self, SEMAPHORE, value, SEM_VALUE_MAX, ctx=ctx)

    def get_value(self):
        return self._semlock.get_value()

    def __repr__(self):
        try:
            value = self._semlock.get_value()
        except Exception:
            value = 'unknown'
        return '<%s(value=%s)>' % (self.__class__.__name__, value)


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1, *, ctx=None):
        SemLock.__init__(self, SEMAPHORE, value, value, ctx=ctx)

    def __repr__(self):
        try:
            value = self._semlock.get_value()
        except Exception:
            value = 'unknown'
        return '<%s(value=%s, maxvalue=%s)>' % (self.__class__.__name__, value, self._semlock.maxvalue)


def _owner_name():
    from . import process
    name = process.current_process().name
    if threading.current_thread().name != 'MainThread':
        name += '|' + threading.current_thread().name
    return name


class Lock(SemLock):
    def __init__(self, *, ctx=None):
        SemLock.__init__(self, SEMAPHORE, 1, 1, ctx=ctx)

    def __repr__(self):
        try:
            if self._semlock.is_mine():
                name = _owner_name()
            elif self._semlock.get_value() == 1:
                name = 'None'
            elif self._semlock._count > 0:
                name = 'SomeOtherThread'
            else:
                name = 'SomeOtherProcess'
        except Exception:
            name = 'unknown'
        return '<%s(owner=%s)>' % (self.__class__.__name__, name)


class RLock(SemLock):
    def __init__(self, *, ctx=None):
        SemLock.__init__(self, RECURSIVE_MUTEX, 1, 1, ctx=ctx)

    def __repr__(self):
        try:
            if self._semlock.is_mine():
                name = _owner_name()
                count = self._semlock.count()
            elif self._semlock.get_value() == 1:
                name, count = 'None', 0
            elif self._semlock._count > 0:
                name, count = 'SomeOtherThread', 'nonzero'
            else:
                name, count = 'SomeOtherProcess', 'nonzero'
        except Exception:
            name, count = 'unknown', 'unknown'
        return '<%s(%s, %s)>' % (self.__class__.__name__, name, count)


class Condition:
    def __init__(self, lock=None, *, ctx=None):
        self._lock = lock or RLock()
        self._sleeping_count = Semaphore(0)
        self._woken_count = Semaphore(0)
        self._wait_semaphore = Semaphore(0)
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        try:
            num_waiters = (self._sleeping_count._semlock.get_value() - self._woken_count._semlock.get_value())
        except Exception:
            num_waiters = 'unknown'
        return '<%s(%s, %s)>' % (self.__class__.__name__, self._lock, num_waiters)

    def wait(self, timeout=None):
        assert self._lock._semlock.is_mine(), 'must acquire() condition before using wait()'
        self._sleeping_count.release()
        count = self._lock._semlock.count()
        for i in range(count):
            self._lock.release()
        try:
            return self._wait_semaphore.acquire(True, timeout)
        finally:
            self._woken_count.release()
            for i in range(count):
                self._lock.acquire()

    def notify(self, n=1):
        assert self._lock._semlock.is_mine(), 'lock is not owned'
        assert not self._wait_semaphore.acquire(False)
        while self._woken_count.acquire(False):
            res = self._sleeping_count.acquire(False)
            assert res, 'notify: Bug in sleeping_count.acquire - res should not be False'
        sleepers = 0
        while sleepers < n and self._sleeping_count.acquire(False):
            self._wait_semaphore.release()
            sleepers += 1
        if sleepers:
            for i in range(sleepers):
                self._woken_count.acquire()
            while self._wait_semaphore.acquire(False):
                pass

    def notify_all(self):
        self.notify(n=sys.maxsize)

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        if result:
            return result
        if timeout is not None:
            endtime = _time.monotonic() + timeout
        else:
            endtime = None
            waittime = None
        while not result:
            if endtime is not None:
                waittime = endtime - _time.monotonic()
                if waittime <= 0:
                    break
            self.wait(waittime)
            result = predicate()
        return result


class Event:
    def __init__(self, *, ctx=None):
        self._cond = Condition(Lock())
        self._flag = Semaphore(0)

    def is_set(self):
        with self._cond:
            if self._flag.acquire(False):
                self._flag.release()
                return True
            return False

    def set(self):
        with self._cond:
            self._flag.acquire(False)
            self._flag.release()
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag.acquire(False)

    def wait(self, timeout=None):
        with self._cond:
            if self._flag.acquire(False):
                self._flag.release()
            else:
                self._cond.wait(timeout)
            if self._flag.acquire(False):
                self._flag.release()
                return True
            return False

    def __repr__(self):
        set_status = 'set' if self.is_set() else 'unset'
        return f"<{type(self).__qualname__} at {id(self):#x} {set_status}>"


class Barrier:
    """A barrier for `parties` processes; the state lives in shared memory."""

    def __init__(self, parties, action=None, timeout=None, *, ctx=None):
        from .sharedctypes import RawArray
        self._cond = Condition()
        self._array = RawArray('i', 2)   # [state, count]: state 0 filling, 1 draining, -1 resetting, -2 broken
        self._parties = parties
        self._action = action
        self._timeout = timeout

    _state = property(lambda self: self._array[0], lambda self, v: self._array.__setitem__(0, v))
    _count = property(lambda self: self._array[1], lambda self, v: self._array.__setitem__(1, v))

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            self._enter()
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._release()
                else:
                    self._wait(timeout)
                return index
            finally:
                self._count -= 1
                self._exit()

    def _enter(self):
        while self._state in (-1, 1):
            self._cond.wait()
        if self._state < 0:
            raise threading.BrokenBarrierError
        assert self._state == 0

    def _release(self):
        try:
            if self._action:
                self._action()
            self._state = 1
            self._cond.notify_all()
        except:
            self._break()
            raise

    def _wait(self, timeout):
        if not self._cond.wait_for(lambda: self._state != 0, timeout):
            self._break()
            raise threading.BrokenBarrierError
        if self._state < 0:
            raise threading.BrokenBarrierError
        assert self._state == 1

    def _exit(self):
        if self._count == 0:
            if self._state in (-1, 1):
                self._state = 0
                self._cond.notify_all()

    def reset(self):
        with self._cond:
            if self._count > 0:
                if self._state == 0:
                    self._state = -1
                elif self._state == -2:
                    self._state = -1
            else:
                self._state = 0
            self._cond.notify_all()

    def abort(self):
        with self._cond:
            self._break()

    def _break(self):
        self._state = -2
        self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        if self._state == 0:
            return self._count
        return 0

    @property
    def broken(self):
        return self._state == -2
