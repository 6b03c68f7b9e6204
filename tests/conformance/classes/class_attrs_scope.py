# Class body execution, attribute lookup order, dynamic attributes
print("before class")
class Config:
    print("executing class body")
    debug = False
    level = 1 if debug else 2
    names = [f"n{i}" for i in range(3)]
    def show(self): return (self.debug, self.level)
print("after class", Config.level, Config.names)
c = Config()
c.debug = True
print(c.show(), Config.debug)
setattr(Config, "added", "dynamic")
print(c.added, getattr(c, "nope", "default"), hasattr(c, "added"))
Config.method = lambda self: f"late method {self.level}"
print(c.method())
print(sorted(k for k in Config.__dict__ if not k.startswith("__")))
class Outer:
    class Inner:
        value = 10
    ref = Inner.value * 2
print(Outer.ref, Outer.Inner.value, Outer.Inner.__qualname__)
class Counter:
    instances = 0
    def __init__(self):
        type(self).instances += 1
class SubCounter(Counter): pass
Counter(); Counter(); SubCounter()
print(Counter.instances, SubCounter.instances)
