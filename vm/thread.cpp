// vm/thread.cpp — native threads and the `_thread` module: starting OS
// threads that run Python callables under the GIL, locks (Lock, RLock) whose
// waits release the GIL, thread identities, and Ctrl-C delivery to the main
// thread.
#include <pthread.h>
#include <signal.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <chrono>
#include <cmath>
#include <cstring>
#include <condition_variable>
#include <mutex>
#include <new>
#include <thread>

#include "stdlib/modules.h"
#include "vm/profile.h"
#include "vm/trace.h"
#include "vm/gil.h"
#include "vm/vm.h"

namespace minipy {

namespace {

uint64_t current_ident() { return uint64_t(pthread_self()); }
int64_t current_native_id() { return int64_t(::syscall(SYS_gettid)); }

// ---------------------------------------------------------------- signals
// POSIX signals are process-wide, so these are the few process-wide
// variables: the C handler records which signals arrived (one flag per signal
// plus a "some signal arrived" flag), wakes the main thread's eval loop, and
// writes the signal number to set_wakeup_fd's fd. The Python handlers run
// later, in the main thread, from signals_check().
std::atomic<ThreadState*> g_signal_target{nullptr};
std::atomic<int> g_signals_tripped{0};
std::atomic<int> g_signal_pending[NSIG];
std::atomic<int> g_wakeup_fd{-1};

void on_signal(int signum) {
  int saved_errno = errno;
  if (signum > 0 && signum < NSIG) g_signal_pending[signum].store(1, std::memory_order_relaxed);
  g_signals_tripped.store(1, std::memory_order_release);
  ThreadState* ts = g_signal_target.load(std::memory_order_relaxed);
  if (ts) ts->eval_breaker.fetch_or(kBreakSignalsPending, std::memory_order_relaxed);
  int fd = g_wakeup_fd.load(std::memory_order_relaxed);
  if (fd >= 0) {
    unsigned char byte = static_cast<unsigned char>(signum);
    ssize_t ignored = ::write(fd, &byte, 1);
    (void)ignored;
  }
  errno = saved_errno;
}

// Run the Python-level handler of one signal that arrived (main thread). With
// no signal module imported, SIGINT raises KeyboardInterrupt.
bool run_signal_handler(ThreadState* ts, int signum) {
  Value handlers = ts->interp->signal_handlers;
  auto* hl = handlers ? handlers.as<ListObject>() : nullptr;
  Value h = hl && signum < hl->size ? hl->items[signum] : Value();
  if (!h) {
    if (signum != SIGINT) return true;
    raise_value(ts, Value::from_obj(exc_type(ts, Exc::KeyboardInterrupt)));
    return false;
  }
  if (!is_callable(ts, h)) return true;  // SIG_DFL / SIG_IGN / None: nothing to run here
  Ref keep = Ref::borrow(h);
  Ref frame(ts->frame ? vm_getframe(ts, 0) : Value::none());
  if (!frame) {
    err_clear(ts);
    frame = Ref(Value::none());
  }
  Ref r(call2(ts, h, Value::small_int(signum), frame.get()));
  return bool(r);
}

}  // namespace

// Point signum's OS-level disposition at SIG_DFL (how 0), SIG_IGN (1) or the
// handler that queues the signal for the main thread (2). False with errno set.
bool signals_set_os_handler(int signum, int how) {
  struct sigaction sa;
  std::memset(&sa, 0, sizeof sa);
  sa.sa_handler = how == 0 ? SIG_DFL : how == 1 ? SIG_IGN : on_signal;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = 0;  // no SA_RESTART: blocking calls return EINTR so handlers (KeyboardInterrupt) run promptly
  return sigaction(signum, &sa, nullptr) == 0;
}

void signals_install(ThreadState* main_ts) {
  g_signal_target.store(main_ts);
  // Like CPython, an inherited SIG_IGN (a background job's SIGINT) is kept.
  struct sigaction cur;
  if (sigaction(SIGINT, nullptr, &cur) == 0 && cur.sa_handler == SIG_IGN) return;
  signals_set_os_handler(SIGINT, 2);
}

// signal.set_wakeup_fd: the fd the C handler writes each signal number to (-1: none). Returns the old one.
int signals_set_wakeup_fd(int fd) { return g_wakeup_fd.exchange(fd); }

// Mark signum as arrived, as the OS handler would (_thread.interrupt_main).
void signals_trip(int signum) { on_signal(signum); }

// Run the Python handlers of the signals that arrived (main thread only).
// Returns false with the handler's exception set (KeyboardInterrupt for SIGINT's
// default handler); signals not handled yet stay pending for the next check.
bool signals_check(ThreadState* ts) {
  if (ts != ts->interp->main_thread) return true;
  if (!g_signals_tripped.exchange(0, std::memory_order_acq_rel)) return true;
  for (int signum = 1; signum < NSIG; ++signum) {
    if (!g_signal_pending[signum].exchange(0, std::memory_order_relaxed)) continue;
    if (!run_signal_handler(ts, signum)) {
      for (int rest = signum + 1; rest < NSIG; ++rest) {
        if (g_signal_pending[rest].load(std::memory_order_relaxed)) {
          g_signals_tripped.store(1);
          ts->eval_breaker.fetch_or(kBreakSignalsPending, std::memory_order_relaxed);
          break;
        }
      }
      return false;
    }
  }
  return true;
}

bool signals_pending(ThreadState* ts) {
  return ts == ts->interp->main_thread && g_signals_tripped.load(std::memory_order_relaxed) != 0;
}

namespace {

// ---------------------------------------------------------------- locks
struct LockObject : Object {
  // Uncontended acquire/release are one atomic operation each. A thread that
  // must wait sleeps in `sleepers` with the GIL released (gil_wait_on); the
  // release picks the first sleeper, which gets the GIL when the releasing
  // thread drops it (gil_wake_one: one OS wake-up per hand-off).
  std::atomic<bool> locked;
  GilWaitList sleepers;  // guarded by the GIL's mutex
  bool rlock;
  // RLock only:
  uint64_t owner;
  int64_t count;
};

bool lock_try(LockObject* l) {
  bool expected = false;
  return l->locked.compare_exchange_strong(expected, true, std::memory_order_acquire, std::memory_order_relaxed);
}

// Wait until the lock is free (or the timeout passes); the GIL is released
// while waiting. timeout < 0: forever. Returns 1 acquired, 0 timed out, -1 error (KeyboardInterrupt).
int lock_wait(ThreadState* ts, LockObject* l, double timeout) {
  if (lock_try(l)) return 1;
  if (timeout == 0) return 0;
  // Timeouts beyond ~30 years are "forever" (TIMEOUT_MAX would overflow the ns clock).
  int64_t deadline = timeout < 0 || timeout > 1e9 ? -1 : monotonic_ns() + int64_t(timeout * 1e9);
  bool is_main = ts == ts->interp->main_thread;
  if (gil_is_deterministic(ts)) {
    // Deterministic schedule: the waiter stays runnable and every failed try
    // is a seeded switch point (the GIL is never released to the OS here).
    while (true) {
      if (!signals_check(ts)) return -1;
      gil_sched_yield(ts);
      if (lock_try(l)) return 1;
      if (deadline >= 0 && monotonic_ns() >= deadline) return 0;
    }
  }
  while (true) {
    int64_t until = deadline;
    if (is_main) {
      // The main thread wakes up now and then to notice Ctrl-C.
      int64_t poll = monotonic_ns() + 20000000;
      if (until < 0 || poll < until) until = poll;
    }
    gil_wait_on(ts, &l->sleepers, until);  // returns holding the GIL
    if (lock_try(l)) return 1;
    if (!signals_check(ts)) return -1;
    if (deadline >= 0 && monotonic_ns() >= deadline) return 0;
  }
}

// Called by the GIL holder (every release is a Python-level call).
void lock_release_raw(ThreadState* ts, LockObject* l) {
  l->locked.store(false, std::memory_order_release);
  if (l->sleepers.n.load(std::memory_order_relaxed) > 0) gil_wake_one(ts, &l->sleepers);
}

bool parse_acquire_args(ThreadState* ts, const char* fname, const Value* args, size_t nargs, TupleObject* kwnames,
                        double* timeout) {
  static const char* const names[] = {"blocking", "timeout"};
  Value out[2];
  if (!parse_args(ts, fname, args, nargs, kwnames, names, 2, 0, 2, 0, out)) return false;
  int blocking = 1;
  if (out[0]) {
    blocking = truthy(ts, out[0]);
    if (blocking < 0) return false;
  }
  double t = -1;
  if (out[1] && !out[1].is_none()) {
    if (!as_double(ts, out[1], &t)) return false;
    // Same range checks as CPython's seconds -> _PyTime_t conversion: NaN would
    // otherwise wait forever (and convert NaN to int64, which is undefined).
    if (std::isnan(t)) {
      raise(ts, Exc::ValueError, "Invalid value NaN (not a number)");
      return false;
    }
    if (!(t * 1e9 >= -9.223372036854775808e18 && t * 1e9 < 9.223372036854775808e18)) {
      raise(ts, Exc::OverflowError, is_float(ts, out[1]) ? "timestamp out of range for platform time_t"
                                                         : "timestamp too large to convert to C _PyTime_t");
      return false;
    }
  }
  if (!blocking && t != -1) {
    raise(ts, Exc::ValueError, "can't specify a timeout for a non-blocking call");
    return false;
  }
  if (t < 0 && t != -1) {
    raise(ts, Exc::ValueError, "timeout value must be positive");
    return false;
  }
  *timeout = blocking ? t : 0;
  return true;
}

Value lock_acquire(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  double timeout;
  if (nargs == 0 && !kwnames) {
    timeout = -1;
  } else if (!parse_acquire_args(ts, "acquire", args, nargs, kwnames, &timeout)) {
    return Value();
  }
  auto* l = self.as<LockObject>();
  if (l->rlock) {
    uint64_t me = current_ident();
    if (l->owner == me && l->count > 0) {
      l->count++;
      return Value::True();
    }
    int r = lock_wait(ts, l, timeout);
    if (r < 0) return Value();
    if (r) {
      l->owner = me;
      l->count = 1;
    }
    return Value::boolean(r == 1);
  }
  int r = lock_wait(ts, l, timeout);
  if (r < 0) return Value();
  return Value::boolean(r == 1);
}

Value lock_enter(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  return lock_acquire(ts, self, nullptr, 0, nullptr);
}

Value lock_release(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  auto* l = self.as<LockObject>();
  if (l->rlock) {
    if (l->count == 0 || l->owner != current_ident()) return raise(ts, Exc::RuntimeError, "cannot release un-acquired lock");
    if (--l->count == 0) {
      l->owner = 0;
      lock_release_raw(ts, l);
    }
    return Value::none();
  }
  if (!l->locked.load(std::memory_order_relaxed)) return raise(ts, Exc::RuntimeError, "release unlocked lock");
  lock_release_raw(ts, l);
  return Value::none();
}

Value lock_exit(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  return lock_release(ts, self, nullptr, 0, nullptr);
}

Value lock_locked(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  auto* l = self.as<LockObject>();
  return Value::boolean(l->locked.load(std::memory_order_relaxed));
}

Value rlock_is_owned(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  auto* l = self.as<LockObject>();
  return Value::boolean(l->count > 0 && l->owner == current_ident());
}

// Condition support for RLock (threading.Condition saves/restores the recursion level).
Value rlock_release_save(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  auto* l = self.as<LockObject>();
  if (l->count == 0) return raise(ts, Exc::RuntimeError, "cannot release un-acquired lock");
  Value state = tuple_pack(ts, {int_from_i64(ts, l->count), int_from_u64(ts, l->owner)});
  l->count = 0;
  l->owner = 0;
  lock_release_raw(ts, l);
  return state;
}

Value rlock_acquire_restore(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_nargs(ts, "_acquire_restore", nargs, 1, 1)) return Value();
  auto* l = self.as<LockObject>();
  // Validate the saved state before blocking (CPython parses "(nk)" first).
  Value st = args[0];
  if (!is_tuple(ts, st))
    return raisef(ts, Exc::TypeError, "_acquire_restore() argument 1 must be 2-item sequence, not %s",
                  st.is_none() ? "None" : type_name(ts, st));
  if (tuple_size(st) != 2)
    return raisef(ts, Exc::TypeError, "_acquire_restore() argument 1 must be sequence of length 2, not %lld",
                  (long long)tuple_size(st));
  for (int k = 0; k < 2; k++) {
    if (!is_int(ts, tuple_item(st, k)))
      return raisef(ts, Exc::TypeError, "_acquire_restore() argument 1, item %d must be int, not %s", k,
                    tuple_item(st, k).is_none() ? "None" : type_name(ts, tuple_item(st, k)));
  }
  int64_t count = 1;
  if (!int_as_i64(ts, tuple_item(st, 0), &count)) return Value();
  int r = lock_wait(ts, l, -1);
  if (r < 0) return Value();
  l->owner = current_ident();
  l->count = count;
  return Value::none();
}

Value lock_repr(ThreadState* ts, Value self) {
  auto* l = self.as<LockObject>();
  bool locked = l->locked.load(std::memory_order_relaxed);
  if (l->rlock)
    return str_new(ts, strf("<%s _thread.RLock object owner=%llu count=%lld at %p>", locked ? "locked" : "unlocked",
                            (unsigned long long)l->owner, (long long)l->count, static_cast<void*>(l)));
  return str_new(ts, strf("<%s _thread.lock object at %p>", locked ? "locked" : "unlocked", static_cast<void*>(l)));
}

void lock_dealloc(Object* o) {
  // No sleepers: each holds a reference to the lock through its acquire call.
  free_object(o);
}

Value lock_alloc(ThreadState* ts, TypeObject* type, bool rlock) {
  auto* l = reinterpret_cast<LockObject*>(alloc_object(ts, type));
  if (!l) return Value();
  new (&l->locked) std::atomic<bool>(false);
  new (&l->sleepers) GilWaitList{nullptr, nullptr, {0}};
  l->rlock = rlock;
  return Value::from_obj(l);
}

Value lock_new(ThreadState* ts, TypeObject* type, const Value* args, size_t nargs, TupleObject* kwnames) {
  return lock_alloc(ts, type, false);
}

Value rlock_new(ThreadState* ts, TypeObject* type, const Value* args, size_t nargs, TupleObject* kwnames) {
  return lock_alloc(ts, type, true);
}

const MethodDef lock_methods[] = {
    {"acquire", lock_acquire},
    {"acquire_lock", lock_acquire},
    {"release", lock_release},
    {"release_lock", lock_release},
    {"locked", lock_locked},
    {"locked_lock", lock_locked},
    {"__enter__", lock_enter},
    {"__exit__", lock_exit},
    {nullptr, nullptr},
};

const MethodDef rlock_methods[] = {
    {"acquire", lock_acquire},
    {"release", lock_release},
    {"locked", lock_locked},
    {"_is_owned", rlock_is_owned},
    {"_release_save", rlock_release_save},
    {"_acquire_restore", rlock_acquire_restore},
    {"__enter__", lock_enter},
    {"__exit__", lock_exit},
    {nullptr, nullptr},
};

}  // namespace

