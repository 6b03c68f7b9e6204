// vm/api_internal.h — what the files of the public embedding API (vm/api*.cpp)
// share: the VM's private state (VM::Impl), the per-interpreter API state
// (ApiState, hung off Interpreter::api), and the conversions between Python
// exceptions and minipy::Error. Internal: only vm/api*.cpp include it.
#pragma once
#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <typeindex>
#include <unordered_map>
#include <vector>

#include "minipy/minipy.h"
#include "runtime/runtime.h"

namespace minipy {

struct VM::Impl {
  Interpreter* interp = nullptr;
  ThreadState* ts = nullptr;
  bool finalized = false;
  Value main_dict;  // __main__'s namespace (owned)
  // The last run_* ended with an uncaught KeyboardInterrupt (exit_signal()).
  bool keyboard_interrupt = false;
  bool skip_first_line = false;   // Config::skip_source_first_line (-x)
  bool ran_program = false;       // a run_* ran before run_repl (no banner then)
  std::string program = "minipy"; // orig_argv[0], for "can't open file" messages
  // The calling thread's state on this VM: its own (a ThreadScope's, or the
  // main one on the creating thread); else this VM becomes current on the
  // thread with its main state (the VM used last is the one Object handles use).
  ThreadState* enter() {
    ThreadState* cur = current_thread_state();
    if (cur && cur->interp == interp) return cur;
    set_current_thread_state(ts);
    return ts;
  }
};

// A C++ class bound with minipy::Class<T>: the TypeSpec its Python type was
// made from (it must outlive the type, so the ApiState owns it).
struct ClassRecord {
  TypeSpec spec{};
  std::string name;                       // the spec's name ("module.Name")
  const std::type_info* ti = nullptr;
  TypeObject* type = nullptr;             // borrowed: the module/type dicts own it
  std::unique_ptr<api::detail::FunctionRecord> init;
};

struct ApiState {
  TypeObject* function_type = nullptr;    // builtin functions bound from C++ (owned)
  std::unordered_map<std::type_index, ClassRecord*> classes;
  std::vector<std::unique_ptr<ClassRecord>> class_records;
  // Python exceptions surfaced as minipy::Error, by exception_id(), so that a
  // bound function rethrowing one re-raises the same object (owned, last 64).
  std::deque<std::pair<uint64_t, Value>> errors;
  uint64_t next_error_id = 1;
};

// The interpreter's ApiState, made on first use.
ApiState* api_state(Interpreter* interp);
// Drop the references the ApiState holds (before interpreter_destroy), then
// free it (after: the class TypeSpecs must outlive their types).
void api_state_clear(Interpreter* interp);
void api_state_free(Interpreter* interp);

// The pending exception as a minipy::Error (taking it: none is pending after).
Error api_make_error(ThreadState* ts);
// Raise e as a Python exception (its original object when the VM still has it).
void api_raise_error(ThreadState* ts, const Error& e);
// The calling thread's state, or throw minipy::Error when no VM is current.
ThreadState* api_ts();
// Compile the embedder's source (CompileMode) allowed past a memory cap by the
// allocator's reserve: a VM at its cap can still run `del big`.
Value api_compile(ThreadState* ts, const std::string& source, const std::string& filename, int mode);
// Run source in globals g (exec) after api_compile; the module's result or null.
bool api_exec(ThreadState* ts, const std::string& source, DictObject* g);

}  // namespace minipy
