# sys.settrace: line events of try statements, `while True:`, a class body's
# implicit return and returns through finally, as CPython 3.11 gives them
# (the `try:` line has its own event; the return's line comes before the
# finally body, and the return itself then runs on the finally's last line).
import sys

from _events import make_run

run = make_run(__file__)


def try_except():
    try:
        1 / 0
    except ZeroDivisionError:
        x = 1
    return x


def try_finally():
    try:
        return 1
    finally:
        pass



def class_body():
    class K:
        a = 1
        b = a + 1
    return K.b


def while_true():
    n = 0
    while True:
        n += 1
        if n == 2:
            break
    return n


def finally_return():
    try:
        pass
    finally:
        return 'f'


run(class_body)
run(while_true)
run(finally_return)
run(try_except)
run(try_finally)
