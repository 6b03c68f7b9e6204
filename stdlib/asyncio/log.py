"""asyncio.log — the 'asyncio' logger, through which the default exception
handler reports ("Task was destroyed but it is pending!", "Future exception
was never retrieved", ...) and debug mode warns about slow callbacks.

CPython's asyncio imports `logging` when it is imported. minipy imports it on
first use of `logger` instead (it is large, and most programs never log from
asyncio); debug-level messages are dropped without importing it, which is
what logging would do with them anyway when nothing configured it (a program
that configured logging has imported it).
"""

import sys


def _get_logger():
    global logger
    import logging
    logger = logging.getLogger(__package__)
    return logger


def __getattr__(name):
    if name == 'logger':
        return _get_logger()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def debug(msg, *args):
    """logger.debug(msg, *args), skipped while logging is not imported."""
    if 'logging' in sys.modules:
        _get_logger().debug(msg, *args)


def info(msg, *args):
    """logger.info(msg, *args), skipped while logging is not imported."""
    if 'logging' in sys.modules:
        _get_logger().info(msg, *args)
