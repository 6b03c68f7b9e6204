# Modules as objects: attributes, reload-free mutation, dynamic import
import _util
import math
print(type(_util).__name__, _util.__name__, math.__name__)
_util.CONSTANT = 100
import _util as u2
print(u2.CONSTANT)
_util.new_attr = "added at runtime"
from _util import new_attr
print(new_attr)
print(hasattr(math, "pi"), getattr(math, "tau") == 2 * math.pi)
mod = __import__("pkg_a.core")
print(mod.__name__, mod.core.__name__)
try:
    from pkg_a import nonexistent
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0], "| name:", e.name)
def lazy():
    import _helpers.shapes as s
    return s.unit().area()
print(lazy())
