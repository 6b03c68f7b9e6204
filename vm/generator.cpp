// vm/generator.cpp — generators and coroutines: the GenObject protocol
// (send/throw/close, PEP 479, finalisation, "never awaited" warnings), the
// coroutine_wrapper of coroutine.__await__(), and inline resumption. A
// suspended generator is its frame (owned by the GenObject). send()/next()
// re-enter the evaluation loop with that frame as the entry frame; a SEND
// (yield from / await) on a generator or coroutine instead runs the delegate's
// frame inside the same loop, and FOR_ITER runs a generator it iterates the
// same way, so chains thousands of levels deep use no C++ stack per level.
//
// Delegation chains. A delegate run by its awaiter's SEND is *chained*: its
// frame stays linked to the awaiter's (previous) even after it yields, and the
// bottom frame of the chain (the *root*, the one resumed by send() or
// FOR_ITER) remembers the innermost frame (chain_leaf). Resuming the root
// jumps straight to that frame, and a yield from it goes straight back to the
// root's resumer: nothing is done per level. The frames in between are left
// as they were while running (at their SEND), so what Python code can observe
// about them (gi_running, gi_suspended, gi_yieldfrom / cr_await) is computed on
// demand by walking to the root (root_of). Anything else that needs a level
// on its own (throw(), close(), resuming a delegate from outside the chain,
// the garbage collector, a resume past the recursion limit) first turns the
// chain back into frames each suspended in its own SEND loop (unchain), which
// costs a walk over the chain, as every level must be visited then anyway.
// Handled exceptions: a chain is kept only while no level between the root
// and the innermost frame was inside an except block at its SEND (exc_pure),
// so every level shares the root resumer's handled exception and only the
// innermost frame has its own to save; otherwise a yield unwinds level by
// level as before. Async generator objects are in vm/async_generator.cpp.
#include <cstdlib>
#include <fstream>
#include <string>

#include "runtime/gc.h"
#include "vm/generator_internal.h"

