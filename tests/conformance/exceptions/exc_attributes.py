# Exception args, str, repr for builtin exceptions
excs = [ValueError(), ValueError("one"), ValueError("a", 2), KeyError("k"), KeyError(), KeyError(1, 2),
        OSError(2, "No such file"), IndexError("idx"), Exception(None), StopIteration(5),
        SystemExit(3), AttributeError("attr"), UnicodeError("u"), ZeroDivisionError("zd")]
for e in excs:
    print(type(e).__name__, e.args, repr(str(e)), repr(e))
print(StopIteration(5).value, SystemExit(3).code, OSError(2, "No such file").errno, OSError(2, "x").strerror)
e = OSError(2, "No such file", "/nope")
print(e, e.filename, repr(e), type(e).__name__)
print(type(FileNotFoundError(2, "x")).__mro__)
try:
    open("/definitely/not/here.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
    print(e)
try:
    [].missing_method
except AttributeError as e:
    print(e, e.name if hasattr(e, "name") else "")
try:
    undefined_name_xyz
except NameError as e:
    print(e, e.name)
try:
    import no_such_module_abc
except ImportError as e:
    print(type(e).__name__, e, e.name)
e = ValueError("x")
e.args = ("changed", 1)
print(e, repr(e))
e2 = Exception("note")
e2.add_note("extra info")
print(e2.__notes__)
