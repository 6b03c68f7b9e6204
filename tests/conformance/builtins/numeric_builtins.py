# sum, abs, round, divmod, pow, hex/oct/bin, int/float/complex
print(sum([1, 2, 3]), sum([1.5, 2.5]), sum([], 10), sum(range(5), start=100), sum([[1], [2]], []))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
print(abs(-5), abs(5.5), abs(-0.0), abs(-3 + 4j), abs(True))
print(round(2.5), round(3.5), round(2.675, 2), round(-1.5), round(12345, -2), round(1.23456, 3))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(10 ** 20, 7))
print(pow(2, 10), pow(2, 10, 1000), pow(2, -1), pow(2.0, 3), pow(-1, 0.5) if False else pow(9, 0.5))
print(hex(255), hex(-255), oct(8), oct(-8), bin(5), bin(-5), bin(0), hex(2 ** 70))
print(int("42"), int(" -3 "), int("ff", 16), float("2.5"), float("-inf"), complex(1, 2), complex("3+4j"))
print(int(), float(), complex(), bool(), str(), list(), tuple(), dict(), set())
print(isinstance(round(2.5), int), isinstance(round(2.5, 1), float), type(abs(-2)).__name__)
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    round("1.5")
except TypeError as e:
    print("TypeError:", e)
try:
    abs("x")
except TypeError as e:
    print("TypeError:", e)
