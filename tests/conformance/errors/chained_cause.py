# Explicit chaining: raise ... from ...
def read_setting(d, key):
    try:
        return d[key]
    except KeyError as e:
        raise RuntimeError(f"missing setting {key!r}") from e

read_setting({}, "timeout")
