"""multiprocessing — process-based parallelism, started with fork (written for minipy).

Owns: the package's public API, which (as in CPython) is the default
context's methods and attributes (context.py). The pieces: process.py
(Process), connection.py (Pipe), synchronize.py (locks), queues.py,
sharedctypes.py (Value/Array), pool.py (Pool) and managers.py (Manager).
Every start method forks; see context.py.
"""

import sys

from . import context
from . import process

__all__ = [x for x in dir(context._default_context) if not x.startswith('_')]

globals().update((name, getattr(context._default_context, name)) for name in __all__)

SUBDEBUG = 5
SUBWARNING = 25
