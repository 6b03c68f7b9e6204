from ..core import greet as _g
from .leaf import leaf_value
def sub_greet():
    return "sub:" + _g("sub")
