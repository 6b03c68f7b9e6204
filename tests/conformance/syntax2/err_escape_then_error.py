# whole-stderr test: invalid escape warning then error
x = "\d"
print(x)
y = (1 +
