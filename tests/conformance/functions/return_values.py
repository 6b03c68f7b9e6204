# Return semantics: implicit None, multiple values, early return
def nothing():
    pass
def bare():
    return
def multi():
    return 1, "two", [3]
def early(n):
    if n < 0:
        return "negative"
    for i in range(n):
        if i * i > n:
            return i
    return "loop finished"
print(nothing(), bare(), multi(), type(multi()).__name__)
a, b, c = multi()
print(a, b, c)
print([early(n) for n in (-1, 0, 5, 20, 2)])
def find_max_index(xs):
    best_i, best = None, None
    for i, x in enumerate(xs):
        if best is None or x > best:
            best_i, best = i, x
    return best_i, best
print(find_max_index([3, 9, 2, 9]), find_max_index([]))
def side_effect(log):
    log.append("before")
    return log.append("return expr") or "value"
lg = []
print(side_effect(lg), lg)
def ret_in_loop():
    for x in [1, 2, 3]:
        while True:
            return x * 100
print(ret_in_loop())
