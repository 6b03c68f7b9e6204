# Destruction order for containers and attribute chains
class T:
    def __init__(self, n, child=None):
        self.n, self.child = n, child
    def __del__(self):
        print("del", self.n)
root = T("root", T("child", T("grandchild")))
del root
print("---")
items = [T(i) for i in range(3)]
del items
print("---")
t = (T("tuple-a"), T("tuple-b"))
t = None
print("---")
def make():
    return T("returned")
make()
print("--- result discarded")
r = make()
r = make()
print("--- rebinding")
del r
print("done")
