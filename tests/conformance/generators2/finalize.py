# GeneratorExit and finally blocks on close() and on collection; the order of
# finalisation in delegation chains; ignored GeneratorExit.
def g(name):
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print(name, "GeneratorExit")
        raise
    finally:
        print(name, "finally")


x = g("closed")
next(x)
x.close()
x.close()
print("---")
y = g("collected")
next(y)
del y
print("--- never started")
z = g("never")
del z
print("--- chain")


def outer(name):
    try:
        yield from g(name + ".inner")
    finally:
        print(name, "outer finally")


o = outer("o")
next(o)
o.close()
o = outer("o2")
next(o)
del o
print("--- ignored")


def stubborn():
    while True:
        try:
            yield 1
        except GeneratorExit:
            print("ignoring")


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)


def returns_in_finally():
    try:
        yield 1
    finally:
        return 5


r = returns_in_finally()
next(r)
print(r.close())


def raises_other():
    try:
        yield
    finally:
        raise ValueError("from finally")


r = raises_other()
next(r)
try:
    r.close()
except ValueError as e:
    print("ValueError:", e)


class Resource:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("Resource", self.n, "deleted")


def uses():
    res = Resource(1)
    try:
        yield res.n
    finally:
        print("closing uses")


u = uses()
next(u)
del u
print("end")
