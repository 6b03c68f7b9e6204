# Concatenation, repetition, comparison, membership, aliasing
a = [1, 2, 3]
b = a
b += [4]
print(a, a is b)
c = a + [5]
print(c, a, c is a)
grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid, grid[0] is grid[1])
grid2 = [[0] * 3 for _ in range(2)]
grid2[0][0] = 1
print(grid2)
print([1, 2] == [1, 2], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 99], [] < [0], [1, [2]] == [1, [2]])
print(3 in a, 9 not in a, [1, 2] in [[1, 2], [3]], a * 0, [None] * 3)
try:
    [1] < ["a"]
except TypeError as e:
    print("TypeError:", e)
try:
    [1] + (2,)
except TypeError as e:
    print("TypeError:", e)
r = [1, 2]
r.append(r)
print(r, len(r), r[2] is r)
print(len([]), len([[]]), bool([]), bool([[]]), sum([[1], [2, 3]], []))
x = [5, 3, 8]
y = x[:]
y.sort()
print(x, y, list(reversed(x)), x[::-1] == list(reversed(x)))
print(max([3, 1, 2]), min([[2], [1, 5]]), sorted([[2, 1], [1, 2], [1]]))
