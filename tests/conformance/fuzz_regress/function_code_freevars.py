# fuzz_regress (scripts/fuzz.py): assigning a code object whose number of free
# variables differs from the function's closure used to crash (the frame read
# cells past the closure tuple). CPython refuses the assignment.
def outer():
    z = 1
    def inner():
        return z
    return inner


def plain():
    return 0


def two(a, b):
    return a + b


inner = outer()
for target, code in [(plain, inner.__code__), (inner, plain.__code__), (inner, two.__code__)]:
    try:
        target.__code__ = code
        print("assigned", target.__name__)
    except ValueError as e:
        print("ValueError:", e)
print(plain(), inner())

# same number of free variables: allowed
def outer2():
    y = 10
    def g():
        return y + 1
    return g


g = outer2()
inner.__code__ = g.__code__
print(inner())
try:
    plain.__code__ = 5
except TypeError as e:
    print("TypeError:", e)
