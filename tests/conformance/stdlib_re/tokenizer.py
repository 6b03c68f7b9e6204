# A small tokenizer and expression evaluator built on alternation with named groups.
import re

TOKEN = re.compile(r"""
    (?P<NUMBER>\d+(?:\.\d*)?(?:[eE][-+]?\d+)?)
  | (?P<NAME>[A-Za-z_]\w*)
  | (?P<STRING>"(?:[^"\\]|\\.)*")
  | (?P<OP>\*\*|//|[-+*/%()=<>!]=?|,)
  | (?P<WS>\s+)
  | (?P<ERR>.)
""", re.VERBOSE)

def tokenize(src):
    out = []
    for m in TOKEN.finditer(src):
        kind = m.lastgroup
        if kind == "WS":
            continue
        out.append((kind, m.group()))
    return out

for src in ['x = 3.5e2 + foo(1, 2) ** 2', 'print("a \\"q\\" b", y//2) != 7 $', 'a<=b>=c!=d==e']:
    print(tokenize(src))

def evaluate(expr):
    toks = [t for t in tokenize(expr)]
    pos = 0
    def peek():
        return toks[pos][1] if pos < len(toks) else None
    def take():
        nonlocal pos
        pos += 1
        return toks[pos - 1]
    def atom():
        kind, v = take()
        if v == "(":
            r = add()
            take()
            return r
        return float(v) if kind == "NUMBER" else 0.0
    def mul():
        r = atom()
        while peek() in ("*", "/"):
            op = take()[1]
            r = r * atom() if op == "*" else r / atom()
        return r
    def add():
        r = mul()
        while peek() in ("+", "-"):
            op = take()[1]
            r = r + mul() if op == "+" else r - mul()
        return r
    return add()

print(evaluate("1 + 2 * (3 + 4) - 10 / 4"))

# Scanner-style lexing with match(pos)
word = re.compile(r"[a-z]+|\d+|\s+|.", re.I)
s = "Hello 42 worlds!"
pos = 0
parts = []
while pos < len(s):
    m = word.match(s, pos)
    parts.append(m.group())
    pos = m.end()
print(parts)

# identifiers in unicode
print(re.findall(r"\w+", "naïve café Ünïcode 123 日本語 x_y"))
print(re.findall(r"\w+", "naïve café", re.ASCII))
print(re.findall(r"(?a)\w+", "naïve café"))
print(re.findall(r"\d", "1٣5"), re.findall(r"\d", "1٣5", re.A))
print(re.findall(r"\s+", "a\u00a0b\u2003c d"))
print(re.split(r"\W+", "Words, words, words."))
print(re.split(r"(\W+)", "Words, words, words."))
print(re.split(r"\W+", "Words, words, words.", 1))
print(re.split(r"(?:,)|(;)", "a,b;c"))
print(re.split(r"x*", "axbc"))
print(re.split(r"\b", "a b"))
print(re.split(r"^$", "foo\n\nbar\n", flags=re.M))
print(re.split("[ab]", "xaybz", maxsplit=1))
