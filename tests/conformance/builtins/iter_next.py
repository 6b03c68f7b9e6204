# iter with sentinel, next with default
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration:
    print("StopIteration")
data = [5, 3, 0, 7, 0, 2]
pos = 0
def reader():
    global pos
    v = data[pos]
    pos += 1
    return v
print(list(iter(reader, 0)))
print(list(iter(reader, 0)))
counter = iter(range(100))
print(list(iter(lambda: next(counter), 5)))
try:
    iter(5, 0)
except TypeError as e:
    print("TypeError:", e)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
d = {"a": 1, "b": 2}
di = iter(d)
print(next(di), next(di), next(di, "end"), type(di).__name__)
s = iter("xy")
print(list(s))
print(type(iter([])).__name__, type(iter(())).__name__, type(iter(range(1))).__name__, type(iter(set())).__name__)
