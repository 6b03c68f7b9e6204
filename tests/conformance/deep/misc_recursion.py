# Other paths where C++ code re-enters Python or walks nested data.
import sys


def t(name, f):
    try:
        r = f()
    except (RecursionError, ValueError) as e:
        print(name, "->", type(e).__name__, e)
    else:
        print(name, "->", r)


def deep_list(n):
    x = []
    for _ in range(n):
        x = [x]
    return x


def key(x):
    return sorted([1, 2], key=key)


t("sorted, recursive key", lambda: sorted([1, 2, 3], key=key))


def mkey(x):
    return max([1, 2], key=mkey)


t("max, recursive key", lambda: max([1, 2], key=mkey))
t("str.format nested spec", lambda: "{0:{1:{2}}}".format(1, 2, 3))
t("str.format two levels", lambda: "{0:{1}}".format(1, 5))
t("f(*deep)", lambda: len((lambda *a: a)(*deep_list(100_000))))
t("f(**kwargs)", lambda: len((lambda **k: k)(**{"k%d" % i: i for i in range(10_000)})))


def rec(n):
    return 0 if n == 0 else 1 + rec(n - 1)


t("recursion 900", lambda: rec(900))
t("recursion 5000", lambda: rec(5000))
sys.setrecursionlimit(250_000)
t("recursion 200000, limit raised", lambda: rec(200_000))
sys.setrecursionlimit(1000)
t("limit back", lambda: sys.getrecursionlimit())
