# Helper module of del_modules_at_exit.py (not a test).
import sys


class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name, "| helper sys:", type(sys).__name__, "| helper global:", type(MARK).__name__)


MARK = "mark"
_private = Tracked("helper._private")
public = Tracked("helper.public")


def make(name):
    return Tracked(name)
