# weakref.finalize: runs once, on death or when called; detach/peek/alive;
# pending finalizers with atexit=True run at exit, newest first.
import gc
import re
import weakref


class Res:
    def __init__(self, name):
        self.name = name


def cleanup(tag, *, how="normal"):
    print("  cleanup", tag, how)
    return tag.upper()


r = Res("a")
f = weakref.finalize(r, cleanup, "a", how="kw")
print("alive:", f.alive, "atexit:", f.atexit)
obj, func, args, kwargs = f.peek()
print("peek:", obj is r, func is cleanup, args, kwargs)
print(re.sub(r"0x[0-9a-f]+", "0x?", repr(f)))
print("call returns:", f())
print("second call:", f(), "alive:", f.alive, f.peek())
print(re.sub(r"0x[0-9a-f]+", "0x?", repr(f)))
del r

print("on death:")
r = Res("b")
f = weakref.finalize(r, cleanup, "b")
del r
print("alive after death:", f.alive)

print("detach:")
r = Res("c")
f = weakref.finalize(r, cleanup, "c")
det = f.detach()
print(det[0] is r, det[2], f.alive, f.detach())
del r, det
print("nothing ran")

print("in a cycle:")
r = Res("d")
r.me = r
weakref.finalize(r, cleanup, "d")
del r
gc.collect()
print("collected")

print("func holding the object keeps it alive, so it runs at exit:")
r = Res("e")
weakref.finalize(r, cleanup, "e-at-exit", how="exit")
r2 = Res("f")
fin2 = weakref.finalize(r2, cleanup, "f-not-at-exit")
fin2.atexit = False
print("atexit flag:", fin2.atexit)
r3 = Res("g")
weakref.finalize(r3, cleanup, "g-at-exit")


def chained():
    print("  chained finalizer creates another")
    weakref.finalize(r3, cleanup, "created-during-exit")


weakref.finalize(r3, chained)
print("end of script")
