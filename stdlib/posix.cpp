// stdlib/posix.cpp — the native `posix` module that stdlib/os.py re-exports:
// file-system calls, file descriptors (dup/dup2/pipe2, inheritable and
// blocking flags), process ids, the environment snapshot, sysconf / pathconf
// / confstr with their name tables, uname / statvfs / get_terminal_size with
// their struct-sequence types, and a few interpreter helpers for the
// Python-source stdlib (_set_code_flags for types.coroutine). The process
// half (exec, spawn, wait, sessions, times) is stdlib/posix_process.cpp;
// fork() is vm/fork.cpp. Errors become OSError subclasses via raise_errno.
// Blocking calls (read/write, waitpid) go through retry_on_eintr
// (posix_internal.h), which releases the GIL and retries after EINTR like
// CPython (PEP 475); system() is the other GIL release point.
// Must not: cache anything across calls (no process-wide state); the os.stat_result
// and DirEntry classes live in os.py.
#include <dirent.h>
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/types.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <string>

#include "stdlib/modules.h"
#include "stdlib/posix_internal.h"
#include "stdlib/structseq.h"
#include "vm/code.h"

extern char** environ;

namespace minipy {

// Processes and multiprocessing helpers (vm/fork.cpp).
Value posix_fork(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw);
Value posix_mp_sem_new(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw);
Value posix_mp_sem_acquire(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw);
Value posix_mp_sem_release(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw);
Value posix_mp_sem_value(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw);
Value posix_mp_shm_new(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw);
Value posix_mp_shm_get(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw);
Value posix_mp_shm_set(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw);
Value posix_mp_poll(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw);

// ---------------------------------------------------------------- argument helpers (posix_internal.h)
namespace posixmod {

bool get_path(ThreadState* ts, const char* fname, const char* argname, Value v, PathArg* out, bool allow_fd) {
  Ref hold;
  Value orig = v;
  if (allow_fd && is_int(ts, v) && !v.is_bool()) {
    int64_t fd;
    if (!int_as_i64(ts, v, &fd)) return false;
    out->fd = int(fd);
    return true;
  }
  if (!is_str(ts, v) && !is_bytes(ts, v)) {
    bool is_method = false;
    Ref f(lookup_special(ts, v, ts->interp->names.__fspath__, &is_method));
    if (f) {
      hold.reset(is_method ? call1(ts, f.get(), v) : call0(ts, f.get()));
      if (!hold) return false;
      v = hold.get();
      if (!is_str(ts, v) && !is_bytes(ts, v)) {
        raisef(ts, Exc::TypeError, "expected %s.__fspath__() to return str or bytes, not %s",
               type_name(ts, orig), type_name(ts, v));
        return false;
      }
    } else {
      if (err_occurred(ts)) return false;
      raisef(ts, Exc::TypeError, "%s: %s should be %s, not %s", fname, argname,
             allow_fd ? "string, bytes, os.PathLike or integer" : "string, bytes or os.PathLike", type_name(ts, v));
      return false;
    }
  }
  if (is_str(ts, v)) {
    out->path = std::string(str_view(v));
  } else {
    out->path = std::string(v.as<BytesObject>()->view());
    out->is_bytes = true;
  }
  if (out->path.find('\0') != std::string::npos) {
    // CPython: a str goes through the file-system encoder, bytes are checked here.
    if (out->is_bytes)
      raisef(ts, Exc::ValueError, "%s: embedded null character in %s", fname, argname);
    else
      raise(ts, Exc::ValueError, "embedded null byte");
    return false;
  }
  return true;
}

bool get_int(ThreadState* ts, Value v, int64_t* out) {
  if (is_float(ts, v)) {
    raise(ts, Exc::TypeError, "'float' object cannot be interpreted as an integer");
    return false;
  }
  return index_i64(ts, v, out);
}

bool get_fd(ThreadState* ts, Value v, int* fd) {
  int64_t i;
  if (!get_int(ts, v, &i)) return false;
  *fd = int(i);
  return true;
}

}  // namespace posixmod

namespace {

using posixmod::get_fd;
using posixmod::get_int;
using posixmod::get_path;
using posixmod::kSignalRaised;
using posixmod::PathArg;
using posixmod::retry_on_eintr;

Value path_value(ThreadState* ts, const std::string& s, bool as_bytes) {
  return as_bytes ? bytes_new(ts, s) : str_new(ts, s);
}

#define ARGS(fname, names, npos, nreq)                                                          \
  Value a[sizeof(names) / sizeof(names[0])] = {};                                               \
  if (!parse_args(ts, fname, args, nargs, kw, names, sizeof(names) / sizeof(names[0]), npos,    \
                  sizeof(names) / sizeof(names[0]), nreq, a))                                   \
    return Value();

#define FN(name) Value name(ThreadState* ts, Value, [[maybe_unused]] const Value* args, size_t nargs, TupleObject* kw)

// ---------------------------------------------------------------- blocking I/O (GIL release points)
ssize_t blocking_read(ThreadState* ts, int fd, char* buf, size_t n) {
  return retry_on_eintr(ts, [&] { return ::read(fd, buf, n); });
}
ssize_t blocking_write(ThreadState* ts, int fd, const char* buf, size_t n) {
  return retry_on_eintr(ts, [&] { return ::write(fd, buf, n); });
}

// ---------------------------------------------------------------- files and directories
FN(p_getcwd) {
  if (!no_kwargs(ts, "getcwd", kw) || !check_nargs(ts, "getcwd", nargs, 0, 0)) return Value();
  char buf[8192];
  if (!::getcwd(buf, sizeof buf)) return raise_errno(ts, errno);
  return str_new(ts, buf);
}
FN(p_getcwdb) {
  if (!no_kwargs(ts, "getcwdb", kw) || !check_nargs(ts, "getcwdb", nargs, 0, 0)) return Value();
  char buf[8192];
  if (!::getcwd(buf, sizeof buf)) return raise_errno(ts, errno);
  return bytes_new(ts, buf);
}

FN(p_chdir) {
  static constexpr const char* names[] = {"path"};
  ARGS("chdir", names, 0, 1);
  PathArg p;
  if (!get_path(ts, "chdir", "path", a[0], &p, true)) return Value();
  int r = p.fd >= 0 ? ::fchdir(p.fd) : ::chdir(p.path.c_str());
  if (r != 0) return raise_errno(ts, errno, a[0]);
  return Value::none();
}

FN(p_listdir) {
  static constexpr const char* names[] = {"path"};
  ARGS("listdir", names, 0, 0);
  PathArg p;
  p.path = ".";
  if (a[0] && !a[0].is_none() && !get_path(ts, "listdir", "path", a[0], &p, true)) return Value();
  DIR* d = p.fd >= 0 ? fdopendir(dup(p.fd)) : opendir(p.path.c_str());
  if (!d) return raise_errno(ts, errno, a[0] && !a[0].is_none() ? a[0] : Value());
  Ref list(Value::from_obj(list_new(ts)));
  if (!list) { closedir(d); return Value(); }
  errno = 0;
  while (struct dirent* e = readdir(d)) {
    if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
    Ref s(p.is_bytes ? bytes_new(ts, e->d_name) : str_decode_utf8(ts, e->d_name));
    if (!s || !list_append(ts, list.as<ListObject>(), s.get())) { closedir(d); return Value(); }
  }
  closedir(d);
  return list.release();
}

// _scandir(path) -> list of (name, d_type) pairs; os.py builds DirEntry objects.
FN(p_scandir_raw) {
  if (!no_kwargs(ts, "_scandir", kw) || !check_nargs(ts, "_scandir", nargs, 1, 1)) return Value();
  PathArg p;
  if (!get_path(ts, "scandir", "path", args[0], &p)) return Value();
  DIR* d = opendir(p.path.c_str());
  if (!d) return raise_errno(ts, errno, args[0]);
  Ref list(Value::from_obj(list_new(ts)));
  while (struct dirent* e = readdir(d)) {
    if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
    Ref s(p.is_bytes ? bytes_new(ts, e->d_name) : str_decode_utf8(ts, e->d_name));
    if (!s) { closedir(d); return Value(); }
    Ref t(tuple_pack(ts, {s.get(), Value::small_int(e->d_type)}));
    if (!t || !list_append(ts, list.as<ListObject>(), t.get())) { closedir(d); return Value(); }
  }
  closedir(d);
  return list.release();
}

FN(p_mkdir) {
  static constexpr const char* names[] = {"path", "mode", "dir_fd"};
  ARGS("mkdir", names, 0, 1);
  PathArg p;
  if (!get_path(ts, "mkdir", "path", a[0], &p)) return Value();
  int64_t mode = 0777;
  if (a[1] && !get_int(ts, a[1], &mode)) return Value();
  if (::mkdir(p.path.c_str(), mode_t(mode)) != 0) return raise_errno(ts, errno, a[0]);
  return Value::none();
}

// One-path calls: rmdir, unlink/remove.
Value one_path(ThreadState* ts, const char* fname, const Value* args, size_t nargs, TupleObject* kw,
               int (*fn)(const char*)) {
  static constexpr const char* names[] = {"path", "dir_fd"};
  ARGS(fname, names, 0, 1);
  PathArg p;
  if (!get_path(ts, fname, "path", a[0], &p)) return Value();
  if (fn(p.path.c_str()) != 0) return raise_errno(ts, errno, a[0]);
  return Value::none();
}
FN(p_rmdir) { return one_path(ts, "rmdir", args, nargs, kw, ::rmdir); }
FN(p_unlink) { return one_path(ts, "unlink", args, nargs, kw, ::unlink); }
FN(p_remove) { return one_path(ts, "remove", args, nargs, kw, ::unlink); }

Value two_paths(ThreadState* ts, const char* fname, const Value* args, size_t nargs, TupleObject* kw,
                int (*fn)(const char*, const char*)) {
  static constexpr const char* names[] = {"src", "dst", "src_dir_fd", "dst_dir_fd"};
  ARGS(fname, names, 0, 2);
  PathArg s, d;
  if (!get_path(ts, fname, "src", a[0], &s) || !get_path(ts, fname, "dst", a[1], &d)) return Value();
  if (fn(s.path.c_str(), d.path.c_str()) != 0) return raise_errno(ts, errno, a[0], a[1]);
  return Value::none();
}
FN(p_rename) { return two_paths(ts, "rename", args, nargs, kw, ::rename); }
FN(p_replace) { return two_paths(ts, "replace", args, nargs, kw, ::rename); }
FN(p_link) { return two_paths(ts, "link", args, nargs, kw, ::link); }
FN(p_symlink) { return two_paths(ts, "symlink", args, nargs, kw, ::symlink); }

FN(p_readlink) {
  static constexpr const char* names[] = {"path", "dir_fd"};
  ARGS("readlink", names, 0, 1);
  PathArg p;
  if (!get_path(ts, "readlink", "path", a[0], &p)) return Value();
  char buf[8192];
  ssize_t n = ::readlink(p.path.c_str(), buf, sizeof buf);
  if (n < 0) return raise_errno(ts, errno, a[0]);
  return path_value(ts, std::string(buf, size_t(n)), p.is_bytes);
}

Value stat_tuple(ThreadState* ts, const struct stat& st) {
  auto ts_float = [](const struct timespec& t) { return double(t.tv_sec) + double(t.tv_nsec) * 1e-9; };
  auto ts_ns = [](const struct timespec& t) { return int64_t(t.tv_sec) * 1000000000LL + t.tv_nsec; };
  Value items[] = {
      int_from_i64(ts, st.st_mode), int_from_u64(ts, st.st_ino), int_from_u64(ts, st.st_dev),
      int_from_i64(ts, int64_t(st.st_nlink)), int_from_i64(ts, st.st_uid), int_from_i64(ts, st.st_gid),
      int_from_i64(ts, st.st_size), int_from_i64(ts, st.st_atim.tv_sec), int_from_i64(ts, st.st_mtim.tv_sec),
      int_from_i64(ts, st.st_ctim.tv_sec), float_new(ts, ts_float(st.st_atim)), float_new(ts, ts_float(st.st_mtim)),
      float_new(ts, ts_float(st.st_ctim)), int_from_i64(ts, ts_ns(st.st_atim)), int_from_i64(ts, ts_ns(st.st_mtim)),
      int_from_i64(ts, ts_ns(st.st_ctim)), int_from_i64(ts, st.st_blksize), int_from_i64(ts, st.st_blocks),
      int_from_i64(ts, int64_t(st.st_rdev)),
  };
  constexpr int n = sizeof(items) / sizeof(items[0]);
  for (int i = 0; i < n; i++)
    if (!items[i]) {
      for (int j = 0; j < n; j++) decref(items[j]);
      return Value();
    }
  Value t = tuple_from(ts, items, n);
  for (int j = 0; j < n; j++) decref(items[j]);
  return t;
}

// _stat(path_or_fd, follow_symlinks) -> raw 19-tuple (os.py wraps it in stat_result).
FN(p_stat_raw) {
  static constexpr const char* names[] = {"path", "follow_symlinks"};
  ARGS("stat", names, 0, 1);
  PathArg p;
  if (!get_path(ts, "stat", "path", a[0], &p, true)) return Value();
  bool follow = true;
  if (a[1]) {
    int t = truthy(ts, a[1]);
    if (t < 0) return Value();
    follow = t;
  }
  struct stat st;
  int r = p.fd >= 0 ? ::fstat(p.fd, &st) : follow ? ::stat(p.path.c_str(), &st) : ::lstat(p.path.c_str(), &st);
  if (r != 0) return raise_errno(ts, errno, p.fd >= 0 ? Value() : a[0]);
  return stat_tuple(ts, st);
}

FN(p_access) {
  static constexpr const char* names[] = {"path", "mode"};
  ARGS("access", names, 0, 2);
  PathArg p;
  if (!get_path(ts, "access", "path", a[0], &p)) return Value();
  int64_t mode;
  if (!get_int(ts, a[1], &mode)) return Value();
  return Value::boolean(::access(p.path.c_str(), int(mode)) == 0);
}

FN(p_chmod) {
  static constexpr const char* names[] = {"path", "mode"};
  ARGS("chmod", names, 0, 2);
  PathArg p;
  if (!get_path(ts, "chmod", "path", a[0], &p, true)) return Value();
  int64_t mode;
  if (!get_int(ts, a[1], &mode)) return Value();
  int r = p.fd >= 0 ? ::fchmod(p.fd, mode_t(mode)) : ::chmod(p.path.c_str(), mode_t(mode));
  if (r != 0) return raise_errno(ts, errno, a[0]);
  return Value::none();
}

FN(p_umask) {
  if (!no_kwargs(ts, "umask", kw) || !check_nargs(ts, "umask", nargs, 1, 1)) return Value();
  int64_t mode;
  if (!get_int(ts, args[0], &mode)) return Value();
  return Value::small_int(::umask(mode_t(mode)));
}

FN(p_utime) {
  // utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True)
  static constexpr const char* names[] = {"path", "times", "ns", "dir_fd", "follow_symlinks"};
  Value a[5] = {};
  if (!parse_args(ts, "utime", args, nargs, kw, names, 5, 0, 2, 1, a)) return Value();
  PathArg p;
  if (!get_path(ts, "utime", "path", a[0], &p)) return Value();
  bool have_times = a[1] && !a[1].is_none(), have_ns = a[2] && !a[2].is_none();
  if (have_times && have_ns) return raise(ts, Exc::ValueError, "utime: you may specify either 'times' or 'ns' but not both");
  struct timespec tv[2];
  if (have_ns) {
    if (!is_tuple(ts, a[2]) || tuple_size(a[2]) != 2)
      return raise(ts, Exc::TypeError, "utime: 'ns' must be a tuple of two ints");
    for (int i = 0; i < 2; i++) {
      Ref q(binary_op(ts, tuple_item(a[2], i), Value::small_int(1000000000), BinOp::FloorDiv));
      Ref r(q ? binary_op(ts, tuple_item(a[2], i), Value::small_int(1000000000), BinOp::Mod) : Value());
      int64_t sec, nsec;
      if (!r || !int_as_i64(ts, q.get(), &sec) || !int_as_i64(ts, r.get(), &nsec)) return Value();
      tv[i].tv_sec = time_t(sec);
      tv[i].tv_nsec = long(nsec);
    }
  } else if (!have_times) {
    tv[0].tv_nsec = tv[1].tv_nsec = UTIME_NOW;
    tv[0].tv_sec = tv[1].tv_sec = 0;
  } else {
    if (!is_tuple(ts, a[1]) || tuple_size(a[1]) != 2)
      return raise(ts, Exc::TypeError, "utime: 'times' must be either a tuple of two ints or None");
    for (int i = 0; i < 2; i++) {
      double d;
      if (!as_double(ts, tuple_item(a[1], i), &d)) return Value();
      double whole = d < 0 ? -double(int64_t(-d)) : double(int64_t(d));
      if (whole > d) whole -= 1;  // floor, so nsec is in [0, 1e9)
      tv[i].tv_sec = time_t(whole);
      tv[i].tv_nsec = long((d - whole) * 1e9);
    }
  }
  int flags = 0;
  if (a[4]) {
    int follow = truthy(ts, a[4]);
    if (follow < 0) return Value();
    if (!follow) flags = AT_SYMLINK_NOFOLLOW;
  }
  if (::utimensat(AT_FDCWD, p.path.c_str(), tv, flags) != 0) return raise_errno(ts, errno, a[0]);
  return Value::none();
}

// ---------------------------------------------------------------- file descriptors
FN(p_open) {
  static constexpr const char* names[] = {"path", "flags", "mode", "dir_fd"};
  ARGS("open", names, 0, 2);
  PathArg p;
  if (!get_path(ts, "open", "path", a[0], &p)) return Value();
  int64_t flags, mode = 0777;
  if (!get_int(ts, a[1], &flags)) return Value();
  if (a[2] && !get_int(ts, a[2], &mode)) return Value();
  int fd;
  do fd = ::open(p.path.c_str(), int(flags) | O_CLOEXEC, mode_t(mode)); while (fd < 0 && errno == EINTR);
  if (fd < 0) return raise_errno(ts, errno, a[0]);
  return Value::small_int(fd);
}

FN(p_read) {
  if (!no_kwargs(ts, "read", kw) || !check_nargs(ts, "read", nargs, 2, 2)) return Value();
  int fd;
  int64_t n;
  if (!get_fd(ts, args[0], &fd) || !get_int(ts, args[1], &n)) return Value();
  if (n < 0) return raise_errno(ts, EINVAL);
  std::string buf(size_t(n), '\0');
  ssize_t r = blocking_read(ts, fd, buf.data(), size_t(n));
  if (r == kSignalRaised) return Value();
  if (r < 0) return raise_errno(ts, errno);
  buf.resize(size_t(r));
  return bytes_new(ts, buf);
}

FN(p_write) {
  if (!no_kwargs(ts, "write", kw) || !check_nargs(ts, "write", nargs, 2, 2)) return Value();
  int fd;
  if (!get_fd(ts, args[0], &fd)) return Value();
  std::string_view data;
  if (!bytes_like_view(ts, args[1], &data)) return Value();
  std::string copy(data);  // the object may change while the GIL is released
  ssize_t r = blocking_write(ts, fd, copy.data(), copy.size());
  if (r == kSignalRaised) return Value();
  if (r < 0) return raise_errno(ts, errno);
  return Value::small_int(r);
}

FN(p_close) {
  static constexpr const char* names[] = {"fd"};
  ARGS("close", names, 0, 1);
  int fd;
  if (!get_fd(ts, a[0], &fd)) return Value();
  if (::close(fd) != 0) return raise_errno(ts, errno);
  return Value::none();
}

FN(p_dup) {
  if (!no_kwargs(ts, "dup", kw) || !check_nargs(ts, "dup", nargs, 1, 1)) return Value();
  int fd;
  if (!get_fd(ts, args[0], &fd)) return Value();
  int r = ::fcntl(fd, F_DUPFD_CLOEXEC, 0);
  if (r < 0) return raise_errno(ts, errno);
  return Value::small_int(r);
}

FN(p_dup2) {
  static constexpr const char* names[] = {"fd", "fd2", "inheritable"};
  ARGS("dup2", names, 0, 2);
  int fd, fd2;
  if (!get_fd(ts, a[0], &fd) || !get_fd(ts, a[1], &fd2)) return Value();
  int inheritable = a[2] ? truthy(ts, a[2]) : 1;
  if (inheritable < 0) return Value();
  // Like CPython: a non-inheritable copy comes from dup3(O_CLOEXEC) (EINVAL when fd == fd2).
  int r = inheritable ? ::dup2(fd, fd2) : ::dup3(fd, fd2, O_CLOEXEC);
  if (r < 0) return raise_errno(ts, errno);
  return Value::small_int(r);
}

// pipe2(flags, /) -> (read_fd, write_fd) with O_NONBLOCK / O_CLOEXEC as asked.
FN(p_pipe2) {
  if (!no_kwargs(ts, "posix.pipe2", kw) || !check_nargs(ts, "posix.pipe2", nargs, 1, 1)) return Value();
  int64_t flags;
  if (!get_int(ts, args[0], &flags)) return Value();
  int fds[2];
  if (::pipe2(fds, int(flags)) != 0) return raise_errno(ts, errno);
  return tuple_pack(ts, {Value::small_int(fds[0]), Value::small_int(fds[1])});
}

// get_inheritable(fd, /) / set_inheritable(fd, inheritable, /): the close-on-exec flag.
FN(p_get_inheritable) {
  if (!no_kwargs(ts, "posix.get_inheritable", kw) || !check_nargs(ts, "posix.get_inheritable", nargs, 1, 1)) return Value();
  int fd;
  if (!get_fd(ts, args[0], &fd)) return Value();
  int flags = ::fcntl(fd, F_GETFD);
  if (flags < 0) return raise_errno(ts, errno);
  return Value::boolean(!(flags & FD_CLOEXEC));
}
FN(p_set_inheritable) {
  if (!no_kwargs(ts, "set_inheritable", kw) || !check_nargs(ts, "set_inheritable", nargs, 2, 2)) return Value();
  int fd;
  int64_t inheritable;
  if (!get_fd(ts, args[0], &fd) || !get_int(ts, args[1], &inheritable)) return Value();
  int flags = ::fcntl(fd, F_GETFD);
  if (flags < 0) return raise_errno(ts, errno);
  int nflags = inheritable ? (flags & ~FD_CLOEXEC) : (flags | FD_CLOEXEC);
  if (nflags != flags && ::fcntl(fd, F_SETFD, nflags) < 0) return raise_errno(ts, errno);
  return Value::none();
}

FN(p_closerange) {
  if (!no_kwargs(ts, "closerange", kw) || !check_nargs(ts, "closerange", nargs, 2, 2)) return Value();
  int lo, hi;
  if (!get_fd(ts, args[0], &lo) || !get_fd(ts, args[1], &hi)) return Value();
  for (int fd = lo < 0 ? 0 : lo; fd < hi; fd++) ::close(fd);
  return Value::none();
}

FN(p_lseek) {
  if (!no_kwargs(ts, "lseek", kw) || !check_nargs(ts, "lseek", nargs, 3, 3)) return Value();
  int fd;
  int64_t pos, how;
  if (!get_fd(ts, args[0], &fd) || !get_int(ts, args[1], &pos) || !get_int(ts, args[2], &how)) return Value();
  off_t r = ::lseek(fd, off_t(pos), int(how));
  if (r < 0) return raise_errno(ts, errno);
  return int_from_i64(ts, r);
}

FN(p_isatty) {
  if (!no_kwargs(ts, "isatty", kw) || !check_nargs(ts, "isatty", nargs, 1, 1)) return Value();
  int fd;
  if (!get_fd(ts, args[0], &fd)) return Value();
  return Value::boolean(::isatty(fd));
}

FN(p_pipe) {
  if (!no_kwargs(ts, "pipe", kw) || !check_nargs(ts, "pipe", nargs, 0, 0)) return Value();
  int fds[2];
  if (::pipe2(fds, O_CLOEXEC) != 0) return raise_errno(ts, errno);
  return tuple_pack(ts, {Value::small_int(fds[0]), Value::small_int(fds[1])});
}

FN(p_ftruncate) {
  if (!no_kwargs(ts, "ftruncate", kw) || !check_nargs(ts, "ftruncate", nargs, 2, 2)) return Value();
  int fd;
  int64_t len;
  if (!get_fd(ts, args[0], &fd) || !get_int(ts, args[1], &len)) return Value();
  if (::ftruncate(fd, off_t(len)) != 0) return raise_errno(ts, errno);
  return Value::none();
}

FN(p_fsync) {
  if (!no_kwargs(ts, "fsync", kw) || !check_nargs(ts, "fsync", nargs, 1, 1)) return Value();
  int fd;
  if (!get_fd(ts, args[0], &fd)) return Value();
  if (::fsync(fd) != 0) return raise_errno(ts, errno);
  return Value::none();
}

// ---------------------------------------------------------------- processes and system
FN(p_getpid) {
  if (!no_kwargs(ts, "getpid", kw) || !check_nargs(ts, "getpid", nargs, 0, 0)) return Value();
  return Value::small_int(::getpid());
}
FN(p_getppid) {
  if (!no_kwargs(ts, "getppid", kw) || !check_nargs(ts, "getppid", nargs, 0, 0)) return Value();
  return Value::small_int(::getppid());
}
FN(p_getuid) {
  if (!no_kwargs(ts, "getuid", kw) || !check_nargs(ts, "getuid", nargs, 0, 0)) return Value();
  return Value::small_int(::getuid());
}
FN(p_geteuid) {
  if (!no_kwargs(ts, "geteuid", kw) || !check_nargs(ts, "geteuid", nargs, 0, 0)) return Value();
  return Value::small_int(::geteuid());
}
FN(p_getgid) {
  if (!no_kwargs(ts, "getgid", kw) || !check_nargs(ts, "getgid", nargs, 0, 0)) return Value();
  return Value::small_int(::getgid());
}

FN(p_cpu_count) {
  if (!no_kwargs(ts, "cpu_count", kw) || !check_nargs(ts, "cpu_count", nargs, 0, 0)) return Value();
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  if (n < 1) return Value::none();
  return Value::small_int(n);
}

FN(p_sched_getaffinity) {
  if (!no_kwargs(ts, "sched_getaffinity", kw) || !check_nargs(ts, "sched_getaffinity", nargs, 1, 1))
    return Value();
  int64_t pid;
  if (!get_int(ts, args[0], &pid)) return Value();
  cpu_set_t set;
  CPU_ZERO(&set);
  if (sched_getaffinity(pid_t(pid), sizeof set, &set) != 0) return raise_errno(ts, errno);
  Ref s(Value::from_obj(set_new(ts)));
  if (!s) return Value();
  for (int i = 0; i < CPU_SETSIZE; i++)
    if (CPU_ISSET(i, &set) && !set_add(ts, s.as<SetObject>(), Value::small_int(i))) return Value();
  return s.release();
}

FN(p_getloadavg) {
  if (!no_kwargs(ts, "getloadavg", kw) || !check_nargs(ts, "getloadavg", nargs, 0, 0)) return Value();
  double l[3];
  if (::getloadavg(l, 3) != 3) return raise(ts, Exc::OSError, "Load averages are unobtainable");
  Ref a(float_new(ts, l[0])), b(float_new(ts, l[1])), c(float_new(ts, l[2]));
  if (!a || !b || !c) return Value();
  return tuple_pack(ts, {a.get(), b.get(), c.get()});
}

FN(p_kill) {
  if (!no_kwargs(ts, "kill", kw) || !check_nargs(ts, "kill", nargs, 2, 2)) return Value();
  int64_t pid, sig;
  if (!get_int(ts, args[0], &pid) || !get_int(ts, args[1], &sig)) return Value();
  if (::kill(pid_t(pid), int(sig)) != 0) return raise_errno(ts, errno);
  return Value::none();
}

FN(p_exit) {
  static constexpr const char* names[] = {"status"};
  ARGS("_exit", names, 0, 1);
  int64_t st;
  if (!get_int(ts, a[0], &st)) return Value();
  ::_exit(int(st));
}

FN(p_waitpid) {
  if (!no_kwargs(ts, "waitpid", kw)) return Value();
  if (nargs != 2) return raisef(ts, Exc::TypeError, "waitpid() takes exactly 2 arguments (%zu given)", nargs);
  int64_t pid, opts;
  if (!get_int(ts, args[0], &pid) || !get_int(ts, args[1], &opts)) return Value();
  int status = 0;
  ssize_t r = retry_on_eintr(ts, [&] { return ssize_t(::waitpid(pid_t(pid), &status, int(opts))); });
  if (r == kSignalRaised) return Value();
  if (r < 0) return raise_errno(ts, errno);
  return tuple_pack(ts, {Value::small_int(r), Value::small_int(status)});
}

FN(p_urandom) {
  if (!no_kwargs(ts, "urandom", kw) || !check_nargs(ts, "urandom", nargs, 1, 1)) return Value();
  int64_t n;
  if (!get_int(ts, args[0], &n)) return Value();
  if (n < 0) return raise(ts, Exc::ValueError, "negative argument not allowed");
  std::string buf(size_t(n), '\0');
  size_t got = 0;
  while (got < size_t(n)) {
    ssize_t r = getrandom(buf.data() + got, size_t(n) - got, 0);
    if (r < 0) {
      if (errno == EINTR) continue;
      return raise_errno(ts, errno);
    }
    got += size_t(r);
  }
  return bytes_new(ts, buf);
}

FN(p_strerror) {
  if (!no_kwargs(ts, "strerror", kw) || !check_nargs(ts, "strerror", nargs, 1, 1)) return Value();
  int64_t code;
  if (!get_int(ts, args[0], &code)) return Value();
  char buf[256];
  const char* s = strerror_r(int(code), buf, sizeof buf);
  return str_new(ts, s);
}

// get_terminal_size(fd=1, /) -> os.terminal_size(columns, lines).
Value p_get_terminal_size(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "get_terminal_size", kw) || !check_nargs(ts, "get_terminal_size", nargs, 0, 1))
    return Value();
  int fd = 1;
  if (nargs && !get_fd(ts, args[0], &fd)) return Value();
  struct winsize w;
  if (ioctl(fd, TIOCGWINSZ, &w) != 0) return raise_errno(ts, errno);
  Value items[2] = {Value::small_int(w.ws_col), Value::small_int(w.ws_row)};
  return structseq_build(ts, self, "terminal_size", items, 2);
}

