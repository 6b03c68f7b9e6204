from fractions import Fraction as F
import math
a, b = F(3, 4), F('1/6')
print(a, b, repr(a), a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), -a, abs(-a), a ** 2, a ** -2, F(-2, 3) ** -3)
print(F(10, -4), F('  -3.25 '), F('1e-3'), F('2.5e2'), F(0.1), F(1.5), F(F(1, 3)), F(F(1, 2), F(3, 4)), F('7'), F(' 1_000 '))
print(a + 1, 1 + a, a + 0.5, 0.5 * a, a == 0.75, a == F(6, 8), a < 1, a > 0.7, F(1, 2) == 0.5, hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3))
print(F(math.pi).limit_denominator(1000), F(math.pi).limit_denominator(10), F('3.14159').limit_denominator(100), F(1, 3).limit_denominator(5))
print(math.floor(F(-7, 2)), math.ceil(F(-7, 2)), round(F(5, 2)), round(F(7, 2)), round(F(22, 7), 2), int(F(-7, 2)), float(F(1, 3)), F(7, 2).as_integer_ratio())
print(sum(F(1, n) for n in range(1, 11)), sorted([F(1, 2), F(1, 3), 0.4, 1]), bool(F(0)))
for bad in ['abc', '1/0', '1.2.3', '', '3/-4']:
    try:
        F(bad)
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
try: F(1, 0)
except ZeroDivisionError as e: print("ZeroDivisionError", e)
try: F(1.5, 2)
except TypeError as e: print("TypeError", e)
try: F([1])
except TypeError as e: print("TypeError", e)
print(F(1, 3) ** F(1, 2), 2 ** F(3), F(9, 4) ** 0.5, {F(1, 2): 'half'}[0.5], F(1, 10) + F(2, 10) == F(3, 10))
