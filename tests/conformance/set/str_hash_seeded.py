# str and bytes hashes are CPython's (SipHash-1-3 over the string's code
# points at 1, 2 or 4 bytes each), keyed by PYTHONHASHSEED: with the same seed,
# sets of strings iterate in CPython's order. The suite runs with seed 0;
# children run with other seeds.
import os, subprocess, sys

words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]
samples = ["", "a", "abc", "12345678", "123456789abcdefgh", "é", "café", "€uro", "a€b", "😀", "x😀y€é", "\x00", "ÿ" * 9]
for s in samples:
    print(ascii(s), hash(s))
for b in [b"", b"abc", b"123456789", b"\xff\x00"]:
    print(b, hash(b), hash(memoryview(b)) == hash(b))
print(hash("abc") == hash(b"abc"), hash("é") == hash("é".encode("latin-1")))
print(set("hello world"))
print(set(words))
s = set()
for w in words:
    s.add(w)
print(s, list(dict.fromkeys(words)) == words)
print({w: len(w) for w in words}.keys() == set(words))
child = "import sys; ws = sys.argv[1:]; print(hash('abc'), hash(b'xyz'), set(ws), frozenset(ws[:5]))"
for seed in ("1", "123", "4294967295"):
    env = dict(os.environ, PYTHONHASHSEED=seed)
    out = subprocess.run([sys.executable, "-c", child, *words], env=env, capture_output=True, text=True)
    print(seed, out.stdout.strip())
for bad in ("-1", "4294967296", "abc"):
    env = dict(os.environ, PYTHONHASHSEED=bad)
    out = subprocess.run([sys.executable, "-c", "pass"], env=env, capture_output=True, text=True)
    print(bad, out.returncode, out.stderr.splitlines()[0])
