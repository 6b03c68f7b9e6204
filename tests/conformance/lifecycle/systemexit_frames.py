# SystemExit is cleared before finalisation: the locals of its frames die at
# once, before the atexit callbacks; globals die after them.
import atexit


class A:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


atexit.register(print, "atexit callback")


def leave():
    x = A("local")
    raise SystemExit(3)


g = A("global")
leave()
