# gen_depth_scaling — does resuming a suspended delegation chain cost time per
# level? For DEPTHS levels of `yield from` generators and of `await`
# coroutines, send() into the outermost one STEPS[depth] times; each resume
# reaches the bottom and the yielded value comes back out. An interpreter whose
# resume is constant-time in the depth shows the same ns per resume at every
# depth (CPython 3.11 re-enters its evaluation loop once per level, so its time
# grows linearly). Prints one checksum line; with --report it also prints, on
# stderr, the best-of-5 ns per resume at each depth (`--report N`: N resumes
# per depth).
import sys
import time

DEPTHS = (1, 10, 100, 1000, 10000)
sys.setrecursionlimit(max(DEPTHS) * 2 + 1000)


def steps_for(depth):
    # Enough resumes to time, bounded so a linear-cost resume stays affordable.
    return max(400, 400000 // depth)


def bottom():
    acc = 0
    while True:
        got = yield acc
        if got is None:
            return acc
        acc = (acc * 31 + got) % 1000003


def chain(depth):
    if depth == 1:
        return (yield from bottom())
    return (yield from chain(depth - 1)) + 1


class Suspend:
    __slots__ = ()

    def __await__(self):
        return (yield)


async def aleaf(steps):
    acc = 0
    for _ in range(steps):
        got = await Suspend()
        acc = (acc * 7 + got) % 1000003
    return acc


async def achain(depth, steps):
    if depth == 1:
        return await aleaf(steps)
    return await achain(depth - 1, steps) + 1


def run_gen(depth, steps):
    g = chain(depth)
    next(g)
    last = 0
    t0 = time.perf_counter()
    for i in range(steps):
        last = g.send(i)
    t1 = time.perf_counter()
    try:
        g.send(None)
    except StopIteration as stop:
        return last + stop.value, t1 - t0


def run_coro(depth, steps):
    c = achain(depth, steps)
    c.send(None)  # runs down to the first Suspend
    t0 = time.perf_counter()
    try:
        for i in range(steps - 1):
            c.send(i)
        t1 = time.perf_counter()
        c.send(steps)
    except StopIteration as stop:
        return stop.value, t1 - t0


def main():
    report = "--report" in sys.argv
    fixed = [int(a) for a in sys.argv[1:] if a.isdigit()]
    check = 0
    rows = []
    for depth in DEPTHS:
        steps = fixed[0] if fixed else steps_for(depth)
        g, tg = run_gen(depth, steps)
        c, tc = run_coro(depth, steps)
        for _ in range(4 if report else 0):  # best of 5 for the report
            tg = min(tg, run_gen(depth, steps)[1])
            tc = min(tc, run_coro(depth, steps)[1])
        check = (check * 1000003 + g * 7 + c) % (1 << 61)
        rows.append((depth, steps, tg * 1e9 / steps, tc * 1e9 / (steps - 1)))
    print("gen_depth_scaling", len(DEPTHS), check)
    if report:
        print("%8s %8s %16s %16s" % ("depth", "resumes", "yield-from ns", "await ns"), file=sys.stderr)
        for depth, steps, ng, nc in rows:
            print("%8d %8d %16.1f %16.1f" % (depth, steps, ng, nc), file=sys.stderr)


main()
