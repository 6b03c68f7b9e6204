# examples/generators.py — lazy pipelines, `yield from`, send() and a tiny
# round-robin scheduler built on generators (no asyncio).


def naturals(start=1):
    n = start
    while True:
        yield n
        n += 1


def take(n, it):
    for _, x in zip(range(n), it):
        yield x


def collatz(n):
    while n != 1:
        yield n
        n = 3 * n + 1 if n % 2 else n // 2
    yield 1


def flatten(items):
    for x in items:
        if isinstance(x, list):
            yield from flatten(x)
        else:
            yield x


def running_average():
    total, count, average = 0.0, 0, None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count


def worker(name, steps):
    for i in range(steps):
        yield f"{name} step {i + 1}/{steps}"
    return f"{name} done"


def round_robin(tasks):
    log = []
    while tasks:
        task = tasks.pop(0)
        try:
            log.append(next(task))
            tasks.append(task)
        except StopIteration as stop:
            log.append(stop.value)
    return log


squares = (n * n for n in naturals())
print("squares:", list(take(8, squares)))
longest = max(range(1, 10_000), key=lambda n: sum(1 for _ in collatz(n)))
print(f"longest Collatz chain below 10,000 starts at {longest}: {sum(1 for _ in collatz(longest))} steps")
print("flatten:", list(flatten([1, [2, [3, [4, 5]], 6], [[7]], 8])))

avg = running_average()
next(avg)
for v in (10, 20, 60, 10):
    print(f"sent {v:>2}, average now {avg.send(v):.2f}")

for line in round_robin([worker("A", 3), worker("B", 1), worker("C", 2)]):
    print(line)
