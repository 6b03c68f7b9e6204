# Nested comprehensions for matrix work
def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
def matmul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]
def transpose(m):
    return [list(r) for r in zip(*m)]
A = [[1, 2], [3, 4], [5, 6]]
B = [[7, 8, 9], [10, 11, 12]]
print(identity(3))
print(matmul(A, B))
print(transpose(A), matmul(A, identity(2)) == A)
board = [["." for _ in range(5)] for _ in range(3)]
board[1][2] = "#"
print("\n".join("".join(row) for row in board))
pascal = [[1]]
for _ in range(5):
    prev = pascal[-1]
    pascal.append([1] + [prev[i] + prev[i + 1] for i in range(len(prev) - 1)] + [1])
for row in pascal:
    print(" ".join(map(str, row)).center(20))
