// stdlib/time.cpp — the `time` module: clocks (time, monotonic, perf_counter,
// process_time, thread_time and their _ns forms; clock_gettime/getres/settime
// with the CLOCK_* ids, pthread_getcpuclockid, get_clock_info), sleep,
// struct_time (with tm_zone/tm_gmtoff), localtime/gmtime/mktime,
// strftime/asctime/ctime, strptime (stdlib/_dt_strptime.py, as CPython's
// goes through _strptime) and the timezone constants (tzset re-reads TZ).
// sleep() blocks only inside blocking_sleep(): the one place the GIL will be
// released.
#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <ctime>

#include <pthread.h>

#include "stdlib/modules.h"
#include "stdlib/structseq.h"

namespace minipy {

namespace {

// GIL release point: the only blocking call of this module. Sleeps until an
// absolute deadline, so EINTR does not stretch the sleep. A signal that
// arrives meanwhile has its Python handler run at once (main thread, GIL
// taken back for it): if the handler raises (KeyboardInterrupt for SIGINT),
// sleep fails with that exception; if it returns, the sleep goes on for the
// remaining time (PEP 475). The main thread also wakes every 50 ms, in case
// the signal was delivered to another thread.
[[nodiscard]] bool blocking_sleep(ThreadState* ts, double secs) {
  const int64_t kNs = 1000000000LL;
  struct timespec now;
  clock_gettime(CLOCK_MONOTONIC, &now);
  int64_t deadline = int64_t(now.tv_sec) * kNs + now.tv_nsec + int64_t(secs * 1e9);
  const bool is_main = ts == ts->interp->main_thread;
  while (true) {
    bool interrupted = false;
    {
      GilRelease unlocked(ts);
      while (true) {
        clock_gettime(CLOCK_MONOTONIC, &now);
        int64_t t = int64_t(now.tv_sec) * kNs + now.tv_nsec;
        if (t >= deadline) break;
        int64_t until = is_main ? std::min<int64_t>(deadline, t + 50000000LL) : deadline;
        struct timespec abs_until;
        abs_until.tv_sec = time_t(until / kNs);
        abs_until.tv_nsec = long(until % kNs);
        int rc = clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &abs_until, nullptr);
        if (rc != 0 && rc != EINTR) break;
        if (is_main && signals_pending(ts)) {
          interrupted = true;
          break;
        }
      }
    }
    if (!interrupted) return true;
    if (!signals_check(ts)) return false;
  }
}

int64_t clock_ns(clockid_t id) {
  struct timespec t;
  clock_gettime(id, &t);
  return int64_t(t.tv_sec) * 1000000000LL + t.tv_nsec;
}
double clock_s(clockid_t id) {
  struct timespec t;
  clock_gettime(id, &t);
  return double(t.tv_sec) + double(t.tv_nsec) * 1e-9;
}

#define CLOCK_FUNCS(pyname, id)                                                                   \
  Value t_##pyname(ThreadState* ts, Value, const Value*, size_t nargs, TupleObject* kw) {         \
    if (!no_kwargs(ts, #pyname, kw) || !check_nargs(ts, #pyname, nargs, 0, 0)) return Value();    \
    return float_new(ts, clock_s(id));                                                            \
  }                                                                                               \
  Value t_##pyname##_ns(ThreadState* ts, Value, const Value*, size_t nargs, TupleObject* kw) {    \
    if (!no_kwargs(ts, #pyname "_ns", kw) || !check_nargs(ts, #pyname "_ns", nargs, 0, 0))        \
      return Value();                                                                             \
    return int_from_i64(ts, clock_ns(id));                                                        \
  }
CLOCK_FUNCS(time, CLOCK_REALTIME)
CLOCK_FUNCS(monotonic, CLOCK_MONOTONIC)
CLOCK_FUNCS(perf_counter, CLOCK_MONOTONIC)
CLOCK_FUNCS(process_time, CLOCK_PROCESS_CPUTIME_ID)
CLOCK_FUNCS(thread_time, CLOCK_THREAD_CPUTIME_ID)
#undef CLOCK_FUNCS

Value t_sleep(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "sleep", kw) || !check_nargs(ts, "sleep", nargs, 1, 1)) return Value();
  Value v = args[0];
  if (!is_int(ts, v) && !is_float(ts, v)) {
    bool is_method = false;
    Ref f(lookup_special(ts, v, ts->interp->names.__float__, &is_method));
    if (!f) {
      if (err_occurred(ts)) return Value();
      return raisef(ts, Exc::TypeError, "'%s' object cannot be interpreted as an integer", type_name(ts, v));
    }
  }
  double secs;
  if (!as_double(ts, v, &secs)) return Value();
  if (std::isnan(secs)) return raise(ts, Exc::ValueError, "Invalid value NaN (not a number)");
  if (secs < 0) return raise(ts, Exc::ValueError, "sleep length must be non-negative");
  if (secs > 9.2e9) return raise(ts, Exc::OverflowError, "sleep length is too large");
  if (!blocking_sleep(ts, secs)) return Value();
  return Value::none();
}

// ---------------------------------------------------------------- struct_time

Value tm_zone_get(ThreadState*, Value self) {
  auto* t = self.as<TupleObject>();
  return t->items[9] ? newref(t->items[9]) : Value::none();
}
Value tm_gmtoff_get(ThreadState*, Value self) {
  auto* t = self.as<TupleObject>();
  return t->items[10] ? newref(t->items[10]) : Value::none();
}

const GetSetDef kStructTimeFields[] = {
    {"tm_year", structseq_field<0>}, {"tm_mon", structseq_field<1>},  {"tm_mday", structseq_field<2>},
    {"tm_hour", structseq_field<3>}, {"tm_min", structseq_field<4>},  {"tm_sec", structseq_field<5>},
    {"tm_wday", structseq_field<6>}, {"tm_yday", structseq_field<7>}, {"tm_isdst", structseq_field<8>},
    {nullptr, nullptr}};
// tm_zone / tm_gmtoff are attributes but not sequence items (like CPython).
Value struct_time_getattr(ThreadState* ts, Value obj, StrObject* name);

// struct_time(seq): 9 (or 11) items; the hidden zone/gmtoff slots are None.
Value struct_time_new(ThreadState* ts, TypeObject* type, const Value* args, size_t nargs, TupleObject* kw) {
  if (nargs != 1 || (kw && kw->size))
    return raise(ts, Exc::TypeError, "struct_time() takes exactly 1 positional argument");
  Ref seq(sequence_to_tuple(ts, args[0]));
  if (!seq) return Value();
  int64_t n = tuple_size(seq.get());
  if (n < 9) return raisef(ts, Exc::TypeError, "time.struct_time() takes an at least 9-sequence (%lld-sequence given)", (long long)n);
  if (n > 11) return raisef(ts, Exc::TypeError, "time.struct_time() takes an at most 11-sequence (%lld-sequence given)", (long long)n);
  Object* o = alloc_object(ts, type, 11 * sizeof(Value));
  if (!o) return Value();
  auto* t = static_cast<TupleObject*>(o);
  t->size = 9;
  t->hash = -1;
  // Items 10 and 11 (when given) are the hidden tm_zone and tm_gmtoff.
  for (int i = 0; i < 11; i++) t->items[i] = i < n ? newref(tuple_item(seq.get(), i)) : Value::none();
  return Value::from_obj(o);
}
const TypeSpec kStructTimeSpec = {
    .name = "time.struct_time",
    .basicsize = 0,
    .flags = 0,
    .slots = {.repr = structseq_repr, .getattr = struct_time_getattr, .new_ = struct_time_new},
    .getsets = kStructTimeFields,
    .base_name = "tuple",
};

Value struct_time_getattr(ThreadState* ts, Value obj, StrObject* name) {
  std::string_view n = name->view();
  if (n == "tm_zone") return tm_zone_get(ts, obj);
  if (n == "tm_gmtoff") return tm_gmtoff_get(ts, obj);
  return generic_getattr(ts, obj, name);
}

// Nine visible items plus two hidden ones (zone: an interned str, gmtoff: small int),
// neither of which needs a reference count.
Value make_struct_time(ThreadState* ts, Value module, const struct tm& tm) {
  TypeObject* type = structseq_type_of(ts, module, "struct_time");
  if (!type) return raise(ts, Exc::SystemError, "time.struct_time is missing");
  Object* o = alloc_object(ts, type, 11 * sizeof(Value));
  if (!o) return Value();
  auto* t = static_cast<TupleObject*>(o);
  t->size = 9;
  t->hash = -1;
  const int64_t v[9] = {tm.tm_year + 1900LL, tm.tm_mon + 1LL, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec,
                        (tm.tm_wday + 6) % 7, tm.tm_yday + 1LL, tm.tm_isdst};
  for (int i = 0; i < 9; i++) t->items[i] = Value::small_int(v[i]);
  t->items[9] = Value::from_obj(intern(ts, tm.tm_zone ? tm.tm_zone : ""));
  t->items[10] = Value::small_int(tm.tm_gmtoff);
  return Value::from_obj(o);
}

bool get_time_t(ThreadState* ts, const Value* args, size_t nargs, time_t* out) {
  if (nargs == 0 || args[0].is_none()) {
    *out = time(nullptr);
    return true;
  }
  double d;
  if (is_int(ts, args[0])) {
    int64_t i;
    if (!int_as_i64(ts, args[0], &i)) {
      err_clear(ts);
      raise(ts, Exc::OverflowError, "timestamp out of range for platform time_t");
      return false;
    }
    *out = time_t(i);
    return true;
  }
  if (!is_float(ts, args[0])) {
    // Not a float: an integer by __index__ (CPython's _PyLong_AsTime_t).
    int64_t i;
    if (!index_i64(ts, args[0], &i)) {
      if (err_matches(ts, Exc::OverflowError)) {
        err_clear(ts);
        raise(ts, Exc::OverflowError, "timestamp out of range for platform time_t");
      }
      return false;
    }
    *out = time_t(i);
    return true;
  }
  if (!as_double(ts, args[0], &d)) return false;
  if (std::isnan(d)) {
    raise(ts, Exc::ValueError, "Invalid value NaN (not a number)");
    return false;
  }
  if (!(d > -9.2e18 && d < 9.2e18)) {
    raise(ts, Exc::OverflowError, "timestamp out of range for platform time_t");
    return false;
  }
  *out = time_t(std::floor(d));
  return true;
}

Value t_localtime(ThreadState* ts, Value mod, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "localtime", kw) || !check_nargs(ts, "localtime", nargs, 0, 1)) return Value();
  time_t t;
  if (!get_time_t(ts, args, nargs, &t)) return Value();
  struct tm tm;
  if (!localtime_r(&t, &tm)) return raise_errno(ts, errno ? errno : EOVERFLOW);
  return make_struct_time(ts, mod, tm);
}

