# os.fork with other threads running: only the forking thread survives in
# the child, it holds the GIL and is threading's main thread; threads, locks
# and processes still work in the child; forking from a non-main thread.
import os
import sys
import threading
import time
import multiprocessing as mp

stop = threading.Event()


def spin():
    x = 0
    while not stop.is_set():
        x += 1


def report(tag):
    t = threading.current_thread()
    print(tag, t.name, t is threading.main_thread(), threading.active_count(),
          [th.name for th in threading.enumerate()])
    done = []
    th = threading.Thread(target=lambda: done.append(sum(range(1000))), name='inner')
    th.start()
    th.join()
    print(tag, 'thread in child ok', done)
    q = mp.Queue()
    p = mp.Process(target=q.put, args=('grandchild',))
    p.start()
    print(tag, q.get(), end=' ')
    p.join()
    print(p.exitcode)
    sys.stdout.flush()


spinners = [threading.Thread(target=spin, name='spinner-%d' % i) for i in range(2)]
for s in spinners:
    s.start()
time.sleep(0.02)
pid = os.fork()
if pid == 0:
    report('child')
    os._exit(0)
os.waitpid(pid, 0)


def fork_from_thread():
    pid = os.fork()
    if pid == 0:
        report('thread-child')
        os._exit(5)
    _, status = os.waitpid(pid, 0)
    print('status from thread fork', os.waitstatus_to_exitcode(status))


t = threading.Thread(target=fork_from_thread, name='forker')
t.start()
t.join()
stop.set()
for s in spinners:
    s.join()
print('parent threads', threading.active_count())