const TypeSpec lock_type_spec = {
    .name = "_thread.lock",
    .basicsize = sizeof(LockObject),
    .flags = 0,
    .slots = {.dealloc = lock_dealloc, .repr = lock_repr, .new_ = lock_new},
    .methods = lock_methods,
};

const TypeSpec rlock_type_spec = {
    .name = "_thread.RLock",
    .basicsize = sizeof(LockObject),
    .flags = kTypeBaseType,
    .slots = {.dealloc = lock_dealloc, .repr = lock_repr, .new_ = rlock_new},
    .methods = rlock_methods,
};

namespace {

// Per-interpreter state of the _thread module, kept on its module object.
struct ThreadModuleState {
  TypeObject* lock_type = nullptr;
  TypeObject* rlock_type = nullptr;
};



Value m_allocate_lock(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  auto* st = static_cast<ThreadModuleState*>(self.as<ModuleObject>()->state);
  return lock_alloc(ts, st->lock_type, false);
}

Value m_get_ident(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  return int_from_u64(ts, current_ident());
}

Value m_get_native_id(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  return int_from_i64(ts, current_native_id());
}

Value m_count(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  return int_from_i64(ts, int64_t(ts->interp->threads.size()) - 1);
}

struct Boot {
  Interpreter* interp;
  ThreadState* ts;
  Value func, args, kwargs;
};

void thread_main(Boot* b) {
  ThreadState* ts = b->ts;
  ts->thread_id = current_ident();
  ts->native_id = current_native_id();
  thread_stack_init(ts);
  set_current_thread_state(ts);
  gil_acquire(ts);
  Value r = call_tuple_dict(ts, b->func, b->args.as<TupleObject>(), b->kwargs ? b->kwargs.as<DictObject>() : nullptr);
  if (!r) {
    if (err_matches(ts, Exc::SystemExit)) {
      err_clear(ts);
    } else {
      Value exc = err_fetch(ts);
      Ref fr(repr(ts, b->func));
      if (!fr) err_clear(ts);
      write_stderr(ts, "Unhandled exception in thread started by " + (fr ? std::string(str_view(fr.get())) : "?") + "\n");
      print_exception(ts, exc);
      decref(exc);
    }
  } else {
    decref(r);
  }
  decref(b->func);
  decref(b->args);
  decref(b->kwargs);
  decref(ts->handled_exc);
  ts->handled_exc = Value();
  decref(ts->context);  // the thread's contextvars.Context (stdlib/contextvars.cpp)
  ts->context = Value();
  // The thread's hooks go with it (sys.settrace / sys.setprofile in the
  // thread, threading.settrace / setprofile, sys.set_asyncgen_hooks).
  profile_set(ts, nullptr, Value());  // CPython's PyThreadState_Clear order
  trace_set(ts, nullptr, Value());
  Value firstiter = ts->asyncgen_firstiter, finalizer = ts->asyncgen_finalizer;
  ts->asyncgen_firstiter = Value();
  ts->asyncgen_finalizer = Value();
  decref(firstiter);
  decref(finalizer);
  gil_note_thread_end(ts);
  auto& threads = b->interp->threads;
  for (size_t i = 0; i < threads.size(); ++i)
    if (threads[i] == ts) {
      threads.erase(threads.begin() + long(i));
      break;
    }
  gil_release(ts, true);
  vm_thread_fini(ts);  // frees only the frame stack: no object is touched without the GIL
  set_current_thread_state(nullptr);
  delete ts;
  delete b;
}

Value m_start_new_thread(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!no_kwargs(ts, "start_new_thread", kwnames) || !check_nargs(ts, "start_new_thread", nargs, 2, 3)) return Value();
  Value func = args[0], fargs = args[1], fkw = nargs > 2 ? args[2] : Value();
  if (!is_callable(ts, func)) return raise(ts, Exc::TypeError, "first arg must be callable");
  if (!is_tuple(ts, fargs)) return raise(ts, Exc::TypeError, "2nd arg must be a tuple");
  if (fkw && !fkw.is_none() && !is_dict(ts, fkw)) return raise(ts, Exc::TypeError, "optional 3rd arg must be a dictionary");
  auto* nts = new ThreadState();
  nts->interp = ts->interp;
  nts->name = "Thread";
  vm_thread_init(nts);
  gil_register_thread(nts);
  ts->interp->threads.push_back(nts);
  auto* b = new Boot{ts->interp, nts, newref(func), newref(fargs), (fkw && !fkw.is_none()) ? newref(fkw) : Value()};
  uint64_t ident;
  // New threads start with SIGINT blocked, so the kernel delivers Ctrl-C to
  // the main thread and interrupts its blocking call (sleep, I/O) with EINTR.
  sigset_t block, saved;
  sigemptyset(&block);
  sigaddset(&block, SIGINT);
  pthread_sigmask(SIG_BLOCK, &block, &saved);
  try {
    std::thread t(thread_main, b);
    ident = uint64_t(t.native_handle());
    t.detach();
    pthread_sigmask(SIG_SETMASK, &saved, nullptr);
  } catch (...) {
    pthread_sigmask(SIG_SETMASK, &saved, nullptr);
    ts->interp->threads.pop_back();
    decref(b->func);
    decref(b->args);
    decref(b->kwargs);
    vm_thread_fini(nts);
    delete nts;
    delete b;
    return raise(ts, Exc::RuntimeError, "can't start new thread");
  }
  // Deterministic schedule: the new thread is queued for the GIL before
  // start returns, so the set of runnable threads never depends on timing.
  gil_sched_wait_enqueued(ts, nts);
  return int_from_u64(ts, ident);
}

