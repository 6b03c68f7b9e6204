import sys, os, warnings

def show(message, category, filename, lineno, file=None, line=None):
    print("SHOW:", os.path.basename(filename), lineno, category.__name__, message, repr(line))

def old_api(x):
    warnings.warn("old_api is deprecated, use new_api", DeprecationWarning, stacklevel=2)
    return x * 2

def risky():
    warnings.warn("risky call")

warnings.showwarning = show
for i in range(3):
    risky()            # shown once (default action, same location)
old_api(1)             # DeprecationWarning from __main__ caller: shown
warnings.warn("explicit", RuntimeWarning)
warnings.warn(UserWarning("instance message"))
warnings.showwarning = warnings._showwarning_orig

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    for i in range(2):
        risky()
    old_api(2)
    warnings.warn("bytes!", BytesWarning)
    print(len(w), [str(x.message) for x in w], [x.category.__name__ for x in w])
    print(w[0].lineno, os.path.basename(w[0].filename), issubclass(w[-1].category, BytesWarning))

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        risky()
    except UserWarning as e:
        print("raised:", type(e).__name__, e)
    warnings.filterwarnings("ignore", message="risky")
    risky()
    print("ignored ok")

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("ignore")
    warnings.filterwarnings("always", category=RuntimeWarning)
    warnings.warn("a", RuntimeWarning); warnings.warn("b", UserWarning); warnings.warn("c", RuntimeWarning)
    print([str(x.message) for x in w])

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("once")
    for i in range(3):
        warnings.warn("once only")
    warnings.warn("other")
    print([str(x.message) for x in w])

print(warnings.formatwarning("msg text", UserWarning, "prog.py", 12, "  x = 1  "), end="")
print(warnings.formatwarning("no line", FutureWarning, "nofile_xyz.py", 3), end="")
try:
    warnings.warn("bad", int)
except TypeError as e:
    print("TypeError:", e)
warnings.resetwarnings()
print(warnings.filters)
sys.stderr = sys.stdout
warnings.warn_explicit("explicit text", UserWarning, "fake.py", 7)
warnings.warn_explicit("explicit text", UserWarning, "fake.py", 7)
print("done")
