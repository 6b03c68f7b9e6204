# Objects still referenced from __main__ at exit: CPython collects the module
# namespace as a garbage cycle (its functions refer back to it), so each
# __del__ runs once, with the module's globals (and imported modules) intact.
import sys
import os


class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n, sys is None, type(os).__name__, type(A).__name__)


a = A(1)
b = A(2)
_c = A(3)
x = [A(4)]
y = A(5)
y.self = y
d = {"k": A(6)}
t = (A(7), [8])


class Pair:
    def __del__(self):
        print("del pair", self.name, self.other.name)


p1, p2 = Pair(), Pair()
p1.name, p2.name = "p1", "p2"
p1.other, p2.other = p2, p1
del p1, p2
print("end")
