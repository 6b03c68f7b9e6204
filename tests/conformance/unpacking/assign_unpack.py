# Unpacking in assignments
a, b, c = 1, 2, 3
print(a, b, c)
(a, b), c = (10, 20), 30
print(a, b, c)
first, *rest = [1, 2, 3, 4]
*init, last = "hello"
head, *mid, tail = range(6)
print(first, rest, init, last, head, mid, tail)
x, *y = [1]
print(x, y)
[p, q], [r, *s] = "pq", "rst"
print(p, q, r, s)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
a = b = c = []
a.append(1)
print(a, b, c, a is c)
i = 0
lst = [0, 0, 0]
i, lst[i] = 1, 99
print(i, lst)
x, y = y, x = 5, 6
print(x, y)
((a, b), (c, d)) = [[1, 2], [3, 4]]
print(a + b + c + d)
d = {}
d["k"], d["j"] = "K", "J"
print(d)
class O: pass
o = O()
o.a, o.b = 1, 2
print(o.a, o.b)
