# fractions and statistics
from fractions import Fraction
import statistics as st
import math

f = Fraction(3, 4)
g = Fraction("2/6")
print(f, g, repr(g), f + g, f - g, f * g, f / g, f ** 2, f ** -1, -f, abs(Fraction(-5, 3)))
print(Fraction(0.1), Fraction(0.1).limit_denominator(100), Fraction("3.1415"), Fraction("-1e-3"), Fraction(Decimal := 7))
print(Fraction(1, 3) + 1, 1 - Fraction(1, 3), Fraction(1, 3) * 1.5, Fraction(1, 2) == 0.5, Fraction(1, 3) < 0.34)
print(math.floor(Fraction(-7, 2)), math.ceil(Fraction(7, 2)), round(Fraction(5, 2)), round(Fraction(7, 2)), round(Fraction(22, 7), 3))
print(f.numerator, f.denominator, Fraction(6, 4).as_integer_ratio(), float(Fraction(1, 8)), int(Fraction(-9, 4)))
print(Fraction(355, 113).limit_denominator(10), math.pi.as_integer_ratio()[1] > 1, Fraction(math.pi).limit_denominator(1000))
print(sum(Fraction(1, n) for n in range(1, 8)), divmod(Fraction(7, 3), Fraction(1, 2)), Fraction(7, 3) % Fraction(1, 2))
print(hash(Fraction(1, 2)) == hash(0.5), Fraction(2, 1) == 2, hash(Fraction(4, 2)) == hash(2), bool(Fraction(0)))
print(f"{Fraction(1, 3)!s:>8}|{float(Fraction(1, 3)):.4f}")
for bad in ["1/0", "x", "1.2.3"]:
    try:
        Fraction(bad)
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    Fraction(1.5, 2)
except TypeError as e:
    print("TypeError:", e)

data = [2.5, 3.1, 4.7, 4.7, 5.0, 6.2, 7.9, 8.8, 9.1, 10.4]
print(st.mean(data), st.fmean(data), st.median(data), st.median_low(data), st.median_high(data))
print(st.mode(data), st.multimode([1, 1, 2, 2, 3]), st.mode(["a", "b", "b"]))
print(round(st.stdev(data), 10), round(st.pstdev(data), 10), round(st.variance(data), 10), round(st.pvariance(data), 10))
print(st.quantiles(data, n=4), st.quantiles(data, n=10, method="inclusive"))
print(st.harmonic_mean([40, 60]), round(st.geometric_mean([54, 24, 36]), 10), st.median_grouped([52, 52, 53, 54]))
print(st.mean([Fraction(1, 3), Fraction(2, 3)]), st.mean([1, 2, 3, 4]), st.median([3, 1, 2]), st.variance([Fraction(1), Fraction(2), Fraction(4)]))
from decimal import Decimal
print(st.mean([Decimal("1.5"), Decimal("2.5")]), st.stdev([Decimal("1"), Decimal("2"), Decimal("4")]))
x = [1, 2, 3, 4, 5]
y = [2, 4, 5, 4, 5]
print(st.correlation(x, y), st.covariance(x, y), st.linear_regression(x, y))
nd = st.NormalDist(100, 15)
print(nd, round(nd.cdf(130), 6), round(nd.inv_cdf(0.975), 6), round(nd.pdf(100), 8), nd.mean, nd.stdev, nd.variance)
print(nd + 5, nd * 2, round(nd.overlap(st.NormalDist(110, 15)), 6), [round(q, 4) for q in nd.quantiles(4)])
print(st.NormalDist.from_samples([1, 2, 3, 4]), round(nd.zscore(115), 6))
for bad in [lambda: st.mean([]), lambda: st.stdev([1]), lambda: st.mode([]), lambda: st.quantiles([1], n=4), lambda: st.harmonic_mean([-1])]:
    try:
        bad()
    except st.StatisticsError as e:
        print("StatisticsError:", e)
