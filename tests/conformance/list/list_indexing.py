# Indexing, slicing, slice assignment and deletion
a = list(range(10))
print(a[0], a[-1], a[2:5], a[::3], a[::-2], a[-3:], a[:-7], a[5:2], a[100:])
a[2:5] = ["x", "y"]; print(a)
a[1:1] = [10, 11, 12]; print(a)
a[:2] = []; print(a)
a[::2] = "ABCDE"; print(a)
del a[::3]; print(a)
del a[1]; print(a)
del a[-2:]; print(a)
a[len(a):] = [7, 8]; print(a)
b = [0] * 6
b[1::2] = [1, 1, 1]; print(b)
try:
    b[::2] = [9, 9]
except ValueError as e:
    print("ValueError:", e)
try:
    a[50]
except IndexError as e:
    print("IndexError:", e)
try:
    a[50] = 1
except IndexError as e:
    print("IndexError:", e)
try:
    a["1"]
except TypeError as e:
    print("TypeError:", e)
try:
    a[1.0]
except TypeError as e:
    print("TypeError:", e)
c = [1, 2, 3]
c[1:2] = c; print(c)
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[1] for row in m], [m[i][i] for i in range(3)], [r[::-1] for r in m[::-1]])
print(list(zip(*m)), [list(col) for col in zip(*m)][0])
