// stdlib/fcntlmodule.cpp — the native `fcntl` module: fcntl(), ioctl(),
// flock() and lockf() on file descriptors (ints or objects with fileno()),
// with CPython's argument handling (int or buffer arguments) and errors, and
// the Linux F_* / LOCK_* / DN_* constants.
// Must not: hold the GIL while a call may block (lock waits).
#include <fcntl.h>
#include <sys/file.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "stdlib/modules.h"
#include "stdlib/modutil.h"

namespace minipy {

namespace {



bool int_arg(ThreadState* ts, Value v, int64_t* out) {
  Ref i(index(ts, v));
  return i && int_as_i64(ts, i.get(), out);
}

constexpr size_t kBufLen = 1024;  // largest buffer argument (CPython's limit)

// fcntl(fd, cmd, arg=0, /)
Value fc_fcntl(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "fcntl", kw) || !check_nargs(ts, "fcntl", nargs, 2, 3)) return Value();
  int fd;
  int64_t cmd;
  if (!fd_from_object(ts, args[0], &fd) || !int_arg(ts, args[1], &cmd)) return Value();
  if (nargs == 3 && !is_int(ts, args[2])) {
    std::string_view data;
    if (is_str(ts, args[2])) {
      data = str_view(args[2]);
    } else if (!bytes_like_view(ts, args[2], &data)) {
      err_clear(ts);
      return raisef(ts, Exc::TypeError, "'%s' object cannot be interpreted as an integer", type_name(ts, args[2]));
    }
    if (data.size() > kBufLen) return raise(ts, Exc::ValueError, "fcntl string arg too long");
    char buf[kBufLen];
    std::memcpy(buf, data.data(), data.size());
    int rc;
    {
      GilRelease unlocked(ts);
      rc = ::fcntl(fd, int(cmd), buf);
    }
    if (rc < 0) return raise_errno(ts, errno);
    return bytes_new(ts, std::string_view(buf, data.size()));
  }
  int64_t arg = 0;
  if (nargs == 3 && !int_arg(ts, args[2], &arg)) return Value();
  int rc;
  {
    GilRelease unlocked(ts);
    rc = ::fcntl(fd, int(cmd), (long)arg);
  }
  if (rc < 0) return raise_errno(ts, errno);
  return Value::small_int(rc);
}

// ioctl(fd, request, arg=0, mutate_flag=True, /)
Value fc_ioctl(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "ioctl", kw) || !check_nargs(ts, "ioctl", nargs, 2, 4)) return Value();
  int fd;
  int64_t request;
  if (!fd_from_object(ts, args[0], &fd) || !int_arg(ts, args[1], &request)) return Value();
  bool mutate = true;
  if (nargs == 4) {
    int t = truthy(ts, args[3]);
    if (t < 0) return Value();
    mutate = t != 0;
  }
  if (nargs >= 3 && !is_int(ts, args[2])) {
    Value a = args[2];
    if (is_bytearray(ts, a) && mutate) {
      // A mutable buffer is filled in place (through a copy when it is larger than 1024 bytes).
      auto* ba = a.as<ByteArrayObject>();
      int rc;
      if (size_t(ba->size) <= kBufLen) {
        char buf[kBufLen + 1];
        std::memcpy(buf, ba->data, size_t(ba->size));
        buf[ba->size] = 0;
        rc = ::ioctl(fd, (unsigned long)request, buf);
        if (rc >= 0) std::memcpy(ba->data, buf, size_t(ba->size));
      } else {
        rc = ::ioctl(fd, (unsigned long)request, ba->data);
      }
      if (rc < 0) return raise_errno(ts, errno);
      return Value::small_int(rc);
    }
    std::string_view data;
    if (is_str(ts, a)) {
      data = str_view(a);
    } else if (!bytes_like_view(ts, a, &data)) {
      err_clear(ts);
      return raisef(ts, Exc::TypeError, "'%s' object cannot be interpreted as an integer", type_name(ts, a));
    }
    if (data.size() > kBufLen) return raise(ts, Exc::ValueError, "ioctl string arg too long");
    char buf[kBufLen + 1];
    std::memcpy(buf, data.data(), data.size());
    buf[data.size()] = 0;
    int rc = ::ioctl(fd, (unsigned long)request, buf);
    if (rc < 0) return raise_errno(ts, errno);
    return bytes_new(ts, std::string_view(buf, data.size()));
  }
  int64_t arg = 0;
  if (nargs >= 3 && !int_arg(ts, args[2], &arg)) return Value();
  int rc = ::ioctl(fd, (unsigned long)request, (long)arg);
  if (rc < 0) return raise_errno(ts, errno);
  return Value::small_int(rc);
}

// flock(fd, operation, /)
Value fc_flock(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "flock", kw) || !check_nargs(ts, "flock", nargs, 2, 2)) return Value();
  int fd;
  int64_t op;
  if (!fd_from_object(ts, args[0], &fd) || !int_arg(ts, args[1], &op)) return Value();
  int rc;
  {
    GilRelease unlocked(ts);
    rc = ::flock(fd, int(op));
  }
  if (rc < 0) return raise_errno(ts, errno);
  return Value::none();
}

