# Swaps, rotations, and evaluation order of tuple assignment
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
lst = [10, 20, 30, 40]
lst[0], lst[-1] = lst[-1], lst[0]
print(lst)
i = 1
lst[i], i = 99, 2
print(lst, i)
def fib_pairs(n):
    a, b = 0, 1
    out = []
    for _ in range(n):
        out.append(a)
        a, b = b, a + b
    return out
print(fib_pairs(12))
order = []
def val(tag, v):
    order.append(tag)
    return v
class T:
    def __setattr__(self, k, v):
        order.append(f"set {k}")
        object.__setattr__(self, k, v)
t = T()
t.x, t.y = val("rhs1", 1), val("rhs2", 2)
print(order)
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(1071, 462))
x = [0, 1, 2]
x[x[0]], x[1] = 5, 6
print(x)
