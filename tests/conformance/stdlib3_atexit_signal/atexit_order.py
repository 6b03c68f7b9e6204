# atexit: callbacks run last-registered first, after the main module and
# after non-daemon threads finish; exceptions are reported and ignored.
import atexit
import sys
import threading
import time


class Named:
    """A callable with a stable repr (function reprs contain addresses)."""

    def __init__(self, name, fail=None):
        self.name = name
        self.fail = fail

    def __call__(self, *args, **kwargs):
        print("callback", self.name, args, kwargs)
        if self.fail == "value":
            raise ValueError("boom in " + self.name)
        if self.fail == "exit":
            sys.exit(7)

    def __repr__(self):
        return "<Named %s>" % self.name


def first(a, b=0):
    print("first", a, b)


print(atexit.register(first, 1, b=2) is first)
atexit.register(Named("raises", "value"))
atexit.register(Named("exits", "exit"))
atexit.register(Named("args"), 1, 2, key="v")
late = Named("late")


@atexit.register
def decorated():
    print("decorated; registering another (dropped, like CPython)")
    atexit.register(late)


gone = Named("unregistered")
atexit.register(gone)
atexit.register(gone)
atexit.unregister(gone)
atexit.unregister(Named("never registered"))

for bad in [(), (1,)]:
    try:
        atexit.register(*bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    atexit.unregister()
except TypeError as e:
    print("TypeError:", e)


def worker():
    time.sleep(0.2)
    print("worker thread finished")


threading.Thread(target=worker).start()
print("main module done")
sys.stdout.flush()
sys.exit(3)
