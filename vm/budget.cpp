// vm/budget.cpp — resource limits of an embedded VM (see budget.h): the
// instruction budget and deadline checked at the evaluation loop's check
// points, and the memory cap handed to the interpreter's allocator.
// Must not: cost anything when no limit is set (no code on the hot path).
#include "vm/budget.h"

#include <cmath>

#include "runtime/obmalloc.h"
#include "vm/gil.h"
#include "vm/vm.h"

namespace minipy {

namespace {

constexpr uint32_t kClockEvery = 32;    // check points between two reads of the clock
constexpr uint64_t kArmEvery = 256;     // check points between arming the other threads

bool limits_active(const BudgetState* b) { return b->limit != 0 || b->deadline_ns != 0; }

// Every thread of the interpreter enters budget_check at its next check point
// (threads started later are armed by the running one every kArmEvery points).
void arm_all(Interpreter* interp) {
  for (ThreadState* t : interp->threads) t->eval_breaker.fetch_or(kBreakBudget, std::memory_order_relaxed);
}

// class BudgetExceeded(TimeoutError), in a module `minipy` made on first use
// (only embedders that set limits have it, so `import minipy` keeps failing
// in the minipy command as in CPython).
bool make_exception_class(ThreadState* ts, BudgetState* b) {
  if (b->exc_type) return true;
  Ref name(str_new(ts, "BudgetExceeded"));
  Ref bases(tuple_pack(ts, {Value::from_obj(exc_type(ts, Exc::TimeoutError))}));
  Ref ns(Value::from_obj(dict_new(ts)));
  if (!name || !bases || !ns) return false;
  Ref modname(str_new(ts, "minipy"));
  Ref doc(str_new(ts, "The embedder's instruction budget or deadline was exceeded."));
  if (!modname || !doc || !dict_set(ts, ns.as<DictObject>(), Value::from_obj(ts->interp->names.__module__), modname.get()) ||
      !dict_set(ts, ns.as<DictObject>(), Value::from_obj(ts->interp->names.__doc__), doc.get()))
    return false;
  Value cls = type_new_class(ts, ts->interp->types.type, name.get(), bases.get(), ns.get());
  if (!cls) return false;
  b->exc_type = cls;
  // sys.modules['minipy'].BudgetExceeded
  Value mod = dict_get(ts, ts->interp->modules, modname.get());
  Ref made;
  if (!mod) {
    if (err_occurred(ts)) return false;
    made = Ref(module_new(ts, "minipy"));
    if (!made || !dict_set(ts, ts->interp->modules, modname.get(), made.get())) return false;
    mod = made.get();
  }
  return setattr(ts, mod, intern(ts, "BudgetExceeded"), cls);
}

ObmallocState* allocator(Interpreter* interp) { return interp->obmalloc; }

}  // namespace

bool budget_set(ThreadState* ts, uint64_t instructions, double seconds, size_t memory_bytes) {
  Interpreter* interp = ts->interp;
  if (!interp->budget) interp->budget = new BudgetState();
  BudgetState* b = interp->budget;
  if ((instructions || seconds > 0) && !make_exception_class(ts, b)) return false;
  b->limit = instructions;
  b->seconds = seconds > 0 && std::isfinite(seconds) ? seconds : 0;
  b->memory = memory_bytes;
  if (ObmallocState* a = allocator(interp)) a->limit = memory_bytes;
  return budget_reset(ts);
}

bool budget_reset(ThreadState* ts) {
  BudgetState* b = ts->interp->budget;
  if (!b) return true;
  b->used = 0;
  b->tripped = false;
  b->deadline_hit = false;
  b->clock_countdown = kClockEvery;
  b->deadline_ns = b->seconds > 0 ? monotonic_ns() + int64_t(b->seconds * 1e9) : 0;
  if (b->deadline_ns == 0 && b->seconds > 0) b->deadline_ns = 1;
  if (limits_active(b)) arm_all(ts->interp);
  return true;
}

bool budget_check(ThreadState* ts) {
  BudgetState* b = ts->interp->budget;
  if (!limits_active(b)) return true;
  ts->eval_breaker.fetch_or(kBreakBudget, std::memory_order_relaxed);  // stay armed
  uint64_t n = ++b->used;
  if (n % kArmEvery == 0) arm_all(ts->interp);
  if (!b->tripped) {
    if (b->limit && n > b->limit) {
      b->tripped = true;
    } else if (b->deadline_ns && --b->clock_countdown == 0) {
      b->clock_countdown = kClockEvery;
      if (monotonic_ns() >= b->deadline_ns) b->tripped = b->deadline_hit = true;
    }
    if (!b->tripped) return true;
  }
  if (ts->curexc) return false;
  const char* what = b->deadline_hit ? "deadline of %g seconds exceeded" : nullptr;
  std::string msg = what ? strf(what, b->seconds)
                         : strf("instruction budget of %llu check points exceeded", (unsigned long long)b->limit);
  raise(ts, b->exc_type.as<TypeObject>(), msg);
  return false;
}

void budget_clear(Interpreter* interp) {
  BudgetState* b = interp->budget;
  if (!b) return;
  b->limit = 0;
  b->deadline_ns = 0;
  b->seconds = 0;
  b->memory = 0;
  b->tripped = false;
  if (ObmallocState* a = allocator(interp)) a->limit = 0;
}

void budget_free(Interpreter* interp) {
  // The class stays referenced by the (never freed) type objects of the
  // interpreter: dropping our reference after its teardown is not safe.
  delete interp->budget;
  interp->budget = nullptr;
}

uint64_t budget_used(Interpreter* interp) { return interp->budget ? interp->budget->used : 0; }

size_t memory_charged(Interpreter* interp) { return interp->obmalloc ? interp->obmalloc->charged_bytes : 0; }

}  // namespace minipy
