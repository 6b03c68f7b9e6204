# it.__next__() on exhausted built-in iterators raises StopIteration()
for it in (iter([]), iter(()), iter(''), iter({}), iter(range(0)), iter(set()), map(abs, []), zip(), enumerate([]), reversed([])):
    try:
        it.__next__()
    except StopIteration as e:
        print(type(it).__name__, repr(e), e.args)
it = iter([1])
print(it.__next__())
try:
    it.__next__()
except StopIteration as e:
    print("done", repr(e))
