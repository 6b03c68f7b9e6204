"""doc"""
from __future__ import annotations
import typing
def f(a: list[int] | None, b: "str" = 'x', *args: int, c: Dict[str, (int, 3)] = None, **kw: lambda x, *y, z=1: x) -> Undefined[1:2, ::3]:
    pass
print(f.__annotations__)
class C:
    x: int
    y: Optional[C] = None
    w: f(x for x in y)
    v: {'a': 1, **b}
    u: [a for a in b if a async for c in d]
    t: 0x1F + 1e309 + 2j - -1 ** -2 ** 3
    s: not a and (b or c) and d < e <= f is not g not in h
    r: (a, b) | tuple[()] | tuple[int,] | a[b:c, d]
    q: f'{a!r:>{w}} {{x}} {b=}'
    o: 1 .real
    n: (lambda: 1)()
    m: a if b else (c if d else e)
    l: ~a ** -b
    k: {1, 2} | {*()}
    i: b'\x00\'"' + '"\'\n'
print(C.__annotations__)
x: Foo[int] = 5
print(__annotations__, x)
def g(self) -> C: ...
print(typing.get_type_hints(g))

import dataclasses, typing
@dataclasses.dataclass
class Item:
    name: str
    tags: list[str] = dataclasses.field(default_factory=list)
    count: typing.ClassVar[int] = 0
    parent: Item | None = None
print(Item("a"), [f.name for f in dataclasses.fields(Item)], Item.__annotations__)
print(typing.get_type_hints(Item)["parent"])
class Node(typing.NamedTuple):
    left: Node | None
    value: int = 0
print(Node(None, 3), Node.__annotations__)

# future statements: what compiles and what does not
for src in ['from __future__ import braces', 'from __future__ import spam',
            'import os\nfrom __future__ import annotations',
            'def f():\n    from __future__ import annotations',
            '"doc"\nfrom __future__ import annotations, division\nfrom __future__ import generators\nx = 1',
            'from __future__ import annotations\nx: (a := 1) = 3',
            'from __future__ import annotations\ndef f(x: (yield)): pass',
            'from __future__ import annotations\nx: [(b := 2) for a in c]',
            'from __future__ import *']:
    try:
        compile(src, '<src>', 'exec')
        print('ok')
    except SyntaxError as e:
        print('SyntaxError', e.msg, e.lineno, e.offset)
import __future__
print(__future__.annotations, __future__.all_feature_names[-1])
