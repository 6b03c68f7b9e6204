# gen_deep_await — resuming a deep chain of `await`s: every send() into the
# outermost coroutine travels down DEPTH coroutine frames to the awaitable at the
# bottom and the yielded value travels back up. A tiny hand-written event loop
# (no asyncio) drives TASKS such chains round-robin with send(); at the end each
# task gets a throw(): the bottom turns it into another exception that
# unwinds half of the chain and is caught there.
# Prints one checksum line.

DEPTH = 200
TASKS = 4
STEPS = 12000  # suspensions per task


class Interrupt(Exception):
    pass


class Done(Exception):
    pass


class Suspend:
    """An awaitable that hands `value` to the driver and returns its reply."""
    __slots__ = ("value",)

    def __init__(self, value):
        self.value = value

    def __await__(self):
        reply = yield self.value
        return reply


async def leaf(task, steps):
    acc = 0
    i = 0
    try:
        while True:
            reply = await Suspend(task * 1000 + i)
            acc = (acc * 31 + reply) % 1000003
            i += 1
    except Interrupt:
        raise Done(acc, i)
    return -1   # not reached: the loop ends only by throw()


async def chain(depth, task, steps):
    if depth == 0:
        return await leaf(task, steps)
    if depth == DEPTH // 2:
        try:
            return await chain(depth - 1, task, steps) + 1
        except Done as done:
            acc, i = done.args
            return acc + i
    return await chain(depth - 1, task, steps) + 1


def run_loop(coros, steps):
    """Round-robin driver: send each coroutine the reply to what it yielded."""
    results = [None] * len(coros)
    pending = [(k, c, c.send(None)) for k, c in enumerate(coros)]
    resumes = len(pending)
    for _ in range(steps):
        nxt = []
        for k, c, value in pending:
            nxt.append((k, c, c.send((value * 7 + k) % 997)))
            resumes += 1
        pending = nxt
    for k, c, value in pending:
        try:
            c.throw(Interrupt())
        except StopIteration as stop:
            results[k] = stop.value
        resumes += 1
    return results, resumes


results, resumes = run_loop([chain(DEPTH, t, STEPS) for t in range(TASKS)], STEPS)
print("gen_deep_await", DEPTH, resumes, sum(results), results[0], results[-1])
