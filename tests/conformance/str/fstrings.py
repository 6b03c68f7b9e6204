# f-strings: expressions, conversions, specs, nesting, =
name = "World"
n = 42
pi = 3.14159265
print(f"Hello, {name}!", f"{n + 1}", f"{n * 2 = }", f"{name!r}", f"{name!s:>8}", f"{'é'!a}")
print(f"{pi:.3f}", f"{pi:10.2f}|", f"{pi:<10.1f}|", f"{n:08b}", f"{n:#x}", f"{n:,}", f"{10**9:_}")
width, prec = 12, 4
print(f"{pi:{width}.{prec}f}|", f"{name:{'*'}^{width}}", f"{pi:.{prec}}")
print(f"{n=}", f"{n = }", f"{pi=:.2f}", f"{name=!s}", f"{n + 1=}", f"{[1, 2]=}")
d = {"key": "value", "n": 3}
print(f"{d['key']}", f"{d['n'] ** 2}", f"{len(d)}", f"{'nested ' + f'{n}'}")
items = [1, 2, 3]
print(f"{[x * 2 for x in items]}", f"{sum(items):>5}", f"{(lambda x: x + 1)(5)}")
print(f"{{braces}}", f"{{{n}}}", f"{n!r:>5}", f"{'a' if n > 40 else 'b'}")
print(f"""multi
{name}
line""")
class Pt:
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f"Pt({self.x}, {self.y})"
    def __str__(self): return f"({self.x}, {self.y})"
p = Pt(1, 2)
print(f"{p}", f"{p!r}", f"{p!s}", f"{p=}", f"{p.x + p.y}")
print(f"{3.0:g}", f"{1e-20:g}", f"{0.5:%}", f"{0.125:.1%}", f"{-5:+}", f"{5:+}", f"{5: }")
print(f"{n:>{width}}|{n:<{width}}|{n:^{width}}|")
print(f"{'tab':\t>6}" if False else f"{'tab':>6}", rf"\d{n}", fr"{name}\n")
