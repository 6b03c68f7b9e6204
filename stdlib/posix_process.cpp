// stdlib/posix_process.cpp — the process half of the native `posix` module:
// execv/execve, posix_spawn/posix_spawnp (file actions, process group,
// session, signal masks), the wait family (wait, wait3, wait4, waitid with
// posix.waitid_result) and the status decoders (WIFEXITED... and
// waitstatus_to_exitcode), sessions and process groups, kill/killpg, nice and
// priorities, pidfd_open, and times() with posix.times_result. The os.py
// layer builds execl*/execvp*/spawn* on these, as CPython's os.py does.
// Blocking waits go through retry_on_eintr (GIL released, PEP 475).
// Must not: run Python code between fork and exec (spawn* forks through
// os.fork(), whose child recovery lives in vm/fork.cpp; posix_spawn uses the
// C library's vfork-style clone, which never returns into the interpreter
// in the child), or keep any state between calls.
#include <sched.h>
#include <signal.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/times.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>
#include <vector>

#include "stdlib/modules.h"
#include "stdlib/posix_internal.h"
#include "stdlib/structseq.h"

extern char** environ;

namespace minipy::posixmod {

// ---------------------------------------------------------------- argv and envp
bool fs_bytes(ThreadState* ts, Value v, std::string* out) {
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
    if (!is_str(ts, hold.get()) && !is_bytes(ts, hold.get())) {
      raisef(ts, Exc::TypeError, "expected %s.__fspath__() to return str or bytes, not %s", type_name(ts, v),
             type_name(ts, hold.get()));
      return false;
    }
    v = hold.get();
  }
  *out = is_str(ts, v) ? std::string(str_view(v)) : std::string(v.as<BytesObject>()->view());
  if (out->find('\0') != std::string::npos) {
    raise(ts, Exc::ValueError, "embedded null byte");
    return false;
  }
  return true;
}

