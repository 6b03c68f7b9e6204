// stdlib/faulthandlermodule.cpp — the native `faulthandler` module: dump the
// Python stack of every thread (dump_traceback), print it on a fatal signal
// (enable/disable/is_enabled: SIGSEGV, SIGFPE, SIGABRT, SIGBUS, SIGILL), after
// a timeout (dump_traceback_later, from a watchdog thread), or on a user signal
// (register/unregister). The text is CPython's ("Current thread 0x... (most
// recent call first):" / "  File "x.py", line N in f"), written straight to a
// file descriptor.
//
// Signals are process-wide but minipy keeps no process-wide state: the
// handlers find this module's state through the crashing thread's
// ThreadState (current_thread_state() -> its interpreter -> sys.modules).
// The dump code runs inside signal handlers: it must not allocate or lock.
#include <signal.h>
#include <unistd.h>

#include <chrono>
#include <cmath>
#include <condition_variable>
#include <cstring>
#include <mutex>
#include <thread>

#include "stdlib/modules.h"
#include "vm/frame.h"

namespace minipy {

namespace {

constexpr int kMaxFrameDepth = 100;
constexpr int kMaxThreads = 100;
constexpr int64_t kMaxStringLength = 500;

struct FatalSignal {
  int signum;
  const char* name;
};
const FatalSignal kFatalSignals[] = {
    {SIGBUS, "Bus error"}, {SIGILL, "Illegal instruction"}, {SIGFPE, "Floating point exception"},
    {SIGABRT, "Aborted"}, {SIGSEGV, "Segmentation fault"},
};
constexpr int kNumFatal = int(sizeof kFatalSignals / sizeof kFatalSignals[0]);

struct UserSignal {
  bool enabled = false;
  int fd = 2;
  bool all_threads = true;
  bool chain = false;
  Value file;  // owned: keeps the file (and its fd) alive
  struct sigaction previous;
};

// Everything the module needs, per interpreter (ModuleObject::state).
struct FaultState {
  Interpreter* interp = nullptr;
  // Fatal signal handling (enable/disable).
  bool enabled = false;
  int fd = 2;
  bool all_threads = true;
  Value file;  // owned
  struct sigaction previous[kNumFatal];
  // dump_traceback_later's watchdog.
  std::mutex mu;
  std::condition_variable cv;
  std::thread watchdog;
  bool watchdog_running = false;
  bool cancel = false;
  int64_t timeout_us = 0;
  bool repeat = false;
  bool exit = false;
  int later_fd = 2;
  Value later_file;  // owned
  // register() / unregister().
  UserSignal user[NSIG];
};

// ------------------------------------------------------------------ async-signal-safe output
void put(int fd, const char* s, size_t n) {
  while (n > 0) {
    ssize_t w = ::write(fd, s, n);
    if (w < 0) {
      if (errno == EINTR) continue;
      return;
    }
    s += w;
    n -= size_t(w);
  }
}
void puts_fd(int fd, const char* s) { put(fd, s, std::strlen(s)); }

void put_decimal(int fd, uint64_t v) {
  char buf[24];
  int i = sizeof buf;
  do {
    buf[--i] = char('0' + v % 10);
    v /= 10;
  } while (v);
  put(fd, buf + i, sizeof buf - size_t(i));
}

void put_hex(int fd, uint64_t v, int width) {
  char buf[20];
  for (int i = width - 1; i >= 0; --i) {
    buf[i] = "0123456789abcdef"[v & 0xF];
    v >>= 4;
  }
  put(fd, buf, size_t(width));
}

// Text as CPython's _Py_DumpASCII: printable ASCII as is, the rest escaped.
void put_ascii(int fd, std::string_view s) {
  size_t i = 0;
  int64_t count = 0;
  while (i < s.size()) {
    if (count++ >= kMaxStringLength) {
      puts_fd(fd, "...");
      return;
    }
    unsigned char c = static_cast<unsigned char>(s[i]);
    uint32_t cp = c;
    size_t len = 1;
    if (c >= 0xF0 && i + 3 < s.size()) {
      cp = (uint32_t(c & 0x07) << 18) | (uint32_t(s[i + 1] & 0x3F) << 12) | (uint32_t(s[i + 2] & 0x3F) << 6) |
           uint32_t(s[i + 3] & 0x3F);
      len = 4;
    } else if (c >= 0xE0 && i + 2 < s.size()) {
      cp = (uint32_t(c & 0x0F) << 12) | (uint32_t(s[i + 1] & 0x3F) << 6) | uint32_t(s[i + 2] & 0x3F);
      len = 3;
    } else if (c >= 0xC0 && i + 1 < s.size()) {
      cp = (uint32_t(c & 0x1F) << 6) | uint32_t(s[i + 1] & 0x3F);
      len = 2;
    }
    i += len;
    if (cp >= ' ' && cp <= 126) {
      char ch = char(cp);
      put(fd, &ch, 1);
    } else if (cp <= 0xFF) {
      puts_fd(fd, "\\x");
      put_hex(fd, cp, 2);
    } else if (cp <= 0xFFFF) {
      puts_fd(fd, "\\u");
      put_hex(fd, cp, 4);
    } else {
      puts_fd(fd, "\\U");
      put_hex(fd, cp, 8);
    }
  }
}

void dump_frame(int fd, Frame* f) {
  puts_fd(fd, "  File ");
  CodeObject* co = f->code;
  if (co && co->filename && co->filename.is_obj()) {
    puts_fd(fd, "\"");
    put_ascii(fd, co->filename.as<StrObject>()->view());
    puts_fd(fd, "\"");
  } else {
    puts_fd(fd, "???");
  }
  puts_fd(fd, ", line ");
  int line = co ? frame_lineno(f) : -1;
  if (line >= 0) put_decimal(fd, uint64_t(line));
  else puts_fd(fd, "???");
  puts_fd(fd, " in ");
  if (co && co->name && co->name.is_obj()) put_ascii(fd, co->name.as<StrObject>()->view());
  else puts_fd(fd, "???");
  puts_fd(fd, "\n");
}

void dump_frames(int fd, ThreadState* t, bool header) {
  if (header) puts_fd(fd, "Stack (most recent call first):\n");
  Frame* f = t->frame;
  if (!f) {
    puts_fd(fd, "  <no Python frame>\n");
    return;
  }
  for (int depth = 0; f; f = f->previous, ++depth) {
    if (depth >= kMaxFrameDepth) {
      puts_fd(fd, "  ...\n");
      break;
    }
    dump_frame(fd, f);
  }
}

// Every thread of the interpreter, the most recent first (CPython's order).
void dump_threads(int fd, Interpreter* interp, ThreadState* current) {
  const std::vector<ThreadState*>& threads = interp->threads;
  int n = 0;
  for (size_t i = threads.size(); i-- > 0;) {
    ThreadState* t = threads[i];
    if (n) puts_fd(fd, "\n");
    if (n >= kMaxThreads) {
      puts_fd(fd, "...\n");
      break;
    }
    puts_fd(fd, t == current ? "Current thread 0x" : "Thread 0x");
    put_hex(fd, t->thread_id, 16);
    puts_fd(fd, " (most recent call first):\n");
    dump_frames(fd, t, false);
    ++n;
  }
}

// This module's state for the interpreter of `ts` (no allocation: a scan of sys.modules).
FaultState* state_of(Interpreter* interp) {
  if (!interp || !interp->modules) return nullptr;
  int64_t pos = 0;
  Value k, v;
  while (dict_next(interp->modules, &pos, &k, &v)) {
    if (!k.is_obj() || !v.is_obj() || k.obj()->type != interp->types.str) continue;
    if (k.as<StrObject>()->view() != "faulthandler") continue;
    if (v.obj()->type != interp->types.module) return nullptr;
    auto* m = v.as<ModuleObject>();
    return m->def == &faulthandler_module_def ? static_cast<FaultState*>(m->state) : nullptr;
  }
  return nullptr;
}

// ------------------------------------------------------------------ fatal signals
void fatal_handler(int signum) {
  int saved_errno = errno;
  ThreadState* ts = current_thread_state();
  FaultState* st = ts ? state_of(ts->interp) : nullptr;
  int idx = -1;
  for (int i = 0; i < kNumFatal; ++i)
    if (kFatalSignals[i].signum == signum) idx = i;
  if (st && st->enabled && idx >= 0) {
    int fd = st->fd;
    puts_fd(fd, "Fatal Python error: ");
    puts_fd(fd, kFatalSignals[idx].name);
    puts_fd(fd, "\n\n");
    if (st->all_threads) dump_threads(fd, st->interp, ts);
    else dump_frames(fd, ts, true);
    // Back to the previous handler, then let the signal do its work.
    sigaction(signum, &st->previous[idx], nullptr);
    st->enabled = false;
  } else {
    signal(signum, SIG_DFL);
  }
  errno = saved_errno;
  ::raise(signum);
}

void user_handler(int signum) {
  int saved_errno = errno;
  ThreadState* ts = current_thread_state();
  FaultState* st = ts ? state_of(ts->interp) : nullptr;
  if (st && signum > 0 && signum < NSIG && st->user[signum].enabled) {
    UserSignal& u = st->user[signum];
    if (u.all_threads) dump_threads(u.fd, st->interp, ts);
    else dump_frames(u.fd, ts, true);
    if (u.chain) {
      // Call the previous handler too (as CPython: by re-raising with it installed).
      struct sigaction mine;
      sigaction(signum, &u.previous, &mine);
      ::raise(signum);
      sigaction(signum, &mine, nullptr);
    }
  }
  errno = saved_errno;
}

// ------------------------------------------------------------------ arguments
FaultState* module_state(Value self) { return static_cast<FaultState*>(self.as<ModuleObject>()->state); }

// The fd of `file` (an int, a file object, or null/None for sys.stderr),
// flushing a file object first; *keep receives the object to keep alive.
bool file_fd(ThreadState* ts, Value file, int* fd, Value* keep) {
  if (!file || file.is_none()) {
    file = current_std_stream(ts, 2);
    if (!file || file.is_none()) {
      raise(ts, Exc::RuntimeError, "sys.stderr is None");
      return false;
    }
  }
  if (is_int(ts, file)) {
    int64_t n;
    if (!int_as_i64(ts, file, &n)) return false;
    if (n < 0) {
      raise(ts, Exc::ValueError, "file is not a valid file descripter");
      return false;
    }
    *fd = int(n);
    *keep = Value();
    return true;
  }
  Ref r(call_method0(ts, file, "fileno"));
  if (!r) return false;
  int64_t n;
  if (!is_int(ts, r.get())) {
    raise(ts, Exc::RuntimeError, "file.fileno() is not a valid file descriptor");
    return false;
  }
  if (!int_as_i64(ts, r.get(), &n)) return false;
  if (n < 0) {
    raise(ts, Exc::ValueError, "file is not a valid file descripter");
    return false;
  }
  Ref fl(call_method0(ts, file, "flush"));
  if (!fl) err_clear(ts);  // like CPython: a failing flush is ignored
  *fd = int(n);
  *keep = file;
  return true;
}

bool bool_arg(ThreadState* ts, Value v, bool dflt, bool* out) {
  if (!v) {
    *out = dflt;
    return true;
  }
  int t = truthy(ts, v);
  if (t < 0) return false;
  *out = t != 0;
  return true;
}

void set_owned(Value* slot, Value v) {
  Value old = *slot;
  *slot = v ? newref(v) : Value();
  decref(old);
}

// dump_traceback(file=sys.stderr, all_threads=True)
Value fh_dump_traceback(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  static constexpr const char* kNames[] = {"file", "all_threads"};
  Value a[2];
  if (!parse_args(ts, "dump_traceback", args, nargs, kw, kNames, 2, 0, 2, 0, a)) return Value();
  int fd;
  Value keep;
  bool all;
  if (!file_fd(ts, a[0], &fd, &keep) || !bool_arg(ts, a[1], true, &all)) return Value();
  if (all) dump_threads(fd, ts->interp, ts);
  else dump_frames(fd, ts, true);
  return Value::none();
}

// enable(file=sys.stderr, all_threads=True)
Value fh_enable(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  static constexpr const char* kNames[] = {"file", "all_threads"};
  Value a[2];
  if (!parse_args(ts, "enable", args, nargs, kw, kNames, 2, 0, 2, 0, a)) return Value();
  FaultState* st = module_state(self);
  int fd;
  Value keep;
  bool all;
  if (!file_fd(ts, a[0], &fd, &keep) || !bool_arg(ts, a[1], true, &all)) return Value();
  set_owned(&st->file, keep);
  st->fd = fd;
  st->all_threads = all;
  if (!st->enabled) {
    for (int i = 0; i < kNumFatal; ++i) {
      struct sigaction sa;
      std::memset(&sa, 0, sizeof sa);
      sa.sa_handler = fatal_handler;
      sigemptyset(&sa.sa_mask);
      sa.sa_flags = SA_NODEFER | SA_ONSTACK;
      if (sigaction(kFatalSignals[i].signum, &sa, &st->previous[i]) < 0) return raise_errno(ts, errno);
    }
    st->enabled = true;
  }
  return Value::none();
}

// disable() -> whether the fault handler was enabled
Value fh_disable(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "disable", kw) || !check_nargs(ts, "disable", nargs, 0, 0)) return Value();
  FaultState* st = module_state(self);
  if (!st->enabled) return Value::False();
  for (int i = 0; i < kNumFatal; ++i) sigaction(kFatalSignals[i].signum, &st->previous[i], nullptr);
  st->enabled = false;
  set_owned(&st->file, Value());
  return Value::True();
}

