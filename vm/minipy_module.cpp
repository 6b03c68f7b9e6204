// vm/minipy_module.cpp — the `_minipy` native module: interpreter internals
// that the Python-source stdlib needs and CPython does in C (types.coroutine
// marking a generator function's code as an iterable coroutine), and the VM
// helper behind it (code_with_flags), and the allocator's statistics
// (mem_stats). Nothing here is public API.
#include "runtime/obmalloc.h"
#include "stdlib/modules.h"
#include "vm/gil.h"
#include "vm/vm.h"

namespace minipy {

Value code_with_flags(ThreadState* ts, CodeObject* co, uint32_t add_flags) {
  CodeDesc d;
  d.code.assign(co->code, co->code + co->ncode);
  d.positions.assign(co->positions, co->positions + co->ncode);
  d.exctable.assign(co->exctable, co->exctable + co->nexctable);
  for (int64_t i = 0; i < tuple_size(co->consts); ++i) d.consts.push_back(newref(tuple_item(co->consts, i)));
  for (int64_t i = 0; i < tuple_size(co->names); ++i) d.names.push_back(tuple_item(co->names, i).as<StrObject>());
  for (int64_t i = 0; i < tuple_size(co->localsplusnames); ++i)
    d.localsplusnames.push_back(tuple_item(co->localsplusnames, i).as<StrObject>());
  d.localspluskinds.assign(co->localspluskinds, co->localspluskinds + co->nlocalsplus);
  d.nlocals = co->nlocals;
  d.ncellvars = co->ncellvars;
  d.nfreevars = co->nfreevars;
  d.argcount = co->argcount;
  d.posonlyargcount = co->posonlyargcount;
  d.kwonlyargcount = co->kwonlyargcount;
  d.stacksize = co->stacksize - 2;  // code_new adds the handler's room again
  d.flags = co->flags | add_flags;
  d.firstlineno = co->firstlineno;
  d.name = std::string(str_view(co->name));
  d.qualname = std::string(str_view(co->qualname));
  d.filename = std::string(str_view(co->filename));
  return code_new(ts, d);
}

namespace {

// mark_iterable_coroutine(func): give a generator function a copy of its code
// flagged CO_ITERABLE_COROUTINE, so its generators can be awaited (CPython's
// types.coroutine does func.__code__ = co.replace(co_flags=...)). Returns func.
Value m_mark_iterable_coroutine(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!no_kwargs(ts, "mark_iterable_coroutine", kwnames) || !check_nargs(ts, "mark_iterable_coroutine", nargs, 1, 1))
    return Value();
  Value fn = args[0];
  if (!is_function(ts, fn)) return raisef(ts, Exc::TypeError, "expected a function, not %s", type_name(ts, fn));
  auto* co = fn.as<FunctionObject>()->code.as<CodeObject>();
  if (!(co->flags & kCoIterableCoroutine)) {
    Ref nc(code_with_flags(ts, co, kCoIterableCoroutine));
    if (!nc || !setattr(ts, fn, ts->interp->names.__code__, nc.get())) return Value();
  }
  return newref(fn);
}

// trace_enabled(): is -X gil-trace / gil-timeline recording a timeline?
Value m_trace_enabled(ThreadState* ts, Value, const Value*, size_t nargs, TupleObject* kwnames) {
  if (!no_kwargs(ts, "trace_enabled", kwnames) || !check_nargs(ts, "trace_enabled", nargs, 0, 0)) return Value();
  Gil* g = ts->interp->gil;
  return Value::boolean(g && g->record_events);
}

// trace_now(): the timeline's clock, in nanoseconds.
Value m_trace_now(ThreadState* ts, Value, const Value*, size_t nargs, TupleObject* kwnames) {
  if (!no_kwargs(ts, "trace_now", kwnames) || !check_nargs(ts, "trace_now", nargs, 0, 0)) return Value();
  return int_from_i64(ts, monotonic_ns());
}

// trace_span(kind, start_ns, label): record a span from start_ns to now on the
// calling thread's row of the timeline; kind 2 = asyncio task step, 3 = event
// loop stall (a callback slower than the loop's slow_callback_duration).
Value m_trace_span(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!no_kwargs(ts, "trace_span", kwnames) || !check_nargs(ts, "trace_span", nargs, 3, 3)) return Value();
  int64_t kind, start;
  if (!int_as_i64(ts, args[0], &kind) || !int_as_i64(ts, args[1], &start)) return Value();
  if (kind != 2 && kind != 3) return raise(ts, Exc::ValueError, "trace_span: kind must be 2 (task step) or 3 (stall)");
  if (!is_str(ts, args[2])) return raisef(ts, Exc::TypeError, "trace_span: label must be str, not %s", type_name(ts, args[2]));
  gil_record_span(ts, uint8_t(kind), start, monotonic_ns(), std::string(str_view(args[2])));
  return Value::none();
}

// mem_stats(): this interpreter's small-object allocator (runtime/obmalloc.h)
// as a dict: 'bytes_in_use' is what a memory cap compares (pools in use times
// the pool size, plus malloc'd blocks with their headers); 'small_*' are the
// exact live pool blocks, 'size_classes' maps a block size to its live blocks.
Value m_mem_stats(ThreadState* ts, Value, const Value*, size_t nargs, TupleObject* kwnames) {
  if (!no_kwargs(ts, "mem_stats", kwnames) || !check_nargs(ts, "mem_stats", nargs, 0, 0)) return Value();
  ObmallocStats st;
  if (ts->interp->obmalloc) obmalloc_stats(ts->interp->obmalloc, &st);
  Ref d(Value::from_obj(dict_new(ts)));
  Ref classes(Value::from_obj(dict_new(ts)));
  if (!d || !classes) return Value();
  auto num = [](size_t n) { return Value::small_int(int64_t(n)); };
  for (size_t c = 0; c < kObmClasses; ++c)
    if (st.class_blocks[c] &&
        !dict_set(ts, classes.as<DictObject>(), num((c + 1) * kObmClassStep), num(st.class_blocks[c])))
      return Value();
  const std::pair<const char*, Value> items[] = {
      {"bytes_in_use", num(st.charged_bytes)},
      {"peak_bytes_in_use", num(st.peak_charged_bytes)},
      {"small_blocks", num(st.small_blocks)},
      {"small_bytes", num(st.small_bytes)},
      {"large_blocks", num(st.large_blocks)},
      {"large_bytes", num(st.large_bytes)},
      {"pools_in_use", num(st.pools_in_use)},
      {"pools_free", num(st.pools_free)},
      {"pools_fresh", num(st.pools_fresh)},
      {"arenas", num(st.arenas)},
      {"arena_bytes", num(st.arena_bytes)},
      {"pool_size", num(kObmPoolSize)},
      {"bypass", Value::boolean(st.bypass)},
      {"size_classes", classes.get()},
  };
  for (const auto& [k, v] : items)
    if (!dict_set_str(ts, d.as<DictObject>(), k, v)) return Value();
  return d.release();
}

const MethodDef minipy_methods[] = {
    {"mark_iterable_coroutine", m_mark_iterable_coroutine},
    {"trace_enabled", m_trace_enabled},
    {"trace_now", m_trace_now},
    {"trace_span", m_trace_span},
    {"mem_stats", m_mem_stats},
    {nullptr, nullptr},
};

}  // namespace

const ModuleDef minipy_module_def = {
    .name = "_minipy",
    .doc = "minipy interpreter internals used by the stdlib.",
    .methods = minipy_methods,
};

}  // namespace minipy
