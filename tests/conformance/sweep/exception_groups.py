# Exception groups, except*, notes, assertion messages.
def validate(record):
    errors = []
    if not record.get("name"):
        errors.append(ValueError("name is required"))
    if not isinstance(record.get("age"), int):
        errors.append(TypeError(f"age must be int, got {type(record.get('age')).__name__}"))
    elif record["age"] < 0:
        errors.append(ValueError("age must be non-negative"))
    if errors:
        raise ExceptionGroup(f"invalid record {record!r}", errors)
    return record


records = [{"name": "a", "age": 3}, {"name": "", "age": "x"}, {"name": "b", "age": -1}]
for r in records:
    try:
        validate(r)
        print("ok", r)
    except* ValueError as eg:
        print("values:", [str(e) for e in eg.exceptions])
    except* TypeError as eg:
        print("types:", [str(e) for e in eg.exceptions], type(eg).__name__)

eg = ExceptionGroup("top", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)]), KeyError(4)])
print(repr(eg))
print(str(eg), len(eg.exceptions))
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, (TypeError, KeyError)))))
print(eg.subgroup(OSError))
beg = BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError()])
print(type(beg).__name__, type(BaseExceptionGroup("c", [ValueError()])).__name__)
try:
    ExceptionGroup("x", [])
except ValueError as e:
    print(e)
try:
    ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as e:
    print(e)
try:
    raise ValueError("plain")
except* ValueError as g:
    print("wrapped:", type(g).__name__, g.exceptions, repr(g.message))
e = ValueError("with notes")
e.add_note("first note")
e.add_note("second note")
print(e.__notes__)
try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print(repr(e))
try:
    assert []
except AssertionError as e:
    print(repr(e), e.args)
x = 5
try:
    assert x < 3, f"x too big: {x}"
except AssertionError as e:
    print(e)
try:
    try:
        raise ExceptionGroup("g", [ValueError("v"), OSError("o")])
    except* ValueError:
        print("handled V")
except ExceptionGroup as rest:
    print("unhandled:", repr(rest))


def boom():
    raise ExceptionGroup("many problems", [
        ValueError("first"),
        ExceptionGroup("nested", [TypeError("second"), ZeroDivisionError("third")]),
    ])


err = ValueError("bad value")
err.add_note("hint: check input")
try:
    raise err
except ValueError as caught:
    print(caught.__notes__)
boom()