Value fh_is_enabled(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "is_enabled", kw) || !check_nargs(ts, "is_enabled", nargs, 0, 0)) return Value();
  return Value::boolean(module_state(self)->enabled);
}

// ------------------------------------------------------------------ dump_traceback_later
void watchdog_main(FaultState* st) {
  std::unique_lock<std::mutex> lock(st->mu);
  while (true) {
    bool cancelled = st->cv.wait_for(lock, std::chrono::microseconds(st->timeout_us), [st] { return st->cancel; });
    if (cancelled) break;
    // "Timeout (H:MM:SS[.ffffff])!" then every thread, none of them current.
    int fd = st->later_fd;
    int64_t us = st->timeout_us % 1000000;
    int64_t sec = st->timeout_us / 1000000;
    puts_fd(fd, "Timeout (");
    put_decimal(fd, uint64_t(sec / 3600));
    char buf[16];
    std::snprintf(buf, sizeof buf, ":%02d:%02d", int(sec / 60 % 60), int(sec % 60));
    puts_fd(fd, buf);
    if (us) {
      std::snprintf(buf, sizeof buf, ".%06d", int(us));
      puts_fd(fd, buf);
    }
    puts_fd(fd, ")!\n");
    dump_threads(fd, st->interp, nullptr);
    if (st->exit) _exit(1);
    if (!st->repeat) break;
  }
}

