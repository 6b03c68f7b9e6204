# getattr, setattr, hasattr, delattr, vars, dir
class Config:
    debug = False
    def __init__(self):
        self.name = "app"
        self.port = 8080
    def method(self): pass
c = Config()
print(getattr(c, "name"), getattr(c, "missing", "dflt"), hasattr(c, "port"), hasattr(c, "nope"))
setattr(c, "port", 9090)
setattr(c, "new_attr", [1])
print(c.port, c.new_attr, vars(c))
delattr(c, "new_attr")
print(hasattr(c, "new_attr"), vars(c))
try:
    getattr(c, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(c, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(c, 5)
except TypeError as e:
    print("TypeError:", e)
print([n for n in dir(c) if not n.startswith("__")])
print([n for n in dir(Config) if not n.startswith("__")])
print(sorted(vars(Config).keys() - {"__module__", "__dict__", "__weakref__", "__doc__", "__qualname__"}))
for field in ("name", "port", "debug"):
    print(field, "=", getattr(c, field))
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
print(getattr([], "append").__name__, getattr("x", "upper")())
