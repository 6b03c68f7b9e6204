// stdlib/posix_internal.h — argument helpers shared by the two halves of the
// native `posix` module: stdlib/posix.cpp (files, descriptors, the machine)
// and stdlib/posix_process.cpp (exec, spawn, wait, sessions, process times).
// Must not: be included outside those two files.
#pragma once
#include <sys/types.h>

#include <cerrno>
#include <string>

#include "runtime/runtime.h"

namespace minipy::posixmod {

// A path argument: str / bytes / os.PathLike, optionally an int fd.
struct PathArg {
  std::string path;
  bool is_bytes = false;
  int fd = -1;  // >= 0 when an fd was given
};

// Convert a path argument with CPython's messages ("fname: argname should be
// string, bytes, os.PathLike or integer, not T", "embedded null character in path").
bool get_path(ThreadState* ts, const char* fname, const char* argname, Value v, PathArg* out,
              bool allow_fd = false);
// One str/bytes/os.PathLike as bytes (CPython's PyUnicode_FSConverter:
// "expected str, bytes or os.PathLike object, not T", "embedded null byte").
bool fs_bytes(ThreadState* ts, Value v, std::string* out);
// An int argument (__index__; a float is a TypeError).
bool get_int(ThreadState* ts, Value v, int64_t* out);
bool get_fd(ThreadState* ts, Value v, int* fd);

// PEP 475: a call interrupted by a signal (EINTR) is retried once the signal's
// Python handler has run (main thread, with the GIL); if the handler raised
// (KeyboardInterrupt...), the call fails with that exception. `call` runs with
// the GIL released: a GIL release point. Returns the call's result, -1 with
// errno set when it failed, or kSignalRaised with an exception pending.
constexpr ssize_t kSignalRaised = -2;
template <class Call>
ssize_t retry_on_eintr(ThreadState* ts, Call call) {
  for (;;) {
    ssize_t r;
    int err;
    {
      GilRelease unlocked(ts);
      r = call();
      err = errno;
    }
    if (r >= 0 || err != EINTR) {
      errno = err;
      return r;
    }
    if (!signals_check(ts)) return kSignalRaised;
  }
}

// posix_process.cpp: add its functions, constants and result types to the module.
bool process_init(ThreadState* ts, ModuleObject* m);

}  // namespace minipy::posixmod
