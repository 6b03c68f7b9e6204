"""concurrent.futures.process — ProcessPoolExecutor over forked worker processes.

Written for minipy after CPython 3.11's documented behaviour. Layout:
- the caller's thread puts work items in `pending_work_items` (work id ->
  _WorkItem) and their ids on `work_ids`, then wakes the manager thread;
- the executor manager thread (one per executor, started at the first
  submit) moves items to the call queue (a multiprocessing Queue of at most
  max_workers + 1 items, pickled at put: a pickling error fails that
  future), marking their futures running; it waits on the result pipe, the
  wake-up pipe and the workers' sentinels, completes futures from results,
  replaces workers that exited after max_tasks_per_child tasks, and marks
  the pool broken when a worker dies without answering;
- the workers (multiprocessing processes, forked) take _CallItems from the
  call queue and send _ResultItems back through a SimpleQueue. An exception
  raised by the callable travels pickled and is re-raised in the caller with
  a _RemoteTraceback (the worker's traceback as text) as its __cause__.
At interpreter exit the manager threads are woken and joined, so submitted
work finishes first (as in CPython). The manager thread holds the executor's
state, not the executor itself, so an executor that is dropped without
shutdown() keeps its workers until exit.
"""

import itertools
import os
import queue
import sys
import threading

from concurrent.futures import _base

# multiprocessing is imported when the first executor is made: importing
# concurrent.futures (asyncio does) stays cheap.
mp = None


def _import_mp():
    global mp
    if mp is None:
        import multiprocessing
        import multiprocessing.connection
        import multiprocessing.queues
        mp = multiprocessing
    return mp

__all__ = ['ProcessPoolExecutor', 'BrokenProcessPool']

# Call items queued ahead of the workers beyond one per worker.
EXTRA_QUEUED_CALLS = 1

_threads_wakeups = {}       # manager thread -> its _ThreadWakeup
_global_shutdown = False


class _ThreadWakeup:
    """A pipe whose readability wakes the manager thread."""

    def __init__(self):
        self._closed = False
        # At most one message waits in the pipe, so wakeup() never blocks on a full pipe.
        self._signalled = False
        self._reader, self._writer = _import_mp().Pipe(duplex=False)

    def close(self):
        if not self._closed:
            self._closed = True
            self._writer.close()
            self._reader.close()

    def wakeup(self):
        if not self._closed and not self._signalled:
            self._signalled = True
            self._writer.send_bytes(b"")

    def clear(self):
        if not self._closed:
            self._signalled = False
            while self._reader.poll():
                self._reader.recv_bytes()


def _python_exit():
    global _global_shutdown
    _global_shutdown = True
    items = list(_threads_wakeups.items())
    for _, thread_wakeup in items:
        thread_wakeup.wakeup()
    for t, _ in items:
        t.join()


threading._register_atexit(_python_exit)


class _RemoteTraceback(Exception):
    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


class _ExceptionWithTraceback:
    """Carries an exception raised in a worker, with its traceback as text."""

    def __init__(self, exc, tb):
        import traceback
        text = ''.join(traceback.format_exception(type(exc), exc, tb))
        self.exc = exc
        # The traceback object cannot be pickled; its text travels instead.
        self.exc.__traceback__ = None
        self.tb = '\n"""\n%s"""' % text

    def __reduce__(self):
        return _rebuild_exc, (self.exc, self.tb)


def _rebuild_exc(exc, tb):
    exc.__cause__ = _RemoteTraceback(tb)
    return exc


class _WorkItem(object):
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs


class _ResultItem(object):
    def __init__(self, work_id, exception=None, result=None, exit_pid=None):
        self.work_id = work_id
        self.exception = exception
        self.result = result
        self.exit_pid = exit_pid


class _CallItem(object):
    def __init__(self, work_id, fn, args, kwargs):
        self.work_id = work_id
        self.fn = fn
        self.args = args
        self.kwargs = kwargs


def _get_chunks(*iterables, chunksize):
    it = zip(*iterables)
    while True:
        chunk = tuple(itertools.islice(it, chunksize))
        if not chunk:
            return
        yield chunk


class _ChunkProcessor:
    """fn applied to a chunk of argument tuples (a picklable partial(_process_chunk, fn))."""

    def __init__(self, fn):
        self.fn = fn

    def __call__(self, chunk):
        fn = self.fn
        return [fn(*args) for args in chunk]


def _process_chunk(fn, chunk):
    return [fn(*args) for args in chunk]


