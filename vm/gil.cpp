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

// Spin budget of a waiter that expects the GIL (or a lock) within microseconds.
constexpr int64_t kSpinNs = 50000;
uint32_t next_slice(Gil* g) { return uint32_t(1 + splitmix(&g->rng_state) % kMaxSlice); }

void request_drop(ThreadState* holder) {
  if (holder) holder->eval_breaker.fetch_or(kBreakGilDropRequest, std::memory_order_relaxed);
}

// Called with g->mu held when `ts` becomes the holder.
void became_holder(Gil* g, ThreadState* ts, int64_t waited_from) {
  g->locked = true;
  g->holder = ts;
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

// Give the GIL away (g->mu held): to the first queued waiter (fair) or to
// whoever wins the race (cpython).
void hand_off(Gil* g) {
  if (g->policy == GilPolicy::Fair && !g->queue.empty()) {
    GilWaiter* w;
    if (g->deterministic) {  // the seeded PRNG picks the next thread
      size_t i = size_t(splitmix(&g->rng_state) % g->queue.size());
      w = g->queue[i];
      g->queue.erase(g->queue.begin() + long(i));
      if (i < g->npriority) g->npriority--;
    } else {
      w = g->queue.front();
      g->queue.pop_front();
      if (g->npriority) g->npriority--;
      // The new head times the holder's slice: let it start its timer now.
      if (!g->queue.empty()) g->queue.front()->cv.notify_one();
    }
    w->granted.store(true, std::memory_order_release);
    g->holder = w->ts;  // stays locked: ownership moves directly
    vt_of(w->ts)->hold_start_ns = g->slice_start_ns = monotonic_ns();  // its slice starts now (waiters time it)
    g->slice_used_ns = vt_of(w->ts)->slice_used_ns;
    w->cv.notify_one();
    return;
  }
  g->locked = false;
  g->holder = nullptr;
  if (g->policy == GilPolicy::CPython) g->cv_cpython.notify_one();
}

// Block until `ts` holds the GIL (g->mu held through `lk`).
void wait_for_gil(Gil* g, ThreadState* ts, std::unique_lock<std::mutex>& lk, bool returning_from_block,
                  bool keep_place = false) {
  VmThread* vt = vt_of(ts);
  int64_t wait_from = g->record_stats ? monotonic_ns() : 0;
  // sys.setswitchinterval() changes the config; read it at every wait.
  g->interval_ns = int64_t(ts->interp->config.switch_interval * 1e9);
  if (g->interval_ns <= 0) g->interval_ns = 1000;
  const auto interval = std::chrono::nanoseconds(g->interval_ns);
  if (g->policy == GilPolicy::CPython) {
    g->nwaiting++;
    while (g->locked) {
      uint64_t sn = g->switch_number;
      if (g->cv_cpython.wait_for(lk, interval) == std::cv_status::timeout && g->locked && g->switch_number == sn)
        request_drop(g->holder);
    }
    g->nwaiting--;
    became_holder(g, ts, wait_from);
    return;
  }
  if (!g->locked && g->queue.empty()) {
    became_holder(g, ts, wait_from);
    return;
  }
  GilWaiter w{ts};
  bool priority = returning_from_block && vt->last_slice_blocked && !g->deterministic;
  if (priority) {
    g->queue.insert(g->queue.begin() + long(g->npriority), &w);
    g->npriority++;
  } else if (keep_place) {
    g->queue.insert(g->queue.begin() + long(g->npriority), &w);
  } else {
    g->queue.push_back(&w);
  }
  g->nwaiting++;
  if (g->deterministic) g->sched_cv.notify_all();  // thread start waits for this
  if (!g->locked) {
    hand_off(g);  // the lock is free: the queue's head takes it now
  } else if (priority) {
    g->io_preempt = true;
    request_drop(g->holder);  // back from a short block: switch at the next check point
    if (g->spin) {
      // The holder drops the GIL within microseconds: wait for it awake.
      lk.unlock();
      spin_wait([&] { return w.granted.load(std::memory_order_acquire); }, g->spin_ns);
      lk.lock();
    }
  }
  while (!w.granted.load(std::memory_order_relaxed)) {
    // The head of the queue times the holder's slice (what is left of it
    // after preemptions) and asks for a switch when it runs out.
    auto wait = interval;
    bool head = g->queue.front() == &w && g->holder && !g->deterministic;
    if (head) {
      int64_t left = g->slice_start_ns + (g->interval_ns - g->slice_used_ns) - monotonic_ns();
      wait = std::chrono::nanoseconds(std::clamp<int64_t>(left, 20000, g->interval_ns));
    }
    if (w.cv.wait_for(lk, wait) == std::cv_status::timeout && !w.granted.load(std::memory_order_relaxed) &&
        !g->queue.empty() && g->queue.front() == &w && !g->deterministic && g->holder) {
      if (g->slice_used_ns + monotonic_ns() - g->slice_start_ns >= g->interval_ns - 20000) request_drop(g->holder);
    }
  }
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
  stopped_holding(g, ts, voluntary);
  hand_off(g);
}

void gil_release_for_blocking(ThreadState* ts) {
  if (!ts || !ts->interp->gil || !vt_of(ts)->holds_gil) return;
  // The deterministic schedule keeps the GIL across blocking calls: a thread
  // coming back at an OS-chosen moment would make the schedule irreproducible.
  if (ts->interp->gil->deterministic) return;
  gil_release(ts, true);
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
  std::unique_lock<std::mutex> lk(g->mu);
  if (g->policy == GilPolicy::Fair) {
    bool io = g->io_preempt;
    g->io_preempt = false;
    if (g->queue.empty()) return;  // nobody is waiting any more
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
  if (g->nwaiting == 0) return;
  stopped_holding(g, ts, false);
  uint64_t sn = g->switch_number;
  hand_off(g);
  // FORCE_SWITCHING: wait until another thread has taken the GIL.
  while (g->switch_number == sn && g->nwaiting > 0) g->cv_cpython.wait_for(lk, std::chrono::milliseconds(1));
  wait_for_gil(g, ts, lk, false);
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
  g->nwaiting = 0;
  g->io_preempt = false;
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
