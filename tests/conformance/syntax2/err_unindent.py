# whole-stderr test: unindent
def f():
        x = 1
    return x
