# Indexing by code point with non-ASCII text
s = "héllo wörld ☃ 日本 😀!"
print(len(s), s[1], s[7], s[12], s[14], s[-2], s[-1])
print([s[i] for i in range(0, len(s), 3)])
print(s[::-1])
print(s.upper(), s.encode("utf-8")[:8], len(s.encode("utf-8")))
print([ord(c) for c in "aé☃😀"], "".join(chr(c) for c in (104, 233, 8364, 128512)))
for i, ch in enumerate("Ωμέγα"):
    print(i, ch, ord(ch), hex(ord(ch)))
print("é" == "e\u0301", len("e\u0301"), "e\u0301"[0])
try:
    s[100]
except IndexError as e:
    print("IndexError:", e)
try:
    s[1] = "x"
except TypeError as e:
    print("TypeError:", e)
try:
    s["a"]
except TypeError as e:
    print("TypeError:", e)
print(sorted("dcbaé"), max("héllo"), min("héllo"))
print("😀" * 3, len("😀" * 3), "ab😀cd".find("c"), "ab😀cd".split("😀"))
word = "straße"
print(word[4:], word[::2], word.upper()[4:])
