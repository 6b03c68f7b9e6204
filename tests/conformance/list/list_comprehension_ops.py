# lists built by loops vs comprehensions; in-place ops during iteration
evens = []
for i in range(10):
    if i % 2 == 0:
        evens.append(i * i)
print(evens == [i * i for i in range(10) if i % 2 == 0], evens)
a = [1, 2, 3, 4, 5, 6]
for x in a[:]:
    if x % 2 == 0:
        a.remove(x)
print(a)
b = [1, 2, 3, 4, 5, 6]
b = [x for x in b if x % 3]
print(b)
c = [1, 2, 3]
for i, v in enumerate(c):
    c[i] = v * 10
print(c)
d = [0]
for v in d:
    if v < 5:
        d.append(v + 1)
print(d)
e = [5, 4, 3]
it = iter(e)
next(it)
e.insert(0, 9)
print(list(it))
pairs = [(i, j) for i in range(3) for j in range(i)]
print(pairs)
print([[i * j for j in range(1, 4)] for i in range(1, 4)])
print(list(map(lambda p: p[0] + p[1], pairs)), list(filter(None, [0, 1, "", "a", [], [0]])))
