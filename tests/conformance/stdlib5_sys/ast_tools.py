# ast helpers: literal_eval, NodeVisitor/NodeTransformer, walk, iter_fields,
# iter_child_nodes, get_docstring, get_source_segment, copy_location,
# fix_missing_locations, increment_lineno.
import ast


def show_error(e):
    text = str(e)
    if ' at 0x' in text:
        text = text.split(' at 0x')[0] + '>'
    print(type(e).__name__, text)


for src in ['1', ' 1', '\t-1.5', '(1, [2, {3: 4}], {5})', 'set()', '1+2j', '-1-2j', '3-4j',
            "b'x'", "'s' 't'", 'None', 'True', '...', '[]', '{}', '()', '+1', '-0.0',
            '{"a": [1, (2, 3)], "b": None}', '0x10', '1_000', '1e3']:
    print(repr(ast.literal_eval(src)))
for src in ['{**a}', '1+2', '2j+1', '- -1', 'x', 'f()', 'set([1])', '[*a]', '1 if 1 else 2',
            '1+', 'a.b', '(1, x)']:
    try:
        ast.literal_eval(src)
    except (ValueError, SyntaxError, TypeError) as e:
        show_error(e)
print(ast.literal_eval(ast.parse('[1, 2]', mode='eval')))
print(ast.literal_eval(ast.Constant(7)))
try:
    ast.literal_eval(ast.Name('x', ast.Load()))
except ValueError as e:
    show_error(e)

source = '''"""Module doc."""
import os

def outer(a, b=2):
    """  Outer function.

        Indented details.
    """
    def inner():
        return a + b
    return inner()

class K:
    "Class doc"
    x = [i * 2 for i in range(3)]

async def coro():
    pass
'''
tree = ast.parse(source)


class Counter(ast.NodeVisitor):
    def __init__(self):
        self.names = []
        self.funcs = []

    def visit_Name(self, node):
        self.names.append(node.id)

    def visit_FunctionDef(self, node):
        self.funcs.append(node.name)
        self.generic_visit(node)


c = Counter()
c.visit(tree)
print(c.names, c.funcs)

print([type(n).__name__ for n in ast.walk(tree)][:12])
print([name for name, _ in ast.iter_fields(tree.body[2])])
print([type(n).__name__ for n in ast.iter_child_nodes(tree.body[2])])
print(repr(ast.get_docstring(tree)), repr(ast.get_docstring(tree.body[2])))
print(repr(ast.get_docstring(tree.body[2], clean=False)))
print(repr(ast.get_docstring(tree.body[3])), ast.get_docstring(tree.body[4]))
print(ast.get_docstring(tree.body[2].body[1]))
try:
    ast.get_docstring(tree.body[1])
except TypeError as e:
    print('TypeError', e)

for node in [tree.body[2], tree.body[2].body[1].body[0].value, tree.body[3].body[1].value]:
    print(repr(ast.get_source_segment(source, node)))
print(repr(ast.get_source_segment(source, tree.body[2].body[1], padded=True)))
print(ast.get_source_segment(source, ast.Name('q')))


class Rewriter(ast.NodeTransformer):
    def visit_BinOp(self, node):
        self.generic_visit(node)
        if isinstance(node.op, ast.Add):
            return ast.copy_location(ast.BinOp(node.left, ast.Mult(), node.right), node)
        return node

    def visit_Import(self, node):
        return None

    def visit_Pass(self, node):
        return [ast.Expr(ast.Constant(1)), ast.Expr(ast.Constant(2))]


new = Rewriter().visit(ast.parse(source))
ast.fix_missing_locations(new)
print(ast.unparse(new))
print(ast.dump(new.body[1].body[1].body[0].value, include_attributes=True))
print(ast.dump(new.body[-1].body[0], include_attributes=True))

n = ast.parse('x = 1\ny = 2')
ast.increment_lineno(n, 10)
print([(s.lineno, s.end_lineno, s.value.lineno) for s in n.body])

bare = ast.Expr(ast.BinOp(ast.Constant(1), ast.Add(), ast.Name('z', ast.Load())))
ast.fix_missing_locations(bare)
print(ast.dump(bare, include_attributes=True))
old = ast.parse('  (a)', mode='eval').body if False else ast.parse('(a)').body[0].value
print(ast.dump(ast.copy_location(ast.Name('b', ast.Load()), old), include_attributes=True))

mod = compile('x = 1', '<s>', 'exec')
print(type(mod).__name__)
