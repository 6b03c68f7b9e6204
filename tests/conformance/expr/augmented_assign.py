# Augmented assignment operators
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x //= 5; print(x)
x **= 3; print(x)
x %= 7; print(x)
x <<= 4; print(x)
x >>= 2; print(x)
x |= 0b1000; print(x)
x &= 0b1100; print(x)
x ^= 0b0101; print(x)
x /= 2; print(x)
lst = [1, 2]
alias = lst
lst += [3]
print(lst, alias, lst is alias)
t = (1, 2)
talias = t
t += (3,)
print(t, talias, t is talias)
s = "ab"
s *= 3
print(s)
d = {"a": [1]}
d["a"] += [2]
d.setdefault("b", 0)
d["b"] += 10
print(d)
class P:
    def __init__(self): self.n = 0
p = P()
for _ in range(4):
    p.n += 2
print(p.n)
m = [[0] * 3 for _ in range(2)]
m[1][2] += 7
m[0][0] -= 1
print(m)
cnt = {}
for ch in "mississippi":
    cnt[ch] = cnt.get(ch, 0) + 1
print(cnt)
