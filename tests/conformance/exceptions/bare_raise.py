# Bare raise re-raises the active exception; sys.exc_info
import sys
def reraiser():
    try:
        raise ValueError("original")
    except ValueError:
        print("logging", sys.exc_info()[0].__name__, sys.exc_info()[1])
        raise
try:
    reraiser()
except ValueError as e:
    print("re-raised:", e)
print(sys.exc_info())
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
def helper():
    raise
try:
    try:
        raise KeyError("inner")
    except KeyError:
        helper()
except KeyError as e:
    print("helper re-raised", repr(e))
try:
    try:
        raise ValueError("first")
    except ValueError:
        try:
            raise TypeError("second")
        except TypeError:
            pass
        raise
except Exception as e:
    print("bare raise after nested handler:", type(e).__name__, e)
def exc_in_finally():
    try:
        raise ValueError("a")
    finally:
        print("in finally exc_info:", sys.exc_info()[0].__name__ if sys.exc_info()[0] else None)
try:
    exc_in_finally()
except ValueError:
    pass
e = None
try:
    raise IndexError("saved")
except IndexError as caught:
    e = caught
try:
    raise e
except IndexError as again:
    print("raised saved instance:", again is e)