// lockf(fd, cmd, len=0, start=0, whence=0, /): a POSIX record lock through fcntl.
Value fc_lockf(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "lockf", kw) || !check_nargs(ts, "lockf", nargs, 2, 5)) return Value();
  int fd;
  int64_t code, len = 0, start = 0, whence = 0;
  if (!fd_from_object(ts, args[0], &fd) || !int_arg(ts, args[1], &code)) return Value();
  if (nargs > 2 && !int_arg(ts, args[2], &len)) return Value();
  if (nargs > 3 && !int_arg(ts, args[3], &start)) return Value();
  if (nargs > 4 && !int_arg(ts, args[4], &whence)) return Value();
  struct flock l;
  std::memset(&l, 0, sizeof l);
  if (code == LOCK_UN) l.l_type = F_UNLCK;
  else if (code & LOCK_SH) l.l_type = F_RDLCK;
  else if (code & LOCK_EX) l.l_type = F_WRLCK;
  else return raise(ts, Exc::ValueError, "unrecognized lockf argument");
  l.l_start = off_t(start);
  l.l_len = off_t(len);
  l.l_whence = short(whence);
  int rc;
  {
    GilRelease unlocked(ts);
    rc = ::fcntl(fd, (code & LOCK_NB) ? F_SETLK : F_SETLKW, &l);
  }
  if (rc < 0) return raise_errno(ts, errno);
  return Value::none();
}

const MethodDef kMethods[] = {
    {"fcntl", fc_fcntl, kMethNormal,
     "Perform the operation `cmd` on file descriptor fd.\n\nThe values used for `cmd` are operating system "
     "dependent, and are available\nas constants in the fcntl module, using the same names as used in\nthe "
     "relevant C header files.  The argument arg is optional, and\ndefaults to 0; it may be an int or a "
     "string.  If arg is given as a string,\nthe return value of fcntl is a string of that length, containing "
     "the\nresulting value put in the arg buffer by the operating system.  The length\nof the arg string is not "
     "allowed to exceed 1024 bytes.  If the arg given\nis an integer or if none is specified, the result value "
     "is an integer\ncorresponding to the return value of the fcntl call in the C code."},
    {"ioctl", fc_ioctl, kMethNormal, "Perform the operation `request` on file descriptor `fd`."},
    {"flock", fc_flock, kMethNormal, "Perform the lock operation `operation` on file descriptor `fd`."},
    {"lockf", fc_lockf, kMethNormal, "A wrapper around the fcntl() locking calls."},
    {nullptr, nullptr},
};

struct IntConst {
  const char* name;
  long value;
};

const IntConst kConstants[] = {
    {"LOCK_SH", LOCK_SH}, {"LOCK_EX", LOCK_EX}, {"LOCK_NB", LOCK_NB}, {"LOCK_UN", LOCK_UN},
    {"LOCK_MAND", 32}, {"LOCK_READ", 64}, {"LOCK_WRITE", 128}, {"LOCK_RW", 192},
    {"F_DUPFD", F_DUPFD}, {"F_DUPFD_CLOEXEC", F_DUPFD_CLOEXEC}, {"F_GETFD", F_GETFD}, {"F_SETFD", F_SETFD},
    {"F_GETFL", F_GETFL}, {"F_SETFL", F_SETFL}, {"F_GETLK", F_GETLK}, {"F_SETLK", F_SETLK},
    {"F_SETLKW", F_SETLKW}, {"F_GETOWN", F_GETOWN}, {"F_SETOWN", F_SETOWN}, {"F_GETSIG", F_GETSIG},
    {"F_SETSIG", F_SETSIG}, {"F_RDLCK", F_RDLCK}, {"F_WRLCK", F_WRLCK}, {"F_UNLCK", F_UNLCK},
    {"F_GETLK64", F_GETLK64}, {"F_SETLK64", F_SETLK64}, {"F_SETLKW64", F_SETLKW64},
    {"F_EXLCK", F_EXLCK}, {"F_SHLCK", F_SHLCK}, {"F_GETLEASE", F_GETLEASE}, {"F_SETLEASE", F_SETLEASE},
    {"F_NOTIFY", F_NOTIFY}, {"F_OFD_GETLK", F_OFD_GETLK}, {"F_OFD_SETLK", F_OFD_SETLK},
    {"F_OFD_SETLKW", F_OFD_SETLKW}, {"F_GETPIPE_SZ", F_GETPIPE_SZ}, {"F_SETPIPE_SZ", F_SETPIPE_SZ},
    {"F_ADD_SEALS", F_ADD_SEALS}, {"F_GET_SEALS", F_GET_SEALS}, {"F_SEAL_SEAL", F_SEAL_SEAL},
    {"F_SEAL_SHRINK", F_SEAL_SHRINK}, {"F_SEAL_GROW", F_SEAL_GROW}, {"F_SEAL_WRITE", F_SEAL_WRITE},
    {"FD_CLOEXEC", FD_CLOEXEC}, {"FASYNC", FASYNC},
    {"DN_ACCESS", DN_ACCESS}, {"DN_MODIFY", DN_MODIFY}, {"DN_CREATE", DN_CREATE}, {"DN_DELETE", DN_DELETE},
    {"DN_RENAME", DN_RENAME}, {"DN_ATTRIB", DN_ATTRIB}, {"DN_MULTISHOT", long(DN_MULTISHOT)},
};

bool fcntl_init(ThreadState* ts, ModuleObject* m) {
  for (const IntConst& c : kConstants) {
    Ref v(int_from_i64(ts, c.value));
    if (!v || !module_add(ts, m, c.name, v.get())) return false;
  }
  return true;
}

}  // namespace

const ModuleDef fcntl_module_def = {
    .name = "fcntl",
    .doc = "This module performs file control and I/O control on file\ndescriptors.  It is an interface to the "
           "fcntl() and ioctl() Unix\nroutines.  File descriptors can be obtained with the fileno() method of\na "
           "file or socket object.",
    .methods = kMethods,
    .init = fcntl_init,
};

}  // namespace minipy
