# helper module (not a test): imported by tests in this folder
print("_util loading, __name__ =", __name__)
CONSTANT = 42
_hidden = "private"
counter = 0
def bump():
    global counter
    counter += 1
    return counter
class Thing:
    def __repr__(self):
        return "Thing()"
__all__ = ["CONSTANT", "bump", "Thing"]
if __name__ == "__main__":
    print("never printed when imported")
