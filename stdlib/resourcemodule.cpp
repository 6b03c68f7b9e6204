// stdlib/resourcemodule.cpp — the native `resource` module: process resource
// limits (getrlimit/setrlimit/prlimit), resource usage (getrusage, returning
// resource.struct_rusage), getpagesize, and the RLIMIT_* / RUSAGE_* constants.
// RLIM_INFINITY is -1, as in CPython on Linux.
#include <sys/resource.h>
#include <sys/time.h>
#include <unistd.h>

#include <cerrno>

#include "stdlib/modules.h"
#include "stdlib/structseq.h"

namespace minipy {

namespace {

const GetSetDef kRusageFields[] = {
    {"ru_utime", structseq_field<0>, nullptr, "user time used"},
    {"ru_stime", structseq_field<1>, nullptr, "system time used"},
    {"ru_maxrss", structseq_field<2>, nullptr, "max. resident set size"},
    {"ru_ixrss", structseq_field<3>, nullptr, "shared memory size"},
    {"ru_idrss", structseq_field<4>, nullptr, "unshared data size"},
    {"ru_isrss", structseq_field<5>, nullptr, "unshared stack size"},
    {"ru_minflt", structseq_field<6>, nullptr, "page faults not requiring I/O"},
    {"ru_majflt", structseq_field<7>, nullptr, "page faults requiring I/O"},
    {"ru_nswap", structseq_field<8>, nullptr, "number of swap outs"},
    {"ru_inblock", structseq_field<9>, nullptr, "block input operations"},
    {"ru_oublock", structseq_field<10>, nullptr, "block output operations"},
    {"ru_msgsnd", structseq_field<11>, nullptr, "IPC messages sent"},
    {"ru_msgrcv", structseq_field<12>, nullptr, "IPC messages received"},
    {"ru_nsignals", structseq_field<13>, nullptr, "signals received"},
    {"ru_nvcsw", structseq_field<14>, nullptr, "voluntary context switches"},
    {"ru_nivcsw", structseq_field<15>, nullptr, "involuntary context switches"},
    {nullptr, nullptr}};
const TypeSpec kRusageSpec = MINIPY_STRUCTSEQ_SPEC("resource.struct_rusage", kRusageFields);

Value rlim_value(ThreadState* ts, rlim_t v) {
  if (v == RLIM_INFINITY) return Value::small_int(-1);
  return int_from_u64(ts, uint64_t(v));
}

bool resource_arg(ThreadState* ts, Value v, int* out) {
  Ref i(index(ts, v));
  int64_t r;
  if (!i || !int_as_i64(ts, i.get(), &r)) return false;
  if (r < 0 || r >= RLIM_NLIMITS) {
    raise(ts, Exc::ValueError, "invalid resource specified");
    return false;
  }
  *out = int(r);
  return true;
}

bool rlim_arg(ThreadState* ts, Value v, rlim_t* out) {
  Ref i(index(ts, v));
  if (!i) return false;
  int64_t n;
  if (!int_as_i64(ts, i.get(), &n)) return false;
  *out = n < 0 ? RLIM_INFINITY : rlim_t(n);
  return true;
}

// (soft, hard) from a sequence of exactly two ints.
bool limits_arg(ThreadState* ts, Value v, struct rlimit* out) {
  Ref t(sequence_to_tuple(ts, v));
  if (!t) return false;
  if (tuple_size(t.get()) != 2) {
    raise(ts, Exc::ValueError, "expected a tuple of 2 integers");
    return false;
  }
  return rlim_arg(ts, tuple_item(t.get(), 0), &out->rlim_cur) && rlim_arg(ts, tuple_item(t.get(), 1), &out->rlim_max);
}

Value limits_tuple(ThreadState* ts, const struct rlimit& rl) {
  Ref soft(rlim_value(ts, rl.rlim_cur));
  Ref hard(rlim_value(ts, rl.rlim_max));
  if (!soft || !hard) return Value();
  return tuple_pack(ts, {soft.get(), hard.get()});
}

Value setrlimit_error(ThreadState* ts, int err) {
  if (err == EINVAL) return raise(ts, Exc::ValueError, "current limit exceeds maximum limit");
  if (err == EPERM) return raise(ts, Exc::ValueError, "not allowed to raise maximum limit");
  return raise_errno(ts, err);
}

Value rs_getrlimit(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "getrlimit", kw) || !check_nargs(ts, "getrlimit", nargs, 1, 1)) return Value();
  int res;
  if (!resource_arg(ts, args[0], &res)) return Value();
  struct rlimit rl;
  if (getrlimit(res, &rl) < 0) return raise_errno(ts, errno);
  return limits_tuple(ts, rl);
}

Value rs_setrlimit(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "setrlimit", kw) || !check_nargs(ts, "setrlimit", nargs, 2, 2)) return Value();
  int res;
  struct rlimit rl;
  if (!resource_arg(ts, args[0], &res) || !limits_arg(ts, args[1], &rl)) return Value();
  if (setrlimit(res, &rl) < 0) return setrlimit_error(ts, errno);
  return Value::none();
}