// putenv(name, value, /) / unsetenv(name, /): the C library's environment
// (os.environ calls them; they do not update os.environ).
FN(p_putenv) {
  if (!no_kwargs(ts, "putenv", kw) || !check_nargs(ts, "putenv", nargs, 2, 2)) return Value();
  std::string k, v;
  if (!posixmod::fs_bytes(ts, args[0], &k) || !posixmod::fs_bytes(ts, args[1], &v)) return Value();
  if (k.find('=') != std::string::npos) return raise(ts, Exc::ValueError, "illegal environment variable name");
  if (::setenv(k.c_str(), v.c_str(), 1) != 0) return raise_errno(ts, errno);
  return Value::none();
}

FN(p_unsetenv) {
  if (!no_kwargs(ts, "unsetenv", kw) || !check_nargs(ts, "unsetenv", nargs, 1, 1)) return Value();
  std::string k;
  if (!posixmod::fs_bytes(ts, args[0], &k)) return Value();
  if (::unsetenv(k.c_str()) != 0) return raise_errno(ts, errno);
  return Value::none();
}

FN(p_fspath) {
  static constexpr const char* names[] = {"path"};
  ARGS("fspath", names, 0, 1);
  Value v = a[0];
  if (is_str(ts, v) || is_bytes(ts, v)) return newref(v);
  bool is_method = false;
  Ref f(lookup_special(ts, v, ts->interp->names.__fspath__, &is_method));
  if (!f) {
    if (err_occurred(ts)) return Value();
    return raisef(ts, Exc::TypeError, "expected str, bytes or os.PathLike object, not %s", type_name(ts, v));
  }
  Ref r(is_method ? call1(ts, f.get(), v) : call0(ts, f.get()));
  if (!r) return Value();
  if (!is_str(ts, r.get()) && !is_bytes(ts, r.get()))
    return raisef(ts, Exc::TypeError, "expected %s.__fspath__() to return str or bytes, not %s",
                  type_name(ts, v), type_name(ts, r.get()));
  return r.release();
}

