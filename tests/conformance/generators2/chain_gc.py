# Suspended delegation chains that become garbage: dropped roots run every
# level's finally block (outermost first, as close() walks down), chains kept
# alive only through cycles are collected by gc.collect(), and a delegate still
# referenced from outside survives its chain and can be resumed on its own.
import gc


def leaf(tag):
    try:
        while True:
            yield tag
    finally:
        print("leaf finally", tag)


def level(n, tag, box=None):
    try:
        if n == 0:
            g = leaf(tag)
        else:
            g = level(n - 1, tag, box)
        if box is not None and n == 1:
            box.append(g)
        return (yield from g)
    finally:
        if n % 50 == 0:
            print("level finally", n, tag)


g = level(100, "dropped")
next(g)
next(g)
del g
print("after del")

# a cycle through the generator's own locals
def cyclic(n):
    me = yield
    holder = [me]
    yield from level(n, "cycle")


g = cyclic(100)
next(g)
g.send(g)
next(g)
del g
print("collected:", gc.collect() > 0)

# the delegate at the bottom is also referenced from outside: after the chain
# is dropped it is closed like the rest (the chain owned it)...
box = []
g = level(60, "boxed", box)
next(g)
kept = box[0]
del g, box
print("kept", kept.gi_frame is None, kept.gi_suspended)

# ...but a delegate resumed from outside first leaves the chain
box = []
g = level(60, "detached", box)
next(g)
inner = box[0]
print(next(inner), inner.gi_running, g.gi_suspended)
del g, box
print(inner.gi_frame is None)
