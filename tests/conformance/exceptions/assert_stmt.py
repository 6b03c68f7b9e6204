# assert statements
def check(x):
    assert x > 0, f"x must be positive, got {x}"
    return x
print(check(5))
try:
    check(-1)
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert 1 == 2
except AssertionError as e:
    print("bare AssertionError:", repr(e), e.args)
try:
    assert [], ["msg", "list"]
except AssertionError as e:
    print("non-str msg:", e.args)
assert True, "never"
def validate(data):
    errors = []
    for k, v in data.items():
        try:
            assert isinstance(v, int), f"{k} is {type(v).__name__}"
            assert v >= 0, f"{k} negative"
        except AssertionError as e:
            errors.append(str(e))
    return errors
print(validate({"a": 1, "b": "x", "c": -3, "d": 0}))
print(__debug__)
