# Identifiers, unicode names, soft keywords used as names
café = 1
π = 3.14159
变量 = "chinese"
_private = 2
__dunder = 3
print(café, π, 变量, _private, __dunder)
match = 5
case = 6
_ = 7
type = "shadow"
print(match + case + _, type)
del type
print(type(1).__name__)
print("abc".isidentifier(), "1abc".isidentifier(), "café".isidentifier(), "a-b".isidentifier())
ns = {}
exec("x1 = 10\nX1 = 20", ns)
print(ns["x1"], ns["X1"])
for src in ("if = 1", "class = 2", "None = 3", "print = 4"):
    try:
        exec(src, {})
        print(repr(src), "ok")
    except SyntaxError as e:
        print(repr(src), "SyntaxError:", e.msg)
