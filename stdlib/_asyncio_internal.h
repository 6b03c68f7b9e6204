// stdlib/_asyncio_internal.h — what the parts of the native `_asyncio`
// module share: stdlib/_asyncio_future.cpp (module state, Future, the
// Future iterator, the running-loop and current-task functions, the type
// specs), stdlib/_asyncio_task.cpp (Task: the coroutine driver, its step and
// wakeup callables; tasks._sleep0), stdlib/_asyncio_handle.cpp (events.Handle
// and the native call_soon path) and stdlib/_asyncio_registry.cpp (the weak
// task registry, tasks._all_tasks).
// Internal to those files; nothing else includes it.
#pragma once
#include "stdlib/modules.h"
#include "vm/vm.h"

namespace minipy {
namespace asyncio_native {

enum FutState : uint8_t { kPending = 0, kCancelled = 1, kFinished = 2 };

struct TaskObject;

// Per-interpreter state of the module (one per interpreter, never global). It
// is owned by the native Future type (TypeObject::metadata) and the Task type;
// the module's `state` pointer borrows it. Not a GC container: what it holds
// are roots (pending tasks, the running loops).
struct AsyncioState : Object {
  TypeObject* future_type;     // borrowed: the types own the state, not the reverse
  TypeObject* task_type;
  TypeObject* iter_type;
  TypeObject* handle_type;     // asyncio.events.Handle (stdlib/_asyncio_handle.cpp)
  TypeObject* sleep0_iter_type;  // what `await tasks._sleep0` drives (stdlib/_asyncio_task.cpp)
  TypeObject* step_wrapper_type;    // TaskCallObject types (stdlib/_asyncio_task.cpp)
  TypeObject* wakeup_wrapper_type;
  // tasks._all_tasks, a weak registry as in CPython (where it is a WeakSet):
  // native tasks (and instances of their subclasses) are linked from
  // tasks_head through TaskObject::reg_prev/reg_next without a reference, and
  // unlink themselves when they die (stdlib/_asyncio_registry.cpp); anything
  // else given to _register_task (_PyTask, third-party tasks) goes in a
  // weakref.WeakSet made on first use.
  TaskObject* tasks_head;
  Value foreign_tasks;         // owned: the WeakSet, or null
  TypeObject* registry_type;   // the type of `_all_tasks` (owned by the module through it)
  DictObject* current_tasks;   // owned: loop -> task being stepped (tasks._current_tasks)
  DictObject* running_loops;   // owned: thread id -> running loop
  // One-entry cache of running_loops for the thread that last asked or set.
  uint64_t cached_tid;
  Value cached_loop;           // borrowed from running_loops (null: none running)
  bool cache_valid;
  uint64_t task_name_counter;  // "Task-<n>"
  Value kw_context;            // ("context",) for call_soon(..., context=ctx)
  // Resolved on first use from the Python half of asyncio (owned).
  Value cancelled_error, invalid_state_error;  // asyncio.exceptions
  Value future_repr;           // asyncio.futures._future_repr
  Value task_repr;             // asyncio.tasks._task_repr
  Value task_get_stack, task_print_stack;  // asyncio.tasks._task_get_stack/_task_print_stack
  Value iscoroutine;           // asyncio.coroutines.iscoroutine
  Value get_event_loop_policy; // asyncio.events.get_event_loop_policy
  Value format_callback_source;  // asyncio.events._format_callback_source
  Value base_call_soon;        // asyncio.base_events.BaseEventLoop.call_soon (the function)
  Value base_get_debug;        // asyncio.base_events.BaseEventLoop.get_debug (the function)
  Value extract_stack;         // traceback.extract_stack (debug mode: Future/Task creation point)
  Value helpers_extract_stack; // asyncio.format_helpers.extract_stack (debug mode: Handle creation point)
  Value weakset_type;          // _weakrefset.WeakSet (foreign_tasks)
  // The last loop type found to use BaseEventLoop.call_soon unchanged, at this version.
  TypeObject* fast_loop_type;
  uint32_t fast_loop_version;
  // The last loop type found to use BaseEventLoop.get_debug unchanged (loop_get_debug).
  TypeObject* debug_loop_type;
  uint32_t debug_loop_version;
  // Interned names (borrowed, immortal).
  StrObject* s_call_soon;
  StrObject* s_call_exception_handler;
  StrObject* s_cancel;
  StrObject* s_add_done_callback;
  StrObject* s_blocking;       // _asyncio_future_blocking
  StrObject* s_get_loop;
  StrObject* s_loop;           // _loop
  StrObject* s_result;
  StrObject* s_send;
  StrObject* s_throw;
  StrObject* s_message, *s_exception, *s_future, *s_task, *s_source_traceback;
  StrObject* s_handle, *s_get_debug, *s_repr_info;
  StrObject* s__closed, *s__debug, *s__ready, *s_append;
};

struct FutureObject : Object {
  Value loop;            // null until __init__ ran ("not initialized")
  Value callback0;       // the first done-callback, kept inline (most futures have one)
  Value context0;        // its context (null for None)
  Value callbacks;       // list of (fn, context) tuples after the first, or null
  Value result;
  Value exception;
  Value source_tb;
  Value cancel_msg;
  Value cancelled_exc;   // the CancelledError that cancelled a task, chained by _make_cancelled_error
  uint8_t state;         // FutState
  bool log_tb;           // an exception nobody retrieved yet: reported by the finaliser
  bool blocking;         // _asyncio_future_blocking
  bool is_task;          // set by Task's __new__ (TaskObject layout follows)
};

struct TaskObject : FutureObject {
  Value coro;
  Value context;         // null for None
  Value name;            // null: "Task-<name_id>", made when first asked for
  uint64_t name_id;
  Value fut_waiter;      // the future the coroutine waits on, or null
  // The task's __step / task_wakeup callables (TaskCallObject), reused by
  // every call_soon / add_done_callback while one is alive. Borrowed: each
  // holds the task, and clears this pointer when it dies, so a pending task
  // that nothing else holds is freed by reference counting, as in CPython.
  struct TaskCallObject* step_cb;
  struct TaskCallObject* wakeup_cb;
  int64_t num_cancels_requested;
  // Links in AsyncioState::tasks_head's list (tasks._all_tasks); not references.
  TaskObject* reg_prev;
  TaskObject* reg_next;
  bool registered;
  bool must_cancel;
  bool log_destroy_pending;
};

// What loop.call_soon / add_done_callback receive to resume a task: a
// TaskStepMethWrapper (task.__step, optional exception argument) or a
// task_wakeup method (argument: the awaited future), like CPython's.
struct TaskCallObject : Object {
  TaskObject* task;      // owned; null once cleared by the collector
};

struct FutureIterObject : Object {
  Value future;          // owned; null once exhausted or closed
};

extern const TypeSpec future_type_spec;
extern const TypeSpec task_type_spec;
extern const TypeSpec handle_type_spec;
extern const TypeSpec sleep0_type_spec;
extern const TypeSpec sleep0_iter_type_spec;
extern const TypeSpec task_step_wrapper_type_spec;
extern const TypeSpec task_wakeup_wrapper_type_spec;

// The state of the interpreter `o` belongs to (o is a Future/Task or subclass instance).
inline AsyncioState* state_of(Object* o) {
  TypeObject* t = o->type;
  while (t->spec != &future_type_spec && t->spec != &task_type_spec) t = t->base;
  return t->metadata.as<AsyncioState>();
}
inline bool is_exact_future(AsyncioState* st, Value v) {
  return v.is_obj() && (v.obj()->type == st->future_type || v.obj()->type == st->task_type);
}
// Any Future (native or a Python subclass of it).
bool is_native_future(ThreadState* ts, AsyncioState* st, Value v);

inline void clear_value(Value& slot) {
  Value v = slot;
  slot = Value();
  decref(v);
}
inline void set_value(Value& slot, Value v) {  // increfs v
  Value old = slot;
  slot = newref(v);
  decref(old);
}

// Shared operations (stdlib/_asyncio_future.cpp).
bool ensure_exceptions(ThreadState* ts, AsyncioState* st);
// st->X = module.attr, imported on first use.
bool resolve_lazy(ThreadState* ts, Value* slot, const char* module, const char* attr);
bool future_ensure_alive(ThreadState* ts, FutureObject* f);
// loop.call_soon(cb[, arg][, context=ctx]); arg/ctx may be null.
bool call_soon(ThreadState* ts, AsyncioState* st, Value loop, Value cb, Value arg, Value ctx);
bool future_add_done_callback(ThreadState* ts, AsyncioState* st, FutureObject* f, Value fn, Value ctx);
bool future_schedule_callbacks(ThreadState* ts, AsyncioState* st, FutureObject* f);
Value future_set_result(ThreadState* ts, AsyncioState* st, FutureObject* f, Value result);
Value future_set_exception(ThreadState* ts, AsyncioState* st, FutureObject* f, Value exc);
Value future_cancel(ThreadState* ts, AsyncioState* st, FutureObject* f, Value msg);
Value make_cancelled_error(ThreadState* ts, AsyncioState* st, FutureObject* f);
// Future.result() for the fast paths: 0 = result in *out, 1 = the stored exception in
// *out (not raised), -1 = raised (cancelled, not done, uninitialised).
int future_get_result(ThreadState* ts, AsyncioState* st, FutureObject* f, Value* out);
bool future_init_impl(ThreadState* ts, FutureObject* f, Value loop);
void future_clear_fields(FutureObject* f);
void future_traverse_fields(FutureObject* f, VisitFn visit, void* arg);
// Report "exception was never retrieved" / "Task was destroyed but it is pending!".
void future_finalize(ThreadState* ts, FutureObject* f);
// loop.get_debug(), read from loop._debug when the loop uses BaseEventLoop.get_debug:
// 1 / 0, -1 on error.
int loop_get_debug(ThreadState* ts, AsyncioState* st, Value loop);
// Debug mode: the creation point of a Future/Task (traceback.extract_stack()
// from the calling Python frame), stored in f->source_tb.
bool future_capture_source_tb(ThreadState* ts, AsyncioState* st, FutureObject* f);
Value get_running_loop_borrowed(ThreadState* ts, AsyncioState* st);
Value get_event_loop(ThreadState* ts, AsyncioState* st);
bool enter_task(ThreadState* ts, AsyncioState* st, Value loop, Value task);
bool leave_task(ThreadState* ts, AsyncioState* st, Value loop, Value task);

// The weak task registry (stdlib/_asyncio_registry.cpp).
extern const TypeSpec task_registry_type_spec;
// Link a native task (no-op when linked) / unlink it (no-op when not linked).
void registry_link(AsyncioState* st, TaskObject* t);
void registry_unlink(AsyncioState* st, TaskObject* t);
// _register_task / _unregister_task for any object.
bool registry_add(ThreadState* ts, AsyncioState* st, Value task);
bool registry_discard(ThreadState* ts, AsyncioState* st, Value task);
// The registered tasks alive now, as a new list.
Value registry_snapshot(ThreadState* ts, AsyncioState* st);

// Handle (stdlib/_asyncio_handle.cpp): what loop.call_soon queues.
struct HandleObject : Object {
  Value callback;        // None once cancelled
  Value args;            // tuple; None once cancelled
  Value loop;
  Value context;         // None when not given
  Value source_tb;
  Value repr;            // saved repr of a cancelled handle in debug mode, or null
  bool cancelled;
};

// loop.call_soon(cb[, arg], context=ctx) done natively when `loop` uses
// BaseEventLoop.call_soon unchanged: 1 = done, 0 = not applicable (call the
// method), -1 = error.
int call_soon_fast(ThreadState* ts, AsyncioState* st, Value loop, Value cb, Value arg, Value ctx);

// The Task half (stdlib/_asyncio_task.cpp).
extern const MethodDef kTaskMethods[];
extern const GetSetDef kTaskGetSets[];
Value task_new(ThreadState* ts, TypeObject* type, const Value* args, size_t nargs, TupleObject* kwnames);
bool task_init(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames);
Value task_repr(ThreadState* ts, Value self);
void task_clear_fields(TaskObject* t);
void task_traverse_fields(TaskObject* t, VisitFn visit, void* arg);
void task_finalize(ThreadState* ts, AsyncioState* st, TaskObject* t);

}  // namespace asyncio_native
}  // namespace minipy
