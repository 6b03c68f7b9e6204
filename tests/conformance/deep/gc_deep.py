# The cycle collector on very deep structures (its traversal keeps no C++
# recursion), and collections started by finalisers while a container is
# being freed (the dying container is no longer one of the collector's).
import gc


class D:
    count = 0

    def __del__(self):
        D.count += 1
        x = [[[]] for _ in range(800)]
        gc.collect()


for _ in range(3):
    l = [D() for _ in range(30)]
    t = tuple(D() for _ in range(30))
    d = {i: D() for i in range(30)}
    s = {(D(),) for _ in range(30)}
    del l, t, d, s
print("finalisers during frees:", D.count)

# A million-deep chain, alive: collected over, then dropped.
l = []
for _ in range(1_000_000):
    l = [l]
print("collected while alive:", gc.collect())
del l
print("freed")

# A million-deep cycle: only the collector can free it.
first = []
l = first
for _ in range(1_000_000):
    l = [l]
first.append(l)
del l, first
print("collected cycle:", gc.collect())


class Node:
    def __init__(self, nxt):
        self.nxt = nxt


# A deep chain of instances in a cycle, with a finaliser at the head.
class Head(Node):
    def __del__(self):
        print("head finalised")


n = Head(None)
head = n
for _ in range(200_000):
    n = Node(n)
head.nxt = n
del n, head
print("collected instances:", gc.collect() >= 200_001)  # CPython 3.11 keeps no __dict__ objects
