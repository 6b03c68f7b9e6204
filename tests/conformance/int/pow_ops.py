# pow, three-argument pow, negative exponents
print(pow(2, 10), pow(2, -2), pow(-2, 3), pow(-8, 1 / 3) if False else "skip")
print(pow(3, 4, 5), pow(2, 100, 1000007), pow(-3, 3, 7), pow(3, 3, -7))
print(pow(38, -1, 97), (38 * pow(38, -1, 97)) % 97)
print(pow(2, 0), pow(0, 0), 0 ** 0, 0.0 ** 0)
print(10 ** 50 % 97, pow(10, 50, 97))
print((-2) ** 0.5 if False else pow(4, 0.5), 2 ** 0.5)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
def modexp(b, e, m):
    r = 1
    b %= m
    while e:
        if e & 1:
            r = r * b % m
        b = b * b % m
        e >>= 1
    return r
print(all(modexp(b, e, m) == pow(b, e, m) for b in range(1, 20) for e in range(0, 30, 7) for m in (2, 13, 1000)))
print(2 ** 200, (-3) ** 41)
