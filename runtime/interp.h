// runtime/interp.h — the Interpreter (everything one VM instance owns) and the
// per-thread ThreadState. There is no mutable process-wide state: every type
// object, interned name, module table and setting hangs off an Interpreter.
#pragma once
#include <atomic>
#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "runtime/objects.h"

namespace minipy {

// The built-in types, in creation order (a base before its subclasses).
// X(field, spec, base_field_or_object)
#define MINIPY_BUILTIN_TYPES(X) \
  X(object_, object_type_spec) \
  X(type, type_type_spec) \
  X(none, none_type_spec) \
  X(notimplemented, notimplemented_type_spec) \
  X(ellipsis, ellipsis_type_spec) \
  X(int_, int_type_spec) \
  X(bool_, bool_type_spec) \
  X(float_, float_type_spec) \
  X(complex, complex_type_spec) \
  X(str, str_type_spec) \
  X(str_iter, str_iter_type_spec) \
  X(bytes, bytes_type_spec) \
  X(bytearray, bytearray_type_spec) \
  X(bytes_iter, bytes_iter_type_spec) \
  X(bytearray_iter, bytearray_iter_type_spec) \
  X(memoryview, memoryview_type_spec) \
  X(tuple, tuple_type_spec) \
  X(list, list_type_spec) \
  X(dict, dict_type_spec) \
  X(dict_keys, dict_keys_type_spec) \
  X(dict_values, dict_values_type_spec) \
  X(dict_items, dict_items_type_spec) \
  X(set, set_type_spec) \
  X(frozenset, frozenset_type_spec) \
  X(range, range_type_spec) \
  X(slice, slice_type_spec) \
  X(seq_iter, seq_iter_type_spec) \
  X(callable_iter, callable_iter_type_spec) \
  X(enumerate, enumerate_type_spec) \
  X(zip, zip_type_spec) \
  X(map, map_type_spec) \
  X(filter, filter_type_spec) \
  X(reversed, reversed_type_spec) \
  /* iterators of the containers (tuple.cpp, list.cpp, dictviews.cpp, set.cpp, range.cpp) */ \
  X(tuple_iter, tuple_iter_type_spec) \
  X(list_iter, list_iter_type_spec) \
  X(list_reviter, list_reviter_type_spec) \
  X(dict_keyiter, dict_keyiter_type_spec) \
  X(dict_valueiter, dict_valueiter_type_spec) \
  X(dict_itemiter, dict_itemiter_type_spec) \
  X(dict_revkeyiter, dict_revkeyiter_type_spec) \
  X(dict_revvalueiter, dict_revvalueiter_type_spec) \
  X(dict_revitemiter, dict_revitemiter_type_spec) \
  X(set_iter, set_iter_type_spec) \
  X(range_iter, range_iter_type_spec) \
  X(longrange_iter, longrange_iter_type_spec) \
  X(super, super_type_spec) \
  X(property, property_type_spec) \
  X(staticmethod, staticmethod_type_spec) \
  X(classmethod, classmethod_type_spec) \
  X(method, method_type_spec) \
  X(builtin_function, builtin_function_type_spec) \
  X(method_descr, method_descr_type_spec) \
  X(classmethod_descr, classmethod_descr_type_spec) \
  X(getset_descr, getset_descr_type_spec) \
  X(member_descr, member_descr_type_spec) \
  X(slot_wrapper, slot_wrapper_type_spec) \
  X(method_wrapper, method_wrapper_type_spec) \
  X(module, module_type_spec) \
  X(cell, cell_type_spec) \
  X(traceback, traceback_type_spec) \
  X(text_file, text_file_type_spec)       /* fileio.cpp: open() in text mode, sys.stdout */ \
  X(binary_file, binary_file_type_spec)   /* fileio.cpp: open() in binary mode */

struct BuiltinTypes {
#define MINIPY_X(field, spec) TypeObject* field = nullptr;
  MINIPY_BUILTIN_TYPES(MINIPY_X)
#undef MINIPY_X
  // Types owned by the VM (vm/): functions, code, frames, generators, coroutines.
  TypeObject* function = nullptr;
  TypeObject* code = nullptr;
  TypeObject* frame = nullptr;
  TypeObject* generator = nullptr;
  TypeObject* coroutine = nullptr;
  TypeObject* async_generator = nullptr;
  // Async generator helpers (vm/async_generator.cpp; created on first use).
  TypeObject* async_gen_asend = nullptr;
  TypeObject* async_gen_athrow = nullptr;
  TypeObject* async_gen_wrapped_value = nullptr;
  TypeObject* coroutine_wrapper = nullptr;   // coroutine.__await__() (vm/generator.cpp)
};

// Interned names used by the runtime (dunder methods and common attributes).
// Access: ts->interp->names.__init__
#define MINIPY_NAMES(X) \
  X(__init__) X(__new__) X(__del__) X(__repr__) X(__str__) X(__format__) X(__hash__) X(__bool__) \
  X(__len__) X(__iter__) X(__next__) X(__reversed__) X(__getitem__) X(__setitem__) X(__delitem__) \
  X(__contains__) X(__missing__) X(__call__) X(__getattr__) X(__getattribute__) X(__setattr__) \
  X(__delattr__) X(__get__) X(__set__) X(__delete__) X(__set_name__) X(__init_subclass__) \
  X(__class_getitem__) X(__enter__) X(__exit__) X(__aenter__) X(__aexit__) X(__await__) \
  X(__aiter__) X(__anext__) X(__eq__) X(__ne__) X(__lt__) X(__le__) X(__gt__) X(__ge__) \
  X(__add__) X(__radd__) X(__iadd__) X(__sub__) X(__rsub__) X(__isub__) X(__mul__) X(__rmul__) \
  X(__imul__) X(__matmul__) X(__rmatmul__) X(__imatmul__) X(__truediv__) X(__rtruediv__) \
  X(__itruediv__) X(__floordiv__) X(__rfloordiv__) X(__ifloordiv__) X(__mod__) X(__rmod__) \
  X(__imod__) X(__divmod__) X(__rdivmod__) X(__pow__) X(__rpow__) X(__ipow__) X(__lshift__) \
  X(__rlshift__) X(__ilshift__) X(__rshift__) X(__rrshift__) X(__irshift__) X(__and__) \
  X(__rand__) X(__iand__) X(__or__) X(__ror__) X(__ior__) X(__xor__) X(__rxor__) X(__ixor__) \
  X(__neg__) X(__pos__) X(__abs__) X(__invert__) X(__int__) X(__float__) \
  X(__index__) X(__round__) X(__trunc__) X(__floor__) X(__ceil__) X(__instancecheck__) \
  X(__subclasscheck__) X(__subclasshook__) X(__mro_entries__) X(__prepare__) X(__dict__) \
  X(__class__) X(__name__) X(__qualname__) X(__module__) X(__doc__) X(__slots__) X(__weakref__) \
  X(__bases__) X(__mro__) X(__file__) X(__path__) X(__package__) X(__spec__) X(__loader__) \
  X(__builtins__) X(__all__) X(__annotations__) X(__match_args__) X(__dir__) X(__sizeof__) \
  X(__reduce__) X(__reduce_ex__) X(__getstate__) X(__setstate__) X(__copy__) X(__deepcopy__) \
  X(__import__) X(__main__) X(__cause__) X(__context__) X(__traceback__) X(__notes__) \
  X(__length_hint__) X(__classcell__) X(__orig_bases__) X(__abstractmethods__) X(__wrapped__) \
  X(__self__) X(__defaults__) X(__kwdefaults__) X(__code__) X(__closure__) \
  X(__globals__) X(__isabstractmethod__) X(__fspath__) X(__buffer__) X(__bytes__) \
  X(mro) X(args) X(send) X(close) X(keys) X(values) X(items) X(get) X(append) \
  X(extend) X(update) X(copy) X(name) X(value) X(write) X(flush) X(read) X(readline) \
  X(fileno) X(encoding) X(stdout) X(stderr) X(stdin) X(excepthook) X(builtins) X(sys) \
  X(modules) X(path) X(argv) X(join) X(__build_class__) X(metaclass) X(self) X(cls) X(key) \
  X(reverse) X(sep) X(end) X(file) X(start) X(stop) X(step) X(strict) X(errors) \
  X(lineno) X(msg) X(filename) X(offset) X(text)

// Names whose text is a C++ keyword or reserved identifier: Y(field, "text").
#define MINIPY_NAMES2(Y) \
  Y(__complex___, "__complex__") Y(__func___, "__func__") Y(throw_, "throw") Y(default_, "default")

struct Names {
#define MINIPY_X(n) StrObject* n = nullptr;
  MINIPY_NAMES(MINIPY_X)
#undef MINIPY_X
#define MINIPY_Y(field, text) StrObject* field = nullptr;
  MINIPY_NAMES2(MINIPY_Y)
#undef MINIPY_Y
};

struct Gil;             // vm/gil.h
struct ImportState;     // vm/import.cpp
struct GcState;         // runtime/gc.cpp
struct ObmallocState;   // runtime/obmalloc.h
struct ApiState;        // vm/api_internal.h (embedding API, helper-43)
struct BudgetState;     // vm/budget.h (embedding API limits, helper-43)

// Options chosen by the embedder / the CLI before the interpreter starts.
struct InterpreterConfig {
  std::vector<std::string> argv;     // sys.argv
  std::vector<std::string> path;     // extra sys.path entries (script dir first)
  double switch_interval = 0.005;
  int recursion_limit = 1000;
  bool inspect = false;
  bool unbuffered = false;
  std::vector<std::string> xoptions; // -X options
  // PYTHONHASHSEED: -1 random (the default), 0 no randomisation, else the
  // seed CPython expands into the str/bytes hash key (runtime/hash.cpp).
  int64_t hash_seed = -1;
  // --- command-line flags (vm/api.cpp copies them from minipy::Config; stdlib/sys.cpp
  // shows them as sys.flags / sys.warnoptions / sys.orig_argv; the compiler reads optimize).
  std::vector<std::string> orig_argv;    // empty: "minipy" followed by argv
  std::vector<std::string> warnoptions;  // sys.warnoptions, already in CPython's order
  int optimize = 0;                      // -O / -OO
  int bytes_warning = 0, verbose = 0, debug = 0;
  bool quiet = false, dont_write_bytecode = false, ignore_environment = false, isolated = false, interactive = false;
  bool no_user_site = false, no_site = false, safe_path = false, dev_mode = false;
  bool warn_default_encoding = false;
  int utf8_mode = 1, hash_randomization = 1;
  int int_max_str_digits = -1;           // sys.flags.int_max_str_digits (-1: not set)
};

struct Interpreter {
  InterpreterConfig config;
  uint64_t hash_key[2] = {0, 0};         // SipHash key of str/bytes hashes (runtime/hash.cpp)
  BuiltinTypes types;
  TypeObject* exc_types[size_t(Exc::Count_)] = {};
  // type_of() for the immediates, indexed by Value::immediate_index().
  TypeObject* immediate_types[5] = {};
  Names names;
  std::unordered_map<std::string, StrObject*> interned;  // owns one reference each

