# With the recursion limit raised far past what the C++ stack holds, CPython
# 3.11 crashes on these; minipy answers (hashes walk nested tuples without
# recursion; generators keep their frames off the C++ stack) or raises
# RecursionError before the stack runs out.
import sys

sys.setrecursionlimit(10**7)


def t(name, f):
    try:
        r = f()
    except RecursionError as e:
        print(name, "->", type(e).__name__, e)
    else:
        print(name, "->", r)


def nest(n, wrap, start):
    x = start
    for _ in range(n):
        x = wrap(x)
    return x


# CPython's values, computed with a 1 GiB thread stack.
t("hash, 10**6 nested", lambda: hash(nest(10**6, lambda x: (x, 2), (1, 2.5))))
t("hash, 300000 branching", lambda: hash(nest(300_000, lambda z: (0, z, (0,), ((0, -0),)), (7, -1))) == hash(nest(300_000, lambda z: (0, z, (0,), ((0, -0),)), (7, -1))))
t("compile, 100000 terms", lambda: compile("+".join(["1"] * 100_000), "s", "eval"))
t("compile, 100000 attributes", lambda: compile("a" + ".b" * 100_000, "s", "eval"))


def g(n):
    if n:
        yield from g(n - 1)
    else:
        yield "leaf"


t("yield from, 100000 deep", lambda: list(g(100_000)))
a = nest(10**6, lambda x: [x], [])
b = nest(10**6, lambda x: [x], [])
t("==, 10**6 nested", lambda: a == b)
print("done")
