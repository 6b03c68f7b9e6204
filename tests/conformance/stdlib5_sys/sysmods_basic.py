# fcntl, resource, termios, tty and getpass (a pseudo-terminal made through /dev/ptmx).
import fcntl, os, resource, tempfile, termios, tty, getpass, errno, struct
print(sorted(k for k in dir(fcntl) if k.isupper()))
with tempfile.TemporaryFile() as f:
    fd = f.fileno()
    flags = fcntl.fcntl(fd, fcntl.F_GETFL)
    print(flags & os.O_ACCMODE == os.O_RDWR)
    print(fcntl.fcntl(f, fcntl.F_GETFD) & fcntl.FD_CLOEXEC)
    fcntl.fcntl(fd, fcntl.F_SETFD, fcntl.FD_CLOEXEC)
    print(fcntl.fcntl(fd, fcntl.F_GETFD))
    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB); fcntl.flock(f, fcntl.LOCK_UN)
    fcntl.lockf(fd, fcntl.LOCK_EX, 10, 0, 0); fcntl.lockf(fd, fcntl.LOCK_UN)
    import struct
    lk = struct.pack('hhqqi', fcntl.F_WRLCK, 0, 0, 0, 0)
    r = fcntl.fcntl(fd, fcntl.F_GETLK, lk); print(len(r), struct.unpack('hhqqi', r)[0] == fcntl.F_UNLCK)
    d = fcntl.fcntl(fd, fcntl.F_DUPFD, 100); print(d >= 100); os.close(d)
for call in [lambda: fcntl.fcntl(-1, 1), lambda: fcntl.fcntl("x", 1), lambda: fcntl.fcntl(999, fcntl.F_GETFD),
             lambda: fcntl.fcntl(0, fcntl.F_GETFD, b"x" * 2000), lambda: fcntl.fcntl(0, fcntl.F_GETFD, 1.5),
             lambda: fcntl.fcntl(0), lambda: fcntl.flock(0), lambda: fcntl.lockf(999, fcntl.LOCK_SH),
             lambda: fcntl.lockf(0, 0), lambda: fcntl.flock(999, fcntl.LOCK_EX), lambda: fcntl.ioctl(999, 0)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
def openpty():
    # A pseudo-terminal pair without the pty module: /dev/ptmx, unlock, then its /dev/pts/N.
    m = os.open('/dev/ptmx', os.O_RDWR | os.O_NOCTTY)
    fcntl.ioctl(m, 0x40045431, struct.pack('i', 0))  # TIOCSPTLCK
    n = struct.unpack('i', fcntl.ioctl(m, 0x80045430, b'\0' * 4))[0]  # TIOCGPTN
    return m, os.open('/dev/pts/%d' % n, os.O_RDWR | os.O_NOCTTY)
m, s = openpty()
import array
buf = bytearray(8)
print(fcntl.ioctl(s, termios.TIOCGWINSZ, buf), len(buf))
print(len(fcntl.ioctl(s, termios.TIOCGWINSZ, b"\0" * 8)))
print(fcntl.ioctl(s, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0)) == struct.pack("HHHH", 24, 80, 0, 0))
print(termios.tcgetwinsize(s))
# resource
print(sorted(k for k in dir(resource) if k.isupper()))
print(resource.RLIM_INFINITY, resource.getpagesize() > 0)
soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE); print(type(soft).__name__, soft <= hard or hard == -1)
resource.setrlimit(resource.RLIMIT_CORE, resource.getrlimit(resource.RLIMIT_CORE))
r = resource.getrusage(resource.RUSAGE_SELF)
print(type(r).__name__, len(r), type(r.ru_utime).__name__, type(r.ru_maxrss).__name__, r[2] == r.ru_maxrss)
print(resource.prlimit(0, resource.RLIMIT_NOFILE) == resource.getrlimit(resource.RLIMIT_NOFILE))
for call in [lambda: resource.getrlimit(999), lambda: resource.getrusage(5), lambda: resource.setrlimit(resource.RLIMIT_NOFILE, (1,)),
             lambda: resource.setrlimit(resource.RLIMIT_NOFILE, 5), lambda: resource.setrlimit(resource.RLIMIT_CORE, (10, 5)),
             lambda: resource.getrlimit("x"), lambda: resource.prlimit(0, 999)]:
    try: print(call())
    except Exception as e: print(type(e).__name__, e)
print(resource.error is OSError, resource.struct_rusage.__name__)
# termios / tty
a = termios.tcgetattr(s); print(len(a), len(a[6]), type(a[6][0]).__name__, termios.NCCS)
tty.setraw(s); b = termios.tcgetattr(s)
print(b[3] & termios.ICANON, b[3] & termios.ECHO, b[6][termios.VMIN], b[6][termios.VTIME], b[2] & termios.CSIZE == termios.CS8)
termios.tcsetattr(s, termios.TCSANOW, a); c = termios.tcgetattr(s); print(c == a)
tty.setcbreak(s, termios.TCSANOW); print(termios.tcgetattr(s)[3] & termios.ICANON)
termios.tcflush(s, termios.TCIOFLUSH); termios.tcdrain(s)
for call in [lambda: termios.tcgetattr(99), lambda: termios.tcsetattr(s, 0, [1]), lambda: termios.tcsetattr(s, 0, [0,0,0,0,0,0,[1]]),
             lambda: termios.tcsetattr(s, 99, a), lambda: termios.tcgetattr(-1), lambda: termios.tcflush(s, 99), lambda: termios.tcgetattr("x")]:
    try: call()
    except Exception as e: print(type(e).__name__, e, e.args)
print(termios.error.__mro__, tty.IFLAG, tty.CC, tty.__all__)
print(len([k for k in dir(termios) if k.isupper()]))
# getpass
os.environ["LOGNAME"] = "someone"; print(getpass.getuser())
del os.environ["LOGNAME"]; os.environ.pop("USER", None); os.environ.pop("LNAME", None); os.environ.pop("USERNAME", None)
import pwd; print(getpass.getuser() == pwd.getpwuid(os.getuid())[0])
print(getpass.__all__, issubclass(getpass.GetPassWarning, UserWarning))
import io, sys
stream = io.StringIO()
sys.stdin = io.StringIO("secret\n")
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(repr(getpass.fallback_getpass("Pw: ", stream)), [str(x.message) for x in w])
print(repr(stream.getvalue()))
