// vm/gil.cpp — the GIL: acquisition, FIFO hand-off, forced switches at the
// evaluation loop's check points, the CPython-compatible policy, the seeded
// deterministic schedule, and the statistics behind -X gil-stats /
// gil-trace / gil-timeline.
#include "vm/gil.h"

#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cinttypes>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <thread>

#include "vm/frame.h"

namespace minipy {

int64_t monotonic_ns() {
  timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return int64_t(t.tv_sec) * 1000000000 + t.tv_nsec;
}

namespace {

VmThread* vt_of(ThreadState* ts) { return static_cast<VmThread*>(ts->vm); }

bool xoption(const Interpreter* interp, const char* name, std::string* value) {
  size_t n = std::strlen(name);
  for (const std::string& x : interp->config.xoptions) {
    if (x.compare(0, n, name) == 0 && (x.size() == n || x[n] == '=')) {
      if (value) *value = x.size() > n ? x.substr(n + 1) : "";
      return true;
    }
  }
  return false;
}

uint64_t splitmix(uint64_t* s) {
  uint64_t z = (*s += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

// Length of the next slice of the deterministic schedule, in check points.
// Short slices (1..kMaxSlice) make interleavings inside small critical
// sections likely, which is what a race finder needs.
constexpr uint64_t kMaxSlice = 40;

// How long a lock sleeper's wake-up is deferred while the releasing holder
// keeps running (Gil::deferred). A thread that hands work over through a
// queue or a condition blocks a few microseconds after the release; a holder
// still running after this long is preempted for the sleeper.
constexpr int64_t kDeferNs = 50000;
uint32_t next_slice(Gil* g) { return uint32_t(1 + splitmix(&g->rng_state) % kMaxSlice); }

// g->mu held.
void request_drop(Gil* g, ThreadState* holder) {
  if (!holder) return;
  g->drop_requested.store(true, std::memory_order_relaxed);
  holder->eval_breaker.fetch_or(kBreakGilDropRequest, std::memory_order_relaxed);
}

std::chrono::steady_clock::time_point steady_at(int64_t ns) {
  // libstdc++'s steady_clock is CLOCK_MONOTONIC, the clock of monotonic_ns().
  return std::chrono::steady_clock::time_point(std::chrono::nanoseconds(ns));
}

// Called with g->mu held when `ts` becomes the holder.
void became_holder(Gil* g, ThreadState* ts, int64_t waited_from) {
  if (g->holder && g->holder != ts) {  // two holders would corrupt every object: stop at once
    std::fprintf(stderr, "minipy: fatal: GIL taken while another thread holds it\n");
    std::abort();
  }
  g->locked = true;
  g->holder = ts;
  g->open_release = false;
  g->switch_number++;
  VmThread* vt = vt_of(ts);
  vt->holds_gil = true;
  if (g->deterministic) ts->eval_breaker.fetch_or(kBreakBudget, std::memory_order_relaxed);
  // The slice start is needed by the fair policy's "blocked before using up
  // its slice" rule even without statistics (one clock read per acquisition).
  int64_t now = monotonic_ns();
  vt->hold_start_ns = now;
  g->slice_start_ns = now;
  g->slice_used_ns = vt->slice_used_ns;
  if (g->record_stats) {
    GilThreadStats& st = g->stats[vt->gil_index];
    st.acquisitions++;
    if (waited_from) {
      int64_t w = now - waited_from;
      st.wait_ns += w;
      st.max_wait_ns = std::max(st.max_wait_ns, w);
      if (g->record_events && w > 0) g->events.push_back({vt->gil_index, 1, waited_from, now, {}});
    }
  }
  set_current_thread_state(ts);
}

// Called with g->mu held when `ts` stops holding the GIL.
void stopped_holding(Gil* g, ThreadState* ts, bool voluntary) {
  VmThread* vt = vt_of(ts);
  vt->holds_gil = false;
  int64_t now = monotonic_ns();
  int64_t held = now - vt->hold_start_ns;
  // A drop request was about this hold: forget it (and whether an I/O thread
  // asked), so the thread does not yield for nothing when it next holds the GIL.
  ts->eval_breaker.fetch_and(~uint32_t(kBreakGilDropRequest), std::memory_order_relaxed);
  g->drop_requested.store(false, std::memory_order_relaxed);
  g->io_preempt = false;
  // Preference on return is only for threads that block before using up their slice.
  vt->last_slice_blocked = voluntary && vt->slice_used_ns + held < g->interval_ns;
  if (voluntary) vt->slice_used_ns = 0;
  if (g->record_stats) {
    GilThreadStats& st = g->stats[vt->gil_index];
    st.hold_ns += held;
    if (voluntary) st.voluntary_releases++;
    else st.forced_switches++;
    if (g->record_events && held > 0) g->events.push_back({vt->gil_index, 0, vt->hold_start_ns, now, {}});
  }
}

// The waiter that times the holder's slice and asks it to switch (g->mu
// held): the first CPU-bound waiter, behind threads back from short blocks
// (they asked for the switch already), or the head.
GilWaiter* timer_of(Gil* g) {
  if (g->queue.empty() || g->deterministic) return nullptr;
  return g->npriority < g->queue.size() ? g->queue[g->npriority] : g->queue.front();
}

// After every change of the queue (g->mu held): a new timer is told (woken)
// and starts timing now; `rearm` wakes an unchanged one (a shorter slice).
void update_timer(Gil* g, bool rearm) {
  GilWaiter* t = timer_of(g);
  if (t != g->timer) {
    g->timer = t;
    g->timer_since_ns = monotonic_ns();
    if (t) t->cv.notify_one();
  } else if (t && rearm) {
    t->cv.notify_one();
  }
}

// Give the GIL away (g->mu held): to the first queued waiter (fair) or to
// whoever wins the race (cpython).
void hand_off(Gil* g) {
  g->open_release = false;
  if (g->policy == GilPolicy::Fair && !g->queue.empty()) {
    GilWaiter* w;
    if (g->deterministic) {  // the seeded PRNG picks the next thread
      size_t i = size_t(splitmix(&g->rng_state) % g->queue.size());
      w = g->queue[i];
      g->queue.erase(g->queue.begin() + long(i));
      if (i < g->npriority) g->npriority--;
    } else if (g->overdue && g->overdue->enq_ns <= g->queue.front()->enq_ns) {
      // A CPU-bound waiter waited a whole interval behind threads back from
      // short blocks: it goes first, unless the head has waited even longer.
      w = g->overdue;
      g->overdue = nullptr;
      auto it = std::find(g->queue.begin(), g->queue.end(), w);
      if (size_t(it - g->queue.begin()) < g->npriority) g->npriority--;
      g->queue.erase(it);
    } else {
      w = g->queue.front();
      g->queue.pop_front();
      if (g->npriority) g->npriority--;
      if (w == g->overdue) g->overdue = nullptr;
    }
    w->granted.store(true, std::memory_order_release);
    g->locked = true;  // ownership moves directly (the GIL may have been free: an open release)
    g->holder = w->ts;
    w->notified_ns = vt_of(w->ts)->hold_start_ns = g->slice_start_ns = monotonic_ns();  // its slice starts now (waiters time it)
    g->slice_used_ns = vt_of(w->ts)->slice_used_ns;
    w->cv.notify_one();
    // The timer times the new holder's slice: wake it if it is a new timer,
    // or if the slice is shorter than a whole one.
    update_timer(g, g->slice_used_ns > 0);
    return;
  }
  g->timer = nullptr;
  g->locked = false;
  g->holder = nullptr;
  if (g->policy == GilPolicy::CPython) g->cv_cpython.notify_one();
}

// ---------------------------------------------------------------- lock sleepers
void list_push(GilWaitList* l, GilWaiter* w) {
  w->list = l;
  w->prev = l->tail;
  w->next = nullptr;
  if (l->tail) l->tail->next = w;
  else l->head = w;
  l->tail = w;
  l->n.fetch_add(1, std::memory_order_relaxed);
}

void list_unlink(GilWaiter* w) {
  GilWaitList* l = w->list;
  if (w->prev) w->prev->next = w->next;
  else l->head = w->next;
  if (w->next) w->next->prev = w->prev;
  else l->tail = w->prev;
  w->prev = w->next = nullptr;
  w->list = nullptr;
  l->n.fetch_sub(1, std::memory_order_relaxed);
}

// Put `w` in the fair queue (g->mu held): threads back from a short block
// after the other such threads, a holder preempted by one of them
// (`keep_place`) right behind them, everyone else at the end.
void enqueue(Gil* g, GilWaiter* w, bool keep_place) {
  if (w->where != GilWaiter::kDeferred) w->enq_ns = monotonic_ns();
  w->where = GilWaiter::kQueue;
  if (w->priority) {
    g->queue.insert(g->queue.begin() + long(g->npriority), w);
    g->npriority++;
  } else if (keep_place) {
    g->queue.insert(g->queue.begin() + long(g->npriority), w);
  } else {
    g->queue.push_back(w);
  }
  g->nwaiting++;
  if (g->deterministic) g->sched_cv.notify_all();  // thread start waits for this
  update_timer(g, false);
}

// Move the deferred lock sleepers into the queue (g->mu held). They do not
// wake up: the next hand-off wakes the one it grants. Returns whether one of
// them came back from a short block (it should get the GIL soon).
bool flush_deferred(Gil* g) {
  if (g->deferred.empty()) return false;
  bool priority = false;
  g->defer_ewma_ns += (monotonic_ns() - g->deferred.front()->enq_ns - g->defer_ewma_ns) / 8;
  for (GilWaiter* w : g->deferred) {
    enqueue(g, w, false);
    priority |= w->priority;
  }
  g->deferred.clear();
  g->ndeferred.store(0, std::memory_order_relaxed);
  return priority;
}

// The holder drops the GIL (g->mu held): to the queue's head, deferred lock
// sleepers included.
void release_locked(Gil* g, ThreadState* ts, bool voluntary) {
  stopped_holding(g, ts, voluntary);
  flush_deferred(g);
  hand_off(g);
}

// The holder releases the GIL around a blocking call (g->mu held). Most such
// calls return within microseconds, and a hand-off would then cost two
// switches per call (to the head and back): instead leave the GIL free and
// wake the head; whoever comes first takes it, the head or the returning
// thread (when it qualifies for priority, see wait_for_gil). A head that has
// waited a whole interval gets the GIL directly (no starvation).
void release_for_block(Gil* g, ThreadState* ts) {
  stopped_holding(g, ts, true);
  flush_deferred(g);
  if (g->policy == GilPolicy::Fair && !g->deterministic && !g->queue.empty() && !g->overdue &&
      monotonic_ns() - g->queue.front()->enq_ns < g->interval_ns) {
    g->locked = false;
    g->holder = nullptr;
    g->open_release = true;
    GilWaiter* head = g->queue.front();
    head->raced = true;
    head->cv.notify_one();
    return;
  }
  hand_off(g);
}

// A waiter joins the fair queue itself (g->mu held through `lk`).
void join_queue(Gil* g, GilWaiter& w, std::unique_lock<std::mutex>& lk, bool keep_place) {
  enqueue(g, &w, keep_place);
  if (!g->locked) {
    hand_off(g);  // the lock is free: the queue's head takes it now
  } else if (w.priority) {
    g->io_preempt = true;
    request_drop(g, g->holder);  // back from a short block: switch at the next check point
    if (g->spin) {
      // The holder drops the GIL within microseconds: wait for it awake.
      lk.unlock();
      spin_wait([&] { return w.granted.load(std::memory_order_acquire); }, g->spin_ns);
      lk.lock();
    }
  }
}

// Sleep until `w` holds the GIL (fair policy; g->mu held through `lk`).
// While it sleeps in a lock's list (or deferred), `until_ns` (-1: none)
// bounds the sleep; then it leaves the list and queues for the GIL itself.
void sleep_until_granted(Gil* g, GilWaiter& w, std::unique_lock<std::mutex>& lk, int64_t until_ns) {
  while (!w.granted.load(std::memory_order_relaxed)) {
    if (w.where == GilWaiter::kLockList || w.where == GilWaiter::kDeferred) {
      bool timed_out = false;
      if (until_ns < 0) w.cv.wait(lk);
      else timed_out = w.cv.wait_until(lk, steady_at(until_ns)) == std::cv_status::timeout;
      if (w.notified_ns) {  // how long the OS took to run it (Gil::wake_ewma_ns)
        g->wake_ewma_ns += (monotonic_ns() - w.notified_ns - g->wake_ewma_ns) / 8;
        w.notified_ns = 0;
      }
      if (timed_out && !w.granted.load(std::memory_order_relaxed)) {
        if (w.where == GilWaiter::kLockList) {
          list_unlink(&w);
          w.where = GilWaiter::kNone;
        } else if (w.where == GilWaiter::kDeferred) {
          g->deferred.erase(std::find(g->deferred.begin(), g->deferred.end(), &w));
          g->ndeferred.store(int(g->deferred.size()), std::memory_order_relaxed);
          w.where = GilWaiter::kNone;
        }
      }
      continue;
    }
    if (w.where == GilWaiter::kNone) {  // timed out, or woken directly
      join_queue(g, w, lk, false);
      continue;
    }
    if (!g->locked) {  // an open release: the head takes the GIL
      hand_off(g);
      continue;
    }
    if (w.raced) {
      // Woken by an open release, but the releaser took the GIL back: a
      // thread back from a block asks it to switch, as in join_queue.
      w.raced = false;
      if (w.priority && g->holder) {
        g->io_preempt = true;
        request_drop(g, g->holder);
      }
    }
    // In the queue. The timer (Gil::timer) times the holder's slice (what
    // is left of it after preemptions) and asks for a switch when it runs
    // out. It also times how long it has been the timer: after a whole
    // interval (short holds by threads back from blocks, each a new slice,
    // priority waiters served ahead of it) it is served next (bounded
    // preference: no starvation). In a plain round of CPU-bound threads it
    // becomes the timer when its predecessor takes the GIL, so both times end
    // together.
    auto wait = std::chrono::nanoseconds(g->interval_ns);
    if (g->holder && g->timer == &w) {
      int64_t deadline = std::min(g->slice_start_ns + (g->interval_ns - g->slice_used_ns),
                                  g->timer_since_ns + g->interval_ns);
      wait = std::chrono::nanoseconds(std::clamp<int64_t>(deadline - monotonic_ns(), 20000, g->interval_ns));
    }
    if (w.cv.wait_for(lk, wait) == std::cv_status::timeout && !w.granted.load(std::memory_order_relaxed) &&
        g->holder && g->timer == &w) {
      int64_t now = monotonic_ns();
      if (now - g->timer_since_ns >= g->interval_ns - 20000) {  // the holders changed, but it still waits
        g->overdue = &w;
        request_drop(g, g->holder);
      } else if (g->slice_used_ns + now - g->slice_start_ns >= g->interval_ns - 20000) {
        request_drop(g, g->holder);
      }
    }
  }
}

void read_interval(Gil* g, ThreadState* ts) {
  // sys.setswitchinterval() changes the config; read it at every wait.
  g->interval_ns = int64_t(ts->interp->config.switch_interval * 1e9);
  if (g->interval_ns <= 0) g->interval_ns = 1000;
}

// Block until `ts` holds the GIL (g->mu held through `lk`).
void wait_for_gil(Gil* g, ThreadState* ts, std::unique_lock<std::mutex>& lk, bool returning_from_block,
                  bool keep_place = false) {
  VmThread* vt = vt_of(ts);
  int64_t wait_from = g->record_stats ? monotonic_ns() : 0;
  read_interval(g, ts);
  if (g->policy == GilPolicy::CPython) {
    const auto interval = std::chrono::nanoseconds(g->interval_ns);
    g->nwaiting++;
    while (g->locked) {
      uint64_t sn = g->switch_number;
      if (g->cv_cpython.wait_for(lk, interval) == std::cv_status::timeout && g->locked && g->switch_number == sn)
        request_drop(g, g->holder);
    }
    g->nwaiting--;
    became_holder(g, ts, wait_from);
    return;
  }
  bool priority = returning_from_block && vt->last_slice_blocked && !g->deterministic;
  // A free GIL is taken at once when nobody waits, or after an open release
  // by a thread back from a short block (ahead of the woken head).
  if (!g->locked && (g->queue.empty() || (g->open_release && priority))) {
    became_holder(g, ts, wait_from);
    return;
  }
  GilWaiter w{ts};
  w.priority = priority;
  join_queue(g, w, lk, keep_place);
  sleep_until_granted(g, w, lk, -1);
  g->nwaiting--;
  g->locked = true;
  became_holder(g, ts, wait_from);
}

}  // namespace

void gil_init(Interpreter* interp) {
  auto* g = new Gil();
  interp->gil = g;
  g->interval_ns = int64_t(interp->config.switch_interval * 1e9);
  if (g->interval_ns <= 0) g->interval_ns = 5000000;
  std::string v;
  if (xoption(interp, "gil-policy", &v) && v == "cpython") g->policy = GilPolicy::CPython;
  if (xoption(interp, "gil-stats", nullptr)) g->record_stats = true;
  if (xoption(interp, "gil-trace", &v) || xoption(interp, "gil-timeline", &v)) {
    g->record_stats = true;
    g->record_events = true;
  }
  if (xoption(interp, "gil-schedule", &v)) {
    g->deterministic = true;
    g->rng_state = std::strtoull(v.c_str(), nullptr, 10) ^ 0x5eedull;
    g->sched_countdown = next_slice(g);
  }
  g->t0_ns = monotonic_ns();
  g->spin = false;
  g->spin_ns = 0;  // off by default: on a loaded machine spinning costs far more than it saves
  if (xoption(interp, "gil-spin", &v)) {
    g->spin_ns = std::strtoll(v.c_str(), nullptr, 10);
    g->spin = g->spin_ns > 0 && sysconf(_SC_NPROCESSORS_ONLN) > 1;
  }
}

int64_t gil_spin_ns(ThreadState* ts) {
  Gil* g = ts->interp->gil;
  return g && g->spin && !g->deterministic ? g->spin_ns : 0;
}

uint32_t gil_register_thread(ThreadState* ts) {
  Gil* g = ts->interp->gil;
  std::lock_guard<std::mutex> lk(g->mu);
  VmThread* vt = vt_of(ts);
  vt->gil_index = uint32_t(g->stats.size());
  GilThreadStats st;
  st.name = ts->name;
  st.thread_id = ts->thread_id;
  st.started_ns = monotonic_ns();
  g->stats.push_back(st);
  return vt->gil_index;
}

void gil_note_thread_end(ThreadState* ts) {
  Gil* g = ts->interp->gil;
  std::lock_guard<std::mutex> lk(g->mu);
  VmThread* vt = vt_of(ts);
  if (vt->gil_index < g->stats.size()) {
    g->stats[vt->gil_index].ended_ns = monotonic_ns();
    g->stats[vt->gil_index].name = ts->name;
  }
}

void gil_acquire(ThreadState* ts) {
  Gil* g = ts->interp->gil;
  std::unique_lock<std::mutex> lk(g->mu);
  wait_for_gil(g, ts, lk, false);
}

void gil_release(ThreadState* ts, bool voluntary) {
  Gil* g = ts->interp->gil;
  std::unique_lock<std::mutex> lk(g->mu);
  release_locked(g, ts, voluntary);
}

void gil_release_for_blocking(ThreadState* ts) {
  if (!ts || !ts->interp->gil || !vt_of(ts)->holds_gil) return;
  // The deterministic schedule keeps the GIL across blocking calls: a thread
  // coming back at an OS-chosen moment would make the schedule irreproducible.
  Gil* g = ts->interp->gil;
  if (g->deterministic) return;
  std::unique_lock<std::mutex> lk(g->mu);
  release_for_block(g, ts);
}

void gil_reacquire_after_blocking(ThreadState* ts) {
  if (!ts || !ts->interp->gil) return;
  Gil* g = ts->interp->gil;
  if (vt_of(ts)->holds_gil) return;
  std::unique_lock<std::mutex> lk(g->mu);
  wait_for_gil(g, ts, lk, true);
}

void gil_yield(ThreadState* ts) {
  Gil* g = ts->interp->gil;
  ts->eval_breaker.fetch_and(~uint32_t(kBreakGilDropRequest), std::memory_order_relaxed);
  if (g->policy == GilPolicy::Fair) {
    // The bit may be the holder's own watch over deferred lock wake-ups: keep
    // running (and watching) until their deadline, unless someone asked.
    // The clock is read every 16th check point (only the holder touches the countdown).
    if (g->ndeferred.load(std::memory_order_relaxed) > 0 && !g->drop_requested.load(std::memory_order_relaxed) &&
        ((++g->defer_checks & 15) != 0 || monotonic_ns() < g->defer_deadline_ns)) {
      ts->eval_breaker.fetch_or(kBreakGilDropRequest, std::memory_order_relaxed);
      return;
    }
    std::unique_lock<std::mutex> lk(g->mu);
    if (!g->deferred.empty()) {
      if (flush_deferred(g)) {
        g->io_preempt = true;  // one of them came back from a short block: switch to it now
        g->drop_requested.store(true, std::memory_order_relaxed);
      }
    }
    bool io = g->io_preempt;
    g->io_preempt = false;
    if (!g->drop_requested.load(std::memory_order_relaxed) || g->queue.empty()) {
      g->drop_requested.store(false, std::memory_order_relaxed);
      return;  // nobody is waiting any more
    }
    VmThread* vt = vt_of(ts);
    int64_t used = vt->slice_used_ns + (monotonic_ns() - vt->hold_start_ns);
    stopped_holding(g, ts, false);
    // Preempted by a thread back from I/O before its slice ran out: it runs
    // again right after that thread, for the rest of its slice.
    bool keep = io && used < g->interval_ns;
    vt->slice_used_ns = keep ? used : 0;
    hand_off(g);
    wait_for_gil(g, ts, lk, false, keep);
    return;
  }
  std::unique_lock<std::mutex> lk(g->mu);
  if (g->nwaiting == 0) {
    g->drop_requested.store(false, std::memory_order_relaxed);
    return;
  }
  stopped_holding(g, ts, false);
  uint64_t sn = g->switch_number;
  hand_off(g);
  // FORCE_SWITCHING: wait until another thread has taken the GIL.
  while (g->switch_number == sn && g->nwaiting > 0) g->cv_cpython.wait_for(lk, std::chrono::milliseconds(1));
  wait_for_gil(g, ts, lk, false);
}

// ---------------------------------------------------------------- Python locks
void gil_wait_on(ThreadState* ts, GilWaitList* list, int64_t until_ns) {
  Gil* g = ts->interp->gil;
  VmThread* vt = vt_of(ts);
  if (!g || g->deterministic || !vt->holds_gil) {
    // Not reached by lock waits (the GIL holder calls this; the deterministic
    // schedule yields instead): nap so the caller's retry loop is not a spin.
    std::this_thread::sleep_for(std::chrono::microseconds(100));
    return;
  }
  std::unique_lock<std::mutex> lk(g->mu);
  read_interval(g, ts);
  GilWaiter w{ts};
  w.fork_generation = g->fork_generation;
  list_push(list, &w);
  w.where = GilWaiter::kLockList;
  release_locked(g, ts, true);
  // Like any thread back from a block: served first if its slice was not used up.
  w.priority = vt->last_slice_blocked;
  if (g->policy == GilPolicy::CPython) {
    // CPython: the release wakes the sleeper at once, and it races for the GIL.
    while (w.where == GilWaiter::kLockList) {
      if (until_ns < 0) {
        w.cv.wait(lk);
      } else if (w.cv.wait_until(lk, steady_at(until_ns)) == std::cv_status::timeout) {
        if (w.where == GilWaiter::kLockList) list_unlink(&w);
        break;
      }
    }
    w.where = GilWaiter::kNone;
    wait_for_gil(g, ts, lk, true);
    return;
  }
  sleep_until_granted(g, w, lk, until_ns);
  g->nwaiting--;
  g->locked = true;
  became_holder(g, ts, g->record_stats ? w.enq_ns : 0);
}

void gil_wake_one(ThreadState* ts, GilWaitList* list) {
  Gil* g = ts->interp->gil;
  std::lock_guard<std::mutex> lk(g->mu);
  GilWaiter* w = list->head;
  // In a fork child, sleepers of the parent's other threads are gone.
  while (w && w->fork_generation != g->fork_generation) {
    list_unlink(w);
    w = list->head;
  }
  if (!w) return;
  list_unlink(w);
  if (g->policy == GilPolicy::Fair && !g->deterministic && g->holder == ts) {
    // Do not wake it (it would find the GIL held and sleep again): it gets
    // the GIL when this thread next drops it, or after kDeferNs. Except when
    // the OS wakes threads more slowly than holders drop the GIL after such a
    // release: then waking it now overlaps its wake-up with the rest of this
    // thread's work (it still waits for the hand-off; see Gil::wake_ewma_ns).
    int64_t now = monotonic_ns();
    w->where = GilWaiter::kDeferred;
    w->enq_ns = now;
    g->deferred.push_back(w);
    if (g->ndeferred.fetch_add(1, std::memory_order_relaxed) == 0)
      g->defer_deadline_ns = now + std::min(kDeferNs, g->interval_ns / 2);
    ts->eval_breaker.fetch_or(kBreakGilDropRequest, std::memory_order_relaxed);  // gil_yield watches the deadline
    if (g->wake_ewma_ns > g->defer_ewma_ns + g->defer_ewma_ns / 4) {  // it would arrive after the drop anyway
      w->notified_ns = now;
      w->cv.notify_one();
    }
    return;
  }
  w->where = GilWaiter::kNone;
  w->cv.notify_one();
}

// ---------------------------------------------------------------- deterministic schedule
bool gil_is_deterministic(ThreadState* ts) { return ts->interp->gil && ts->interp->gil->deterministic; }

void gil_sched_tick(ThreadState* ts) {
  Gil* g = ts->interp->gil;
  if (!g->deterministic) return;
  // Only the holder reads or writes the countdown and the PRNG outside g->mu.
  if (g->sched_countdown > 1) {
    g->sched_countdown--;
    ts->eval_breaker.fetch_or(kBreakBudget, std::memory_order_relaxed);
    return;
  }
  std::unique_lock<std::mutex> lk(g->mu);
  g->sched_countdown = next_slice(g);
  if (g->queue.empty()) {
    ts->eval_breaker.fetch_or(kBreakBudget, std::memory_order_relaxed);
    return;
  }
  stopped_holding(g, ts, false);
  hand_off(g);
  wait_for_gil(g, ts, lk, false);
}

void gil_sched_yield(ThreadState* ts) {
  Gil* g = ts->interp->gil;
  std::unique_lock<std::mutex> lk(g->mu);
  if (g->queue.empty()) {
    // Nobody else can run (blocking calls keep the GIL in this mode): the
    // awaited lock can only be released by a timeout or a signal. Nap briefly.
    lk.unlock();
    std::this_thread::sleep_for(std::chrono::microseconds(200));
    return;
  }
  g->sched_countdown = next_slice(g);
  stopped_holding(g, ts, true);
  hand_off(g);
  wait_for_gil(g, ts, lk, false);
}

void gil_sched_wait_enqueued(ThreadState* ts, ThreadState* child) {
  Gil* g = ts->interp->gil;
  if (!g->deterministic) return;
  std::unique_lock<std::mutex> lk(g->mu);
  g->sched_cv.wait(lk, [&] {
    for (GilWaiter* w : g->queue)
      if (w->ts == child) return true;
    return false;
  });
}

bool gil_set_schedule(ThreadState* ts, bool on, uint64_t seed) {
  Gil* g = ts->interp->gil;
  if (ts->interp->threads.size() != 1) {
    raise(ts, Exc::RuntimeError, "the GIL schedule can only change while no other thread runs");
    return false;
  }
  std::lock_guard<std::mutex> lk(g->mu);
  g->deterministic = on;
  g->rng_state = seed ^ 0x5eedull;
  if (on) {
    g->sched_countdown = next_slice(g);
    ts->eval_breaker.fetch_or(kBreakBudget, std::memory_order_relaxed);
  }
  return true;
}

// ---------------------------------------------------------------- reports
Value gil_stats_dict(ThreadState* ts) {
  Gil* g = ts->interp->gil;
  DictObject* d = dict_new(ts);
  if (!d) return Value();
  Ref dref(Value::from_obj(d));
  std::vector<GilThreadStats> stats;
  int64_t now = monotonic_ns();
  {
    std::lock_guard<std::mutex> lk(g->mu);
    stats = g->stats;
    VmThread* vt = vt_of(ts);
    if (vt->gil_index < stats.size() && vt->holds_gil && g->record_stats)
      stats[vt->gil_index].hold_ns += now - vt->hold_start_ns;
  }
  auto setf = [&](DictObject* t, const char* k, Value v) {
    dict_set_str(ts, t, k, v);
    decref(v);
  };
  ListObject* threads = list_new(ts);
  for (const GilThreadStats& st : stats) {
    DictObject* t = dict_new(ts);
    setf(t, "name", str_new(ts, st.name));
    setf(t, "acquisitions", int_from_i64(ts, int64_t(st.acquisitions)));
    setf(t, "hold_s", float_new(ts, double(st.hold_ns) / 1e9));
    setf(t, "wait_s", float_new(ts, double(st.wait_ns) / 1e9));
    setf(t, "max_wait_s", float_new(ts, double(st.max_wait_ns) / 1e9));
    setf(t, "forced_switches", int_from_i64(ts, int64_t(st.forced_switches)));
    setf(t, "voluntary_releases", int_from_i64(ts, int64_t(st.voluntary_releases)));
    list_append(ts, threads, Value::from_obj(t));
    decref(t);
  }
  setf(d, "threads", Value::from_obj(threads));
  setf(d, "enabled", Value::boolean(g->record_stats));
  setf(d, "switch_interval", float_new(ts, double(g->interval_ns) / 1e9));
  setf(d, "policy", str_new(ts, g->policy == GilPolicy::Fair ? "fair" : "cpython"));
  setf(d, "wall_s", float_new(ts, double(now - g->t0_ns) / 1e9));
  return dref.release();
}

void gil_record_span(ThreadState* ts, uint8_t kind, int64_t start_ns, int64_t end_ns, std::string label) {
  Gil* g = ts->interp->gil;
  if (!g || !g->record_events) return;
  std::lock_guard<std::mutex> lk(g->mu);
  g->events.push_back({vt_of(ts)->gil_index, kind, start_ns, end_ns, std::move(label)});
}

static std::string json_escape(const std::string& s) {
  std::string o;
  for (char c : s) {
    if (c == '"' || c == '\\') { o += '\\'; o += c; }
    else if (uint8_t(c) < 0x20) { char b[8]; std::snprintf(b, sizeof b, "\\u%04x", c); o += b; }
    else o += c;
  }
  return o;
}

static void write_trace(Gil* g, const std::string& path) {
  FILE* f = std::fopen(path.c_str(), "w");
  if (!f) { std::fprintf(stderr, "minipy: cannot write %s\n", path.c_str()); return; }
  std::fprintf(f, "{\"traceEvents\":[\n");
  bool first = true;
  for (size_t i = 0; i < g->stats.size(); ++i) {
    std::fprintf(f, "%s{\"name\":\"thread_name\",\"ph\":\"M\",\"pid\":1,\"tid\":%zu,\"args\":{\"name\":\"%s\"}}",
                 first ? "" : ",\n", i, json_escape(g->stats[i].name).c_str());
    first = false;
  }
  static const char* const kKinds[] = {"holds GIL", "waits for GIL", "task step", "event loop stall"};
  for (const GilEvent& e : g->events) {
    std::string name = e.label.empty() ? kKinds[e.kind] : json_escape(e.label);
    if (e.kind == 3) name = "stall: " + name;
    std::fprintf(f, "%s{\"name\":\"%s\",\"cat\":\"%s\",\"ph\":\"X\",\"pid\":1,\"tid\":%u,\"ts\":%.3f,\"dur\":%.3f}",
                 first ? "" : ",\n", name.c_str(), e.kind == 0 ? "gil" : e.kind == 1 ? "wait" : e.kind == 2 ? "asyncio" : "stall",
                 e.thread_index, double(e.start_ns - g->t0_ns) / 1e3, double(e.end_ns - e.start_ns) / 1e3);
    first = false;
  }
  std::fprintf(f, "\n],\"displayTimeUnit\":\"ms\"}\n");
  std::fclose(f);
}

// Text inside SVG elements: escape XML's special characters (labels such as
// "f.<locals>.g" would otherwise break the picture).
static std::string xml_escape(const std::string& s) {
  std::string o;
  for (char c : s) {
    if (c == '<') o += "&lt;";
    else if (c == '>') o += "&gt;";
    else if (c == '&') o += "&amp;";
    else if (c == '"') o += "&quot;";
    else o += c;
  }
  return o;
}

static void write_svg(Gil* g, const std::string& path, int64_t end_ns) {
  FILE* f = std::fopen(path.c_str(), "w");
  if (!f) { std::fprintf(stderr, "minipy: cannot write %s\n", path.c_str()); return; }
  const int width = 1200, label_w = 160, row_h = 28, top = 40;
  int height = top + row_h * int(g->stats.size()) + 60;
  double span = double(std::max<int64_t>(end_ns - g->t0_ns, 1));
  double scale = (width - label_w - 20) / span;
  std::fprintf(f, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"12\">\n", width, height);
  std::fprintf(f, "<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>\n");
  std::fprintf(f, "<text x=\"10\" y=\"20\" font-size=\"14\">minipy GIL timeline: green = holds the GIL, red = waits for it, blue = asyncio task step, orange = event-loop stall (%.1f ms total)</text>\n", span / 1e6);
  for (size_t i = 0; i < g->stats.size(); ++i) {
    int y = top + int(i) * row_h;
    std::fprintf(f, "<text x=\"10\" y=\"%d\">%s</text>\n", y + 17, xml_escape(g->stats[i].name).c_str());
    std::fprintf(f, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#f4f4f4\"/>\n", label_w, y + 4, width - label_w - 20, row_h - 8);
  }
  // GIL spans first, asyncio spans (task steps, stalls) on top of them.
  for (int pass = 0; pass < 2; ++pass)
  for (const GilEvent& e : g->events) {
    if ((e.kind >= 2) != (pass == 1)) continue;
    int y = top + int(e.thread_index) * row_h;
    double x = label_w + double(e.start_ns - g->t0_ns) * scale;
    double w = std::max(0.5, double(e.end_ns - e.start_ns) * scale);
    const char* color = e.kind == 0 ? "#2e9e44" : e.kind == 1 ? "#d9534f" : e.kind == 2 ? "#3b7dd8" : "#f0ad4e";
    int y0 = e.kind == 1 ? y + 16 : y + 4;
    int h = e.kind == 1 ? row_h - 20 : (e.kind >= 2 ? 7 : row_h - 8);
    if (e.label.empty()) {
      std::fprintf(f, "<rect x=\"%.2f\" y=\"%d\" width=\"%.2f\" height=\"%d\" fill=\"%s\"/>\n", x, y0, w, h, color);
    } else {  // asyncio spans carry the task's name as a tooltip
      std::fprintf(f, "<rect x=\"%.2f\" y=\"%d\" width=\"%.2f\" height=\"%d\" fill=\"%s\"><title>%s%s</title></rect>\n", x, y0,
                   w, h, color, e.kind == 3 ? "stall: " : "", xml_escape(e.label).c_str());
    }
  }
  int axis_y = top + row_h * int(g->stats.size()) + 20;
  for (int t = 0; t <= 10; ++t) {
    double x = label_w + (width - label_w - 20) * t / 10.0;
    std::fprintf(f, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#999\"/>\n", x, axis_y - 5, x, axis_y);
    std::fprintf(f, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%.1f ms</text>\n", x, axis_y + 15, span / 1e6 * t / 10.0);
  }
  std::fprintf(f, "</svg>\n");
  std::fclose(f);
}

void gil_report(Interpreter* interp) {
  Gil* g = interp->gil;
  if (!g || !g->record_stats) return;
  int64_t now = monotonic_ns();
  std::vector<GilThreadStats> stats;
  {
    std::lock_guard<std::mutex> lk(g->mu);
    // Close the current holder's span.
    if (g->holder) {
      VmThread* vt = vt_of(g->holder);
      GilThreadStats& st = g->stats[vt->gil_index];
      st.hold_ns += now - vt->hold_start_ns;
      if (g->record_events) g->events.push_back({vt->gil_index, 0, vt->hold_start_ns, now, {}});
      vt->hold_start_ns = now;
    }
    stats = g->stats;
  }
  std::string v;
  if (xoption(interp, "gil-stats", nullptr)) {
    double wall = double(now - g->t0_ns) / 1e9;
    int64_t held = 0, waited = 0;
    std::fprintf(stderr, "\n== minipy GIL statistics (policy %s, switch interval %.3f ms) ==\n",
                 g->policy == GilPolicy::Fair ? "fair" : "cpython", double(g->interval_ns) / 1e6);
    std::fprintf(stderr, "%-20s %8s %10s %10s %10s %10s %8s %9s\n", "thread", "acquires", "held ms", "waited ms",
                 "mean wait", "max wait", "forced", "voluntary");
    for (const GilThreadStats& st : stats) {
      held += st.hold_ns;
      waited += st.wait_ns;
      double mean = st.acquisitions ? double(st.wait_ns) / double(st.acquisitions) / 1e6 : 0.0;
      std::fprintf(stderr, "%-20.20s %8" PRIu64 " %10.2f %10.2f %10.3f %10.3f %8" PRIu64 " %9" PRIu64 "\n", st.name.c_str(),
                   st.acquisitions, double(st.hold_ns) / 1e6, double(st.wait_ns) / 1e6, mean,
                   double(st.max_wait_ns) / 1e6, st.forced_switches, st.voluntary_releases);
    }
    std::fprintf(stderr, "wall %.3f s; GIL held %.1f%% of the time; threads waiting for it %.1f%% (summed over threads)\n",
                 wall, wall > 0 ? 100.0 * double(held) / 1e9 / wall : 0.0,
                 wall > 0 ? 100.0 * double(waited) / 1e9 / wall : 0.0);
  }
  if (xoption(interp, "gil-trace", &v) && !v.empty()) write_trace(g, v);
  if (xoption(interp, "gil-timeline", &v) && !v.empty()) write_svg(g, v, now);
}

}  // namespace minipy

namespace minipy {

// ---------------------------------------------------------------- fork (vm/fork.cpp)
// In the child of fork() only the forking thread exists and it held the GIL
// (and g->mu, locked by posix_fork across the call). Rebuild the lock's
// synchronisation objects (waiters belonged to threads that are gone) and
// make `ts` the holder.
void gil_after_fork(ThreadState* ts) {
  Gil* g = ts->interp->gil;
  if (!g) return;
  new (&g->mu) std::mutex();
  new (&g->cv_cpython) std::condition_variable();
  new (&g->sched_cv) std::condition_variable();
  g->queue.clear();
  g->deferred.clear();
  g->overdue = nullptr;
  g->timer = nullptr;
  g->ndeferred = 0;
  g->drop_requested = false;
  g->fork_generation++;  // sleepers in Python locks belonged to threads that are gone
  g->nwaiting = 0;
  g->io_preempt = false;
  g->open_release = false;
  g->npriority = 0;
  g->locked = true;
  g->holder = ts;
  VmThread* vt = vt_of(ts);
  vt->holds_gil = true;
  vt->hold_start_ns = monotonic_ns();
  vt->slice_used_ns = 0;
  vt->last_slice_blocked = false;
  ts->eval_breaker.fetch_and(~uint32_t(kBreakGilDropRequest), std::memory_order_relaxed);
  set_current_thread_state(ts);
}

}  // namespace minipy
