// vm/fork.cpp — processes: os.fork() and the child's recovery (only the
// calling thread survives; it takes over the GIL, becomes the main thread,
// and threading is reinitialised), plus the small native helpers the
// Python-source multiprocessing package needs: process-shared semaphores
// (POSIX sem_t in MAP_SHARED memory) and shared memory for Value/Array, and a
// poll() on one descriptor. posix.cpp registers these functions (posix.fork,
// posix._mp_*).
// Must not: keep process-wide state (shared blocks are owned by the Python
// objects that asked for them and live until the process exits), or touch
// objects while the GIL is released.
#include <poll.h>
#include <semaphore.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cerrno>
#include <cmath>
#include <cstring>
#include <ctime>
#include <new>

#include "runtime/runtime.h"
#include "vm/gil.h"
#include "vm/vm.h"

namespace minipy {

// Appended to vm/gil.cpp: after fork() in the child, the calling thread holds a fresh GIL.
void gil_after_fork(ThreadState* ts);

namespace {

bool get_i64(ThreadState* ts, Value v, int64_t* out) {
  if (is_float(ts, v)) {
    raise(ts, Exc::TypeError, "'float' object cannot be interpreted as an integer");
    return false;
  }
  return index_i64(ts, v, out);
}

bool get_ptr(ThreadState* ts, Value v, char** out) {
  int64_t a;
  if (!get_i64(ts, v, &a)) return false;
  if (a == 0) {
    raise(ts, Exc::ValueError, "null shared block");
    return false;
  }
  *out = reinterpret_cast<char*>(uintptr_t(a));
  return true;
}

// The child's side of fork(): forget the other threads (they do not exist
// here), take the GIL, and let threading rebuild its bookkeeping.
void after_fork_child(ThreadState* ts) {
  Interpreter* interp = ts->interp;
  gil_after_fork(ts);
  // The other ThreadStates belonged to threads that were not copied; their
  // frames and objects are leaked on purpose (CPython does the same).
  interp->threads.clear();
  interp->threads.push_back(ts);
  interp->main_thread = ts;
  signals_install(ts);
  Value threading = interp->modules ? dict_get_str(interp->modules, intern(ts, "threading")) : Value();
  if (threading) {
    // CPython calls it as an after-fork hook: a failure is unraisable, reported with the function.
    Ref fn(getattr_str(ts, threading, "_after_fork"));
    Ref r(fn ? call0(ts, fn.get()) : Value());
    if (!r) write_unraisable(ts, fn.get());
  }
}

// Allocate `size` bytes of zeroed memory shared with future children.
char* shared_alloc(size_t size) {
  void* p = ::mmap(nullptr, size ? size : 1, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
  return p == MAP_FAILED ? nullptr : static_cast<char*>(p);
}

struct SharedSem {
  sem_t sem;
  int maxvalue;
};

}  // namespace

// fork() -> 0 in the child, the child's pid in the parent. Like CPython's
// os.fork it does not flush Python-level buffers (multiprocessing does).
Value posix_fork(ThreadState* ts, Value, const Value*, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "fork", kw) || !check_nargs(ts, "fork", nargs, 0, 0)) return Value();
  Gil* g = ts->interp->gil;
  // Hold the GIL's internal mutex across fork() so that no other thread owns
  // it at the moment of the copy (it would stay locked forever in the child).
  if (g) g->mu.lock();
  pid_t pid = ::fork();
  if (pid != 0) {
    int err = errno;
    if (g) g->mu.unlock();
    if (pid < 0) return raise_errno(ts, err);
    return int_from_i64(ts, pid);
  }
  after_fork_child(ts);
  return Value::small_int(0);
}