void stop_watchdog(FaultState* st) {
  if (!st->watchdog_running) return;
  {
    std::lock_guard<std::mutex> lock(st->mu);
    st->cancel = true;
  }
  st->cv.notify_all();
  st->watchdog.join();
  st->watchdog_running = false;
}

// dump_traceback_later(timeout, repeat=False, file=sys.stderr, exit=False)
Value fh_dump_later(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  static constexpr const char* kNames[] = {"timeout", "repeat", "file", "exit"};
  Value a[4];
  if (!parse_args(ts, "dump_traceback_later", args, nargs, kw, kNames, 4, 0, 4, 1, a)) return Value();
  double timeout;
  if (!as_double(ts, a[0], &timeout)) return Value();
  if (!(timeout > 0)) return raise(ts, Exc::ValueError, "timeout must be greater than 0");
  if (timeout * 1e6 > double(INT64_MAX / 2)) return raise(ts, Exc::OverflowError, "timeout value is too large");
  bool repeat, exit;
  int fd;
  Value keep;
  if (!bool_arg(ts, a[1], false, &repeat) || !file_fd(ts, a[2], &fd, &keep) || !bool_arg(ts, a[3], false, &exit))
    return Value();
  FaultState* st = module_state(self);
  {
    GilRelease unlocked(ts);
    stop_watchdog(st);
  }
  set_owned(&st->later_file, keep);
  st->later_fd = fd;
  st->timeout_us = int64_t(std::llround(timeout * 1e6));
  st->repeat = repeat;
  st->exit = exit;
  st->cancel = false;
  st->watchdog = std::thread(watchdog_main, st);
  st->watchdog_running = true;
  return Value::none();
}

