# A deep suspended chain that is part of a reference cycle when the program
# dies of an uncaught exception: the collection at exit closes it.
import sys

sys.setrecursionlimit(10000)


def g(n, box):
    if n == 0:
        try:
            yield "leaf"
        finally:
            print("innermost finally, box has", len(box))
    else:
        try:
            yield from g(n - 1, box)
        finally:
            if n % 500 == 0:
                print("finally", n)


class C:
    pass


c = C()
c.box = [c]
c.chain = g(2000, c.box)
print(next(c.chain))
del c
print("suspended")
raise ValueError("boom")
