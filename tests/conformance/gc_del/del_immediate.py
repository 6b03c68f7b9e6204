# __del__ runs immediately when the last reference disappears
class Tracked:
    def __init__(self, name):
        self.name = name
        print("create", name)
    def __del__(self):
        print("destroy", self.name)
a = Tracked("a")
del a
print("after del a")
b = Tracked("b")
b2 = b
del b
print("b still referenced")
del b2
print("after del b2")
c = Tracked("c")
c = Tracked("c2")
print("after rebinding c")
def scope():
    t = Tracked("local")
    print("leaving scope")
scope()
print("after scope")
lst = [Tracked("in list")]
lst.clear()
print("after clear")
d = {"k": Tracked("in dict")}
d["k"] = None
print("after dict overwrite")
Tracked("temporary")
print("after temporary")
x = Tracked("x")
del c, x
print("end of script")
