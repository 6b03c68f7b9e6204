# __name__ == "__main__" and module attributes
import _util
def main():
    print("main() running in", __name__)
    return 0
print(__name__, _util.__name__, __file__.endswith("main_guard.py"))
print(type(__builtins__).__name__ in ("module", "dict"), __doc__)
if __name__ == "__main__":
    status = main()
    print("status", status)
