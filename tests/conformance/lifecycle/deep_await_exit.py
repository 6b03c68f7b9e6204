# A 2,000-deep chain of awaiting coroutines, suspended at exit; sys.exit(str)
# prints the message to stderr and exits with status 1.
import sys
import types

sys.setrecursionlimit(10000)


@types.coroutine
def leaf():
    try:
        yield "x"
    finally:
        print("leaf finally")


async def co(n):
    try:
        await (leaf() if n == 0 else co(n - 1))
    finally:
        if n % 1000 == 0:
            print("co finally", n)


c = co(2000)
print(c.send(None))
sys.exit("bye")
