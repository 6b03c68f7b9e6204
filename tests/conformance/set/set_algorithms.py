# Algorithms using sets: primes, anagrams, jaccard
def primes_below(n):
    composite = set()
    out = []
    for i in range(2, n):
        if i not in composite:
            out.append(i)
            composite.update(range(i * i, n, i))
    return out
print(primes_below(60))
words = ["listen", "silent", "enlist", "google", "gogole", "cat", "act", "tac", "dog"]
groups = {}
for w in words:
    groups.setdefault(frozenset(w) if False else "".join(sorted(w)), []).append(w)
print([g for g in groups.values() if len(g) > 1])
def jaccard(a, b):
    a, b = set(a), set(b)
    return len(a & b) / len(a | b)
print(round(jaccard("night", "nacht"), 3), jaccard([1, 2], [1, 2]), jaccard([1], [2]))
def unique_chars(s):
    return len(set(s)) == len(s)
print([unique_chars(w) for w in ("abc", "hello", "", "xyzx")])
a = {2, 4, 6, 8}
b = {3, 6, 9}
print("both:", a & b, "either:", a | b, "only a:", a - b, "only one:", a ^ b)
