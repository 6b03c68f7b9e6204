# A tiny expression evaluator built on structural pattern matching
def ev(node, env):
    match node:
        case int() | float():
            return node
        case str(name):
            return env[name]
        case ("neg", x):
            return -ev(x, env)
        case ("+", a, b):
            return ev(a, env) + ev(b, env)
        case ("*", a, b):
            return ev(a, env) * ev(b, env)
        case ("let", str(name), value, body):
            return ev(body, {**env, name: ev(value, env)})
        case ("if", cond, then, else_):
            return ev(then, env) if ev(cond, env) else ev(else_, env)
        case ("call", fn, *args):
            return fn(*[ev(a, env) for a in args])
        case _:
            raise ValueError(f"bad node: {node!r}")
prog = ("let", "x", 5, ("+", ("*", "x", "x"), ("neg", 3)))
print(ev(prog, {}))
print(ev(("if", 0, 1, ("call", max, 4, "y", 2)), {"y": 9}))
print(ev(("let", "a", 2.5, ("*", "a", 4)), {}))
try:
    ev(("pow", 2, 3), {})
except ValueError as e:
    print("ValueError:", e)
try:
    ev("unbound", {})
except KeyError as e:
    print("KeyError:", e)
