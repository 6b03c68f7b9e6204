# Shadowing builtins at module and function level
def show():
    return list(map(str, [1, 2]))
print(show())
list = lambda x: ["shadowed list"]
print(show())
del list
print(show())
def local_shadow():
    str = "not a function"
    try:
        return str(5)
    except TypeError as e:
        return f"TypeError: {e}"
print(local_shadow(), str(5))
sum = 0
for v in (1, 2, 3):
    sum += v
print(sum)
del sum
print(sum([1, 2, 3]))
try:
    del sum
except NameError as e:
    print("NameError:", e)
print(type(print).__name__, print.__name__)
