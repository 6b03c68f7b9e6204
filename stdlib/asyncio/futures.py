"""asyncio.futures — Future: a result that arrives later, with done-callbacks.

Callbacks never run inline: completing a future schedules each callback with
loop.call_soon(cb, fut), which is what gives asyncio its deterministic order.
`await fut` yields the future itself to the driving Task (with
_asyncio_future_blocking set), which then waits on it.

As in CPython, `Future` is the native one from _asyncio
(stdlib/_asyncio_future.cpp) when it imports; the Python class stays as _PyFuture.
"""

__all__ = ('Future', 'wrap_future', 'isfuture')

import sys

from . import exceptions
from . import events
from . import format_helpers

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'

_get_event_loop = events._get_event_loop


def isfuture(obj):
    """True for asyncio Futures (and duck-typed compatible objects)."""
    return (hasattr(obj.__class__, '_asyncio_future_blocking') and
            obj._asyncio_future_blocking is not None)


def _format_callbacks(cb):
    size = len(cb)
    if not size:
        cb = ''

    def format_cb(callback):
        return events._format_callback_source(callback, ())

    if size == 1:
        cb = format_cb(cb[0][0])
    elif size == 2:
        cb = '{}, {}'.format(format_cb(cb[0][0]), format_cb(cb[1][0]))
    elif size > 2:
        cb = '{}, <{} more>, {}'.format(format_cb(cb[0][0]), size - 2, format_cb(cb[-1][0]))
    return f'cb=[{cb}]'


def _future_repr_info(future):
    info = [future._state.lower()]
    if future._state == _FINISHED:
        if future._exception is not None:
            info.append(f'exception={future._exception!r}')
        else:
            # reprlib keeps long results short, as CPython does.
            import reprlib
            info.append(f'result={reprlib.repr(future._result)}')
    if future._callbacks:
        info.append(_format_callbacks(future._callbacks))
    if future._source_traceback:
        frame = future._source_traceback[-1]
        info.append(f'created at {frame[0]}:{frame[1]}')
    return info


class Future:
    """An asyncio Future (not thread-safe)."""

    _state = _PENDING
    _result = None
    _exception = None
    _loop = None
    _source_traceback = None
    _cancel_message = None
    _cancelled_exc = None

    # True while a Task is suspended on this future via `await` (the protocol
    # between Future.__await__ and Task.__step); None means "not a future".
    _asyncio_future_blocking = False

    _log_traceback = False

    def __init__(self, *, loop=None):
        if loop is None:
            self._loop = _get_event_loop()
        else:
            self._loop = loop
        self._callbacks = []
        if self._loop.get_debug():
            self._source_traceback = format_helpers.extract_stack(
                sys._getframe(1))

    def __repr__(self):
        return '<{} {}>'.format(self.__class__.__name__, ' '.join(self._repr_info()))

    def _repr_info(self):
        return _future_repr_info(self)

    def __del__(self):
        if not self._log_traceback:
            return
        exc = self._exception
        context = {
            'message': f'{self.__class__.__name__} exception was never retrieved',
            'exception': exc,
            'future': self,
        }
        if self._source_traceback:
            context['source_traceback'] = self._source_traceback
        self._loop.call_exception_handler(context)

    def get_loop(self):
        loop = self._loop
        if loop is None:
            raise RuntimeError("Future object is not initialized.")
        return loop

    def _make_cancelled_error(self):
        if self._cancelled_exc is not None:
            exc = self._cancelled_exc
            self._cancelled_exc = None
            return exc
        if self._cancel_message is None:
            exc = exceptions.CancelledError()
        else:
            exc = exceptions.CancelledError(self._cancel_message)
        exc.__context__ = self._cancelled_exc
        self._cancelled_exc = None
        return exc

    def cancel(self, msg=None):
        """Cancel the future and schedule callbacks; False if already done."""
        self._log_traceback = False
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def _schedule_callbacks(self):
        callbacks = self._callbacks
        if not callbacks:
            return
        self._callbacks = []
        call_soon = self._loop.call_soon
        for callback, ctx in callbacks:
            if ctx is None:
                call_soon(callback, self)
            else:
                call_soon(callback, self, context=ctx)

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def result(self):
        if self._state == _FINISHED:
            self._log_traceback = False
            exc = self._exception
            if exc is not None:
                raise exc
            return self._result
        if self._state == _CANCELLED:
            exc = self._make_cancelled_error()
            raise exc
        raise exceptions.InvalidStateError('Result is not set.')

    def exception(self):
        if self._state == _CANCELLED:
            exc = self._make_cancelled_error()
            raise exc
        if self._state != _FINISHED:
            raise exceptions.InvalidStateError('Exception is not set.')
        self._log_traceback = False
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        if self._state != 'PENDING':
            self._loop.call_soon(fn, self, context=context)
        else:
            self._callbacks.append((fn, context))

    def remove_done_callback(self, fn):
        filtered_callbacks = [(f, ctx) for (f, ctx) in self._callbacks if f != fn]
        removed_count = len(self._callbacks) - len(filtered_callbacks)
        if removed_count:
            self._callbacks[:] = filtered_callbacks
        return removed_count

    def set_result(self, result):
        if self._state != _PENDING:
            raise exceptions.InvalidStateError('invalid state')
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise exceptions.InvalidStateError('invalid state')
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            raise TypeError("StopIteration interacts badly with generators "
                            "and cannot be raised into a Future")
        self._exception = exception
        self._state = _FINISHED
        self._schedule_callbacks()
        self._log_traceback = True

    def __await__(self):
        if self._state == _PENDING:
            self._asyncio_future_blocking = True
            yield self  # This tells Task to wait for completion.
        if self._state == _PENDING:
            raise RuntimeError("await wasn't used with future")
        return self.result()  # May raise too.

    __iter__ = __await__  # make compatible with 'yield from'.


