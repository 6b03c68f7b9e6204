// stdlib/_posixsubprocess.cpp — the native `_posixsubprocess` module:
// fork_exec(), which starts a child process for subprocess.Popen.
//
// Everything the child needs (argv, envp, the executable candidates, the
// directory) is converted to C strings BEFORE fork(): after fork() the child
// runs only async-signal-safe calls (dup2, close, chdir, execve, write, _exit)
// and never touches Python objects, the allocator or the GIL, so a fork from a
// process with other threads is safe. If exec fails (or an earlier step), the
// child writes "OSError:<errno in hex>:" (plus "noexec" when no exec was
// tried) or "SubprocessError:0:<message>" on errpipe_write and exits with 255;
// subprocess.py reads that pipe, which closes on a successful exec because it
// is close-on-exec. A preexec_fn needs Python in the child: then the fork goes
// through os.fork()'s machinery (vm/fork.cpp) and preexec_fn runs before the
// same native steps. _write_nosigpipe() is the write subprocess.communicate()
// uses for a child's stdin (see below).
// Must not: allocate or call into the runtime in the child (except preexec_fn),
// or keep any state between calls.
#include <fcntl.h>
#include <grp.h>
#include <pthread.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/types.h>
#include <unistd.h>

#include <cerrno>
#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "stdlib/modules.h"

