# warnings as CPython 3.11's _warnings runs them: the default filters (the
# '__main__' module part is a plain str), __warningregistry__ and its
# version, the once/module/default/always actions, warn_explicit, errors
# of bad filters, stacklevel, showwarning/formatwarning replacements and the
# source line of the display.
import io
import sys
import warnings

print(*warnings.filters, sep="\n")
print(warnings.defaultaction, warnings.onceregistry)

def emit(text, category=UserWarning, level=1):
    warnings.warn(text, category, stacklevel=level + 1)

out = io.StringIO()
def show(message, category, filename, lineno, file=None, line=None):
    out.write(warnings.formatwarning(message, category, filename.rsplit("/", 1)[-1], lineno, line))
warnings.showwarning = show

for action in ("default", "once", "module", "always"):
    warnings.simplefilter(action)
    for i in range(2):
        emit("msg " + action)
        emit("msg " + action)
    print(action, sorted(repr(k if isinstance(k, str) else (k[0], k[1].__name__) + tuple(k[2:]))
                         for k in __warningregistry__), sorted(k[0] for k in warnings.onceregistry))
print(out.getvalue(), end="")
out.truncate(0); out.seek(0)

warnings.simplefilter("default")
emit("level two", level=2)
emit("level 99", level=99)
warnings.warn(DeprecationWarning("as instance"))
print(out.getvalue(), end="")
out.truncate(0); out.seek(0)

# warn_explicit: module derived from the file name, its own registry.
reg = {}
warnings.warn_explicit("explicit", RuntimeWarning, "pkg/thing.py", 7, registry=reg)
warnings.warn_explicit("explicit", RuntimeWarning, "pkg/thing.py", 7, registry=reg)
print(sorted(str(k) for k in reg), out.getvalue(), end="")
out.truncate(0); out.seek(0)
try:
    warnings.warn_explicit("x", UserWarning, "f.py", 1, registry=[])
except TypeError as e:
    print("TypeError:", e)
try:
    warnings.warn("x", category=int)
except TypeError as e:
    print("TypeError:", e)

# Bad filter lists and actions.
saved = warnings.filters[:]
warnings.filters.insert(0, ("bogus", None, Warning, None, 0))
try:
    warnings.warn("y")
except RuntimeError as e:
    print("RuntimeError:", e)
warnings.filters[0] = ("error", None, Warning)
try:
    warnings.warn("y")
except ValueError as e:
    print("ValueError:", e)
warnings.filters[:] = saved
try:
    warnings.filterwarnings("bogus")
except AssertionError as e:
    print("AssertionError:", e)
try:
    warnings.filterwarnings("ignore", category=5)
except AssertionError as e:
    print("AssertionError:", e)

# Errors: the warning instance is raised.
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        emit("now an error", FutureWarning)
    except FutureWarning as e:
        print("raised", type(e).__name__, e.args)

# catch_warnings(record=True) and the display of a real showwarning.
warnings.showwarning = warnings._showwarning_orig
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn("recorded", ResourceWarning)
    warnings.warn("recorded too")
print([(str(w.message), w.category.__name__, w.lineno) for w in log], str(log[0]).startswith("{message"))
buf = io.StringIO()
warnings.showwarning("shown", UserWarning, __file__, 85, file=buf)
print(buf.getvalue().replace(__file__, "FILE"), end="")
print(repr(warnings.formatwarning("m", UserWarning, "nofile.py", 3)))
print(repr(warnings.formatwarning("m", UserWarning, "nofile.py", 3, line="  code here  ")))
print(repr(warnings.catch_warnings(record=True)))
# The message and module parts of filterwarnings behave as re.match.
warnings.filterwarnings("ignore", message="Hid", module="__ma")
warnings.filterwarnings("error", message="no.*match")
print(warnings.filters[0][1].pattern, warnings.filters[1][1].pattern, warnings.filters[1][3].pattern)
warnings.warn("hidden because message starts with hid")
print("done")
