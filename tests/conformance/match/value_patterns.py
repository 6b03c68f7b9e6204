# Value patterns (dotted names) and enum-like constants
class Color:
    RED = "red"
    GREEN = "green"
    BLUE = "blue"
class HTTP:
    OK = 200
    NOT_FOUND = 404
def react(c):
    match c:
        case Color.RED:
            return "stop"
        case Color.GREEN:
            return "go"
        case Color.BLUE | "cyan":
            return "calm"
        case _:
            return "?"
print([react(c) for c in ("red", "green", "blue", "cyan", "pink")])
def status(code):
    match code:
        case HTTP.OK:
            return "ok"
        case HTTP.NOT_FOUND:
            return "missing"
    return "fallthrough"
print(status(200), status(404), status(500))
def tokens(seq):
    out = []
    for t in seq:
        match t:
            case int() | float():
                out.append("NUM")
            case "+" | "-" | "*" | "/":
                out.append("OP")
            case str() if t.isidentifier():
                out.append("NAME")
            case _:
                out.append("ERR")
    return out
print(tokens([1, "+", "x", 2.5, "*", "?", "a1"]))
