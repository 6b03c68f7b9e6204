# eval, exec, compile, globals, locals
print(eval("1 + 2 * 3"), eval("x * 2", {"x": 21}), eval("y", {}, {"y": "local"}))
ns = {}
exec("a = 5\nb = a * 2\ndef f(n): return n + b", ns)
print(ns["a"], ns["b"], ns["f"](1), sorted(k for k in ns if k != "__builtins__"))
code = compile("z = 40 + 2", "<string>", "exec")
g = {}
exec(code, g)
print(g["z"], type(code).__name__)
expr = compile("3 ** 3", "<expr>", "eval")
print(eval(expr))
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno)
try:
    eval("undefined_thing")
except NameError as e:
    print("NameError:", e)
try:
    exec("raise ValueError('from exec')")
except ValueError as e:
    print("ValueError:", e)
def show_locals():
    p = 1
    q = "two"
    return sorted(locals().items())
print(show_locals())
module_var = "visible"
print("module_var" in globals(), globals()["module_var"], globals() is globals())
print(eval("len('abc')"), eval("__import__('math').sqrt(16)"))
exec("print('printed from exec', 1 + 1)")
r = exec("1 + 1")
print(r)
