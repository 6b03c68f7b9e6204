# ExceptionGroup and except*
eg = ExceptionGroup("many", [ValueError("v1"), TypeError("t1"), ValueError("v2"), KeyError("k")])
print(eg, repr(eg.message), len(eg.exceptions), [repr(e) for e in eg.exceptions])
try:
    raise eg
except* ValueError as g:
    print("ValueErrors:", [str(e) for e in g.exceptions], type(g).__name__)
except* TypeError as g:
    print("TypeErrors:", [str(e) for e in g.exceptions])
except* LookupError as g:
    print("Lookup:", [repr(e) for e in g.exceptions])
try:
    try:
        raise ExceptionGroup("outer", [ValueError("x"), OSError("os")])
    except* ValueError:
        print("handled ValueError part")
except ExceptionGroup as rest:
    print("unhandled remainder:", rest, [repr(e) for e in rest.exceptions])
try:
    raise ValueError("naked")
except* ValueError as g:
    print("naked wrapped:", type(g).__name__, g.exceptions)
nested = ExceptionGroup("top", [ValueError("a"), ExceptionGroup("sub", [TypeError("b"), ValueError("c")])])
match, rest = nested.split(ValueError)
print(match, "|", rest)
print(repr(nested.subgroup(TypeError)))
print(nested.subgroup(lambda e: isinstance(e, ValueError) and str(e) == "c"))
beg = BaseExceptionGroup("b", [KeyboardInterrupt()])
print(type(beg).__name__, type(BaseExceptionGroup("e", [ValueError()])).__name__)
try:
    ExceptionGroup("bad", [])
except ValueError as e:
    print("ValueError:", e)
