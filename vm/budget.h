// vm/budget.h — resource limits of an embedded VM (minipy::api::Limits): an
// instruction budget counted at the evaluation loop's check points, a
// wall-clock deadline, and the memory cap (runtime/obmalloc.h enforces it).
//
// Cost when no limit is set: nothing. The evaluation loop reaches
// budget_check only through handle_eval_breaker, i.e. when a bit of
// ThreadState::eval_breaker is set; while an instruction budget or a deadline
// is active, kBreakBudget is kept set on every thread of the interpreter so
// each check point (backward jump, call) comes here.
#pragma once
#include <cstddef>
#include <cstdint>

#include "runtime/runtime.h"

namespace minipy {

struct BudgetState {
  uint64_t limit = 0;         // check points allowed; 0 = no budget
  uint64_t used = 0;
  double seconds = 0;         // the deadline's length (reset_limits restarts it)
  int64_t deadline_ns = 0;    // monotonic clock; 0 = no deadline
  size_t memory = 0;          // the cap given to the allocator
  bool tripped = false;       // exceeded: BudgetExceeded at every check point until reset
  bool deadline_hit = false;
  uint32_t clock_countdown = 0;  // check points until the clock is read again
  Value exc_type;             // the minipy.BudgetExceeded class (owned)
};

// Install limits (0 = none) and restart the counters; creates the
// minipy.BudgetExceeded class on first use. Needs the GIL. False + exception on failure.
bool budget_set(ThreadState* ts, uint64_t instructions, double seconds, size_t memory_bytes);
bool budget_reset(ThreadState* ts);   // the same limits, counters and deadline restarted
// The one call from handle_eval_breaker (vm/eval.cpp): counts the check
// point; false with BudgetExceeded pending when over the budget or deadline.
bool budget_check(ThreadState* ts);  // declared in runtime/interp.h too (the eval loop calls it)
void budget_clear(Interpreter* interp);   // no limits (references kept until budget_free)
void budget_free(Interpreter* interp);    // after interpreter_destroy
uint64_t budget_used(Interpreter* interp);
size_t memory_charged(Interpreter* interp);

}  // namespace minipy