FN(p_system) {
  static constexpr const char* names[] = {"command"};
  ARGS("system", names, 0, 1);
  PathArg c;
  if (!get_path(ts, "system", "command", a[0], &c)) return Value();
  flush_std_streams(ts);
  int r;
  {
    GilRelease unlocked(ts);
    r = ::system(c.path.c_str());
  }
  return Value::small_int(r);
}

// _set_code_flags(func, flags): OR `flags` into func.__code__'s flags (types.coroutine).
FN(p_set_code_flags) {
  if (!no_kwargs(ts, "_set_code_flags", kw) || !check_nargs(ts, "_set_code_flags", nargs, 2, 2)) return Value();
  Ref code(getattr(ts, args[0], ts->interp->names.__code__));
  if (!code) return Value();
  if (type_of(ts, code.get()) != ts->interp->types.code) return raise(ts, Exc::TypeError, "expected a code object");
  int64_t flags;
  if (!get_int(ts, args[1], &flags)) return Value();
  code.as<CodeObject>()->flags |= uint32_t(flags);
  return Value::none();
}

// ---------------------------------------------------------------- file systems and the machine (stdlib part A)
struct ConfName {
  const char* name;
  int value;
};
// statvfs(path) -> os.statvfs_result (shutil.disk_usage).
Value p_statvfs(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  static constexpr const char* names[] = {"path"};
  ARGS("statvfs", names, 0, 1);
  PathArg p;
  if (!get_path(ts, "statvfs", "path", a[0], &p, true)) return Value();
  struct statvfs st;
  int r = p.fd >= 0 ? ::fstatvfs(p.fd, &st) : ::statvfs(p.path.c_str(), &st);
  if (r != 0) return raise_errno(ts, errno, p.fd >= 0 ? Value() : a[0]);
  Value items[10];
  uint64_t vals[10] = {st.f_bsize, st.f_frsize, st.f_blocks, st.f_bfree, st.f_bavail,
                       st.f_files, st.f_ffree, st.f_favail, st.f_flag, st.f_namemax};
  for (int i = 0; i < 10; i++) items[i] = int_from_u64(ts, vals[i]);
  return structseq_build(ts, self, "statvfs_result", items, 10);
}

