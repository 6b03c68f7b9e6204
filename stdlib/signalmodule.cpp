// stdlib/signalmodule.cpp — the native `_signal` module that stdlib/signal.py
// wraps with the Signals/Handlers/Sigmasks enums: installing Python signal
// handlers, alarms and interval timers, pause/raise_signal/pthread_kill,
// signal masks, strsignal, valid_signals and set_wakeup_fd.
// The Python handlers live in interp->signal_handlers (a list indexed by signal
// number); the OS-level handler and the dispatch to the main thread's eval loop
// are in vm/thread.cpp (signals_check runs the handlers).
// Must not: run Python code from a C signal handler, or keep process-wide state
// (the few process-wide signal variables are in vm/thread.cpp).
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <sys/time.h>
#include <unistd.h>

#include <cerrno>
#include <cmath>
#include <cstring>

#include "stdlib/modules.h"

namespace minipy {

// Implemented in vm/thread.cpp (the OS-level side of signals).
bool signals_set_os_handler(int signum, int how);  // how: 0 SIG_DFL, 1 SIG_IGN, 2 queue for Python
int signals_set_wakeup_fd(int fd);

namespace {

constexpr int kHowDefault = 0, kHowIgnore = 1, kHowPython = 2;

struct SignalName {
  const char* name;
  int value;
};
const SignalName kSignalConstants[] = {
    {"SIGHUP", SIGHUP},     {"SIGINT", SIGINT},       {"SIGQUIT", SIGQUIT},     {"SIGILL", SIGILL},
    {"SIGTRAP", SIGTRAP},   {"SIGABRT", SIGABRT},     {"SIGIOT", SIGIOT},       {"SIGBUS", SIGBUS},
    {"SIGFPE", SIGFPE},     {"SIGKILL", SIGKILL},     {"SIGUSR1", SIGUSR1},     {"SIGSEGV", SIGSEGV},
    {"SIGUSR2", SIGUSR2},   {"SIGPIPE", SIGPIPE},     {"SIGALRM", SIGALRM},     {"SIGTERM", SIGTERM},
    {"SIGSTKFLT", SIGSTKFLT}, {"SIGCHLD", SIGCHLD},   {"SIGCLD", SIGCHLD},      {"SIGCONT", SIGCONT},
    {"SIGSTOP", SIGSTOP},   {"SIGTSTP", SIGTSTP},     {"SIGTTIN", SIGTTIN},     {"SIGTTOU", SIGTTOU},
    {"SIGURG", SIGURG},     {"SIGXCPU", SIGXCPU},     {"SIGXFSZ", SIGXFSZ},     {"SIGVTALRM", SIGVTALRM},
    {"SIGPROF", SIGPROF},   {"SIGWINCH", SIGWINCH},   {"SIGIO", SIGIO},         {"SIGPOLL", SIGPOLL},
    {"SIGPWR", SIGPWR},     {"SIGSYS", SIGSYS},
    {"SIG_BLOCK", SIG_BLOCK}, {"SIG_UNBLOCK", SIG_UNBLOCK}, {"SIG_SETMASK", SIG_SETMASK},
    {"SIG_DFL", 0},         {"SIG_IGN", 1},           {"NSIG", NSIG},
    {"ITIMER_REAL", ITIMER_REAL}, {"ITIMER_VIRTUAL", ITIMER_VIRTUAL}, {"ITIMER_PROF", ITIMER_PROF},
};

ListObject* handlers(ThreadState* ts) { return ts->interp->signal_handlers.as<ListObject>(); }

bool is_main_thread(ThreadState* ts) { return ts == ts->interp->main_thread; }

// A signal number argument in [1, NSIG).
bool get_signum(ThreadState* ts, Value v, int* out) {
  int64_t n;
  if (!index_i64(ts, v, &n)) return false;
  if (n < 1 || n >= NSIG) {
    raise(ts, Exc::ValueError, "signal number out of range");
    return false;
  }
  *out = int(n);
  return true;
}

// The module's ItimerError class (signal.itimer_error), for setitimer/getitimer failures.
Value itimer_error(ThreadState* ts) {
  Value m = dict_get_str(ts->interp->modules, intern(ts, "_signal"));
  Value e = m && m.is_obj() && m.obj()->type == ts->interp->types.module
                ? dict_get_str(m.as<ModuleObject>()->dict, intern(ts, "ItimerError"))
                : Value();
  return e ? e : Value::from_obj(exc_type(ts, Exc::OSError));
}

Value raise_itimer_error(ThreadState* ts, int err) {
  Ref msg(str_from_cstr(ts, std::strerror(err)));
  if (!msg) return Value();
  Ref exc(call2(ts, itimer_error(ts), Value::small_int(err), msg.get()));
  if (!exc) return Value();
  return raise_value(ts, exc.get());
}

Value timeval_to_float(ThreadState* ts, const struct timeval& tv) {
  return float_new(ts, double(tv.tv_sec) + double(tv.tv_usec) / 1e6);
}

void float_to_timeval(double d, struct timeval* tv) {
  double whole = std::floor(d);
  tv->tv_sec = time_t(whole);
  tv->tv_usec = suseconds_t((d - whole) * 1e6);
  // Like CPython: a tiny positive value still arms the timer.
  if (tv->tv_sec == 0 && tv->tv_usec == 0 && d > 0) tv->tv_usec = 1;
}

Value itimer_tuple(ThreadState* ts, const struct itimerval& v) {
  Ref a(timeval_to_float(ts, v.it_value)), b(timeval_to_float(ts, v.it_interval));
  if (!a || !b) return Value();
  return tuple_pack(ts, {a.get(), b.get()});
}

// A set of ints from a sigset_t.
Value sigset_to_set(ThreadState* ts, const sigset_t& set) {
  Ref result(Value::from_obj(set_new(ts)));
  if (!result) return Value();
  for (int sig = 1; sig < NSIG; ++sig)
    if (sigismember(&set, sig) == 1 && !set_add(ts, result.as<SetObject>(), Value::small_int(sig))) return Value();
  return result.release();
}

// An iterable of signal numbers into a sigset_t.
bool iterable_to_sigset(ThreadState* ts, Value iterable, sigset_t* out) {
  sigemptyset(out);
  Ref it(get_iter(ts, iterable));
  if (!it) return false;
  while (true) {
    Ref item(iter_next(ts, it.get()));
    if (!item) return !err_occurred(ts);
    int64_t n;
    if (!index_i64(ts, item.get(), &n)) return false;
    if (n < 1 || n >= NSIG) {
      raisef(ts, Exc::ValueError, "signal number %lld out of range [1; %d]", (long long)n, NSIG - 1);
      return false;
    }
    sigaddset(out, int(n));
  }
}

// ---------------------------------------------------------------- handlers
Value s_default_int_handler(ThreadState* ts, Value, const Value*, size_t, TupleObject*) {
  return raise_value(ts, Value::from_obj(exc_type(ts, Exc::KeyboardInterrupt)));
}

Value s_signal(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "signal", kw) || !check_nargs(ts, "signal", nargs, 2, 2)) return Value();
  int signum;
  if (!get_signum(ts, args[0], &signum)) return Value();
  if (!is_main_thread(ts)) return raise(ts, Exc::ValueError, "signal only works in main thread of the main interpreter");
  Value handler = args[1];
  int how = kHowPython;
  if (!is_callable(ts, handler)) {
    int eq = equal(ts, handler, Value::small_int(1));
    if (eq < 0) return Value();
    if (eq) {
      how = kHowIgnore;
    } else {
      eq = equal(ts, handler, Value::small_int(0));
      if (eq < 0) return Value();
      if (!eq) return raise(ts, Exc::TypeError, "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
      how = kHowDefault;
    }
  }
  // Handlers of signals that already arrived run first (like CPython).
  if (!signals_check(ts)) return Value();
  if (!signals_set_os_handler(signum, how)) return raise_errno(ts, errno);
  ListObject* l = handlers(ts);
  Value old = l->items[signum];
  l->items[signum] = newref(handler);
  return old;  // the list's reference moves to the caller
}

Value s_getsignal(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "getsignal", kw) || !check_nargs(ts, "getsignal", nargs, 1, 1)) return Value();
  int signum;
  if (!get_signum(ts, args[0], &signum)) return Value();
  return newref(handlers(ts)->items[signum]);
}

