# ast.unparse: precedence, strings and f-strings, statements, round trips.
import ast

SNIPPETS = [
    '(a + b) * c', 'a + b * c', 'a ** b ** c', '(a ** b) ** c', '-a ** b', '(-a) ** b',
    'not a and (b or c)', 'a or b and c', '(a or b) and c', 'a if b else (c if d else e)',
    '(a if b else c) if d else e', 'lambda: (yield)', 'lambda x, *y, z=1, **k: x',
    'x = (yield)', 'await x', '(await x).y', 'x[a:b, c]', 'x[(a, b)]', 'x[()]', 'x[a:b:c]',
    'f(*a, **k)', 'f(a for a in b)', 'f((a for a in b), c)', '(a, b) = c', 'a, = b', '()',
    '(1,)', '[*a, *b]', '{**a, "b": 1}', '{*()}', 'set()', '3 .real', '(3).real', '3.5.real',
    '1e309', '-1e309', '1e309j', '(1+2j)', '(x := 1)', 'f(x := 1)', 'a < b < c',
    '(a < b) < c', 'a is not b', 'not (a in b)', '~-x', '--x', '+(-x)', 'a @ b', 'a // b % c',
    '"single"', "'it''s'", '"both \' and \\""', '"tab\\tnew\\nline"', '"\\x00\\u200b\\U0001f600"',
    '"back\\\\slash"', 'b"\\x00bytes"', "u'unicode'", 'r"raw\\d"',
    'f"{a}"', 'f"{a!r:>10}"', 'f"{a:{b}.{c}}"', 'f"{{literal}} {x}"', "f'{\"q\"}'",
    'f"{x=}"', 'f"{3.0:.2f}" f" tail"', 'f"{ {1: 2}[1] }"', 'f"""{a}\n{b}"""', "f'{a}\\n'",
    'print(*args, sep="")', 'x.y.z(1)[2]', 'a[b](c).d', '...', 'Ellipsis',
    '[x for x in y if x if z]', '{k: v async for k, v in aiter()}', '(x for x in (yield y))',
]
for s in SNIPPETS:
    print(repr(s), '->', repr(ast.unparse(ast.parse(s))))

PROGRAM = '''
"""Docstring with "quotes" and \\'apostrophes\\'."""
from __future__ import annotations
import os, sys as system
from . import sibling
from ..pkg.mod import (a, b as c)


@decorator
@other.decorator(arg, key=value)
class Example(Base, metaclass=Meta):
    """Class docstring."""
    attr: int = 0
    (paren): str

    def method(self, a, /, b, *, c=1, **kw) -> "Example":
        global g
        x = y = z = 0
        x += 1
        del x, y[0]
        assert x, "message"
        if a:
            pass
        elif b:
            return
        elif c:
            return None
        else:
            raise ValueError("bad") from None
        for i, j in pairs:
            continue
        else:
            break
        while True:
            break
        try:
            pass
        except (TypeError, ValueError) as err:
            raise
        except Exception:
            pass
        else:
            pass
        finally:
            pass
        with open("f") as fh, lock:
            pass
        return [i for i in range(10) if i % 2]

    async def amethod(self):
        async with ctx() as value:
            async for item in stream:
                await item
        nonlocal_value = lambda: None


def gen():
    yield
    yield 1
    x = yield from other()
    return x


match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case Point(x=0, y=0):
        pass
    case {"key": value, **rest}:
        pass
    case [1, 2, *others] | (3 | 4) as alt if alt:
        pass
    case _:
        pass

try:
    pass
except* OSError as group:
    pass
'''
tree = ast.parse(PROGRAM)
text = ast.unparse(tree)
print(text)
print(ast.dump(ast.parse(text)) == ast.dump(tree))

# Hand-built trees.
print(ast.unparse(ast.BinOp(ast.BinOp(ast.Name('a'), ast.Add(), ast.Name('b')), ast.Mult(),
                            ast.Constant(3))))
print(ast.unparse(ast.Constant((1, 2.5, 'x'))))
print(ast.unparse(ast.Constant(float('nan'))), ast.unparse(ast.Constant(complex(1, float('inf')))))
print(ast.unparse(ast.Set([])))
print(ast.unparse(ast.Module([ast.Expr(ast.Constant('doc')), ast.Pass()], [])))
print(ast.unparse(ast.FunctionDef('f', ast.arguments([], [], None, [], [], None, []),
                                  [ast.Return(None)], [], None, None, lineno=1)))
try:
    ast.unparse(ast.JoinedStr([ast.FormattedValue(ast.Constant('\\n'), -1, None)]))
except ValueError as e:
    print('ValueError', e)
for bad in [ast.YieldFrom(None), ast.Raise(None, ast.Name('c'))]:
    try:
        ast.unparse(bad)
    except ValueError as e:
        print('ValueError', e)