// _mp_sem_new(value, maxvalue) -> handle of a process-shared semaphore.
Value posix_mp_sem_new(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "_mp_sem_new", kw) || !check_nargs(ts, "_mp_sem_new", nargs, 2, 2)) return Value();
  int64_t value, maxvalue;
  if (!get_i64(ts, args[0], &value) || !get_i64(ts, args[1], &maxvalue)) return Value();
  if (value < 0) return raise(ts, Exc::ValueError, "invalid value");
  auto* s = reinterpret_cast<SharedSem*>(shared_alloc(sizeof(SharedSem)));
  if (!s) return raise_errno(ts, errno);
  if (::sem_init(&s->sem, 1, unsigned(value)) != 0) return raise_errno(ts, errno);
  s->maxvalue = int(maxvalue);
  return int_from_u64(ts, uint64_t(uintptr_t(s)));
}

// _mp_sem_acquire(handle, timeout) -> bool; timeout None/negative waits
// forever. The GIL is released while waiting; Ctrl-C raises KeyboardInterrupt.
Value posix_mp_sem_acquire(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "_mp_sem_acquire", kw) || !check_nargs(ts, "_mp_sem_acquire", nargs, 2, 2)) return Value();
  char* p;
  if (!get_ptr(ts, args[0], &p)) return Value();
  auto* s = reinterpret_cast<SharedSem*>(p);
  double timeout = -1;
  if (!args[1].is_none() && !as_double(ts, args[1], &timeout)) return Value();
  if (::sem_trywait(&s->sem) == 0) return Value::True();
  if (timeout == 0) return Value::False();
  timespec deadline;
  ::clock_gettime(CLOCK_REALTIME, &deadline);
  double end = double(deadline.tv_sec) + double(deadline.tv_nsec) / 1e9 + (timeout > 0 ? timeout : 0);
  while (true) {
    // Wake up now and then so Ctrl-C is noticed even without EINTR.
    timespec now;
    ::clock_gettime(CLOCK_REALTIME, &now);
    double t = double(now.tv_sec) + double(now.tv_nsec) / 1e9;
    double until = t + 0.05;
    if (timeout >= 0 && end < until) until = end;
    timespec w;
    w.tv_sec = time_t(std::floor(until));
    w.tv_nsec = long((until - std::floor(until)) * 1e9);
    int r, err;
    {
      GilRelease unlocked(ts);
      r = ::sem_timedwait(&s->sem, &w);
      err = errno;
    }
    if (r == 0) return Value::True();
    if (err != ETIMEDOUT && err != EINTR) return raise_errno(ts, err);
    if (!signals_check(ts)) return Value();
    if (timeout >= 0) {
      ::clock_gettime(CLOCK_REALTIME, &now);
      if (double(now.tv_sec) + double(now.tv_nsec) / 1e9 >= end) return Value::False();
    }
  }
}

// _mp_sem_release(handle): ValueError when a bounded semaphore would exceed its maximum.
Value posix_mp_sem_release(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "_mp_sem_release", kw) || !check_nargs(ts, "_mp_sem_release", nargs, 1, 1)) return Value();
  char* p;
  if (!get_ptr(ts, args[0], &p)) return Value();
  auto* s = reinterpret_cast<SharedSem*>(p);
  int v = 0;
  ::sem_getvalue(&s->sem, &v);
  if (s->maxvalue > 0 && v >= s->maxvalue)
    return raise(ts, Exc::ValueError, "semaphore or lock released too many times");
  if (::sem_post(&s->sem) != 0) return raise_errno(ts, errno);
  return Value::none();
}

Value posix_mp_sem_value(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "_mp_sem_value", kw) || !check_nargs(ts, "_mp_sem_value", nargs, 1, 1)) return Value();
  char* p;
  if (!get_ptr(ts, args[0], &p)) return Value();
  int v = 0;
  ::sem_getvalue(&reinterpret_cast<SharedSem*>(p)->sem, &v);
  return Value::small_int(v < 0 ? 0 : v);
}

// _mp_shm_new(size) -> handle of zeroed memory shared with children forked later.
Value posix_mp_shm_new(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "_mp_shm_new", kw) || !check_nargs(ts, "_mp_shm_new", nargs, 1, 1)) return Value();
  int64_t size;
  if (!get_i64(ts, args[0], &size)) return Value();
  if (size < 0) return raise(ts, Exc::ValueError, "negative size");
  char* p = shared_alloc(size_t(size));
  if (!p) return raise_errno(ts, errno);
  return int_from_u64(ts, uint64_t(uintptr_t(p)));
}

