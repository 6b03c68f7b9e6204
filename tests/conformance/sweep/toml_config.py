# A config loader on tomllib: defaults merged with a TOML document, validation errors.
import tomllib
from datetime import date, datetime

DEFAULTS = {"server": {"host": "127.0.0.1", "port": 8000, "debug": False}, "users": []}

DOC = """
# Deployment settings
title = "inventory service"
version = "1.4.2"
released = 2024-03-01
updated = 2024-03-05T10:15:00Z

[server]
port = 9_000
workers = 0x10
timeout = 2.5e1
allowed = ["10.0.0.0/8", "192.168.0.0/16",]

[server.tls]
enabled = true
cert = '/etc/ssl/cert.pem'

[[users]]
name = "ann"
roles = ["admin", "dev"]
quota = { disk = 50, cpu = 2.5 }

[[users]]
name = "bob"
roles = []
motto = \"\"\"
Measure twice, \\
  cut once.\"\"\"
"""


def merge(base, override):
    out = dict(base)
    for k, v in override.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = merge(out[k], v)
        else:
            out[k] = v
    return out


cfg = merge(DEFAULTS, tomllib.loads(DOC))
print(cfg["title"], cfg["version"], cfg["released"], repr(cfg["updated"]))
print(sorted(cfg["server"].items()))
for user in cfg["users"]:
    print(f"{user['name']:<5} roles={','.join(user['roles']) or '-'} quota={user.get('quota')} motto={user.get('motto')!r}")
print(isinstance(cfg["released"], date), isinstance(cfg["updated"], datetime), cfg["updated"].tzname())
print(type(cfg["server"]["timeout"]).__name__, cfg["server"]["workers"], cfg["server"]["tls"])

BAD = [
    "port = ",
    "port = 1\nport = 2",
    "[server]\n[server]",
    "name = \"unterminated",
    "list = [1, 2",
    "= 3",
    "when = 2024-02-30",
    "flag = yes",
    "a = 1\n[a]",
    "s = \"bad \\\\q escape\"",
]
for text in BAD:
    try:
        tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        print(f"{text!r:<28} -> {e}")
print(tomllib.loads("pi = 3.14159", parse_float=lambda s: s + "!"))
try:
    tomllib.loads(b"x = 1")
except TypeError as e:
    print(e)
