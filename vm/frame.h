// vm/frame.h — execution frames and the per-thread frame stack.
//
// A Frame is a heap record (never on the C++ stack) holding a code object's
// fast locals, cells, free variables and value stack in one array. Ordinary
// calls take frames from the thread's data stack (a bump allocator of chunks);
// generators and coroutines own their frame in their own memory, so a
// suspended generator is nothing but its frame. Python-to-Python calls do not
// recurse on the C++ stack: the evaluation loop switches frames in place.
#pragma once
#include <cstddef>
#include <cstring>

#include "runtime/runtime.h"
#include "vm/code.h"

namespace minipy {

enum class FrameOwner : uint8_t { Thread, Generator };
enum class FrameState : uint8_t { Created, Running, Suspended, Completed };

struct Frame {
  CodeObject* code;       // owned
  FunctionObject* func;   // owned, null for module/class/exec code
  DictObject* globals;    // owned
  DictObject* builtins;   // owned
  Value locals;           // owned mapping for non-optimized code (module, class body, exec), else null
  Frame* previous;        // the caller (or the frame that resumed a generator)
  uint32_t* ip;           // next instruction to execute (code words are writable: inline caches)
  Value* sp;              // value stack top (one past the last item)
  int32_t lasti;          // word index of the instruction being executed (for tracebacks)
  FrameOwner owner;
  FrameState state;
  bool is_entry;          // the C++ call that entered the evaluation loop returns when this frame ends
  bool yield_from;        // suspended inside a yield-from/await SEND loop (delegate below the top)
  Value frame_obj;        // the Python-visible frame object, created on demand (owned)
  Value gen;              // the generator/coroutine owning this frame (borrowed), or null
  // Delegation chains (vm/generator.cpp, "Delegation chains"): a generator
  // frame run by its awaiter's SEND stays linked to it (previous) while the
  // chain is suspended, so resuming the chain jumps to its innermost frame.
  Frame* chain_root;      // running generator frame: the bottom frame of its chain (itself for a root)
  Frame* chain_leaf;      // root of a suspended chain: the innermost frame (it yielded), else null
  int32_t chain_depth;    // chained: its distance from the chain's root (the leaf's is the chain's depth)
  bool chained;           // run by previous's SEND (a yield-from/await delegate), kept while suspended
  bool for_iter;          // running, resumed by previous's FOR_ITER (not through gen_send_ex)
  bool exc_pure;          // chained: no frame below it in the chain was handling an exception at its SEND
  bool check_on_return;   // eval loop: poll the eval breaker in the caller when this frame returns (vm/eval.cpp)
  int32_t nslots;         // nlocalsplus + stacksize
  Value localsplus[1];    // nlocalsplus locals, then the value stack