namespace {

size_t typecode_size(char c) {
  switch (c) {
    case 'c': case 'b': case 'B': case '?': return 1;
    case 'h': case 'H': return 2;
    case 'i': case 'I': case 'f': return 4;
    case 'l': case 'L': case 'q': case 'Q': case 'd': return 8;
    case 'u': return 4;
    default: return 0;
  }
}

bool get_typecode(ThreadState* ts, Value v, char* out) {
  if (!is_str(ts, v) || str_view(v).size() != 1 || !typecode_size(str_view(v)[0])) {
    raise(ts, Exc::TypeError, "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
    return false;
  }
  *out = str_view(v)[0];
  return true;
}

template <typename T>
T load(const char* p) {
  T v;
  std::memcpy(&v, p, sizeof v);
  return v;
}
template <typename T>
void store(char* p, T v) {
  std::memcpy(p, &v, sizeof v);
}

}  // namespace

// _mp_shm_get(handle, typecode, index) -> the element as a Python value.
Value posix_mp_shm_get(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "_mp_shm_get", kw) || !check_nargs(ts, "_mp_shm_get", nargs, 3, 3)) return Value();
  char* p;
  char tc;
  int64_t i;
  if (!get_ptr(ts, args[0], &p) || !get_typecode(ts, args[1], &tc) || !get_i64(ts, args[2], &i)) return Value();
  p += size_t(i) * typecode_size(tc);
  switch (tc) {
    case 'c': return bytes_new(ts, std::string_view(p, 1));
    case 'b': return Value::small_int(load<int8_t>(p));
    case 'B': return Value::small_int(load<uint8_t>(p));
    case '?': return Value::boolean(load<uint8_t>(p) != 0);
    case 'h': return Value::small_int(load<int16_t>(p));
    case 'H': return Value::small_int(load<uint16_t>(p));
    case 'i': return Value::small_int(load<int32_t>(p));
    case 'I': return Value::small_int(load<uint32_t>(p));
    case 'l': case 'q': return int_from_i64(ts, load<int64_t>(p));
    case 'L': case 'Q': return int_from_u64(ts, load<uint64_t>(p));
    case 'f': return float_new(ts, double(load<float>(p)));
    case 'd': return float_new(ts, load<double>(p));
    case 'u': {
      char32_t c = load<char32_t>(p);
      std::string s;
      if (c < 0x80) s += char(c);
      else if (c < 0x800) { s += char(0xC0 | (c >> 6)); s += char(0x80 | (c & 0x3F)); }
      else if (c < 0x10000) { s += char(0xE0 | (c >> 12)); s += char(0x80 | ((c >> 6) & 0x3F)); s += char(0x80 | (c & 0x3F)); }
      else { s += char(0xF0 | (c >> 18)); s += char(0x80 | ((c >> 12) & 0x3F)); s += char(0x80 | ((c >> 6) & 0x3F)); s += char(0x80 | (c & 0x3F)); }
      return str_decode_utf8(ts, s);
    }
  }
  return Value::none();
}

