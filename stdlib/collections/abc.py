# stdlib/collections/abc.py — public name of the ABCs in _collections_abc.
from _collections_abc import *
from _collections_abc import __all__
