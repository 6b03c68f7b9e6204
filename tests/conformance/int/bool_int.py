# bool is a subclass of int
print(isinstance(True, int), issubclass(bool, int), bool.__mro__)
print(True + True, True * 3, False - True, True / 2, True // 2, -True, ~True)
print(True == 1, False == 0, hash(True) == hash(1))
print(sum([True, False, True, True]), max(False, True), sorted([True, 0, False, 1, -1]))
d = {1: "int one", True: "bool true"}
print(d, len(d))
d2 = {True: "a"}
d2[1] = "b"
print(d2)
print({0, False, 0.0}, {1, True, 1.0})
print(str(True), repr(False), int(True), float(False), f"{True}", f"{True:d}", f"{True:5}")
print(True & 1, True | 2, True ^ True, True << 3, type(True & True).__name__, type(True & 1).__name__)
print(bool(0), bool(42), bool(-1), bool(""), bool("False"))
print(["no", "yes"][True], "abc"[True:])
try:
    class MyBool(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
print(True.real, True.imag, True.numerator, True.denominator, (True).bit_length())
print(divmod(True, 2), pow(True, 10), abs(True), round(True))