namespace minipy {

namespace {

enum class GenKind { Generator, Coroutine, AsyncGenerator };

GenKind kind_of(ThreadState* ts, GenObject* g) {
  TypeObject* t = g->type;
  if (t == ts->interp->types.coroutine) return GenKind::Coroutine;
  if (t == ts->interp->types.async_generator) return GenKind::AsyncGenerator;
  return GenKind::Generator;
}

const char* kind_name(GenKind k) {
  switch (k) {
    case GenKind::Coroutine: return "coroutine";
    case GenKind::AsyncGenerator: return "async generator";
    default: return "generator";
  }
}

bool finished(GenObject* g) { return !g->frame || g->frame->state == FrameState::Completed; }

GenObject* gen_of(Frame* f) { return f->gen.as<GenObject>(); }

// ---------------------------------------------------------------- delegation chains
// The root of the chain holding f (f itself when it is not chained).
Frame* root_of(Frame* f) {
  while (f->chained) f = f->previous;
  return f;
}

// Is the chain holding the chained frame f running? (A suspended chain's root
// has a chain_leaf; a running chain's root is Running.)
bool chain_running(Frame* f) { return root_of(f)->state == FrameState::Running; }

// Turn the suspended chain rooted at `root` into frames each suspended in its
// own SEND loop, as a level-by-level yield leaves them: past the SEND and its
// YIELD_VALUE 1, with the delegate on the stack.
void unchain(Frame* root) {
  Frame* y = root->chain_leaf;
  root->chain_leaf = nullptr;
  while (y != root) {
    Frame* up = y->previous;
    y->chained = false;
    y->exc_pure = false;
    y->previous = nullptr;
    gen_of(y)->resumer_exc = Value();
    up->ip += 2;  // SEND, YIELD_VALUE 1: a chained frame's awaiter waits at its SEND
    up->lasti += 1;
    up->state = FrameState::Suspended;
    up->yield_from = true;
    y = up;
  }
}

// Before g is resumed by itself (not through its chain's root): if it is a
// delegate in a suspended chain, unchain that chain. False when the chain is
// running (g is executing, as far as Python can tell).
bool unchain_if_delegate(GenObject* g) {
  Frame* f = g->frame;
  if (!f || !f->chained) return true;
  Frame* r = root_of(f);
  if (!r->chain_leaf) return false;
  unchain(r);
  return true;
}

// Make g's frame stand on its own: neither a delegate in a suspended chain nor
// the root of one. False when it is part of a running chain.
bool detach(GenObject* g) {
  if (!unchain_if_delegate(g)) return false;
  if (g->frame && g->frame->chain_leaf) unchain(g->frame);
  return true;
}

// Frames a resume of root adds to the thread's Python depth.
int32_t resume_depth(Frame* root) { return root->chain_leaf ? 1 + root->chain_leaf->chain_depth : 1; }

// A generator about to run: take its own handled exception (if it yielded
// inside an except block), keeping the resumer's in resumer_exc.
void take_handled(ThreadState* ts, GenObject* g) {
  g->resumer_exc = ts->handled_exc;
  if (g->handled_exc) {
    ts->handled_exc = g->handled_exc;
    g->handled_exc = Value();
  }
}

// A generator suspending: keep the exception it is handling, give the resumer back its own.
void save_handled(ThreadState* ts, GenObject* g) {
  if (ts->handled_exc != g->resumer_exc) {
    g->handled_exc = ts->handled_exc;
    ts->handled_exc = g->resumer_exc;
  }
  g->resumer_exc = Value();
}

// Enter the suspended chain below the root that has just been marked running
// (its resumer_exc set): the innermost frame runs next.
Frame* enter_chain(ThreadState* ts, Frame* root) {
  Frame* leaf = root->chain_leaf;
  root->chain_leaf = nullptr;
  ts->py_depth += leaf->chain_depth;
  GenObject* lg = gen_of(leaf);
  take_handled(ts, lg);  // its resumer_exc: the root's (every level is exc_pure)
  lg->awaited = true;
  leaf->chain_root = root;
  leaf->state = FrameState::Running;
  ts->frame = leaf;
  return leaf;
}

// Never called on a frame of a running chain (the caller checks or the frame
// has just finished); a suspended chain is undone first, so that no chained
// frame stays linked to freed memory.
void release_frame(GenObject* g) {
  if (!g->frame) return;
  detach(g);
  Frame* f = g->frame;
  g->frame = nullptr;
  frame_clear(f);
  std::free(f);
}

// The delegate of a generator suspended in a yield-from/await loop, or null.
Value delegate_of(GenObject* g) {
  Frame* f = g->frame;
  if (!f) return Value();
  if (f->chained) {
    if (chain_running(f)) return Value();
    if (f->state != FrameState::Suspended) return f->sp[-1];  // waiting at its SEND
  }
  if (f->state != FrameState::Suspended || !f->yield_from) return Value();
  return f->sp[-1];
}

// Move a generator suspended in a SEND loop past that loop, as if the delegate
// had returned: pop the delegate and continue at the SEND's exit target.
void skip_send_loop(Frame* f) {
  uint32_t* p = f->ip;
  uint32_t* end = f->code->code + f->code->ncode;
  while (p < end && insn_op(*p) == Op::NOP) ++p;
  if (p >= end || insn_op(*p) != Op::JUMP_BACKWARD_NO_INTERRUPT) return;
  uint32_t* send = f->code->code + insn_arg(*p);
  if (insn_op(*send) != Op::SEND) return;
  Value sub = *--f->sp;
  decref(sub);
  f->ip = f->code->code + insn_arg(*send);
  f->yield_from = false;
}

Value stop_iteration_with(ThreadState* ts, Value v) {
  if (v.is_none()) return raise_value(ts, Value::from_obj(exc_type(ts, Exc::StopIteration)));
  Value exc = exception_new(ts, exc_type(ts, Exc::StopIteration), &v, 1);
  if (!exc) return Value();
  raise_value(ts, exc);
  decref(exc);
  return Value();
}

// PEP 479: StopIteration (StopAsyncIteration in async generators) escaping a
// generator becomes RuntimeError, chained to it.
void pep479(ThreadState* ts, GenKind kind) {
  bool agen = kind == GenKind::AsyncGenerator;
  if (!err_matches(ts, Exc::StopIteration) && !(agen && err_matches(ts, Exc::StopAsyncIteration))) return;
  Value exc = err_fetch(ts);
  const char* what = kind == GenKind::Coroutine ? "coroutine raised StopIteration"
                     : !agen                    ? "generator raised StopIteration"
                     : is_subtype(type_of(ts, exc), exc_type(ts, Exc::StopAsyncIteration))
                         ? "async generator raised StopAsyncIteration"
                         : "async generator raised StopIteration";
  raise(ts, Exc::RuntimeError, what);
  auto* e = ts->curexc.as<BaseExceptionObject>();
  e->cause = newref(exc);
  e->context = exc;
  e->suppress_context = true;
}

}  // namespace

bool is_generator_like(ThreadState* ts, Value v) {
  if (!v.is_obj()) return false;
  TypeObject* t = v.obj()->type;
  return t == ts->interp->types.generator || t == ts->interp->types.coroutine;
}

Value gen_new(ThreadState* ts, Frame* f, FunctionObject* fn) {
  auto* co = f->code;
  TypeObject* t = ts->interp->types.generator;
  if (co->flags & kCoCoroutine) t = ts->interp->types.coroutine;
  if (co->flags & kCoAsyncGenerator) t = ts->interp->types.async_generator;
  auto* g = reinterpret_cast<GenObject*>(alloc_object(ts, t));
  if (!g) {
    frame_clear(f);
    std::free(f);
    return Value();
  }
  g->frame = f;
  f->gen = Value::from_obj(g);
  f->state = FrameState::Created;
  g->code = newref(Value::from_obj(co));
  g->name = newref(fn ? fn->name : co->name);
  g->qualname = newref(fn ? fn->qualname : co->qualname);
  return Value::from_obj(g);
}

Value gen_send_ex(ThreadState* ts, GenObject* g, Value v, bool* returned, bool throwing) {
  *returned = false;
  if (g->running || !unchain_if_delegate(g))
    return raisef(ts, Exc::ValueError, "%s already executing", kind_name(kind_of(ts, g)));
  if (finished(g)) {
    if (kind_of(ts, g) == GenKind::Coroutine && !throwing)
      return raise(ts, Exc::RuntimeError, "cannot reuse already awaited coroutine");
    if (throwing) return Value();  // the pending exception propagates
    *returned = true;
    return Value::none();
  }
  Frame* f = g->frame;
  // A cached chain is entered at its innermost frame unless throwing or the
  // whole chain would not fit under the recursion limit (then each level is
  // resumed in turn and the one past the limit raises RecursionError; the
  // same when eval_frame is going to refuse the root for lack of C++ stack).
  if (f->chain_leaf &&
      (throwing || ts->py_depth + resume_depth(f) > ts->interp->recursion_limit || stack_exhausted(ts)))
    unchain(f);
  if (f->state == FrameState::Created && throwing) {
    // Thrown into a generator that never started: it finishes at once, no
    // code of its body runs (its try blocks were never entered).
    traceback_add(ts, ts->curexc, Value(), Value::from_obj(f->code), 0, f->code->firstlineno);
    release_frame(g);
    return Value();
  }
  if (f->state == FrameState::Created) {
    if (!throwing && !v.is_none()) {
      return raisef(ts, Exc::TypeError, "can't send non-None value to a just-started %s", kind_name(kind_of(ts, g)));
    }
  } else {
    Frame* top = f->chain_leaf ? f->chain_leaf : f;
    *top->sp++ = newref(throwing ? Value::none() : v);
  }
  g->awaited = true;
  // The generator's own handled exception (if it yielded inside an except block).
  Value saved_handled = ts->handled_exc;
  take_handled(ts, g);
  // A thrown exception is chained to the exception the generator is handling
  // (else the resumer's), like CPython's _PyErr_ChainStackItem.
  if (throwing && ts->curexc) chain_context(ts, ts->curexc);
  g->running = true;
  f->chain_root = f;
  f->for_iter = false;
  Value r = eval_frame(ts, f, throwing);  // enters a cached chain at its innermost frame (gen_chain_enter)
  g->running = false;
  g->resumer_exc = Value();
  if (f->state == FrameState::Suspended) {
    f->previous = nullptr;
    if (ts->handled_exc != saved_handled) {
      g->handled_exc = ts->handled_exc;  // still inside an except block in the generator
      ts->handled_exc = saved_handled;
    }
    return r;
  }
  // Finished: restore the caller's handled exception.
  if (ts->handled_exc != saved_handled) {
    decref(ts->handled_exc);
    ts->handled_exc = saved_handled;
  }
  release_frame(g);
  if (r) {
    *returned = true;
    return r;
  }
  pep479(ts, kind_of(ts, g));
  return Value();
}

Frame* gen_chain_enter(ThreadState* ts, Frame* root) { return enter_chain(ts, root); }

namespace {

// A generator frame `f` (of g) starts or resumes as a delegate of `caller`,
// which is running in chain `root` and waits at its SEND.
void enter_level(ThreadState* ts, Frame* caller, Frame* root, GenObject* g, Frame* f) {
  g->awaited = true;
  bool caller_pure = caller->chained ? caller->exc_pure : true;
  f->exc_pure = caller_pure && ts->handled_exc == gen_of(caller)->resumer_exc;
  take_handled(ts, g);
  g->running = false;  // a chained generator runs when its chain's root does
  f->is_entry = false;
  f->for_iter = false;
  f->chained = true;
  f->chain_root = root;
  f->chain_depth = (caller->chained ? caller->chain_depth : 0) + 1;
  f->state = FrameState::Running;
  f->previous = caller;
  ++ts->py_depth;
}

}  // namespace

Frame* gen_resume_inline(ThreadState* ts, Frame* caller, GenObject* g, Value v) {
  if (g->running || !g->frame || caller->owner != FrameOwner::Generator || !detach(g)) return nullptr;
  Frame* f = g->frame;
  if (f->state != FrameState::Suspended && (f->state != FrameState::Created || !v.is_none())) return nullptr;
  TypeObject* gen_t = ts->interp->types.generator;
  TypeObject* coro_t = ts->interp->types.coroutine;
  const int32_t limit = ts->interp->recursion_limit;
  Frame* root = caller->chain_root;
  for (;;) {
    f = g->frame;
    bool suspended = f->state == FrameState::Suspended;
    enter_level(ts, caller, root, g, f);
    // Suspended in its own SEND loop on a suspended generator-like delegate:
    // go straight down to the delegate (as if the loop had run its SEND).
    if (suspended && f->yield_from && insn_op(*f->ip) == Op::JUMP_BACKWARD_NO_INTERRUPT &&
        ts->py_depth < limit) {
      uint32_t* send = f->code->code + insn_arg(*f->ip);
      Value d = f->sp[-1];
      if (insn_op(send[0]) == Op::SEND && insn_op(send[1]) == Op::YIELD_VALUE && d.is_obj() &&
          (d.obj()->type == gen_t || d.obj()->type == coro_t)) {
        auto* dg = d.as<GenObject>();
        if (!dg->running && dg->frame && detach(dg) && dg->frame->state == FrameState::Suspended) {
          f->ip = send;
          f->lasti = int32_t(send - f->code->code);
          caller = f;
          g = dg;
          continue;
        }
      }
    }
    if (suspended) *f->sp++ = newref(v);
    ts->frame = f;
    return f;
  }
}

Frame* gen_resume_for_iter(ThreadState* ts, Frame* caller, GenObject* g) {
  Frame* f = g->frame;
  if (g->running || !f || f->chained) return nullptr;
  if (f->state != FrameState::Suspended && f->state != FrameState::Created) return nullptr;
  if (ts->py_depth + resume_depth(f) > ts->interp->recursion_limit) return nullptr;
  bool suspended = f->state == FrameState::Suspended;
  g->awaited = true;
  take_handled(ts, g);
  g->running = true;
  f->is_entry = false;
  f->for_iter = true;
  f->chain_root = f;
  f->state = FrameState::Running;
  f->previous = caller;
  ++ts->py_depth;
  Frame* run = f;
  if (f->chain_leaf) run = enter_chain(ts, f);
  if (suspended) *run->sp++ = Value::none();
  ts->frame = run;
  return run;
}

Frame* gen_yield_inline(ThreadState* ts, Frame* f) {
  Frame* root = f;
  if (f->chained) {
    root = f->chain_root;
    if (f->exc_pure) {
      // Keep the chain: only the innermost frame has an exception of its own to save.
      save_handled(ts, gen_of(f));
      root->chain_leaf = f;
      ts->py_depth -= f->chain_depth;
    } else {
      // Some level is handling an exception: suspend level by level.
      Value root_exc = gen_of(root)->resumer_exc;
      Frame* y = f;
      while (y != root) {
        Frame* up = y->previous;
        GenObject* yg = gen_of(y);
        if (y->exc_pure) yg->resumer_exc = root_exc;  // may be stale after a chain resume
        save_handled(ts, yg);
        y->chained = false;
        y->exc_pure = false;
        y->previous = nullptr;
        --ts->py_depth;
        up->ip += 2;  // SEND, YIELD_VALUE 1
        up->lasti += 1;
        up->state = FrameState::Suspended;
        up->yield_from = true;
        y = up;
      }
    }
    root->state = FrameState::Suspended;
    root->yield_from = true;
  }
  --ts->py_depth;
  Frame* caller = root->previous;
  ts->frame = caller;
  if (root->is_entry) return nullptr;  // gen_send_ex finishes the suspension
  // Resumed by FOR_ITER: the value goes to the for loop.
  GenObject* rg = gen_of(root);
  rg->running = false;
  save_handled(ts, rg);
  root->for_iter = false;
  root->previous = nullptr;
  return caller;
}

Frame* gen_leave_inline(ThreadState* ts, Frame* f, bool raised) {
  Frame* caller = f->previous;
  if (f->chained) {
    // The awaiter runs again: it is now its chain's innermost frame.
    if (f->exc_pure) gen_of(caller)->resumer_exc = gen_of(f)->resumer_exc;
    caller->chain_root = f->chain_root;
    f->chained = false;
  }
  f->for_iter = false;
  gen_finish_inline(ts, f, raised);
  --ts->py_depth;
  ts->frame = caller;
  return caller;
}

void gen_suspend_inline(ThreadState* ts, Frame* f) {
  auto* g = f->gen.as<GenObject>();
  g->running = false;
  f->state = FrameState::Suspended;
  save_handled(ts, g);
}

void gen_finish_inline(ThreadState* ts, Frame* f, bool raised) {
  auto* g = f->gen.as<GenObject>();
  g->running = false;
  f->state = FrameState::Completed;
  if (ts->handled_exc != g->resumer_exc) {
    decref(ts->handled_exc);
    ts->handled_exc = g->resumer_exc;
  }
  g->resumer_exc = Value();
  GenKind kind = kind_of(ts, g);
  release_frame(g);
  if (raised) pep479(ts, kind);
}

namespace {

Value gen_throw_impl(ThreadState* ts, GenObject* g, Value exc, bool close_on_genexit);

// Close a delegate (yield from / await target) when GeneratorExit is thrown.
bool close_delegate(ThreadState* ts, Value sub) {
  if (is_generator_like(ts, sub)) {
    Value r = call_method0(ts, sub, "close");
    if (!r) return false;
    decref(r);
    return true;
  }
  Value closem = getattr_opt(ts, sub, ts->interp->names.close);
  if (!closem) return !err_occurred(ts);
  Value r = call0(ts, closem);
  decref(closem);
  if (!r) return false;
  decref(r);
  return true;
}

// A generator's return value seen by send()/throw() is StopIteration(value).
Value returned_as_stop(ThreadState* ts, Value r, bool returned) {
  if (r && returned) {
    Value x = stop_iteration_with(ts, r);
    decref(r);
    return x;
  }
  return r;
}

// Raise the pending exception inside g at its suspension point.
Value resume_throwing(ThreadState* ts, GenObject* g) {
  bool returned = false;
  Value r = gen_send_ex(ts, g, Value::none(), &returned, true);
  return returned_as_stop(ts, r, returned);
}

Value gen_throw_impl(ThreadState* ts, GenObject* g, Value exc, bool close_on_genexit) {
  bool returned = false;
  detach(g);  // throw() visits every level (a running chain fails below: "already executing")
  Value sub = delegate_of(g);
  if (sub) {
    incref(sub);
    Ref subref(sub);
    if (is_subtype(type_of(ts, exc), exc_type(ts, Exc::GeneratorExit))) {
      g->running = true;
      bool ok = close_delegate(ts, sub);
      g->running = false;
      if (!ok) {
        // The delegate's error is thrown into this generator instead.
        Value e = err_fetch(ts);
        Ref eref(e);
        err_restore(ts, newref(e));
        return resume_throwing(ts, g);
      }
      err_restore(ts, newref(exc));
      return resume_throwing(ts, g);
    }
    Value r;
    g->running = true;
    if (is_generator_like(ts, sub)) {
      r = gen_throw_impl(ts, sub.as<GenObject>(), exc, close_on_genexit);
    } else {
      Value throwm = getattr_opt(ts, sub, ts->interp->names.throw_);
      if (!throwm) {
        g->running = false;
        if (err_occurred(ts)) return Value();
        err_restore(ts, newref(exc));
        return resume_throwing(ts, g);
      }
      r = call1(ts, throwm, exc);
      decref(throwm);
    }
    g->running = false;
    if (r) return r;  // the delegate yielded again
    // The delegate finished: with StopIteration its value resumes us after the loop.
    if (err_matches(ts, Exc::StopIteration)) {
      Value e = err_fetch(ts);
      Value val = e.as<StopIterationObject>()->value;
      Value v = val ? newref(val) : Value::none();
      decref(e);
      skip_send_loop(g->frame);
      Value res = gen_send_ex(ts, g, v, &returned, false);
      decref(v);
      return returned_as_stop(ts, res, returned);
    }
    // Any other exception is raised inside this generator at the yield.
    return resume_throwing(ts, g);
  }
  err_restore(ts, newref(exc));
  return resume_throwing(ts, g);
}

// Normalise throw(type[, value[, tb]]) arguments into an exception instance.
Value make_throw_exc(ThreadState* ts, const Value* args, size_t nargs) {
  Value typ = args[0];
  Value val = nargs > 1 ? args[1] : Value::none();
  Value tb = nargs > 2 ? args[2] : Value::none();
  if (!tb.is_none() && type_of(ts, tb) != ts->interp->types.traceback)
    return raise(ts, Exc::TypeError, "throw() third argument must be a traceback object");
  Value exc;
  if (is_exception_class(ts, typ)) {
    if (is_exception_instance(ts, val)) {
      exc = newref(val);
    } else if (val.is_none()) {
      exc = call0(ts, typ);
    } else if (is_tuple(ts, val)) {
      exc = call_tuple_dict(ts, typ, val.as<TupleObject>(), nullptr);
    } else {
      exc = call1(ts, typ, val);
    }
    if (!exc) return Value();
  } else if (is_exception_instance(ts, typ)) {
    if (!val.is_none()) return raise(ts, Exc::TypeError, "instance exception may not have a separate value");
    exc = newref(typ);
  } else {
    return raisef(ts, Exc::TypeError, "exceptions must be classes or instances deriving from BaseException, not %s",
                  type_name(ts, typ));
  }
  if (!tb.is_none()) {
    auto* e = exc.as<BaseExceptionObject>();
    decref(e->traceback);
    e->traceback = newref(tb);
  }
  return exc;
}

Value gen_close_impl(ThreadState* ts, GenObject* g) {
  if (finished(g)) {
    release_frame(g);
    return Value::none();
  }
  if (g->frame->state == FrameState::Created) {
    release_frame(g);
    return Value::none();
  }
  Value exc = call0(ts, Value::from_obj(exc_type(ts, Exc::GeneratorExit)));
  if (!exc) return Value();
  Value r = gen_throw_impl(ts, g, exc, true);
  decref(exc);
  if (r) {
    decref(r);
    if (kind_of(ts, g) == GenKind::AsyncGenerator)
      return raise(ts, Exc::RuntimeError, "async generator ignored GeneratorExit");
    return raisef(ts, Exc::RuntimeError, "%s ignored GeneratorExit", kind_name(kind_of(ts, g)));
  }
  if (err_matches(ts, Exc::GeneratorExit) || err_matches(ts, Exc::StopIteration)) {
    err_clear(ts);
    return Value::none();
  }
  if (!err_occurred(ts)) return Value::none();
  return Value();
}

// ---------------------------------------------------------------- methods
Value gen_m_send(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!no_kwargs(ts, "send", kwnames) || !check_nargs(ts, "send", nargs, 1, 1)) return Value();
  bool returned = false;
  Value r = gen_send_ex(ts, self.as<GenObject>(), args[0], &returned);
  if (r && returned) {
    Value x = stop_iteration_with(ts, r);
    decref(r);
    return x;
  }
  return r;
}

Value gen_m_throw(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!no_kwargs(ts, "throw", kwnames) || !check_nargs(ts, "throw", nargs, 1, 3)) return Value();
  Value exc = make_throw_exc(ts, args, nargs);
  if (!exc) return Value();
  Value r = gen_throw_impl(ts, self.as<GenObject>(), exc, false);
  decref(exc);
  return r;
}

