# __repr__, __str__, __format__ and their use by print/str/format/f-strings
class Pt:
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f"Pt({self.x!r}, {self.y!r})"
    def __str__(self): return f"<{self.x}, {self.y}>"
    def __format__(self, spec):
        if spec == "polar":
            return f"r={(self.x ** 2 + self.y ** 2) ** 0.5:.3f}"
        if not spec:
            return str(self)
        return f"({format(self.x, spec)}, {format(self.y, spec)})"
p = Pt(3, 4)
print(p, str(p), repr(p), [p], (p,), {"k": p}, f"{p}", f"{p!r}", f"{p:polar}", f"{p:.2f}", format(p, "05d"))
print("%s %r" % (p, p), "{} {!r} {:polar}".format(p, p, p))
class OnlyRepr:
    def __repr__(self): return "OnlyRepr()"
print(OnlyRepr(), str(OnlyRepr()), f"{OnlyRepr()}", format(OnlyRepr(), ""))
try:
    format(OnlyRepr(), "10")
except TypeError as e:
    print("TypeError:", e)
class OnlyStr:
    def __str__(self): return "just str"
print(OnlyStr(), [str(OnlyStr())])
class BadRepr:
    def __repr__(self): return 42
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
class S(str):
    def __str__(self): return "custom"
s = S("base")
print(s, str(s), repr(s), s + "!", f"{s}")
class Money(float):
    def __format__(self, spec):
        return "$" + super().__format__(spec or ".2f")
print(f"{Money(3.14159)}", f"{Money(2):.1f}", format(Money(1), ""))
