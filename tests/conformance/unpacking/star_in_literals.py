# Star-unpacking in literals and calls
a = [1, 2]
b = (3, 4)
s = {5}
d1 = {"x": 1}
d2 = {"y": 2, "x": 9}
print([*a, *b, *s], (*a, 0), {*a, *b}, [*"hi", *range(2)])
print({**d1, **d2}, {**d2, **d1}, {**d1, "z": 3, **{"w": 4}})
print(*a, *b, sep="-")
def f(*args, **kwargs):
    return args, kwargs
print(f(*a, 5, *b, k=1, **d1))
print(f(*[], **{}))
t = *a, *b
print(t, type(t).__name__)
print([*[*[1, 2], 3], 4], [*{"k": 1}], [*d2.items()])
print(max(*a, *b), min(*"zyx"), list(zip(*[(1, "a"), (2, "b")])))
try:
    print([*5])
except TypeError as e:
    print("TypeError:", e)
try:
    print({**[1]})
except TypeError as e:
    print("TypeError:", e)
first, *_ = *range(3), 99
print(first, _)
