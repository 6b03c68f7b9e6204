# finally with return, break, continue
def ret_override():
    try:
        return "try"
    finally:
        return "finally"
print(ret_override())
def ret_value_evaluated_first():
    x = [1]
    try:
        return x
    finally:
        x.append(2)
print(ret_value_evaluated_first())
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed by return in finally"
print(swallow())
def loop():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"fin{i}")
    return out
print(loop())
def break_in_finally():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return i
print(break_in_finally())
def counter():
    n = 0
    while True:
        try:
            n += 1
            if n < 3:
                continue
            return n
        finally:
            print("finally n =", n)
print(counter())
def nested_finally():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(nested_finally())