Value gen_m_close(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!no_kwargs(ts, "close", kwnames) || !check_nargs(ts, "close", nargs, 0, 0)) return Value();
  return gen_close_impl(ts, self.as<GenObject>());
}

Value gen_iternext(ThreadState* ts, Value self) {
  bool returned = false;
  Value r = gen_send_ex(ts, self.as<GenObject>(), Value::none(), &returned);
  if (r && returned) {
    // Exhausted: the return value is dropped by plain iteration (StopIteration(value) for send()).
    if (!r.is_none()) {
      Value x = stop_iteration_with(ts, r);
      decref(r);
      return x;
    }
    decref(r);
    return Value();
  }
  return r;
}

Value gen_iter(ThreadState* ts, Value self) { return newref(self); }

Value gen_repr_impl(ThreadState* ts, Value self) {
  auto* g = self.as<GenObject>();
  GenKind k = kind_of(ts, g);
  return str_new(ts, strf("<%s object %s at %p>", k == GenKind::AsyncGenerator ? "async_generator" : kind_name(k), std::string(str_view(g->qualname)).c_str(),
                          static_cast<void*>(g)));
}

// The line of `filename` (1-based) stripped of surrounding blanks, or "".
std::string source_line(const std::string& filename, int lineno) {
  if (filename.empty() || filename[0] == '<' || lineno <= 0) return std::string();
  std::ifstream in(filename, std::ios::binary);
  std::string line;
  for (int i = 0; i < lineno; ++i)
    if (!std::getline(in, line)) return std::string();
  size_t b = line.find_first_not_of(" \t\f\v\r\n");
  if (b == std::string::npos) return std::string();
  size_t e = line.find_last_not_of(" \t\f\v\r\n");
  return line.substr(b, e - b + 1);
}

