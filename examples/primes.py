# examples/primes.py — a sieve of Eratosthenes, trial division and a few facts
# about the primes below a limit (loops, lists, slices, comprehensions, ints).
import sys


def sieve(limit):
    """All primes < limit."""
    is_prime = [True] * limit
    is_prime[0:2] = [False, False]
    for n in range(2, int(limit ** 0.5) + 1):
        if is_prime[n]:
            is_prime[n * n::n] = [False] * len(range(n * n, limit, n))
    return [n for n, p in enumerate(is_prime) if p]


def is_prime(n):
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            return False
        d += 1
    return True


def factorize(n):
    factors = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors[d] = factors.get(d, 0) + 1
            n //= d
        d += 1
    if n > 1:
        factors[n] = factors.get(n, 0) + 1
    return factors


limit = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
primes = sieve(limit)
print(f"{len(primes)} primes below {limit:,}")
print("first ten:", primes[:10])
print("last three:", primes[-3:])
assert all(is_prime(p) for p in primes[:2000])

twins = [(p, q) for p, q in zip(primes, primes[1:]) if q - p == 2]
print(f"{len(twins)} twin-prime pairs, the largest {twins[-1]}")
gap, after = max((q - p, p) for p, q in zip(primes, primes[1:]))
print(f"largest gap: {gap} (after {after})")

for n in (360, 1001, 2 ** 31 - 1, 600851475143):
    parts = " * ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in factorize(n).items())
    print(f"{n} = {parts}")
