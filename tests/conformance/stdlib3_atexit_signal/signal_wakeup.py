# signal.set_wakeup_fd: the C handler writes the signal number to the fd;
# pthread_sigmask / sigpending convert numbers to Signals.
import os
import signal

r, w = os.pipe()
os.set_blocking(w, False)
os.set_blocking(r, False)
print(signal.set_wakeup_fd(w))
signal.signal(signal.SIGUSR1, lambda s, f: print("handler", s))
os.kill(os.getpid(), signal.SIGUSR1)
for i in range(1000):
    pass
print(list(os.read(r, 10)))
print(signal.set_wakeup_fd(-1) == w)
try:
    signal.set_wakeup_fd(r, warn_on_full_buffer=False) and None
    signal.set_wakeup_fd(-1)
    print("non-blocking fd accepted")
except ValueError as e:
    print(e)
r2, w2 = os.pipe()
try:
    signal.set_wakeup_fd(w2)
except ValueError as e:
    print("ValueError", str(e).replace(str(w2), "N"))
old = signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR2])
print(type(old).__name__, signal.SIGUSR2 in old)
os.kill(os.getpid(), signal.SIGUSR2)
print(signal.sigpending())
signal.signal(signal.SIGUSR2, lambda s, f: print("USR2 delivered on unblock"))
signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGUSR2])
print("after unblock", signal.sigpending())
