# Iterating and comprehending bytes
data = b"The rain in Spain"
print([b for b in data[:4]], sum(data), max(data), min(data), sorted(data[:5]))
print(bytes(c ^ 0x20 for c in data if 65 <= c <= 90 or 97 <= c <= 122))
print(bytes(reversed(data)), data[::-2])
freq = {}
for c in data.lower():
    freq[chr(c)] = freq.get(chr(c), 0) + 1
print(sorted(freq.items()))
key = b"key"
enc = bytes(c ^ key[i % len(key)] for i, c in enumerate(data))
dec = bytes(c ^ key[i % len(key)] for i, c in enumerate(enc))
print(enc.hex(), dec)
print(list(zip(b"ab", b"cd")), list(enumerate(b"xy")), b"".join([b"a", bytearray(b"b"), memoryview(b"c")]))
it = iter(b"hi")
print(next(it), next(it), next(it, None))
print(any(b > 127 for b in data), all(b < 128 for b in data), data.count(b"ain"), data.split(b"ain"))
