# Suspended generators alive at exit are closed: their finally blocks and
# context managers' __exit__ run, with globals intact.
import sys
import contextlib


def gen(n):
    try:
        yield n
        yield n + 1
    finally:
        print("finally", n, "sys ok:", sys is not None)


@contextlib.contextmanager
def managed(name):
    print("enter", name)
    try:
        yield name
    finally:
        print("exit", name)


def uses_with():
    with managed("cm"):
        yield 1


g1 = gen(1)
next(g1)
g2 = gen(10)
next(g2)
lst = [gen(100)]
next(lst[0])
w = uses_with()
next(w)
done = gen(1000)
for _ in done:
    pass
never_started = gen(5000)
print("end")
