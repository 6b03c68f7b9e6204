# Order preservation across operations
d = {}
for k in [5, 3, 9, 1, 7]:
    d[k] = str(k)
print(d, list(d.keys()), list(d.values()))
d[3] = "three"
print(d)
del d[9]
d[9] = "nine"
print(d)
d2 = {k: d[k] for k in sorted(d)}
print(d2, d == d2, list(d) == list(d2))
big = {i: i * i for i in range(1000)}
for i in range(0, 1000, 2):
    del big[i]
print(len(big), list(big)[:5], list(big)[-3:])
big[0] = 0
print(list(big)[-2:], next(iter(big)))
ints = {10: "a", 33: "b", 1: "c", 65: "d", -5: "e"}
print(ints, sorted(ints), min(ints), max(ints.values()))