// uname() -> posix.uname_result (platform).
Value p_uname(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "uname", kw) || !check_nargs(ts, "uname", nargs, 0, 0)) return Value();
  struct utsname u;
  if (::uname(&u) != 0) return raise_errno(ts, errno);
  const char* fields[5] = {u.sysname, u.nodename, u.release, u.version, u.machine};
  Value items[5];
  for (int i = 0; i < 5; i++) items[i] = str_from_cstr(ts, fields[i]);
  return structseq_build(ts, self, "uname_result", items, 5);
}

// The configuration names of sysconf(), pathconf()/fpathconf() and confstr(),
// as CPython has them on Linux (exported as os.sysconf_names...).
const ConfName kSysconfNames[] = {
    {"SC_2_CHAR_TERM", _SC_2_CHAR_TERM}, {"SC_2_C_BIND", _SC_2_C_BIND}, {"SC_2_C_DEV", _SC_2_C_DEV},
    {"SC_2_C_VERSION", _SC_2_C_VERSION}, {"SC_2_FORT_DEV", _SC_2_FORT_DEV}, {"SC_2_FORT_RUN", _SC_2_FORT_RUN},
    {"SC_2_LOCALEDEF", _SC_2_LOCALEDEF}, {"SC_2_SW_DEV", _SC_2_SW_DEV}, {"SC_2_UPE", _SC_2_UPE},
    {"SC_2_VERSION", _SC_2_VERSION}, {"SC_AIO_LISTIO_MAX", _SC_AIO_LISTIO_MAX}, {"SC_AIO_MAX", _SC_AIO_MAX},
    {"SC_AIO_PRIO_DELTA_MAX", _SC_AIO_PRIO_DELTA_MAX}, {"SC_ARG_MAX", _SC_ARG_MAX},
    {"SC_ASYNCHRONOUS_IO", _SC_ASYNCHRONOUS_IO}, {"SC_ATEXIT_MAX", _SC_ATEXIT_MAX},
    {"SC_AVPHYS_PAGES", _SC_AVPHYS_PAGES}, {"SC_BC_BASE_MAX", _SC_BC_BASE_MAX},
    {"SC_BC_DIM_MAX", _SC_BC_DIM_MAX}, {"SC_BC_SCALE_MAX", _SC_BC_SCALE_MAX},
    {"SC_BC_STRING_MAX", _SC_BC_STRING_MAX}, {"SC_CHARCLASS_NAME_MAX", _SC_CHARCLASS_NAME_MAX},
    {"SC_CHAR_BIT", _SC_CHAR_BIT}, {"SC_CHAR_MAX", _SC_CHAR_MAX}, {"SC_CHAR_MIN", _SC_CHAR_MIN},
    {"SC_CHILD_MAX", _SC_CHILD_MAX}, {"SC_CLK_TCK", _SC_CLK_TCK},
    {"SC_COLL_WEIGHTS_MAX", _SC_COLL_WEIGHTS_MAX}, {"SC_DELAYTIMER_MAX", _SC_DELAYTIMER_MAX},
    {"SC_EQUIV_CLASS_MAX", _SC_EQUIV_CLASS_MAX}, {"SC_EXPR_NEST_MAX", _SC_EXPR_NEST_MAX},
    {"SC_FSYNC", _SC_FSYNC}, {"SC_GETGR_R_SIZE_MAX", _SC_GETGR_R_SIZE_MAX},
    {"SC_GETPW_R_SIZE_MAX", _SC_GETPW_R_SIZE_MAX}, {"SC_INT_MAX", _SC_INT_MAX}, {"SC_INT_MIN", _SC_INT_MIN},
    {"SC_IOV_MAX", _SC_IOV_MAX}, {"SC_JOB_CONTROL", _SC_JOB_CONTROL}, {"SC_LINE_MAX", _SC_LINE_MAX},
    {"SC_LOGIN_NAME_MAX", _SC_LOGIN_NAME_MAX}, {"SC_LONG_BIT", _SC_LONG_BIT},
    {"SC_MAPPED_FILES", _SC_MAPPED_FILES}, {"SC_MB_LEN_MAX", _SC_MB_LEN_MAX}, {"SC_MEMLOCK", _SC_MEMLOCK},
    {"SC_MEMLOCK_RANGE", _SC_MEMLOCK_RANGE}, {"SC_MEMORY_PROTECTION", _SC_MEMORY_PROTECTION},
    {"SC_MESSAGE_PASSING", _SC_MESSAGE_PASSING}, {"SC_MINSIGSTKSZ", _SC_MINSIGSTKSZ},
    {"SC_MQ_OPEN_MAX", _SC_MQ_OPEN_MAX}, {"SC_MQ_PRIO_MAX", _SC_MQ_PRIO_MAX},
    {"SC_NGROUPS_MAX", _SC_NGROUPS_MAX}, {"SC_NL_ARGMAX", _SC_NL_ARGMAX}, {"SC_NL_LANGMAX", _SC_NL_LANGMAX},
    {"SC_NL_MSGMAX", _SC_NL_MSGMAX}, {"SC_NL_NMAX", _SC_NL_NMAX}, {"SC_NL_SETMAX", _SC_NL_SETMAX},
    {"SC_NL_TEXTMAX", _SC_NL_TEXTMAX}, {"SC_NPROCESSORS_CONF", _SC_NPROCESSORS_CONF},
    {"SC_NPROCESSORS_ONLN", _SC_NPROCESSORS_ONLN}, {"SC_NZERO", _SC_NZERO}, {"SC_OPEN_MAX", _SC_OPEN_MAX},
    {"SC_PAGESIZE", _SC_PAGESIZE}, {"SC_PAGE_SIZE", _SC_PAGE_SIZE}, {"SC_PASS_MAX", _SC_PASS_MAX},
    {"SC_PHYS_PAGES", _SC_PHYS_PAGES}, {"SC_PII", _SC_PII}, {"SC_PII_INTERNET", _SC_PII_INTERNET},
    {"SC_PII_INTERNET_DGRAM", _SC_PII_INTERNET_DGRAM}, {"SC_PII_INTERNET_STREAM", _SC_PII_INTERNET_STREAM},
    {"SC_PII_OSI", _SC_PII_OSI}, {"SC_PII_OSI_CLTS", _SC_PII_OSI_CLTS}, {"SC_PII_OSI_COTS", _SC_PII_OSI_COTS},
    {"SC_PII_OSI_M", _SC_PII_OSI_M}, {"SC_PII_SOCKET", _SC_PII_SOCKET}, {"SC_PII_XTI", _SC_PII_XTI},
    {"SC_POLL", _SC_POLL}, {"SC_PRIORITIZED_IO", _SC_PRIORITIZED_IO},
    {"SC_PRIORITY_SCHEDULING", _SC_PRIORITY_SCHEDULING}, {"SC_REALTIME_SIGNALS", _SC_REALTIME_SIGNALS},
    {"SC_RE_DUP_MAX", _SC_RE_DUP_MAX}, {"SC_RTSIG_MAX", _SC_RTSIG_MAX}, {"SC_SAVED_IDS", _SC_SAVED_IDS},
    {"SC_SCHAR_MAX", _SC_SCHAR_MAX}, {"SC_SCHAR_MIN", _SC_SCHAR_MIN}, {"SC_SELECT", _SC_SELECT},
    {"SC_SEMAPHORES", _SC_SEMAPHORES}, {"SC_SEM_NSEMS_MAX", _SC_SEM_NSEMS_MAX},
    {"SC_SEM_VALUE_MAX", _SC_SEM_VALUE_MAX}, {"SC_SHARED_MEMORY_OBJECTS", _SC_SHARED_MEMORY_OBJECTS},
    {"SC_SHRT_MAX", _SC_SHRT_MAX}, {"SC_SHRT_MIN", _SC_SHRT_MIN}, {"SC_SIGQUEUE_MAX", _SC_SIGQUEUE_MAX},
    {"SC_SSIZE_MAX", _SC_SSIZE_MAX}, {"SC_STREAM_MAX", _SC_STREAM_MAX},
    {"SC_SYNCHRONIZED_IO", _SC_SYNCHRONIZED_IO}, {"SC_THREADS", _SC_THREADS},
    {"SC_THREAD_ATTR_STACKADDR", _SC_THREAD_ATTR_STACKADDR},
    {"SC_THREAD_ATTR_STACKSIZE", _SC_THREAD_ATTR_STACKSIZE},
    {"SC_THREAD_DESTRUCTOR_ITERATIONS", _SC_THREAD_DESTRUCTOR_ITERATIONS},
    {"SC_THREAD_KEYS_MAX", _SC_THREAD_KEYS_MAX},
    {"SC_THREAD_PRIORITY_SCHEDULING", _SC_THREAD_PRIORITY_SCHEDULING},
    {"SC_THREAD_PRIO_INHERIT", _SC_THREAD_PRIO_INHERIT}, {"SC_THREAD_PRIO_PROTECT", _SC_THREAD_PRIO_PROTECT},
    {"SC_THREAD_PROCESS_SHARED", _SC_THREAD_PROCESS_SHARED},
    {"SC_THREAD_SAFE_FUNCTIONS", _SC_THREAD_SAFE_FUNCTIONS}, {"SC_THREAD_STACK_MIN", _SC_THREAD_STACK_MIN},
    {"SC_THREAD_THREADS_MAX", _SC_THREAD_THREADS_MAX}, {"SC_TIMERS", _SC_TIMERS},
    {"SC_TIMER_MAX", _SC_TIMER_MAX}, {"SC_TTY_NAME_MAX", _SC_TTY_NAME_MAX}, {"SC_TZNAME_MAX", _SC_TZNAME_MAX},
    {"SC_T_IOV_MAX", _SC_T_IOV_MAX}, {"SC_UCHAR_MAX", _SC_UCHAR_MAX}, {"SC_UINT_MAX", _SC_UINT_MAX},
    {"SC_UIO_MAXIOV", _SC_UIO_MAXIOV}, {"SC_ULONG_MAX", _SC_ULONG_MAX}, {"SC_USHRT_MAX", _SC_USHRT_MAX},
    {"SC_VERSION", _SC_VERSION}, {"SC_WORD_BIT", _SC_WORD_BIT}, {"SC_XBS5_ILP32_OFF32", _SC_XBS5_ILP32_OFF32},
    {"SC_XBS5_ILP32_OFFBIG", _SC_XBS5_ILP32_OFFBIG}, {"SC_XBS5_LP64_OFF64", _SC_XBS5_LP64_OFF64},
    {"SC_XBS5_LPBIG_OFFBIG", _SC_XBS5_LPBIG_OFFBIG}, {"SC_XOPEN_CRYPT", _SC_XOPEN_CRYPT},
    {"SC_XOPEN_ENH_I18N", _SC_XOPEN_ENH_I18N}, {"SC_XOPEN_LEGACY", _SC_XOPEN_LEGACY},
    {"SC_XOPEN_REALTIME", _SC_XOPEN_REALTIME}, {"SC_XOPEN_REALTIME_THREADS", _SC_XOPEN_REALTIME_THREADS},
    {"SC_XOPEN_SHM", _SC_XOPEN_SHM}, {"SC_XOPEN_UNIX", _SC_XOPEN_UNIX},
    {"SC_XOPEN_VERSION", _SC_XOPEN_VERSION}, {"SC_XOPEN_XCU_VERSION", _SC_XOPEN_XCU_VERSION},
    {"SC_XOPEN_XPG2", _SC_XOPEN_XPG2}, {"SC_XOPEN_XPG3", _SC_XOPEN_XPG3}, {"SC_XOPEN_XPG4", _SC_XOPEN_XPG4}, {nullptr, 0},
};
const ConfName kPathconfNames[] = {
    {"PC_ALLOC_SIZE_MIN", _PC_ALLOC_SIZE_MIN}, {"PC_ASYNC_IO", _PC_ASYNC_IO},
    {"PC_CHOWN_RESTRICTED", _PC_CHOWN_RESTRICTED}, {"PC_FILESIZEBITS", _PC_FILESIZEBITS},
    {"PC_LINK_MAX", _PC_LINK_MAX}, {"PC_MAX_CANON", _PC_MAX_CANON}, {"PC_MAX_INPUT", _PC_MAX_INPUT},
    {"PC_NAME_MAX", _PC_NAME_MAX}, {"PC_NO_TRUNC", _PC_NO_TRUNC}, {"PC_PATH_MAX", _PC_PATH_MAX},
    {"PC_PIPE_BUF", _PC_PIPE_BUF}, {"PC_PRIO_IO", _PC_PRIO_IO},
    {"PC_REC_INCR_XFER_SIZE", _PC_REC_INCR_XFER_SIZE}, {"PC_REC_MAX_XFER_SIZE", _PC_REC_MAX_XFER_SIZE},
    {"PC_REC_MIN_XFER_SIZE", _PC_REC_MIN_XFER_SIZE}, {"PC_REC_XFER_ALIGN", _PC_REC_XFER_ALIGN},
    {"PC_SOCK_MAXBUF", _PC_SOCK_MAXBUF}, {"PC_SYMLINK_MAX", _PC_SYMLINK_MAX}, {"PC_SYNC_IO", _PC_SYNC_IO},
    {"PC_VDISABLE", _PC_VDISABLE}, {nullptr, 0},
};
const ConfName kConfstrNames[] = {
    {"CS_GNU_LIBC_VERSION", _CS_GNU_LIBC_VERSION}, {"CS_GNU_LIBPTHREAD_VERSION", _CS_GNU_LIBPTHREAD_VERSION},
    {"CS_LFS64_CFLAGS", _CS_LFS64_CFLAGS}, {"CS_LFS64_LDFLAGS", _CS_LFS64_LDFLAGS},
    {"CS_LFS64_LIBS", _CS_LFS64_LIBS}, {"CS_LFS64_LINTFLAGS", _CS_LFS64_LINTFLAGS},
    {"CS_LFS_CFLAGS", _CS_LFS_CFLAGS}, {"CS_LFS_LDFLAGS", _CS_LFS_LDFLAGS}, {"CS_LFS_LIBS", _CS_LFS_LIBS},
    {"CS_LFS_LINTFLAGS", _CS_LFS_LINTFLAGS}, {"CS_PATH", _CS_PATH},
    {"CS_XBS5_ILP32_OFF32_CFLAGS", _CS_XBS5_ILP32_OFF32_CFLAGS},
    {"CS_XBS5_ILP32_OFF32_LDFLAGS", _CS_XBS5_ILP32_OFF32_LDFLAGS},
    {"CS_XBS5_ILP32_OFF32_LIBS", _CS_XBS5_ILP32_OFF32_LIBS},
    {"CS_XBS5_ILP32_OFF32_LINTFLAGS", _CS_XBS5_ILP32_OFF32_LINTFLAGS},
    {"CS_XBS5_ILP32_OFFBIG_CFLAGS", _CS_XBS5_ILP32_OFFBIG_CFLAGS},
    {"CS_XBS5_ILP32_OFFBIG_LDFLAGS", _CS_XBS5_ILP32_OFFBIG_LDFLAGS},
    {"CS_XBS5_ILP32_OFFBIG_LIBS", _CS_XBS5_ILP32_OFFBIG_LIBS},
    {"CS_XBS5_ILP32_OFFBIG_LINTFLAGS", _CS_XBS5_ILP32_OFFBIG_LINTFLAGS},
    {"CS_XBS5_LP64_OFF64_CFLAGS", _CS_XBS5_LP64_OFF64_CFLAGS},
    {"CS_XBS5_LP64_OFF64_LDFLAGS", _CS_XBS5_LP64_OFF64_LDFLAGS},
    {"CS_XBS5_LP64_OFF64_LIBS", _CS_XBS5_LP64_OFF64_LIBS},
    {"CS_XBS5_LP64_OFF64_LINTFLAGS", _CS_XBS5_LP64_OFF64_LINTFLAGS},
    {"CS_XBS5_LPBIG_OFFBIG_CFLAGS", _CS_XBS5_LPBIG_OFFBIG_CFLAGS},
    {"CS_XBS5_LPBIG_OFFBIG_LDFLAGS", _CS_XBS5_LPBIG_OFFBIG_LDFLAGS},
    {"CS_XBS5_LPBIG_OFFBIG_LIBS", _CS_XBS5_LPBIG_OFFBIG_LIBS},
    {"CS_XBS5_LPBIG_OFFBIG_LINTFLAGS", _CS_XBS5_LPBIG_OFFBIG_LINTFLAGS}, {nullptr, 0},
};