Value fh_cancel_later(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "cancel_dump_traceback_later", kw) ||
      !check_nargs(ts, "cancel_dump_traceback_later", nargs, 0, 0))
    return Value();
  FaultState* st = module_state(self);
  {
    GilRelease unlocked(ts);
    stop_watchdog(st);
  }
  set_owned(&st->later_file, Value());
  return Value::none();
}

// ------------------------------------------------------------------ register / unregister
bool signum_arg(ThreadState* ts, Value v, int* out) {
  Ref i(index(ts, v));
  int64_t n;
  if (!i || !int_as_i64(ts, i.get(), &n)) return false;
  for (const FatalSignal& f : kFatalSignals) {
    if (f.signum == n) {
      raisef(ts, Exc::RuntimeError, "signal %lld cannot be registered, use enable() instead", (long long)n);
      return false;
    }
  }
  if (n < 1 || n >= NSIG) {
    raise(ts, Exc::ValueError, "signal number out of range");
    return false;
  }
  *out = int(n);
  return true;
}

// register(signum, file=sys.stderr, all_threads=True, chain=False)
Value fh_register(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  static constexpr const char* kNames[] = {"signum", "file", "all_threads", "chain"};
  Value a[4];
  if (!parse_args(ts, "register", args, nargs, kw, kNames, 4, 0, 4, 1, a)) return Value();
  int signum, fd;
  Value keep;
  bool all, chain;
  if (!signum_arg(ts, a[0], &signum) || !file_fd(ts, a[1], &fd, &keep) || !bool_arg(ts, a[2], true, &all) ||
      !bool_arg(ts, a[3], false, &chain))
    return Value();
  FaultState* st = module_state(self);
  UserSignal& u = st->user[signum];
  if (!u.enabled) {
    struct sigaction sa;
    std::memset(&sa, 0, sizeof sa);
    sa.sa_handler = user_handler;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART | (chain ? SA_NODEFER : 0);
    if (sigaction(signum, &sa, &u.previous) < 0) return raise_errno(ts, errno);
  }
  set_owned(&u.file, keep);
  u.fd = fd;
  u.all_threads = all;
  u.chain = chain;
  u.enabled = true;
  return Value::none();
}

