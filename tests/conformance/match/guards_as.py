# Guards, as-patterns, and binding behaviour
def classify(pair):
    match pair:
        case (a, b) as whole if a == b:
            return f"equal {whole}"
        case (int(a), int(b)) if a > b:
            return f"desc {a}>{b}"
        case (int() | float() as a, int() | float() as b):
            return f"numbers {a},{b}"
        case ([*_] as lst, _):
            return f"list first {lst}"
        case _:
            return "other"
for p in [(1, 1), (5, 2), (1, 2.5), ([1, 2], 0), ("a", "b"), (1,)]:
    print(p, "->", classify(p))
x = "untouched"
match 42:
    case x if x > 100:
        pass
    case _:
        pass
print("x after failed guard:", x)
match (1, 2):
    case (a, b):
        pass
print("captures leak out:", a, b)
guard_calls = []
def g(v):
    guard_calls.append(v)
    return False
match 5:
    case 1 if g(1): pass
    case 5 if g(5): pass
    case n if g(n * 10): pass
    case _: pass
print(guard_calls)
