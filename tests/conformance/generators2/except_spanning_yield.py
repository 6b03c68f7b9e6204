# A generator suspended inside an except block while its resumers handle
# (and drop) exceptions of their own: sys.exc_info() on both sides.
import sys
from contextlib import contextmanager

def g():
    try:
        raise KeyError("k")
    except KeyError:
        yield 1
        print("in gen except:", repr(sys.exc_info()[1]))
    yield repr(sys.exc_info()[1])
    try:
        raise ValueError("v")
    except ValueError:
        yield repr(sys.exc_info()[1])
    yield repr(sys.exc_info()[1])

x = g()
try:
    raise OSError("r")
except OSError:
    print(next(x))
print("resumer after:", sys.exc_info())
print(next(x))
try:
    raise TypeError("t")
except TypeError:
    print(next(x))
    print("resumer in except:", repr(sys.exc_info()[1]))
print(next(x))
print(sys.exc_info())

@contextmanager
def cm():
    try:
        yield "cm"
    except ZeroDivisionError as e:
        print("cm caught", repr(e))
        raise RuntimeError("wrapped") from e

for i in range(3):
    try:
        raise LookupError(i)
    except LookupError:
        try:
            with cm() as v:
                1 / 0
        except RuntimeError as e:
            print(v, repr(e), repr(e.__cause__), repr(e.__context__))
print(sys.exc_info())

def nested():
    try:
        raise KeyError(1)
    except KeyError:
        try:
            raise IndexError(2)
        except IndexError:
            yield repr(sys.exc_info()[1])
        yield repr(sys.exc_info()[1])
    yield repr(sys.exc_info()[1])

n = nested()
for r in range(3):
    try:
        raise NameError(r)
    except NameError:
        print(next(n), repr(sys.exc_info()[1]))
