# Integer algorithms: gcd, primes, digits, base conversion
import math
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
print(gcd(48, 18), gcd(-48, 18), gcd(0, 5), math.gcd(2 ** 64, 6 ** 20), math.lcm(4, 6, 10))
def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            for j in range(i * i, n + 1, i):
                is_p[j] = False
    return [i for i, p in enumerate(is_p) if p]
ps = sieve(100)
print(ps, len(sieve(10000)))
def to_base(n, b):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(digits[r])
    return sign + "".join(reversed(out))
for v in (0, 255, -255, 2 ** 70):
    print(to_base(v, 2), to_base(v, 7), to_base(v, 36), int(to_base(v, 36), 36) == v)
print(math.isqrt(10 ** 40 + 12345), math.isqrt(99), math.factorial(25), math.comb(50, 25), math.perm(10, 3))
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print(max(range(1, 1000), key=collatz), collatz(27))