Value s_siginterrupt(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "siginterrupt", kw) || !check_nargs(ts, "siginterrupt", nargs, 2, 2)) return Value();
  int signum;
  if (!get_signum(ts, args[0], &signum)) return Value();
  int flag = truthy(ts, args[1]);
  if (flag < 0) return Value();
  struct sigaction sa;
  if (sigaction(signum, nullptr, &sa) != 0) return raise_errno(ts, errno);
  if (flag) sa.sa_flags &= ~SA_RESTART;
  else sa.sa_flags |= SA_RESTART;
  if (sigaction(signum, &sa, nullptr) != 0) return raise_errno(ts, errno);
  return Value::none();
}

Value s_set_wakeup_fd(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  static constexpr const char* names[] = {"fd", "warn_on_full_buffer"};
  Value a[2] = {};
  if (!parse_args(ts, "set_wakeup_fd", args, nargs, kw, names, 2, 1, 1, 1, a)) return Value();
  int64_t fd;
  if (!index_i64(ts, a[0], &fd)) return Value();
  if (!is_main_thread(ts))
    return raise(ts, Exc::ValueError, "set_wakeup_fd only works in main thread of the main interpreter");
  if (fd != -1) {
    int flags = fcntl(int(fd), F_GETFL);
    if (flags < 0) return raise_errno(ts, errno);
    if (!(flags & O_NONBLOCK)) return raisef(ts, Exc::ValueError, "the fd %lld must be in non-blocking mode", (long long)fd);
  }
  return Value::small_int(signals_set_wakeup_fd(int(fd)));
}

