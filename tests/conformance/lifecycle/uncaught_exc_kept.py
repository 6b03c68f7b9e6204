# An uncaught exception stays alive in sys.last_value until the interpreter
# finalises: what it holds dies after the traceback is printed and after the
# atexit callbacks; sys.last_type / last_traceback are set for excepthook.
import atexit
import sys


class A:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def hook(t, v, tb):
    print("hook:", t.__name__, v.args[0], sys.last_value is v, sys.last_type is t, sys.last_traceback is tb)
    sys.excepthook = sys.__excepthook__  # or sys would keep __main__ alive to the end


sys.excepthook = hook
atexit.register(print, "atexit callback")


class Failure(Exception):
    pass


def inner():
    raise Failure("held by the exception", A("exception payload"))


g = A("global")
inner()