Value t_gmtime(ThreadState* ts, Value mod, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "gmtime", kw) || !check_nargs(ts, "gmtime", nargs, 0, 1)) return Value();
  time_t t;
  if (!get_time_t(ts, args, nargs, &t)) return Value();
  struct tm tm;
  if (!gmtime_r(&t, &tm)) return raise_errno(ts, errno ? errno : EOVERFLOW);
  return make_struct_time(ts, mod, tm);
}

// Convert a struct_time or 9-tuple to struct tm (CPython's gettmarg).
bool to_tm(ThreadState* ts, const char* fname, Value v, struct tm* tm) {
  if (!is_tuple(ts, v)) {
    raisef(ts, Exc::TypeError, "Tuple or struct_time argument required");
    return false;
  }
  if (tuple_size(v) != 9) {
    raisef(ts, Exc::TypeError, "%s(): illegal time tuple argument", fname);
    return false;
  }
  int64_t f[9];
  for (int i = 0; i < 9; i++) {
    Value it = tuple_item(v, i);
    if (is_float(ts, it)) {
      raise(ts, Exc::TypeError, "'float' object cannot be interpreted as an integer");
      return false;
    }
    if (!index_i64(ts, it, &f[i])) return false;
  }
  std::memset(tm, 0, sizeof *tm);
  tm->tm_year = int(f[0] - 1900);
  tm->tm_mon = int(f[1] - 1);
  tm->tm_mday = int(f[2]);
  tm->tm_hour = int(f[3]);
  tm->tm_min = int(f[4]);
  tm->tm_sec = int(f[5]);
  tm->tm_wday = int((f[6] + 1) % 7);
  tm->tm_yday = int(f[7] - 1);
  tm->tm_isdst = int(f[8]);
  if (v.obj()->type != ts->interp->types.tuple && tuple_size(v) == 9) {
    auto* t = v.as<TupleObject>();
    TypeObject* ty = v.obj()->type;
    if (ty->spec == &kStructTimeSpec) {
      // The str stays alive in the caller's argument while tm is used.
      if (is_str(ts, t->items[9])) tm->tm_zone = str_view(t->items[9]).data();
      if (t->items[10].is_small_int()) tm->tm_gmtoff = long(t->items[10].as_small_int());
    }
  }
  return true;
}

