# -W and PYTHONWARNINGS: sys.warnoptions and warnings.filters in CPython's
# order (-X dev first, then PYTHONWARNINGS, -W, then -b), invalid options,
# and warnings turned into errors with their traceback.
from _run import run

SHOW = ("import sys, warnings; print(sys.warnoptions); print(*warnings.filters, sep='\\n'); "
        "warnings.warn('hello', DeprecationWarning); print('end')")
for opts, env in (([], None), (["-W", "error"], None), (["-Wd"], None), (["-W", "ignore::DeprecationWarning"], None),
                  (["-W", "error:hel:DeprecationWarning:__main__:1"], None),
                  (["-Walways", "-Werror::UserWarning"], None), (["-X", "dev"], None), (["-b"], None),
                  (["-bb", "-Wi"], None), (["-W", "a", "-W", "m", "-W", "o", "-W", "all"], None),
                  (["-W", "ignore:some.message:UserWarning:mod.name"], None),
                  (["-W", "bogus", "-W", "error::Foo", "-W", "x:y:z:w:v:u", "-W", "e::Warning::zz",
                    "-W", "e::os.Bar", "-W", "d::int", "-W", "e::nosuchmodule.X"], None),
                  (["-W", "always"], {"PYTHONWARNINGS": "error::DeprecationWarning,,ignore"}),
                  (["-X", "dev", "-W", "c"], {"PYTHONWARNINGS": ",a,,b,"}),
                  (["-E", "-W", "always"], {"PYTHONWARNINGS": "error::DeprecationWarning"})):
    print("==", opts, env)
    run(opts + ["-c", SHOW], env=env)

# -W error: the traceback ends at the warn() call (no warnings-module frame).
prog = '''import warnings
def f():
    warnings.warn("deprecated thing", DeprecationWarning, stacklevel=2)
def g():
    f()
g()
'''
run(["-W", "error", "-c", prog])
run(["-c", "x = 1 is 1\nprint('compiled')"])
run(["-W", "ignore", "-c", "x = 1 is 1\nprint('compiled')"])
