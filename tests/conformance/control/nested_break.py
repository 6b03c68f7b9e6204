# break/continue in nested loops, flags, and loop-else tricks
grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
target = 5
for r, row in enumerate(grid):
    for c, v in enumerate(row):
        if v == target:
            break
    else:
        continue
    break
print("found at", r, c)
pairs = []
for i in range(4):
    for j in range(4):
        if j > i:
            break
        if (i + j) % 2:
            continue
        pairs.append((i, j))
print(pairs)
def search(matrix, pred):
    for i, row in enumerate(matrix):
        for j, v in enumerate(row):
            if pred(v):
                return i, j
    return None
print(search(grid, lambda v: v > 7), search(grid, lambda v: v > 70))
out = []
for a in range(3):
    for b in range(3):
        for c in range(3):
            if a + b + c == 4 and a <= b <= c:
                out.append((a, b, c))
print(out)
i = 0
while i < 3:
    j = 0
    while True:
        j += 1
        if j > i:
            break
    print(i, j)
    i += 1
