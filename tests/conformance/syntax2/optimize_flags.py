# compile(..., optimize=N): asserts, __debug__ and docstrings follow N, not the interpreter flag.
import sys
src = '''
"""module doc"""
def f():
    """func doc"""
    assert False, "boom"
    return __debug__
class C:
    """class doc"""
if __debug__:
    r = "debug on"
else:
    r = "debug off"
'''
for opt in (-1, 0, 1, 2):
    ns = {}
    exec(compile(src, "<opt%d>" % opt, "exec", optimize=opt), ns)
    try:
        v = ns["f"]()
    except AssertionError as e:
        v = "AssertionError(%s)" % e
    print(opt, ns.get("__doc__"), ns["f"].__doc__, ns["C"].__doc__, ns["r"], v)
print(sys.flags.optimize)
for opt in (0, 1, 2):
    print(opt, eval(compile("__debug__", "<e>", "eval", optimize=opt)))
try:
    compile("x", "<s>", "exec", optimize=3)
    print("accepted 3")
except ValueError as e:
    print("ValueError", e)
try:
    compile("x", "<s>", "exec", optimize=-2)
    print("accepted -2")
except ValueError as e:
    print("ValueError", e)
import ast
t = ast.parse('def g():\n    "d"\n    assert 0\n    return 5')
ns = {}
exec(compile(t, "<ast>", "exec", optimize=2), ns)
print(ns["g"].__doc__, ns["g"]())
ns = {}
exec(compile(t, "<ast>", "exec", optimize=0), ns)
print(ns["g"].__doc__)
try:
    ns["g"]()
except AssertionError:
    print("assert kept")
