# UnboundLocalError messages and cases
total = 10
def add(n):
    total += n
    return total
try:
    add(1)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def use_before_assign():
    print(value)
    value = 1
try:
    use_before_assign()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def deleted():
    v = 1
    del v
    return v
try:
    deleted()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def free_var():
    def inner():
        return w
    r = None
    try:
        r = inner()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    w = 5
    return inner()
print(free_var())
def nonexistent():
    return missing_global_name
try:
    nonexistent()
except NameError as e:
    print("NameError:", e)
print(issubclass(UnboundLocalError, NameError))
def loop_var():
    for i in range(0):
        pass
    return i
try:
    loop_var()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