// CPython's RuntimeWarning for a coroutine collected before it ever ran, as
// the warnings module shows it: "file:line: RuntimeWarning: coroutine 'f' was
// never awaited", the source line, and the tracemalloc hint; once per
// (text, line) of the running frame's module (its __warningregistry__, the
// "default" action). With no Python frame running (interpreter shutdown) the
// location is "sys:1" and only the first line is shown.
void warn_never_awaited(ThreadState* ts, GenObject* g) {
  // An imported warnings module decides (filters, showwarning), as in CPython.
  if (ts->interp->modules) {
    Value wm = dict_get(ts, ts->interp->modules, Value::from_obj(intern(ts, "warnings")));
    if (wm) {
      Ref fn(getattr_opt(ts, wm, intern(ts, "_warn_unawaited_coroutine")));
      if (fn) {
        Ref r(call1(ts, fn.get(), Value::from_obj(g)));
        if (!r) write_unraisable(ts, fn.get());
        return;
      }
    }
    err_clear(ts);
  }
  std::string text = strf("coroutine '%s' was never awaited", std::string(str_view(g->qualname)).c_str());
  std::string out;
  Frame* f = ts->frame;
  if (!f || !f->code) {
    out = "sys:1: RuntimeWarning: " + text + "\n";
  } else {
    int lineno = frame_lineno(f);
    if (f->globals) {
      Value regname = Value::from_obj(intern(ts, "__warningregistry__"));
      Value reg = dict_get(ts, f->globals, regname);  // borrowed
      if (!reg && err_occurred(ts)) return;
      if (!reg) {
        Ref d(Value::from_obj(dict_new(ts)));
        if (!d || !dict_set(ts, f->globals, regname, d.get())) return;
        reg = d.get();
      }
      if (type_of(ts, reg) == ts->interp->types.dict) {
        Ref t(str_new(ts, text));
        Ref ln(int_from_i64(ts, lineno));
        if (!t || !ln) return;
        Ref key(tuple_pack(ts, {t.get(), Value::from_obj(exc_type(ts, Exc::RuntimeWarning)), ln.get()}));
        if (!key) return;
        Value seen = dict_get(ts, reg.as<DictObject>(), key.get());
        if (seen) return;
        if (err_occurred(ts) || !dict_set(ts, reg.as<DictObject>(), key.get(), Value::True())) return;
      }
    }
    std::string filename(str_view(f->code->filename));
    out = strf("%s:%d: RuntimeWarning: ", filename.c_str(), lineno) + text + "\n";
    std::string line = source_line(filename, lineno);
    if (!line.empty()) out += "  " + line + "\n";
    out += "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n";
  }
  Ref err(getattr_str(ts, Value::from_obj(ts->interp->sys), "stderr"));
  if (!err || err.get().is_none()) return;
  Ref s(str_new(ts, out));
  if (!s) return;
  Ref r(call_method1(ts, err.get(), "write", s.get()));
}

