// stdlib/_posixshmem.cpp — the native `_posixshmem` module behind
// multiprocessing.shared_memory: shm_open() and shm_unlink() on POSIX shared
// memory names, with CPython's argument handling and OSError subclasses
// (errno and filename set).
#include <fcntl.h>
#include <sys/mman.h>

#include <cerrno>
#include <string>

#include "stdlib/modules.h"

namespace minipy {

namespace {

bool path_arg(ThreadState* ts, const char* fname, Value v, std::string* out) {
  if (!is_str(ts, v)) {
    raisef(ts, Exc::TypeError, "%s() argument 'path' must be str, not %s", fname, type_name(ts, v));
    return false;
  }
  *out = std::string(str_view(v));
  if (out->find('\0') != std::string::npos) {
    raise(ts, Exc::ValueError, "embedded null character");
    return false;
  }
  return true;
}

bool int_param(ThreadState* ts, Value v, int* out) {
  int64_t x;
  if (!is_int(ts, v)) {
    raisef(ts, Exc::TypeError, "'%s' object cannot be interpreted as an integer", type_name(ts, v));
    return false;
  }
  if (!int_as_i64(ts, v, &x)) return false;
  if (x < INT32_MIN || x > INT32_MAX) {
    raise(ts, Exc::OverflowError, "signed integer is greater than maximum");
    return false;
  }
  *out = int(x);
  return true;
}

// shm_open(path, flags, mode=0o777)
Value shm_open_fn(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  static constexpr const char* kNames[] = {"path", "flags", "mode"};
  Value a[3] = {};
  if (!parse_args(ts, "shm_open", args, nargs, kw, kNames, 3, 0, 3, 2, a)) return Value();
  std::string path;
  int flags, mode = 0777;
  if (!path_arg(ts, "shm_open", a[0], &path) || !int_param(ts, a[1], &flags)) return Value();
  if (a[2] && !int_param(ts, a[2], &mode)) return Value();
  int fd;
  do {
    fd = ::shm_open(path.c_str(), flags, mode_t(mode));
  } while (fd < 0 && errno == EINTR);
  if (fd < 0) return raise_errno(ts, errno, a[0]);
  return Value::small_int(fd);
}

// shm_unlink(path)
Value shm_unlink_fn(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  static constexpr const char* kNames[] = {"path"};
  Value a[1] = {};
  if (!parse_args(ts, "shm_unlink", args, nargs, kw, kNames, 1, 0, 1, 1, a)) return Value();
  std::string path;
  if (!path_arg(ts, "shm_unlink", a[0], &path)) return Value();
  if (::shm_unlink(path.c_str()) < 0) return raise_errno(ts, errno, a[0]);
  return Value::none();
}

const MethodDef kMethods[] = {
    {"shm_open", shm_open_fn, kMethNormal, "Open a shared memory object.  Returns a file descriptor (integer)."},
    {"shm_unlink", shm_unlink_fn, kMethNormal,
     "Remove a shared memory object (similar to unlink()).\n\nRemove a shared memory object name, and, once all "
     "processes  have  unmapped\nthe object, de-allocates and destroys the contents of the associated memory\n"
     "region."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

const ModuleDef posixshmem_module_def = {
    .name = "_posixshmem",
    .doc = nullptr,
    .methods = kMethods,
    .init = nullptr,
};

}  // namespace minipy
