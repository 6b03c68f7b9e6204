# IndexError from a list lookup
values = [10, 20, 30]
for i in range(4):
    print(values[i])
