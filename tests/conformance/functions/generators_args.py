# Passing iterables, unpacking into calls, keyword collisions
def total(*values, scale=1):
    return sum(values) * scale
print(total(), total(1, 2, 3), total(*range(5)), total(*range(3), *[10], scale=2), total(*(x for x in (1, 2))))
def describe(**info):
    return ", ".join(f"{k}={v}" for k, v in info.items())
base = {"name": "x", "size": 3}
print(describe(**base), describe(**base, color="red"), describe(**{"a": 1}, **{"b": 2}))
try:
    describe(**base, name="y")
except TypeError as e:
    print("TypeError:", e)
def point(x, y, z=0):
    return (x, y, z)
coords = [(1, 2), (3, 4, 5)]
print([point(*c) for c in coords], point(*"ab"), point(**dict(x=1, y=2)))
def f(a, *, b):
    return a, b
kwargs = {"b": 2}
print(f(1, **kwargs), f(*[1], **kwargs))
def echo(*args, **kwargs):
    return args, sorted(kwargs.items())
print(echo(*[1, 2], 3, *(4,), k=1, **{"j": 2}))
