// vm/generator_internal.h — what vm/generator.cpp shares with
// vm/async_generator.cpp (the async generator's asend/athrow awaitables).
// Internal to vm/: nothing outside these two files includes it.
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
