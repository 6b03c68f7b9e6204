# Using dicts for dispatch tables and memoization
ops = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": lambda a, b: a / b,
}
def rpn(expr):
    stack = []
    for tok in expr.split():
        if tok in ops:
            b, a = stack.pop(), stack.pop()
            stack.append(ops[tok](a, b))
        else:
            stack.append(float(tok) if "." in tok else int(tok))
    return stack[0]
for e in ("3 4 +", "5 1 2 + 4 * + 3 -", "2 3 4 * +", "10 4 /", "1.5 2 *"):
    print(f"{e!r:>22} = {rpn(e)}")
memo = {}
def fib(n):
    if n in memo:
        return memo[n]
    r = n if n < 2 else fib(n - 1) + fib(n - 2)
    memo[n] = r
    return r
print(fib(90), len(memo), list(memo)[:5])
handlers = {}
def on(event):
    def deco(fn):
        handlers.setdefault(event, []).append(fn)
        return fn
    return deco
@on("start")
def a(): return "a started"
@on("start")
def b(): return "b started"
@on("stop")
def c(): return "c stopped"
for ev in ("start", "stop", "pause"):
    print(ev, [h() for h in handlers.get(ev, [])])