// _thread._set_name(name): the name shown by -X gil-stats for the calling thread.
Value m_set_name(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_nargs(ts, "_set_name", nargs, 1, 1)) return Value();
  if (is_str(ts, args[0])) {
    ts->name = std::string(str_view(args[0]));
    gil_note_thread_end(ts);  // refreshes the recorded name
  }
  return Value::none();
}

Value m_interrupt_main(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!no_kwargs(ts, "interrupt_main", kwnames) || !check_nargs(ts, "interrupt_main", nargs, 0, 1)) return Value();
  int64_t signum = SIGINT;
  if (nargs > 0 && !index_i64(ts, args[0], &signum)) return Value();
  if (signum < 1 || signum >= NSIG) return raise(ts, Exc::ValueError, "signal number out of range");
  signals_trip(int(signum));
  return Value::none();
}

Value m_exit(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  return raise_value(ts, Value::from_obj(exc_type(ts, Exc::SystemExit)));
}

Value m_stack_size(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  return Value::small_int(0);
}

// _thread._set_schedule(seed): switch the deterministic schedule on (an int
// seed) or off (None) from a script; only while no other thread runs.
Value m_set_schedule(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!no_kwargs(ts, "_set_schedule", kwnames) || !check_nargs(ts, "_set_schedule", nargs, 1, 1)) return Value();
  // Threads that were just joined may still be finishing (after their
  // Python code returned): let them end, for up to a second.
  for (int i = 0; i < 5000 && ts->interp->threads.size() > 1; ++i) {
    if (gil_is_deterministic(ts)) {
      gil_sched_yield(ts);
    } else {
      GilRelease unlocked(ts);
      std::this_thread::sleep_for(std::chrono::microseconds(200));
    }
  }
  if (args[0].is_none()) return gil_set_schedule(ts, false, 0) ? Value::none() : Value();
  int64_t seed;
  if (!index_i64(ts, args[0], &seed)) return Value();
  return gil_set_schedule(ts, true, uint64_t(seed)) ? Value::none() : Value();
}

