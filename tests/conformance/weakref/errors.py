# Error messages of the weakref API, and errors raised by callbacks (they go
# to sys.stderr as "Exception ignored in: <callback>", the program goes on).
import gc
import io
import re
import sys
import weakref
import _weakref


def show(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__ + ":", e)


class C:
    pass


c = C()
show(lambda: weakref.ref())
show(lambda: weakref.ref(c, None, None))
show(lambda: weakref.ref(c, callback=None))
show(lambda: weakref.ref(c)(1))
show(lambda: weakref.ref([]))
show(lambda: weakref.proxy({}))
show(lambda: weakref.proxy())
show(lambda: weakref.getweakrefcount())
show(lambda: weakref.getweakrefs(1, 2))
show(lambda: weakref.WeakMethod(print))
show(lambda: weakref.WeakKeyDictionary()[1])
show(lambda: weakref.WeakKeyDictionary({1: 2}))
show(lambda: weakref.WeakValueDictionary()["missing"])
show(lambda: weakref.WeakValueDictionary({1: 2}))
show(lambda: weakref.WeakSet([1]))
show(lambda: weakref.WeakSet().pop())
show(lambda: weakref.finalize(1, print))
show(lambda: _weakref._remove_dead_weakref([], 1))
show(lambda: _weakref._remove_dead_weakref({1: 2}, 1))

d = {"k": weakref.ref(c)}
_weakref._remove_dead_weakref(d, "k")
_weakref._remove_dead_weakref(d, "absent")
print("live entry kept:", list(d))
x = C()
d["dead"] = weakref.ref(x)
del x
_weakref._remove_dead_weakref(d, "dead")
print("dead entry removed:", list(d))


def capture(action):
    saved = sys.stderr
    sys.stderr = io.StringIO()
    try:
        action()
    finally:
        text = sys.stderr.getvalue()
        sys.stderr = saved
    # Keep the report's shape: the header, this file's frames and the
    # exception line (frames inside weakref.py and source lines vary).
    for line in text.splitlines():
        line = re.sub(r"0x[0-9a-f]+", "0x?", line)
        if line.startswith("  File "):
            if "errors.py" not in line:
                continue
            line = re.sub(r'"[^"]*/', '"', line)
        elif line.startswith(" "):
            continue
        print("stderr |", line)


def raising_callback(ref):
    raise RuntimeError("callback failed")


def refcount_death():
    o = C()
    keep = weakref.ref(o, raising_callback)
    del o
    print("after refcount death")


print("-- refcount death")
capture(refcount_death)


def cycle_death():
    o = C()
    o.me = o
    global keep2
    keep2 = weakref.ref(o, raising_callback)
    del o
    gc.collect()
    print("after gc")


print("-- cyclic garbage")
capture(cycle_death)


def finalizer_error():
    o = C()
    weakref.finalize(o, lambda: 1 / 0)
    del o
    print("after finalize")


print("-- finalize raising")
capture(finalizer_error)
