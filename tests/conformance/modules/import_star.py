# from module import * respects __all__
from _util import *
print(CONSTANT, bump(), Thing())
try:
    _hidden
except NameError as e:
    print("NameError:", e)
try:
    counter
except NameError as e:
    print("NameError:", e)
try:
    from _util import does_not_exist
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0], "| name:", e.name)
