# sched event scheduling, contextvars across threads and asyncio tasks, logging from threads
import sched, time, threading, contextvars, asyncio, logging, sys, io

clock = [0.0]
def fake_time():
    return clock[0]
def fake_sleep(d):
    clock[0] += d
s = sched.scheduler(fake_time, fake_sleep)
log = []
def job(name):
    log.append((round(clock[0], 3), name))
s.enter(5, 1, job, ("five",))
s.enter(1, 2, job, ("one-low",))
s.enter(1, 1, job, ("one-high",))
e = s.enterabs(3, 1, job, ("three",))
s.enter(2, 1, job, kwargs={"name": "two"})
print(len(s.queue), s.empty(), [ev.argument for ev in s.queue])
s.cancel(e)
s.run()
print(log, s.empty())
try:
    s.cancel(e)
except ValueError as err:
    print("ValueError", type(err).__name__)

request_id = contextvars.ContextVar("request_id", default="-")
user = contextvars.ContextVar("user")
print(request_id.get(), user.get("anon"), repr(request_id)[:33])
try:
    user.get()
except LookupError as err:
    print("LookupError:", type(err).__name__)
token = request_id.set("req-1")
print(request_id.get())
request_id.reset(token)
print(request_id.get())
try:
    request_id.reset(token)
except RuntimeError as err:
    print("RuntimeError:", str(err).split(" at 0x")[0], str(err).endswith("has already been used once"))

def handler(n):
    request_id.set(f"req-{n}")
    time.sleep(0.001)
    return request_id.get()
results = []
threads = [threading.Thread(target=lambda n=n: results.append(contextvars.copy_context().run(handler, n))) for n in range(4)]
for t in threads: t.start()
for t in threads: t.join()
print(sorted(results), request_id.get())

ctx = contextvars.Context()
print(ctx.run(lambda: request_id.get()), len(ctx), request_id in ctx)
ctx.run(request_id.set, "inside")
print(ctx[request_id], ctx.get(user, "none"), list(ctx.keys()) == [request_id], request_id.get())

async def task(n):
    request_id.set(f"task-{n}")
    await asyncio.sleep(0.001 * (3 - n))
    return (n, request_id.get())
async def main():
    request_id.set("main")
    out = await asyncio.gather(*(task(n) for n in range(3)))
    return out, request_id.get()
print(asyncio.run(main()))

stream = io.StringIO()
logger = logging.getLogger("sweep2.worker")
handler_ = logging.StreamHandler(stream)
class CtxFilter(logging.Filter):
    def filter(self, record):
        record.rid = request_id.get()
        return True
handler_.addFilter(CtxFilter())
handler_.setFormatter(logging.Formatter("%(levelname)-7s %(name)s [%(rid)s] %(threadName)s: %(message)s"))
logger.addHandler(handler_)
logger.setLevel(logging.DEBUG)
logger.propagate = False
def work(n):
    request_id.set(f"w{n}")
    logger.info("processing %d items", n * 10)
    if n == 2:
        logger.warning("item %s is slow", n)
ts = [threading.Thread(target=work, args=(n,), name=f"W{n}") for n in range(3)]
for t in ts:
    t.start(); t.join()
logger.debug("all done")
try:
    1 / 0
except ZeroDivisionError:
    logger.exception("failure in %s", "main")
text = stream.getvalue()
print(text.split("Traceback")[0], end="")
print(text.strip().splitlines()[-1])
