# An exception raised in finally replaces the original
def work():
    try:
        raise ValueError("original")
    finally:
        raise KeyError("from finally")

work()
