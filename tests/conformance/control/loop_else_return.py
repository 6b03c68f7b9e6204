# Interaction of return/break/continue with else and finally inside loops
def first_even(xs):
    for x in xs:
        if x % 2 == 0:
            return x
    else:
        return None
print(first_even([1, 3, 6, 8]), first_even([1, 3]))
def log_loop(n):
    log = []
    for i in range(n):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            log.append(i)
        finally:
            log.append(f"f{i}")
    else:
        log.append("else")
    return log
print(log_loop(2), log_loop(5))
def while_with_finally():
    i = 0
    out = []
    while i < 5:
        i += 1
        try:
            if i == 2:
                continue
            if i == 4:
                return out
            out.append(i)
        finally:
            out.append(-i)
    return out
print(while_with_finally())
