# gc-visible cycles and __del__ order
import gc

log = []
class Noisy:
    def __init__(self, name):
        self.name = name
        self.other = None
    def __del__(self):
        log.append(self.name)

a = Noisy("a")
del a
print("refcount death:", log)

log.clear()
x, y = Noisy("x"), Noisy("y")
x.other, y.other = y, x
del x, y
print("before collect:", log)
n = gc.collect()
print("after collect:", sorted(log), n >= 2)

log.clear()
chain = [Noisy(f"n{i}") for i in range(4)]
for i in range(3):
    chain[i].other = chain[i + 1]
del chain
print("chain order:", log)

log.clear()
class Holder:
    def __init__(self):
        self.items = [Noisy("inner1"), Noisy("inner2")]
    def __del__(self):
        log.append("holder")
h = Holder()
del h
print("holder then items:", log)

class Resurrect:
    saved = []
    def __del__(self):
        log.append("resurrect-del")
        Resurrect.saved.append(self)
log.clear()
r = Resurrect()
del r
print(log, len(Resurrect.saved))
Resurrect.saved.clear()
print(log)

gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
lst = []
lst.append(lst)
print(gc.is_tracked(lst), gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked({}), gc.is_tracked({"a": []}))
del lst
print(gc.collect() >= 1)
d = {}
d["self"] = d
print(d)
l2 = [1]
l2.append(l2)
print(l2, repr([l2, l2]))
class Rec:
    def __init__(self): self.me = self
    def __repr__(self): return "Rec"
print(Rec().me)
def make_cycle():
    log2 = []
    class A:
        def __del__(self): log2.append("A")
    a = A(); a.self = a
    return log2
lg = make_cycle()
gc.collect()
print(lg)
print(type(gc.get_threshold()), len(gc.get_stats()) == 3, gc.get_count().__class__.__name__)
try:
    gc.collect(5)
except ValueError as e:
    print("ValueError:", e)
cb_log = []
def cb(phase, info):
    cb_log.append(phase)
gc.callbacks.append(cb)
gc.collect()
gc.callbacks.remove(cb)
print(cb_log)
