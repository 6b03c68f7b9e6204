# float() constructor and methods
print(float(), float(3), float("  -1.5e3 "), float(True), float("1_000.5"))
print(float("0x1p3") if False else float.fromhex("0x1p3"), float.fromhex("-0x1.fffffffffffffp+1023"))
for s in ("1.5.2", "1,5", "one", "0x10", "1e", "++1", "inf inity"):
    try:
        float(s)
    except ValueError as e:
        print("ValueError:", e)
try:
    float([1])
except TypeError as e:
    print("TypeError:", e)
print((3.75).as_integer_ratio(), (-0.5).as_integer_ratio(), (1e20).is_integer())
print((7.5).hex(), (-1.0).hex(), (0.0).hex(), float.fromhex((123.456).hex()) == 123.456)
print(2.5.conjugate(), 2.5.real, 2.5.imag, abs(-2.5), -(2.5))
print(7.5 // 2, 7.5 % 2, -7.5 // 2, 2.0 ** 10, 2 ** 0.5 * 2 ** 0.5)
class Temp:
    def __init__(self, c): self.c = c
    def __float__(self): return self.c * 9 / 5 + 32
print(float(Temp(100)), float(Temp(-40)))
print(int(7.9999), float(10 ** 20), float(-(2 ** 63)))
print(sum([1e100, 1.0, -1e100]), __import__("math").fsum([1e100, 1.0, -1e100]))
