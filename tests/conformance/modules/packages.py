# Packages with __init__.py and relative imports
import pkg_a
print(pkg_a.VERSION, pkg_a.greet("main"))
print(pkg_a.sub.sub_greet(), pkg_a.sub.leaf_value)
from pkg_a.sub import leaf
print(leaf.leaf_value == pkg_a.sub.leaf_value, leaf.__name__, leaf.__package__)
import pkg_a.core as core
print(core is pkg_a.core, core.__name__)
import sys
print(sorted(k for k in sys.modules if k.startswith("pkg_a")))
from _helpers.shapes import Circle, unit
print(Circle(2).area(), unit().area())
import _helpers
print(hasattr(_helpers, "shapes"))
try:
    import pkg_a.nothing_here
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
