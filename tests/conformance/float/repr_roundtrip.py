# Shortest round-trip repr of floats
vals = [0.1, 0.2, 0.3, 0.1 + 0.2, 1 / 3, 2 / 3, 1.1, 2.675, 1e22, 1e23, 123456789.0,
        5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 9007199254740993.0,
        0.000123, 100.0, 1.5, -2.5, 3.141592653589793, 2.718281828459045]
for v in vals:
    r = repr(v)
    print(r, str(v), float(r) == v)
print([0.1 * i for i in range(1, 8)])
print(sum([0.1] * 10), 0.1 * 10)
print(1.0, 10.0, -0.0, 0.0, 1e0, 100.5)
print(float.fromhex("0x1.8p1"), (0.5).hex(), (1.0).hex(), (0.1).hex())
print((0.25).as_integer_ratio(), (0.1).as_integer_ratio(), (2.5).is_integer(), (2.0).is_integer())
