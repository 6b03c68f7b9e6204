// vm/gil.h — the global interpreter lock. Only the thread holding an
// interpreter's GIL touches its objects; CPU-bound threads take turns every
// switch interval, and every blocking operation releases the lock through
// GilRelease (so a grep finds every blocking point), except Python lock waits,
// which sleep through gil_wait_on (vm/thread.cpp) to hand the GIL over directly.
//
// Hand-off is FIFO: a thread that drops the GIL gives it directly to the
// longest waiter, so no thread starves and no thread re-grabs the lock it just
// dropped. A thread returning from a short block (I/O, sleep, a queue wait)
// asks the holder to switch at once instead of after a full interval (no
// convoy), bounded: only threads whose previous slice ended by blocking get it;
// the preempted holder keeps its place behind them and the rest of its slice;
// a CPU-bound waiter that has waited a whole interval goes next (no starvation).
// A Python lock released by the holder does not wake its sleeper: the sleeper
// gets the GIL (and its one wake-up) when the holder next drops it (deferred
// wake-ups, see Gil::deferred).
// -X gil-schedule=SEED makes switching deterministic (see Gil::deterministic).
// The "cpython" policy reproduces CPython 3.11 for comparison: no queue, any
// waiter may win, a waiter asks for a switch only after a full interval.
#pragma once
#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <mutex>
#include <string>
#include <vector>

#include "runtime/runtime.h"

namespace minipy {

enum class GilPolicy : uint8_t { Fair, CPython };

// Per-thread GIL statistics (for -X gil-stats and sys._gil_stats()).
struct GilThreadStats {
  std::string name;
  uint64_t thread_id = 0;
  uint64_t acquisitions = 0;
  uint64_t forced_switches = 0;      // drops requested by the interval
  uint64_t voluntary_releases = 0;   // drops around blocking operations
  int64_t hold_ns = 0;
  int64_t wait_ns = 0;
  int64_t max_wait_ns = 0;
  int64_t started_ns = 0, ended_ns = 0;
};

// One span of a timeline (-X gil-trace / gil-timeline).
struct GilEvent {
  uint32_t thread_index;
  uint8_t kind;      // 0 hold, 1 wait, 2 task step (asyncio), 3 loop stall
  int64_t start_ns, end_ns;
  std::string label; // for task steps
};

struct GilWaitList;

// A thread waiting for the GIL, or sleeping on a Python lock (vm/thread.cpp)
// with the GIL released; lives on the waiting thread's stack. Every field but
// `granted` is guarded by Gil::mu.
struct GilWaiter {
  enum Where : uint8_t {
    kNone,      // about to queue for the GIL itself
    kLockList,  // asleep in a lock's list (`list`)
    kDeferred,  // the lock was released: joins the GIL queue when the holder drops the GIL
    kQueue,     // in Gil::queue
  };
  ThreadState* ts;
  std::condition_variable cv;
  std::atomic<bool> granted{false};  // set under Gil::mu; read without it while spinning
  Where where = kNone;
  bool priority = false;             // back from a short block: served before CPU-bound waiters
  bool raced = false;                // woken as the head by an open release (Gil::open_release)
  int64_t notified_ns = 0;           // when it was last woken on purpose (samples Gil::wake_ewma_ns)
  uint64_t fork_generation = 0;      // Gil::fork_generation when it went to sleep
  int64_t enq_ns = 0;                // when it joined the GIL queue
  GilWaitList* list = nullptr;       // kLockList: the list it sleeps in
  GilWaiter* prev = nullptr;         // neighbours in `list`
  GilWaiter* next = nullptr;
};

// The threads asleep in one Python lock's acquire, FIFO. Guarded by Gil::mu
// (a lock is only released by the GIL holder); `n` may be read without it.
// Zero-filled memory is an empty list.
struct GilWaitList {
  GilWaiter* head;
  GilWaiter* tail;
  std::atomic<int> n;
};

struct Gil {
  std::mutex mu;
  std::condition_variable cv_cpython;        // CPython policy: all waiters wait here
  ThreadState* holder = nullptr;
  bool locked = false;
  std::deque<GilWaiter*> queue;              // Fair policy: FIFO of waiters
  std::atomic<int> nwaiting{0};
  uint64_t switch_number = 0;                // hand-offs so far
  // A thread back from a short block asked the holder to switch: the holder
  // keeps its place at the head of the queue and the rest of its slice.
  bool io_preempt = false;
  // The holder released the GIL around a blocking call with waiters queued
  // and did not hand it over: the head was woken to take it, and the
  // releaser may take it back first if its call returned at once (a pipe
  // write, a read of buffered data): no switch per call, no convoy.
  bool open_release = false;
  // The queue's first `npriority` waiters came back from short blocks; they
  // are served first (FIFO among themselves), then a preempted holder, then
  // everyone else in FIFO order.
  size_t npriority = 0;
  // Bounded preference: the first CPU-bound waiter (behind the priority ones)
  // that has waited a whole interval is served next, before them.
  GilWaiter* overdue = nullptr;
  // The waiter that times the holder's slice (vm/gil.cpp timer_of), kept up
  // to date at every change of the queue, and since when it has been timing.
  GilWaiter* timer = nullptr;
  int64_t timer_since_ns = 0;
  // The current holder's slice, for the head waiter's timer (kept here so a
  // waiter never reads another thread's VmThread, which may be gone at exit).
  int64_t slice_start_ns = 0, slice_used_ns = 0;
  int64_t interval_ns = 5000000;
  GilPolicy policy = GilPolicy::Fair;
  // -X gil-spin=NS: a thread back from a short block spins up to NS for the
  // GIL instead of sleeping. Off by default: measured 2-3x slower hand-offs
  // on a loaded 2-core machine (docs/gil.md).
  bool spin = false;
  int64_t spin_ns = 0;                       // -X gil-spin=NS overrides the default

