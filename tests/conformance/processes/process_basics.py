# multiprocessing.Process with the fork start method: targets with args and
# kwargs, names, exit codes (normal, sys.exit, uncaught exception, signals),
# is_alive/join(timeout)/terminate/kill/close, current/parent process, and
# separate memory after fork.
import multiprocessing as mp
import os
import sys
import time

counter = 0


def work(n, label='x'):
    global counter
    if label == 'at exit':
        time.sleep(0.2)  # the parent's "main done" reaches the file first, even under ASan
    counter += n
    print('child', label, counter, mp.current_process().name, mp.parent_process().name)


def exits(code):
    sys.exit(code)


def fails():
    raise ValueError('boom in child')


def sleeper():
    time.sleep(30)


def nested():
    p = mp.Process(target=work, args=(1,), kwargs={'label': 'nested'})
    p.start()
    p.join()
    print('nested child name', p.name, p.exitcode)


class Sub(mp.Process):
    def __init__(self, value):
        super().__init__()
        self.value = value

    def run(self):
        print('Sub.run', self.value, self.name)


if __name__ == '__main__':
    print(mp.current_process().name, mp.parent_process(), mp.get_start_method())
    p = mp.Process(target=work, args=(5,), kwargs={'label': 'a'})
    print(p.name, p.exitcode, p.pid, p.is_alive(), p.daemon)
    p.start()
    p.join()
    print('parent counter', counter, 'exitcode', p.exitcode, p.is_alive(), isinstance(p.pid, int))

    for code in (0, 3, None, 'message to stderr'):
        q = mp.Process(target=exits, args=(code,))
        q.start()
        q.join()
        print('sys.exit(%r) ->' % (code,), q.exitcode)

    f = mp.Process(target=fails, name='Failing')
    f.start()
    f.join()
    print('uncaught exception ->', f.exitcode, f.name)

    s = mp.Process(target=sleeper, daemon=True)
    s.start()
    s.join(0.1)
    print('after join(0.1):', s.is_alive(), s.exitcode)
    s.terminate()
    s.join()
    print('terminated ->', s.exitcode, s.is_alive())
    k = mp.Process(target=sleeper)
    k.start()
    k.kill()
    k.join()
    print('killed ->', k.exitcode)
    k.close()
    try:
        k.exitcode
    except ValueError as e:
        print('ValueError:', e)

    r = mp.Process(target=sleeper)
    r.start()
    try:
        r.close()
    except ValueError as e:
        print('ValueError:', e)
    r.terminate()
    r.join()
    try:
        r.start()
    except AssertionError as e:
        print('AssertionError:', e)
    n = mp.Process(target=work, args=(1,))
    try:
        n.join()
    except AssertionError as e:
        print('AssertionError:', e)

    m = mp.Process(target=nested)
    m.start()
    m.join()
    sub = Sub(42)
    sub.start()
    sub.join()
    print('Sub exitcode', sub.exitcode)

    procs = [mp.Process(target=time.sleep, args=(0.2,)) for _ in range(3)]
    for x in procs:
        x.start()
    print('active', len(mp.active_children()))
    for x in procs:
        x.join()
    print('active after join', len(mp.active_children()))
    print(mp.cpu_count() >= 1)

    # os.fork directly: separate memory, exit status through waitpid.
    data = [1]
    pid = os.fork()
    if pid == 0:
        data.append(2)
        print('forked child sees', data)
        sys.stdout.flush()
        os._exit(7)
    _, status = os.waitpid(pid, 0)
    print('parent sees', data, os.WIFEXITED(status), os.WEXITSTATUS(status))
    last = mp.Process(target=work, args=(100,), kwargs={'label': 'at exit'})
    last.start()
    print('main done (the child is joined at exit)')
