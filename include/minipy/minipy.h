// minipy/minipy.h — the public C++ embedding API.
//
// A minipy::VM is one interpreter: its own types, modules and threads; several
// can live in one process. Python errors never escape as crashes: the
// run_* entry points return an exit status (printing tracebacks to stderr like
// the `minipy` command), and exec()/eval() throw minipy::Error carrying the
// exception's type, message and formatted traceback.
//
// Exposes no internal type; the CLI (cli/main.cpp) is built only on this header.
#pragma once
#include <cstddef>
#include <cstdint>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace minipy {

// The interpreter's version string, e.g. "0.1.0".
const char* version();
// The Python language version minipy implements, e.g. "3.11.7".
const char* python_version();
// sys.version: "3.11.7 (main, minipy 0.1.0) [GCC]" (what `minipy -VV` prints after "Python ").
const char* python_version_long();

struct Config {
  std::vector<std::string> argv;      // sys.argv (argv[0] = script name, "-c", "-m"...)
  std::vector<std::string> path;      // sys.path entries searched before MINIPYPATH and the embedded stdlib
  std::vector<std::string> xoptions;  // -X options ("gil-stats", "switch-interval=0.001", ...)
  bool unbuffered = false;            // -u: unbuffered stdout/stderr
  int recursion_limit = 1000;

  // ---- CPython's command-line flags (sys.flags, sys.warnoptions, sys.orig_argv).
  // The `minipy` command fills them from its options and the PYTHON* variables
  // exactly as `python3` does; an embedder may set them directly.
  std::vector<std::string> orig_argv;    // sys.orig_argv; empty: "minipy" followed by argv
  // -W options in order (the CLI puts PYTHONWARNINGS' comma-separated items
  // first). sys.warnoptions is: "default" if dev_mode, these, then
  // "default::BytesWarning" / "error::BytesWarning" for bytes_warning 1 / 2;
  // the warnings module applies them at start-up, as CPython does.
  std::vector<std::string> warnoptions;
  int optimize = 0;              // -O = 1: asserts and `if __debug__` code compiled out; -OO = 2: docstrings too
  int bytes_warning = 0;         // -b = 1, -bb = 2 (BytesWarning filters)
  int verbose = 0;               // -v (sys.flags.verbose; imports are not traced)
  int debug = 0;                 // -d (sys.flags.debug)
  bool inspect = false;          // -i / PYTHONINSPECT: the REPL runs after the program (sys.flags.inspect)
  bool interactive = false;      // -i (sys.flags.interactive)
  bool quiet = false;            // -q: no banner in the REPL
  bool dont_write_bytecode = false;  // -B (sys.dont_write_bytecode; minipy writes no .pyc anyway)
  bool ignore_environment = false;   // -E (the CLI already ignored PYTHON*; this is the flag)
  bool isolated = false;         // -I
  bool no_user_site = false;     // -s
  bool no_site = false;          // -S
  bool safe_path = false;        // -P: no script directory / cwd in front of sys.path
  bool dev_mode = false;         // -X dev / PYTHONDEVMODE (an "dev" entry in xoptions counts too)
  bool warn_default_encoding = false;  // -X warn_default_encoding / PYTHONWARNDEFAULTENCODING
  int utf8_mode = -1;            // -X utf8[=0|1] / PYTHONUTF8; -1 (not given): 1, minipy's I/O is always UTF-8
  int hash_randomization = 1;    // 0 when PYTHONHASHSEED=0 (sys.flags.hash_randomization)
  // str/bytes hash seed (PYTHONHASHSEED): -1 random per VM, 0 no randomisation,
  // 1..4294967295 CPython's seeded key (same seed, same set-of-str order).
  int64_t hash_seed = -1;
  int int_max_str_digits = -1;   // -X int_max_str_digits=N / PYTHONINTMAXSTRDIGITS; -1: the default (4300)
  bool skip_source_first_line = false;  // -x: run_file() drops the script's first line
  // Resource limits applied when the VM starts (see api::Limits below).
  uint64_t instruction_budget = 0;
  double time_limit_seconds = 0;
  size_t memory_limit_bytes = 0;
};

// One entry of a Python traceback, innermost last (as printed).
struct StackFrame {
  std::string file;         // "script.py", "<string>"
  int line = 0;
  std::string function;     // "f", "<module>"
  std::string source_line;  // the stripped source text, or "" when unknown
};

// A Python exception surfaced to C++. Thrown by every API call that runs
// Python code. Thrown from a bound C++ function (minipy/bind.h), it becomes
// the original Python exception again (same object) when it came from Python,
// or a new exception of the built-in class named type() otherwise.
class Error : public std::runtime_error {
 public:
  Error(std::string type, std::string message, std::string traceback)
      : std::runtime_error(type + ": " + message), type_(std::move(type)), message_(std::move(message)),
        traceback_(std::move(traceback)) {}
  Error(std::string type, std::string message, std::string traceback, std::vector<StackFrame> frames,
        uint64_t exception_id)
      : Error(std::move(type), std::move(message), std::move(traceback)) {
    frames_ = std::move(frames);
    exception_id_ = exception_id;
  }
  const std::string& type() const { return type_; }          // "ZeroDivisionError"
  const std::string& message() const { return message_; }    // "division by zero"
  const std::string& traceback() const { return traceback_; }  // the full CPython-style report
  const std::vector<StackFrame>& frames() const { return frames_; }  // outermost first
  // Identifies the Python exception object while the VM keeps it (the last
  // 64 surfaced); 0 for errors made in C++.
  uint64_t exception_id() const { return exception_id_; }
 private:
  std::string type_, message_, traceback_;
  std::vector<StackFrame> frames_;
  uint64_t exception_id_ = 0;
};

}  // namespace minipy

