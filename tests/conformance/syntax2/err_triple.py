# whole-stderr test: unterminated triple-quoted string
x = 1
s = """abc

def f():
    pass
