import heapq, bisect
h = []
for x in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(h, x)
print(h, [heapq.heappop(h) for _ in range(3)], h)
data = [9, 4, 7, 1, 8, 2]
heapq.heapify(data); print(data)
print(heapq.heappushpop(data, 0), heapq.heapreplace(data, 10), data)
print(heapq.nlargest(3, [5, 1, 8, 3, 9]), heapq.nsmallest(2, [5, 1, 8, 3, 9]))
print(heapq.nlargest(2, ['aaa', 'b', 'cc'], key=len), heapq.nsmallest(10, [3, 1, 2]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6])), list(heapq.merge(['c', 'a'], ['b'], key=str.upper, reverse=True)))
tasks = [(2, 'write'), (1, 'plan'), (3, 'test')]
heapq.heapify(tasks)
while tasks:
    print(heapq.heappop(tasks))
grades = [60, 70, 80, 90]
print([('FDCBA')[bisect.bisect(grades, s)] for s in [33, 99, 77, 70, 89, 90, 100]])
a = []
for x in [5, 3, 9, 3, 1]:
    bisect.insort(a, x)
print(a, bisect.bisect_left(a, 3), bisect.bisect_right(a, 3), bisect.bisect_left(a, 3, 2), bisect.bisect_right(a, 100))
recs = [('a', 1), ('b', 5), ('c', 9)]
print(bisect.bisect_left(recs, 5, key=lambda r: r[1]))
bisect.insort(recs, ('x', 4), key=lambda r: r[1]); print(recs)
try:
    bisect.bisect([], 1, -1)
except ValueError as e:
    print(e)
try:
    heapq.heappop([])
except IndexError as e:
    print(e)