// A configuration name: an int, or a str looked up in `table` (CPython's conv_confname).
bool conf_name(ThreadState* ts, Value v, const ConfName* table, int64_t* out) {
  if (is_str(ts, v)) {
    for (const ConfName* c = table; c->name; c++)
      if (str_view(v) == c->name) {
        *out = c->value;
        return true;
      }
    raise(ts, Exc::ValueError, "unrecognized configuration name");
    return false;
  }
  if (!is_int(ts, v)) {
    raise(ts, Exc::TypeError, "configuration names must be strings or integers");
    return false;
  }
  return get_int(ts, v, out);
}

// sysconf(name, /) -> int: a system configuration value.
Value p_sysconf(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "posix.sysconf", kw) || !check_nargs(ts, "posix.sysconf", nargs, 1, 1)) return Value();
  int64_t name;
  if (!conf_name(ts, args[0], kSysconfNames, &name)) return Value();
  errno = 0;
  long r = ::sysconf(int(name));
  if (r == -1 && errno != 0) return raise_errno(ts, errno);
  return int_from_i64(ts, r);
}

// pathconf(path, name) / fpathconf(fd, name, /) -> int: a limit of a file's system.
Value do_pathconf(ThreadState* ts, const char* fname, Value path, Value namev) {
  PathArg p;
  int64_t name;
  if (!get_path(ts, fname, "path", path, &p, true) || !conf_name(ts, namev, kPathconfNames, &name)) return Value();
  errno = 0;
  long r = p.fd >= 0 ? ::fpathconf(p.fd, int(name)) : ::pathconf(p.path.c_str(), int(name));
  if (r == -1 && errno != 0) return raise_errno(ts, errno, p.fd >= 0 ? Value() : path);
  return int_from_i64(ts, r);
}
Value p_pathconf(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  static constexpr const char* names[] = {"path", "name"};
  ARGS("pathconf", names, 0, 2);
  return do_pathconf(ts, "pathconf", a[0], a[1]);
}
Value p_fpathconf(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "fpathconf", kw) || !check_nargs(ts, "fpathconf", nargs, 2, 2)) return Value();
  return do_pathconf(ts, "fpathconf", args[0], args[1]);
}

