# Literal, capture, wildcard and or-patterns
def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case "hello":
            return "greeting"
        case True:
            return "true"
        case None:
            return "none"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case b"raw":
            return "bytes"
        case other:
            return f"other: {other!r}"
for v in (0, 2, "hello", True, None, -1, 1.5, b"raw", "x", 1.0, False, 3.0):
    print(repr(v), "->", describe(v))
def http(status):
    match status:
        case 200 | 201 | 204:
            return "success"
        case 301 | 302:
            return "redirect"
        case 404:
            return "not found"
        case _ if 500 <= status < 600:
            return "server error"
        case _:
            return "unknown"
print([http(s) for s in (200, 204, 302, 404, 503, 999)])
