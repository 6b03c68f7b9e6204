# whole-stderr test: walrus/assign in if
x = 3
if x = 3:
    pass
