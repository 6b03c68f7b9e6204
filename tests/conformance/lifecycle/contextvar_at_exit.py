# Values held only by the main thread's contextvars context die after the
# modules are finalised, when print() is gone: nothing is printed.
import contextvars


class A:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


var = contextvars.ContextVar("var")
var.set(A("in context"))
plain = A("global")
print("end")
