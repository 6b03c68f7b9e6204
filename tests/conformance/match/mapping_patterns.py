# Mapping patterns
def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **rest}:
            return f"key {k} extra={rest}"
        case {"type": "scroll", "delta": int() as d} if d < 0:
            return f"scroll up {-d}"
        case {"type": "scroll"}:
            return "scroll down"
        case {"type": t}:
            return f"unhandled {t}"
        case {}:
            return "no type"
        case _:
            return "not a mapping"
events = [
    {"type": "click", "pos": (3, 4)},
    {"type": "key", "key": "a", "shift": True, "ctrl": False},
    {"type": "scroll", "delta": -5},
    {"type": "scroll", "delta": 2},
    {"type": "resize"},
    {"other": 1},
    [("type", "click")],
    {"type": "click", "pos": (1, 2, 3)},
]
for e in events:
    print(handle(e))
class MyMap(dict):
    pass
match MyMap(a=1, b=2):
    case {"a": 1, **kw}:
        print("subclass mapping", kw)
