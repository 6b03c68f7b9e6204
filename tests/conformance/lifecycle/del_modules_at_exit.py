# __del__ methods of objects held by several modules at exit, using the
# globals of their own module: every module's namespace is collected as a
# whole, so globals are still there.
import sys
import _exit_helper
from _exit_helper import make

first = make("main.first")
_hidden = make("main._hidden")
_exit_helper.attached = make("helper.attached")
sys.keep_me = make("sys.keep_me")


class Local:
    def __del__(self):
        print("del main.Local | main sys:", type(sys).__name__, "| helper:", type(_exit_helper).__name__)


local = Local()
print("end")
