# Sequence patterns with star captures
def parse(cmd):
    match cmd.split():
        case []:
            return "empty"
        case ["go", direction]:
            return f"going {direction}"
        case ["pick", "up", item] | ["take", item]:
            return f"taking {item}"
        case ["drop", *items] if items:
            return f"dropping {', '.join(items)}"
        case ["drop"]:
            return "drop what?"
        case [verb, *_, last]:
            return f"unknown verb {verb!r} (last word {last!r})"
        case [single]:
            return f"single word {single!r}"
for c in ["", "go north", "pick up lamp", "take key", "drop a b c", "drop", "dance wildly now", "look"]:
    print(repr(c), "->", parse(c))
def shape(p):
    match p:
        case (x, y):
            return f"2D {x},{y}"
        case [x, y, z]:
            return f"3D {x},{y},{z}"
        case (first, *rest):
            return f"ND first={first} rest={rest}"
        case _:
            return "not a sequence"
print([shape(v) for v in [(1, 2), [1, 2, 3], (1, 2, 3, 4), "ab", 5, {"a": 1}, range(2)]])
match [1, [2, 3]]:
    case [a, [b, c]]:
        print("nested", a, b, c)
