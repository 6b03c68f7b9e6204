# atexit._run_exitfuncs runs and clears the callbacks; _clear drops them.
import atexit

base = atexit._ncallbacks()  # CPython itself may have registered some
calls = []
atexit.register(calls.append, "a")
atexit.register(calls.append, "b")
print(atexit._ncallbacks() - base)
atexit._run_exitfuncs()
print(calls, atexit._ncallbacks())
atexit.register(print, "never printed")
atexit._clear()
print(atexit._ncallbacks())
atexit.register(print, "printed at exit", "with", "args", sep="-")
print("end of main")