def _chain_from_iterable_of_lists(iterable):
    for element in iterable:
        element.reverse()
        while element:
            yield element.pop()


def _sendback_result(result_queue, work_id, result=None, exception=None, exit_pid=None):
    # Call and result items travel as plain tuples (work_id, fn, args, kwargs)
    # and (work_id, exception, result, exit_pid): much cheaper to pickle than
    # the _CallItem/_ResultItem objects they stand for.
    try:
        result_queue.put((work_id, exception, result, exit_pid))
    except BaseException as e:
        exc = _ExceptionWithTraceback(e, e.__traceback__)
        result_queue.put((work_id, exc, None, exit_pid))


def _process_worker(call_queue, result_queue, initializer, initargs, max_tasks=None):
    """The body of a worker process: run call items until None arrives."""
    # The parent's executors are not this process's to shut down at exit.
    _threads_wakeups.clear()
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            _report('Exception in initializer:')
            # The manager thread sees this worker exit and marks the pool broken.
            return
    num_tasks = 0
    exit_pid = None
    while True:
        call_item = call_queue.get(block=True)
        if call_item is None:
            # Tell the manager thread this worker stops on purpose.
            result_queue.put(os.getpid())
            return
        if max_tasks is not None:
            num_tasks += 1
            if num_tasks >= max_tasks:
                exit_pid = os.getpid()
        work_id, fn, args, kwargs = call_item
        try:
            r = fn(*args, **kwargs)
        except BaseException as e:
            exc = _ExceptionWithTraceback(e, e.__traceback__)
            _sendback_result(result_queue, work_id, exception=exc, exit_pid=exit_pid)
        else:
            _sendback_result(result_queue, work_id, result=r, exit_pid=exit_pid)
            del r
        del fn, args, kwargs
        del call_item
        if exit_pid is not None:
            return


def _report(what):
    # CPython logs these through logging's last-resort handler (stderr).
    import traceback
    if sys.stderr is not None:
        exc = sys.exc_info()[1]
        sys.stderr.write(what + '\n')
        traceback.print_exception(type(exc), exc, exc.__traceback__, file=sys.stderr)
        sys.stderr.flush()


class BrokenProcessPool(_base.BrokenExecutor):
    """Raised when a process in a ProcessPoolExecutor terminated abruptly
    while a future was in the running state."""


class _ExecutorState:
    """What the executor shares with its manager thread."""

    def __init__(self, executor):
        self.max_workers = executor._max_workers
        self.mp_context = executor._mp_context
        self.initializer = executor._initializer
        self.initargs = executor._initargs
        self.max_tasks_per_child = executor._max_tasks_per_child
        self.processes = executor._processes
        self.pending_work_items = executor._pending_work_items
        self.work_ids = executor._work_ids
        self.call_queue = executor._call_queue
        self.result_queue = executor._result_queue
        self.shutdown_lock = executor._shutdown_lock
        self.thread_wakeup = executor._executor_manager_thread_wakeup
        self.idle_worker_semaphore = executor._idle_worker_semaphore
        self.executor = executor