namespace minipy {

// os.fork() with the interpreter's child-side recovery (vm/fork.cpp).
Value posix_fork(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw);

namespace {

// A str (UTF-8), bytes or os.PathLike argument as bytes.
bool to_bytes(ThreadState* ts, Value v, const char* what, std::string* out) {
  Ref hold;
  if (!is_str(ts, v) && !is_bytes(ts, v)) {
    bool is_method = false;
    Ref f(lookup_special(ts, v, ts->interp->names.__fspath__, &is_method));
    if (!f) {
      if (!err_occurred(ts))
        raisef(ts, Exc::TypeError, "expected str, bytes or os.PathLike object, not %s", type_name(ts, v));
      return false;
    }
    hold.reset(is_method ? call1(ts, f.get(), v) : call0(ts, f.get()));
    if (!hold) return false;
    v = hold.get();
    if (!is_str(ts, v) && !is_bytes(ts, v)) {
      raisef(ts, Exc::TypeError, "expected str, bytes or os.PathLike object, not %s", type_name(ts, v));
      return false;
    }
  }
  if (is_str(ts, v)) {
    *out = std::string(str_view(v));
  } else {
    *out = std::string(v.as<BytesObject>()->view());
  }
  if (out->find('\0') != std::string::npos) {
    raisef(ts, Exc::ValueError, "embedded null byte");
    return false;
  }
  (void)what;
  return true;
}

// A sequence of path-likes as a vector of byte strings.
bool to_bytes_list(ThreadState* ts, Value seq, const char* what, std::vector<std::string>* out) {
  Ref t(sequence_to_tuple(ts, seq));
  if (!t) return false;
  int64_t n = tuple_size(t.get());
  out->reserve(size_t(n));
  for (int64_t i = 0; i < n; i++) {
    std::string s;
    if (!to_bytes(ts, tuple_item(t.get(), i), what, &s)) return false;
    out->push_back(std::move(s));
  }
  return true;
}

bool to_int(ThreadState* ts, Value v, int64_t* out) {
  if (is_float(ts, v)) {
    raise(ts, Exc::TypeError, "'float' object cannot be interpreted as an integer");
    return false;
  }
  return index_i64(ts, v, out);
}

// ---------------------------------------------------------------- the child (async-signal-safe only)

void write_all(int fd, const char* p, size_t n) {
  while (n > 0) {
    ssize_t w = ::write(fd, p, n);
    if (w < 0) {
      if (errno == EINTR) continue;
      return;
    }
    p += w;
    n -= size_t(w);
  }
}

void write_str(int fd, const char* s) { write_all(fd, s, strlen(s)); }

bool set_inheritable(int fd) {
  int flags = ::fcntl(fd, F_GETFD);
  if (flags < 0) return false;
  if (!(flags & FD_CLOEXEC)) return true;
  return ::fcntl(fd, F_SETFD, flags & ~FD_CLOEXEC) == 0;
}

// Close the descriptors lo..hi (hi == -1: to the end).
void close_between(int lo, int hi, long max_fd) {
  if (hi != -1 && hi < lo) return;
#ifdef SYS_close_range
  if (::syscall(SYS_close_range, unsigned(lo), hi == -1 ? ~0U : unsigned(hi), 0) == 0) return;
#endif
  int end = hi == -1 ? int(max_fd) - 1 : hi;
  for (int fd = lo; fd <= end; fd++) ::close(fd);
}

// Close every descriptor >= 3 except those in keep (sorted ascending).
void close_fds_except(const int* keep, size_t nkeep, long max_fd) {
  int lo = 3;
  for (size_t i = 0; i < nkeep; i++) {
    if (keep[i] < lo) continue;
    close_between(lo, keep[i] - 1, max_fd);
    lo = keep[i] + 1;
  }
  close_between(lo, -1, max_fd);
}

struct ChildPlan {
  std::vector<char*> argv;
  std::vector<char*> envp;
  bool have_env = false;
  std::vector<const char*> exec_list;
  const char* cwd = nullptr;
  std::vector<int> keep_fds;  // pass_fds + errpipe_write, sorted
  std::vector<int> pass_fds;
  bool close_fds = true;
  int p2cread = -1, p2cwrite = -1, c2pread = -1, c2pwrite = -1, errread = -1, errwrite = -1;
  int errpipe_read = -1, errpipe_write = -1;
  bool restore_signals = false, call_setsid = false;
  int64_t pgid_to_set = -1, gid = -1, uid = -1, child_umask = -1;
  bool have_groups = false;
  std::vector<gid_t> groups;
  long max_fd = 256;
};

// Report errno (or a message when err == 0) to the parent and exit.
[[noreturn]] void child_fail(const ChildPlan& p, int err, bool exec_tried, const char* msg) {
  int fd = p.errpipe_write;
  if (err != 0) {
    char hex[2 * sizeof(int) + 1];
    char* cur = hex + sizeof hex;
    unsigned u = unsigned(err);
    while (u != 0 && cur != hex) {
      *--cur = "0123456789abcdef"[u % 16];
      u /= 16;
    }
    write_str(fd, "OSError:");
    write_all(fd, cur, size_t(hex + sizeof hex - cur));
    write_str(fd, ":");
    if (!exec_tried) write_str(fd, "noexec");
  } else {
    write_str(fd, "SubprocessError:0:");
    write_str(fd, msg);
  }
  ::_exit(255);
}

[[noreturn]] void child_exec(ChildPlan& p) {
  // The parent's ends of the pipes.
  if (p.p2cwrite != -1) ::close(p.p2cwrite);
  if (p.c2pread != -1) ::close(p.c2pread);
  if (p.errread != -1) ::close(p.errread);
  ::close(p.errpipe_read);
  // Keep the child's ends out of 0..2 before they are moved there.
  if (p.c2pwrite == 0) {
    p.c2pwrite = ::dup(p.c2pwrite);
    if (p.c2pwrite < 0) child_fail(p, errno, false, nullptr);
  }
  while (p.errwrite == 0 || p.errwrite == 1) {
    p.errwrite = ::dup(p.errwrite);
    if (p.errwrite < 0) child_fail(p, errno, false, nullptr);
  }
  struct {
    int fd, target;
  } moves[3] = {{p.p2cread, 0}, {p.c2pwrite, 1}, {p.errwrite, 2}};
  for (auto& m : moves) {
    if (m.fd == -1) continue;
    if (m.fd == m.target) {
      if (!set_inheritable(m.fd)) child_fail(p, errno, false, nullptr);
    } else if (::dup2(m.fd, m.target) < 0) {
      child_fail(p, errno, false, nullptr);
    }
  }
  if (p.cwd && ::chdir(p.cwd) < 0) child_fail(p, errno, false, nullptr);
  if (p.child_umask >= 0) ::umask(mode_t(p.child_umask));
  if (p.restore_signals) {
    ::signal(SIGPIPE, SIG_DFL);
    ::signal(SIGXFSZ, SIG_DFL);
  }
  if (p.call_setsid && ::setsid() < 0) child_fail(p, errno, false, nullptr);
  if (p.pgid_to_set >= 0 && ::setpgid(0, pid_t(p.pgid_to_set)) < 0) child_fail(p, errno, false, nullptr);
  if (p.have_groups && ::setgroups(p.groups.size(), p.groups.data()) < 0) child_fail(p, errno, false, nullptr);
  if (p.gid >= 0 && ::setregid(gid_t(p.gid), gid_t(p.gid)) < 0) child_fail(p, errno, false, nullptr);
  if (p.uid >= 0 && ::setreuid(uid_t(p.uid), uid_t(p.uid)) < 0) child_fail(p, errno, false, nullptr);
  // pass_fds become inheritable; the error pipe must stay close-on-exec.
  for (int fd : p.pass_fds)
    if (fd != p.errpipe_write && !set_inheritable(fd)) child_fail(p, errno, false, nullptr);
  if (p.close_fds) close_fds_except(p.keep_fds.data(), p.keep_fds.size(), p.max_fd);
  // Try each candidate; report the first error that is not "not found here".
  int saved = 0;
  for (const char* exe : p.exec_list) {
    if (p.have_env)
      ::execve(exe, p.argv.data(), p.envp.data());
    else
      ::execv(exe, p.argv.data());
    if (errno != ENOENT && errno != ENOTDIR && saved == 0) saved = errno;
  }
  child_fail(p, saved ? saved : errno, true, nullptr);
}

// fork_exec(args, executable_list, close_fds, pass_fds, cwd, env,
//           p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite,
//           errpipe_read, errpipe_write, restore_signals, call_setsid,
//           pgid_to_set, gid, extra_groups, uid, child_umask, preexec_fn) -> pid
Value f_fork_exec(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "fork_exec", kw)) return Value();
  if (nargs != 22) return raisef(ts, Exc::TypeError, "fork_exec() takes exactly 22 arguments (%zu given)", nargs);
  ChildPlan plan;
  std::vector<std::string> argv_s, exec_s, env_s;
  std::string cwd_s;
  int close_fds = truthy(ts, args[2]);
  if (close_fds < 0) return Value();
  plan.close_fds = close_fds != 0;
  if (!args[0].is_none() && !to_bytes_list(ts, args[0], "args", &argv_s)) return Value();
  if (!to_bytes_list(ts, args[1], "executable_list", &exec_s)) return Value();
  if (exec_s.empty()) return raise(ts, Exc::ValueError, "fork_exec(): executable_list must not be empty");
  {
    Ref fds(sequence_to_tuple(ts, args[3]));
    if (!fds) return Value();
    for (int64_t i = 0; i < tuple_size(fds.get()); i++) {
      int64_t fd;
      if (!to_int(ts, tuple_item(fds.get(), i), &fd)) return Value();
      if (fd < 0 || fd > INT32_MAX) return raise(ts, Exc::ValueError, "bad value(s) in fds_to_keep");
      if (!plan.pass_fds.empty() && fd <= plan.pass_fds.back())
        return raise(ts, Exc::ValueError, "bad value(s) in fds_to_keep");
      plan.pass_fds.push_back(int(fd));
    }
  }
  if (!args[4].is_none()) {
    if (!to_bytes(ts, args[4], "cwd", &cwd_s)) return Value();
  }
  if (!args[5].is_none()) {
    plan.have_env = true;
    if (!to_bytes_list(ts, args[5], "env", &env_s)) return Value();
  }
  int* ints[] = {&plan.p2cread, &plan.p2cwrite, &plan.c2pread,      &plan.c2pwrite,
                 &plan.errread, &plan.errwrite, &plan.errpipe_read, &plan.errpipe_write};
  for (int i = 0; i < 8; i++) {
    int64_t v;
    if (!to_int(ts, args[6 + i], &v)) return Value();
    *ints[i] = int(v);
  }
  int r = truthy(ts, args[14]);
  if (r < 0) return Value();
  plan.restore_signals = r != 0;
  r = truthy(ts, args[15]);
  if (r < 0) return Value();
  plan.call_setsid = r != 0;
  if (!to_int(ts, args[16], &plan.pgid_to_set)) return Value();
  if (!args[17].is_none() && !to_int(ts, args[17], &plan.gid)) return Value();
  if (!args[18].is_none()) {
    Ref gs(sequence_to_tuple(ts, args[18]));
    if (!gs) return Value();
    plan.have_groups = true;
    for (int64_t i = 0; i < tuple_size(gs.get()); i++) {
      int64_t g;
      if (!to_int(ts, tuple_item(gs.get(), i), &g)) return Value();
      plan.groups.push_back(gid_t(g));
    }
  }
  if (!args[19].is_none() && !to_int(ts, args[19], &plan.uid)) return Value();
  if (!to_int(ts, args[20], &plan.child_umask)) return Value();
  Value preexec_fn = args[21];
  if (!preexec_fn.is_none() && !is_callable(ts, preexec_fn))
    return raise(ts, Exc::TypeError, "preexec_fn must be callable");