// _mp_shm_set(handle, typecode, index, value): store with C conversion rules (ints wrap like ctypes).
Value posix_mp_shm_set(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "_mp_shm_set", kw) || !check_nargs(ts, "_mp_shm_set", nargs, 4, 4)) return Value();
  char* p;
  char tc;
  int64_t i;
  if (!get_ptr(ts, args[0], &p) || !get_typecode(ts, args[1], &tc) || !get_i64(ts, args[2], &i)) return Value();
  p += size_t(i) * typecode_size(tc);
  Value v = args[3];
  if (tc == 'f' || tc == 'd') {
    double d;
    if (!as_double(ts, v, &d)) return Value();
    if (tc == 'f') store<float>(p, float(d));
    else store<double>(p, d);
    return Value::none();
  }
  if (tc == 'c') {
    std::string_view b;
    if (!is_bytes(ts, v) || !bytes_like_view(ts, v, &b) || b.size() != 1)
      return raise(ts, Exc::TypeError, "one character bytes, bytearray or integer expected");
    *p = b[0];
    return Value::none();
  }
  if (tc == 'u') {
    if (!is_str(ts, v)) return raise(ts, Exc::TypeError, "unicode string expected instead of int instance");
    std::string_view s = str_view(v);
    // Decode one UTF-8 code point.
    char32_t c = 0;
    unsigned char c0 = s.empty() ? 0 : uint8_t(s[0]);
    if (c0 < 0x80) c = c0;
    else if (c0 < 0xE0 && s.size() >= 2) c = char32_t(((c0 & 0x1F) << 6) | (uint8_t(s[1]) & 0x3F));
    else if (c0 < 0xF0 && s.size() >= 3) c = char32_t(((c0 & 0x0F) << 12) | ((uint8_t(s[1]) & 0x3F) << 6) | (uint8_t(s[2]) & 0x3F));
    else if (s.size() >= 4) c = char32_t(((c0 & 0x07) << 18) | ((uint8_t(s[1]) & 0x3F) << 12) | ((uint8_t(s[2]) & 0x3F) << 6) | (uint8_t(s[3]) & 0x3F));
    store<char32_t>(p, c);
    return Value::none();
  }
  if (is_float(ts, v)) return raise(ts, Exc::TypeError, "int expected instead of float");
  int64_t n;
  if (tc == 'Q' || tc == 'L') {
    // Values above 2**63 wrap through the low 64 bits.
    Ref mask(int_from_u64(ts, ~uint64_t(0)));
    Ref low(binary_op(ts, v, mask.get(), BinOp::And));
    if (!low) return Value();
    Ref hi(binary_op(ts, low.get(), Value::small_int(32), BinOp::RShift));
    Ref lo(binary_op(ts, low.get(), Value::small_int(0xFFFFFFFF), BinOp::And));
    int64_t h, l;
    if (!hi || !lo || !index_i64(ts, hi.get(), &h) || !index_i64(ts, lo.get(), &l)) return Value();
    store<uint64_t>(p, (uint64_t(h) << 32) | uint64_t(l));
    return Value::none();
  }
  if (!index_i64(ts, v, &n)) return Value();
  switch (tc) {
    case 'b': case 'B': case '?': store<uint8_t>(p, uint8_t(n)); break;
    case 'h': case 'H': store<uint16_t>(p, uint16_t(n)); break;
    case 'i': case 'I': store<uint32_t>(p, uint32_t(n)); break;
    default: store<int64_t>(p, n); break;
  }
  return Value::none();
}

// _mp_poll(fd, timeout) -> True when fd is readable (or at EOF) within timeout seconds (None: forever).
Value posix_mp_poll(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "_mp_poll", kw) || !check_nargs(ts, "_mp_poll", nargs, 2, 2)) return Value();
  int64_t fd;
  if (!get_i64(ts, args[0], &fd)) return Value();
  double timeout = -1;
  if (!args[1].is_none() && !as_double(ts, args[1], &timeout)) return Value();
  timespec start;
  ::clock_gettime(CLOCK_MONOTONIC, &start);
  double t0 = double(start.tv_sec) + double(start.tv_nsec) / 1e9;
  while (true) {
    double left = -1;
    if (timeout >= 0) {
      timespec now;
      ::clock_gettime(CLOCK_MONOTONIC, &now);
      left = timeout - (double(now.tv_sec) + double(now.tv_nsec) / 1e9 - t0);
      if (left < 0) left = 0;
    }
    int ms = (left < 0 || left > 0.05) ? 50 : int(left * 1000);
    pollfd pfd{int(fd), POLLIN, 0};
    int r;
    {
      GilRelease unlocked(ts);
      r = ::poll(&pfd, 1, ms);
    }
    if (r > 0) return Value::True();
    if (r < 0 && errno != EINTR) return raise_errno(ts, errno);
    if (!signals_check(ts)) return Value();
    if (timeout >= 0 && left <= 0) return Value::False();
  }
}

}  // namespace minipy
