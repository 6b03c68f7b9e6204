// stdlib/_asyncio_registry.cpp — the native `_asyncio` module, fourth part:
// the weak task registry, `_asyncio._all_tasks` (tasks._all_tasks), what
// asyncio.all_tasks() reads. CPython 3.11 keeps it as a weakref.WeakSet: a
// task is registered when created and forgotten when it dies, never kept alive
// by the registry, so a pending task nobody references is destroyed (and
// reported by its finaliser, stdlib/_asyncio_future.cpp).
//
// Native tasks (instances of _asyncio.Task and of its Python subclasses) cost
// no weak reference: they are linked into an intrusive list from
// AsyncioState::tasks_head through TaskObject::reg_prev/reg_next, and the
// Future/Task dealloc and clear slots unlink them. Registering and dropping a
// task is then two pointer writes, which matters when programs create tasks by
// the ten thousand. Other objects given to _register_task (asyncio.tasks._PyTask,
// third-party task classes) go in a real weakref.WeakSet made on first use.
//
// The registry object supports what code does with CPython's WeakSet here:
// add, discard, iteration (over a snapshot), len, `in`. Done tasks stay
// registered until they die, as in CPython; all_tasks() filters them.
#include "stdlib/_asyncio_internal.h"

namespace minipy {
namespace asyncio_native {

void registry_link(AsyncioState* st, TaskObject* t) {
  if (t->registered) return;
  t->registered = true;
  t->reg_prev = nullptr;
  t->reg_next = st->tasks_head;
  if (st->tasks_head) st->tasks_head->reg_prev = t;
  st->tasks_head = t;
}

void registry_unlink(AsyncioState* st, TaskObject* t) {
  if (!t->registered) return;
  t->registered = false;
  if (t->reg_prev) t->reg_prev->reg_next = t->reg_next;
  else st->tasks_head = t->reg_next;
  if (t->reg_next) t->reg_next->reg_prev = t->reg_prev;
  t->reg_prev = t->reg_next = nullptr;
}

namespace {

bool is_native_task(AsyncioState* st, Value v) {
  return v.is_obj() && is_subtype(v.obj()->type, st->task_type);
}

// The WeakSet for other task objects, made on first use.
bool ensure_foreign(ThreadState* ts, AsyncioState* st) {
  if (st->foreign_tasks) return true;
  if (!resolve_lazy(ts, &st->weakset_type, "_weakrefset", "WeakSet")) return false;
  Value s = call0(ts, st->weakset_type);
  if (!s) return false;
  if (st->foreign_tasks) {  // made meanwhile by code the import ran
    decref(s);
    return true;
  }
  st->foreign_tasks = s;
  return true;
}

}  // namespace

bool registry_add(ThreadState* ts, AsyncioState* st, Value task) {
  if (is_native_task(st, task)) {
    registry_link(st, task.as<TaskObject>());
    return true;
  }
  if (!ensure_foreign(ts, st)) return false;
  Ref r(call_method(ts, st->foreign_tasks, intern(ts, "add"), &task, 1));
  return bool(r);
}

bool registry_discard(ThreadState* ts, AsyncioState* st, Value task) {
  if (is_native_task(st, task)) {
    registry_unlink(st, task.as<TaskObject>());
    return true;
  }
  // (Through the WeakSet even when it is empty: it raises what CPython's does
  // for objects that cannot be weakly referenced.)
  if (!ensure_foreign(ts, st)) return false;
  Ref r(call_method(ts, st->foreign_tasks, intern(ts, "discard"), &task, 1));
  return bool(r);
}

Value registry_snapshot(ThreadState* ts, AsyncioState* st) {
  Ref out(Value::from_obj(list_new(ts, 0)));
  if (!out) return Value();
  auto* l = out.as<ListObject>();
  // Appending increfs each task before any Python code can run, so the list
  // cannot change under the walk.
  for (TaskObject* t = st->tasks_head; t; t = t->reg_next)
    if (!list_append(ts, l, Value::from_obj(t))) return Value();
  if (st->foreign_tasks) {
    Ref foreign(sequence_to_tuple(ts, st->foreign_tasks));
    if (!foreign) return Value();
    auto* tup = foreign.as<TupleObject>();
    for (int64_t i = 0; i < tup->size; i++)
      if (!list_append(ts, l, tup->items[i])) return Value();
  }
  return out.release();
}

namespace {

inline AsyncioState* reg_state(Value self) { return self.obj()->type->metadata.as<AsyncioState>(); }

void reg_dealloc(Object* o) { free_object(o); }

Value reg_iter(ThreadState* ts, Value self) {
  Ref items(registry_snapshot(ts, reg_state(self)));
  if (!items) return Value();
  return get_iter(ts, items.get());
}

bool reg_len(ThreadState* ts, Value self, int64_t* out) {
  AsyncioState* st = reg_state(self);
  int64_t n = 0;
  for (TaskObject* t = st->tasks_head; t; t = t->reg_next) n++;
  if (st->foreign_tasks) {
    int64_t m;
    if (!length(ts, st->foreign_tasks, &m)) return false;
    n += m;
  }
  *out = n;
  return true;
}

int reg_contains(ThreadState* ts, Value self, Value v) {
  AsyncioState* st = reg_state(self);
  if (is_native_task(st, v)) return v.as<TaskObject>()->registered ? 1 : 0;
  if (!st->foreign_tasks) return 0;
  return contains(ts, st->foreign_tasks, v);
}

Value reg_add(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "add", kw) || !check_nargs(ts, "add", nargs, 1, 1)) return Value();
  if (!registry_add(ts, reg_state(self), args[0])) return Value();
  return Value::none();
}

Value reg_discard(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "discard", kw) || !check_nargs(ts, "discard", nargs, 1, 1)) return Value();
  if (!registry_discard(ts, reg_state(self), args[0])) return Value();
  return Value::none();
}

const MethodDef kRegistryMethods[] = {
    {"add", reg_add, kMethNormal, "Register a task (weakly)."},
    {"discard", reg_discard, kMethNormal, "Forget a task."},
    {nullptr, nullptr},
};

}  // namespace

const TypeSpec task_registry_type_spec = {
    .name = "_asyncio._TaskRegistry",
    .basicsize = sizeof(Object),
    .flags = 0,
    .slots = {
        .dealloc = reg_dealloc,
        .iter = reg_iter,
        .len = reg_len,
        .contains = reg_contains,
    },
    .methods = kRegistryMethods,
    .doc = "The tasks asyncio knows about, held weakly (tasks._all_tasks).",
};

}  // namespace asyncio_native
}  // namespace minipy
