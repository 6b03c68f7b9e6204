# send, throw, close on generators
def averager():
    total, n = 0, 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        n += 1
        avg = total / n
    return avg
a = averager()
print(next(a), a.send(10), a.send(20), a.send(60))
try:
    a.send(None)
except StopIteration as e:
    print("final", e.value)
def g():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("  caught", e)
        yield "recovered"
    finally:
        print("  cleanup")
it = g()
print(next(it), it.throw(ValueError("oops")))
it.close()
print("closed")
it2 = g()
next(it2)
it2.close()
print(list(it2))
it3 = g()
try:
    it3.throw(KeyError("before start"))
except KeyError as e:
    print("propagated", repr(e))
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
fresh = averager()
try:
    fresh.send(5)
except TypeError as e:
    print("TypeError:", e)
