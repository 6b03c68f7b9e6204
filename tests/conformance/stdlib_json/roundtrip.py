import json
from collections import OrderedDict
data = {"name": "minipy", "version": [3, 11], "ok": True, "none": None, "pi": 3.14159,
        "nested": {"b": 1, "a": [1.5, -2, 1e20, "x\ty\"z\\"]}, "uni": "caf\u00e9 \U0001F600"}
s = json.dumps(data)
print(s)
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, ensure_ascii=False, separators=(',', ':')))
print(json.dumps([1, 2, {"k": []}, {}], indent='\t'))
print(json.loads(s) == data, json.loads(s)["uni"])
print(json.loads('[1, 2.5, -3e2, "a\\u00e9\\n", true, false, null, {"x": {}}]'))
print(json.loads('{"a": 1, "b": 2}', object_pairs_hook=OrderedDict))
print(json.loads('{"a": 1}', object_hook=lambda d: sorted(d.items())))
print(json.dumps({1: 'int key', 2.5: 'f', True: 'b', None: 'n'}))
print(json.dumps(float('inf')), json.loads('NaN') != json.loads('NaN'), json.dumps("\x01"))
for bad in ['[1, 2', '{"a" 1}', '{"a": 1,}', '[1,]', 'nul', '"abc', '{1: 2}', '[1] x', '']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), '->', e, e.pos, e.lineno, e.colno)
try:
    json.dumps({'s': {1, 2}})
except TypeError as e:
    print(e)
print(json.dumps({'s': {1, 2}}, default=sorted))
l = []; l.append(l)
try:
    json.dumps(l)
except ValueError as e:
    print(e)
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)
print(json.dumps(1 + 2j, cls=Enc), json.loads('123', parse_int=float), json.loads('1.5', parse_float=str))