// ---------------------------------------------------------------- timers
Value s_alarm(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "alarm", kw) || !check_nargs(ts, "alarm", nargs, 1, 1)) return Value();
  if (is_float(ts, args[0])) return raise(ts, Exc::TypeError, "'float' object cannot be interpreted as an integer");
  int64_t secs;
  if (!index_i64(ts, args[0], &secs)) return Value();
  return Value::small_int(int64_t(::alarm(unsigned(secs))));
}

Value s_setitimer(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "setitimer", kw) || !check_nargs(ts, "setitimer", nargs, 2, 3)) return Value();
  int64_t which;
  if (!index_i64(ts, args[0], &which)) return Value();
  double seconds, interval = 0.0;
  if (!as_double(ts, args[1], &seconds)) return Value();
  if (nargs > 2 && !as_double(ts, args[2], &interval)) return Value();
  struct itimerval nv, old;
  float_to_timeval(seconds, &nv.it_value);
  float_to_timeval(interval, &nv.it_interval);
  if (setitimer(int(which), &nv, &old) != 0) return raise_itimer_error(ts, errno);
  return itimer_tuple(ts, old);
}

Value s_getitimer(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "getitimer", kw) || !check_nargs(ts, "getitimer", nargs, 1, 1)) return Value();
  int64_t which;
  if (!index_i64(ts, args[0], &which)) return Value();
  struct itimerval cur;
  if (getitimer(int(which), &cur) != 0) return raise_itimer_error(ts, errno);
  return itimer_tuple(ts, cur);
}

// ---------------------------------------------------------------- delivering and waiting
Value s_pause(ThreadState* ts, Value, const Value*, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "pause", kw) || !check_nargs(ts, "pause", nargs, 0, 0)) return Value();
  {
    GilRelease unlocked(ts);
    ::pause();
  }
  if (!signals_check(ts)) return Value();
  return Value::none();
}

Value s_raise_signal(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "raise_signal", kw) || !check_nargs(ts, "raise_signal", nargs, 1, 1)) return Value();
  int signum;
  if (!get_signum(ts, args[0], &signum)) return Value();
  if (::raise(signum) != 0) return raise_errno(ts, errno);
  if (!signals_check(ts)) return Value();
  return Value::none();
}

Value s_pthread_kill(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "pthread_kill", kw) || !check_nargs(ts, "pthread_kill", nargs, 2, 2)) return Value();
  Ref tid(index(ts, args[0]));
  if (!tid) return Value();
  mpz_t z;
  mpz_init(z);
  int_to_mpz(ts, tid.get(), z);
  unsigned long ident = mpz_get_ui(z);
  mpz_clear(z);
  int64_t signum;
  if (!index_i64(ts, args[1], &signum)) return Value();
  int err = pthread_kill(pthread_t(ident), int(signum));
  if (err != 0) return raise_errno(ts, err);
  if (!signals_check(ts)) return Value();
  return Value::none();
}

Value s_pthread_sigmask(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "pthread_sigmask", kw) || !check_nargs(ts, "pthread_sigmask", nargs, 2, 2)) return Value();
  int64_t how;
  if (!index_i64(ts, args[0], &how)) return Value();
  sigset_t mask, old;
  if (!iterable_to_sigset(ts, args[1], &mask)) return Value();
  int err = pthread_sigmask(int(how), &mask, &old);
  if (err != 0) return raise_errno(ts, err);
  if (!signals_check(ts)) return Value();
  return sigset_to_set(ts, old);
}

Value s_sigpending(ThreadState* ts, Value, const Value*, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "sigpending", kw) || !check_nargs(ts, "sigpending", nargs, 0, 0)) return Value();
  sigset_t set;
  if (sigpending(&set) != 0) return raise_errno(ts, errno);
  return sigset_to_set(ts, set);
}

Value s_sigwait(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "sigwait", kw) || !check_nargs(ts, "sigwait", nargs, 1, 1)) return Value();
  sigset_t set;
  if (!iterable_to_sigset(ts, args[0], &set)) return Value();
  int sig = 0, err;
  {
    GilRelease unlocked(ts);
    err = sigwait(&set, &sig);
  }
  if (err != 0) return raise_errno(ts, err);
  return Value::small_int(sig);
}

