# for loops over generators (which minipy runs inline in the loop's frame):
# values, return values, exceptions and their tracebacks, PEP 479, break and
# resume later, closing or re-entering the generator from its own loop body,
# frames seen from inside, nested loops and generators iterating generators.
import sys


def count(n):
    for i in range(n):
        yield i
    return "ignored"


print([x * 2 for x in count(5)], sum(count(100)), list(count(0)))

# break, then continue the same generator in another loop
g = count(6)
for x in g:
    if x == 2:
        break
print("after break", x, g.gi_suspended, g.gi_frame.f_lineno)
for x in g:
    print("resumed", x)
print(g.gi_frame, next(g, "exhausted"))


# exceptions from the generator, caught around and inside the loop
def failing(n):
    yield from range(n)
    raise ValueError("failed after %d" % n)


for n in (0, 2):
    try:
        for x in failing(n):
            print("got", x)
    except ValueError as e:
        print("caught", e)


# PEP 479: StopIteration escaping a generator body
def leaky():
    yield 1
    raise StopIteration("leak")


try:
    for x in leaky():
        print("leaky", x)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))


# the generator sees the loop's frame as its caller
def whoami():
    while True:
        f = sys._getframe(1)
        yield f.f_code.co_name, f.f_lineno


def looper():
    out = []
    for who in whoami():
        out.append(who)
        if len(out) == 2:
            break
    return out


print(looper())


# re-entering the running generator from its own loop body
def reenter():
    yield 1
    yield 2


r = reenter()
for x in r:
    try:
        next(r)
        print("stole", x)
    except ValueError as e:
        print("ValueError:", e)

# re-entering the generator from inside it while a loop drives it
def selfish():
    try:
        next(me)
    except ValueError as e:
        yield "inside: " + str(e)
    yield me.gi_running


me = selfish()
print(list(me))

# closing the generator from the loop body ends the loop
c = count(10)
seen = []
for x in c:
    seen.append(x)
    if x == 3:
        c.close()
print(seen, c.gi_frame)


# throw() into a generator between iterations of a loop
def catcher():
    i = 0
    while True:
        try:
            yield i
        except KeyError:
            i += 100
        i += 1


c = catcher()
out = []
for x in c:
    out.append(x)
    if x == 2:
        out.append(c.throw(KeyError))
    if len(out) > 6:
        break
print(out)
c.close()


# exceptions raised in the loop body while the generator is suspended
def guarded():
    try:
        yield 1
        yield 2
    finally:
        print("generator finally")


try:
    for x in guarded():
        raise IndexError("body")
except IndexError as e:
    print("body error", e)


# nested loops and generators iterating generators
def pairs(n):
    for i in count(n):
        for j in count(i):
            yield i, j


print(list(pairs(4)))


def chained(*its):
    for it in its:
        yield from it


print(list(chained(count(3), "ab", (x for x in count(2)))))

# a generator expression is a generator too
print(sum(x * x for x in count(10) if x % 2))

# the handled exception is visible inside the generator during the loop
def peek():
    yield repr(sys.exc_info()[1])


try:
    raise OSError("outer")
except OSError:
    for v in peek():
        print("inside sees", v)
for v in peek():
    print("inside sees", v)


# recursion: a deep recursive generator tree through for loops
def walk(depth):
    if depth == 0:
        yield 1
        return
    for x in walk(depth - 1):
        yield x
    yield depth


print(sum(walk(200)), len(list(walk(300))))

# past the recursion limit: RecursionError as in CPython
sys.setrecursionlimit(150)
try:
    print(sum(walk(400)))
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(1000)
print(sum(walk(50)))

# a generator finished by a return value ends the loop (value dropped)
def returns():
    yield "a"
    return "value"


print(list(returns()), [x for x in returns()])