Value m_gil_stats(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  return gil_stats_dict(ts);
}

const MethodDef thread_methods[] = {
    {"start_new_thread", m_start_new_thread},
    {"start_new", m_start_new_thread},
    {"allocate_lock", m_allocate_lock},
    {"allocate", m_allocate_lock},
    {"get_ident", m_get_ident},
    {"get_native_id", m_get_native_id},
    {"_count", m_count},
    {"_set_name", m_set_name},
    {"interrupt_main", m_interrupt_main},
    {"exit", m_exit},
    {"stack_size", m_stack_size},
    {"_gil_stats", m_gil_stats},
    {"_set_schedule", m_set_schedule},
    {nullptr, nullptr},
};

bool thread_module_init(ThreadState* ts, ModuleObject* m) {
  auto* st = new ThreadModuleState();
  m->state = st;
  st->lock_type = type_from_spec(ts, &lock_type_spec, nullptr);
  st->rlock_type = type_from_spec(ts, &rlock_type_spec, nullptr);
  if (!st->lock_type || !st->rlock_type) return false;
  Ref tm(float_new(ts, 9223372036.0));
  return module_add(ts, m, "LockType", Value::from_obj(st->lock_type)) &&
         module_add(ts, m, "RLock", Value::from_obj(st->rlock_type)) &&
         module_add(ts, m, "error", Value::from_obj(exc_type(ts, Exc::RuntimeError))) &&
         module_add(ts, m, "TIMEOUT_MAX", tm.get());
}

}  // namespace

const ModuleDef thread_module_def = {
    .name = "_thread",
    .doc = "Low-level threading primitives (minipy: native OS threads under the GIL).",
    .methods = thread_methods,
    .init = thread_module_init,
};

}  // namespace minipy
