# Chained comparisons evaluate each operand once
calls = []
def v(x):
    calls.append(x)
    return x
print(v(1) < v(2) < v(3), calls)
calls.clear()
print(v(3) < v(2) < v(1), calls)
calls.clear()
print(v(1) == v(1) != v(2) > v(0), calls)
calls.clear()
print(1 < 2 > 0 < 5 >= 5 <= 5, 1 < 2 > 3)
x = 5
print(0 <= x < 10, 0 <= x < 5, 5 <= x <= 5)
print(1 in [1] in [[1]], 2 in [1] in [[1]])
a = [1]
b = a
print(a is b is not None, a == b == [1])
print("a" < "b" < "c", "abc" < "abd" < "b")
print((1, 2) < (1, 3) < (2,), [1, 2] < [1, 2, 0])
def grade(score):
    if 90 <= score <= 100:
        return "A"
    elif 80 <= score < 90:
        return "B"
    elif 0 <= score < 80:
        return "C"
    return "invalid"
print([grade(s) for s in (95, 85, 50, 101, -1, 90, 80)])
try:
    print(1 < "a")
except TypeError as e:
    print("TypeError:", e)
try:
    print(1 < 2 < "a")
except TypeError as e:
    print("TypeError:", e)
print(1 < 0 < "a")
