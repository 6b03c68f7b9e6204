# examples/hello.py — the first script minipy runs: `scripts/run-example.sh`.
import sys

name = "minipy"
print(f"Hello from {name}!")
print("2 ** 100 =", 2 ** 100)
words = ["embeddable", "bytecode", "interpreter"]
print(" ".join(w.capitalize() for w in words))
print(f"{len(sys.argv) - 1} argument(s):", sys.argv[1:])
