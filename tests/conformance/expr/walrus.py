# Assignment expressions
data = [1, 4, 9, 16, 25, 36]
if (n := len(data)) > 5:
    print(f"list too long ({n} elements)")
print([y for x in data if (y := x * 2) > 20])
print(y)
pos = 0
text = "ab,cd,ef"
while (i := text.find(",", pos)) != -1:
    print(text[pos:i])
    pos = i + 1
print(text[pos:])
def f(x):
    return x * 10
print([y := f(3), y ** 2])
total = 0
print([total := total + v for v in range(5)], total)
print((a := 5) + a)
if any((hit := v) > 10 for v in data):
    print("first over 10:", hit)
stack = [3, 2, 1]
while stack and (top := stack.pop()) != 2:
    print("popped", top)
print("stopped at", top, stack)
def g():
    [w := k for k in range(3)]
    return w
print(g())