// confstr(name, /) -> str or None: configuration strings (platform.libc_ver, shutil.which).
Value p_confstr(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "posix.confstr", kw) || !check_nargs(ts, "posix.confstr", nargs, 1, 1)) return Value();
  int64_t name;
  if (!conf_name(ts, args[0], kConfstrNames, &name)) return Value();
  char buf[1024];
  errno = 0;
  size_t n = ::confstr(int(name), buf, sizeof buf);
  if (n == 0) {
    if (errno) return raise_errno(ts, errno);
    return Value::none();
  }
  if (n > sizeof buf) return raise(ts, Exc::OSError, "confstr value too long");
  return str_new(ts, std::string_view(buf, n - 1));
}

// get_blocking(fd) / set_blocking(fd, blocking): the O_NONBLOCK flag (signal.set_wakeup_fd users).
Value p_get_blocking(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "get_blocking", kw) || !check_nargs(ts, "get_blocking", nargs, 1, 1)) return Value();
  int64_t fd;
  if (!get_int(ts, args[0], &fd)) return Value();
  int flags = ::fcntl(int(fd), F_GETFL);
  if (flags < 0) return raise_errno(ts, errno);
  return Value::boolean(!(flags & O_NONBLOCK));
}
Value p_set_blocking(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "set_blocking", kw) || !check_nargs(ts, "set_blocking", nargs, 2, 2)) return Value();
  int64_t fd;
  if (!get_int(ts, args[0], &fd)) return Value();
  int blocking = truthy(ts, args[1]);
  if (blocking < 0) return Value();
  int flags = ::fcntl(int(fd), F_GETFL);
  if (flags < 0) return raise_errno(ts, errno);
  int nflags = blocking ? (flags & ~O_NONBLOCK) : (flags | O_NONBLOCK);
  if (nflags != flags && ::fcntl(int(fd), F_SETFL, nflags) < 0) return raise_errno(ts, errno);
  return Value::none();
}