bool check_tm(ThreadState* ts, struct tm* tm) {
  if (tm->tm_mon == -1) tm->tm_mon = 0;
  else if (tm->tm_mon < 0 || tm->tm_mon > 11) return raise(ts, Exc::ValueError, "month out of range"), false;
  if (tm->tm_mday == 0) tm->tm_mday = 1;
  else if (tm->tm_mday < 0 || tm->tm_mday > 31) return raise(ts, Exc::ValueError, "day of month out of range"), false;
  if (tm->tm_hour < 0 || tm->tm_hour > 23) return raise(ts, Exc::ValueError, "hour out of range"), false;
  if (tm->tm_min < 0 || tm->tm_min > 59) return raise(ts, Exc::ValueError, "minute out of range"), false;
  if (tm->tm_sec < 0 || tm->tm_sec > 61) return raise(ts, Exc::ValueError, "seconds out of range"), false;
  if (tm->tm_wday < 0) return raise(ts, Exc::ValueError, "day of week out of range"), false;
  if (tm->tm_yday == -1) tm->tm_yday = 0;
  else if (tm->tm_yday < 0 || tm->tm_yday > 365) return raise(ts, Exc::ValueError, "day of year out of range"), false;
  return true;
}

bool tm_arg(ThreadState* ts, const char* fname, const Value* args, size_t nargs, size_t idx, struct tm* tm) {
  if (nargs > idx) return to_tm(ts, fname, args[idx], tm);
  time_t t = time(nullptr);
  if (!localtime_r(&t, tm)) return raise_errno(ts, errno), false;
  return true;
}

