# random with a fixed seed, statistics, and simple simulations.
import random
import statistics
from collections import Counter

random.seed(12345)
print(random.random(), random.randint(1, 100), random.randrange(0, 100, 5), random.uniform(1, 2))
print(random.choice("abcdef"), random.choices(range(10), k=5), random.choices("xyz", weights=[10, 1, 1], k=6))
deck = [f"{r}{s}" for s in "shdc" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:8], random.sample(deck, 3), random.sample(range(1000), 4))
print(round(random.gauss(0, 1), 6), round(random.normalvariate(10, 2), 6), round(random.expovariate(1.5), 6), round(random.betavariate(2, 3), 6))
print(round(random.triangular(0, 10, 3), 6), random.getrandbits(64), random.randbytes(4).hex())
state = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(state)
b = [random.random() for _ in range(3)]
print(a == b)
r = random.Random(42)
print(r.randint(0, 10 ** 30), r.choice([None, 1, "x"]), r.sample(sorted({"a", "b", "c"}), 2))
random.seed("string seed")
print(random.random())
random.seed(b"bytes")
print(random.randint(1, 6))
rolls = Counter(random.randint(1, 6) + random.randint(1, 6) for _ in range(2000))
print(sorted(rolls.items()))
walk = [0]
for _ in range(20):
    walk.append(walk[-1] + random.choice((-1, 1)))
print(walk)
data = [2, 4, 4, 4, 5, 5, 7, 9]
print(statistics.mean(data), statistics.median(data), statistics.mode(data), statistics.pstdev(data), statistics.stdev(data))
print(statistics.median_low([1, 3, 5, 7]), statistics.median_high([1, 3, 5, 7]), statistics.median([1, 3, 5, 7]), statistics.variance(data), statistics.pvariance(data))
print(statistics.fmean([1, 2, 3, 4]), statistics.geometric_mean([1, 2, 4]), statistics.harmonic_mean([1, 2, 4]), statistics.multimode("aabbcd"))
print(statistics.quantiles(range(1, 101), n=4), statistics.quantiles([1, 2, 3, 4, 5, 6, 7], n=3, method="inclusive"))
from fractions import Fraction
from decimal import Decimal
print(statistics.mean([Fraction(1, 2), Fraction(1, 3)]), statistics.mean([Decimal("1.1"), Decimal("2.2")]), statistics.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 5]))
x = [1, 2, 3, 4, 5]
y = [2, 4, 5, 4, 5]
print(statistics.correlation(x, y), statistics.covariance(x, y), statistics.linear_regression(x, y))
nd = statistics.NormalDist(100, 15)
print(nd, round(nd.cdf(130), 6), round(nd.inv_cdf(0.975), 4), nd.mean, nd.stdev, round(nd.pdf(100), 8))
try:
    statistics.mean([])
except statistics.StatisticsError as e:
    print(e)
try:
    statistics.stdev([1])
except statistics.StatisticsError as e:
    print(e)
try:
    random.choice([])
except IndexError as e:
    print(e)
try:
    random.randint(5, 1)
except ValueError as e:
    print(e)
try:
    random.sample([1, 2], 3)
except ValueError as e:
    print(e)


def monte_carlo_pi(n, rng):
    inside = sum(1 for _ in range(n) if rng.random() ** 2 + rng.random() ** 2 <= 1)
    return 4 * inside / n


print(monte_carlo_pi(5000, random.Random(7)))