_PyFuture = Future


def _future_repr(future):
    """repr() of a native Future (the C++ type calls this)."""
    info = ' '.join(_future_repr_info(future))
    return f'<{future.__class__.__name__} {info}>'


def _get_loop(fut):
    try:
        get_loop = fut.get_loop
    except AttributeError:
        pass
    else:
        return get_loop()
    return fut._loop


def _set_result_unless_cancelled(fut, result):
    """Helper setting the result only if the future was not cancelled."""
    if fut._state != _PENDING:
        return
    fut.set_result(result)


def _convert_future_exc(exc):
    exc_class = type(exc)
    name = exc_class.__name__
    mod = getattr(exc_class, '__module__', '')
    if name == 'CancelledError' and mod.startswith('concurrent'):
        return exceptions.CancelledError(*exc.args)
    if name == 'TimeoutError' and mod.startswith('concurrent'):
        return exceptions.TimeoutError(*exc.args)
    if name == 'InvalidStateError' and mod.startswith('concurrent'):
        return exceptions.InvalidStateError(*exc.args)
    return exc


def _set_concurrent_future_state(concurrent, source):
    """Copy state from a future to a concurrent.futures.Future."""
    assert source.done()
    if source.cancelled():
        concurrent.cancel()
    if not concurrent.set_running_or_notify_cancel():
        return
    exception = source.exception()
    if exception is not None:
        concurrent.set_exception(_convert_future_exc(exception))
    else:
        result = source.result()
        concurrent.set_result(result)


def _copy_future_state(source, dest):
    """Copy the state of a done future (asyncio or concurrent) into an asyncio Future."""
    assert source.done()
    if dest.cancelled():
        return
    assert not dest.done()
    if source.cancelled():
        dest.cancel()
    else:
        exception = source.exception()
        if exception is not None:
            dest.set_exception(_convert_future_exc(exception))
        else:
            result = source.result()
            dest.set_result(result)


def _chain_future(source, destination):
    """Make destination follow source (either may be a concurrent.futures.Future)."""
    source_loop = _get_loop(source) if isfuture(source) else None
    dest_loop = _get_loop(destination) if isfuture(destination) else None

    def _set_state(future, other):
        if isfuture(future):
            _copy_future_state(other, future)
        else:
            _set_concurrent_future_state(future, other)

    def _call_check_cancel(destination):
        if destination.cancelled():
            if source_loop is None or source_loop is dest_loop:
                source.cancel()
            else:
                source_loop.call_soon_threadsafe(source.cancel)

    def _call_set_state(source):
        if (destination.cancelled() and
                dest_loop is not None and dest_loop.is_closed()):
            return
        if dest_loop is None or dest_loop is source_loop:
            _set_state(destination, source)
        else:
            if dest_loop.is_closed():
                return
            dest_loop.call_soon_threadsafe(_set_state, destination, source)

    destination.add_done_callback(_call_check_cancel)
    source.add_done_callback(_call_set_state)


def wrap_future(future, *, loop=None):
    """Wrap concurrent.futures.Future object into an asyncio Future."""
    if isfuture(future):
        return future
    if loop is None:
        loop = _get_event_loop()
    new_future = loop.create_future()
    _chain_future(future, new_future)
    return new_future


# The native Future (stdlib/_asyncio_future.cpp) replaces the Python class,
# as CPython's C _asyncio does; _PyFuture stays available.
try:
    import _asyncio
except ImportError:
    pass
else:
    Future = _CFuture = _asyncio.Future
    _py_isfuture = isfuture
    isfuture = _asyncio._isfuture
