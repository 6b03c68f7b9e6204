# ZeroDivisionError with position markers
def ratio(a, b):
    return a / b

total = 10
count = 0
print("ratio of", total, count)
print(ratio(total, count))
