# yield from delegation
def inner():
    x = yield "inner-1"
    print("  inner got", x)
    yield "inner-2"
    return "inner-result"
def outer():
    r = yield from inner()
    print("  outer got", r)
    yield from range(2)
    yield from "ab"
    return "outer-done"
g = outer()
print(next(g))
print(g.send("sent"))
print(list(g))
def flatten(x):
    for item in x:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, (3, [4, 5])], [], [[6]]])))
def tree(n, depth=0):
    yield "  " * depth + str(n)
    for c in range(n):
        yield from tree(c, depth + 1)
print("\n".join(tree(3)))
def catcher():
    try:
        yield 1
        yield 2
    except KeyError:
        yield "inner handled KeyError"
def wrapper():
    yield from catcher()
w = wrapper()
print(next(w), w.throw(KeyError()))
