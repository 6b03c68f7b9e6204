# Loops over ranges: typical numeric programs
for n in range(1, 16):
    print("FizzBuzz" if n % 15 == 0 else "Fizz" if n % 3 == 0 else "Buzz" if n % 5 == 0 else n, end=" ")
print()
for i in range(1, 6):
    print(" " * (5 - i) + "*" * (2 * i - 1))
table = [[i * j for j in range(1, 6)] for i in range(1, 6)]
for row in table:
    print("".join(f"{v:4}" for v in row))
print(sum(i for i in range(1000) if i % 3 == 0 or i % 5 == 0))
r = range(0, 100, 7)
print(r[5], len(r), r.index(49), list(r[-3:]))
total = 0
for i in range(10, 0, -2):
    total += i
print(total, list(range(10, 0, -2)))
it = iter(range(3))
print(next(it), list(it), list(it))
print([x for x in range(-5, 5) if x * x < 10])
