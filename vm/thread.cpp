// vm/thread.cpp — native threads and the `_thread` module: starting OS
// threads that run Python callables under the GIL, locks (Lock, RLock) whose
// waits release the GIL, thread identities, and Ctrl-C delivery to the main
// thread.
#include <pthread.h>
#include <signal.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <chrono>
#include <cstring>
#include <condition_variable>
#include <mutex>
#include <new>
#include <thread>

#include "stdlib/modules.h"
#include "vm/gil.h"
#include "vm/vm.h"

namespace minipy {

namespace {

uint64_t current_ident() { return uint64_t(pthread_self()); }
int64_t current_native_id() { return int64_t(::syscall(SYS_gettid)); }

// ---------------------------------------------------------------- signals
// The one process-wide variable: POSIX signals are process-wide, so the
// handler needs to find the interpreter's main thread to deliver Ctrl-C.
std::atomic<ThreadState*> g_signal_target{nullptr};
std::atomic<int> g_pending_sigint{0};

void on_sigint(int) {
  g_pending_sigint.store(1, std::memory_order_relaxed);
  ThreadState* ts = g_signal_target.load(std::memory_order_relaxed);
  if (ts) ts->eval_breaker.fetch_or(kBreakSignalsPending, std::memory_order_relaxed);
}

}  // namespace

void signals_install(ThreadState* main_ts) {
  g_signal_target.store(main_ts);
  struct sigaction sa;
  std::memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_sigint;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = 0;  // no SA_RESTART: blocking calls return EINTR so they can raise KeyboardInterrupt
  sigaction(SIGINT, &sa, nullptr);
}

// Raise KeyboardInterrupt when Ctrl-C arrived (main thread only). Returns false with the exception set.
bool signals_check(ThreadState* ts) {
  if (ts != ts->interp->main_thread) return true;
  if (!g_pending_sigint.exchange(0)) return true;
  raise_value(ts, Value::from_obj(exc_type(ts, Exc::KeyboardInterrupt)));
  return false;
}

bool signals_pending(ThreadState* ts) {
  return ts == ts->interp->main_thread && g_pending_sigint.load(std::memory_order_relaxed) != 0;
}

namespace {

// ---------------------------------------------------------------- locks
struct LockObject : Object {
  std::mutex* mu;
  std::condition_variable* cv;
  // Uncontended acquire/release are one atomic operation each; *mu and *cv
  // are only used when a thread has to sleep (nsleepers > 0).
  std::atomic<bool> locked;
  std::atomic<int> nsleepers;
  bool rlock;
  // RLock only:
  uint64_t owner;
  int64_t count;
};


// Wait until the lock is free (or the timeout passes); the GIL is released
// while waiting. timeout < 0: forever. Returns 1 acquired, 0 timed out, -1 error (KeyboardInterrupt).
bool lock_try(LockObject* l) {
  bool expected = false;
  return l->locked.compare_exchange_strong(expected, true, std::memory_order_acquire, std::memory_order_relaxed);
}

int lock_wait(ThreadState* ts, LockObject* l, double timeout) {
  if (lock_try(l)) return 1;
  if (timeout == 0) return 0;
  auto deadline = std::chrono::steady_clock::now() + std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                                                         std::chrono::duration<double>(timeout < 0 ? 0 : timeout));
  bool is_main = ts == ts->interp->main_thread;
  if (gil_is_deterministic(ts)) {
    // Deterministic schedule: the waiter stays runnable and every failed try
    // is a seeded switch point (the GIL is never released to the OS here).
    while (true) {
      if (!signals_check(ts)) return -1;
      gil_sched_yield(ts);
      if (lock_try(l)) return 1;
      if (timeout >= 0 && std::chrono::steady_clock::now() >= deadline) return 0;
    }
  }
  while (true) {
    int got;
    {
      GilRelease unlocked(ts);
      std::unique_lock<std::mutex> g(*l->mu);
      // The main thread wakes up now and then to notice Ctrl-C.
      auto slice = std::chrono::milliseconds(is_main ? 20 : 1000000);
      // nsleepers is raised before the last try under *mu: a release either
      // sees it (and notifies under *mu) or happened before the try.
      l->nsleepers.fetch_add(1);
      got = 0;
      while (true) {
        if (lock_try(l)) {
          got = 1;
          break;
        }
        auto until = std::chrono::steady_clock::now() + slice;
        if (timeout >= 0 && deadline < until) until = deadline;
        l->cv->wait_until(g, until);
        if (lock_try(l)) {
          got = 1;
          break;
        }
        if (timeout >= 0 && std::chrono::steady_clock::now() >= deadline) break;
        if (is_main && g_pending_sigint.load(std::memory_order_relaxed)) break;
      }
      l->nsleepers.fetch_sub(1);
    }
    if (got) return 1;
    if (!signals_check(ts)) return -1;
    if (timeout >= 0 && std::chrono::steady_clock::now() >= deadline) return 0;
  }
}

void lock_release_raw(LockObject* l) {
  l->locked.store(false);
  if (l->nsleepers.load() > 0) {
    { std::lock_guard<std::mutex> g(*l->mu); }  // a sleeper is either before its last try or inside wait
    l->cv->notify_one();
  }
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
      lock_release_raw(l);
    }
    return Value::none();
  }
  if (!l->locked.load(std::memory_order_relaxed)) return raise(ts, Exc::RuntimeError, "release unlocked lock");
  lock_release_raw(l);
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
  lock_release_raw(l);
  return state;
}

Value rlock_acquire_restore(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!check_nargs(ts, "_acquire_restore", nargs, 1, 1)) return Value();
  auto* l = self.as<LockObject>();
  int r = lock_wait(ts, l, -1);
  if (r < 0) return Value();
  int64_t count = 1;
  if (is_tuple(ts, args[0]) && tuple_size(args[0]) == 2) int_as_i64(ts, tuple_item(args[0], 0), &count);
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
  auto* l = static_cast<LockObject*>(o);
  delete l->mu;
  delete l->cv;
  free_object(o);
}

Value lock_alloc(ThreadState* ts, TypeObject* type, bool rlock) {
  auto* l = reinterpret_cast<LockObject*>(alloc_object(ts, type));
  if (!l) return Value();
  l->rlock = rlock;
  l->mu = new std::mutex();
  l->cv = new std::condition_variable();
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

ThreadModuleState* state_of(ThreadState* ts) {
  Value m = dict_get_str(ts->interp->modules, intern(ts, "_thread"));
  if (!m) return nullptr;
  return static_cast<ThreadModuleState*>(m.as<ModuleObject>()->state);
}


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
  on_sigint(SIGINT);
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