class _ExecutorManagerThread(threading.Thread):
    def __init__(self, executor):
        self.state = _ExecutorState(executor)
        super().__init__()
        self.daemon = False

    # ------------------------------------------------------------ main loop
    def run(self):
        try:
            self._run()
        except BaseException as e:
            # A failure of this thread must not leave futures pending forever.
            import traceback
            self.terminate_broken(traceback.format_exception(type(e), e, e.__traceback__))

    def _run(self):
        st = self.state
        while True:
            self.add_call_item_to_queue()
            result_item, is_broken, cause = self.wait_result_broken_or_wakeup()
            if is_broken:
                self.terminate_broken(cause)
                return
            if result_item is not None:
                self.process_result_item(result_item)
                exit_pid = None if isinstance(result_item, int) else result_item[3]
                process_exited = exit_pid is not None
                if process_exited:
                    p = st.processes.pop(exit_pid)
                    p.join()
                del result_item
                executor = st.executor
                if executor is not None:
                    if process_exited:
                        with st.shutdown_lock:
                            executor._adjust_process_count()
                    else:
                        st.idle_worker_semaphore.release()
                executor = None
            if self.is_shutting_down():
                self.flag_executor_shutting_down()
                # Stop once the remaining work is done (or was cancelled).
                if not st.pending_work_items:
                    self.join_executor_internals()
                    return

    def add_call_item_to_queue(self):
        st = self.state
        while True:
            if st.call_queue.full():
                return
            try:
                work_id = st.work_ids.get(block=False)
            except queue.Empty:
                return
            work_item = st.pending_work_items.get(work_id)
            if work_item is None:
                continue
            if work_item.future.set_running_or_notify_cancel():
                try:
                    st.call_queue.put((work_id, work_item.fn, work_item.args, work_item.kwargs), block=True)
                except BaseException as e:
                    # CPython's feeder thread reports a pickling error the same way.
                    import traceback
                    tb = traceback.format_exception(type(e), e, e.__traceback__)
                    e.__cause__ = _RemoteTraceback('\n"""\n{}"""'.format(''.join(tb)))
                    del st.pending_work_items[work_id]
                    work_item.future.set_exception(e)
                    del work_item
            else:
                del st.pending_work_items[work_id]

    def wait_result_broken_or_wakeup(self):
        st = self.state
        result_reader = st.result_queue._reader
        wakeup_reader = st.thread_wakeup._reader
        readers = [result_reader, wakeup_reader]
        worker_sentinels = [p.sentinel for p in list(st.processes.values())]
        ready = mp.connection.wait(readers + worker_sentinels)
        cause = None
        is_broken = True
        result_item = None
        if result_reader in ready:
            try:
                result_item = st.result_queue.get()
                is_broken = False
            except BaseException as e:
                import traceback
                cause = traceback.format_exception(type(e), e, e.__traceback__)
        elif wakeup_reader in ready:
            is_broken = False
        with st.shutdown_lock:
            st.thread_wakeup.clear()
        return result_item, is_broken, cause

    def process_result_item(self, result_item):
        st = self.state
        if isinstance(result_item, int):
            # A worker stopped on purpose (shutdown): its pid.
            p = st.processes.pop(result_item, None)
            if p is not None:
                p.join()
            return
        work_id, exception, result, _ = result_item
        work_item = st.pending_work_items.pop(work_id, None)
        if work_item is not None:
            if exception is not None:
                work_item.future.set_exception(exception)
            else:
                work_item.future.set_result(result)

    def is_shutting_down(self):
        executor = self.state.executor
        return _global_shutdown or executor is None or executor._shutdown_thread

    def terminate_broken(self, cause):
        st = self.state
        executor = st.executor
        if executor is not None:
            executor._broken = ('A child process terminated abruptly, the process pool is not usable anymore')
            executor._shutdown_thread = True
        bpe = BrokenProcessPool("A process in the process pool was terminated abruptly while the future was "
                                "running or pending.")
        if cause is not None:
            bpe.__cause__ = _RemoteTraceback("\n'''\n%s'''" % ''.join(cause))
        for work_id, work_item in st.pending_work_items.items():
            try:
                work_item.future.set_exception(bpe)
            except _base.InvalidStateError:
                pass
            del work_item
        st.pending_work_items.clear()
        for p in st.processes.values():
            p.terminate()
        self.join_executor_internals()

    def flag_executor_shutting_down(self):
        st = self.state
        executor = st.executor
        if executor is not None:
            executor._shutdown_thread = True
            if executor._cancel_pending_futures:
                # Items already sent to the workers cannot be cancelled.
                still_pending = {}
                for work_id, work_item in st.pending_work_items.items():
                    if not work_item.future.cancel():
                        still_pending[work_id] = work_item
                st.pending_work_items.clear()
                st.pending_work_items.update(still_pending)
                while True:
                    try:
                        st.work_ids.get_nowait()
                    except queue.Empty:
                        break
                executor._cancel_pending_futures = False

    def join_executor_internals(self):
        st = self.state
        # One None per live worker; queue space may run out if workers died.
        n_sent = 0
        n_alive = sum(p.is_alive() for p in list(st.processes.values()))
        while n_sent < n_alive:
            try:
                st.call_queue.put_nowait(None)
                n_sent += 1
            except queue.Full:
                break
            except BaseException:
                break
        with st.shutdown_lock:
            st.thread_wakeup.close()
        st.call_queue.close()
        st.call_queue.join_thread()
        for p in list(st.processes.values()):
            p.join()
        st.processes.clear()
        st.result_queue.close()
        _threads_wakeups.pop(self, None)
        st.executor = None


def _check_system_limits():
    # Process-shared semaphores are always available in minipy (vm/fork.cpp).
    return


