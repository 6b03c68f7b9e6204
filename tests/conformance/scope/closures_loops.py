# Closures capturing loop variables and cells
def make_adders():
    adders = []
    for i in range(3):
        adders.append(lambda x: x + i)
    return adders
print([a(10) for a in make_adders()])
def make_adders_fixed():
    def make(i):
        return lambda x: x + i
    return [make(i) for i in range(3)]
print([a(10) for a in make_adders_fixed()])
def shared_cell():
    fns = []
    n = 0
    def get(): return n
    def inc():
        nonlocal n
        n += 1
    fns = [get, inc]
    return fns
get, inc = shared_cell()
inc(); inc()
print(get())
def cell_in_while():
    out = []
    k = 0
    while k < 3:
        out.append(lambda k=k: k * k)
        k += 1
    return [f() for f in out]
print(cell_in_while())
x = 0
def modify_global_in_loop():
    global x
    for _ in range(5):
        x += 2
modify_global_in_loop()
print(x)
