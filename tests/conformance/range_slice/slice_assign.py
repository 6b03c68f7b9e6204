# Slice assignment and deletion on lists and bytearrays
a = list(range(8))
a[2:4] = []
print(a)
a[::-1] = a
print(a)
a[1:-1] = "xyz"
print(a)
a[:] = [0, 1]
print(a)
a[5:] = [9]
print(a)
a[-1:-1] = [7, 7]
print(a)
del a[:]
print(a)
b = bytearray(b"0123456789")
b[1:9:3] = b"abc"
del b[-2:]
print(b)
c = list(range(10))
del c[1::2]
print(c)
c[10:20] = [1]
print(c)
d = [1, 2, 3, 4]
d[1:3] = d[::-1]
print(d)
try:
    d[::2] = [1, 2, 3, 4, 5]
except ValueError as e:
    print("ValueError:", e)
try:
    d[1:2] = 5
except TypeError as e:
    print("TypeError:", e)