namespace {

// The arity message of CPython's old-style positional parsing (functions that
// take a pid): "f() takes exactly 2 arguments (1 given)".
bool exact_args(ThreadState* ts, const char* fname, TupleObject* kw, size_t nargs, size_t n) {
  if (!no_kwargs(ts, fname, kw)) return false;
  if (nargs == n) return true;
  raisef(ts, Exc::TypeError, "%s() takes exactly %zu argument%s (%zu given)", fname, n, n == 1 ? "" : "s", nargs);
  return false;
}

#define ARGS(fname, names, npos, nreq)                                                       \
  Value a[sizeof(names) / sizeof(names[0])] = {};                                            \
  if (!parse_args(ts, fname, args, nargs, kw, names, sizeof(names) / sizeof(names[0]), npos, \
                  sizeof(names) / sizeof(names[0]), nreq, a))                                \
    return Value();

#define FN(name) \
  Value name(ThreadState* ts, [[maybe_unused]] Value self, [[maybe_unused]] const Value* args, size_t nargs, TupleObject* kw)

// Owned C strings for exec: argv / envp arrays that point into `store`.
struct CStrings {
  std::vector<std::string> store;
  std::vector<char*> ptrs;
  char** finish() {
    ptrs.clear();
    for (auto& s : store) ptrs.push_back(s.data());
    ptrs.push_back(nullptr);
    return ptrs.data();
  }
};

// argv: a tuple or list of path-likes (messages use `what`, e.g. "execv() arg 2").
bool get_argv(ThreadState* ts, Value v, const char* not_seq, const char* empty, const char* first_empty,
              CStrings* out) {
  if (!is_tuple(ts, v) && !is_list(ts, v)) {
    raise(ts, Exc::TypeError, not_seq);
    return false;
  }
  Ref t(sequence_to_tuple(ts, v));
  if (!t) return false;
  int64_t n = tuple_size(t.get());
  if (n == 0) {
    raise(ts, Exc::ValueError, empty);
    return false;
  }
  for (int64_t i = 0; i < n; i++) {
    std::string s;
    if (!fs_bytes(ts, tuple_item(t.get(), i), &s)) return false;
    if (i == 0 && s.empty()) {
      raise(ts, Exc::ValueError, first_empty);
      return false;
    }
    out->store.push_back(std::move(s));
  }
  return true;
}

// envp from a mapping: "key=value" for each item (CPython's parse_envlist).
bool get_envp(ThreadState* ts, Value env, const char* not_mapping, CStrings* out) {
  Ref keys_fn(is_dict(ts, env) ? Value() : getattr_opt(ts, env, intern(ts, "keys")));
  if (!is_dict(ts, env) && !keys_fn) {
    if (!err_occurred(ts)) raise(ts, Exc::TypeError, not_mapping);
    return false;
  }
  Ref keys(is_dict(ts, env) ? sequence_to_tuple(ts, env) : call0(ts, keys_fn.get()));
  if (!keys) return false;
  Ref kt(sequence_to_tuple(ts, keys.get()));
  if (!kt) return false;
  for (int64_t i = 0; i < tuple_size(kt.get()); i++) {
    Value k = tuple_item(kt.get(), i);
    Ref v(getitem(ts, env, k));
    if (!v) return false;
    std::string ks, vs;
    if (!fs_bytes(ts, k, &ks) || !fs_bytes(ts, v.get(), &vs)) return false;
    if (ks.empty() || ks.find('=', 0) != std::string::npos) {
      raise(ts, Exc::ValueError, "illegal environment variable name");
      return false;
    }
    out->store.push_back(ks + "=" + vs);
  }
  return true;
}

// ---------------------------------------------------------------- exec
// execv(path, argv, /): replaces the process; returns only by raising.
FN(p_execv) {
  if (!no_kwargs(ts, "execv", kw) || !check_nargs(ts, "execv", nargs, 2, 2)) return Value();
  PathArg p;
  CStrings argv;
  if (!get_path(ts, "execv", "path", args[0], &p) ||
      !get_argv(ts, args[1], "execv() arg 2 must be a tuple or list", "execv() arg 2 must not be empty",
                "execv() arg 2 first element cannot be empty", &argv))
    return Value();
  ::execv(p.path.c_str(), argv.finish());
  return raise_errno(ts, errno);
}

// execve(path, argv, env): like execv with a new environment; errors name the path.
FN(p_execve) {
  static constexpr const char* names[] = {"path", "argv", "env"};
  ARGS("execve", names, 0, 3);
  PathArg p;
  CStrings argv, envp;
  if (!get_path(ts, "execve", "path", a[0], &p, true) ||
      !get_argv(ts, a[1], "execve: argv must be a tuple or list", "execve: argv must not be empty",
                "execve: argv first element cannot be empty", &argv) ||
      !get_envp(ts, a[2], "execve: environment must be a mapping object", &envp))
    return Value();
  if (p.fd >= 0)
    ::fexecve(p.fd, argv.finish(), envp.finish());
  else
    ::execve(p.path.c_str(), argv.finish(), envp.finish());
  return raise_errno(ts, errno, a[0]);
}

// ---------------------------------------------------------------- posix_spawn
bool get_sigset(ThreadState* ts, Value v, sigset_t* set) {
  sigemptyset(set);
  Ref it(get_iter(ts, v));
  if (!it) return false;
  while (true) {
    Ref s(iter_next(ts, it.get()));
    if (!s) return !err_occurred(ts);
    int64_t sig;
    if (!get_int(ts, s.get(), &sig)) return false;
    if (sig < 1 || sig >= NSIG) {
      raisef(ts, Exc::ValueError, "signal number %lld out of range [1; %d]", (long long)sig, NSIG - 1);
      return false;
    }
    sigaddset(set, int(sig));
  }
}

// file_actions: (POSIX_SPAWN_OPEN, fd, path, flags, mode), (POSIX_SPAWN_CLOSE, fd),
// (POSIX_SPAWN_DUP2, fd, new_fd). Paths are kept alive in `paths` until the spawn.
bool get_file_actions(ThreadState* ts, Value seq, posix_spawn_file_actions_t* fa, std::vector<std::string>* paths) {
  Ref t(sequence_to_tuple(ts, seq));
  if (!t) return false;
  paths->reserve(size_t(tuple_size(t.get())));
  for (int64_t i = 0; i < tuple_size(t.get()); i++) {
    Value item = tuple_item(t.get(), i);
    if (!is_tuple(ts, item) || tuple_size(item) == 0) {
      raise(ts, Exc::TypeError, "Each file_actions element must be a non-empty tuple");
      return false;
    }
    int64_t tag;
    if (!get_int(ts, tuple_item(item, 0), &tag)) return false;
    int64_t n = tuple_size(item);
    int err = 0;
    if (tag == 0) {  // POSIX_SPAWN_OPEN
      if (n != 5) return raise(ts, Exc::TypeError, "A open file_action tuple must have 5 elements"), false;
      int64_t fd, flags, mode;
      PathArg p;
      if (!get_int(ts, tuple_item(item, 1), &fd) || !get_path(ts, "posix_spawn", "path", tuple_item(item, 2), &p) ||
          !get_int(ts, tuple_item(item, 3), &flags) || !get_int(ts, tuple_item(item, 4), &mode))
        return false;
      paths->push_back(std::move(p.path));
      err = posix_spawn_file_actions_addopen(fa, int(fd), paths->back().c_str(), int(flags), mode_t(mode));
    } else if (tag == 1) {  // POSIX_SPAWN_CLOSE
      if (n != 2) return raise(ts, Exc::TypeError, "A close file_action tuple must have 2 elements"), false;
      int64_t fd;
      if (!get_int(ts, tuple_item(item, 1), &fd)) return false;
      err = posix_spawn_file_actions_addclose(fa, int(fd));
    } else if (tag == 2) {  // POSIX_SPAWN_DUP2
      if (n != 3) return raise(ts, Exc::TypeError, "A dup2 file_action tuple must have 3 elements"), false;
      int64_t fd, fd2;
      if (!get_int(ts, tuple_item(item, 1), &fd) || !get_int(ts, tuple_item(item, 2), &fd2)) return false;
      err = posix_spawn_file_actions_adddup2(fa, int(fd), int(fd2));
    } else {
      raise(ts, Exc::TypeError, "Unknown file_actions identifier");
      return false;
    }
    if (err) {
      raise_errno(ts, err);
      return false;
    }
  }
  return true;
}

// posix_spawn(path, argv, env, /, *, file_actions=(), setpgroup=None,
//             resetids=False, setsid=False, setsigmask=(), setsigdef=(), scheduler=None)
Value do_posix_spawn(ThreadState* ts, const char* fname, bool use_path, const Value* args, size_t nargs,
                     TupleObject* kw) {
  static constexpr const char* names[] = {"path",  "argv",       "env",       "file_actions", "setpgroup",
                                          "resetids", "setsid", "setsigmask", "setsigdef", "scheduler"};
  if (nargs != 3)
    return raisef(ts, Exc::TypeError, "%s() takes exactly 3 positional arguments (%zu given)", fname, nargs);
  Value a[10] = {};
  if (!parse_args(ts, fname, args, nargs, kw, names, 10, 3, 3, 3, a)) return Value();
  PathArg p;
  CStrings argv, envp;
  std::string msg = std::string(fname);
  if (!get_path(ts, fname, "path", a[0], &p) ||
      !get_argv(ts, a[1], (msg + ": argv must be a tuple or list").c_str(), (msg + ": argv must not be empty").c_str(),
                (msg + ": argv first element cannot be empty").c_str(), &argv) ||
      !get_envp(ts, a[2], (msg + ": environment must be a mapping object").c_str(), &envp))
    return Value();
  posix_spawnattr_t attr;
  posix_spawn_file_actions_t fa;
  posix_spawnattr_init(&attr);
  posix_spawn_file_actions_init(&fa);
  struct Cleanup {
    posix_spawnattr_t* attr;
    posix_spawn_file_actions_t* fa;
    ~Cleanup() {
      posix_spawnattr_destroy(attr);
      posix_spawn_file_actions_destroy(fa);
    }
  } cleanup{&attr, &fa};
  std::vector<std::string> paths;
  bool have_fa = false;
  if (a[3] && !a[3].is_none()) {
    if (!get_file_actions(ts, a[3], &fa, &paths)) return Value();
    have_fa = true;
  }
  short flags = 0;
  if (a[4] && !a[4].is_none()) {
    int64_t pg;
    if (!get_int(ts, a[4], &pg)) return Value();
    flags |= POSIX_SPAWN_SETPGROUP;
    posix_spawnattr_setpgroup(&attr, pid_t(pg));
  }
  auto flag_arg = [&](Value v, short bit) {
    if (!v) return 0;
    int t = truthy(ts, v);
    if (t > 0) flags |= bit;
    return t < 0 ? -1 : 0;
  };
  if (flag_arg(a[5], POSIX_SPAWN_RESETIDS) < 0 || flag_arg(a[6], POSIX_SPAWN_SETSID) < 0) return Value();
  sigset_t set;
  if (a[7] && !a[7].is_none()) {
    if (!get_sigset(ts, a[7], &set)) return Value();
    posix_spawnattr_setsigmask(&attr, &set);
    flags |= POSIX_SPAWN_SETSIGMASK;
  }
  if (a[8] && !a[8].is_none()) {
    if (!get_sigset(ts, a[8], &set)) return Value();
    posix_spawnattr_setsigdefault(&attr, &set);
    flags |= POSIX_SPAWN_SETSIGDEF;
  }
  if (a[9] && !a[9].is_none())
    return raise(ts, Exc::NotImplementedError, "minipy: posix_spawn(scheduler=...) is not supported");
  if (flags) posix_spawnattr_setflags(&attr, flags);
  pid_t pid;
  int err;
  {
    // glibc's posix_spawn is a vfork-style clone: the child never runs interpreter code.
    GilRelease unlocked(ts);
    err = use_path ? ::posix_spawnp(&pid, p.path.c_str(), have_fa ? &fa : nullptr, &attr, argv.finish(), envp.finish())
                   : ::posix_spawn(&pid, p.path.c_str(), have_fa ? &fa : nullptr, &attr, argv.finish(), envp.finish());
  }
  if (err) return raise_errno(ts, err, a[0]);
  return int_from_i64(ts, pid);
}
FN(p_posix_spawn) { return do_posix_spawn(ts, "posix_spawn", false, args, nargs, kw); }
FN(p_posix_spawnp) { return do_posix_spawn(ts, "posix_spawnp", true, args, nargs, kw); }

// ---------------------------------------------------------------- waiting
Value wait_result(ThreadState* ts, pid_t pid, int status) {
  return tuple_pack(ts, {Value::small_int(pid), Value::small_int(status)});
}

FN(p_wait) {
  if (!no_kwargs(ts, "posix.wait", kw) || !check_nargs(ts, "posix.wait", nargs, 0, 0)) return Value();
  int status = 0;
  ssize_t r = retry_on_eintr(ts, [&] { return ssize_t(::wait(&status)); });
  if (r == kSignalRaised) return Value();
  if (r < 0) return raise_errno(ts, errno);
  return wait_result(ts, pid_t(r), status);
}

// (pid, status, resource.struct_rusage) for wait3/wait4.
Value rusage_result(ThreadState* ts, pid_t pid, int status, const struct rusage& ru) {
  Ref name(str_new(ts, "resource"));
  if (!name) return Value();
  Ref mod(vm_import(ts, name.get(), Value(), Value(), 0));
  if (!mod) return Value();
  Value items[16] = {
      float_new(ts, double(ru.ru_utime.tv_sec) + double(ru.ru_utime.tv_usec) * 1e-6),
      float_new(ts, double(ru.ru_stime.tv_sec) + double(ru.ru_stime.tv_usec) * 1e-6),
      int_from_i64(ts, ru.ru_maxrss), int_from_i64(ts, ru.ru_ixrss), int_from_i64(ts, ru.ru_idrss),
      int_from_i64(ts, ru.ru_isrss), int_from_i64(ts, ru.ru_minflt), int_from_i64(ts, ru.ru_majflt),
      int_from_i64(ts, ru.ru_nswap), int_from_i64(ts, ru.ru_inblock), int_from_i64(ts, ru.ru_oublock),
      int_from_i64(ts, ru.ru_msgsnd), int_from_i64(ts, ru.ru_msgrcv), int_from_i64(ts, ru.ru_nsignals),
      int_from_i64(ts, ru.ru_nvcsw), int_from_i64(ts, ru.ru_nivcsw)};
  Ref usage(structseq_build(ts, mod.get(), "struct_rusage", items, 16));
  if (!usage) return Value();
  return tuple_pack(ts, {Value::small_int(pid), Value::small_int(status), usage.get()});
}

FN(p_wait3) {
  static constexpr const char* names[] = {"options"};
  if (nargs > 1) return raisef(ts, Exc::TypeError, "wait3() takes at most 1 argument (%zu given)", nargs);
  ARGS("wait3", names, 0, 1);
  int64_t opts;
  if (!get_int(ts, a[0], &opts)) return Value();
  int status = 0;
  struct rusage ru{};
  ssize_t r = retry_on_eintr(ts, [&] { return ssize_t(::wait3(&status, int(opts), &ru)); });
  if (r == kSignalRaised) return Value();
  if (r < 0) return raise_errno(ts, errno);
  return rusage_result(ts, pid_t(r), status, ru);
}

FN(p_wait4) {
  static constexpr const char* names[] = {"pid", "options"};
  ARGS("wait4", names, 0, 2);
  int64_t pid, opts;
  if (!get_int(ts, a[0], &pid) || !get_int(ts, a[1], &opts)) return Value();
  int status = 0;
  struct rusage ru{};
  ssize_t r = retry_on_eintr(ts, [&] { return ssize_t(::wait4(pid_t(pid), &status, int(opts), &ru)); });
  if (r == kSignalRaised) return Value();
  if (r < 0) return raise_errno(ts, errno);
  return rusage_result(ts, pid_t(r), status, ru);
}

// waitid(idtype, id, options, /) -> waitid_result, or None when WNOHANG found no child.
FN(p_waitid) {
  if (!exact_args(ts, "waitid", kw, nargs, 3)) return Value();
  int64_t idtype, id, opts;
  if (!get_int(ts, args[0], &idtype) || !get_int(ts, args[1], &id) || !get_int(ts, args[2], &opts)) return Value();
  siginfo_t info;
  std::memset(&info, 0, sizeof info);
  ssize_t r = retry_on_eintr(ts, [&] { return ssize_t(::waitid(idtype_t(idtype), id_t(id), &info, int(opts))); });
  if (r == kSignalRaised) return Value();
  if (r < 0) return raise_errno(ts, errno);
  if (info.si_pid == 0) return Value::none();
  Value items[5] = {int_from_i64(ts, info.si_pid), int_from_i64(ts, info.si_uid), Value::small_int(info.si_signo),
                    Value::small_int(info.si_status), Value::small_int(info.si_code)};
  return structseq_build(ts, self, "waitid_result", items, 5);
}

// The status decoders take `status` (positional or keyword), a C int.
bool status_arg(ThreadState* ts, const char* fname, const Value* args, size_t nargs, TupleObject* kw, int* out) {
  static constexpr const char* names[] = {"status"};
  Value a[1] = {};
  if (!parse_args(ts, fname, args, nargs, kw, names, 1, 0, 1, 1, a)) return false;
  int64_t v;
  if (!get_int(ts, a[0], &v)) return false;
  if (v > INT32_MAX || v < INT32_MIN) {
    raise(ts, Exc::OverflowError, "Python int too large to convert to C int");
    return false;
  }
  *out = int(v);
  return true;
}
#define STATUS_FN(NAME, EXPR, WRAP)                                        \
  FN(p_##NAME) {                                                           \
    int status;                                                            \
    if (!status_arg(ts, #NAME, args, nargs, kw, &status)) return Value(); \
    return WRAP(EXPR(status));                                             \
  }
STATUS_FN(WIFEXITED, WIFEXITED, Value::boolean)
STATUS_FN(WIFSIGNALED, WIFSIGNALED, Value::boolean)
STATUS_FN(WIFSTOPPED, WIFSTOPPED, Value::boolean)
STATUS_FN(WIFCONTINUED, WIFCONTINUED, Value::boolean)
STATUS_FN(WCOREDUMP, WCOREDUMP, Value::boolean)
STATUS_FN(WEXITSTATUS, WEXITSTATUS, Value::small_int)
STATUS_FN(WTERMSIG, WTERMSIG, Value::small_int)
STATUS_FN(WSTOPSIG, WSTOPSIG, Value::small_int)
#undef STATUS_FN

FN(p_waitstatus_to_exitcode) {
  int status;
  if (!status_arg(ts, "waitstatus_to_exitcode", args, nargs, kw, &status)) return Value();
  if (WIFEXITED(status)) return Value::small_int(WEXITSTATUS(status));
  if (WIFSIGNALED(status)) return Value::small_int(-WTERMSIG(status));
  if (WIFSTOPPED(status))
    return raisef(ts, Exc::ValueError, "process stopped by delivery of signal %d", WSTOPSIG(status));
  return raisef(ts, Exc::ValueError, "invalid wait status: %d", status);
}

// ---------------------------------------------------------------- sessions, groups, signals, priority
// A call that returns -1 with errno on failure, turned into None / OSError.
Value none_or_errno(ThreadState* ts, int r) { return r < 0 ? raise_errno(ts, errno) : Value::none(); }
Value int_or_errno(ThreadState* ts, long r) { return r < 0 ? raise_errno(ts, errno) : int_from_i64(ts, r); }

FN(p_setsid) {
  if (!no_kwargs(ts, "posix.setsid", kw) || !check_nargs(ts, "posix.setsid", nargs, 0, 0)) return Value();
  return none_or_errno(ts, ::setsid() < 0 ? -1 : 0);
}
FN(p_getsid) {
  if (!no_kwargs(ts, "posix.getsid", kw) || !check_nargs(ts, "posix.getsid", nargs, 1, 1)) return Value();
  int64_t pid;
  if (!get_int(ts, args[0], &pid)) return Value();
  return int_or_errno(ts, ::getsid(pid_t(pid)));
}
FN(p_setpgid) {
  if (!exact_args(ts, "setpgid", kw, nargs, 2)) return Value();
  int64_t pid, pg;
  if (!get_int(ts, args[0], &pid) || !get_int(ts, args[1], &pg)) return Value();
  return none_or_errno(ts, ::setpgid(pid_t(pid), pid_t(pg)));
}
FN(p_getpgid) {
  static constexpr const char* names[] = {"pid"};
  ARGS("getpgid", names, 0, 1);
  int64_t pid;
  if (!get_int(ts, a[0], &pid)) return Value();
  return int_or_errno(ts, ::getpgid(pid_t(pid)));
}
FN(p_getpgrp) {
  if (!no_kwargs(ts, "posix.getpgrp", kw) || !check_nargs(ts, "posix.getpgrp", nargs, 0, 0)) return Value();
  return int_from_i64(ts, ::getpgrp());
}
FN(p_setpgrp) {
  if (!no_kwargs(ts, "posix.setpgrp", kw) || !check_nargs(ts, "posix.setpgrp", nargs, 0, 0)) return Value();
  return none_or_errno(ts, ::setpgid(0, 0));
}
FN(p_killpg) {
  if (!exact_args(ts, "killpg", kw, nargs, 2)) return Value();
  int64_t pg, sig;
  if (!get_int(ts, args[0], &pg) || !get_int(ts, args[1], &sig)) return Value();
  if (::killpg(pid_t(pg), int(sig)) != 0) return raise_errno(ts, errno);
  // A signal sent to our own group may need its Python handler now.
  if (!signals_check(ts)) return Value();
  return Value::none();
}
FN(p_nice) {
  if (!no_kwargs(ts, "posix.nice", kw) || !check_nargs(ts, "posix.nice", nargs, 1, 1)) return Value();
  int64_t inc;
  if (!get_int(ts, args[0], &inc)) return Value();
  errno = 0;
  int r = ::nice(int(inc));
  if (r == -1 && errno != 0) return raise_errno(ts, errno);
  return Value::small_int(r);
}
FN(p_getpriority) {
  static constexpr const char* names[] = {"which", "who"};
  ARGS("getpriority", names, 0, 2);
  int64_t which, who;
  if (!get_int(ts, a[0], &which) || !get_int(ts, a[1], &who)) return Value();
  errno = 0;
  int r = ::getpriority(__priority_which_t(which), id_t(who));
  if (r == -1 && errno != 0) return raise_errno(ts, errno);
  return Value::small_int(r);
}
FN(p_setpriority) {
  static constexpr const char* names[] = {"which", "who", "priority"};
  ARGS("setpriority", names, 0, 3);
  int64_t which, who, prio;
  if (!get_int(ts, a[0], &which) || !get_int(ts, a[1], &who) || !get_int(ts, a[2], &prio)) return Value();
  return none_or_errno(ts, ::setpriority(__priority_which_t(which), id_t(who), int(prio)));
}
FN(p_pidfd_open) {
  static constexpr const char* names[] = {"pid", "flags"};
  ARGS("pidfd_open", names, 0, 1);
  int64_t pid, flags = 0;
  if (!get_int(ts, a[0], &pid) || (a[1] && !get_int(ts, a[1], &flags))) return Value();
  long fd = ::syscall(SYS_pidfd_open, pid_t(pid), unsigned(flags));
  return int_or_errno(ts, fd);
}
FN(p_getegid) {
  if (!no_kwargs(ts, "posix.getegid", kw) || !check_nargs(ts, "posix.getegid", nargs, 0, 0)) return Value();
  return int_from_i64(ts, ::getegid());
}
FN(p_getgroups) {
  if (!no_kwargs(ts, "posix.getgroups", kw) || !check_nargs(ts, "posix.getgroups", nargs, 0, 0)) return Value();
  int n = ::getgroups(0, nullptr);
  if (n < 0) return raise_errno(ts, errno);
  std::vector<gid_t> gs(size_t(n) + 1);
  n = ::getgroups(int(gs.size()), gs.data());
  if (n < 0) return raise_errno(ts, errno);
  Ref list(Value::from_obj(list_new(ts, 0)));
  if (!list) return Value();
  for (int i = 0; i < n; i++) {
    Ref g(int_from_i64(ts, gs[size_t(i)]));
    if (!g || !list_append(ts, list.as<ListObject>(), g.get())) return Value();
  }
  return list.release();
}
FN(p_abort) {
  if (!no_kwargs(ts, "posix.abort", kw) || !check_nargs(ts, "posix.abort", nargs, 0, 0)) return Value();
  ::abort();
}

// times() -> posix.times_result(user, system, children_user, children_system, elapsed), in seconds.
FN(p_times) {
  if (!no_kwargs(ts, "posix.times", kw) || !check_nargs(ts, "posix.times", nargs, 0, 0)) return Value();
  struct tms t;
  clock_t c = ::times(&t);
  if (c == clock_t(-1)) return raise_errno(ts, errno);
  double tick = double(::sysconf(_SC_CLK_TCK));
  Value items[5] = {float_new(ts, double(t.tms_utime) / tick), float_new(ts, double(t.tms_stime) / tick),
                    float_new(ts, double(t.tms_cutime) / tick), float_new(ts, double(t.tms_cstime) / tick),
                    float_new(ts, double(c) / tick)};
  return structseq_build(ts, self, "times_result", items, 5);
}

const MethodDef kProcessMethods[] = {
    {"execv", p_execv},
    {"execve", p_execve},
    {"posix_spawn", p_posix_spawn},
    {"posix_spawnp", p_posix_spawnp},
    {"wait", p_wait},
    {"wait3", p_wait3},
    {"wait4", p_wait4},
    {"waitid", p_waitid},
    {"WIFEXITED", p_WIFEXITED},
    {"WIFSIGNALED", p_WIFSIGNALED},
    {"WIFSTOPPED", p_WIFSTOPPED},
    {"WIFCONTINUED", p_WIFCONTINUED},
    {"WCOREDUMP", p_WCOREDUMP},
    {"WEXITSTATUS", p_WEXITSTATUS},
    {"WTERMSIG", p_WTERMSIG},
    {"WSTOPSIG", p_WSTOPSIG},
    {"waitstatus_to_exitcode", p_waitstatus_to_exitcode},
    {"setsid", p_setsid},
    {"getsid", p_getsid},
    {"setpgid", p_setpgid},
    {"getpgid", p_getpgid},
    {"getpgrp", p_getpgrp},
    {"setpgrp", p_setpgrp},
    {"killpg", p_killpg},
    {"nice", p_nice},
    {"getpriority", p_getpriority},
    {"setpriority", p_setpriority},
    {"pidfd_open", p_pidfd_open},
    {"getegid", p_getegid},
    {"getgroups", p_getgroups},
    {"abort", p_abort},
    {"times", p_times},
    {nullptr, nullptr},
};

const GetSetDef kTimesFields[] = {{"user", structseq_field<0>},
                                  {"system", structseq_field<1>},
                                  {"children_user", structseq_field<2>},
                                  {"children_system", structseq_field<3>},
                                  {"elapsed", structseq_field<4>},
                                  {nullptr, nullptr}};
const TypeSpec kTimesSpec = MINIPY_STRUCTSEQ_SPEC("posix.times_result", kTimesFields);
const GetSetDef kWaitidFields[] = {{"si_pid", structseq_field<0>},    {"si_uid", structseq_field<1>},
                                   {"si_signo", structseq_field<2>},  {"si_status", structseq_field<3>},
                                   {"si_code", structseq_field<4>},   {nullptr, nullptr}};
const TypeSpec kWaitidSpec = MINIPY_STRUCTSEQ_SPEC("posix.waitid_result", kWaitidFields);

struct IntConst {
  const char* name;
  int64_t value;
};
const IntConst kProcessConsts[] = {
    {"WEXITED", WEXITED}, {"WSTOPPED", WSTOPPED}, {"WNOWAIT", WNOWAIT},
    {"P_PID", P_PID}, {"P_PGID", P_PGID}, {"P_ALL", P_ALL}, {"P_PIDFD", 3},
    {"CLD_EXITED", CLD_EXITED}, {"CLD_KILLED", CLD_KILLED}, {"CLD_DUMPED", CLD_DUMPED},
    {"CLD_TRAPPED", CLD_TRAPPED}, {"CLD_STOPPED", CLD_STOPPED}, {"CLD_CONTINUED", CLD_CONTINUED},
    {"POSIX_SPAWN_OPEN", 0}, {"POSIX_SPAWN_CLOSE", 1}, {"POSIX_SPAWN_DUP2", 2},
    {"PRIO_PROCESS", PRIO_PROCESS}, {"PRIO_PGRP", PRIO_PGRP}, {"PRIO_USER", PRIO_USER},
    {nullptr, 0},
};

#undef ARGS
#undef FN

}  // namespace

bool process_init(ThreadState* ts, ModuleObject* m) {
  Ref modname(str_new(ts, "posix"));
  if (!modname) return false;
  for (const MethodDef* md = kProcessMethods; md->name; ++md) {
    Ref fn(builtin_function_new(ts, md, Value::from_obj(m), modname.get()));
    if (!fn || !module_add(ts, m, md->name, fn.get())) return false;
  }
  for (const IntConst* c = kProcessConsts; c->name; c++)
    if (!module_add(ts, m, c->name, Value::small_int(c->value))) return false;
  return structseq_add_type(ts, m, &kTimesSpec) && structseq_add_type(ts, m, &kWaitidSpec);
}

}  // namespace minipy::posixmod
