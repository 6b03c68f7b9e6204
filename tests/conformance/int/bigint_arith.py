# Big integer arithmetic
a = 2 ** 100
b = 3 ** 70
print(a, b)
print(a + b, a - b, b - a)
print(a * b)
print(a // 7, a % 7, b // a, b % a)
print(-a // 7, -a % 7, a // -7, a % -7)
print(divmod(b, 12345678901234567890), divmod(-b, 12345678901234567890))
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
print(fact(50))
print(len(str(fact(200))), sum(int(d) for d in str(fact(100))))
fib = [0, 1]
for _ in range(200):
    fib.append(fib[-1] + fib[-2])
print(fib[200])
print(a == 1267650600228229401496703205376, a > b, -a < -b)
print((10 ** 30 + 1) * (10 ** 30 - 1) == 10 ** 60 - 1)
print(abs(-a), -(-a) == a, a.bit_length(), (-a).bit_length())
print(a / 2 ** 90, 10 ** 25 / 10 ** 5, type(a / 2).__name__)
print(int(1e20), int(1.5e30), float(2 ** 80))
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(10 ** 400 / 3)
except OverflowError as e:
    print("OverflowError:", e)
print(10 ** 400 // 10 ** 398)
