# sys.argv, sys.path, sys.modules basics
import sys
import os.path
print(sys.argv, len(sys.argv))
print(sys.argv[0] == "sys_argv_path.py")
here = os.path.dirname(os.path.abspath(sys.argv[0]))
print(os.path.basename(here), sys.path[0] == here or sys.path[0] == "")
print("sys" in sys.modules, "__main__" in sys.modules, sys.modules["__main__"].__name__)
print(type(sys.path).__name__, all(isinstance(p, str) for p in sys.path))
sys.path.insert(0, os.path.join(here, "_helpers"))
import shapes
print(shapes.Circle(3).area(), shapes.__name__)
print(os.path.join("a", "b", "c.txt"), os.path.splitext("x/y.tar.gz"), os.path.basename("/p/q.py"), os.path.dirname("/p/q.py"))
print(os.path.exists(os.path.join(here, "_util.py")), os.path.isdir(os.path.join(here, "pkg_a")), os.path.isfile(here))
