# With the collector enabled (but no automatic collection), garbage cycles
# left at exit are finalised by the collection that runs before the modules
# are cleared: sys.argv is still a list, and weakref callbacks still run.
import gc
import sys
import weakref

gc.set_threshold(0)


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
keep = weakref.ref(h, lambda r: print("callback: sys.argv is list:", isinstance(sys.argv, list)))
del h
print("end")
