# Infinity and NaN behaviour
import math
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, repr(inf), repr(nan), str(-nan))
print(inf + 1, inf - inf, inf * 0, inf / inf, -inf * -1, 1 / inf, -1 / inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, nan is nan)
print(inf == inf, inf > 10 ** 400, -inf < -10 ** 400, inf == 10 ** 400)
print(math.isinf(inf), math.isnan(nan), math.isfinite(1e308), math.isfinite(nan))
print(float("Infinity"), float("-INF"), float("+nan"), float("NaN"), float("  inf "))
print(max(1, inf), min(-inf, 0), sorted([3, inf, -inf, 0]))
lst = [nan]
print(nan in lst, lst.count(nan), lst == lst, [float("nan")] == [float("nan")])
print(1e308 * 10, -1e308 * 10, 1e308 + 1e308)
print(math.inf, math.nan, math.inf == inf)
print(f"{inf:.2f}", f"{nan:10}|", f"{-inf:e}", f"{inf:%}", f"{nan:+}")
print(round(2.5), int(1e18), math.floor(-0.5), math.ceil(-0.5))
for v in (inf, nan):
    try:
        print(round(v))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    print(math.exp(1000))
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(10.0 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
