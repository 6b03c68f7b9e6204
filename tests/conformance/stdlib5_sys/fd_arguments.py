# fcntl, termios and select take a file descriptor as an int or an object
# with fileno(), with the same errors (CPython's PyObject_AsFileDescriptor).
import fcntl, select, termios


class Bad:
    def fileno(self):
        return "x"


cases = [
    lambda: termios.tcgetattr(-1),
    lambda: fcntl.fcntl(2**40, fcntl.F_GETFD),
    lambda: select.select([2**40], [], [], 0),
    lambda: termios.tcgetattr(2**40),
    lambda: fcntl.fcntl("x", fcntl.F_GETFD),
    lambda: select.select([Bad()], [], [], 0),
    lambda: fcntl.flock(-3, fcntl.LOCK_UN),
]
for f in cases:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