// prlimit(pid, resource[, limits]) -> the previous (soft, hard)
Value rs_prlimit(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "prlimit", kw) || !check_nargs(ts, "prlimit", nargs, 2, 3)) return Value();
  int64_t pid;
  Ref p(index(ts, args[0]));
  if (!p || !int_as_i64(ts, p.get(), &pid)) return Value();
  int res;
  if (!resource_arg(ts, args[1], &res)) return Value();
  struct rlimit newl, oldl;
  bool set = nargs == 3 && !args[2].is_none();
  if (set && !limits_arg(ts, args[2], &newl)) return Value();
  if (prlimit(pid_t(pid), __rlimit_resource(res), set ? &newl : nullptr, &oldl) < 0) {
    if (set) return setrlimit_error(ts, errno);
    return raise_errno(ts, errno);
  }
  return limits_tuple(ts, oldl);
}

Value rs_getrusage(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "getrusage", kw) || !check_nargs(ts, "getrusage", nargs, 1, 1)) return Value();
  Ref w(index(ts, args[0]));
  int64_t who;
  if (!w || !int_as_i64(ts, w.get(), &who)) return Value();
  struct rusage ru;
  if (getrusage(int(who), &ru) < 0) {
    if (errno == EINVAL) return raise(ts, Exc::ValueError, "invalid who parameter");
    return raise_errno(ts, errno);
  }
  Value type = dict_get_str(self.as<ModuleObject>()->dict, intern(ts, "struct_rusage"));
  if (!type || !type_has(type_of(ts, type), kTypeTypeSubclass))
    return raise(ts, Exc::SystemError, "resource.struct_rusage is missing");
  Value items[16] = {
      float_new(ts, double(ru.ru_utime.tv_sec) + double(ru.ru_utime.tv_usec) * 1e-6),
      float_new(ts, double(ru.ru_stime.tv_sec) + double(ru.ru_stime.tv_usec) * 1e-6),
      int_from_i64(ts, ru.ru_maxrss), int_from_i64(ts, ru.ru_ixrss), int_from_i64(ts, ru.ru_idrss),
      int_from_i64(ts, ru.ru_isrss), int_from_i64(ts, ru.ru_minflt), int_from_i64(ts, ru.ru_majflt),
      int_from_i64(ts, ru.ru_nswap), int_from_i64(ts, ru.ru_inblock), int_from_i64(ts, ru.ru_oublock),
      int_from_i64(ts, ru.ru_msgsnd), int_from_i64(ts, ru.ru_msgrcv), int_from_i64(ts, ru.ru_nsignals),
      int_from_i64(ts, ru.ru_nvcsw), int_from_i64(ts, ru.ru_nivcsw)};
  bool ok = true;
  for (Value v : items) ok = ok && bool(v);
  Value r = ok ? structseq_new(ts, type.as<TypeObject>(), items, 16) : Value();
  for (Value v : items) decref(v);
  return r;
}

Value rs_getpagesize(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "getpagesize", kw) || !check_nargs(ts, "getpagesize", nargs, 0, 0)) return Value();
  return int_from_i64(ts, sysconf(_SC_PAGESIZE));
}

const MethodDef kMethods[] = {
    {"getrlimit", rs_getrlimit, kMethNormal, nullptr},
    {"setrlimit", rs_setrlimit, kMethNormal, nullptr},
    {"prlimit", rs_prlimit, kMethNormal, nullptr},
    {"getrusage", rs_getrusage, kMethNormal, nullptr},
    {"getpagesize", rs_getpagesize, kMethNormal, nullptr},
    {nullptr, nullptr},
};

struct IntConst {
  const char* name;
  long value;
};
const IntConst kConstants[] = {
    {"RLIMIT_CPU", RLIMIT_CPU}, {"RLIMIT_FSIZE", RLIMIT_FSIZE}, {"RLIMIT_DATA", RLIMIT_DATA},
    {"RLIMIT_STACK", RLIMIT_STACK}, {"RLIMIT_CORE", RLIMIT_CORE}, {"RLIMIT_NOFILE", RLIMIT_NOFILE},
    {"RLIMIT_OFILE", RLIMIT_OFILE}, {"RLIMIT_AS", RLIMIT_AS}, {"RLIMIT_RSS", RLIMIT_RSS},
    {"RLIMIT_NPROC", RLIMIT_NPROC}, {"RLIMIT_MEMLOCK", RLIMIT_MEMLOCK}, {"RLIMIT_MSGQUEUE", RLIMIT_MSGQUEUE},
    {"RLIMIT_NICE", RLIMIT_NICE}, {"RLIMIT_RTPRIO", RLIMIT_RTPRIO}, {"RLIMIT_RTTIME", RLIMIT_RTTIME},
    {"RLIMIT_SIGPENDING", RLIMIT_SIGPENDING}, {"RUSAGE_SELF", RUSAGE_SELF},
    {"RUSAGE_CHILDREN", RUSAGE_CHILDREN}, {"RUSAGE_THREAD", RUSAGE_THREAD}, {"RLIM_INFINITY", -1},
};

bool resource_init(ThreadState* ts, ModuleObject* m) {
  for (const IntConst& c : kConstants) {
    Ref v(int_from_i64(ts, c.value));
    if (!v || !module_add(ts, m, c.name, v.get())) return false;
  }
  TypeObject* t = type_from_spec(ts, &kRusageSpec, ts->interp->types.tuple);
  if (!t) return false;
  // The creation reference is kept for the interpreter's lifetime (like time.struct_time).
  if (!module_add(ts, m, "struct_rusage", Value::from_obj(t))) return false;
  return module_add(ts, m, "error", Value::from_obj(exc_type(ts, Exc::OSError)));
}

}  // namespace

const ModuleDef resource_module_def = {
    .name = "resource",
    .doc = nullptr,
    .methods = kMethods,
    .init = resource_init,
};

}  // namespace minipy
