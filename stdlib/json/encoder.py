# stdlib/json/encoder.py — CPython's json.encoder names (the implementation
# lives in json/__init__.py).
from json import JSONEncoder, _encode_str

__all__ = ['JSONEncoder']

INFINITY = float('inf')


def encode_basestring(s):
    return _encode_str(s, False)


def encode_basestring_ascii(s):
    return _encode_str(s, True)
