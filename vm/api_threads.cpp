// vm/api_threads.cpp — host threads in the public API (include/minipy/threads.h):
// ThreadScope gives a thread minipy did not start a ThreadState of its own
// (registered with the GIL and the interpreter like a _thread thread, so
// threading sees a _DummyThread), GilRelease lets other threads run while the
// caller does long C++ work.
// Must not: touch objects without the GIL (the thread state is registered and
// unregistered while holding it).
#include <pthread.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "vm/api_internal.h"
#include "vm/gil.h"
#include "vm/vm.h"

namespace minipy::api {

ThreadScope::ThreadScope(VM& vm) {
  Interpreter* interp = vm.impl()->interp;
  ThreadState* cur = current_thread_state();
  prev_ = cur;
  if (cur && cur->interp == interp) return;  // the creating thread, or a nested scope
  auto* ts = new ThreadState();
  ts->interp = interp;
  ts->name = "Dummy";
  ts->thread_id = uint64_t(pthread_self());
  ts->native_id = int64_t(::syscall(SYS_gettid));
  thread_stack_init(ts);
  vm_thread_init(ts);
  set_current_thread_state(ts);
  gil_acquire(ts);
  gil_register_thread(ts);
  interp->threads.push_back(ts);
  // A budget or deadline in force applies to this thread too.
  if (interp->budget) ts->eval_breaker.fetch_or(kBreakBudget, std::memory_order_relaxed);
  ts_ = ts;
}

ThreadScope::~ThreadScope() {
  auto* ts = static_cast<ThreadState*>(ts_);
  if (!ts) return;
  // As a _thread thread ends (vm/thread.cpp thread_main): drop what the
  // state owns, leave the interpreter's list, then the GIL.
  if (ts->curexc) err_clear(ts);
  decref(ts->handled_exc);
  ts->handled_exc = Value();
  decref(ts->context);
  ts->context = Value();
  decref(ts->asyncgen_firstiter);
  ts->asyncgen_firstiter = Value();
  decref(ts->asyncgen_finalizer);
  ts->asyncgen_finalizer = Value();
  gil_note_thread_end(ts);
  auto& threads = ts->interp->threads;
  for (size_t i = 0; i < threads.size(); ++i)
    if (threads[i] == ts) {
      threads.erase(threads.begin() + long(i));
      break;
    }
  gil_release(ts, true);
  vm_thread_fini(ts);
  set_current_thread_state(static_cast<ThreadState*>(prev_));
  delete ts;
}

GilRelease::GilRelease() {
  auto* ts = current_thread_state();
  ts_ = ts;
  if (ts) gil_release_for_blocking(ts);
}

GilRelease::~GilRelease() {
  if (ts_) gil_reacquire_after_blocking(static_cast<ThreadState*>(ts_));
}

}  // namespace minipy::api
