// minipy/threads.h — C++ threads and the GIL: a host thread (one minipy did
// not create) enters a VM with a ThreadScope, and any thread lets the others
// run during long C++ work with a GilRelease.
//
// Included by minipy/minipy.h. The thread that created a VM holds its GIL
// between API calls, as CPython's main thread does after Py_Initialize: while
// it waits for host threads (join, condition waits) it must do so inside a
// GilRelease, or they cannot take the GIL.
#pragma once

namespace minipy {
class VM;
namespace api {

// Gives the calling thread a Python thread state on `vm` and takes the GIL for
// the scope's lifetime (nesting is allowed: an inner scope for the same VM is
// a no-op). Python code sees the thread as threading._DummyThread, like a
// thread CPython did not start. Not copyable; destroy on the same thread.
class ThreadScope {
 public:
  explicit ThreadScope(VM& vm);
  ~ThreadScope();
  ThreadScope(const ThreadScope&) = delete;
  ThreadScope& operator=(const ThreadScope&) = delete;

 private:
  void* ts_ = nullptr;     // the thread state made here (null: nested scope)
  void* prev_ = nullptr;   // the thread state current before
};

// Releases the GIL held by the calling thread until the end of the scope (no
// minipy::Object may be touched meanwhile); the GIL is taken back at the end.
// A no-op on a thread with no current VM.
class GilRelease {
 public:
  GilRelease();
  ~GilRelease();
  GilRelease(const GilRelease&) = delete;
  GilRelease& operator=(const GilRelease&) = delete;

 private:
  void* ts_ = nullptr;
};

}  // namespace api
}  // namespace minipy