// The finaliser of generators and coroutines (CPython's _PyGen_Finalize):
// close() an unfinished one, so its finally blocks run; a coroutine that
// never started gets the "never awaited" RuntimeWarning instead. Called by
// dealloc and by the cycle collector (vm_generator_finalize), at most once.
// Does g need it?
bool gen_needs_finalizer(ThreadState* ts, GenObject* g) {
  if (!g->frame) return false;
  return g->frame->state == FrameState::Suspended ||
         (g->frame->state == FrameState::Created && kind_of(ts, g) == GenKind::Coroutine);
}
void gen_finalize(ThreadState* ts, GenObject* g) {
  Value saved = err_fetch(ts);
  if (g->frame->state == FrameState::Suspended) {
    Value r = gen_close_impl(ts, g);
    if (!r) write_unraisable(ts, Value::from_obj(g));
    else decref(r);
  } else {
    warn_never_awaited(ts, g);
    err_clear(ts);
  }
  err_restore(ts, saved);
}

void gen_dealloc_impl(Object* o) {
  auto* g = static_cast<GenObject*>(o);
  ThreadState* ts = current_thread_state();
  // A long chain of generators each freeing the next (closing one drops the
  // next one's last reference) recurses on the C++ stack: near its end, the
  // rest of the chain is finished later from a shallow stack (gc.h).
  if (ts && g->frame && gc_dealloc_stack_low(ts)) {
    gc_defer_dealloc(ts, o);
    return;
  }
  // PEP 442: the finaliser runs at most once; the cycle collector may already
  // have run it (close() then left the generator suspended, or resurrected it).
  if (ts) gc_dealloc_enter(ts);
  if (ts && gen_needs_finalizer(ts, g) && gc_finalize_once(o)) {
    o->refcnt = 1;  // resurrect while finalising (the warning hook receives it)
    gen_finalize(ts, g);
    if (--o->refcnt > 0) {  // resurrected by the finaliser
      gc_dealloc_leave(ts);
      return;
    }
  }
  release_frame(g);
  decref(g->name);
  decref(g->qualname);
  decref(g->code);
  decref(g->handled_exc);
  decref(g->origin_or_finalizer);
  free_object(o);
  if (ts) gc_dealloc_leave(ts);
}

