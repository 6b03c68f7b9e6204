# A 2,000-deep chain of suspended `yield from` generators, alive at exit when
# the program dies with SystemExit(1): closing it at exit unwinds every level.
import sys

sys.setrecursionlimit(10000)


def g(n):
    if n == 0:
        try:
            yield "leaf"
        finally:
            print("innermost finally")
    else:
        try:
            yield from g(n - 1)
        finally:
            if n % 500 == 0:
                print("finally", n)


chain = g(2000)
print(next(chain))
print("suspended")
raise SystemExit(1)
