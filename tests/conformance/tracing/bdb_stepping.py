# bdb: a Bdb subclass with breakpoints, stepping (step / next / return /
# until / continue / quit) and exception stops, as a debugger drives it.
import bdb
import os
import sys


def helper(n):
    total = 0
    for i in range(n):
        total += i
    return total


def compute(a):
    b = a * 2
    c = helper(b)
    d = c + 1
    return d


def failing():
    x = 1
    raise ValueError('boom')


def name(frame):
    return '%s:%d' % (frame.f_code.co_name, frame.f_lineno - FIRST)


FIRST = helper.__code__.co_firstlineno - 1


class Recorder(bdb.Bdb):
    def __init__(self, commands):
        super().__init__()
        self.commands = list(commands)
        self.log = []

    def do_clear(self, arg):
        self.clear_bpbynumber(arg)

    def next_command(self, frame):
        cmd = self.commands.pop(0) if self.commands else 'continue'
        if cmd == 'step':
            self.set_step()
        elif cmd == 'next':
            self.set_next(frame)
        elif cmd == 'return':
            self.set_return(frame)
        elif cmd == 'until':
            self.set_until(frame)
        elif cmd == 'quit':
            self.set_quit()
        else:
            self.set_continue()

    def user_call(self, frame, args):
        if self.stop_here(frame):
            self.log.append('call ' + name(frame))
            self.next_command(frame)

    def user_line(self, frame):
        self.log.append('line ' + name(frame))
        self.next_command(frame)

    def user_return(self, frame, value):
        self.log.append('return %s -> %r' % (name(frame), value))
        self.next_command(frame)

    def user_exception(self, frame, exc_info):
        self.log.append('exception %s %s' % (name(frame), exc_info[0].__name__))
        self.next_command(frame)


def show(title, dbg, result):
    print('==', title, result)
    for line in dbg.log:
        print('  ', line)


d = Recorder(['step'] * 12)
show('step', d, d.runcall(compute, 2))

d = Recorder(['next'] * 8)
show('next', d, d.runcall(compute, 2))

d = Recorder(['step', 'step', 'step', 'return', 'next', 'next', 'next'])
show('return', d, d.runcall(compute, 1))

d = Recorder(['continue'])
print(d.set_break(__file__, FIRST + 11))
show('breakpoint', d, d.runcall(compute, 3))
print(d.get_all_breaks() == {d.canonic(__file__): [FIRST + 11]})
bp = d.get_breaks(__file__, FIRST + 11)[0]
print(bp.hits, bp.temporary, bp.enabled)
print(d.clear_break(__file__, FIRST + 11))
print(d.clear_break(__file__, FIRST + 11).replace(d.canonic(__file__), 'FILE'))

d = Recorder(['continue', 'continue', 'continue', 'continue'])
d.set_break(__file__, FIRST + 5, cond='i == 2')
show('conditional breakpoint', d, d.runcall(helper, 4))
d.clear_all_breaks()

d = Recorder(['continue'] * 3)
d.set_break(__file__, FIRST + 4, temporary=True)
show('temporary breakpoint', d, d.runcall(helper, 2))
print(d.get_all_breaks())

d = Recorder(['continue'] * 3)
d.set_break(__file__, FIRST + 3, funcname='helper')
show('function breakpoint', d, d.runcall(compute, 1))
d.clear_all_breaks()

d = Recorder(['step'] * 3 + ['continue'])
try:
    d.runcall(failing)
except ValueError as e:
    print('ValueError', e)
show('exception', d, None)

d = Recorder(['step', 'quit'])
show('quit', d, d.runcall(compute, 1))

print(d.set_break(__file__, 100000).replace(d.canonic(__file__), 'FILE'))
try:
    d.get_bpbynumber('x')
except ValueError as e:
    print(e)
try:
    d.get_bpbynumber(999)
except ValueError as e:
    print(e)
print(sys.gettrace())
print(str(bdb.Breakpoint.bpbynumber[1]).replace(__file__, 'FILE').replace(os.path.abspath(__file__), 'FILE'))
