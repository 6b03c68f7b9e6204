# set comprehensions and typical uses
nums = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
print({n for n in nums}, {n % 4 for n in nums}, {n * n for n in range(-3, 4)})
print(sorted({w.lower() for w in "The the THE cat Cat".split()}))
seen = set()
dups = set()
for n in nums:
    (dups if n in seen else seen).add(n)
print(seen, dups, seen - dups)
a = set(range(0, 30, 3))
b = set(range(0, 30, 5))
print(a & b, sorted(a | b), len(a ^ b))
graph = {1: [2, 3], 2: [4], 3: [4, 5], 4: [6], 5: [6], 6: []}
def reachable(start):
    seen, todo = set(), [start]
    while todo:
        n = todo.pop()
        if n not in seen:
            seen.add(n)
            todo.extend(graph[n])
    return seen
print(reachable(1), reachable(3), reachable(6))
print({x for x in range(100) if x % 7 == 0 and x % 2 == 0})
print({1, 2} == {2, 1}, {1} != {1.0}, {(1, "a")}, {None, 0})
