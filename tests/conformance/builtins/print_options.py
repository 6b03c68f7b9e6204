# print with sep, end, file, flush
import sys
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", sep=" -> ", end=" <end>\n")
print()
print("no newline", end="")
print(" continued")
print(*range(5), sep=", ")
print("to stderr", file=sys.stderr)
print("to stdout", file=sys.stdout, flush=True)
print(None, True, 1.0, [1], {"a": None}, sep="|")
print("x", sep=None, end=None)
print("multi\nline", "text")
sys.stdout.write("written directly\n")
n = sys.stdout.write("abc")
print("", n)
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError:", e)
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
w = W()
print("into", "object", file=w, sep="_")
print(w.parts)
