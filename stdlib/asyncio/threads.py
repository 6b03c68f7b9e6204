"""asyncio.threads — to_thread(): run a blocking function in the loop's default executor."""

__all__ = "to_thread",

from . import events


async def to_thread(func, /, *args, **kwargs):
    """Asynchronously run function *func* in a separate thread."""
    loop = events.get_running_loop()
    if kwargs:
        def func_call():
            return func(*args, **kwargs)
        return await loop.run_in_executor(None, func_call)
    return await loop.run_in_executor(None, func, *args)
