# Conditional expressions
def sign(n):
    return "neg" if n < 0 else "zero" if n == 0 else "pos"
print([sign(n) for n in (-3, 0, 7)])
x = 0
y = 10 / x if x else float("inf")
print(y)
calls = []
def f(tag, val):
    calls.append(tag)
    return val
r = f("a", 1) if f("cond", False) else f("b", 2)
print(r, calls)
print((lambda n: "even" if n % 2 == 0 else "odd")(7))
vals = [1, None, 3]
print([v if v is not None else 0 for v in vals])
print("yes" if [] else "no", "yes" if [0] else "no", "yes" if "" else "no")
z = (1 if True else 2) + (3 if False else 4)
print(z)
nested = "a" if 1 else "b" if 0 else "c"
print(nested)
print(max(3, 9) if 3 < 9 else min(3, 9))
