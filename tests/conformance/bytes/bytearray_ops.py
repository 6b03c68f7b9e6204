# bytearray mutation
ba = bytearray(b"hello")
ba[0] = ord("H")
ba.append(33)
ba.extend(b" world")
print(ba, len(ba), ba[0], ba[-1])
ba[1:5] = b"EY"
print(ba)
del ba[0]
ba.insert(0, 74)
print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(ord("w"))
print(ba, ba.find(b"or"), ba.count(b"o"), ba.index(b"o"))
ba.reverse()
print(ba, ba.upper(), bytes(ba), ba == bytes(ba))
ba2 = bytearray(4)
ba2 += b"\x01"
ba2 *= 2
print(ba2, bytearray(range(3)), bytearray("é", "utf-8"), bytearray.fromhex("41 42"))
for bad in (256, -1):
    try:
        ba[0] = bad
    except ValueError as e:
        print("ValueError:", e)
try:
    ba.remove(200)
except ValueError as e:
    print("ValueError:", e)
try:
    bytearray().pop()
except IndexError as e:
    print("IndexError:", e)
buf = bytearray()
for i in range(5):
    buf += bytes([i * 50])
print(buf, list(buf), buf.hex(), sum(buf))
print(bytearray(b"abc") + b"def", b"abc" + bytearray(b"d"), type(b"a" + bytearray(b"b")).__name__)
ba3 = bytearray(b"abcdef")
ba3[::2] = b"XYZ"
print(ba3, ba3.decode(), ba3.clear(), ba3)
