# tokenize / token: the token stream of CPython 3.11 (NEWLINE/NL, COMMENT,
# INDENT/DEDENT, ERRORTOKEN, ENDMARKER), encodings, untokenize, errors.
import io
import token
import tokenize

SOURCES = [
    'x = 1\n',
    'x = 1',
    'if a:\n    b = [1,\n         2]  # c\n\n    # only comment\nelse:\n\tpass\n',
    'def f(a, *, b=2) -> int:\n    return a ** b // 3 @ m\n',
    's = """multi\nline""" + \'\'\'x\'\'\'\nt = f"{a!r}" rb\'\\x00\' U"u"\n',
    'x = 1 + \\\n    2\n',
    'a = 0xFF + 0o7 + 0b1 + 1_000 + 1.5e-3j + .5 + 5. + 1e10\n',
    'x = $a ? `b`\n',
    "s = 'unterminated\n",
    'a := b ... -> != <> **= //= >>= <<=\n',
    '   \n# comment at top\nx\n',
    'class C:\n    def m(self):\n        pass\n\n\n',
    '\n\n',
    '',
    '# no newline at end',
    'if x:\n    y\n  # odd comment indent\n    z\n',
    'x = (1,\n# inside\n     2)\n',
    's = "cont\\\ninued"\n',
    'α = "ünïcode"\n',
    'x\r\ny\r\n',
]
for src in SOURCES:
    print('--- %r' % src)
    try:
        for tok in tokenize.generate_tokens(io.StringIO(src).readline):
            print(tok)
    except (tokenize.TokenError, IndentationError) as e:
        print(type(e).__name__, e.args)

for src in ['x = """never closed\n', 'f(1,\n  2\n', 'if x:\n    a\n  b\n']:
    try:
        list(tokenize.generate_tokens(io.StringIO(src).readline))
    except (tokenize.TokenError, IndentationError) as e:
        print(type(e).__name__, e.args)

toks = list(tokenize.tokenize(io.BytesIO(b'# -*- coding: latin-1 -*-\nx = "\xe9"\n').readline))
for tok in toks:
    print(tok)
print([tok.exact_type for tok in toks], [token.tok_name[t.exact_type] for t in toks])
print(tokenize.untokenize(toks))
print(list(tokenize.tokenize(io.BytesIO(b'\xef\xbb\xbfx\n').readline))[0])

for data in [b'x = 1\n', b'\xef\xbb\xbfx = 1\n', b'# coding=utf-8\n', b'\n# vim: set fileencoding=latin-1 :\n',
             b'import os\n# coding: latin-1\n', b'# coding: latin_1\n', b'# coding: UTF-8-unix\n', b'']:
    print(tokenize.detect_encoding(io.BytesIO(data).readline))
for data in [b'# coding: nonsense\n', b'\xef\xbb\xbf# coding: latin-1\n', b'\xff\xfe\n']:
    try:
        tokenize.detect_encoding(io.BytesIO(data).readline)
    except SyntaxError as e:
        print('SyntaxError', e)

src = 'def f(x):\n    return x  +  1   # spaced\n\nprint( f(2) )\n'
toks = list(tokenize.generate_tokens(io.StringIO(src).readline))
print(repr(tokenize.untokenize(toks)))
print(repr(tokenize.untokenize((t.type, t.string) for t in toks)))

print(token.tok_name[token.OP], token.NAME, token.ENDMARKER, token.N_TOKENS, token.NT_OFFSET)
print(token.ISTERMINAL(token.NAME), token.ISNONTERMINAL(300), token.ISEOF(token.ENDMARKER))
print(token.EXACT_TOKEN_TYPES['**='], len(token.EXACT_TOKEN_TYPES))
print(tokenize.TokenInfo(1, 'a', (1, 0), (1, 1), 'a'))
print(tokenize.TokenInfo(54, '(', (1, 0), (1, 1), '(').exact_type)
