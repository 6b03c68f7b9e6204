# random.seed with str/bytes/bytearray (version 2 hashes them with SHA-512)
# gives CPython's sequences; version 1 and int seeds too.
import random
for s in ["hello", b"abc", bytearray(b"xy"), "", "\u00e9" * 50, 12345, -7, 2**100, 3.5]:
    random.seed(s)
    print(repr(s)[:20], random.random(), random.randrange(1000), random.choice("abcdef"))
random.seed("legacy", version=1)
print(random.random())
r = random.Random("x")
print(r.getrandbits(70), r.sample(range(100), 5))
try:
    random.seed([1, 2])
except TypeError as e:
    print("TypeError", e)
