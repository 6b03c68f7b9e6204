# int() from strings with bases
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("777", 8), int("0o777", 8))
print(int("1010", 2), int("0b1010", 2), int("z", 36), int("Zz", 36), int("10", 3))
print(int("  42  "), int("-0"), int("+15"), int("1_000_000"), int("０１２"))
print(int("0", 0), int("0x1F", 0), int("-0b11", 0), int("0o_1_7", 0))
print(int(3.99), int(-3.99), int(True), int("12", base=5))
bad = [("", 10), ("12a", 10), ("1 2", 10), ("2", 2), ("0x", 16), ("_1", 10), ("1_", 10), ("9", 8), ("abc", 0), ("08", 0)]
for s, base in bad:
    try:
        int(s, base)
    except ValueError as e:
        print("ValueError:", e)
for base in (1, 37, -1):
    try:
        int("1", base)
    except ValueError as e:
        print("ValueError:", e)
try:
    int(12, 10)
except TypeError as e:
    print("TypeError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
try:
    int([1])
except TypeError as e:
    print("TypeError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
def parse_ip(s):
    parts = [int(p) for p in s.split(".")]
    return sum(p << (8 * (3 - i)) for i, p in enumerate(parts))
print(parse_ip("192.168.1.1"), hex(parse_ip("10.0.0.255")))