Value t_strftime(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "strftime", kw) || !check_nargs(ts, "strftime", nargs, 1, 2)) return Value();
  if (!is_str(ts, args[0]))
    return raisef(ts, Exc::TypeError, "strftime() argument 1 must be str, not %s", type_name(ts, args[0]));
  struct tm tm;
  if (!tm_arg(ts, "strftime", args, nargs, 1, &tm)) return Value();
  if (nargs > 1 && !check_tm(ts, &tm)) return Value();
  std::string fmt(str_view(args[0]));
  if (fmt.empty()) return newref(ts->interp->empty_str);
  // strftime returns 0 both for "buffer too small" and an empty result: grow a few times.
  for (size_t cap = 256 + fmt.size() * 4; cap <= 256 * (fmt.size() + 16); cap *= 4) {
    std::string buf(cap, '\0');
    size_t n = ::strftime(buf.data(), cap, fmt.c_str(), &tm);
    if (n > 0 || cap > 64 * fmt.size() + 1024) {
      buf.resize(n);
      return str_decode_utf8(ts, buf);
    }
  }
  return newref(ts->interp->empty_str);
}

std::string asctime_text(const struct tm& tm) {
  static constexpr const char* kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  return strf("%s %s%3d %.2d:%.2d:%.2d %d", kDays[((tm.tm_wday % 7) + 7) % 7], kMonths[((tm.tm_mon % 12) + 12) % 12],
              tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, 1900 + tm.tm_year);
}

