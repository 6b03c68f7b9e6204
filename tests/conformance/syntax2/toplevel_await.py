# compile(..., flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT): top-level await/async for/async with
# make the code object a coroutine code (CO_COROUTINE) whose evaluation returns a coroutine.
import ast, asyncio, inspect, types

FLAG = ast.PyCF_ALLOW_TOP_LEVEL_AWAIT
print(hex(FLAG))

async def agen():
    for i in range(3):
        yield i

class CM:
    async def __aenter__(self):
        print("enter")
        return "cm"
    async def __aexit__(self, *a):
        print("exit")

def run(src, mode="exec"):
    code = compile(src, "<tla>", mode, flags=FLAG)
    print("coroutine flag:", bool(code.co_flags & inspect.CO_COROUTINE))
    ns = {"asyncio": asyncio, "agen": agen, "CM": CM}
    r = eval(code, ns)
    if inspect.iscoroutine(r):
        print("got coroutine", type(r).__name__)
        r = asyncio.run(r)
    shown = {k: (v if isinstance(v, (int, list, str, type(None))) else type(v).__name__)
             for k, v in ns.items() if k in ("x", "y", "z", "w")}
    print("result:", r, shown)

run("x = await asyncio.sleep(0, result=42)")
run("await asyncio.sleep(0, result=7)", "eval")
run("y = [i async for i in agen()]")
run("async for i in agen():\n    print('item', i)")
run("async with CM() as z:\n    print('inside', z)")
run("w = 1 + 2")
run("1 + 2", "eval")
run("def f():\n    return 1\nw = f()")
run("async def g():\n    return 5\nw = g")
run("w = (await asyncio.sleep(0, result=i) for i in range(2))")
run("w = [await asyncio.sleep(0, result=i) for i in range(2)]")
run("w = lambda: 1")
try:
    compile("await x", "<s>", "exec")
except SyntaxError as e:
    print("without flag:", e.msg)
try:
    compile("def f():\n    await x", "<s>", "exec", flags=FLAG)
except SyntaxError as e:
    print("in def:", e.msg)
try:
    compile("lambda: await x", "<s>", "exec", flags=FLAG)
except SyntaxError as e:
    print("in lambda:", e.msg)
t = ast.parse("await x", mode="exec")
print(ast.dump(t))
code = compile(ast.parse("z = await asyncio.sleep(0, result=3)"), "<ast>", "exec", flags=FLAG)
ns = {"asyncio": asyncio}
asyncio.run(eval(code, ns))
print(ns["z"])
code = compile("x = 1", "<s>", "exec", flags=FLAG | ast.PyCF_ONLY_AST)
print(type(code).__name__)