void gen_traverse_impl(Object* o, VisitFn visit, void* arg) {
  auto* g = static_cast<GenObject*>(o);
  if (g->frame) {
    Frame* f = g->frame;
    for (Value* p = f->localsplus; p < f->sp; ++p)
      if (p->is_obj()) visit(p->obj(), arg);
    if (f->func) visit(f->func, arg);
    if (f->locals.is_obj()) visit(f->locals.obj(), arg);
    // The frame owns references to its globals and builtins too: without
    // them a module namespace holding a suspended generator (a cycle through
    // f_globals) never looks unreachable, and is never collected at exit.
    if (f->globals) visit(f->globals, arg);
    if (f->builtins) visit(f->builtins, arg);
    // And its frame object (made by a traceback or a trace function), which
    // holds the globals too (helper-39).
    if (f->frame_obj.is_obj()) visit(f->frame_obj.obj(), arg);
  }
  if (g->handled_exc.is_obj()) visit(g->handled_exc.obj(), arg);
}

void gen_clear_impl(Object* o) {
  auto* g = static_cast<GenObject*>(o);
  if (g->frame && detach(g) && g->frame->state != FrameState::Running) release_frame(g);
  Value h = g->handled_exc;
  g->handled_exc = Value();
  decref(h);
}

Value gen_get_running(ThreadState* ts, Value self) {
  auto* g = self.as<GenObject>();
  if (g->frame && g->frame->chained) return Value::boolean(chain_running(g->frame));
  return Value::boolean(g->running);
}
// coroutine.__await__() returns a coroutine_wrapper: an iterator over the coroutine.
struct CoroWrapper : Object {
  Value coro;
};

