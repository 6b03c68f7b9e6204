# Shifts and bitwise ops on big and negative ints
for n in (1, -1, 12345, -12345, 2 ** 70, -(2 ** 70) + 3):
    print(n << 5, n >> 5, n >> 80, n & 0xFFFF, n | 1, n ^ -1)
print((1 << 64) - 1, ((1 << 64) - 1) >> 63, -1 & ((1 << 64) - 1))
print(-5 & 3, -5 | 3, -5 ^ 3, 5 & -3, 5 | -3, 5 ^ -3)
print((2 ** 100) & (2 ** 100 - 1), (2 ** 100) | 1, ~(2 ** 100))
print((255).bit_length(), (256).bit_length(), (0).bit_length(), (-255).bit_length())
print((0b1011).bit_count(), (-7).bit_count(), (2**100 - 1).bit_count())
def bits(n, width=8):
    return "".join("1" if n >> i & 1 else "0" for i in reversed(range(width)))
print([bits(v) for v in (0, 1, 5, 128, 255)])
def reverse_bits(n, width):
    r = 0
    for _ in range(width):
        r = (r << 1) | (n & 1)
        n >>= 1
    return r
print(reverse_bits(0b1101, 4), reverse_bits(1, 32))
print((1).to_bytes(2, "big"), (1024).to_bytes(4, "little"), (-2).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"), int.from_bytes(b"\xff\xfe", "big", signed=True))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
try:
    1 >> -2
except ValueError as e:
    print("ValueError:", e)
