# Functions as values: map/filter/reduce-like patterns
def my_reduce(fn, seq, init):
    acc = init
    for x in seq:
        acc = fn(acc, x)
    return acc
nums = list(range(1, 11))
print(my_reduce(lambda a, b: a + b, nums, 0), my_reduce(lambda a, b: a * b, nums, 1))
print(my_reduce(lambda a, s: a + [s.upper()], ["x", "y"], []))
def pipeline(*steps):
    def run(data):
        for s in steps:
            data = s(data)
        return data
    return run
clean = pipeline(str.strip, str.lower, lambda s: s.replace(" ", "_"))
print(clean("  Hello World  "))
def apply_n(f, n):
    def g(x):
        for _ in range(n):
            x = f(x)
        return x
    return g
print(apply_n(lambda x: x * 2, 10)(1), apply_n(str.upper, 0)("keep"))
def partial(fn, *a, **k):
    def p(*a2, **k2):
        return fn(*a, *a2, **{**k, **k2})
    return p
int2 = partial(int, base=2)
print(int2("1011"), partial(max, 5)(3, 9), partial(sorted, key=len)(["ccc", "a", "bb"]))
def group_by(seq, keyfn):
    out = {}
    for x in seq:
        out.setdefault(keyfn(x), []).append(x)
    return out
print(group_by(range(10), lambda n: n % 3), group_by("apple bat cat ant".split(), lambda w: w[0]))
print(list(map(pow, [2, 3], [3, 2])), list(map(str, [1, 2])), sorted(["b", "A"], key=str.casefold))