  // Deferred lock wake-ups (fair policy). A lock released by the holder with
  // sleepers does not wake the first one (it would only find the GIL held and
  // sleep again): the sleeper waits in `deferred` and joins the GIL queue when
  // the holder next drops the GIL, which hands it over directly: one OS
  // wake-up per hand-off instead of two. A holder that keeps running past
  // `defer_deadline_ns` (its own check points watch the deadline) queues them
  // then, and switches to them if they came back from a short block.
  std::vector<GilWaiter*> deferred;
  std::atomic<int> ndeferred{0};
  int64_t defer_deadline_ns = 0;
  uint32_t defer_checks = 0;                 // check points while watching it (clock read every 16th)
  // Early wake-up: when the OS takes longer to wake a thread (wake_ewma_ns,
  // from a notify to the thread running) than a releasing holder takes to
  // drop the GIL (defer_ewma_ns, from the release to that drop), a deferred
  // sleeper is also woken at the release: it then arrives about when the GIL
  // is handed to it, and the holder's remaining work overlaps its wake-up.
  int64_t wake_ewma_ns = 0, defer_ewma_ns = 0;
  // A drop request is pending for the holder (set with its eval-breaker bit;
  // the bit alone may also be the holder's own deferred-wake-up check).
  std::atomic<bool> drop_requested{false};
  uint64_t fork_generation = 0;              // bumped in a fork child: older lock sleepers are gone

  // Deterministic schedule (-X gil-schedule=SEED, _thread._set_schedule(seed)):
  // exactly one thread runs, every other one waits in `queue`; the holder
  // switches after a seeded number of check points (kBreakBudget stays set on
  // it), the next holder is drawn from the queue by the seeded PRNG, blocking
  // calls keep the GIL (GilRelease does nothing) and lock waits become
  // seeded switch points; a new thread is in the queue before start returns.
  bool deterministic = false;
  uint64_t rng_state = 0;
  uint32_t sched_countdown = 0;              // check points left in this slice
  std::condition_variable sched_cv;          // a thread joined the queue

  // Recording (only when a -X gil-* flag asks for it).
  bool record_stats = false;
  bool record_events = false;
  int64_t t0_ns = 0;
  std::vector<GilThreadStats> stats;         // indexed by ThreadState's gil_index
  std::vector<GilEvent> events;
};

int64_t monotonic_ns();
// Busy-wait up to `ns` nanoseconds for pred() (pause instructions between
// polls); only worthwhile when another core is running the thread that will
// make pred() true. Returns pred()'s last value.
template <class Pred>
bool spin_wait(Pred pred, int64_t ns) {
  int64_t end = monotonic_ns() + ns;
  do {
    for (int i = 0; i < 32; ++i) {
      if (pred()) return true;
#if defined(__x86_64__) || defined(__i386__)
      __builtin_ia32_pause();
#endif
    }
  } while (monotonic_ns() < end);
  return pred();
}
// How long blocking primitives spin before sleeping (0 on one core).
int64_t gil_spin_ns(ThreadState* ts);

void gil_init(Interpreter* interp);
// Acquire/release for the current thread. `blocking_release` marks a drop
// around a blocking call (voluntary) vs. a forced switch at a check point.
void gil_acquire(ThreadState* ts);
void gil_release(ThreadState* ts, bool voluntary);
// At a check point with kBreakGilDropRequest set: hand the GIL to the next waiter and queue up again.
void gil_yield(ThreadState* ts);
// Deterministic schedule: the check-point hook (kBreakBudget), a lock wait's
// switch point, thread start's wait for the new thread to queue up, and
// switching the mode on/off at run time (only with a single thread).
void gil_sched_tick(ThreadState* ts);
bool gil_is_deterministic(ThreadState* ts);
void gil_sched_yield(ThreadState* ts);
void gil_sched_wait_enqueued(ThreadState* ts, ThreadState* child);
bool gil_set_schedule(ThreadState* ts, bool on, uint64_t seed);
// Python locks (vm/thread.cpp). gil_wait_on: with the GIL held, sleep in
// `list` with the GIL released until a release picks this thread or the
// monotonic deadline `until_ns` passes (-1: none); returns holding the GIL
// (the caller retries the lock). gil_wake_one: the GIL holder released the
// lock; pick its first sleeper (deferred, see Gil::deferred).
void gil_wait_on(ThreadState* ts, GilWaitList* list, int64_t until_ns);
void gil_wake_one(ThreadState* ts, GilWaitList* list);
// Register a thread for statistics; returns its index.
uint32_t gil_register_thread(ThreadState* ts);
void gil_note_thread_end(ThreadState* ts);
// Print the -X gil-stats table to stderr; write trace/timeline files.
void gil_report(Interpreter* interp);
// The statistics as a dict (sys._gil_stats()).
Value gil_stats_dict(ThreadState* ts);
// Record a span on the timeline (asyncio task steps, loop stalls).
void gil_record_span(ThreadState* ts, uint8_t kind, int64_t start_ns, int64_t end_ns, std::string label);

}  // namespace minipy
