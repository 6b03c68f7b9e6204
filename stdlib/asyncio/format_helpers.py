"""asyncio.format_helpers — extract_stack for debug mode: where a Handle,
Future or Task was created (its `_source_traceback`), shown by the default
exception handler as "Object created at (most recent call last):"."""

import sys

# How many frames a creation point keeps (CPython's constants.DEBUG_STACK_DEPTH).
DEBUG_STACK_DEPTH = 10


def extract_stack(f=None, limit=None):
    """The stack from frame `f` outwards (innermost last), at most `limit`
    frames (DEBUG_STACK_DEPTH by default), as a traceback.StackSummary."""
    import traceback  # (on first use: debug mode only; it imports much)
    if f is None:
        f = sys._getframe().f_back
    if limit is None:
        limit = DEBUG_STACK_DEPTH
    frames = []
    while f is not None and len(frames) < limit:
        code = f.f_code
        frames.append(traceback.FrameSummary(code.co_filename, f.f_lineno, code.co_name))
        f = f.f_back
    frames.reverse()
    return traceback.StackSummary(frames)