  // C arrays for exec, built before fork.
  for (auto& s : argv_s) plan.argv.push_back(s.data());
  plan.argv.push_back(nullptr);
  for (auto& s : env_s) plan.envp.push_back(s.data());
  plan.envp.push_back(nullptr);
  for (auto& s : exec_s) plan.exec_list.push_back(s.c_str());
  if (!args[4].is_none()) plan.cwd = cwd_s.c_str();
  plan.keep_fds = plan.pass_fds;
  plan.keep_fds.push_back(plan.errpipe_write);
  std::sort(plan.keep_fds.begin(), plan.keep_fds.end());
  plan.keep_fds.erase(std::unique(plan.keep_fds.begin(), plan.keep_fds.end()), plan.keep_fds.end());
  long open_max = ::sysconf(_SC_OPEN_MAX);
  plan.max_fd = open_max > 0 ? std::min(open_max, 1L << 20) : 256;

  pid_t pid;
  if (preexec_fn.is_none()) {
    pid = ::fork();
    if (pid < 0) return raise_errno(ts, errno);
    if (pid == 0) child_exec(plan);
    return int_from_i64(ts, pid);
  }
  Ref res(posix_fork(ts, Value(), nullptr, 0, nullptr));
  if (!res) return Value();
  int64_t got;
  if (!int_as_i64(ts, res.get(), &got)) return Value();
  if (got != 0) return res.release();
  // The child, with a working interpreter: run preexec_fn, then exec.
  Ref out(call0(ts, preexec_fn));
  if (!out) child_fail(plan, 0, false, "Exception occurred in preexec_fn.");
  child_exec(plan);
}