#include "minipy/object.h"

namespace minipy {
namespace api {
// Resource limits (see docs/embedding.md). Zero means "no limit".
//  * instructions: evaluation-loop check points (every backward jump and every
//    call) the running code may pass; then minipy.BudgetExceeded is raised,
//    and raised again at every later check point until reset_limits() or
//    set_limits(), so `except Exception:` cannot swallow it for good.
//  * seconds: a wall-clock deadline from set_limits(); BudgetExceeded too.
//  * memory_bytes: the interpreter's allocations (its pools and large blocks)
//    may not pass this; a request that would raises MemoryError, and the VM
//    stays usable once memory is freed.
struct Limits {
  uint64_t instructions = 0;
  double seconds = 0;
  size_t memory_bytes = 0;
};
class Module;
}  // namespace api

class VM {
 public:
  explicit VM(const Config& config = Config());
  ~VM();
  VM(const VM&) = delete;
  VM& operator=(const VM&) = delete;

  // Program entry points, as the `minipy` command runs them. They return the
  // process exit status: 0, 1 after an uncaught exception (its traceback is
  // printed to stderr), or the code of SystemExit; 130 (128 + SIGINT) after
  // an uncaught KeyboardInterrupt, when exit_signal() tells the host to end
  // by that signal once finalised, as CPython does.
  int run_file(const std::string& path);                 // as __main__
  int run_string(const std::string& source, const std::string& filename = "<string>");
  int run_module(const std::string& module);             // -m: find the module, run it as __main__
  int run_repl();                                        // interactive loop on stdin
  // The bytecode listing of a script (like `python -m dis`); status as above.
  int disassemble_file(const std::string& path, std::string* out);

  // Embedding helpers: run code in the VM's __main__ namespace. Throw Error on a Python exception.
  void exec(const std::string& source);
  std::string eval_repr(const std::string& expression);  // repr() of the value

  // ---- values (minipy/object.h). All throw Error on a Python exception.
  api::Object globals();                                   // __main__'s namespace dict
  api::Object import(const std::string& module);           // import module (dotted names give the leaf)
  api::Object eval(const std::string& expression);         // in __main__
  api::Object eval(const std::string& expression, const api::Object& ns);   // ns: a dict (globals)
  void exec(const std::string& source, const api::Object& ns);              // ns: a dict (globals)
  api::Object builtins();                                  // the builtins module
  // Make this VM the current one on the calling thread (for Object handles),
  // when several VMs are used from one thread. The constructor does it too.
  void make_current();

  // ---- bindings (minipy/bind.h): a native module importable by Python code.
  api::Module def_module(const std::string& name, const std::string& doc = "");

  // ---- limits
  void set_limits(const api::Limits& limits);   // replaces the previous ones; starts the clock
  api::Limits limits() const;
  void reset_limits();                          // counters and deadline restart, the same limits
  uint64_t instructions_used() const;           // check points since set/reset
  size_t memory_used() const;                   // bytes the interpreter holds now

  // Flush sys.stdout/sys.stderr and finalise (also done by the destructor).
  // False when flushing them failed (reported on stderr as CPython does; the
  // `minipy` command then exits with status 120, as python3).
  bool finalize();

  // The signal the process should end with (re-raised with its default
  // action after finalize()): SIGINT when the last run_* ended with an uncaught
  // KeyboardInterrupt, so a shell or parent process sees the Ctrl-C; else 0.
  int exit_signal() const;

  struct Impl;
  Impl* impl() const { return impl_.get(); }  // for the binding layer

 private:
  std::unique_ptr<Impl> impl_;
};

namespace api {
// Limits for one call (or any scope): the previous limits come back at the end.
//   { minipy::ScopedLimits lim(vm, {.instructions = 1'000'000}); vm.exec(untrusted); }
class ScopedLimits {
 public:
  ScopedLimits(VM& vm, const Limits& limits) : vm_(vm), saved_(vm.limits()) { vm.set_limits(limits); }
  ~ScopedLimits() {
    try {
      vm_.set_limits(saved_);
    } catch (...) {
    }
  }
  ScopedLimits(const ScopedLimits&) = delete;
  ScopedLimits& operator=(const ScopedLimits&) = delete;

 private:
  VM& vm_;
  Limits saved_;
};
}  // namespace api

}  // namespace minipy

#include "minipy/bind.h"
#include "minipy/threads.h"

#ifndef MINIPY_BUILD_CORE
namespace minipy {
using namespace api;  // minipy::Object, minipy::Class, ... (the core keeps them in minipy::api)
}
#endif
