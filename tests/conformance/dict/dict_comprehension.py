# dict comprehensions and grouping
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot", "kiwi"]
by_len = {w: len(w) for w in words}
print(by_len)
groups = {}
for w in words:
    groups.setdefault(w[0], []).append(w)
print(groups)
print({k: sorted(v, key=len) for k, v in groups.items() if len(v) > 1})
squares = {n: n * n for n in range(6)}
print(squares, {v: k for k, v in squares.items() if v % 2})
matrix = {(r, c): r * c for r in range(3) for c in range(3) if r <= c}
print(matrix)
counts = {}
for ch in "abracadabra":
    counts[ch] = counts.get(ch, 0) + 1
ranked = dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print(ranked, list(ranked)[:2])
nested = {"a": {"x": 1, "y": 2}, "b": {"x": 3}}
flat = {f"{o}.{i}": v for o, inner in nested.items() for i, v in inner.items()}
print(flat)
print({k: v for k, v in zip("abc", [1, 2, 3])}, {i % 3: i for i in range(10)})
