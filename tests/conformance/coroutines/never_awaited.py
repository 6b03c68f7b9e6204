# "coroutine ... was never awaited" RuntimeWarning: text, source line,
# tracemalloc hint, once per location. stderr is captured so that the
# (absolute) file name can be shown without its folder.
import sys


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass


async def job():
    pass


class K:
    async def method(self):
        pass


def drop():
    job()


cap = Capture()
real, sys.stderr = sys.stderr, cap
drop()
for i in range(3):
    K().method()
c = job()
c.close()  # closed before it ran: no warning
awaited = job()
try:
    awaited.send(None)
except StopIteration:
    pass
del awaited
sys.stderr = real
text = "".join(cap.parts)
for line in text.splitlines():
    if ".py:" in line:
        line = line[line.rfind("/") + 1:]
    print(line)
