# fuzz_regress (scripts/fuzz.py): ImportError messages for odd module names and
# globals. A NUL in the name used to cut the message short ("No module named 'a'").
import sys

for name in ["nomod\x00x", "a'b", 'q"q', "plain_missing", "missing.sub"]:
    try:
        __import__(name)
    except ModuleNotFoundError as e:
        print(type(e).__name__, repr(str(e)), repr(e.name))

sys.modules["fuzz_none_mod"] = None
try:
    import fuzz_none_mod
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)

for g in [{"__package__": 5}, {"__name__": 5}, {}, 5]:
    try:
        __import__("x", globals=g, level=1)
    except (TypeError, KeyError, ImportError) as e:
        print(type(e).__name__, e)
