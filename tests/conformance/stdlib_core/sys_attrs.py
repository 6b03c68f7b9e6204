# Deterministic sys attributes
import sys
print(sys.version_info[:2] >= (3, 11), sys.version_info.major, type(sys.version_info).__name__ if False else "vi")
print(sys.maxsize == 2 ** 63 - 1, sys.byteorder in ("little", "big"), isinstance(sys.platform, str))
print(sys.getrecursionlimit() >= 1000, sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.int_info.bits_per_digit in (15, 30), sys.hash_info.width in (32, 64), sys.hash_info.modulus == 2 ** 61 - 1)
print(sys.float_info.min, sys.float_info.max_exp, sys.float_info.radix)
print(sys.stdout is sys.__stdout__, sys.stdin is not None, hasattr(sys.stderr, "write"))
print(sys.getdefaultencoding(), sys.flags.optimize, isinstance(sys.executable, str))
old = sys.getrecursionlimit()
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
sys.setrecursionlimit(old)
print(callable(sys.exit), type(sys.modules).__name__, "builtins" in sys.builtin_module_names)
try:
    sys.exit(0) if False else None
    raise SystemExit("caught exit")
except SystemExit as e:
    print("SystemExit:", e.code)
