# Mixed-type arithmetic and conversions
print(1 + 2.0, 3 * True, 7 / 2, 7 // 2.0, 7 % 2.5, 2 ** 0.5)
print(10 / 4, 10 // 4, -10 / 4, -10 // 4, 10 % -4, -10 % -4)
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), divmod(-7.5, 2))
print(1 + 2j, (1 + 2j) * 2, (1 + 2j) / 1j)
print(abs(-3), abs(-3.5), abs(3 + 4j))
print(int(3.9), int(-3.9), round(3.5), round(4.5), round(-0.5))
print(float(7), int("42"), int("  -7 "), float("3.25"))
print(3 * "ab", [0] * 3, (1,) * 2)
print(0 * "abc", -1 * [1], True * "x")
try:
    print("a" + 1)
except TypeError as e:
    print("TypeError:", e)
try:
    print(1 + "a")
except TypeError as e:
    print("TypeError:", e)
try:
    print([] + ())
except TypeError as e:
    print("TypeError:", e)
try:
    print("a" * 2.0)
except TypeError as e:
    print("TypeError:", e)
try:
    print(-"a")
except TypeError as e:
    print("TypeError:", e)
try:
    print(None + 1)
except TypeError as e:
    print("TypeError:", e)
try:
    print({} < {})
except TypeError as e:
    print("TypeError:", e)
try:
    print(~1.5)
except TypeError as e:
    print("TypeError:", e)
