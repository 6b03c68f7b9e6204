# A small tokenizer plus recursive-descent calculator with variables and errors.
import math
import re

TOKEN = re.compile(r"\s*(?:(?P<num>\d+\.\d*|\.\d+|\d+)|(?P<name>[A-Za-z_]\w*)|(?P<op>\*\*|[-+*/%^(),=]))")


class CalcError(Exception):
    pass


def tokenize(text):
    pos = 0
    out = []
    text = text.rstrip()
    while pos < len(text):
        m = TOKEN.match(text, pos)
        if not m:
            raise CalcError(f"unexpected character {text[pos]!r} at {pos}")
        kind = m.lastgroup
        out.append((kind, m.group(kind)))
        pos = m.end()
    out.append(("end", None))
    return out


class Parser:
    FUNCS = {"sqrt": math.sqrt, "abs": abs, "max": max, "min": min, "round": round}

    def __init__(self, env):
        self.env = env

    def parse(self, text):
        self.toks = tokenize(text)
        self.i = 0
        if self.peek() == ("name", self.toks[0][1]) and self.toks[1] == ("op", "="):
            name = self.toks[0][1]
            self.i = 2
            value = self.expr()
            self.expect("end")
            self.env[name] = value
            return value
        value = self.expr()
        self.expect("end")
        return value

    def peek(self):
        return self.toks[self.i]

    def advance(self):
        tok = self.toks[self.i]
        self.i += 1
        return tok

    def expect(self, kind, value=None):
        tok = self.advance()
        if tok[0] != kind or (value is not None and tok[1] != value):
            raise CalcError(f"expected {value or kind}, got {tok[1] or 'end of input'}")
        return tok

    def expr(self):
        v = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.advance()[1]
            r = self.term()
            v = v + r if op == "+" else v - r
        return v

    def term(self):
        v = self.factor()
        while self.peek() in (("op", "*"), ("op", "/"), ("op", "%")):
            op = self.advance()[1]
            r = self.factor()
            if op == "*":
                v *= r
            elif r == 0:
                raise CalcError("division by zero")
            elif op == "/":
                v /= r
            else:
                v %= r
        return v

    def factor(self):
        if self.peek() == ("op", "-"):
            self.advance()
            return -self.factor()
        if self.peek() == ("op", "+"):
            self.advance()
            return self.factor()
        base = self.atom()
        if self.peek() in (("op", "**"), ("op", "^")):
            self.advance()
            return base ** self.factor()
        return base

    def atom(self):
        kind, val = self.advance()
        if kind == "num":
            return float(val) if "." in val else int(val)
        if kind == "name":
            if self.peek() == ("op", "("):
                self.advance()
                args = [self.expr()]
                while self.peek() == ("op", ","):
                    self.advance()
                    args.append(self.expr())
                self.expect("op", ")")
                if val not in self.FUNCS:
                    raise CalcError(f"unknown function {val}")
                return self.FUNCS[val](*args)
            if val in self.env:
                return self.env[val]
            raise CalcError(f"undefined variable {val!r}")
        if (kind, val) == ("op", "("):
            v = self.expr()
            self.expect("op", ")")
            return v
        raise CalcError(f"unexpected token {val or 'end of input'!r}")


env = {"pi": math.pi}
p = Parser(env)
for line in ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ^ 2", "10 / 4", "10 % 4", "x = 5", "y = x * 2 + 1",
             "sqrt(16) + abs(-3)", "max(1, y, 3) - min(4, 2)", "round(pi * 100) / 100", "7 / 0", "2 +", "3 $ 4",
             "foo(1)", "z + 1", "(1 + 2", "1 2", ".5 + 1.", "2 * -3", "100000000 * 100000000 * 100000000"]:
    try:
        print(f"{line:<28} => {p.parse(line)!r}")
    except CalcError as e:
        print(f"{line:<28} !! {e}")
print(sorted(env.items()))
print(tokenize("a=1.5*(b-2)"))