Value cw_iternext(ThreadState* ts, Value self) {
  bool returned = false;
  Value r = gen_send_ex(ts, static_cast<CoroWrapper*>(self.obj())->coro.as<GenObject>(), Value::none(), &returned);
  return returned_as_stop(ts, r, returned);
}
Value cw_iter(ThreadState* ts, Value self) { return newref(self); }
Value gen_m_send(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames);
Value gen_m_throw(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames);
Value gen_m_close(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames);
Value cw_send(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  return gen_m_send(ts, static_cast<CoroWrapper*>(self.obj())->coro, args, nargs, kwnames);
}
Value cw_throw(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  return gen_m_throw(ts, static_cast<CoroWrapper*>(self.obj())->coro, args, nargs, kwnames);
}
Value cw_close(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  return gen_m_close(ts, static_cast<CoroWrapper*>(self.obj())->coro, args, nargs, kwnames);
}
void cw_dealloc(Object* o) {
  decref(static_cast<CoroWrapper*>(o)->coro);
  free_object(o);
}
void cw_traverse(Object* o, VisitFn visit, void* arg) {
  Value c = static_cast<CoroWrapper*>(o)->coro;
  if (c.is_obj()) visit(c.obj(), arg);
}
void cw_clear(Object* o) {
  auto* w = static_cast<CoroWrapper*>(o);
  Value c = w->coro;
  w->coro = Value();
  decref(c);
}
const MethodDef coroutine_wrapper_methods[] = {
    {"send", cw_send},
    {"throw", cw_throw},
    {"close", cw_close},
    {nullptr, nullptr},
};
const TypeSpec coroutine_wrapper_type_spec = {
    .name = "coroutine_wrapper",
    .basicsize = sizeof(CoroWrapper),
    .flags = kTypeHasGC,
    .slots = {.dealloc = cw_dealloc, .traverse = cw_traverse, .clear = cw_clear, .iter = cw_iter, .iternext = cw_iternext},
    .methods = coroutine_wrapper_methods,
};

