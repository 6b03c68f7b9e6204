// vm/vm.h — the evaluation loop's internal API: entering frames, calling
// functions, generators, and the import system. Used by vm/ and by the public
// API (vm/api.cpp); runtime/ reaches the VM only through the hook functions
// declared in runtime/objects.h.
#pragma once
#include "vm/code.h"
#include "vm/frame.h"

namespace minipy {

// Types defined in vm/ (instantiated by vm_init_types at start-up).
extern const TypeSpec function_type_spec;
extern const TypeSpec code_type_spec;
extern const TypeSpec frame_type_spec;
extern const TypeSpec generator_type_spec;
extern const TypeSpec coroutine_type_spec;
extern const TypeSpec async_generator_type_spec;

// Run `f` (already set up: locals bound, previous linked by the caller) until it
// returns, yields or raises. `f` becomes the entry frame of this C++ call.
// Returns the returned/yielded value (new reference) or null with an exception.
// With `throwing`, the pending exception is raised at the frame's suspension point (gen.throw()).
Value eval_frame(ThreadState* ts, Frame* f, bool throwing = false);

// Vectorcall slot of Python functions.
Value function_vectorcall(ThreadState* ts, Value callable, const Value* args, size_t nargs, TupleObject* kwnames);
// Bind call arguments into a new frame's localsplus with CPython's rules and
// error messages. `nargs` counts positional arguments; keyword values follow
// them in `args`, one per name in kwnames. Values are increfed into the frame.
bool bind_arguments(ThreadState* ts, FunctionObject* fn, Frame* f, const Value* args, size_t nargs,
                    TupleObject* kwnames);
// Set up a frame for calling fn (on the data stack, or owned for generators).
Frame* frame_for_function(ThreadState* ts, FunctionObject* fn, bool owned);
// Run a code object with the given globals and locals mapping (module bodies, exec, class bodies).
Value run_code(ThreadState* ts, Value code, DictObject* globals, Value locals);
// Call `fn` (a class body function) with `locals` as its locals mapping.
Value call_with_locals(ThreadState* ts, FunctionObject* fn, Value locals);

// Generators, coroutines and async generators (vm/generator.cpp).
struct GenObject : Object {
  Frame* frame;        // owned; null once finished and cleared
  Value name, qualname;
  Value code;          // the CodeObject
  Value handled_exc;   // the exception being handled inside the generator while suspended
  bool running;
  bool closed;
  bool hooks_inited;   // async generators: firstiter called
  Value weakreflist;
  Value origin_or_finalizer;  // async generators: finalizer
  bool awaited;        // coroutines: was ever awaited/started (for "never awaited" warnings)
  Value resumer_exc;   // borrowed: the resumer's handled exception while run inline by a SEND
  bool running_async;  // async generators: an asend/athrow is in progress
};
Value gen_new(ThreadState* ts, Frame* f, FunctionObject* fn);
// Resume a generator-like object with `v` (None to start). Sets *returned when
// the generator finished (its return value is the result), otherwise the result is the yielded value.
// Returns null with an exception pending on error.
Value gen_send_ex(ThreadState* ts, GenObject* g, Value v, bool* returned, bool throwing = false);
bool is_generator_like(ThreadState* ts, Value v);
// Inline resumption (eval loop, no C++ recursion per yield-from/await level):
// gen_resume_inline prepares g's frame to run on top of `caller` (links it,
// pushes v, swaps the handled exception, marks it running, counts the depth;
// descends at once through delegates suspended in their own SEND loops and
// returns the innermost frame to run); null when the slow
// path must be taken (running, finished, or a first send of non-None; no error set).
Frame* gen_resume_inline(ThreadState* ts, Frame* caller, GenObject* g, Value v);
// An inline-run generator frame yielded: mark it suspended (and restore the resumer's handled exception).
void gen_suspend_inline(ThreadState* ts, Frame* f);
// An inline-run generator frame returned (raised = false) or raised: finish the
// generator, release its frame; applies PEP 479 to a pending StopIteration.
void gen_finish_inline(ThreadState* ts, Frame* f, bool raised);
void vm_init_types(ThreadState* ts);   // function, code, frame, generator... types
// A copy of `co` with add_flags ORed into its flags (types.coroutine; vm/minipy_module.cpp).
Value code_with_flags(ThreadState* ts, CodeObject* co, uint32_t add_flags);

// except* support (vm/exc_group_ops.cpp): split `eg` by `type` (CHECK_EG_MATCH)
// and combine the raised/re-raised groups at the end of a try-except* (PREP_RERAISE_STAR).
bool exception_group_match(ThreadState* ts, Value eg, Value type, Value* match, Value* rest);
Value exception_group_prep_reraise(ThreadState* ts, Value orig, Value excs);
// Async generators: mark a value yielded by `yield` (vs. an await's yield).
Value async_gen_wrap_value(ThreadState* ts, Value v);

// Threads and signals (vm/thread.cpp).
void signals_install(ThreadState* main_ts);
bool signals_check(ThreadState* ts);      // raises KeyboardInterrupt if Ctrl-C arrived (main thread)
bool signals_pending(ThreadState* ts);

// The exception set by `raise` inside the eval loop gets its __context__ from
// the handled exception (like CPython's _PyErr_SetObject).
void chain_context(ThreadState* ts, Value exc);

// Imports (vm/import.cpp).
Value import_module_level(ThreadState* ts, Value name, Value globals, Value fromlist, int level);
Value import_from(ThreadState* ts, Value module, StrObject* name);
bool import_star(ThreadState* ts, Value module, Value locals);
void import_init(ThreadState* ts);

}  // namespace minipy
