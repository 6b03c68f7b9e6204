# Cycles that are already garbage when the program ends: the collection before
# the modules are cleared finalises them, with every global still usable.
import gc
import sys
import weakref

gc.disable()  # keep them for the collection at exit


class Node:
    def __init__(self, name):
        self.name = name
        self.peer = self

    def __del__(self):
        print("del", self.name, "sys.argv is list:", isinstance(sys.argv, list))


for i in range(3):
    Node("n%d" % i)


class Holder:
    pass


h = Holder()
h.self = h
keep = weakref.ref(h, lambda r: print("callback: weakref died, module intact:", sys.modules is not None))
del h
print("end")
