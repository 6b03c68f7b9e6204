# stdlib/contextvars.py — the `contextvars` module: re-exports the native
# _contextvars (stdlib/contextvars.cpp), like CPython.
from _contextvars import *

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')
