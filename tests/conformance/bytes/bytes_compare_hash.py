# bytes as dict keys, comparisons, sorting
items = [b"pear", b"Apple", b"apple", b"", b"\x00", b"banana", b"app"]
print(sorted(items), max(items), min(items))
d = {b"k1": 1, bytes(b"k2"): 2}
d[b"k" + b"1"] += 10
print(d, b"k2" in d)
print(b"abc" == bytearray(b"abc"), bytearray(b"a") < b"b", b"a" != "a")
print({b"x", b"x", bytes([120])}, len({b"a", bytearray(b"a").decode().encode()}))
try:
    {bytearray(b"a"): 1}
except TypeError as e:
    print("TypeError:", e)
try:
    b"a" < "b"
except TypeError as e:
    print("TypeError:", e)
print(b"10" < b"9", int(b"10") < int(b"9"), int(b" 42 "), float(b"1.5"))
print(b"abc" * 0, b"ab" in b"cabd", bytes(b"x" for _ in range(0)) if False else b"")
