# Edge cases: strings are not sequences, dict key order, irrefutable last case
for subject in ["abc", b"abc", bytearray(b"ab"), ["a", "b", "c"], ("a",), "a"]:
    match subject:
        case [x, *rest]:
            print(repr(subject), "sequence", x, rest)
        case _:
            print(repr(subject), "not matched as sequence")
match {"b": 2, "a": 1, "c": 3}:
    case {"a": a, "b": b}:
        print("mapping ignores extra keys", a, b)
match 1.0:
    case 1:
        print("1.0 matches literal 1")
match 0:
    case False:
        print("0 matches False? no, False uses 'is'")
    case 0:
        print("0 matched 0")
match -0.0:
    case 0:
        print("-0.0 matches 0")
match 2 + 3j:
    case 2 + 3j:
        print("complex literal pattern")
match None:
    case None:
        print("None matched by identity")
match [1, 2, 3]:
    case [1, *_]:
        print("starts with 1")
x = [1, 2]
match x:
    case [1, 2] if x.append(3) or True:
        print("guard side effect", x)
