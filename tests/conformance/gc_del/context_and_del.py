# __exit__ vs __del__ ordering
class Res:
    def __init__(self, n):
        self.n = n
        print("acquire", n)
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print("exit", self.n)
        return False
    def __del__(self):
        print("del", self.n)
with Res(1):
    print("in with 1")
print("after with 1")
with Res(2) as r:
    print("in with 2")
print("after with 2 (r still bound)")
del r
print("after del r")
def fn():
    with Res(3) as x:
        return "ret"
print(fn())
try:
    with Res(4):
        raise KeyError("k")
except KeyError:
    print("caught")
print("end")
