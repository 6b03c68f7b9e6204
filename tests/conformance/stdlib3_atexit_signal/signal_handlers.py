# signal: Python handlers run in the main thread between bytecodes; enums,
# getsignal/signal return values, raise_signal, alarm/pause, setitimer, errors.
import os
import signal
import threading
import time

# (A runner may start the suite with SIGINT ignored; make the start state fixed.)
if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)
print(signal.SIGINT, repr(signal.SIGINT), signal.Signals(15), repr(signal.SIG_DFL), signal.Handlers.SIG_IGN)
print(signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGUSR1))
print(signal.SIGIOT, signal.SIGCLD is signal.SIGCHLD, signal.SIGPOLL, signal.Sigmasks.SIG_BLOCK, signal.NSIG)
print(signal.ITIMER_REAL, signal.ITIMER_VIRTUAL, signal.ITIMER_PROF, signal.ItimerError.__mro__[1])
got = []


def handler(signum, frame):
    got.append(signal.Signals(signum).name)
    print("handler:", signal.Signals(signum).name, type(frame).__name__)


old = signal.signal(signal.SIGUSR1, handler)
print("old handler:", repr(old))
os.kill(os.getpid(), signal.SIGUSR1)
for i in range(1000):
    pass
print("after kill:", got)
signal.raise_signal(signal.SIGUSR1)
print("after raise_signal:", got)
print(signal.getsignal(signal.SIGUSR1) is handler, repr(signal.signal(signal.SIGUSR1, handler)) == repr(handler))

signal.signal(signal.SIGALRM, handler)
print("alarm previous:", signal.alarm(1))
signal.pause()
print("after pause:", got)
print(signal.setitimer(signal.ITIMER_REAL, 0.05))
time.sleep(0.3)
print("after setitimer:", got, signal.getitimer(signal.ITIMER_REAL))


def raising(signum, frame):
    raise RuntimeError("raised by the handler for %s" % signal.Signals(signum).name)


signal.signal(signal.SIGUSR2, raising)
try:
    os.kill(os.getpid(), signal.SIGUSR2)
    for i in range(100000):
        pass
    print("not reached")
except RuntimeError as e:
    print("caught:", e)

try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", e.args)
try:
    signal.default_int_handler(signal.SIGINT, None)
except KeyboardInterrupt:
    print("default_int_handler raises KeyboardInterrupt")
print(repr(signal.signal(signal.SIGINT, signal.SIG_IGN)) == repr(signal.default_int_handler))
signal.raise_signal(signal.SIGINT)
print("SIGINT ignored:", signal.getsignal(signal.SIGINT))
signal.signal(signal.SIGINT, signal.default_int_handler)

for args in [(999, signal.SIG_DFL), (0, signal.SIG_DFL), (signal.SIGKILL, signal.SIG_IGN),
             (signal.SIGINT, 5), (signal.SIGINT, "x"), ("a", signal.SIG_IGN)]:
    try:
        signal.signal(*args)
    except (ValueError, TypeError, OSError) as e:
        print(type(e).__name__, e)
for n in (0, 65):
    try:
        signal.getsignal(n)
    except ValueError as e:
        print("ValueError", e)

print(len(signal.valid_signals()), sorted(signal.valid_signals())[:3], 32 in signal.valid_signals())
print([signal.strsignal(s) for s in (signal.SIGHUP, signal.SIGINT, signal.SIGKILL, signal.SIGALRM, signal.SIGTERM, signal.SIGUSR1)])
print(signal.strsignal(34), signal.strsignal(32))

# A signal sent from another thread still runs its handler in the main thread.
where = []
signal.signal(signal.SIGUSR1, lambda s, f: where.append(threading.current_thread().name))
t = threading.Thread(target=lambda: os.kill(os.getpid(), signal.SIGUSR1), name="sender")
t.start()
t.join()
for i in range(1000):
    pass
print("handled in:", where)
errors = []


def from_thread():
    try:
        signal.signal(signal.SIGUSR1, signal.SIG_DFL)
    except ValueError as e:
        errors.append(str(e))


t = threading.Thread(target=from_thread)
t.start()
t.join()
print(errors)
print(signal.set_wakeup_fd(-1))
