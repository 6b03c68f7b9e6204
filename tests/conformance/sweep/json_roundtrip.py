# json round trips: indent, sort_keys, default, object_hook, separators, errors.
import json
from datetime import date, datetime
from decimal import Decimal

data = {
    "name": "Widget",
    "price": 9.99,
    "tags": ["a", "b"],
    "dims": {"w": 10, "h": 2.5},
    "active": True,
    "parent": None,
    "unicode": "héllo ✓",
    "nested": [[1, 2], {"k": []}, {}],
}
print(json.dumps(data))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, ensure_ascii=False, separators=(",", ":")))
print(json.dumps([1, [2, [3]]], indent="\t"))
print(json.dumps({"a": 1}, indent=0), json.dumps([], indent=2), json.dumps({}, indent=2))
print(json.loads(json.dumps(data)) == data)
print(json.dumps({1: "int key", 2.5: "float key", True: "bool", None: "none"}))
print(json.dumps([float("inf"), float("-inf"), float("nan"), 1e100, 0.1, -0.0, 10**20]))
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print(e)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def encode(obj):
    if isinstance(obj, Point):
        return {"__point__": True, "x": obj.x, "y": obj.y}
    if isinstance(obj, (date, datetime)):
        return obj.isoformat()
    if isinstance(obj, Decimal):
        return str(obj)
    if isinstance(obj, set):
        return sorted(obj)
    raise TypeError(f"Object of type {type(obj).__name__} is not JSON serializable")


def decode(d):
    if d.get("__point__"):
        return Point(d["x"], d["y"])
    return d


payload = {"p": Point(1, 2), "when": date(2024, 2, 29), "amount": Decimal("12.50"), "ids": {3, 1, 2}}
text = json.dumps(payload, default=encode, indent=1)
print(text)
back = json.loads(text, object_hook=decode)
print(type(back["p"]).__name__, back["p"].x, back["when"], back["ids"])
try:
    json.dumps({"x": object()})
except TypeError as e:
    print(e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print(e)
print(json.dumps({(1, 2): 3, "ok": 1}, skipkeys=True))


class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)


print(json.dumps([1 + 2j], cls=Enc), Enc(indent=1).encode({"c": 3j}))
print("".join(Enc().iterencode({"a": [1, 2]})))
print(json.loads('{"a": 1, "a": 2}'), json.loads("[1.0, 2e3, -0, 1E-2]"), json.loads('"\\u00e9\\ud83d\\ude00"'))
print(json.loads("123"), json.loads('"s"'), json.loads("null"), json.loads(" true "), json.loads("NaN"), json.loads("-Infinity"))
print(json.loads('{"x": 1.5}', parse_float=Decimal), json.loads("[1, 2]", parse_int=float))
print(json.loads('[["a", 1], ["b", 2]]', object_pairs_hook=None), json.loads('{"b": 1, "a": 2}', object_pairs_hook=list))
for bad in ['{"a": 1,}', "[1, 2", "{'a': 1}", '{"a" 1}', "", "[1] x", '"\\x"', "tru", '{"a":\n  nul}']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(f"{bad!r}: {e} | {e.msg} {e.pos} {e.lineno} {e.colno}")
print(json.dumps("quote\" backslash\\ newline\n tab\t ctrl\x01 uni\u2028"))
print(json.dumps({"b": 1, "a": {"d": 2, "c": 3}}, sort_keys=True, indent=4, separators=(",", ": ")))
print(json.JSONDecoder().raw_decode('{"a": 1} trailing'))
import io
buf = io.StringIO()
json.dump({"file": [1, 2]}, buf, indent=2)
buf.seek(0)
print(repr(buf.getvalue()), json.load(buf))
print(json.dumps(data, indent=2)[:60])