const GetSetDef kStatvfsFields[] = {
    {"f_bsize", structseq_field<0>}, {"f_frsize", structseq_field<1>}, {"f_blocks", structseq_field<2>},
    {"f_bfree", structseq_field<3>}, {"f_bavail", structseq_field<4>}, {"f_files", structseq_field<5>},
    {"f_ffree", structseq_field<6>}, {"f_favail", structseq_field<7>}, {"f_flag", structseq_field<8>},
    {"f_namemax", structseq_field<9>}, {nullptr, nullptr}};
const TypeSpec kStatvfsSpec = MINIPY_STRUCTSEQ_SPEC("os.statvfs_result", kStatvfsFields);
const GetSetDef kUnameFields[] = {
    {"sysname", structseq_field<0>}, {"nodename", structseq_field<1>}, {"release", structseq_field<2>},
    {"version", structseq_field<3>}, {"machine", structseq_field<4>}, {nullptr, nullptr}};
const TypeSpec kUnameSpec = MINIPY_STRUCTSEQ_SPEC("posix.uname_result", kUnameFields);
const GetSetDef kTerminalSizeFields[] = {
    {"columns", structseq_field<0>}, {"lines", structseq_field<1>}, {nullptr, nullptr}};
const TypeSpec kTerminalSizeSpec = MINIPY_STRUCTSEQ_SPEC("os.terminal_size", kTerminalSizeFields);