Value coro_await(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!no_kwargs(ts, "__await__", kwnames) || !check_nargs(ts, "__await__", nargs, 0, 0)) return Value();
  TypeObject*& t = ts->interp->types.coroutine_wrapper;
  if (!t) t = type_from_spec(ts, &coroutine_wrapper_type_spec, nullptr);
  if (!t) return Value();
  auto* w = static_cast<CoroWrapper*>(alloc_object(ts, t));
  if (!w) return Value();
  w->coro = newref(self);
  return Value::from_obj(w);
}

const MethodDef generator_methods[] = {
    {"send", gen_m_send},
    {"throw", gen_m_throw},
    {"close", gen_m_close},
    {nullptr, nullptr},
};
const MethodDef coroutine_methods[] = {
    {"send", gen_m_send},
    {"throw", gen_m_throw},
    {"close", gen_m_close},
    {"__await__", coro_await},
    {nullptr, nullptr},
};
const GetSetDef generator_getsets[] = {
    {"__name__", gen_get_name},
    {"__qualname__", gen_get_qualname},
    {"gi_running", gen_get_running},
    {"gi_code", gen_get_code},
    {"gi_frame", gen_get_frame},
    {"gi_yieldfrom", gen_get_yieldfrom},
    {"gi_suspended", gen_get_suspended},
    {nullptr, nullptr},
};
const GetSetDef coroutine_getsets[] = {
    {"__name__", gen_get_name},
    {"__qualname__", gen_get_qualname},
    {"cr_running", gen_get_running},
    {"cr_code", gen_get_code},
    {"cr_frame", gen_get_frame},
    {"cr_await", gen_get_yieldfrom},
    {"cr_suspended", gen_get_suspended},
    {nullptr, nullptr},
};

}  // namespace

// The cycle collector's finaliser for generators and coroutines (objects.h).
void vm_generator_finalize(ThreadState* ts, Object* o) {
  auto* g = static_cast<GenObject*>(o);
  if (gen_needs_finalizer(ts, g)) gen_finalize(ts, g);
}

Value gen_throw_exc(ThreadState* ts, GenObject* g, Value exc, bool close_on_genexit) {
  return gen_throw_impl(ts, g, exc, close_on_genexit);
}
Value gen_make_throw_exc(ThreadState* ts, const Value* args, size_t nargs) { return make_throw_exc(ts, args, nargs); }
Value gen_stop_iteration_with(ThreadState* ts, Value v) { return stop_iteration_with(ts, v); }
bool gen_finished(GenObject* g) { return finished(g); }
Value gen_get_name(ThreadState* ts, Value self) { return newref(self.as<GenObject>()->name); }
Value gen_get_qualname(ThreadState* ts, Value self) { return newref(self.as<GenObject>()->qualname); }
Value gen_get_code(ThreadState* ts, Value self) { return newref(self.as<GenObject>()->code); }
Value gen_get_frame(ThreadState* ts, Value self) {
  auto* g = self.as<GenObject>();
  if (finished(g)) return Value::none();
  return frame_object_of(ts, g->frame);
}
Value gen_get_yieldfrom(ThreadState* ts, Value self) {
  Value d = delegate_of(self.as<GenObject>());
  return d ? newref(d) : Value::none();
}
Value gen_get_suspended(ThreadState* ts, Value self) {
  auto* g = self.as<GenObject>();
  if (g->frame && g->frame->chained) return Value::boolean(!chain_running(g->frame));
  return Value::boolean(g->frame && g->frame->state == FrameState::Suspended);
}
bool gen_awaiting(GenObject* g) { return bool(delegate_of(g)); }
Value gen_repr(ThreadState* ts, Value self) { return gen_repr_impl(ts, self); }
void gen_dealloc(Object* o) { gen_dealloc_impl(o); }
void gen_traverse(Object* o, VisitFn visit, void* arg) { gen_traverse_impl(o, visit, arg); }
void gen_clear(Object* o) { gen_clear_impl(o); }

const TypeSpec generator_type_spec = {
    .name = "generator",
    .basicsize = sizeof(GenObject),
    .flags = kTypeHasGC,
    .slots = {.dealloc = gen_dealloc,
              .traverse = gen_traverse,
              .clear = gen_clear,
              .repr = gen_repr,
              .iter = gen_iter,
              .iternext = gen_iternext},
    .methods = generator_methods,
    .getsets = generator_getsets,
};

const TypeSpec coroutine_type_spec = {
    .name = "coroutine",
    .basicsize = sizeof(GenObject),
    .flags = kTypeHasGC,
    .slots = {.dealloc = gen_dealloc, .traverse = gen_traverse, .clear = gen_clear, .repr = gen_repr},
    .methods = coroutine_methods,
    .getsets = coroutine_getsets,
};


}  // namespace minipy