Value t_asctime(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "asctime", kw) || !check_nargs(ts, "asctime", nargs, 0, 1)) return Value();
  struct tm tm;
  if (!tm_arg(ts, "asctime", args, nargs, 0, &tm)) return Value();
  if (nargs > 0 && !check_tm(ts, &tm)) return Value();
  return str_new(ts, asctime_text(tm));
}

Value t_ctime(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "ctime", kw) || !check_nargs(ts, "ctime", nargs, 0, 1)) return Value();
  time_t t;
  if (!get_time_t(ts, args, nargs, &t)) return Value();
  struct tm tm;
  if (!localtime_r(&t, &tm)) return raise(ts, Exc::OverflowError, "unconvertible time");
  return str_new(ts, asctime_text(tm));
}

Value t_mktime(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "mktime", kw) || !check_nargs(ts, "mktime", nargs, 1, 1)) return Value();
  struct tm tm;
  if (!to_tm(ts, "mktime", args[0], &tm)) return Value();
  tm.tm_wday = -1;
  time_t t = mktime(&tm);
  if (t == time_t(-1) && tm.tm_wday == -1) return raise(ts, Exc::OverflowError, "mktime argument out of range");
  return float_new(ts, double(t));
}

// ---------------------------------------------------------------- clock_* and clock information
// CPython's old-style parsing message: "f() takes exactly 1 argument (0 given)".
bool one_arg(ThreadState* ts, const char* fname, TupleObject* kw, size_t nargs) {
  if (!no_kwargs(ts, fname, kw)) return false;
  if (nargs == 1) return true;
  raisef(ts, Exc::TypeError, "%s() takes exactly 1 argument (%zu given)", fname, nargs);
  return false;
}

bool clock_id_arg(ThreadState* ts, Value v, clockid_t* out) {
  int64_t id;
  if (is_float(ts, v)) return raise(ts, Exc::TypeError, "'float' object cannot be interpreted as an integer"), false;
  if (!index_i64(ts, v, &id)) return false;
  *out = clockid_t(id);
  return true;
}

Value t_clock_gettime(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!one_arg(ts, "clock_gettime", kw, nargs)) return Value();
  clockid_t id;
  if (!clock_id_arg(ts, args[0], &id)) return Value();
  struct timespec t;
  if (clock_gettime(id, &t) != 0) return raise_errno(ts, errno);
  return float_new(ts, double(t.tv_sec) + double(t.tv_nsec) * 1e-9);
}

Value t_clock_gettime_ns(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!one_arg(ts, "clock_gettime_ns", kw, nargs)) return Value();
  clockid_t id;
  if (!clock_id_arg(ts, args[0], &id)) return Value();
  struct timespec t;
  if (clock_gettime(id, &t) != 0) return raise_errno(ts, errno);
  return int_from_i64(ts, int64_t(t.tv_sec) * 1000000000LL + t.tv_nsec);
}

Value t_clock_getres(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!one_arg(ts, "clock_getres", kw, nargs)) return Value();
  clockid_t id;
  if (!clock_id_arg(ts, args[0], &id)) return Value();
  struct timespec t;
  if (clock_getres(id, &t) != 0) return raise_errno(ts, errno);
  return float_new(ts, double(t.tv_sec) + double(t.tv_nsec) * 1e-9);
}

