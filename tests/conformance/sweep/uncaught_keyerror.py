# Config resolution that ends with an uncaught KeyError raised while handling another.
DEFAULTS = {"host": "localhost", "port": 8080}


def resolve(cfg, key):
    try:
        return cfg[key]
    except KeyError:
        return DEFAULTS[key]


cfg = {"host": "example.org", "debug": True}
for k in ["host", "port", "debug"]:
    print(k, "=", resolve(cfg, k))
print({("a", 1): 2}.get(("a", 1)))
try:
    {}[("a", 1)]
except KeyError as e:
    print(repr(e), str(e))
try:
    {}[""]
except KeyError as e:
    print(repr(e), str(e))
try:
    raise KeyError("multi", "args")
except KeyError as e:
    print(e)
print(resolve(cfg, "timeout"))
