# Float division by zero and related errors
cases = [(1.0, 0), (1, 0.0), (0.0, 0.0), (-1.5, -0.0)]
for a, b in cases:
    for name, fn in (("/", lambda: a / b), ("//", lambda: a // b), ("%", lambda: a % b), ("divmod", lambda: divmod(a, b))):
        try:
            print(name, fn())
        except ZeroDivisionError as e:
            print(name, a, b, "->", e)
try:
    1 / 0
except ZeroDivisionError as e:
    print(repr(e), e.args)
import math
print(math.fmod(7.5, 2), math.fmod(-7.5, 2), -7.5 % 2)
try:
    math.fmod(1, 0)
except ValueError as e:
    print("ValueError:", e)
def average(xs):
    try:
        return sum(xs) / len(xs)
    except ZeroDivisionError:
        return float("nan")
print(average([1, 2, 3, 4]), average([]))
