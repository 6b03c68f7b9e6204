# A thread's exit drops its trace, profile and async generator hooks
# (they used to leak): each hook object is freed once the thread is gone.
import sys
import threading
import time

freed = []


class Hook:
    def __init__(self, name):
        self.name = name

    def __call__(self, *args):
        return None

    def __del__(self):
        freed.append(self.name)


def work():
    sys.settrace(Hook('trace'))
    sys.setprofile(Hook('profile'))
    sys.set_asyncgen_hooks(firstiter=Hook('firstiter'), finalizer=Hook('finalizer'))


t = threading.Thread(target=work)
t.start()
t.join()
deadline = time.monotonic() + 10
while len(freed) < 4 and time.monotonic() < deadline:
    time.sleep(0.01)
print(freed)
print(sys.gettrace(), sys.getprofile())

# threading.settrace / setprofile hooks go with each thread too.
threading.settrace(Hook('thread-trace'))
threading.setprofile(Hook('thread-profile'))
t = threading.Thread(target=lambda: None)
t.start()
t.join()
threading.settrace(None)
threading.setprofile(None)
deadline = time.monotonic() + 10
while len(freed) < 6 and time.monotonic() < deadline:
    time.sleep(0.01)
print(sorted(freed[4:]))
