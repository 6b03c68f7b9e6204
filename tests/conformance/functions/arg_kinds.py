# All parameter kinds
def f(a, b=2, /, c=3, *args, d, e=5, **kw):
    return f"a={a} b={b} c={c} args={args} d={d} e={e} kw={kw}"
print(f(1, d=4))
print(f(1, 20, 30, 40, 50, d=4, z=9))
print(f(1, c=7, d=4, e=6, b=1))
def g(x, y, z):
    return x * 100 + y * 10 + z
print(g(1, 2, 3), g(z=3, y=2, x=1), g(1, z=3, y=2), g(*[1, 2], 3), g(**{"x": 1, "y": 2, "z": 3}), g(1, *(2,), **{"z": 3}))
def kwonly(*, key, reverse=False):
    return (key, reverse)
print(kwonly(key=1), kwonly(reverse=True, key=0))
def posonly(a, b, /):
    return a - b
print(posonly(5, 3))
def star(*args, **kwargs):
    return args, kwargs
print(star(), star(1, 2, x=3), star(*"ab", **dict(k=1)))
def mixed(first, *rest, last="end"):
    return first, rest, last
print(mixed(1), mixed(1, 2, 3), mixed(1, 2, last="L"))
print(f.__code__.co_argcount, f.__code__.co_posonlyargcount, f.__code__.co_kwonlyargcount, f.__defaults__, f.__kwdefaults__)
print(f.__name__, g.__code__.co_varnames)
