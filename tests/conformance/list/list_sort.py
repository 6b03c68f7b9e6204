# sort stability, keys, reverse
people = [("Alice", 30, "Paris"), ("Bob", 25, "Rome"), ("Carol", 30, "Oslo"), ("Dave", 25, "Paris"),
          ("Eve", 35, "Rome"), ("Frank", 30, "Paris")]
for p in sorted(people, key=lambda p: p[1]):
    print(p)
print([p[0] for p in sorted(people, key=lambda p: p[1], reverse=True)])
print([p[0] for p in sorted(people, key=lambda p: (p[2], -p[1]))])
by_city = sorted(people, key=lambda p: p[2])
by_city_age = sorted(by_city, key=lambda p: p[1])
print([p[0] for p in by_city_age])
nums = [5, -2, 3, -8, 0, 7, -1]
print(sorted(nums, key=abs), sorted(nums, key=abs, reverse=True), sorted(nums, key=lambda n: n % 3))
print(sorted("The quick Brown fox".split(), key=str.lower), sorted("bca"), sorted((3, 1, 2)))
mixed = [3, 1.5, True, 2, 0]
print(sorted(mixed), sorted([[], [1], [0, 0]]), sorted([(1, "b"), (1, "a"), (0, "z")]))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
try:
    [3, None].sort()
except TypeError as e:
    print("TypeError:", e)
data = list(range(20))
data.sort(key=lambda v: v % 4)
print(data)
print(sorted([1, 2, 3], reverse=True), sorted([]), sorted({3: "a", 1: "b"}))
