# Exception raised inside a generator frame
def numbers(text):
    for part in text.split(","):
        yield float(part)

total = 0.0
for n in numbers("1.5,2.5,oops,4"):
    total += n
    print("running total", total)
