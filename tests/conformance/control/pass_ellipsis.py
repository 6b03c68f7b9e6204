# pass, ellipsis bodies, empty constructs and del
def todo(): ...
def nothing(): pass
class Empty: pass
class AlsoEmpty:
    """docstring only"""
print(todo(), nothing(), Empty.__name__, AlsoEmpty.__doc__)
for _ in range(2):
    pass
if True:
    ...
x = 5
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
a, b, c = 1, 2, 3
del a, b
print(c, "a" in dir(), "c" in dir())
lst = [1, 2, 3, 4]
del lst[0], lst[-1]
print(lst)
d = {"k": 1, "j": 2}
del d["k"]
print(d)
class O: pass
o = O()
o.attr = 1
del o.attr
print(hasattr(o, "attr"))
try:
    del o.attr
except AttributeError as e:
    print("AttributeError:", e)
print(Ellipsis, ..., type(...).__name__, ... is Ellipsis)
