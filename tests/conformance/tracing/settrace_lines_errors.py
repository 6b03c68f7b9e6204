# Line numbers outside tracing that the compiler/parser decide: eval('') and
# blank input report SyntaxError at line 0 (text ''), ast.parse() gives
# identifiers in NFKC form (PEP 3131) and emits the tokenizer's warnings.
import ast
import warnings

for src in ('', '  ', '\t', '\n', '# c', '1 +'):
    try:
        eval(src)
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
print(exec(''), exec('  '))

t = ast.parse('\ufb01 = 1\n\u210c = \ufb01\ndef \u2168(): pass')
print([type(n).__name__ for n in t.body])
print(t.body[0].targets[0].id, t.body[1].targets[0].id, t.body[1].value.id, t.body[2].name)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    ast.parse('x = "\\d"\ny = b"\\q"')
    for x in w:
        print(x.category.__name__, x.message, x.lineno)

with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        ast.parse('z = "\\d"')
    except SyntaxError as e:
        print('SyntaxError', e.msg, e.lineno)
