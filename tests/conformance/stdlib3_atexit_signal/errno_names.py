# errno: Linux names and the errorcode mapping.
import errno
import os

print(errno.ENOENT, errno.EACCES, errno.EEXIST, errno.EINTR, errno.EAGAIN, errno.EWOULDBLOCK, errno.EPIPE)
print(errno.errorcode[errno.ENOENT], errno.errorcode[11], errno.errorcode[35], errno.errorcode[95])
print(len(errno.errorcode), sorted(errno.errorcode)[:10], max(errno.errorcode))
names = [n for n in dir(errno) if n.startswith("E")]
print(len(names), names[:8])
print(all(getattr(errno, errno.errorcode[v]) == v for v in errno.errorcode))
print(list(errno.errorcode.items())[:6])
try:
    os.stat("/nonexistent/minipy")
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno], type(e).__name__)
print(os.strerror(errno.EACCES))
