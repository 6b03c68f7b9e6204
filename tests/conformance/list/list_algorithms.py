# Classic list algorithms
def quicksort(a):
    if len(a) <= 1:
        return a
    pivot, *rest = a
    return quicksort([x for x in rest if x < pivot]) + [pivot] + quicksort([x for x in rest if x >= pivot])
def merge_sort(a):
    if len(a) <= 1:
        return a[:]
    mid = len(a) // 2
    l, r = merge_sort(a[:mid]), merge_sort(a[mid:])
    out, i, j = [], 0, 0
    while i < len(l) and j < len(r):
        if l[i] <= r[j]:
            out.append(l[i]); i += 1
        else:
            out.append(r[j]); j += 1
    return out + l[i:] + r[j:]
data = [38, 27, 43, 3, 9, 82, 10, 3, -5, 0]
print(quicksort(data), merge_sort(data) == sorted(data), data)
def flatten(x):
    out = []
    for item in x:
        if isinstance(item, list):
            out.extend(flatten(item))
        else:
            out.append(item)
    return out
print(flatten([1, [2, [3, [4, []]], 5], [[6]]]))
def chunks(a, n):
    return [a[i:i + n] for i in range(0, len(a), n)]
print(chunks(list(range(10)), 3))
def dedupe(a):
    seen, out = set(), []
    for v in a:
        if v not in seen:
            seen.add(v); out.append(v)
    return out
print(dedupe([3, 1, 3, 2, 1, 5]))
def rotate(a, k):
    k %= len(a)
    return a[-k:] + a[:-k]
print(rotate([1, 2, 3, 4, 5], 2), rotate([1, 2, 3], -1))
matrix = [[1, 2], [3, 4], [5, 6]]
print([list(r) for r in zip(*matrix)], [sum(r) for r in matrix], sum(map(sum, matrix)))
stack, queue = [], []
for i in range(4):
    stack.append(i); queue.append(i)
print([stack.pop() for _ in range(4)], [queue.pop(0) for _ in range(4)])