// ---------------------------------------------------------------- information
Value s_strsignal(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "strsignal", kw) || !check_nargs(ts, "strsignal", nargs, 1, 1)) return Value();
  int signum;
  if (!get_signum(ts, args[0], &signum)) return Value();
  const char* text = ::strsignal(signum);  // not thread-safe in general; the GIL serialises callers
  if (!text || std::strncmp(text, "Unknown signal", 14) == 0) return Value::none();
  return str_from_cstr(ts, text);
}

Value s_valid_signals(ThreadState* ts, Value, const Value*, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "valid_signals", kw) || !check_nargs(ts, "valid_signals", nargs, 0, 0)) return Value();
  sigset_t set;
  if (sigfillset(&set) != 0) return raise_errno(ts, errno);
  return sigset_to_set(ts, set);
}

const MethodDef signal_methods[] = {
    {"signal", s_signal, kMethNormal,
     "Set the action for the given signal.\n\nThe action can be SIG_DFL, SIG_IGN, or a callable Python object.\n"
     "The previous action is returned.  See getsignal() for possible return values."},
    {"getsignal", s_getsignal, kMethNormal, "Return the current action for the given signal."},
    {"default_int_handler", s_default_int_handler, kMethNormal,
     "The default handler for SIGINT installed by Python.\n\nIt raises KeyboardInterrupt."},
    {"siginterrupt", s_siginterrupt, kMethNormal, "Change system call restart behaviour."},
    {"set_wakeup_fd", s_set_wakeup_fd, kMethNormal, "Sets the fd to be written to (with the signal number) when a signal comes in."},
    {"alarm", s_alarm, kMethNormal, "Arrange for SIGALRM to arrive after the given number of seconds."},
    {"setitimer", s_setitimer, kMethNormal, "Sets given itimer (one of ITIMER_REAL, ITIMER_VIRTUAL or ITIMER_PROF)."},
    {"getitimer", s_getitimer, kMethNormal, "Returns current value of given itimer."},
    {"pause", s_pause, kMethNormal, "Wait until a signal arrives."},
    {"raise_signal", s_raise_signal, kMethNormal, "Send a signal to the executing process."},
    {"pthread_kill", s_pthread_kill, kMethNormal, "Send a signal to a thread."},
    {"pthread_sigmask", s_pthread_sigmask, kMethNormal, "Fetch and/or change the signal mask of the calling thread."},
    {"sigpending", s_sigpending, kMethNormal, "Examine pending signals."},
    {"sigwait", s_sigwait, kMethNormal, "Wait for a signal."},
    {"strsignal", s_strsignal, kMethNormal, "Return the system description of the given signal."},
    {"valid_signals", s_valid_signals, kMethNormal, "Return a set of valid signal numbers on this platform."},
    {nullptr, nullptr},
};

bool signal_init(ThreadState* ts, ModuleObject* m) {
  for (const SignalName& c : kSignalConstants)
    if (!module_add(ts, m, c.name, Value::small_int(c.value))) return false;
  if (!module_add(ts, m, "SIGRTMIN", Value::small_int(SIGRTMIN)) ||
      !module_add(ts, m, "SIGRTMAX", Value::small_int(SIGRTMAX)))
    return false;
  // ItimerError: class signal.itimer_error(OSError).
  Ref name(str_new(ts, "itimer_error"));
  Ref bases(tuple_pack(ts, {Value::from_obj(exc_type(ts, Exc::OSError))}));
  Ref ns(Value::from_obj(dict_new(ts)));
  Ref modname(str_new(ts, "signal"));
  if (!name || !bases || !ns || !modname ||
      !dict_set(ts, ns.as<DictObject>(), Value::from_obj(ts->interp->names.__module__), modname.get()))
    return false;
  Ref cls(type_new_class(ts, ts->interp->types.type, name.get(), bases.get(), ns.get()));
  if (!cls || !module_add(ts, m, "ItimerError", cls.get())) return false;
  // The handler table: what each signal's disposition was when the module first loaded.
  if (!ts->interp->signal_handlers) {
    ListObject* l = list_new(ts, NSIG);
    if (!l) return false;
    ts->interp->signal_handlers = Value::from_obj(l);
    Value int_handler = dict_get_str(m->dict, intern(ts, "default_int_handler"));
    for (int sig = 0; sig < NSIG; ++sig) {
      Value h = Value::none();
      struct sigaction sa;
      if (sig > 0 && sigaction(sig, nullptr, &sa) == 0) {
        if (sa.sa_handler == SIG_DFL) h = Value::small_int(0);
        else if (sa.sa_handler == SIG_IGN) h = Value::small_int(1);
        else if (sig == SIGINT && int_handler) h = int_handler;  // minipy's own SIGINT handler
      }
      l->items[sig] = newref(h);
    }
  }
  return true;
}

}  // namespace

const ModuleDef signal_module_def = {
    .name = "_signal",
    .doc = "This module provides mechanisms to use signal handlers in Python.",
    .methods = signal_methods,
    .init = signal_init,
};

}  // namespace minipy
