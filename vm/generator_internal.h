// vm/generator_internal.h — what vm/generator.cpp shares with
// vm/async_generator.cpp (the async generator's asend/athrow awaitables) and
// with the evaluation loop's SEND / YIELD_VALUE / RETURN / FOR_ITER paths
// (inline resumption and delegation chains, see vm/generator.cpp).
// Internal to vm/: nothing outside these three files includes it.
#pragma once
#include "vm/vm.h"

namespace minipy {

// throw(): raise `exc` (borrowed) inside g at its suspension point, delegating
// to a yield-from/await target first. close_on_genexit: GeneratorExit closes the delegate.
Value gen_throw_exc(ThreadState* ts, GenObject* g, Value exc, bool close_on_genexit);
// Normalise throw(type[, value[, tb]]) arguments into an exception instance (new reference).
Value gen_make_throw_exc(ThreadState* ts, const Value* args, size_t nargs);
// Raise StopIteration carrying v (a bare StopIteration for None); returns null.
Value gen_stop_iteration_with(ThreadState* ts, Value v);
bool gen_finished(GenObject* g);
// Is g suspended at a yield from / await (its delegate is gi_yieldfrom / cr_await)?
bool gen_awaiting(GenObject* g);

// ---- inline resumption in the evaluation loop (besides gen_resume_inline & co. in vm/vm.h)
// eval_frame's entry frame `root` (just marked running by gen_send_ex) heads a
// suspended chain: enter it; returns its innermost frame, which runs next.
Frame* gen_chain_enter(ThreadState* ts, Frame* root);
// FOR_ITER on an exact generator: run it on top of `caller` (whose ip is past
// the FOR_ITER and lasti at it). Returns the frame to run (None already pushed
// on a suspended one), or null when gen_iternext must be used (no error set).
Frame* gen_resume_for_iter(ThreadState* ts, Frame* caller, GenObject* g);
// YIELD_VALUE in a frame that is not the loop's entry (state, ip, yield_from
// already saved): suspend it and its chain. Returns the FOR_ITER frame that
// receives the value, or null when the chain's root is the entry frame (the
// loop returns the value; ts->frame and py_depth are already updated).
Frame* gen_yield_inline(ThreadState* ts, Frame* f);
// A generator frame that is not the loop's entry returned or raised out: finish
// it and return the frame that continues (at its SEND, or at its FOR_ITER when
// f->for_iter was set); ts->frame and py_depth are updated.
Frame* gen_leave_inline(ThreadState* ts, Frame* f, bool raised);

// Getters shared by the generator, coroutine and async generator types.
Value gen_get_name(ThreadState* ts, Value self);
Value gen_get_qualname(ThreadState* ts, Value self);
Value gen_get_code(ThreadState* ts, Value self);
Value gen_get_frame(ThreadState* ts, Value self);
Value gen_get_yieldfrom(ThreadState* ts, Value self);
Value gen_get_suspended(ThreadState* ts, Value self);
Value gen_repr(ThreadState* ts, Value self);
void gen_dealloc(Object* o);
void gen_traverse(Object* o, VisitFn visit, void* arg);
void gen_clear(Object* o);

}  // namespace minipy
