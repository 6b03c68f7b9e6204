# with statements that suppress or transform exceptions
class suppress:
    def __init__(self, *types): self.types = types
    def __enter__(self): return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            self.caught = ev
            return True
        return False
with suppress(KeyError) as s:
    {}["x"]
print("suppressed", repr(s.caught))
try:
    with suppress(KeyError):
        [][0]
except IndexError as e:
    print("not suppressed:", e)
class Transform:
    def __enter__(self): return self
    def __exit__(self, et, ev, tb):
        if et is ZeroDivisionError:
            raise ValueError("transformed") from ev
try:
    with Transform():
        1 / 0
except ValueError as e:
    print(e, "from", repr(e.__cause__))
class Transaction:
    def __init__(self): self.log = []
    def __enter__(self):
        self.log.append("begin")
        return self
    def __exit__(self, et, ev, tb):
        self.log.append("rollback" if et else "commit")
        return False
t = Transaction()
with t:
    t.log.append("work")
try:
    with t:
        t.log.append("bad work")
        raise RuntimeError("fail")
except RuntimeError:
    pass
print(t.log)
def gen_exit():
    with suppress(StopIteration):
        next(iter([]))
        print("unreached")
    return "returned normally"
print(gen_exit())
