# compile() of ast trees: round trips, hand-made trees, fix_missing_locations,
# PyCF_ONLY_AST, NodeTransformer output, and CPython's validation errors.
import ast
import re

src = '''
def f(x, *args, k=2, **kw):
    total = x + k
    for a in args:
        total += a
    return total, sorted(kw)

class C:
    y = [i * i for i in range(4)]

print(f(1, 2, 3, k=4, z=5), C.y)
'''
tree = ast.parse(src)
code = compile(tree, '<ast>', 'exec')
print(type(code).__name__, code.co_filename)
exec(code, {})

print(eval(compile(ast.parse('1 + 2 * 3', mode='eval'), '<e>', 'eval')))
exec(compile(ast.parse('x = 5', mode='single'), '<s>', 'single'), {})
exec(compile(ast.parse('5 + 1', mode='single'), '<s>', 'single'), {})
ns = {}
exec(compile(ast.Interactive(body=ast.parse('y = 7').body), '<i>', 'single'), ns)
print(ns['y'])

# Hand-made trees need positions: fix_missing_locations fills them in.
expr = ast.Expression(body=ast.BinOp(left=ast.Constant(40), op=ast.Add(), right=ast.Constant(2)))
try:
    compile(expr, '<hand>', 'eval')
except TypeError as e:
    print('TypeError', e)
print(eval(compile(ast.fix_missing_locations(expr), '<hand>', 'eval')))

mod = ast.Module(body=[ast.Expr(value=ast.Call(func=ast.Name(id='print', ctx=ast.Load()),
                                               args=[ast.Constant('hand made')], keywords=[]))],
                 type_ignores=[])
exec(compile(ast.fix_missing_locations(mod), '<hand>', 'exec'))


# A NodeTransformer's output compiles.
class Double(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node


t = Double().visit(ast.parse('print(1 + 2, "s")'))
exec(compile(t, '<t>', 'exec'))

# PyCF_ONLY_AST gives a tree; a tree passes through unchanged.
t2 = compile('a + 1', '<x>', 'eval', ast.PyCF_ONLY_AST)
print(type(t2).__name__, ast.dump(t2))
print(compile(t2, '<x>', 'eval', ast.PyCF_ONLY_AST) is t2)
print(ast.dump(compile('x: int = 1', '<x>', 'exec', flags=ast.PyCF_ONLY_AST)))
print(ast.dump(compile(b'pass', '<x>', 'exec', ast.PyCF_ONLY_AST)))


def err(*args, **kw):
    try:
        compile(*args, **kw)
    except Exception as e:
        print(type(e).__name__ + ':', re.sub(' at 0x[0-9a-f]+', '', str(e)))
    else:
        print('no error')


err(ast.parse('x'), '<m>', 'eval')
err(ast.Name('x', ast.Load()), '<m>', 'exec')
err(ast.Module(body=[ast.Expr(value=ast.Constant(1))], type_ignores=[]), '<m>', 'exec')
err(ast.fix_missing_locations(ast.Expression(body=ast.Name(id='x', ctx=ast.Store()))), '<m>', 'eval')
err(ast.fix_missing_locations(ast.Expression(body=ast.Compare(left=ast.Constant(1), ops=[], comparators=[]))),
    '<m>', 'eval')
err(ast.fix_missing_locations(ast.Module(body=[ast.Expr(value=ast.Pass())], type_ignores=[])), '<m>', 'exec')
err(ast.fix_missing_locations(ast.Expression(body=ast.Name(id=1, ctx=ast.Load()))), '<m>', 'eval')
err(ast.fix_missing_locations(ast.Module(body=[ast.Return(value=None)], type_ignores=[])), '<m>', 'exec')
err('x', '<m>', 'exec', 1)
err('x', '<m>', 'bad')
err('x', '<m>', 'bad', ast.PyCF_ONLY_AST)
err('x', '<m>', 'func_type')
err('x', '<m>', 'exec', optimize=5)
err(5, '<m>', 'exec')
err('(int) -> str', '<m>', 'func_type', ast.PyCF_ONLY_AST)
err('1 +* 2', '<m>', 'exec', ast.PyCF_ONLY_AST)
print(ast.PyCF_ONLY_AST, ast.PyCF_TYPE_COMMENTS, ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)

# Round trip through unparse and compile gives the same results.
src2 = 'print([n for n in range(10) if n % 3 == 0], {k: v for k, v in zip("ab", (1, 2))})'
exec(compile(ast.parse(ast.unparse(ast.parse(src2))), '<rt>', 'exec'))
