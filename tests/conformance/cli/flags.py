# sys.flags (CPython 3.11's fields and order), sys.dont_write_bytecode,
# sys.get_int_max_str_digits under options and PYTHON* variables.
import sys
from _run import run, FLAGS

print(type(sys.flags).__name__, len(sys.flags), sys.flags.index(sys.flags[0]) == 0)
print(repr(sys.flags).split("(")[0], sys.flags.__class__.__module__)
for opts, env in (([], None), (["-O"], None), (["-OO"], None), (["-OOO"], None), (["-B"], None),
                  (["-s", "-S"], None), (["-E"], None), (["-I"], None), (["-q"], None), (["-v"], None),
                  (["-d"], None), (["-b"], None), (["-bb"], None), (["-i"], None), (["-P"], None),
                  (["-X", "dev"], None), (["-X", "warn_default_encoding"], None),
                  (["-X", "int_max_str_digits=800"], None), (["-X", "int_max_str_digits=0"], None),
                  ([], {"PYTHONOPTIMIZE": "2"}), ([], {"PYTHONOPTIMIZE": "x"}), (["-O"], {"PYTHONOPTIMIZE": "5"}),
                  ([], {"PYTHONOPTIMIZE": "0"}), ([], {"PYTHONDONTWRITEBYTECODE": None}),
                  ([], {"PYTHONDEVMODE": "1"}), ([], {"PYTHONSAFEPATH": "1"}), ([], {"PYTHONNOUSERSITE": "1"}),
                  ([], {"PYTHONINTMAXSTRDIGITS": "1000"}), ([], {"PYTHONHASHSEED": "1"}),
                  ([], {"PYTHONHASHSEED": "random"}), ([], {"PYTHONWARNDEFAULTENCODING": "1"}),
                  (["-E"], {"PYTHONOPTIMIZE": "2", "PYTHONDEVMODE": "1"}),
                  ([], {"PYTHONDEBUG": "1"}), ([], {"PYTHONINSPECT": "1"})):
    code = FLAGS + "; print(sys.dont_write_bytecode, sys.get_int_max_str_digits(), __debug__)"
    r = run(opts + ["-c", code], env=env, stdin="", show=False)
    print(opts, env, "->", r.returncode)
    print("  ", r.stdout.strip().replace("\n", "\n   "))
