# __getattr__, __getattribute__, __setattr__, __delattr__
class Dyn:
    def __init__(self):
        self.real = "real value"
    def __getattr__(self, name):
        if name.startswith("get_"):
            return lambda: f"generated {name[4:]}"
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")
d = Dyn()
print(d.real, d.get_thing(), getattr(d, "missing", "default"), hasattr(d, "nope"))
try:
    d.other
except AttributeError as e:
    print("AttributeError:", e)
class Logged:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __getattribute__(self, name):
        if name != "log":
            object.__getattribute__(self, "log").append(f"get {name}")
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        self.log.append(f"set {name}={value!r}")
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append(f"del {name}")
        object.__delattr__(self, name)
o = Logged()
o.x = 1
_ = o.x
del o.x
try:
    o.x
except AttributeError as e:
    print("AttributeError:", e)
print(o.log)
class Fallback:
    def __getattribute__(self, name):
        if name == "boom":
            raise AttributeError("boom")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return f"__getattr__({name})"
print(Fallback().boom, Fallback().anything)
class Frozen:
    def __init__(self, **kw):
        for k, v in kw.items():
            object.__setattr__(self, k, v)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}: frozen")
f = Frozen(a=1)
try:
    f.a = 2
except AttributeError as e:
    print("AttributeError:", e, f.a)
