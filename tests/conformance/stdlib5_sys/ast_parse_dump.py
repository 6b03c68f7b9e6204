# ast.parse and ast.dump: node classes, fields, positions, modes, errors.
import ast

SOURCES = [
    'x = 1 + 2 * 3',
    'a, *b = c = f(x, *y, k=1, **z)',
    'del a[1:2, ::3], b.c',
    'x += 1; y @= m; z //= 2',
    'lambda a, /, b=1, *c, d, e=2, **f: (a, b)',
    'def f(a: int, /, b: "str" = 1, *args, c, d=3, **kw) -> None:\n    "doc"\n    return a',
    'async def g():\n    async with a as (b, c), d:\n        await x\n    async for i in y:\n        yield i\n',
    '@dec\n@dec2(1)\nclass C(Base, metaclass=M):\n    x: int = 1\n    (y): str\n',
    'if a:\n    pass\nelif b:\n    continue\nelse:\n    break\n',
    'for i in range(3):\n    pass\nelse:\n    pass\nwhile x:\n    x -= 1\n',
    'try:\n    pass\nexcept ValueError as e:\n    raise X from e\nexcept (A, B):\n    pass\nelse:\n    pass\nfinally:\n    pass\n',
    'try:\n    pass\nexcept* TypeError:\n    pass\n',
    'with open(f) as g, h:\n    pass\n',
    'import a.b as c, d\nfrom .. import x\nfrom .m import (y as z, w)\nfrom os import *\n',
    'global g\nnonlocal n\nassert x, "msg"',
    '[x for x in y if x if not x]\n{k: v for k, v in d.items()}\n{s for s in t}\n(g for g in h for i in g)',
    'f"a{b!r:>{w}}c{d=}" "tail"',
    "b'bytes'; u'unicode'; 1.5; 2j; 0x1F; 1_000; ...; None; True; 'a' 'b'",
    'x if y else z; not a; -b; +c; ~d; a and b or c',
    'a < b <= c != d is e is not f in g not in h',
    '(yield)\n(yield from x)\n(y := 10)',
    'match p:\n    case [1, 2, *rest]:\n        pass\n    case {"k": v, **kw}:\n        pass\n    case Point(x=0, y=yy) | None:\n        pass\n    case str() as s if s:\n        pass\n    case _:\n        pass\n',
    'x[1]; x[1:2]; x[::2]; x[a, b]; x[*a]',
    '{1: 2, **m}; {1, 2}; [1, *l]; ()',
    's = "ünïcode"; t = "日本"',
]

for src in SOURCES:
    tree = ast.parse(src)
    print(ast.dump(tree))
    print(ast.dump(tree, include_attributes=True))

tree = ast.parse('def f(x):\n    return [x, {"a": (1, 2)}]\n')
print(ast.dump(tree, indent=2))
print(ast.dump(tree, indent='..', annotate_fields=False))
print(ast.dump(ast.parse('1 + 2', mode='eval')))
print(ast.dump(ast.parse('x = 1', mode='single')))
print(ast.dump(ast.parse('(int, str) -> bool', mode='func_type')))
print(ast.dump(ast.parse(b'# coding: latin-1\ns = "\xe9"\n')))
print(ast.dump(ast.parse('pass', type_comments=True)))

for bad in ['x = ', 'def f(a, a=1, b):', '  indented', 'a\0b', 'f(**x, *y)', '1 = 2']:
    try:
        ast.parse(bad)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)

# Node classes
print(ast.Name._fields, ast.Name._attributes, ast.arguments._fields, ast.comprehension._attributes)
print(ast.Name.__mro__)
print(ast.Constant.__doc__, '|', ast.boolop.__doc__, '|', ast.Pass.__doc__)
print(ast.BinOp.__match_args__)
n = ast.Name('x', ast.Load(), lineno=3)
print(n.id, n.lineno, ast.dump(n), n.__dict__ == {'id': 'x', 'ctx': n.ctx, 'lineno': 3})
for call in [lambda: ast.Name('a', 'b', 'c'), lambda: ast.Load(1), lambda: ast.Name().id]:
    try:
        call()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(ast.Return().value, ast.Constant(5).kind, ast.FunctionDef().returns)
print(ast.dump(ast.Num(5)), isinstance(ast.Constant(5), ast.Num), isinstance(ast.Constant('s'), ast.Num))
print(isinstance(ast.Constant('s'), ast.Str), ast.Str('s').s, ast.Constant(3).n)
print(ast.dump(ast.Index(ast.Name('i', ast.Load()))))
t1 = ast.parse('a = 1\nb = 2')
print(t1.body[0].targets[0].ctx is t1.body[1].targets[0].ctx)
print(type(ast.parse('a + b').body[0].value.op).__name__)
try:
    ast.dump(42)
except TypeError as e:
    print('TypeError', e)
import copy, pickle
c = copy.deepcopy(tree)
print(ast.dump(c) == ast.dump(tree))
print(ast.dump(pickle.loads(pickle.dumps(tree))) == ast.dump(tree))
print(ast.PyCF_ONLY_AST, ast.PyCF_TYPE_COMMENTS, ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
