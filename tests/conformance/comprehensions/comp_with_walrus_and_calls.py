# Comprehensions with walrus, function calls, and early evaluation of the first iterable
def expensive(x):
    return x * x - 10
print([y for x in range(8) if (y := expensive(x)) > 0])
data = [3, -1, 4, -1, 5, -9, 2, 6]
running = []
acc = 0
print([acc := acc + d for d in data], acc)
def gen_first():
    print("  first iterable evaluated")
    return range(2)
def gen_second():
    print("  second iterable evaluated")
    return "ab"
print([(a, b) for a in gen_first() for b in gen_second()])
g = ((a, b) for a in gen_first() for b in gen_second())
print("generator created")
print(list(g))
print([len(s) for s in map(str, range(8, 13))])
try:
    [1 / x for x in [1, 0]]
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
