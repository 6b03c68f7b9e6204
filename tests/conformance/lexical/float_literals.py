# Float and complex literals
vals = [1.0, 1., .5, 1e3, 1E-3, 1_000.000_1, 3.14e+2, 0e0, 1e308, 2.5e-324,
        1_0e1_0, 0.1, 123456789.123456789]
for v in vals:
    print(repr(v))
print(type(1e3).__name__, type(10).__name__)
print(1j, 2.5j, 1e3j, type(1j).__name__)
print(3 + 4j, (3 + 4j).real, (3 + 4j).imag, abs(3 + 4j))
print(1J * 1J)
print(0.1 + 0.2, 0.1 + 0.2 == 0.3)
print(1e16, 1e15, 1e-4, 1e-5)
print(float("1_0.5"), float(" 12 "), float("-inf"), float("nan"))
for s in ["1e", "1__0", "abc", ""]:
    try:
        float(s)
    except ValueError as e:
        print("ValueError:", e)
