print("pkg_a/__init__ running, __name__ =", __name__)
from .core import greet
from . import sub
VERSION = "1.0"
