# StopIteration, generator return values, and RuntimeError conversion
def gen():
    yield 1
    return "done"
g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
def bad_gen():
    yield 1
    raise StopIteration("inside")
try:
    list(bad_gen())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
it = iter([])
try:
    next(it)
except StopIteration as e:
    print("empty iterator:", repr(e), e.value)
def delegator():
    result = yield from gen()
    yield f"sub returned {result}"
print(list(delegator()))
try:
    raise StopIteration
except StopIteration as e:
    print("plain StopIteration is an Exception:", isinstance(e, Exception))
