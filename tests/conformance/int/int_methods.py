# int methods and constructors
n = 12345
print(n.bit_length(), n.to_bytes(2, "big"), n.numerator, n.denominator, n.real, n.imag)
print(n.conjugate(), (-n).__abs__(), n.__neg__(), (7).as_integer_ratio())
print(int.__name__, int(), int("10"), type(n)(5))
print((10).__add__(5), (10).__radd__(5), (10).__sub__(3), (10).__rsub__(3))
print((10).__add__(1.5), (10).__mul__("x"))
print((7).__floordiv__(2), (7).__truediv__(2), (7).__mod__(-2), (2).__pow__(10))
print((5).__eq__(5), (5).__eq__(5.0), (5).__lt__(6), (5).__eq__("5"))
print(int.from_bytes(b"\x00\x10", "big"), int.from_bytes([1, 2, 3], "little"))
print((3).__index__(), (3).__int__(), (3).__float__(), (3).__bool__(), (0).__bool__())
print(format(n, "x"), format(n, "o"), format(n, "b"), format(n, ","), format(n, "_"))
print(round(12345, -2), round(12355, -1), round(12345, 2), round(-15, -1), round(25, -1))
class MyInt(int):
    def __repr__(self):
        return f"MyInt({int(self)})"
m = MyInt(41)
print(m, m + 1, type(m + 1).__name__, isinstance(m, int), repr(m), str(m))
print(int(m), type(int(m)).__name__, m == 41, hash(m) == hash(41))
