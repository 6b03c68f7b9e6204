# Source nested deeper than CPython's parser and compiler accept: MemoryError
# (the parser's stack), SyntaxError (brackets, statically nested blocks),
# IndentationError (indentation levels) or RecursionError (the compiler's
# depth), as CPython 3.11 reports each.


def t(name, f):
    try:
        r = f()
    except (SyntaxError, RecursionError, MemoryError) as e:
        print(name, "->", type(e).__name__, e)
    else:
        print(name, "->", r if isinstance(r, (int, str)) else type(r).__name__)


def blocks(head, n, body="pass"):
    return "".join(" " * i + head + "\n" for i in range(n)) + " " * n + body + "\n"


t("unary 100000", lambda: eval("-" * 100_000 + "1"))
t("unary 4000", lambda: eval("-" * 4000 + "1"))
t("unary 1000", lambda: eval("-" * 1000 + "1"))
t("not 100000", lambda: eval("not " * 100_000 + "1"))
t("lambda 4000", lambda: eval("lambda: " * 4000 + "1"))
t("pow 10000", lambda: eval("**".join(["1"] * 10_000)))
t("if-else 10000", lambda: eval("1 if 1 else " * 10_000 + "1"))
t("parens 1000", lambda: eval("(" * 1000 + ")" * 1000))
t("parens 200", lambda: eval("(" * 200 + "1" + ")" * 200))
t("parens 201", lambda: eval("(" * 201 + "1" + ")" * 201))
t("lists 100000", lambda: eval("[" * 100_000 + "]" * 100_000))
t("calls 300", lambda: eval("f(" * 300 + ")" * 300))
t("sum 100000", lambda: eval("+".join(["1"] * 100_000)))
t("sum compile 100000", lambda: compile("+".join(["1"] * 100_000), "s", "exec"))
t("sum 2000", lambda: eval("+".join(["1"] * 2000)))
t("attributes 100000", lambda: compile("a" + ".b" * 100_000, "s", "eval"))
t("calls chained 100000", lambda: compile("f" + "()" * 100_000, "s", "eval"))
t("subscripts 100000", lambda: compile("a" + "[0]" * 100_000, "s", "eval"))
t("and 100000", lambda: type(compile(" and ".join(["a"] * 100_000), "s", "eval")))
t("compare 100000", lambda: type(compile(" < ".join(["a"] * 100_000), "s", "eval")))
t("tuple 100000", lambda: len(eval("1," * 100_000)))
t("strings 100000", lambda: len(eval(" ".join(['"a"'] * 100_000))))
t("if 99", lambda: type(compile(blocks("if x:", 99), "s", "exec")))
t("if 100", lambda: compile(blocks("if x:", 100), "s", "exec"))
t("def 100", lambda: compile(blocks("def f():", 100), "s", "exec"))
t("for 20", lambda: type(compile(blocks("for x in y:", 20), "s", "exec")))
t("for 21", lambda: compile(blocks("for x in y:", 21), "s", "exec"))
t("while 21", lambda: compile(blocks("while x:", 21), "s", "exec"))
t("with 21", lambda: compile(blocks("with x:", 21), "s", "exec"))
t("with two items 11", lambda: compile(blocks("with x, y:", 11), "s", "exec"))
t("try 21", lambda: compile(blocks("try:", 21) + "".join(" " * i + "finally: pass\n" for i in reversed(range(21))), "s", "exec"))
t("except bodies 11", lambda: compile("".join(" " * i + "try: pass\n" + " " * i + "except:\n" for i in range(11)) + " " * 11 + "pass\n", "s", "exec"))
t("for in def 19+21", lambda: compile(blocks("for x in y:", 19, "def f():\n" + "".join(" " * (20 + i) + "for x in y:\n" for i in range(21)) + " " * 41 + "pass"), "s", "exec"))
t("exec sum 100000", lambda: exec("x = " + "+".join(["1"] * 100_000)))
