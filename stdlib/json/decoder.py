# stdlib/json/decoder.py — CPython's json.decoder names (the implementation
# lives in json/__init__.py): `from json.decoder import JSONDecodeError` works.
from json import JSONDecoder, JSONDecodeError

__all__ = ['JSONDecoder', 'JSONDecodeError']
