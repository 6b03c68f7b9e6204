# is / is not, None checks, identity of containers
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, type(None) is type(None))
x = None
print(x is None, x is not None, x == None)
print(True is True, (1 == 1) is True)
t1 = ()
t2 = ()
print(t1 == t2, len(t1))
def f(): pass
print(f() is None)
print(type(a) is list, type(True) is bool, type(True) is int)
class C: pass
o1, o2 = C(), C()
print(o1 is o2, o1 == o2, o1 is o1, o1 != o2)
print(id(a) == id(b), id(a) == id(c))
s = "hello"
s2 = s
print(s is s2)
print(... is Ellipsis, NotImplemented is NotImplemented)
l = [None, 0, False, "", []]
print([v is None for v in l], [v == None for v in l])
print(sum(1 for v in l if not v))
