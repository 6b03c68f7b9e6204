# Conversion limit for huge ints (4300 digits)
import sys
print(sys.get_int_max_str_digits())
n = 10 ** 4299
s = str(n)
print(len(s), s[:5], s[-3:])
big = 10 ** 4300
try:
    str(big)
except ValueError as e:
    print("ValueError:", e)
try:
    int("1" * 4301)
except ValueError as e:
    print("ValueError:", e)
print(len(str(int("9" * 4300))))
print(hex(big)[:10], len(hex(big)) > 100)
print(big.bit_length(), big % 1000003)
try:
    print(big)
except ValueError as e:
    print("print ValueError:", e)
try:
    f"{big}"
except ValueError as e:
    print("fmt ValueError:", e)
try:
    repr(big)
except ValueError as e:
    print("repr ValueError:", e)
sys.set_int_max_str_digits(5000)
print(len(str(big)))
sys.set_int_max_str_digits(0)
print(len(str(10 ** 10000)))
sys.set_int_max_str_digits(4300)
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print("ValueError:", e)
