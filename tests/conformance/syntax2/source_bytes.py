# Source-level problems: null bytes, bad encodings, BOMs, long lines, deep nesting.
from _check import check

check("x = 1\0")
check("x = '\0'")
check(b"x = 1\0")
check(b"x = 1\n# \0 comment\n")
check(b"# -*- coding: latin-1 -*-\nx = '\xe9'")
check(b"\xef\xbb\xbfx = 1")
check(b"\xef\xbb\xbf# coding: utf-8\nx = 1")
check("x = " + "1 + " * 200 + "1")
check("x = " + "(" * 199 + ")" * 199)
check("x = " + "(" * 201 + ")" * 201)
check("x = " + "[" * 201 + "]" * 201)
check("x = 'a" + "b" * 5000)
check("x = " + "a" * 20000 + " b")
for n in (20, 21):
    src = ""
    for i in range(n):
        src += " " * i + "for x%d in y:\n" % i
    src += " " * n + "pass\n"
    check(src)
for n in (20, 21):
    src = ""
    for i in range(n):
        src += " " * i + "if x:\n"
    src += " " * n + "pass\n"
    check(src)
for n in (20, 21):
    src = ""
    for i in range(n):
        src += " " * i + "with x:\n"
    src += " " * n + "pass\n"
    check(src)
for n in (20, 21):
    src = ""
    for i in range(n):
        src += " " * i + "try:\n"
    src += " " * n + "pass\n"
    for i in reversed(range(n)):
        src += " " * i + "finally:\n" + " " * i + " pass\n"
    check(src)
# 100 levels of indentation is CPython's tokenizer limit
src = ""
for i in range(101):
    src += " " * i + "if x:\n"
src += " " * 101 + "pass\n"
check(src)
check("x = 1\ry = 2\r")
check("if 1:\r\n  x\r\n    y\r\n")
check("x = 1", "eval")
check("1 +", "eval")
check("x = 1\ny = 2", "single")
check("if 1:\n  pass\n", "single")
check("1\n2", "single")
check("def f(): pass\nx", "single")
check("1;", "eval")
check("\n\n1", "eval")
check("1\n\n", "eval")
check("lambda: yield", "eval")
check("yield", "eval")
check("await x", "eval")
check("(x for x in y)", "eval")
check("x", "nope")
try:
    compile("x", "<s>", "exec", 0x1000000)
except ValueError as e:
    print("ValueError", e)
try:
    compile(1, "<s>", "exec")
except TypeError as e:
    print("TypeError", e)
try:
    eval("1 +\n")
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset, repr(e.text), e.filename)
try:
    exec("def f(:\n  pass")
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset, repr(e.text), e.filename, e.args)
try:
    exec("x = (1,\n 2,\n 3")
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text), e.filename)
    print(str(e), repr(e))
