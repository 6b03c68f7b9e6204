# __import__, id comparisons, and builtins module access
m = __import__("math")
print(m.floor(2.7), m.__name__)
s = __import__("sys")
print(s is __import__("sys"), type(s).__name__)
import builtins
print(builtins.len("abc"), builtins.abs is abs, "print" in dir(builtins))
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), id(a) != id(c), isinstance(id(a), int))
x = object()
print(id(x) == id(x), x is x, type(x).__name__)
original_len = builtins.len
print(len([1, 2]))
def fake_len(obj):
    return 42
builtins.len = fake_len
print(len([1, 2]))
builtins.len = original_len
print(len([1, 2]))
len = lambda o: "shadowed"
print(len([]))
del len
print(len([]))
