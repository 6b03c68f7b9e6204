# Integer literals in all bases, with underscores
values = [
    0, 7, 1_000_000, 0x1F, 0XdeadBEEF, 0o17, 0O777, 0b1011, 0B1111_0000,
    0x_ff, 0o_7, 0b_1, 00, 0_0, 123_456_789_012_345_678_901,
]
for v in values:
    print(v, type(v).__name__)

print(0xFFFF_FFFF_FFFF_FFFF + 1)
print(-0b101, +0o10, ~0x0)
print(1_0 * 1_0)
# hex/oct/bin round trip
for n in (0, 1, 255, 4096, 2**64 - 1):
    print(hex(n), oct(n), bin(n), int(hex(n), 16) == n)

# a tiny tokenizer over numeric literals as strings
src = "0x10 0o20 0b100 1_000 42"
total = 0
for tok in src.split():
    n = int(tok, 0)
    total += n
    print(f"{tok:>8} -> {n}")
print("total", total)
