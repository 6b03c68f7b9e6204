# Dict and set comprehensions
text = "the cat sat on the mat with the hat"
print({w: text.split().count(w) for w in text.split()})
print({w: len(w) for w in text.split() if len(w) > 2})
print(sorted({w[0] for w in text.split()}), {len(w) for w in text.split()})
print({k: v for k, v in [("a", 1), ("b", 2), ("a", 3)]})
print({i: chr(65 + i) for i in range(5)}, {chr(65 + i): i for i in range(5)})
print({(i, j): i * j for i in range(2) for j in range(2)})
squares = {n * n for n in range(-4, 5)}
print(squares, len(squares))
inv = {v: k for k, v in {"x": 1, "y": 2, "z": 1}.items()}
print(inv)
print({n: ("even" if n % 2 == 0 else "odd") for n in range(5)})
