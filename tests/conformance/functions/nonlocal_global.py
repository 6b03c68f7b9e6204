# nonlocal and global
g = 1
def read_global():
    return g
def write_global():
    global g
    g += 1
    return g
print(read_global(), write_global(), g)
def create_global():
    global created
    created = "made inside"
create_global()
print(created)
def outer():
    x = 1
    def mid():
        nonlocal x
        x += 10
        def inner():
            nonlocal x
            x *= 2
        inner()
        return x
    r = mid()
    return r, x
print(outer())
def shadow():
    g = "local"
    return g
print(shadow(), g)
def counter_factory():
    n = 0
    def bump():
        nonlocal n
        n += 1
        return n
    return bump
b1, b2 = counter_factory(), counter_factory()
print(b1(), b1(), b2())
def unbound():
    try:
        print(g)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    g = 5
unbound()
x = "module"
class K:
    x = "class"
    def m(self):
        return x
    y = [x for _ in range(1)]
print(K().m(), K.y)
