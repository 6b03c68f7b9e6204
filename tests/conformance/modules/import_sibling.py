# Importing a sibling module: executed once, cached in sys.modules
import sys
import _util
import _util as again
from _util import CONSTANT, bump
print(_util.CONSTANT, CONSTANT, again is _util, "_util" in sys.modules)
print(bump(), bump(), _util.counter, _util.bump())
print(_util._hidden, _util.Thing(), _util.__name__)
print(sorted(n for n in vars(_util) if not n.startswith("__")))
m = __import__("_util")
print(m is _util, sys.modules["_util"] is _util)
