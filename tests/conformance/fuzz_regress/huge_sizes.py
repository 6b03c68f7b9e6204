# Sizes past what memory or an index can hold: CPython's MemoryError/OverflowError,
# never an abort or an endless loop (found by scripts/fuzz.py's API mode).
import sys, gc
def t(f):
    try: r = f(); print(type(r).__name__, (len(r) if hasattr(r, '__len__') else r))
    except Exception as e: print(type(e).__name__, e)
t(lambda: gc.collect("x"))
t(lambda: gc.collect(1e400))
t(lambda: list(range(-5, 2**70, 3)))
t(lambda: tuple(range(-5, 2**70, 3)))
t(lambda: sorted(range(-5, 2**70, 3)))
t(lambda: [].extend(range(-5, 2**70, 3)))
t(lambda: bytes(sys.maxsize))
t(lambda: bytearray(sys.maxsize))
t(lambda: b'ab'.ljust(-2**63))
t(lambda: b'ab'.rjust(-2**63))
t(lambda: b'ab'.center(-2**63))
t(lambda: 'ab'.ljust(-2**63))
t(lambda: b'ab'.ljust(sys.maxsize))
t(lambda: b'ab'.zfill(sys.maxsize))
t(lambda: bytearray(b'ab').center(sys.maxsize))
t(lambda: 'ab'.zfill(sys.maxsize))
t(lambda: b'ab' * sys.maxsize)
t(lambda: 'ab'.center(sys.maxsize))
t(lambda: bytearray(b'ab') * sys.maxsize)
t(lambda: 'ab' * sys.maxsize)
def imul():
    b = bytearray(b'ab'); b *= sys.maxsize; return b
t(imul)
t(lambda: 'ab'.rjust(-5))
t(lambda: [0] * sys.maxsize)
t(lambda: (0,) * sys.maxsize)
def imul0():
    b = bytearray(b'ab'); b *= 0; return b
t(imul0)