// _write_nosigpipe(fd, data) -> bytes written. os.write() for the parent's
// end of a child's stdin: with SIGPIPE blocked for the call (and a SIGPIPE it
// raised consumed), a child that exited early gives BrokenPipeError instead of
// killing the interpreter, which (unlike CPython) does not ignore SIGPIPE.
Value f_write_nosigpipe(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "_write_nosigpipe", kw) || !check_nargs(ts, "_write_nosigpipe", nargs, 2, 2)) return Value();
  int64_t fd;
  if (!to_int(ts, args[0], &fd)) return Value();
  std::string_view data;
  if (!bytes_like_view(ts, args[1], &data)) return Value();
  sigset_t pipe_set, old_mask, pending;
  sigemptyset(&pipe_set);
  sigaddset(&pipe_set, SIGPIPE);
  sigemptyset(&pending);
  ::pthread_sigmask(SIG_BLOCK, &pipe_set, &old_mask);
  ::sigpending(&pending);
  bool was_pending = sigismember(&pending, SIGPIPE) == 1;
  ssize_t n;
  int err;
  {
    GilRelease unlocked(ts);
    do n = ::write(int(fd), data.data(), data.size()); while (n < 0 && errno == EINTR);
    err = errno;
  }
  if (n < 0 && err == EPIPE && !was_pending) {
    struct timespec zero = {0, 0};
    while (::sigtimedwait(&pipe_set, nullptr, &zero) < 0 && errno == EINTR) {
    }
  }
  ::pthread_sigmask(SIG_SETMASK, &old_mask, nullptr);
  if (n < 0) return raise_errno(ts, err);
  return int_from_i64(ts, n);
}

const MethodDef kMethods[] = {
    {"fork_exec", f_fork_exec},
    {"_write_nosigpipe", f_write_nosigpipe},
    {nullptr, nullptr},
};

}  // namespace

const ModuleDef posixsubprocess_module_def = {
    .name = "_posixsubprocess",
    .doc = "A POSIX helper for the subprocess module.",
    .methods = kMethods,
};

}  // namespace minipy