class ProcessPoolExecutor(_base.Executor):
    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(), *,
                 max_tasks_per_child=None):
        _check_system_limits()
        _import_mp()
        if max_workers is None:
            self._max_workers = os.cpu_count() or 1
        else:
            if max_workers <= 0:
                raise ValueError("max_workers must be greater than 0")
            self._max_workers = max_workers
        if mp_context is None:
            if max_tasks_per_child is not None:
                mp_context = mp.get_context("spawn")
            else:
                mp_context = mp.get_context()
        self._mp_context = mp_context
        # Workers can be forked on demand only when the start method is not
        # fork (CPython's rule; minipy's spawn context forks too, but keeps it).
        self._safe_to_dynamically_spawn_children = self._mp_context.get_start_method(allow_none=False) != "fork"
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._initializer = initializer
        self._initargs = initargs
        if max_tasks_per_child is not None:
            if not isinstance(max_tasks_per_child, int):
                raise TypeError("max_tasks_per_child must be an integer")
            elif max_tasks_per_child <= 0:
                raise ValueError("max_tasks_per_child must be >= 1")
            if self._mp_context.get_start_method(allow_none=False) == "fork":
                raise ValueError("max_tasks_per_child is incompatible with the 'fork' multiprocessing "
                                 "start method; supply a different mp_context.")
        self._max_tasks_per_child = max_tasks_per_child
        self._executor_manager_thread = None
        self._processes = {}
        self._shutdown_thread = False
        self._shutdown_lock = threading.Lock()
        self._idle_worker_semaphore = threading.Semaphore(0)
        self._broken = False
        self._queue_count = 0
        self._pending_work_items = {}
        self._cancel_pending_futures = False
        self._executor_manager_thread_wakeup = _ThreadWakeup()
        queue_size = self._max_workers + EXTRA_QUEUED_CALLS
        self._call_queue = mp.queues.Queue(queue_size)
        # Workers write results themselves; the queue is read by the manager thread.
        self._result_queue = mp.queues.SimpleQueue()
        self._work_ids = queue.Queue()

    def _start_executor_manager_thread(self):
        if self._executor_manager_thread is None:
            if not self._safe_to_dynamically_spawn_children:
                self._launch_processes()
            self._executor_manager_thread = _ExecutorManagerThread(self)
            self._executor_manager_thread.start()
            _threads_wakeups[self._executor_manager_thread] = self._executor_manager_thread_wakeup

    def _adjust_process_count(self):
        if self._idle_worker_semaphore.acquire(blocking=False):
            return
        process_count = len(self._processes)
        if process_count < self._max_workers:
            self._spawn_process()

    def _launch_processes(self):
        assert not self._executor_manager_thread, ('Processes cannot be fork()ed after the thread has started, '
                                                   'deadlock in the child processes could result.')
        for _ in range(len(self._processes), self._max_workers):
            self._spawn_process()

    def _spawn_process(self):
        p = self._mp_context.Process(target=_process_worker,
                                     args=(self._call_queue, self._result_queue, self._initializer,
                                           self._initargs, self._max_tasks_per_child))
        p.start()
        self._processes[p.pid] = p

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock:
            if self._broken:
                raise BrokenProcessPool(self._broken)
            if self._shutdown_thread:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _global_shutdown:
                raise RuntimeError('cannot schedule new futures after interpreter shutdown')
            f = _base.Future()
            w = _WorkItem(f, fn, args, kwargs)
            self._pending_work_items[self._queue_count] = w
            self._work_ids.put(self._queue_count)
            self._queue_count += 1
            self._executor_manager_thread_wakeup.wakeup()
            if self._safe_to_dynamically_spawn_children:
                self._adjust_process_count()
            self._start_executor_manager_thread()
            return f
    submit.__doc__ = _base.Executor.submit.__doc__

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables), the calls made in the worker processes,
        chunksize argument tuples at a time."""
        if chunksize < 1:
            raise ValueError("chunksize must be >= 1.")
        results = super().map(_ChunkProcessor(fn), _get_chunks(*iterables, chunksize=chunksize),
                              timeout=timeout)
        return _chain_from_iterable_of_lists(results)

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._cancel_pending_futures = cancel_futures
            self._shutdown_thread = True
            if self._executor_manager_thread_wakeup is not None:
                self._executor_manager_thread_wakeup.wakeup()
        if self._executor_manager_thread is not None and wait:
            self._executor_manager_thread.join()
        self._executor_manager_thread = None
        self._call_queue = None
        if self._result_queue is not None and wait:
            self._result_queue.close()
        self._result_queue = None
        self._processes = None
        self._executor_manager_thread_wakeup = None
    shutdown.__doc__ = _base.Executor.shutdown.__doc__