  ModuleObject* builtins = nullptr;      // the builtins module
  DictObject* builtins_dict = nullptr;   // borrowed from builtins
  ModuleObject* sys = nullptr;
  DictObject* modules = nullptr;         // sys.modules
  Value empty_tuple;                     // the shared ()
  Value empty_str;                       // the shared ''
  Value single_chars[128] = {};          // one-character ASCII strings

  int recursion_limit = 1000;
  int64_t int_max_str_digits = 4300;
  uint64_t next_type_version = 1;

  std::vector<ThreadState*> threads;     // all live thread states (guarded by the GIL)
  ThreadState* main_thread = nullptr;
  Gil* gil = nullptr;
  ImportState* import_state = nullptr;
  GcState* gc = nullptr;
  // Free lists for hot small objects (floats, frames...) live in memory.cpp/vm.
  void* float_freelist = nullptr;
  int float_freelist_size = 0;
  // Small-object allocator (runtime/obmalloc.h): this interpreter's pools of
  // objects and object-owned buffers, and the bytes it holds (the figure a
  // memory cap would compare). Created by memory.cpp on the first allocation;
  // used only by the GIL holder.
  ObmallocState* obmalloc = nullptr;

  // stdout/stderr text the CLI flushes at exit (sys.stdout objects are in sys.cpp).
  Value sys_stdout, sys_stderr, sys_stdin;
  Value io_unsupported_operation;        // io.UnsupportedOperation class, created lazily (fileio.cpp); owned
  Value generic_alias_type;              // types.GenericAlias, created lazily (genericalias.cpp); owned
  Value anext_awaitable_type;            // anext(it, default)'s awaitable, created lazily (builtins2.cpp); owned
  // --- stdlib part A (owned; null until first used) ---
  // atexit: list of (func, args, kwargs-or-None) tuples, run last-first at exit (stdlib/atexitmodule.cpp).
  Value atexit_callbacks;
  // signal: list indexed by signal number of the Python-level handlers (a callable,
  // or the ints SIG_DFL/SIG_IGN, or None); vm/thread.cpp's signals_check reads it.
  Value signal_handlers;
  // --- async generator hooks (stdlib/sys.cpp) ---
  // The type of sys.get_asyncgen_hooks()'s result, made on first use (kept for
  // the interpreter's lifetime, like sys's other struct-sequence types).
  TypeObject* asyncgen_hooks_type = nullptr;
  // sys.unraisablehook's argument type (UnraisableHookArgs), made by sys_init
  // and kept for the interpreter's lifetime; runtime/errors.cpp builds it.
  TypeObject* unraisable_args_type = nullptr;
  // warnings (stdlib/_warnings.cpp): bumped by _warnings._filters_mutated();
  // a __warningregistry__ whose 'version' differs is cleared (CPython's
  // filters_version).
  int64_t warnings_filters_version = 0;
  // --- lifecycle (vm/lifecycle.cpp) ---
  // A copy of the builtins namespace as start-up left it (owned): finalisation
  // puts it back before collecting, so what a program added to builtins dies
  // early, with everything still usable (CPython's builtins_copy).
  Value builtins_copy;
  // --- embedding API (helper-43): state of the public C++ API, null until used.
  ApiState* api = nullptr;        // bound C++ classes/functions, surfaced errors (vm/api_bind.cpp)
  BudgetState* budget = nullptr;  // instruction budget, deadline, memory cap (vm/budget.cpp)
};

struct Frame;  // vm/frame.h

// Bits of ThreadState::eval_breaker, checked by the evaluation loop at backward
// jumps and calls.
enum EvalBreakerBits : uint32_t {
  kBreakGilDropRequest = 1u << 0,
  kBreakSignalsPending = 1u << 1,
  kBreakAsyncException = 1u << 2,
  kBreakBudget = 1u << 3,
  kBreakGc = 1u << 4,
  kBreakProfile = 1u << 5,  // sticky while ThreadState::use_profile: 'call' events at CALL (vm/profile.cpp)
};

struct ThreadState {
  Interpreter* interp = nullptr;
  Value curexc;                   // the pending exception (an instance), or null
  Value handled_exc;              // the exception being handled (sys.exc_info()), or null — VM saves/restores
  Frame* frame = nullptr;         // innermost running frame
  int py_depth = 0;               // Python frames on this thread (RecursionError at interp->recursion_limit)
  int c_depth = 0;                // C++ re-entries (RecursionGuard)
  std::atomic<uint32_t> eval_breaker{0};
  uint64_t thread_id = 0;         // threading.get_ident()
  int64_t native_id = 0;
  std::string name;               // thread name for reports
  void* vm = nullptr;             // VM-private per-thread data (vm/)
  // Containers whose repr is in progress (repr_enter/repr_leave, list.cpp): lets
  // recursive containers print [...] / {...} like CPython's Py_ReprEnter.
  std::vector<Object*> repr_active;
  // The trashcan (runtime/gc.h, DeallocGuard): how deeply container deallocs
  // are nested on this thread, and the deallocs put off because that reached
  // kTrashcanUnwindLevel (CPython's trash_delete_nesting / trash_delete_later).
  int trash_depth = 0;
  std::vector<Object*> trash_later;
  // This thread's C++ stack: [stack_lo, stack_hi), and the lowest address
  // C++ code may reach before RecursionError (see stack_exhausted()).
  uintptr_t stack_lo = 0, stack_hi = 0, stack_limit = 0;
  // The current contextvars.Context of this thread (owned), or null for a fresh
  // empty one made on first use (stdlib/contextvars.cpp).
  Value context;
  // --- async generator hooks: sys.set_asyncgen_hooks (stdlib/sys.cpp), per
  // thread as in CPython; owned, null = None. vm/async_generator.cpp calls
  // firstiter on an async generator's first iteration and keeps finalizer in
  // it, to be called instead of closing it when it is finalised unfinished.
  Value asyncgen_firstiter;
  Value asyncgen_finalizer;
  // --- profiling: sys.setprofile and _lsprof (vm/profile.h, vm/profile.cpp) ---
  // This thread's profile hook (CPython's c_profilefunc / c_profileobj):
  // profile_fn is called with profile_obj (owned; what sys.getprofile()
  // returns) for each event. use_profile = a hook is set and not running now:
  // the one flag the evaluation loop tests (besides the eval breaker's
  // kBreakProfile bit and Frame::check_on_return, see vm/profile.cpp).
  int (*profile_fn)(ThreadState* ts, Value obj, Frame* frame, int what, Value arg) = nullptr;
  Value profile_obj;
  bool use_profile = false;
  // --- tracing: sys.settrace (vm/trace.h, vm/trace.cpp; helper-39) ---
  // This thread's trace hook (CPython's c_tracefunc / c_traceobj; trace_obj
  // owned, what sys.gettrace() returns). While one is set, use_profile is
  // also true (the profile machinery delivers call/return events to both)
  // and use_trace is true except while a hook runs: frames then execute a
  // traced copy of their code (vm/trace.cpp) for 'line'/'opcode' events.
  int (*trace_fn)(ThreadState* ts, Value obj, Frame* frame, int what, Value arg) = nullptr;
  Value trace_obj;
  bool use_trace = false;
  bool in_hook = false;           // a profile or trace hook is running: no events (CPython's tstate->tracing)
  int trace_what = 0;             // the event a trace hook is handling (frame.f_lineno's checks; CPython's tracing_what)
};

// Embedding API limits (helper-43, vm/budget.cpp): the evaluation loop's
// handle_eval_breaker calls it when Interpreter::budget is set; false with
// minipy.BudgetExceeded pending when the instruction budget or deadline is over.
bool budget_check(ThreadState* ts);

// Record the calling thread's stack bounds in ts (runtime/abstract.cpp).
// Called on the thread itself when it starts running Python code.
void thread_stack_init(ThreadState* ts);

// True when the calling thread is running out of C++ stack: C++ code that
// re-enters Python (eval_frame from C++, RecursionGuard) raises RecursionError
// instead of overflowing. Other threads' stacks are never reported.
inline bool stack_exhausted(ThreadState* ts) {
  uintptr_t sp = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
  return sp < ts->stack_limit && sp >= ts->stack_lo;
}

inline TypeObject* type_of(ThreadState* ts, Value v) {
  if (v.is_obj()) return v.obj()->type;
  if (v.is_small_int()) return ts->interp->types.int_;
  return ts->interp->immediate_types[v.immediate_index()];
}

// The thread state of the calling OS thread (set while it holds the GIL of an
// interpreter). Used only where no ts can be passed (dealloc of objects).
ThreadState* current_thread_state();
void set_current_thread_state(ThreadState* ts);

}  // namespace minipy

