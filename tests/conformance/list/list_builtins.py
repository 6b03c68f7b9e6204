# list with builtins: len, sum, min, max, sorted, reversed, enumerate, zip, any, all
scores = {"ann": [90, 85, 77], "bob": [60, 75, 88, 92], "cy": [100]}
for name, s in scores.items():
    print(f"{name:>4}: n={len(s)} sum={sum(s)} avg={sum(s) / len(s):.2f} min={min(s)} max={max(s)}")
best = max(scores, key=lambda k: sum(scores[k]) / len(scores[k]))
print("best:", best)
all_scores = sorted(s for v in scores.values() for s in v)
print(all_scores, all_scores[len(all_scores) // 2])
print(list(enumerate(["a", "b"], start=1)), list(zip([1, 2, 3], "ab")), list(reversed([1, 2, 3])))
print(any(x > 95 for x in all_scores), all(x >= 60 for x in all_scores))
print(sum([0.1] * 3), sum([[1], [2]], []), sum(range(101)), sum([1, 2], 10))
print(list(map(len, ["a", "bb", ""])), [*range(3), *"ab"], list(filter(lambda x: x > 80, all_scores)))
n = [4, 8, 15, 16, 23, 42]
print(n.index(max(n)), n[len(n) // 2:], [a - b for a, b in zip(n[1:], n)])
