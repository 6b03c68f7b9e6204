# A small state machine with while/if/continue: tokenize arithmetic
def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
            continue
        if ch.isdigit():
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            tokens.append(("NUM", src[i:j]))
            i = j
        elif ch.isalpha():
            j = i
            while j < len(src) and src[j].isalnum():
                j += 1
            tokens.append(("NAME", src[i:j]))
            i = j
        elif ch in "+-*/()":
            tokens.append(("OP", ch))
            i += 1
        else:
            raise SyntaxError(f"bad char {ch!r} at {i}")
    return tokens
def evaluate(tokens):
    pos = 0
    def peek():
        return tokens[pos] if pos < len(tokens) else (None, None)
    def expr():
        nonlocal pos
        v = term()
        while peek()[1] in ("+", "-"):
            op = tokens[pos][1]; pos += 1
            v = v + term() if op == "+" else v - term()
        return v
    def term():
        nonlocal pos
        v = atom()
        while peek()[1] in ("*", "/"):
            op = tokens[pos][1]; pos += 1
            v = v * atom() if op == "*" else v / atom()
        return v
    def atom():
        nonlocal pos
        kind, val = tokens[pos]; pos += 1
        if val == "(":
            v = expr(); pos += 1
            return v
        return float(val) if "." in val else int(val)
    return expr()
for s in ["1 + 2 * 3", "(1 + 2) * 3", "10 / 4 - 1", "2 * (3 + 4) * 5", "7 - 2 - 1"]:
    print(s, "=>", tokenize(s)[:3], "...", evaluate(tokenize(s)))
try:
    tokenize("1 + $")
except SyntaxError as e:
    print("SyntaxError:", e)
