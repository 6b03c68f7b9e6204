# Setting frame.f_lineno from a trace function ("jump"): the legal common
# cases and CPython's ValueError messages for the illegal ones.
import sys


def body():
    out = []
    out.append(1)
    out.append(2)
    out.append(3)
    for i in range(2):
        out.append(10 + i)
    out.append(4)
    return out


FIRST = body.__code__.co_firstlineno


def make_tracer(at, to):
    state = {'done': False}

    def tracer(frame, event, arg):
        if frame.f_code is not body.__code__:
            return tracer
        if event == 'line' and not state['done'] and frame.f_lineno == FIRST + at:
            state['done'] = True
            try:
                frame.f_lineno = FIRST + to
                print('jumped', at, '->', to)
            except ValueError as e:
                print('ValueError', e)
        return tracer
    return tracer


def run(at, to):
    sys.settrace(make_tracer(at, to))
    try:
        r = body()
    finally:
        sys.settrace(None)
    print('  result', r)


run(3, 5)      # forward: skip two appends
run(4, 2)      # backward: run appends again
run(6, 8)      # out of a for loop (pops the iterator)
run(2, 7)      # past a for loop
run(2, 6)      # into the body of a for loop
run(2, 0)      # before the code block
run(2, 1000)   # after the code block


def probe(frame, event, arg):
    if frame.f_code is body.__code__:
        if event == 'call':
            try:
                frame.f_lineno = FIRST + 2
            except ValueError as e:
                print('call:', e)
        if event == 'return':
            try:
                frame.f_lineno = FIRST + 2
            except ValueError as e:
                print('return:', e)
        if event == 'line' and frame.f_lineno == FIRST + 2:
            try:
                frame.f_lineno = 'x'
            except ValueError as e:
                print('line:', e)
    return probe


sys.settrace(probe)
body()
sys.settrace(None)
try:
    sys._getframe().f_lineno = 1
except ValueError as e:
    print('not tracing:', e)
