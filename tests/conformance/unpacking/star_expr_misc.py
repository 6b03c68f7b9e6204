# Starred expressions in various places
def head_tail(seq):
    h, *t = seq
    return h, t
print(head_tail([1, 2, 3]), head_tail("x"), head_tail(range(3)))
*a, = [1, 2]
print(a)
[*b] = "xy"
print(b)
(*c, d), e = [1, 2, 3], 4
print(c, d, e)
print([*(x for x in range(3))], {*()}, [*()])
def returns():
    return *[1, 2], 3
print(returns())
for *init, last in [(1, 2, 3), (4,)]:
    print(init, last)
try:
    exec("*a, *b = [1, 2]")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    exec("*a = [1]")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
print(*[1, 2, 3])
print(*"abc", sep="")
merged = [*range(2), *{"k": 0}, *(7,)]
print(merged)
