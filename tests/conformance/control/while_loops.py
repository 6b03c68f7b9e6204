# while loops with else, break, continue
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
i = 0
while i < 10:
    i += 1
    if i % 3 == 0:
        continue
    if i == 8:
        break
    print(i, end=" ")
print()
def find(seq, target):
    i = 0
    while i < len(seq):
        if seq[i] == target:
            print("found", target, "at", i)
            break
        i += 1
    else:
        print(target, "not found")
find([4, 8, 15], 8)
find([4, 8, 15], 16)
k = 0
while k < 3:
    k += 1
else:
    print("while-else runs after normal exit, k =", k)
while False:
    pass
else:
    print("else of never-entered loop")
a, b = 0, 1
fibs = []
while a < 100:
    fibs.append(a)
    a, b = b, a + b
print(fibs)
count = 0
while True:
    count += 1
    if count >= 5:
        break
print("count", count)
