# Generator finalization on del runs finally blocks
def worker(name):
    try:
        print(name, "start")
        yield 1
        yield 2
    finally:
        print(name, "finally")
g = worker("g1")
next(g)
del g
print("after del g1")
g = worker("g2")
next(g)
g = worker("g3")
print("after rebinding g (g2 finalized above)")
next(g)
def consumer():
    for v in worker("g4"):
        return v
print("consumer returned", consumer())
g5 = worker("g5")
del g5
print("unstarted generator deleted (no finally)")
del g
print("end")
