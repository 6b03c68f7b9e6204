# urllib package (minipy): urllib.parse lives in parse.py.
