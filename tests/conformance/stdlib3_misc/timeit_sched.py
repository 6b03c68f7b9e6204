# timeit with a fake clock (deterministic), its template/errors and CLI
# output; sched ordering, cancel, non-blocking run and the queue view.
import sched
import sys
import timeit


class FakeTimer:
    def __init__(self, step=0.001):
        self.now = 0.0
        self.step = step

    def __call__(self):
        self.now += self.step
        return self.now


t = timeit.Timer('x = 1 + 1', timer=FakeTimer())
print(t.src)
print(round(t.timeit(100), 6), [round(v, 6) for v in t.repeat(3, 10)])
clk = FakeTimer(0.001)


def tick():
    clk.now += 0.004


calls = []
print(timeit.Timer(tick, timer=clk).autorange(lambda n, tt: calls.append((n, round(tt, 3)))))
print(calls)
counter = []
print(timeit.timeit(lambda: counter.append(1), number=7, timer=FakeTimer()) > 0, len(counter))
print(timeit.repeat('y = 2', setup='y = 1', repeat=2, number=3, timer=FakeTimer()))
g = {'value': 41}
print(timeit.timeit('value + 1', number=5, globals=g, timer=FakeTimer()) > 0)
for stmt, setup in [(5, 'pass'), ('x=', 'pass'), ('return 1', 'pass'), ('pass', 'break'), ('pass', 3)]:
    try:
        timeit.Timer(stmt, setup)
    except (ValueError, SyntaxError) as e:
        print(type(e).__name__, e)
print(timeit.default_number, timeit.default_repeat, timeit.dummy_src_name, timeit.default_timer.__name__)
print(timeit.Timer(lambda: None, setup=lambda: None).src)


def wrap(timer):
    fake = FakeTimer(0.25)
    return fake


timeit.main(['-n', '10', '-r', '3', '-s', 'a = 1', 'a + 1'], _wrap_timer=wrap)
timeit.main(['-n', '1', '-u', 'msec', 'pass'], _wrap_timer=wrap)
timeit.main(['-v', '-r', '2', 'pass'], _wrap_timer=wrap)
timeit.main(['-v', '-v', '-r', '2', 'pass'], _wrap_timer=wrap)
timeit.main(['--number=2', '--repeat=1', '-p', 'pass'], _wrap_timer=lambda t: FakeTimer(2e-7))
print(timeit.main(['-x']))
print(timeit.main(['-u', 'years', 'pass']))

# sched with a simulated clock
clock = [0.0]


def fake_time():
    return clock[0]


def fake_sleep(d):
    clock[0] += d


s = sched.scheduler(fake_time, fake_sleep)
log = []


def act(name, *rest, **kw):
    log.append((round(clock[0], 3), name, rest, kw))


e1 = s.enter(5, 1, act, ('five',))
e2 = s.enter(2, 2, act, ('two-low',))
e3 = s.enter(2, 1, act, ('two-high',), {'k': 1})
e4 = s.enterabs(3, 1, act, argument=('abs3',))
e5 = s.enter(4, 1, act, ('cancelled',))
s.cancel(e5)
print([(e.time, e.priority, e.action.__name__, e.argument) for e in s.queue])
print(s.empty(), e1 < e2, e2.time == e3.time, e3 < e2)
print(s.run(blocking=False))
s.run()
print(log, s.empty(), clock[0])
try:
    s.cancel(e1)
except ValueError as e:
    print('ValueError', e)
s.enter(1, 1, lambda: s.enter(1, 1, act, ('chained',)))
s.run()
print(log[-1])
print(sched.Event._fields)