  Value* stack_base() { return localsplus + code->nlocalsplus; }
};

inline size_t frame_size_for(const CodeObject* co) {
  return sizeof(Frame) + sizeof(Value) * size_t(co->nlocalsplus + co->stacksize);
}

// Per-thread VM data (ThreadState::vm).
struct VmThread {
  char* chunk = nullptr;       // current data-stack chunk
  char* top = nullptr;         // first free byte
  char* limit = nullptr;       // end of the chunk
  struct Chunk* chunks = nullptr;
  // GIL bookkeeping (vm/gil.cpp).
  uint32_t gil_index = 0;          // row in Gil::stats
  int64_t hold_start_ns = 0;       // when this thread last took the GIL
  int64_t wait_start_ns = 0;
  bool last_slice_blocked = false; // the previous hold ended in a blocking call
  int64_t slice_used_ns = 0;       // GIL time used of the current slice before a preemption (vm/gil.cpp)
  bool holds_gil = false;
};

// Allocate a frame for `co` on the thread's data stack (uninitialised locals
// set to null). Returns null with MemoryError on failure.
Frame* frame_push(ThreadState* ts, CodeObject* co);
// Release a data-stack frame (must be the most recent one).
void frame_pop(ThreadState* ts, Frame* f);

// bind_arguments (vm/vm.h) with the keyword names as an array (nkw of them,
// interned or not) instead of a tuple, for callers that build them on the
// fly (CALL_FUNCTION_EX unpacking a **kwargs dict).
bool bind_arguments_kw(ThreadState* ts, FunctionObject* fn, Frame* f, const Value* args, size_t nargs,
                       const Value* kwnames, size_t nkw);

// Every header field of a new frame for `co` (the locals are the caller's
// business). Field by field: a 120-byte memset is a libc call or a `rep stos`.
static_assert(sizeof(Frame) == 128, "Frame changed: update frame_init_header");
inline __attribute__((always_inline)) void frame_init_header(Frame* f, CodeObject* co, FrameOwner owner) {
  f->code = co;
  f->func = nullptr;
  f->globals = nullptr;
  f->builtins = nullptr;
  f->locals = Value();
  f->previous = nullptr;
  f->ip = co->code;
  f->sp = f->localsplus + co->nlocalsplus;
  f->lasti = 0;
  f->owner = owner;
  f->state = FrameState::Created;
  f->is_entry = false;
  f->yield_from = false;
  f->frame_obj = Value();
  f->gen = Value();
  f->chain_root = nullptr;
  f->chain_leaf = nullptr;
  f->chain_depth = 0;
  f->chained = false;
  f->for_iter = false;
  f->exc_pure = false;
  f->check_on_return = false;
  f->nslots = co->nlocalsplus + co->stacksize;
}

// frame_push / frame_pop for the evaluation loop's calls: the common case (the
// current chunk has room; the frame is not the first of its chunk) inline,
// the rest out of line. Same results as frame_push / frame_pop.
inline __attribute__((always_inline)) Frame* frame_push_fast(ThreadState* ts, CodeObject* co) {
  auto* vt = static_cast<VmThread*>(ts->vm);
  size_t size = (frame_size_for(co) + 15) & ~size_t(15);
  char* top = vt->top;
  if (__builtin_expect(!top || size_t(vt->limit - top) < size, 0)) return frame_push(ts, co);
  auto* f = reinterpret_cast<Frame*>(top);
  vt->top = top + size;
  frame_init_header(f, co, FrameOwner::Thread);
  incref(co);
  for (int32_t i = 0; i < co->nlocalsplus; ++i) f->localsplus[i] = Value();
  return f;
}
inline __attribute__((always_inline)) void frame_pop_fast(ThreadState* ts, Frame* f) {
  auto* vt = static_cast<VmThread*>(ts->vm);
  if (__builtin_expect(reinterpret_cast<char*>(f) != vt->chunk, 1)) vt->top = reinterpret_cast<char*>(f);
  else frame_pop(ts, f);
}
// Allocate a frame with its own memory (for generators).
Frame* frame_new_owned(ThreadState* ts, CodeObject* co);
// Drop every reference the frame holds (locals, stack, code...), leaving its memory.
void frame_clear(Frame* f);
void vm_thread_init(ThreadState* ts);
void vm_thread_fini(ThreadState* ts);

// The Python-visible frame object (f_code, f_lineno, f_locals, f_globals, f_back).
struct FrameObject : Object {
  Frame* frame;        // live frame, or null once the frame has finished
  Value code;          // kept for tracebacks after the frame ended
  Value globals;
  int lineno;          // line when the frame ended
  Value back;          // f_back snapshot (FrameObject or null)
  // helper-39 (vm/trace.cpp, vm/hooks.cpp):
  Value trace;         // f_trace (owned) or null
  Value locals;        // f_locals as the frame left them (owned; set when the frame finished) or null
  bool trace_lines;    // f_trace_lines (True for a new frame object)
  bool trace_opcodes;  // f_trace_opcodes
  int lasti_done;      // the frame's last instruction, once it finished
  int line_event_at;   // the instruction of the last 'line' event (vm/trace.cpp)
  // helper-46 (vm/hooks.cpp): room for a function frame's fast locals right
  // after this struct (nslots values, allocated with the object); when the
  // frame finishes while others hold its object, its values move there
  // (nsaved = nslots) instead of into a separate tuple; f_locals turns them
  // into the dict on first access.
  int32_t nslots;
  int32_t nsaved;
};
inline Value* frameobj_saved(FrameObject* fo) { return reinterpret_cast<Value*>(fo + 1); }
// The frame object of a frame that is finishing keeps what CPython's frame
// object keeps (the locals as they are now, f_back, f_lineno) and lets go of
// the frame (vm/hooks.cpp). No-op when the frame has no frame object.
void frame_object_detach(ThreadState* ts, Frame* f);
// frame.f_locals of a live function frame (fo->locals) from its fast locals,
// and back (after a trace function ran; vm/hooks.cpp).
bool frame_fast_to_locals(ThreadState* ts, FrameObject* fo);
void frame_locals_to_fast(ThreadState* ts, FrameObject* fo);
Value frame_object_of(ThreadState* ts, Frame* f);  // new reference
int frame_lineno(Frame* f);

// f_back: the frame `f` returns to, or null for a generator frame that is not
// executing. (A delegate in a suspended delegation chain keeps its `previous`
// link to its awaiter, so `previous` alone is not the answer there.)
inline Frame* frame_back(Frame* f) {
  Frame* root = f;
  while (root->chained) root = root->previous;
  if (root->owner == FrameOwner::Generator && root->state != FrameState::Running) return nullptr;
  return f->previous;
}

}  // namespace minipy
