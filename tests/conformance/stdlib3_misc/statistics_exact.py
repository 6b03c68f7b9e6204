# statistics: exact averages and spreads over ints, floats and Fractions
# (result types, correct rounding), medians, modes, quantiles, two-variable
# functions, NormalDist (inv_cdf over many probabilities) and errors.
import math
import random
import statistics as s
from fractions import Fraction as F

print(s.__all__)
data_sets = [
    [1, 2, 3], [1, 2, 3, 4], [F(1, 3), F(2, 3)], [1, 2.5], [True, False], [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5],
    [F(1, 2), F(3, 4), 1], [0.1] * 10, [1e100, 1e100, -1e100], [10 ** 20, 1, 2], list(range(101)),
    [1.5, F(1, 4), 3], [-1.0, 0.0, 2.0, 1e-300],
]
for d in data_sets:
    print(d[:6], repr(s.mean(d)), repr(s.fmean(d)), repr(s.median(d)), repr(s.median_low(d)), repr(s.median_high(d)))
    if len(d) > 1:
        print('  ', repr(s.variance(d)), repr(s.stdev(d)), repr(s.pvariance(d)), repr(s.pstdev(d)))
print(repr(s.variance([1, 2, 3, 4], 2.5)), repr(s.pvariance([1, 2, 3, 4], mu=F(5, 2))), repr(s.stdev([1.0, 2.0], 1.5)))
print(repr(s.mean([float('inf'), 1])), repr(s.mean([float('nan'), 1])), repr(s.variance([1, float('inf')])))
rng = random.Random(42)
acc = []
for _ in range(200):
    d = [rng.uniform(-100, 100) for _ in range(rng.randrange(2, 12))]
    acc.append((s.mean(d), s.stdev(d), s.pstdev(d), s.variance(d)))
print(acc[:3], hash(tuple(x for t in acc for x in t)) == hash(tuple(x for t in acc for x in t)))
print(repr(sum(v for t in acc for v in t)))
print(s.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]), s.median_grouped([52, 52, 53, 54], interval=2),
      s.median_grouped([5]), s.median_grouped([1, 3, 3, 5, 7], interval=1))
print(s.harmonic_mean([40, 60]), s.harmonic_mean([40, 60], weights=[5, 30]), s.harmonic_mean([1, 0]),
      s.harmonic_mean([F(1, 2), F(1, 3)]), s.harmonic_mean([2.5]), s.harmonic_mean([3, 4, 5]))
print(s.geometric_mean([54, 24, 36]), s.fmean([3.5, 4.0, 5.25], weights=[1, 2, 3]), s.fmean(iter([1, 2])))
print(s.quantiles(range(1, 11)), s.quantiles(range(1, 11), n=10, method='inclusive'),
      s.quantiles([1.5, 2.5], n=3), s.quantiles([F(1), F(2), F(4)], n=2))
print(s.mode('aabbbc'), s.mode([1, 1, 2, 2]), s.multimode('aabbcc'), s.multimode(''), s.multimode([3, 1, 3, 1, 2]))
print(s.linear_regression([1, 2, 3, 4, 5], [2, 4, 5, 4, 5]), s.linear_regression([1, 2, 3], [2, 4, 6], proportional=True))
print(s.correlation([1, 2, 3, 4], [2, 4, 5, 9]), s.covariance([1, 2, 3, 4], [2, 4, 5, 9]))
n = s.NormalDist(10, 2)
print(n, n.pdf(11), n.cdf(11), n.inv_cdf(0.3), n.quantiles(), n.quantiles(10), n.overlap(s.NormalDist(11, 3)),
      n.zscore(13), n.mean, n.median, n.mode, n.stdev, n.variance)
print(s.NormalDist.from_samples([1, 2, 3, 4, 5]), n + 3, n * 2, n - s.NormalDist(1, 1), 3 - n, -n, +n, n / 4,
      2 * n, n + n, n == s.NormalDist(10.0, 2.0), n == 5, hash(n) == hash(s.NormalDist(10, 2)))
print(s.NormalDist(1, 2).overlap(s.NormalDist(3, 2)), s.NormalDist().samples(3, seed=7))
std = s.NormalDist()
print([std.inv_cdf(p) for p in [1e-300, 1e-20, 1e-10, 0.001, 0.01, 0.02425, 0.1, 0.3, 0.4999, 0.5, 0.5001,
                                 0.075, 0.925, 0.97575, 0.99, 0.999999, 1 - 1e-16]])
checksum = [std.inv_cdf(i / 1000) for i in range(1, 1000)] + [std.inv_cdf(10.0 ** -k) for k in range(1, 300, 7)]
print(repr(math.fsum(checksum)), repr(sum(abs(x) for x in checksum)))
for f, a in [(s.mean, []), (s.variance, [1]), (s.median, []), (s.mode, []), (s.stdev, [1]), (s.pstdev, []),
             (s.pvariance, []), (s.quantiles, [1]), (s.harmonic_mean, [-1]), (s.harmonic_mean, []),
             (s.geometric_mean, [0]), (s.correlation, ([1, 1], [1, 2])), (s.covariance, ([1], [1])),
             (s.linear_regression, ([1, 1], [1, 2])), (s.fmean, []), (s.median_low, []), (s.median_high, []),
             (s.median_grouped, []), (s.correlation, ([1, 2], [1])), (s.mean, ['a', 'b']),
             (s.harmonic_mean, ['x']), (s.mean, [1, 'x'])]:
        try:
            if isinstance(a, tuple):
                f(*a)
            else:
                f(a)
        except Exception as e:
            print(f.__name__, type(e).__name__, e)
for bad in [lambda: s.quantiles([1, 2], method='bogus'), lambda: s.quantiles([1, 2], n=0),
            lambda: s.NormalDist(0, -1), lambda: s.NormalDist(0, 0).pdf(1), lambda: s.NormalDist(0, 0).cdf(1),
            lambda: std.inv_cdf(0), lambda: std.inv_cdf(1), lambda: std.overlap(3), lambda: s.NormalDist(0, 0).zscore(1),
            lambda: s.NormalDist.from_samples([1]), lambda: s.fmean([1, 2], weights=[1]),
            lambda: s.fmean([1, 2], weights=[1, -1]), lambda: s.harmonic_mean([1, 2], weights=[1]),
            lambda: s.harmonic_mean([1, 2], weights=[0, 0])]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(issubclass(s.StatisticsError, ValueError))

# Decimal data keeps its type (exact sums, correctly rounded square roots)
from decimal import Decimal as Dec
dd = [Dec('0.5'), Dec('0.75'), Dec('0.625'), Dec('0.375'), Dec('1.1')]
print(repr(s.mean(dd)), repr(s.median(dd)), repr(s.variance(dd)), repr(s.stdev(dd)), repr(s.pvariance(dd)),
      repr(s.pstdev(dd)), repr(s.harmonic_mean(dd)), repr(s.mode(dd)), repr(s.fmean(dd)))
print(repr(s.mean([Dec(1), 2, Dec(3)])), repr(s.stdev([Dec(1), Dec(2), Dec(4)])), repr(s.harmonic_mean([Dec('2.5')])))