// clock_settime(clk_id, time: float) / clock_settime_ns(clk_id, time: int): setting
// CLOCK_REALTIME needs privileges (PermissionError otherwise); others give EINVAL.
Value t_clock_settime(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "clock_settime", kw)) return Value();
  if (nargs != 2) return raisef(ts, Exc::TypeError, "clock_settime() takes exactly 2 arguments (%zu given)", nargs);
  clockid_t id;
  if (!clock_id_arg(ts, args[0], &id)) return Value();
  if (!is_int(ts, args[1]) && !is_float(ts, args[1]))
    return raisef(ts, Exc::TypeError, "'%s' object cannot be interpreted as an integer", type_name(ts, args[1]));
  double d;
  if (!as_double(ts, args[1], &d)) return Value();
  if (std::isnan(d)) return raise(ts, Exc::ValueError, "Invalid value NaN (not a number)");
  struct timespec t;
  double whole = std::floor(d);
  t.tv_sec = time_t(whole);
  t.tv_nsec = long((d - whole) * 1e9);
  if (clock_settime(id, &t) != 0) return raise_errno(ts, errno);
  return Value::none();
}

Value t_clock_settime_ns(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "clock_settime_ns", kw)) return Value();
  if (nargs != 2) return raisef(ts, Exc::TypeError, "clock_settime_ns() takes exactly 2 arguments (%zu given)", nargs);
  clockid_t id;
  int64_t ns;
  if (!clock_id_arg(ts, args[0], &id)) return Value();
  if (!is_int(ts, args[1]))
    return raisef(ts, Exc::TypeError, "'%s' object cannot be interpreted as an integer", type_name(ts, args[1]));
  if (!int_as_i64(ts, args[1], &ns)) return Value();
  struct timespec t;
  t.tv_sec = time_t(ns >= 0 ? ns / 1000000000LL : -((-ns + 999999999LL) / 1000000000LL));
  t.tv_nsec = long(ns - int64_t(t.tv_sec) * 1000000000LL);
  if (clock_settime(id, &t) != 0) return raise_errno(ts, errno);
  return Value::none();
}

// pthread_getcpuclockid(thread_id) -> the CPU-time clock of a thread (threading.get_ident()).
Value t_pthread_getcpuclockid(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!one_arg(ts, "pthread_getcpuclockid", kw, nargs))
    return Value();
  int64_t tid;
  if (!index_i64(ts, args[0], &tid)) return Value();
  clockid_t id;
  int err = pthread_getcpuclockid(pthread_t(tid), &id);
  if (err) return raise_errno(ts, err);
  return int_from_i64(ts, id);
}

// get_clock_info(name) -> types.SimpleNamespace(implementation, monotonic, adjustable,
// resolution), with CPython's answers on Linux.
Value t_get_clock_info(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!one_arg(ts, "get_clock_info", kw, nargs)) return Value();
  if (!is_str(ts, args[0]))
    return raisef(ts, Exc::TypeError, "get_clock_info() argument must be str, not %s", type_name(ts, args[0]));
  struct Info {
    const char* name;
    const char* impl;
    clockid_t id;
    bool monotonic, adjustable;
  };
  static constexpr Info kInfos[] = {
      {"time", "clock_gettime(CLOCK_REALTIME)", CLOCK_REALTIME, false, true},
      {"monotonic", "clock_gettime(CLOCK_MONOTONIC)", CLOCK_MONOTONIC, true, false},
      {"perf_counter", "clock_gettime(CLOCK_MONOTONIC)", CLOCK_MONOTONIC, true, false},
      {"process_time", "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", CLOCK_PROCESS_CPUTIME_ID, true, false},
      {"thread_time", "clock_gettime(CLOCK_THREAD_CPUTIME_ID)", CLOCK_THREAD_CPUTIME_ID, true, false},
  };
  const Info* info = nullptr;
  for (const Info& i : kInfos)
    if (str_view(args[0]) == i.name) info = &i;
  if (!info) return raise(ts, Exc::ValueError, "unknown clock");
  struct timespec res;
  double resolution = clock_getres(info->id, &res) == 0 ? double(res.tv_sec) + double(res.tv_nsec) * 1e-9 : 1e-9;
  Ref types_name(str_new(ts, "types"));
  Ref types(types_name ? vm_import(ts, types_name.get(), Value(), Value(), 0) : Value());
  Ref ns_type(types ? getattr_str(ts, types.get(), "SimpleNamespace") : Value());
  if (!ns_type) return Value();
  Ref impl(str_new(ts, info->impl)), reso(float_new(ts, resolution));
  Ref names(tuple_pack(ts, {Value::from_obj(intern(ts, "implementation")), Value::from_obj(intern(ts, "monotonic")),
                            Value::from_obj(intern(ts, "adjustable")), Value::from_obj(intern(ts, "resolution"))}));
  if (!impl || !reso || !names) return Value();
  Value vals[4] = {impl.get(), Value::boolean(info->monotonic), Value::boolean(info->adjustable), reso.get()};
  return call(ts, ns_type.get(), vals, 0, names.as<TupleObject>());
}

