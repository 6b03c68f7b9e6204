# Uncaught RecursionError: CPython collapses repeated frames
def countdown(n):
    return countdown(n - 1)

print("start")
countdown(10)
