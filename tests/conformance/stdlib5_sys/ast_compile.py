# compile() of ast trees (parsed, transformed, hand-built) and CPython's validation errors.
# minipy's builtin compile() does not take ast objects yet: the test uses _astconv.compile there.
import ast
try:
    from _astconv import compile as compile_tree   # minipy: compile() of ast objects
except ImportError:
    compile_tree = compile
for t in [ast.Module([ast.Expr()], []), ast.Module([ast.Expr(ast.Name("x", ast.Load()))], []),
          ast.Module(ast.Name("x"), []), ast.Module([ast.Name("x", ast.Load(), lineno=1, col_offset=0)], []),
          ast.Module([ast.Expr(ast.Constant([1], lineno=1, col_offset=0), lineno=1, col_offset=0)], []),
          ast.Expression(ast.Name(1, ast.Load(), lineno=1, col_offset=0)),
          ast.Module([ast.Expr(ast.Name("x", ast.Store(), lineno=1, col_offset=0), lineno=1, col_offset=0)], [])]:
    try:
        c = compile_tree(t, "f", "exec" if isinstance(t, ast.Module) else "eval"); print(type(c).__name__)
    except Exception as e:
        print(type(e).__name__, str(e).split(' at 0x')[0])
src = '''
import math
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
class C:
    x: int = 3
    def m(self, *args, k=2, **kw):
        return [i * k for i in args if i], {**kw}
print(fib(10), C().m(1, 0, 3, z=1), f"{math.pi:.3f}", -5, -2.5, 3+4j, b"b", ...)
try:
    1 / 0
except ZeroDivisionError as e:
    print("caught", e)
with open("/dev/null") as f:
    print(f.read() == "")
match [1, 2]:
    case [1, y]:
        print("matched", y)
print((lambda x=1: x)(), [*range(3)], not True, 2 ** -1)
async def co():
    return 1
print(type(co()).__name__ if False else "ok")
'''
tree = ast.parse(src)
exec(compile_tree(tree, "<ast>", "exec"), {})


class Doubler(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int) and not isinstance(node.value, bool):
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node


t2 = Doubler().visit(ast.parse("print(1 + 2, [3, 4])"))
exec(compile_tree(t2, "<ast>", "exec"))
print(eval(compile_tree(ast.parse("10 * 2 + 1", mode="eval"), "<e>", "eval")))
fresh = ast.Module([ast.Expr(ast.Call(ast.Name("print", ast.Load()), [ast.Constant("built by hand")], []))], [])
ast.fix_missing_locations(fresh)
exec(compile_tree(fresh, "<hand>", "exec"))
bad = ast.parse("def f(): return 1")
bad.body[0].body[0].lineno = 7
try:
    compile_tree(bad, "<l>", "exec")
except ValueError as e:
    print("ValueError", e)
bad.body[0].body[0].end_lineno = 7
bad.body[0].end_lineno = 7
code = compile_tree(bad, "<l>", "exec")
ns = {}
exec(code, ns)
print(ns["f"].__code__.co_firstlineno)
try:
    exec(compile_tree(ast.fix_missing_locations(ast.Module([ast.Expr(ast.BinOp(ast.Constant(1), ast.Div(), ast.Constant(0)))], [])), "<z>", "exec"))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
