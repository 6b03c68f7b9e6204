# heapq and bisect: priority queues, top-k, merging, scheduling, grading.
import heapq
import bisect
from dataclasses import dataclass, field

nums = [5, 1, 8, 3, 9, 2, 7]
h = list(nums)
heapq.heapify(h)
print(h, heapq.heappop(h), h)
heapq.heappush(h, 0)
print(h, heapq.heappushpop(h, 10), heapq.heapreplace(h, 4), h)
print(heapq.nlargest(3, nums), heapq.nsmallest(3, nums), heapq.nlargest(2, ["apple", "fig", "banana"], key=len))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 9])), list(heapq.merge(["c", "a"], ["d", "b"], key=str.upper, reverse=False)))
print(list(heapq.merge([7, 4, 1], [8, 2], reverse=True)))


@dataclass(order=True)
class Task:
    priority: int
    seq: int
    name: str = field(compare=False)


class Scheduler:
    def __init__(self):
        self.heap = []
        self.counter = 0

    def add(self, name, priority):
        heapq.heappush(self.heap, Task(priority, self.counter, name))
        self.counter += 1

    def run(self):
        order = []
        while self.heap:
            t = heapq.heappop(self.heap)
            order.append((t.priority, t.name))
        return order


s = Scheduler()
for name, pr in [("write", 2), ("test", 1), ("deploy", 3), ("review", 2), ("plan", 1)]:
    s.add(name, pr)
print(s.run())


def dijkstra(graph, start):
    dist = {start: 0}
    pq = [(0, start)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, float("inf")):
            continue
        for v, w in graph[u]:
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                heapq.heappush(pq, (nd, v))
    return dict(sorted(dist.items()))


graph = {"A": [("B", 4), ("C", 1)], "B": [("D", 1)], "C": [("B", 2), ("D", 5)], "D": []}
print(dijkstra(graph, "A"))


def grade(score, breakpoints=(60, 70, 80, 90), grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]


print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100, 60, 59]])
a = [1, 2, 4, 4, 4, 7, 9]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 0), bisect.bisect(a, 10), bisect.bisect_left(a, 4, 4), bisect.bisect_right(a, 4, 0, 3))
bisect.insort(a, 5)
bisect.insort_left(a, 4)
bisect.insort_right(a, 100)
print(a)
records = [("alice", 31), ("bob", 25), ("carol", 40)]
records.sort(key=lambda r: r[1])
ages = [r[1] for r in records]
print(records[bisect.bisect_left(ages, 30)], bisect.bisect_left(records, 30, key=lambda r: r[1]))
bisect.insort(records, ("dan", 28), key=lambda r: r[1])
print(records)


class Median:
    def __init__(self):
        self.lo, self.hi = [], []

    def add(self, x):
        heapq.heappush(self.lo, -heapq.heappushpop(self.hi, x))
        if len(self.lo) > len(self.hi):
            heapq.heappush(self.hi, -heapq.heappop(self.lo))

    def median(self):
        if len(self.hi) > len(self.lo):
            return self.hi[0]
        return (self.hi[0] - self.lo[0]) / 2


m = Median()
out = []
for x in [5, 15, 1, 3, 8, 7, 9, 10]:
    m.add(x)
    out.append(m.median())
print(out)
try:
    heapq.heappop([])
except IndexError as e:
    print(e)
try:
    bisect.bisect([1, 2], 1, lo=-1)
except ValueError as e:
    print(e)
try:
    heapq.heappush([1, "a"], 2)
except TypeError as e:
    print(e)
