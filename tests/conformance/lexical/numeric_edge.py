# Edge cases in numeric literal evaluation
print(1 .real, 1.0.real, (1).bit_length())
print(-2 ** 2, (-2) ** 2, 2 ** -1, 2 ** 3 ** 2)
print(10 // 3, 10 % 3, -10 // 3, -10 % 3)
print(1e3 == 1000, 1_000 == 1000.0)
print(0.1 * 3, 1 / 3, 2 / 2)
print(int("0b101", 0), int("0o17", 0), int("0x1f", 0), int("1_000", 0))
for s in ["08", "0_", "1__0", "0x"]:
    try:
        print(int(s, 0))
    except ValueError as e:
        print("ValueError:", e)
print(True + True, True * 10, False - 1)
print(9999999999999999999999 * 0, 10 ** 20)
print(1.5e300 * 1.5e300, -1.5e300 * 1.5e300)
print(5e-324 / 2, 5e-324)
print(complex(1, 2) * complex(3, -1))