// unregister(signum) -> whether a handler was registered
Value fh_unregister(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "unregister", kw) || !check_nargs(ts, "unregister", nargs, 1, 1)) return Value();
  int signum;
  if (!signum_arg(ts, args[0], &signum)) return Value();
  FaultState* st = module_state(self);
  UserSignal& u = st->user[signum];
  if (!u.enabled) return Value::False();
  sigaction(signum, &u.previous, nullptr);
  u.enabled = false;
  set_owned(&u.file, Value());
  return Value::True();
}

// _sigsegv(): crash on purpose (CPython's test helper), to see the handler work.
Value fh_sigsegv(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  ::raise(SIGSEGV);
  return Value::none();
}

const MethodDef kMethods[] = {
    {"enable", fh_enable, kMethNormal, "Enable the fault handler."},
    {"disable", fh_disable, kMethNormal, "Disable the fault handler."},
    {"is_enabled", fh_is_enabled, kMethNormal, "Check if the handler is enabled."},
    {"dump_traceback", fh_dump_traceback, kMethNormal, "Dump the traceback of the current thread, or of all threads if all_threads is True, into file."},
    {"dump_traceback_later", fh_dump_later, kMethNormal, "Dump the traceback of all threads in timeout seconds,\nor each timeout seconds if repeat is True. If exit is True, call _exit(1) which is not safe."},
    {"cancel_dump_traceback_later", fh_cancel_later, kMethNormal, "Cancel the previous call to dump_traceback_later()."},
    {"register", fh_register, kMethNormal, "Register a handler for the signal 'signum': dump the traceback of the current thread, or of all threads if all_threads is True, into file."},
    {"unregister", fh_unregister, kMethNormal, "Unregister the handler of the signal 'signum' registered by register()."},
    {"_sigsegv", fh_sigsegv, kMethNormal, "Raise a SIGSEGV signal."},
    {nullptr, nullptr},
};

// The state lives in a private object kept in the module's dict (`_state`),
// so it is released with the module: handlers restored, watchdog stopped.
struct StateObject : Object {
  FaultState* st;
};

void state_dealloc(Object* o) {
  FaultState* st = static_cast<StateObject*>(o)->st;
  if (st) {
    if (st->enabled)
      for (int i = 0; i < kNumFatal; ++i) sigaction(kFatalSignals[i].signum, &st->previous[i], nullptr);
    for (int sig = 1; sig < NSIG; ++sig) {
      UserSignal& u = st->user[sig];
      if (u.enabled) sigaction(sig, &u.previous, nullptr);
      set_owned(&u.file, Value());
    }
    stop_watchdog(st);
    set_owned(&st->file, Value());
    set_owned(&st->later_file, Value());
    delete st;
  }
  free_object(o);
}

const TypeSpec kStateSpec = {
    .name = "faulthandler._State",
    .basicsize = sizeof(StateObject),
    .flags = 0,
    .slots = {.dealloc = state_dealloc},
};

bool faulthandler_init(ThreadState* ts, ModuleObject* m) {
  TypeObject* t = type_from_spec(ts, &kStateSpec, ts->interp->types.object_);
  if (!t) return false;
  // The type's creation reference is kept for the interpreter's lifetime.
  Object* o = alloc_object(ts, t);
  if (!o) return false;
  Ref hold(Value::from_obj(o));
  auto* st = new FaultState();
  st->interp = ts->interp;
  static_cast<StateObject*>(o)->st = st;
  m->state = st;  // borrowed: the module's dict owns the _state object
  return module_add(ts, m, "_state", hold.get());
}

}  // namespace

const ModuleDef faulthandler_module_def = {
    .name = "faulthandler",
    .doc = "faulthandler module.",
    .methods = kMethods,
    .init = faulthandler_init,
};

}  // namespace minipy
