# PEP 475: a blocking call interrupted by a signal whose Python handler
# returns normally is retried (with the time left), not cut short; when the
# handler raises, the call fails with that exception.
import os
import select
import signal
import socket
import threading
import time

hits = []


def handler(signum, frame):
    hits.append(signum)


signal.signal(signal.SIGALRM, handler)


def alarm_in(secs):
    signal.setitimer(signal.ITIMER_REAL, secs)


def timed(label, fn, want):
    del hits[:]
    alarm_in(0.05)
    t0 = time.monotonic()
    result = fn()
    elapsed = time.monotonic() - t0
    signal.setitimer(signal.ITIMER_REAL, 0)
    print(label, "->", result, "| handler ran:", len(hits) == 1, "| waited the full time:", elapsed >= want)


timed("time.sleep(0.3)", lambda: time.sleep(0.3), 0.29)

r, w = os.pipe()
timed("select.select timeout 0.3", lambda: select.select([r], [], [], 0.3), 0.29)
p = select.poll()
p.register(r, select.POLLIN)
timed("poll.poll(300)", lambda: p.poll(300), 0.29)
ep = select.epoll()
ep.register(r, select.EPOLLIN)
timed("epoll.poll(0.3)", lambda: ep.poll(0.3), 0.29)
ep.close()

lock = threading.Lock()
lock.acquire()
timed("Lock.acquire(timeout=0.3)", lambda: lock.acquire(timeout=0.3), 0.29)

sleeper = threading.Thread(target=time.sleep, args=(1.0,))
sleeper.start()
timed("Thread.join(0.3)", lambda: (sleeper.join(0.3), sleeper.is_alive())[1], 0.29)

a, b = socket.socketpair()
a.settimeout(0.3)


def recv_timeout():
    try:
        return a.recv(10)
    except TimeoutError as e:
        return "TimeoutError: %s" % e


timed("socket.recv with timeout 0.3", recv_timeout, 0.29)


def later(secs, fn):
    t = threading.Timer(secs, fn)
    t.start()
    return t


t = later(0.3, lambda: os.write(w, b"data"))
timed("os.read(pipe)", lambda: os.read(r, 10), 0.29)
t.join()

a.settimeout(None)
t = later(0.3, lambda: b.send(b"hello"))
timed("socket.recv blocking", lambda: a.recv(10), 0.29)
t.join()

sleeper.join()


# A handler that raises interrupts the call.
class Stop(Exception):
    pass


def raising(signum, frame):
    raise Stop("from handler")


signal.signal(signal.SIGALRM, raising)
for label, fn in [
    ("time.sleep(5)", lambda: time.sleep(5)),
    ("select.select([pipe])", lambda: select.select([r], [], [])),
    ("os.read(pipe)", lambda: os.read(r, 10)),
    ("socket.recv", lambda: a.recv(10)),
]:
    alarm_in(0.05)
    t0 = time.monotonic()
    try:
        fn()
        print(label, "returned")
    except Stop as e:
        print(label, "raised Stop:", e, "| quickly:", time.monotonic() - t0 < 2)
signal.setitimer(signal.ITIMER_REAL, 0)
os.close(r)
os.close(w)
a.close()
b.close()
print("done")