// strptime(string, format="%a %b %d %H:%M:%S %Y") -> struct_time, parsed by _dt_strptime.
Value t_strptime(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "strptime", kw)) return Value();
  Ref name(str_new(ts, "_dt_strptime"));
  Ref mod(name ? vm_import(ts, name.get(), Value(), Value(), 0) : Value());
  Ref fn(mod ? getattr_str(ts, mod.get(), "_strptime_time") : Value());
  if (!fn) return Value();
  return call(ts, fn.get(), args, nargs);
}

// timezone, altzone, daylight, tzname from the C library's current rules (TZ).
bool set_tz_attrs(ThreadState* ts, ModuleObject* m);

Value t_tzset(ThreadState* ts, Value mod, const Value*, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "time.tzset", kw) || !check_nargs(ts, "time.tzset", nargs, 0, 0)) return Value();
  if (!mod.is_obj() || mod.obj()->type != ts->interp->types.module) return raise(ts, Exc::SystemError, "bad module");
  if (!set_tz_attrs(ts, mod.as<ModuleObject>())) return Value();
  return Value::none();
}

const MethodDef kTimeMethods[] = {
    {"time", t_time},
    {"time_ns", t_time_ns},
    {"monotonic", t_monotonic},
    {"monotonic_ns", t_monotonic_ns},
    {"perf_counter", t_perf_counter},
    {"perf_counter_ns", t_perf_counter_ns},
    {"process_time", t_process_time},
    {"process_time_ns", t_process_time_ns},
    {"thread_time", t_thread_time},
    {"thread_time_ns", t_thread_time_ns},
    {"sleep", t_sleep},
    {"localtime", t_localtime},
    {"gmtime", t_gmtime},
    {"mktime", t_mktime},
    {"strftime", t_strftime},
    {"asctime", t_asctime},
    {"ctime", t_ctime},
    {"clock_gettime", t_clock_gettime},
    {"clock_gettime_ns", t_clock_gettime_ns},
    {"clock_getres", t_clock_getres},
    {"clock_settime", t_clock_settime},
    {"clock_settime_ns", t_clock_settime_ns},
    {"pthread_getcpuclockid", t_pthread_getcpuclockid},
    {"get_clock_info", t_get_clock_info},
    {"strptime", t_strptime,  kMethNormal,
     "strptime(string, format) -> struct_time\n\nParse a string to a time tuple according to a format specification.\n"
     "See the library reference manual for formatting codes (same as\nstrftime()).\n\nCommonly used format codes:\n\n"
     "%Y  Year with century as a decimal number.\n%m  Month as a decimal number [01,12].\n"
     "%d  Day of the month as a decimal number [01,31].\n%H  Hour (24-hour clock) as a decimal number [00,23].\n"
     "%M  Minute as a decimal number [00,59].\n%S  Second as a decimal number [00,61].\n"
     "%z  Time zone offset from UTC.\n%a  Locale's abbreviated weekday name.\n%A  Locale's full weekday name.\n"
     "%b  Locale's abbreviated month name.\n%B  Locale's full month name.\n"
     "%c  Locale's appropriate date and time representation.\n%I  Hour (12-hour clock) as a decimal number [01,12].\n"
     "%p  Locale's equivalent of either AM or PM.\n\nOther codes may be available on your platform.  See documentation for\n"
     "the C library strftime function.\n"},
    {"tzset", t_tzset},
    {nullptr, nullptr},
};

