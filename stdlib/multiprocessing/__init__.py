"""multiprocessing — process-based parallelism with the fork start method (written for minipy).

Owns: the package's public API (what CPython's default context exports).
Processes are started with os.fork (the only start method); see process.py,
connection.py, synchronize.py, queues.py, sharedctypes.py and pool.py.
Manager() is not implemented (raises NotImplementedError).
"""

import os
import sys

from . import process
from .process import Process, current_process, active_children, parent_process

__all__ = ['Array', 'AuthenticationError', 'Barrier', 'BoundedSemaphore', 'BufferTooShort', 'Condition',
           'Event', 'JoinableQueue', 'Lock', 'Manager', 'Pipe', 'Pool', 'Process', 'ProcessError', 'Queue',
           'RLock', 'RawArray', 'RawValue', 'Semaphore', 'SimpleQueue', 'TimeoutError', 'Value',
           'active_children', 'allow_connection_pickling', 'cpu_count', 'current_process', 'freeze_support',
           'get_all_start_methods', 'get_context', 'get_logger', 'get_start_method', 'log_to_stderr',
           'parent_process', 'reducer', 'set_executable', 'set_forkserver_preload', 'set_start_method']


class ProcessError(Exception):
    pass


class BufferTooShort(ProcessError):
    pass


class TimeoutError(ProcessError):
    pass


class AuthenticationError(ProcessError):
    pass


for _cls in (ProcessError, BufferTooShort, TimeoutError, AuthenticationError):
    _cls.__module__ = 'multiprocessing.context'
del _cls

from . import pool as _pool_module
_pool_module.TimeoutError = TimeoutError


def cpu_count():
    num = os.cpu_count()
    if num is None:
        raise NotImplementedError('cannot determine number of cpus')
    return num


def Pipe(duplex=True):
    from .connection import Pipe
    return Pipe(duplex)


def Lock():
    from .synchronize import Lock
    return Lock()


def RLock():
    from .synchronize import RLock
    return RLock()


def Condition(lock=None):
    from .synchronize import Condition
    return Condition(lock)


def Semaphore(value=1):
    from .synchronize import Semaphore
    return Semaphore(value)


def BoundedSemaphore(value=1):
    from .synchronize import BoundedSemaphore
    return BoundedSemaphore(value)


def Event():
    from .synchronize import Event
    return Event()


def Barrier(parties, action=None, timeout=None):
    from .synchronize import Barrier
    return Barrier(parties, action, timeout)


def Queue(maxsize=0):
    from .queues import Queue
    return Queue(maxsize)


def JoinableQueue(maxsize=0):
    from .queues import JoinableQueue
    return JoinableQueue(maxsize)


def SimpleQueue():
    from .queues import SimpleQueue
    return SimpleQueue()


def Pool(processes=None, initializer=None, initargs=(), maxtasksperchild=None):
    from .pool import Pool
    return Pool(processes, initializer, initargs, maxtasksperchild)


def RawValue(typecode_or_type, *args):
    from .sharedctypes import RawValue
    return RawValue(typecode_or_type, *args)


def RawArray(typecode_or_type, size_or_initializer):
    from .sharedctypes import RawArray
    return RawArray(typecode_or_type, size_or_initializer)


def Value(typecode_or_type, *args, lock=True):
    from .sharedctypes import Value
    return Value(typecode_or_type, *args, lock=lock)


def Array(typecode_or_type, size_or_initializer, *, lock=True):
    from .sharedctypes import Array
    return Array(typecode_or_type, size_or_initializer, lock=lock)


def Manager():
    raise NotImplementedError("multiprocessing.Manager() is not supported by minipy")


def freeze_support():
    pass


def get_logger():
    import logging
    return logging.getLogger('multiprocessing')


def log_to_stderr(level=None):
    raise NotImplementedError("multiprocessing.log_to_stderr() is not supported by minipy")


def allow_connection_pickling():
    pass


def set_executable(executable):
    pass


def set_forkserver_preload(module_names):
    pass


def get_all_start_methods():
    return ['fork']


def get_start_method(allow_none=False):
    return 'fork'


def set_start_method(method, force=False):
    if method not in ('fork', None):
        raise ValueError('cannot find context for %r' % method)


reducer = None


class _ForkContext:
    """get_context('fork'): the same API as the module."""
    _name = 'fork'

    def get_start_method(self, allow_none=False):
        return 'fork'

    def get_context(self, method=None):
        return get_context(method)

    def __getattr__(self, name):
        return getattr(sys.modules[__name__], name)


_fork_context = _ForkContext()


def get_context(method=None):
    if method not in (None, 'fork'):
        if method in ('spawn', 'forkserver'):
            raise ValueError('cannot find context for %r (minipy supports only fork)' % method)
        raise ValueError('cannot find context for %r' % method)
    return _fork_context


context = _fork_context
