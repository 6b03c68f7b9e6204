# RecursionError caught and reported
import sys
def infinite(n):
    return infinite(n + 1)
try:
    infinite(0)
except RecursionError as e:
    print("RecursionError:", e)
def depth_probe(n=0):
    try:
        return depth_probe(n + 1)
    except RecursionError:
        return n
d = depth_probe()
print(d > 500, d < sys.getrecursionlimit())
class Loop:
    def __repr__(self):
        return repr(self)
try:
    repr(Loop())
except RecursionError as e:
    print("RecursionError in __repr__:", type(e).__name__)
def ok(n):
    return 0 if n == 0 else 1 + ok(n - 1)
print(ok(500), "still works after recovery")