bool set_tz_attrs(ThreadState* ts, ModuleObject* m) {
  tzset();
  time_t now = time(nullptr);
  struct tm jan, jul;
  int year = 0;
  {
    struct tm cur;
    localtime_r(&now, &cur);
    year = cur.tm_year;
  }
  // Like CPython: derive timezone/altzone from January and July of this year.
  struct tm probe{};
  probe.tm_year = year;
  probe.tm_mday = 1;
  probe.tm_isdst = -1;
  time_t t_jan = mktime(&probe);
  probe = {};
  probe.tm_year = year;
  probe.tm_mon = 6;
  probe.tm_mday = 1;
  probe.tm_isdst = -1;
  time_t t_jul = mktime(&probe);
  localtime_r(&t_jan, &jan);
  localtime_r(&t_jul, &jul);
  long jan_off = -jan.tm_gmtoff, jul_off = -jul.tm_gmtoff;
  std::string jan_name = jan.tm_zone ? jan.tm_zone : "", jul_name = jul.tm_zone ? jul.tm_zone : "";
  long tz, alt;
  std::string std_name, dst_name;
  if (jan_off < jul_off) {  // southern hemisphere: DST in January
    tz = jul_off; alt = jan_off; std_name = jul_name; dst_name = jan_name;
  } else {
    tz = jan_off; alt = jul_off; std_name = jan_name; dst_name = jul_name;
  }
  auto add = [&](const char* name, Value v) {
    if (!v) return false;
    bool r = module_add(ts, m, name, v);
    decref(v);
    return r;
  };
  Value names = Value();
  {
    Ref a(str_new(ts, std_name)), b(str_new(ts, dst_name));
    if (!a || !b) return false;
    names = tuple_pack(ts, {a.get(), b.get()});
  }
  return add("timezone", Value::small_int(tz)) && add("altzone", Value::small_int(alt)) &&
         add("daylight", Value::small_int(tz != alt)) && add("tzname", names);
}

struct ClockConst {
  const char* name;
  clockid_t id;
};
const ClockConst kClockConsts[] = {
    {"CLOCK_REALTIME", CLOCK_REALTIME}, {"CLOCK_MONOTONIC", CLOCK_MONOTONIC},
    {"CLOCK_MONOTONIC_RAW", CLOCK_MONOTONIC_RAW}, {"CLOCK_BOOTTIME", CLOCK_BOOTTIME},
    {"CLOCK_TAI", CLOCK_TAI}, {"CLOCK_PROCESS_CPUTIME_ID", CLOCK_PROCESS_CPUTIME_ID},
    {"CLOCK_THREAD_CPUTIME_ID", CLOCK_THREAD_CPUTIME_ID}, {nullptr, 0},
};

bool time_init(ThreadState* ts, ModuleObject* m) {
  if (!structseq_add_type(ts, m, &kStructTimeSpec, 9, 11)) return false;
  for (const ClockConst* c = kClockConsts; c->name; c++)
    if (!module_add(ts, m, c->name, Value::small_int(c->id))) return false;
  return set_tz_attrs(ts, m) && module_add(ts, m, "_STRUCT_TM_ITEMS", Value::small_int(11));
}

}  // namespace

const ModuleDef time_module_def = {
    .name = "time",
    .doc = "This module provides various functions to manipulate time values.",
    .methods = kTimeMethods,
    .init = time_init,
};

}  // namespace minipy
