# raise from, __cause__, __context__, __suppress_context__
def convert(s):
    try:
        return int(s)
    except ValueError as e:
        raise TypeError(f"bad input {s!r}") from e
try:
    convert("x")
except TypeError as e:
    print(e, "| cause:", repr(e.__cause__), "| context:", repr(e.__context__), "| suppress:", e.__suppress_context__)
try:
    try:
        {}["missing"]
    except KeyError:
        raise ValueError("while handling")
except ValueError as e:
    print(e, "| cause:", e.__cause__, "| context:", repr(e.__context__), "| suppress:", e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("clean") from None
except RuntimeError as e:
    print(e, "| cause:", e.__cause__, "| context:", repr(e.__context__), "| suppress:", e.__suppress_context__)
e = ValueError("fresh")
print(e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__)
try:
    raise ValueError("a") from KeyError("b")
except ValueError as err:
    print(repr(err.__cause__), err.__suppress_context__)
try:
    raise ValueError("x") from 5
except TypeError as err:
    print("TypeError:", err)
def chain_depth(exc):
    n = 0
    while exc is not None:
        n += 1
        exc = exc.__cause__ or exc.__context__
    return n
try:
    try:
        try:
            raise OSError("disk")
        except OSError as a:
            raise ValueError("parse") from a
    except ValueError:
        raise RuntimeError("top")
except RuntimeError as top:
    print("chain depth", chain_depth(top), type(top.__context__.__cause__).__name__)
