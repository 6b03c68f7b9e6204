# Generator state inspection and re-entrancy errors
def g():
    yield 1
gen = g()
print(gen.gi_running, gen.gi_frame is not None, gen.gi_frame.f_lasti if False else "")
next(gen)
print(gen.gi_running, gen.gi_frame is not None)
list(gen)
print(gen.gi_running, gen.gi_frame is None)
def reentrant():
    yield next(me)
me = reentrant()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
print(gen.__name__, g.__name__, type(gen).__name__, gen.__qualname__)
def counter():
    n = 0
    while True:
        cmd = yield n
        if cmd == "reset":
            n = 0
        else:
            n += 1
c = counter()
print([next(c) for _ in range(3)], c.send("reset"), next(c))
