# Error messages for bad unpacking
tests = [
    ("too few", "a, b, c = [1, 2]"),
    ("too many", "a, b = [1, 2, 3]"),
    ("star too few", "a, b, *c = [1]"),
    ("not iterable", "a, b = 5"),
    ("none", "a, b = None"),
    ("nested", "(a, b), c = [1, 2], 3"),
    ("string", "a, b = 'xyz'"),
    ("dict", "a, b, c = {'k': 1}"),
    ("generator", "a, b = (i for i in range(5))"),
    ("empty", "a, = []"),
]
for name, src in tests:
    try:
        exec(src)
    except (ValueError, TypeError) as e:
        print(f"{name}: {type(e).__name__}: {e}")
def f(a, b):
    return a + b
try:
    f(*[1, 2, 3])
except TypeError as e:
    print("call:", e)
for x, y in [(1, 2), (3, 4)]:
    pass
try:
    for x, y in [(1, 2), (3,)]:
        print(x, y)
except ValueError as e:
    print("loop:", e)
