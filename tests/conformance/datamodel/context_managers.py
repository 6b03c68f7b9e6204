# __enter__/__exit__ protocol
class Resource:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print(f"enter {self.name}")
        return self
    def __exit__(self, exc_type, exc, tb):
        print(f"exit {self.name}: {exc_type.__name__ if exc_type else None} {exc!r}" if exc else f"exit {self.name}: clean")
        return self.suppress
with Resource("a") as r:
    print("body uses", r.name)
with Resource("outer") as o, Resource("inner") as i:
    print("nested", o.name, i.name)
with Resource("swallow", suppress=True):
    raise ValueError("hidden")
print("continued after suppression")
try:
    with Resource("propagate"):
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))
def early():
    with Resource("in function"):
        return "returned value"
print(early())
for n in range(3):
    with Resource(f"loop{n}"):
        if n == 1:
            continue
        if n == 2:
            break
        print("loop body", n)
class NoEnter:
    def __exit__(self, *a): pass
try:
    with NoEnter():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__ + ":", e)
class Timer:
    depth = 0
    def __enter__(self):
        Timer.depth += 1
        return Timer.depth
    def __exit__(self, *exc):
        Timer.depth -= 1
with Timer() as d1:
    with Timer() as d2:
        print("depths", d1, d2, Timer.depth)
print("after", Timer.depth)
