# __contains__ and its fallbacks via __iter__ and __getitem__
class Evens:
    def __contains__(self, x):
        print(f"  __contains__({x})")
        return isinstance(x, int) and x % 2 == 0
print(4 in Evens(), 3 in Evens(), 3 not in Evens())
class ViaIter:
    def __iter__(self):
        print("  __iter__")
        return iter([1, 2, 3])
print(2 in ViaIter(), 9 in ViaIter())
class ViaGetitem:
    def __getitem__(self, i):
        if i > 3: raise IndexError
        return i * 10
print(20 in ViaGetitem(), 25 in ViaGetitem())
class Truthy:
    def __contains__(self, x): return "yes"
print(1 in Truthy(), 1 not in Truthy())
try:
    1 in 5
except TypeError as e:
    print("TypeError:", e)
class Node:
    def __init__(self, v, nxt=None): self.v, self.nxt = v, nxt
class LinkedList:
    def __init__(self, *vals):
        self.head = None
        for v in reversed(vals):
            self.head = Node(v, self.head)
    def __iter__(self):
        n = self.head
        while n:
            yield n.v
            n = n.nxt
    def __len__(self): return sum(1 for _ in self)
    def __repr__(self): return " -> ".join(map(str, self)) or "empty"
ll = LinkedList(3, 1, 4)
print(ll, len(ll), 4 in ll, 5 in ll, sorted(ll), LinkedList())
