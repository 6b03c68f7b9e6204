# -O / -OO: asserts compiled out, __debug__ False, docstrings dropped by -OO.
from _run import run

PROG = r'''
"""module doc"""
import sys
def f():
    "fdoc"
    return 1
class C:
    """cdoc"""
    def m(self):
        """mdoc"""
async def af():
    "afdoc"
print(__doc__, f.__doc__, C.__doc__, C.m.__doc__, af.__doc__, sys.flags.optimize, __debug__)
try:
    assert False, "boom"
    print("assert skipped")
except AssertionError as e:
    print("assert raised", e)
if __debug__:
    print("debug on")
else:
    print("debug off")
print(eval("__debug__"))
try:
    exec("assert 0, 'exec assert'")
    print("exec assert skipped")
except AssertionError as e:
    print("exec", e)
'''
for opts in ([], ["-O"], ["-OO"]):
    run(opts + ["-c", PROG])
run(["-c", PROG], env={"PYTHONOPTIMIZE": "1"})