namespace minipy {
// ---------------------------------------------------------------- lifecycle (runtime/interp.cpp)
// Create an interpreter: every built-in type, the builtins and sys modules, and a
// main ThreadState that is current on the calling thread (holding the GIL).
Interpreter* interpreter_create(const InterpreterConfig& cfg);
ThreadState* interpreter_main_thread(Interpreter* interp);
// Finalise: run pending finalisers, free everything the interpreter owns.
// False when flushing sys.stdout/sys.stderr at exit failed (CPython's
// Py_FinalizeEx < 0: the command then exits 120).
bool interpreter_destroy(Interpreter* interp);
// Run Python source in a fresh __main__-like module dict (or `globals` when given).
// Returns the module dict (new reference) or null with the exception pending.
Value run_source(ThreadState* ts, const std::string& source, const std::string& filename,
                 DictObject* globals = nullptr);
}  // namespace minipy

namespace minipy {
// ---------------------------------------------------------------- blocking sections (vm/gil.cpp)
// Every operation that may block (sleep, lock and condition waits, joins, file
// and socket I/O, select) runs inside a GilRelease: it releases the GIL so
// other threads run, and takes it back afterwards. It is the only way to
// release the GIL, so a grep for GilRelease finds every blocking point.
// Objects must not be touched while it is alive.
void gil_release_for_blocking(ThreadState* ts);
void gil_reacquire_after_blocking(ThreadState* ts);
// Ctrl-C during a blocking call (vm/thread.cpp; also declared in vm/vm.h):
// signals_pending() may be called without the GIL and tells whether Ctrl-C
// is waiting for the main thread; signals_check(), with the GIL, raises the
// KeyboardInterrupt (returns false) — both are no-ops on other threads.
bool signals_pending(ThreadState* ts);
bool signals_check(ThreadState* ts);
class GilRelease {
 public:
  explicit GilRelease(ThreadState* ts) : ts_(ts) { gil_release_for_blocking(ts_); }
  ~GilRelease() { gil_reacquire_after_blocking(ts_); }
  GilRelease(const GilRelease&) = delete;
  GilRelease& operator=(const GilRelease&) = delete;

 private:
  ThreadState* ts_;
};
}  // namespace minipy
