# for loops with else, break, continue, and various iterables
for i in range(3):
    print("i =", i)
else:
    print("done", i)
for ch in "abc":
    if ch == "b":
        continue
    print(ch)
for n in range(2, 30):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, end=" ")
print()
for k, v in {"x": 1, "y": 2}.items():
    print(k, v)
for i, (a, b) in enumerate(zip("ab", [10, 20]), 1):
    print(i, a, b)
for x in []:
    print("never")
else:
    print("empty loop else")
for i in range(5):
    pass
print("loop var after loop:", i)
total = 0
for row in [[1, 2], [3, 4], [5]]:
    for v in row:
        total += v
print("total", total)
lst = [1, 2, 3]
for x in lst:
    if x == 2:
        lst.append(4)
    print(x, end=",")
print()
for _ in range(2):
    for __ in range(2):
        print("*", end="")
print()
