# Decorators without functools
def trace(fn):
    def wrapper(*args, **kwargs):
        print(f"-> {fn.__name__}{args}{kwargs if kwargs else ''}")
        r = fn(*args, **kwargs)
        print(f"<- {fn.__name__} = {r!r}")
        return r
    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    return wrapper
@trace
def add(a, b=0):
    """Add two numbers."""
    return a + b
add(1, 2)
add(5, b=7)
print(add.__name__, add.__doc__)
def repeat(times):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(times)]
        return wrapper
    return deco
@repeat(3)
def hello(name):
    return f"hi {name}"
print(hello("bob"))
def tag(name):
    def deco(fn):
        def wrapper(*a, **k):
            return f"<{name}>{fn(*a, **k)}</{name}>"
        return wrapper
    return deco
@tag("b")
@tag("i")
def text(s):
    return s
print(text("stacked"))
registry = []
def register(fn):
    registry.append(fn.__name__)
    return fn
@register
def one(): return 1
@register
def two(): return 2
print(registry, one(), two())
def count_calls(fn):
    def wrapper(*a, **k):
        wrapper.calls += 1
        return fn(*a, **k)
    wrapper.calls = 0
    return wrapper
@count_calls
def noop(): pass
for _ in range(4): noop()
print(noop.calls)
class Cls:
    @staticmethod
    @trace
    def s(x): return x * 2
print(Cls.s(21))
deco_list = [trace]
@deco_list[0]
def sub(a, b): return a - b
sub(9, 4)
