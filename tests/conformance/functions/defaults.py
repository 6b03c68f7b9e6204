# Default argument evaluation and the mutable default pitfall
counter = 0
def next_id():
    global counter
    counter += 1
    return counter
def make(name, ident=next_id()):
    return name, ident
print(make("a"), make("b"), make("c", 99), counter)
def append_bad(x, acc=[]):
    acc.append(x)
    return acc
print(append_bad(1), append_bad(2), append_bad(3, []), append_bad(4))
def append_good(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
print(append_good(1), append_good(2))
print(append_bad.__defaults__, make.__defaults__)
def power(base, exp=2, *, mod=None):
    r = base ** exp
    return r % mod if mod else r
print(power(3), power(3, 3), power(3, mod=5), power(exp=4, base=2))
x = 10
def snapshot(v=x):
    return v
x = 20
print(snapshot(), x)
fns = [lambda i=i: i * 10 for i in range(3)]
print([fn() for fn in fns])
late = [lambda: i * 10 for i in range(3)]
print([fn() for fn in late])
