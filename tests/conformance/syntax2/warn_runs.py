# whole-stderr test: a warning is printed and the program runs
x = "\d"
print(x, 1 is 1)
