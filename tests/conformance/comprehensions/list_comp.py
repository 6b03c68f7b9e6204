# List comprehensions with conditions and nesting
print([x * x for x in range(10)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([x if x % 2 else -x for x in range(6)])
print([(i, j) for i in range(3) for j in range(3) if i != j])
print([[i * j for j in range(4)] for i in range(3)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([v for row in matrix for v in row], [[row[i] for row in matrix] for i in range(3)])
words = ["Hello", "World", "python", "is", "FUN"]
print([w.lower() for w in words if len(w) > 2], [len(w) for w in words])
print([c for w in words for c in w if c.isupper()])
print([i for i, w in enumerate(words) if w.islower()])
print([(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 20) if a * a + b * b == c * c])
print([f(3) for f in (abs, str, bin)])
print([y for x in [[1, 2], [3]] for y in x], [[y for y in x] for x in [[1, 2], [3]]])
