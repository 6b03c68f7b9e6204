"""asyncio.coroutines — iscoroutine / iscoroutinefunction without inspect or collections.abc."""

__all__ = 'iscoroutinefunction', 'iscoroutine'


def _is_debug_mode():
    # -X dev, or PYTHONASYNCIODEBUG set in the environment (as in CPython).
    import sys
    if sys.flags.dev_mode:
        return True
    import os
    return not sys.flags.ignore_environment and bool(os.environ.get('PYTHONASYNCIODEBUG'))


async def _probe():
    pass


_c = _probe()
_CoroutineType = type(_c)
_c.close()
del _c

_iscoroutine_typecache = {_CoroutineType: True}


def iscoroutine(obj):
    """Return True if obj is a coroutine object (native, or anything with send/throw/close/__await__)."""
    t = type(obj)
    r = _iscoroutine_typecache.get(t)
    if r is not None:
        return r
    r = (hasattr(t, 'send') and hasattr(t, 'throw') and hasattr(t, 'close')
         and hasattr(t, '__await__'))
    if len(_iscoroutine_typecache) < 100:
        _iscoroutine_typecache[t] = r
    return r


def iscoroutinefunction(func):
    """Return True if func is an `async def` function (or marked as one)."""
    if getattr(func, '_is_coroutine', None) is _is_coroutine:
        return True
    code = getattr(func, '__code__', None)
    if code is None:
        f = getattr(func, '__func__', None)
        code = getattr(f, '__code__', None)
    return code is not None and bool(code.co_flags & 0x80)


_is_coroutine = object()


def _format_coroutine(coro):
    """How a task's repr shows its coroutine: 'name() running at file:line'
    while it has a frame, 'name() done, defined at file:line' after."""
    name = getattr(coro, '__qualname__', None) or getattr(coro, '__name__', None)
    if not name:
        # (Coroutines of some compilers lack both: show that plainly.)
        name = f'<{type(coro).__name__} without __name__>'
    name = f'{name}()'

    code = getattr(coro, 'cr_code', None) or getattr(coro, 'gi_code', None)
    if not code:
        # Coroutine-like objects without code (not written in Python).
        running = getattr(coro, 'cr_running', None)
        if running is None:
            running = getattr(coro, 'gi_running', False)
        return f'{name} running' if running else name

    frame = getattr(coro, 'gi_frame', None) or getattr(coro, 'cr_frame', None)
    filename = code.co_filename or '<empty co_filename>'
    if frame is not None:
        return f'{name} running at {filename}:{frame.f_lineno}'
    return f'{name} done, defined at {filename}:{code.co_firstlineno}'
