# Exact comparisons between ints and floats
big = 2 ** 53
print(big == float(big), big + 1 == float(big + 1), float(big + 1) == big)
print(big + 1 > float(big), big + 1 < float(big) + 2)
print(10 ** 16 + 1 == 1e16, 10 ** 16 + 1 > 1e16, 10 ** 16 == 1e16)
print(2 ** 1024 > 1.7976931348623157e308, 2 ** 1023 == 2.0 ** 1023)
print(0.5 < 1, 1 < 1.5, -1 > -1.5, 3 == 3.0000000000000001, 3 == 3.000000000000001)
vals = [3, 2.5, 10 ** 20, 1e20, -1, -1.0, 0, 0.0, 2 ** 60, float(2 ** 60)]
print(sorted(vals))
print(sorted(set(vals), key=lambda v: (v, type(v).__name__)))
print(len({1, 1.0, True}), {1.0, 2}, {2: "int"} | {2.0: "float"})
print(hash(1.0) == hash(1), hash(2 ** 53 + 0.0) == hash(2 ** 53), hash(0.5) == hash(0.5))
print(max(1, 1.0), max(1.0, 1), min(2, 2.0), type(max(1, 1.0)).__name__)
print((0.1).__eq__(0.1), (1).__eq__(1.0), (1.0).__eq__(1))
print(1.0.__floor__(), 2.5.__round__(), 2.5.__trunc__())