const MethodDef kPosixMethods[] = {
    {"getcwd", p_getcwd},
    {"getcwdb", p_getcwdb},
    {"chdir", p_chdir},
    {"listdir", p_listdir},
    {"_scandir", p_scandir_raw},
    {"mkdir", p_mkdir},
    {"rmdir", p_rmdir},
    {"unlink", p_unlink},
    {"remove", p_remove},
    {"rename", p_rename},
    {"replace", p_replace},
    {"link", p_link},
    {"symlink", p_symlink},
    {"readlink", p_readlink},
    {"_stat", p_stat_raw},
    {"access", p_access},
    {"chmod", p_chmod},
    {"umask", p_umask},
    {"utime", p_utime},
    {"open", p_open},
    {"read", p_read},
    {"write", p_write},
    {"close", p_close},
    {"dup", p_dup},
    {"dup2", p_dup2},
    {"lseek", p_lseek},
    {"isatty", p_isatty},
    {"pipe", p_pipe},
    {"ftruncate", p_ftruncate},
    {"fsync", p_fsync},
    {"getpid", p_getpid},
    {"getppid", p_getppid},
    {"getuid", p_getuid},
    {"geteuid", p_geteuid},
    {"getgid", p_getgid},
    {"cpu_count", p_cpu_count},
    {"sched_getaffinity", p_sched_getaffinity},
    {"getloadavg", p_getloadavg},
    {"kill", p_kill},
    {"_exit", p_exit},
    {"waitpid", p_waitpid},
    {"urandom", p_urandom},
    {"strerror", p_strerror},
    {"get_terminal_size", p_get_terminal_size},
    {"pipe2", p_pipe2},
    {"get_inheritable", p_get_inheritable},
    {"set_inheritable", p_set_inheritable},
    {"closerange", p_closerange},
    {"sysconf", p_sysconf},
    {"pathconf", p_pathconf},
    {"fpathconf", p_fpathconf},
    {"statvfs", p_statvfs},
    {"uname", p_uname},
    {"confstr", p_confstr},
    {"get_blocking", p_get_blocking},
    {"set_blocking", p_set_blocking},
    {"putenv", p_putenv},
    {"unsetenv", p_unsetenv},
    {"fspath", p_fspath},
    {"system", p_system},
    {"_set_code_flags", p_set_code_flags},
    {"fork", posix_fork},
    {"_mp_sem_new", posix_mp_sem_new},
    {"_mp_sem_acquire", posix_mp_sem_acquire},
    {"_mp_sem_release", posix_mp_sem_release},
    {"_mp_sem_value", posix_mp_sem_value},
    {"_mp_shm_new", posix_mp_shm_new},
    {"_mp_shm_get", posix_mp_shm_get},
    {"_mp_shm_set", posix_mp_shm_set},
    {"_mp_poll", posix_mp_poll},
    {nullptr, nullptr},
};

struct IntConst {
  const char* name;
  int64_t value;
};
const IntConst kPosixConsts[] = {
    {"O_RDONLY", O_RDONLY}, {"O_WRONLY", O_WRONLY}, {"O_RDWR", O_RDWR}, {"O_CREAT", O_CREAT},
    {"O_EXCL", O_EXCL}, {"O_TRUNC", O_TRUNC}, {"O_APPEND", O_APPEND}, {"O_NONBLOCK", O_NONBLOCK},
    {"O_CLOEXEC", O_CLOEXEC}, {"O_NOCTTY", O_NOCTTY}, {"O_SYNC", O_SYNC}, {"O_DIRECTORY", O_DIRECTORY},
    {"O_NOFOLLOW", O_NOFOLLOW}, {"O_ACCMODE", O_ACCMODE},
    {"WNOHANG", WNOHANG}, {"WUNTRACED", WUNTRACED}, {"WCONTINUED", WCONTINUED},
    {"F_OK", F_OK}, {"R_OK", R_OK}, {"W_OK", W_OK}, {"X_OK", X_OK},
    {"SEEK_SET", SEEK_SET}, {"SEEK_CUR", SEEK_CUR}, {"SEEK_END", SEEK_END},
    {"EX_OK", 0}, {"EX_USAGE", 64}, {"EX_DATAERR", 65}, {"EX_NOINPUT", 66}, {"EX_SOFTWARE", 70},
    {"EX_OSERR", 71}, {"EX_IOERR", 74}, {"EX_NOPERM", 77}, {"EX_CONFIG", 78},
    {"_DT_DIR", DT_DIR}, {"_DT_REG", DT_REG}, {"_DT_LNK", DT_LNK}, {"_DT_UNKNOWN", DT_UNKNOWN},
    {nullptr, 0},
};

// sysconf_names, pathconf_names, confstr_names: dicts of name -> int.
bool conf_names_init(ThreadState* ts, ModuleObject* m) {
  struct Table {
    const char* attr;
    const ConfName* names;
  };
  for (Table t : {Table{"sysconf_names", kSysconfNames}, Table{"pathconf_names", kPathconfNames},
                  Table{"confstr_names", kConfstrNames}}) {
    Ref d(Value::from_obj(dict_new(ts)));
    if (!d) return false;
    for (const ConfName* c = t.names; c->name; c++)
      if (!dict_set_str(ts, d.as<DictObject>(), c->name, Value::small_int(c->value))) return false;
    if (!module_add(ts, m, t.attr, d.get())) return false;
  }
  return true;
}

bool posix_init(ThreadState* ts, ModuleObject* m) {
  for (const IntConst* c = kPosixConsts; c->name; c++)
    if (!module_add(ts, m, c->name, Value::small_int(c->value))) return false;
  // environ: a snapshot of the process environment as a dict of str (os.py wraps it).
  Ref env(Value::from_obj(dict_new(ts)));
  if (!env) return false;
  for (char** e = environ; e && *e; e++) {
    const char* eq = strchr(*e, '=');
    if (!eq) continue;
    Ref k(str_decode_utf8(ts, std::string_view(*e, size_t(eq - *e))));
    Ref v(str_decode_utf8(ts, eq + 1));
    if (!k || !v) {
      err_clear(ts);  // skip undecodable entries
      continue;
    }
    if (!dict_get(ts, env.as<DictObject>(), k.get()) &&
        !dict_set(ts, env.as<DictObject>(), k.get(), v.get()))
      return false;
  }
  if (!module_add(ts, m, "environ", env.get())) return false;
  // The result types of statvfs(), uname() and get_terminal_size().
  for (const TypeSpec* spec : {&kStatvfsSpec, &kUnameSpec, &kTerminalSizeSpec})
    if (!structseq_add_type(ts, m, spec)) return false;
  if (!conf_names_init(ts, m) || !posixmod::process_init(ts, m)) return false;
  // types.GenericAlias for the Python-source stdlib (types.py, _collections_abc.py).
  Value ga = generic_alias_type(ts);
  return ga && module_add(ts, m, "_GenericAlias", ga);
}

#undef ARGS
#undef FN

}  // namespace

const ModuleDef posix_module_def = {
    .name = "posix",
    .doc = "This module provides access to operating system functionality that is\n"
           "standardized by the C Standard and POSIX.",
    .methods = kPosixMethods,
    .init = posix_init,
};

}  // namespace minipy
